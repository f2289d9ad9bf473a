import { describe, expect, it } from 'vitest';
import { PhraseList } from '../../../src/core/understanding/phraseList';

const words = (text: string): string[] => text.split(' ');

describe("PhraseList: words put between a phrase's words", () => {
  const phrases = new PhraseList(['what do you do', 'contact us'], undefined, new Set(['actually', 'lot']));

  it.each<[string, number, number]>([
    ['what do you do', 0, 4],
    ['what do you lot actually do', 0, 6],
    ['so what do you actually do', 1, 5],
    // Only between the phrase's words, and only the inserted ones.
    ['actually what do you do', 0, 0],
    ['what do you really do', 0, 0],
    ['what do you actually', 0, 0],
  ])('%j at %i → %i words', (text, at, length) => {
    expect(phrases.lengthAt(words(text), at)).toBe(length);
  });

  it('tells the inserted words', () => {
    expect([phrases.isInserted('lot'), phrases.isInserted('do')]).toEqual([true, false]);
  });

  it('matches word for word without them', () => {
    expect(new PhraseList(['what do you do']).lengthAt(words('what do you actually do'), 0)).toBe(0);
  });
});
