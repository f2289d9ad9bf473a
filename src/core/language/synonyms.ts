import { normalise } from './normalise';
import { tokenise } from './tokenise';

interface Rule {
  /** How many words the variant has (the trie holds the words themselves). */
  readonly length: number;
  readonly to: readonly string[];
}

/** Something that rewrites a sentence's words (synonyms, chat shortenings, everyday phrases). */
export interface TokenRewrite {
  apply(tokens: readonly string[]): string[];
}

/** A node of the phrase trie: the words that may come next (none at most nodes: the phrases' last words), and the rule a phrase ending here makes. */
interface Node {
  next?: Map<string, Node>;
  rule?: Rule;
}

/** A rewrite that can also tell whether it rewrites a word alone (the typo tolerance leaves such words be). */
export interface Synonyms extends TokenRewrite {
  rewrites(word: string): boolean;
}

/**
 * Rewrites words and phrases to one canonical form, so that "experta", "especialista"
 * and "experto" count as the same word for understanding. Longest phrase wins.
 */
export class SynonymMap implements Synonyms {
  /**
   * The variants as a trie of words: the longest phrase at a place is found in as many steps as it
   * has words, however many phrases there are (a list of every country: "hello from Ghana").
   */
  private readonly root: Node = {};

  /** Each group lists its canonical form first. */
  constructor(groups: readonly (readonly string[])[]) {
    for (const group of groups) {
      const [canonical, ...variants] = group.map((phrase) => tokenise(normalise(phrase)));
      if (!canonical || canonical.length === 0) continue;
      for (const from of variants) {
        if (from.length === 0) continue;
        let node = this.root;
        for (const word of from) {
          node.next ??= new Map();
          let child = node.next.get(word);
          if (!child) {
            child = {};
            node.next.set(word, child);
          }
          node = child;
        }
        // The first group that lists a phrase keeps it.
        node.rule ??= { length: from.length, to: canonical };
      }
    }
  }

  static readonly empty = new SynonymMap([]);

  /** True when the word alone is rewritten (a variant of one group's canonical form). */
  rewrites(word: string): boolean {
    return this.root.next?.get(word)?.rule !== undefined;
  }

  apply(tokens: readonly string[]): string[] {
    const out: string[] = [];
    let i = 0;
    for (let token = tokens[i]; token !== undefined; token = tokens[i]) {
      const rule = this.longestAt(tokens, i);
      if (rule && !insideCanonical(tokens, i, rule)) {
        out.push(...rule.to);
        i += rule.length;
      } else {
        out.push(token);
        i += 1;
      }
    }
    return out;
  }

  /** The rule of the longest phrase that starts at `i`, if any. */
  private longestAt(tokens: readonly string[], i: number): Rule | undefined {
    let node: Node | undefined = this.root;
    let found: Rule | undefined;
    for (let k = i; node !== undefined && k < tokens.length; k += 1) {
      const word = tokens[k];
      node = word === undefined ? undefined : node.next?.get(word);
      if (node?.rule) found = node.rule;
    }
    return found;
  }
}

/**
 * Whether the words at `i` are already part of the rule's full form: "c" in "c est" (c'est) is no
 * shortening of "c est", and "intpa" in "dg intpa" needs no "dg" more.
 */
function insideCanonical(tokens: readonly string[], i: number, rule: Rule): boolean {
  const { length, to } = rule;
  for (let offset = 0; offset + length <= to.length; offset += 1) {
    const start = i - offset;
    if (start >= 0 && to.every((t, k) => tokens[start + k] === t)) return true;
  }
  return false;
}

/**
 * Synonym maps applied one after another, each reading what the one before wrote: a later map's
 * phrases can hold a word an earlier one writes ("from countryname" after every country's name is
 * "countryname"), so they are written once, not once per name.
 */
export class SynonymPasses implements Synonyms {
  constructor(private readonly passes: readonly SynonymMap[]) {}

  apply(tokens: readonly string[]): string[] {
    return this.passes.reduce<string[]>((words, pass) => pass.apply(words), [...tokens]);
  }

  rewrites(word: string): boolean {
    return this.passes.some((pass) => pass.rewrites(word));
  }
}
