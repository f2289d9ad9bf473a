import { describe, expect, it } from 'vitest';
import { asksAgain } from '../../../src/core/curation/rephrase';
import type { Lang } from '../../../src/core/language/languages';
import { SPELLING_DICTIONARIES } from '../../../src/core/language/spellingDictionary';
import { stemmerFor } from '../../../src/core/language/stemmers';

describe('asksAgain: the same question again in other words', () => {
  it.each<[string, string, Lang, boolean]>([
    ['¿Cuánto cobran los expertos?', '¿Los expertos cobran algo por participar?', 'es', true],
    ['Who funds the experts?', 'who pays the experts, I mean', 'en', true],
    ['Quelles sont les régions couvertes ?', 'Dans quelles régions êtes-vous présents ?', 'fr', true],
    // A new question about MIEUX+ shares only the name.
    ['¿Qué es MIEUX+?', '¿Quién financia MIEUX+?', 'es', false],
    ['Who funds MIEUX+?', 'Which regions does MIEUX+ cover?', 'en', false],
    // The same text again is a repeat, not a rewording.
    ['Who funds MIEUX+?', 'who funds mieux+', 'en', false],
    ['', 'Who funds MIEUX+?', 'en', false],
  ])('%j then %j (%s) → %s', (previous, next, lang, expected) => {
    expect(asksAgain(previous, next, lang, stemmerFor(lang, SPELLING_DICTIONARIES[lang]))).toBe(expected);
  });
});
