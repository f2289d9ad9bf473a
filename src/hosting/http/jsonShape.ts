/** How deep and how large a parsed JSON body may be. */
export interface JsonShapeLimits {
  /** Objects and arrays inside one another, the outermost counted as 1. */
  readonly maxDepth: number;
  /** Values in all (objects, arrays, strings, numbers, …), the outermost included. */
  readonly maxNodes: number;
}

/**
 * What a Bot Framework activity needs, with room to spare: Teams' deepest channelData is about
 * six levels, and a message activity has well under a hundred values.
 */
export const ACTIVITY_JSON_LIMITS: JsonShapeLimits = { maxDepth: 32, maxNodes: 2_000 };

/**
 * Why a parsed JSON value is too deep or too large, or undefined when it is not. Deep values
 * overflow the stack when serialised again (a 500 for every later poll); walked without
 * recursion. Why: docs/architecture.md#json-depth-and-size-jsonshapets
 */
export function jsonShapeProblem(value: unknown, limits: JsonShapeLimits): string | undefined {
  const pending: { value: unknown; depth: number }[] = [{ value, depth: 1 }];
  let nodes = 0;
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    const { value: current, depth } = next;
    nodes += 1;
    if (nodes > limits.maxNodes) return `has more than ${limits.maxNodes} values`;
    if (typeof current !== 'object' || current === null) continue;
    if (depth > limits.maxDepth) return `is nested more than ${limits.maxDepth} levels deep`;
    for (const inner of Array.isArray(current) ? current : Object.values(current)) pending.push({ value: inner, depth: depth + 1 });
  }
  return undefined;
}
