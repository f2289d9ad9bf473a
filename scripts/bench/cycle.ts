/** The n-th item of a list taken round and round; `what` names the list when it is empty. */
export function cycle<T>(list: readonly T[], n: number, what: string): T {
  const item = list[n % list.length];
  if (item === undefined) throw new Error(`${what} is empty: nothing to cycle through`);
  return item;
}
