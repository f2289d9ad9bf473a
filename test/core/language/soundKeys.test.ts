import { describe, expect, it } from 'vitest';
import type { Lang } from '../../../src/core/language/languages';
import { SOUND_KEYS } from '../../../src/core/language/soundKeys';

describe('SOUND_KEYS: stems that sound the same', () => {
  it.each<[Lang, string, string]>([
    ['es', 'colavor', 'colabor'],
    ['es', 'acion', 'accion'],
    ['es', 'organisacion', 'organizacion'],
    ['es', 'abil', 'habil'],
    ['es', 'jestion', 'gestion'],
    ['es', 'cali', 'kali'],
    // "ll" sounds like "y": the rule once came after doubled letters were made single, and never applied.
    ['es', 'foyet', 'follet'],
    ['es', 'cabayer', 'caballer'],
    ['fr', 'develop', 'developp'],
    ['fr', 'metr', 'mettr'],
    ['fr', 'filosof', 'philosoph'],
    ['en', 'adres', 'address'],
  ])('%s: %j sounds like %j', (lang, typed, meant) => {
    expect(SOUND_KEYS[lang](typed)).toBe(SOUND_KEYS[lang](meant));
  });

  it.each<[Lang, string, string]>([
    ['es', 'cas', 'cos'],
    ['es', 'pes', 'pas'],
    // English spelling follows no such rules: only doubled letters count.
    ['en', 'cit', 'sit'],
    ['fr', 'pais', 'pays'],
  ])('%s: %j does not sound like %j', (lang, a, b) => {
    expect(SOUND_KEYS[lang](a)).not.toBe(SOUND_KEYS[lang](b));
  });
});
