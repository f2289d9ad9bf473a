import { readFileSync } from 'node:fs';
import type { Lang, Localized } from './languages';
import { foldedChar, normalise } from './normalise';
import { tokenise } from './tokenise';

/** The two hashes of a word, fed one character code at a time. */
export class WordHash {
  h1 = 0x811c9dc5;
  h2 = 0;
  length = 0;

  push(code: number): void {
    this.h1 = Math.imul(this.h1 ^ code, 0x01000193) >>> 0;
    this.h2 = (Math.imul(this.h2, 31) + code) >>> 0;
    this.length += 1;
  }

  reset(): void {
    this.h1 = 0x811c9dc5;
    this.h2 = 0;
    this.length = 0;
  }
}

/** Whether a normalised (lower-case, accent-free) word is a correctly spelled word of a language. */
export interface WordList {
  has(word: string): boolean;
}

/**
 * A set of words in a Bloom filter: two bytes a word instead of the ~60 a Set of strings takes
 * (the Spanish list has 636,000 words). A word it has never seen is reported as known about 0.05%
 * of the time; for a spelling check that errs on the safe side (a typo left uncorrected), never
 * the other way.
 */
export class BloomWordList implements WordList {
  private static readonly BITS_PER_WORD = 16;
  private static readonly HASHES = 11;
  private readonly bits: Uint32Array;
  private readonly size: number;

  constructor(words: Iterable<string>, expected: number) {
    this.size = Math.max(64, expected * BloomWordList.BITS_PER_WORD);
    this.bits = new Uint32Array(Math.ceil(this.size / 32));
    for (const word of words) this.add(word);
  }

  /** Double hashing (FNV-1a and a multiplicative hash), so k positions cost two passes over the word. */
  private positions(word: string, visit: (bit: number) => boolean): boolean {
    const hash = new WordHash();
    for (let i = 0; i < word.length; i += 1) hash.push(word.charCodeAt(i));
    return this.visit(hash, visit);
  }

  private visit(hash: WordHash, visit: (bit: number) => boolean): boolean {
    const h2 = hash.h2 | 1;
    for (let j = 0; j < BloomWordList.HASHES; j += 1) {
      if (!visit(((hash.h1 + Math.imul(j, h2)) >>> 0) % this.size)) return false;
    }
    return true;
  }

  private set(bit: number): boolean {
    const word = bit >>> 5;
    this.bits[word] = (this.bits[word] ?? 0) | (1 << (bit & 31));
    return true;
  }

  private add(word: string): void {
    this.positions(word, (bit) => this.set(bit));
  }

  /** Adds the word whose characters were pushed into `hash`. */
  addHashed(hash: WordHash): void {
    this.visit(hash, (bit) => this.set(bit));
  }

  has(word: string): boolean {
    return this.positions(word, (bit) => ((this.bits[bit >>> 5] ?? 0) & (1 << (bit & 31))) !== 0);
  }
}

/** The word lists, from npm packages of the `words` project (MIT): plain JSON arrays of words. */
const PACKAGES: Localized<string> = {
  es: 'an-array-of-spanish-words',
  en: 'an-array-of-english-words',
  fr: 'an-array-of-french-words',
};

/**
 * Reads a word list (a JSON array of strings) into a Bloom filter without making a string of each
 * of its hundreds of thousands of words: each character is folded as the pipeline folds it
 * ("aujourd'hui" is "aujourd" and "hui") and hashed as it comes. A word with a character outside
 * the Latin table, or a JSON escape, goes the general way.
 */
export function readWordList(json: string): WordList {
  const count = json.split('","').length;
  const list = new BloomWordList([], count);
  const hash = new WordHash();
  const endWord = (): void => {
    if (hash.length > 0) list.addHashed(hash);
    hash.reset();
  };
  let start = -1;
  let simple = true;
  for (let i = 0; i < json.length; i += 1) {
    const code = json.charCodeAt(i);
    if (start < 0) {
      if (code === 0x22) {
        start = i + 1;
        simple = true;
      }
      continue;
    }
    if (code === 0x5c) {
      simple = false;
      i += 1;
      continue;
    }
    if (code === 0x22) {
      if (simple) endWord();
      else {
        hash.reset();
        for (const word of tokenise(normalise(JSON.parse(json.slice(start - 1, i + 1)) as string))) {
          for (let k = 0; k < word.length; k += 1) hash.push(word.charCodeAt(k));
          endWord();
        }
      }
      start = -1;
      continue;
    }
    if (!simple) continue;
    const folded = foldedChar(code);
    if (folded === undefined) {
      simple = false;
      hash.reset();
    } else if (folded === '') endWord();
    else for (let k = 0; k < folded.length; k += 1) hash.push(folded.charCodeAt(k));
  }
  return list;
}

function loadWordList(lang: Lang): WordList {
  const file = require.resolve(PACKAGES[lang]);
  const json = readFileSync(file, 'utf8');
  if (!json.trimStart().startsWith('[')) throw new Error(`loadWordList(): ${file} is not a list of words`);
  return readWordList(json);
}

const loaded: Partial<Record<Lang, WordList>> = {};

/**
 * The spelling dictionary of each language, read on first use and kept for the process (about half
 * a second and about a megabyte each): a bot that never meets an unknown word in French
 * never reads the French list.
 */
export const SPELLING_DICTIONARIES: Localized<WordList> = {
  es: { has: (word) => (loaded.es ??= loadWordList('es')).has(word) },
  en: { has: (word) => (loaded.en ??= loadWordList('en')).has(word) },
  fr: { has: (word) => (loaded.fr ??= loadWordList('fr')).has(word) },
};
