import { describe, expect, it } from 'vitest';
import { STEMMERS } from '../../../src/core/language/stemmers';

// People type Spanish without accents; the stemmer needs some of them to find the ending.
describe('a Spanish word typed without its accent has the stem of the accented word', () => {
  it.each([
    ['trabajaria', 'trabajaría'],
    ['participarian', 'participarían'],
    ['cobrariamos', 'cobraríamos'],
    ['podria', 'podría'],
    ['colaboracion', 'colaboración'],
    ['financiacion', 'financiación'],
    ['inclusion', 'inclusión'], // a guard: the stemmer finds this one alone
  ])('%j → the stem of %j', (typed, accented) => {
    expect(STEMMERS.es(typed)).toBe(STEMMERS.es(accented));
  });
});

describe('a French word typed without its accent has the stem of the accented word', () => {
  it.each([
    ['financee', 'financée'],
    ['mobilite', 'mobilité'],
    ['refugies', 'réfugiés'],
    ['securite', 'sécurité'],
  ])('%j → the stem of %j', (typed, accented) => {
    expect(STEMMERS.fr(typed)).toBe(STEMMERS.fr(accented));
  });
});
