import { describe, expect, it } from 'vitest';
import { MissingApostrophe } from '../../../src/core/language/missingApostrophe';
import { SPELLING_DICTIONARIES } from '../../../src/core/language/spellingDictionary';

// French typed without apostrophes, against the real French word list.
describe('MissingApostrophe: an elided word glued to the next is read as the two words', () => {
  const rewrite = new MissingApostrophe(SPELLING_DICTIONARIES.fr);
  it.each<[string, string]>([
    ['ladresse', 'l adresse'],
    ['dimpact', 'd impact'],
    ['lequipe', 'l equipe'],
    ['jai', 'jai'], // too short a word after the letter to tell
    ['daccord', 'd accord'],
    ['quelle', 'quelle'], // a word of its own
    ['lorsque', 'lorsque'],
    ['laisser', 'laisser'],
    ['demande', 'demande'],
    ['lxyzt', 'lxyzt'], // no vowel after the letter
  ])('%j → %j', (token, expected) => {
    expect(rewrite.apply([token]).join(' ')).toBe(expected);
  });
});
