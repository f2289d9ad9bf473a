import { describe, expect, it } from 'vitest';
import { Lexicon } from '../../../src/core/language/lexicon';
import { SOUND_KEYS } from '../../../src/core/language/soundKeys';
import { stemmerFor } from '../../../src/core/language/stemmers';

// The knowledge base's words; the spelling dictionary here knows "code", "libro" and "duela".
const KNOWN = ['code', 'libro', 'duela'];
const lexicon = new Lexicon(
  stemmerFor('es', { has: (w) => KNOWN.includes(w) }),
  ['¿De dónde viene el dinero?', 'financiación', 'libre circulación', 'expertos', 'para todos', '¿Cuánto dura?'],
  new Set(),
  (w) => KNOWN.includes(w),
);

describe('Lexicon: typo tolerance that never rewrites a correctly spelled word', () => {
  it.each<[string, string | null]>([
    // Misspellings of knowledge-base words are corrected.
    ['finaciacion', 'financiacion'],
    ['expertso', 'expertos'],
    ['circulacon', 'circulacion'],
    // Real words stay what they are, however close to a knowledge-base word.
    ['libro', null],
    // Four-letter words only for a letter missing: too many others are one letter changed away.
    ['vien', 'viene'],
    ['dond', 'donde'],
    ['doned', 'donde'],
    ['vieme', 'viene'],
    // ... or two neighbouring letters swapped, which keeps the word's letters.
    ['drua', 'dura'],
    ['dira', null],
    ['dnoe', null],
    // A five-letter word one letter longer than a four-letter one is that word; a real one stays.
    ['duera', 'dura'],
    ['duara', 'dura'],
    ['duela', null],
    // Shorter words are never corrected.
    ['cod', null],
    ['1234', null],
  ])('%j → %s', (word, correction) => {
    expect(lexicon.correct(word)).toBe(correction);
  });
});

// At the same distance, the word that keeps every typed letter wins over a more frequent one with a
// letter changed: "achive" was read as "active", and "what does it achive" asked whether MIEUX+ is still active.
describe('Lexicon: a letter missing is likelier than a letter changed', () => {
  const english = new Lexicon(
    stemmerFor('en', { has: () => false }),
    ['Is it still active?', 'Is it active in Asia?', 'What does it achieve?'],
    new Set(),
    () => false,
  );
  it.each<[string, string]>([
    ['achive', 'achieve'],
    ['activ', 'active'],
    ['acitve', 'active'],
    // A letter changed is still corrected where nothing keeps the letters (the same on main).
    ['actove', 'active'],
  ])('%j → %s', (word, correction) => {
    expect(english.correct(word)).toBe(correction);
  });
});

// Stop words are no topic, and never what a word one letter changed away is read as; but a typo of one
// (a letter missing, two neighbours swapped) would count as a word the knowledge base does not know.
describe('Lexicon: typos of stop words', () => {
  const withStopWords = new Lexicon(
    stemmerFor('en', { has: (w) => w === 'abut' }),
    ['Who funds MIEUX+?', 'Connect me with the team'],
    new Set(['with', 'which', 'what', 'about', 'there']),
    (w) => w === 'abut',
  );

  it.each<[string, string | null]>([
    ['wiht', 'with'],
    ['wich', 'which'],
    ['whta', 'what'],
    ['tehre', 'there'],
    // A letter changed is another word; a real word stays what it is.
    ['wath', null],
    ['whit', null],
    ['abut', null],
  ])('%j → %s', (word, correction) => {
    expect(withStopWords.correct(word)).toBe(correction);
  });

  it('stems a corrected stop word as the stop word', () => {
    expect(withStopWords.stem('wich')).toBe('which');
  });
});

describe('Lexicon: a stem that sounds like a known one is that one', () => {
  const bySound = new Lexicon(
    stemmerFor('es', { has: (w) => w === 'aciones' }),
    ['¿Cómo colaborar con MIEUX+?', 'Las acciones duran unos días'],
    new Set(['como', 'con', 'las']),
    (w) => w === 'aciones',
    SOUND_KEYS.es,
  );

  it.each<[string, string]>([
    ['colavoramos', 'colabor'],
    // A real word of the dictionary, too far in letters, near in sound: "aciones" (stirrup straps).
    ['aciones', 'accion'],
  ])('%j → %j', (word, stem) => {
    expect(bySound.stem(word)).toBe(stem);
  });

  it('leaves a stem that sounds like none alone', () => {
    expect(bySound.stem('pelota')).toBe('pelot');
  });
});
