import { normalise } from './normalise';
import { tokenise } from './tokenise';

interface Rule {
  readonly from: readonly string[];
  readonly to: readonly string[];
}

/** Something that rewrites a sentence's words (synonyms, chat shortenings, everyday phrases). */
export interface TokenRewrite {
  apply(tokens: readonly string[]): string[];
}

/**
 * Rewrites words and phrases to one canonical form, so that "experta", "especialista"
 * and "experto" count as the same word for understanding. Longest phrase wins.
 */
export class SynonymMap implements TokenRewrite {
  private readonly rulesByFirstToken = new Map<string, Rule[]>();

  /** Each group lists its canonical form first. */
  constructor(groups: readonly (readonly string[])[]) {
    for (const group of groups) {
      const [canonical, ...variants] = group.map((phrase) => tokenise(normalise(phrase)));
      if (!canonical || canonical.length === 0) continue;
      for (const from of variants) {
        const [first] = from;
        if (first === undefined) continue;
        const rules = this.rulesByFirstToken.get(first) ?? [];
        rules.push({ from, to: canonical });
        rules.sort((a, b) => b.from.length - a.from.length);
        this.rulesByFirstToken.set(first, rules);
      }
    }
  }

  static readonly empty = new SynonymMap([]);

  /** True when the word alone is rewritten (a variant of one group's canonical form). */
  rewrites(word: string): boolean {
    return this.rulesByFirstToken.get(word)?.some((r) => r.from.length === 1) ?? false;
  }

  apply(tokens: readonly string[]): string[] {
    const out: string[] = [];
    let i = 0;
    for (let token = tokens[i]; token !== undefined; token = tokens[i]) {
      const rule = this.rulesByFirstToken.get(token)?.find((r) => r.from.every((t, k) => tokens[i + k] === t));
      if (rule && !insideCanonical(tokens, i, rule)) {
        out.push(...rule.to);
        i += rule.from.length;
      } else {
        out.push(token);
        i += 1;
      }
    }
    return out;
  }
}

/**
 * Whether the words at `i` are already part of the rule's full form: "c" in "c est" (c'est) is no
 * shortening of "c est", and "intpa" in "dg intpa" needs no "dg" more.
 */
function insideCanonical(tokens: readonly string[], i: number, rule: Rule): boolean {
  const { from, to } = rule;
  for (let offset = 0; offset + from.length <= to.length; offset += 1) {
    const start = i - offset;
    if (start >= 0 && to.every((t, k) => tokens[start + k] === t)) return true;
  }
  return false;
}
