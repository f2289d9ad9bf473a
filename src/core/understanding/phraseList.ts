import { perLanguage, type Localized } from '../language/languages';
import { normalise } from '../language/normalise';
import { tokenise } from '../language/tokenise';

/** Maps a normalised word to the form phrases are compared in (its stem, say); the word itself by default. */
export type WordForm = (word: string) => string;

/**
 * A list of words and phrases matched against normalised tokens, longest first. With a `form`
 * (a stemmer), phrases match in any inflection ("me contacte", "me contacten"): the caller maps
 * the message's words with the same function. With `inserted` words, a phrase also matches with
 * some of them put between its words ("what do you **lot actually** do").
 */
export class PhraseList {
  private readonly phrases: readonly (readonly string[])[];
  /** Phrases by their first word, longest first: a message is checked word by word, not phrase by phrase. */
  private readonly byFirstWord = new Map<string, (readonly string[])[]>();

  constructor(
    phrases: readonly string[],
    form?: WordForm,
    private readonly inserted?: ReadonlySet<string>,
  ) {
    this.phrases = phrases
      .map((p) => (form ? tokenise(normalise(p)).map(form) : tokenise(normalise(p))))
      .filter((p) => p.length > 0)
      .sort((a, b) => b.length - a.length);
    for (const phrase of this.phrases) {
      const first = phrase[0] ?? '';
      const list = this.byFirstWord.get(first) ?? [];
      list.push(phrase);
      this.byFirstWord.set(first, list);
    }
  }

  /** The length of the longest phrase starting at token i, 0 for none. */
  private matchAt(tokens: readonly string[], i: number): number {
    const token = tokens[i];
    const candidates = token === undefined ? undefined : this.byFirstWord.get(token);
    if (candidates === undefined) return 0;
    for (const phrase of candidates) {
      let k = 1;
      let j = i + 1;
      for (let next = tokens[j]; k < phrase.length && next !== undefined; next = tokens[j]) {
        if (next === phrase[k]) k += 1;
        else if (!this.inserted?.has(next)) break;
        j += 1;
      }
      if (k === phrase.length) return j - i;
    }
    return 0;
  }

  /** Whether a word is one the phrases may have put between their words (see the constructor). */
  isInserted(word: string): boolean {
    return this.inserted?.has(word) === true;
  }

  /** The number of words of the longest phrase that starts at word i, 0 for none. */
  lengthAt(tokens: readonly string[], i: number): number {
    return i < tokens.length ? this.matchAt(tokens, i) : 0;
  }

  /** True when any phrase occurs in the tokens. */
  occursIn(tokens: readonly string[]): boolean {
    for (let i = 0; i < tokens.length; i += 1) if (this.matchAt(tokens, i) > 0) return true;
    return false;
  }

  /** The tokens with every occurrence of a phrase taken out, and how many were. */
  remove(tokens: readonly string[]): { rest: string[]; removed: number } {
    const { rest, found } = this.split(tokens);
    return { rest, removed: found.length };
  }

  /** The phrases found (longest first at each position, as normalised words joined by spaces) and the words left over. */
  split(tokens: readonly string[]): { rest: string[]; found: string[] } {
    const rest: string[] = [];
    const found: string[] = [];
    for (let i = 0, token = tokens[0]; token !== undefined; token = tokens[i]) {
      const length = this.matchAt(tokens, i);
      if (length > 0) {
        found.push(tokens.slice(i, i + length).join(' '));
        i += length;
      } else {
        rest.push(token);
        i += 1;
      }
    }
    return { rest, found };
  }

  /** The words phrases start with: a message with none of them holds no phrase. */
  firstWords(): string[] {
    return this.phrases.map((p) => p[0] ?? '');
  }

  /** Every single word of the list, for language detection. */
  words(): string[] {
    return this.phrases.flat();
  }
}

/** Each named word list of each language as a PhraseList (the cue sets in conversation.yaml), in each language's word form. */
export function compileCues<K extends string>(
  cues: Localized<Readonly<Record<K, readonly string[]>>>,
  forms?: Localized<WordForm>,
): Localized<Readonly<Record<K, PhraseList>>> {
  const compile = (lists: Readonly<Record<K, readonly string[]>>, form?: WordForm) =>
    Object.fromEntries(Object.entries<readonly string[]>(lists).map(([key, phrases]) => [key, new PhraseList(phrases, form)])) as Record<
      K,
      PhraseList
    >;
  return perLanguage((lang) => compile(cues[lang], forms?.[lang]));
}
