import { describe, expect, it } from 'vitest';
import { SPELLING_DICTIONARIES } from '../../../src/core/language/spellingDictionary';
import { stemmerFor } from '../../../src/core/language/stemmers';

const STEMMERS = { es: stemmerFor('es', SPELLING_DICTIONARIES.es), fr: stemmerFor('fr', SPELLING_DICTIONARIES.fr) };

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

// natural's French stemmer left the third person plural whole ("participent" ≠ "participer").
describe('a French verb in a plural person has the stem of its infinitive', () => {
  it.each([
    ['participent', 'participer'],
    ['collaborent', 'collaborer'],
    ['travaillent', 'travailler'],
    ['déroulent', 'dérouler'],
    ['bénéficient', 'bénéficier'],
    // The first person plural too: officials write "nous".
    ['participons', 'participer'],
    ['travaillons', 'travailler'],
  ])('%j → the stem of %j', (plural, infinitive) => {
    expect(STEMMERS.fr(plural)).toBe(STEMMERS.fr(infinitive));
  });

  // Nouns and adverbs in "-ent" have no "-er" verb, and keep their stem (guards: the same on main).
  it.each([
    ['continent', 'continuer'],
    ['moment', 'momer'],
    ['régions', 'réger'],
    ['questions', 'questier'],
  ])('%j is not %j', (word, other) => {
    expect(STEMMERS.fr(word)).not.toBe(STEMMERS.fr(other));
  });
});

// The plural-verb rule looks the infinitive up in the word list it is given, not in one of its own.
describe('stemmerFor: the French stemmer consults the word list passed in', () => {
  it.each([
    [['participer'], true],
    [[], false],
  ])('with the list %j, "participent" has the stem of "participer": %s', (known, same) => {
    const stem = stemmerFor('fr', { has: (word) => known.includes(word) });
    expect(stem('participent') === stem('participer')).toBe(same);
  });
});
