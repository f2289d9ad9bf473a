import { describe, expect, it } from 'vitest';
import type { Lang } from '../../../src/core/language/languages';
import { BloomWordList, SPELLING_DICTIONARIES } from '../../../src/core/language/spellingDictionary';

describe('BloomWordList', () => {
  it('has every word it was given, and rarely one it was not', () => {
    const words = Array.from({ length: 5_000 }, (_, i) => `word${i}`);
    const list = new BloomWordList(words, words.length);
    for (const w of words) expect(list.has(w)).toBe(true);
    const strangers = Array.from({ length: 10_000 }, (_, i) => `stranger${i}`).filter((w) => list.has(w)).length;
    // 12 bits and 7 hashes a word: about 0.3% false positives.
    expect(strangers).toBeLessThan(100);
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
  ])('%j in %s: %s', (word, lang, known) => {
    expect(SPELLING_DICTIONARIES[lang].has(word)).toBe(known);
  });
});
