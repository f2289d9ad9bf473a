import { describe, expect, it } from 'vitest';
import { writeOutSigns } from '../../../src/core/language/typedSigns';

describe('writeOutSigns: signs typed for words are written out', () => {
  it.each([
    ['a+', 'à plus'],
    ['bon ben a+', 'bon ben à plus'],
    ['merci, à+ !', 'merci, à plus !'],
    ['A +', 'à plus'],
    // The programme's name and other uses of "+" stay as they are.
    ['¿Qué es MIEUX+?', '¿Qué es MIEUX+?'],
    ['mieux+ a+', 'mieux+ à plus'],
    ['C++ et Java', 'C++ et Java'],
    ['la+belle', 'la+belle'],
    ['voila+', 'voila+'],
    // A hyphenated compound stays one word: "how" in "know-how" is no question word.
    ['EU standards and know-how abroad', 'EU standards and knowhow abroad'],
    ['Know-How?', 'knowhow?'],
    ['I want to know how long it lasts', 'I want to know how long it lasts'],
    // "&" and a "+" between spaces join two things; currency signs are their words.
    ['areas + email', 'areas and email'],
    ['areas & email', 'areas and email'],
    ['C++ & Java', 'C++ and Java'],
    ['what does MIEUX + do in Asia', 'what does MIEUX + do in Asia'],
    ['how much € per year', 'how much  euros  per year'],
    ['500$', '500 dollars '],
  ])('%j → %j', (text, written) => {
    expect(writeOutSigns(text)).toBe(written);
  });
});
