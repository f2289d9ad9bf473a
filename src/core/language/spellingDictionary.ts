import { readFileSync } from 'node:fs';
import type { Lang, Localized } from './languages';
import { normalise } from './normalise';
import { tokenise } from './tokenise';

/** Whether a normalised (lower-case, accent-free) word is a correctly spelled word of a language. */
export interface WordList {
  has(word: string): boolean;
}

/**
 * A set of words in a Bloom filter: about 1.5 bytes a word instead of the ~60 a Set of strings
 * takes (the Spanish list has 636,000 words). A word it has never seen is reported as known about
 * 0.3% of the time; for a spelling check that errs on the safe side (a typo left uncorrected),
 * never the other way.
 */
export class BloomWordList implements WordList {
  private static readonly BITS_PER_WORD = 12;
  private static readonly HASHES = 7;
  private readonly bits: Uint32Array;
  private readonly size: number;

  constructor(words: Iterable<string>, expected: number) {
    this.size = Math.max(64, expected * BloomWordList.BITS_PER_WORD);
    this.bits = new Uint32Array(Math.ceil(this.size / 32));
    for (const word of words) this.add(word);
  }

  /** Double hashing (FNV-1a and a multiplicative hash), so k positions cost two passes over the word. */
  private positions(word: string, visit: (bit: number) => boolean): boolean {
    let h1 = 0x811c9dc5;
    let h2 = 0;
    for (let i = 0; i < word.length; i += 1) {
      const code = word.charCodeAt(i);
      h1 = Math.imul(h1 ^ code, 0x01000193) >>> 0;
      h2 = (Math.imul(h2, 31) + code) >>> 0;
    }
    h2 |= 1;
    for (let j = 0; j < BloomWordList.HASHES; j += 1) {
      if (!visit(((h1 + Math.imul(j, h2)) >>> 0) % this.size)) return false;
    }
    return true;
  }

  private add(word: string): void {
    this.positions(word, (bit) => {
      this.bits[bit >>> 5]! |= 1 << (bit & 31);
      return true;
    });
  }

  has(word: string): boolean {
    return this.positions(word, (bit) => (this.bits[bit >>> 5]! & (1 << (bit & 31))) !== 0);
  }
}

/** The word lists, from npm packages of the `words` project (MIT): plain JSON arrays of words. */
const PACKAGES: Localized<string> = {
  es: 'an-array-of-spanish-words',
  en: 'an-array-of-english-words',
  fr: 'an-array-of-french-words',
};

/** The words of a list as the pipeline sees them: "aujourd'hui" is "aujourd" and "hui". */
function* normalisedWords(list: readonly string[]): Generator<string> {
  for (const entry of list) yield* tokenise(normalise(entry));
}

function loadWordList(lang: Lang): WordList {
  const file = require.resolve(PACKAGES[lang]);
  const list: unknown = JSON.parse(readFileSync(file, 'utf8'));
  if (!Array.isArray(list) || !list.every((w) => typeof w === 'string')) throw new Error(`loadWordList(): ${file} is not a list of words`);
  return new BloomWordList(normalisedWords(list), list.length);
}

const loaded: Partial<Record<Lang, WordList>> = {};

/**
 * The spelling dictionary of each language, read on first use and kept for the process (about a
 * third of a second and under a megabyte each): a bot that never meets an unknown word in French
 * never reads the French list.
 */
export const SPELLING_DICTIONARIES: Localized<WordList> = {
  es: { has: (word) => (loaded.es ??= loadWordList('es')).has(word) },
  en: { has: (word) => (loaded.en ??= loadWordList('en')).has(word) },
  fr: { has: (word) => (loaded.fr ??= loadWordList('fr')).has(word) },
};
