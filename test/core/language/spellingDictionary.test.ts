import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Lang } from '../../../src/core/language/languages';
import { normalise } from '../../../src/core/language/normalise';
import { BloomWordList, readWordList, SPELLING_DICTIONARIES } from '../../../src/core/language/spellingDictionary';
import { tokenise } from '../../../src/core/language/tokenise';

describe('BloomWordList', () => {
  it('has every word it was given, and rarely one it was not', () => {
    const words = Array.from({ length: 5_000 }, (_, i) => `word${i}`);
    const list = new BloomWordList(words, words.length);
    for (const w of words) expect(list.has(w)).toBe(true);
    const strangers = Array.from({ length: 10_000 }, (_, i) => `stranger${i}`).filter((w) => list.has(w)).length;
    // 16 bits and 11 hashes a word: about 0.05% false positives.
    expect(strangers).toBeLessThan(20);
  });
});

describe('the spelling dictionaries (accent-free, lower-case words)', () => {
  it.each<[string, Lang, boolean]>([
    ['code', 'en', true],
    ['poem', 'en', true],
    ['remittances', 'en', true],
    ['fundng', 'en', false],
    ['conatct', 'en', false],
    ['libro', 'es', true],
    ['saludo', 'es', true],
    ['financiacion', 'es', true],
    ['finaciacion', 'es', false],
    ['asylo', 'es', false],
    ['recette', 'fr', true],
    ['donnees', 'fr', true],
    ['internationnale', 'fr', false],
    // Not in the Spanish list; with fewer bits a word, it came out of the filter as known.
    ['finacia', 'es', false],
  ])('%j in %s: %s', (word, lang, known) => {
    expect(SPELLING_DICTIONARIES[lang].has(word)).toBe(known);
  });
});

describe('readWordList: a JSON list read into the filter as the pipeline folds words', () => {
  it.each<[string]>([['aujourd'], ['hui'], ['eleve'], ['oeuvre'], ['naive'], ['quote'], ['mark'], ['δελτα']])('knows %j', (word) => {
    const list = readWordList(JSON.stringify(["Aujourd'hui", 'élève', 'Œuvre', 'NAÏVE', 'quote"mark', 'δέλτα']));
    expect(list.has(word)).toBe(true);
  });

  it('knows nothing it was not given (beyond the filter error rate)', () => {
    const list = readWordList(JSON.stringify(['élève']));
    expect(['eleves', 'élève', 'lev', 'eleve x'].filter((w) => list.has(w))).toEqual([]);
  });

  it('agrees with the pipeline on a sample of the real Spanish list', () => {
    const words = JSON.parse(readFileSync(require.resolve('an-array-of-spanish-words'), 'utf8')) as string[];
    for (let i = 0; i < words.length; i += 997)
      for (const token of tokenise(normalise(words[i]!))) expect(SPELLING_DICTIONARIES.es.has(token), token).toBe(true);
  });
});
