import { describe, expect, it } from 'vitest';
import { checkStrings, format, section, STRINGS, t } from '../../../src/core/i18n/strings';
import { StringTableError } from '../../../src/errors';

describe('the string table', () => {
  it('is complete: every string in es, en and fr, with the same placeholders', () => {
    expect(() => checkStrings()).not.toThrow();
    expect(Object.keys(STRINGS).length).toBeGreaterThan(60);
  });

  it.each<[string, Record<string, Record<string, string>>, RegExp]>([
    ['a blank translation', { 'bot.x': { es: 'Hola', en: '  ', fr: 'Salut' } }, /'bot\.x' has no text in en/],
    ['a missing translation', { 'bot.y': { es: 'Hola', en: 'Hello' } }, /'bot\.y' has no text in fr/],
    [
      'placeholders that differ',
      { 'bot.z': { es: 'Escriba a {email}', en: 'Write to {mail}', fr: 'Écrivez à {email}' } },
      /'bot\.z' has different placeholders .*en: mail/,
    ],
  ])('refuses %s, naming the string', (_case, table, message) => {
    expect(() => checkStrings(table)).toThrow(StringTableError);
    expect(() => checkStrings(table)).toThrow(message);
  });

  it('looks up one string in one language and fills its placeholders', () => {
    expect(t('bot.goodbye', 'en', { email: 'team@example.org' })).toBe(format(STRINGS['bot.goodbye'].en, { email: 'team@example.org' }));
    expect(t('bot.goodbye', 'en', { email: 'team@example.org' })).toContain('team@example.org');
    expect(t('handoff.askMessage', 'fr', { max: '1000' })).toContain('1000');
  });

  it('hands out a section by its short keys', () => {
    expect(Object.keys(section('script')).sort()).toEqual(['chatLabel', 'loading', 'unavailable']);
    expect(section('page').noscript).toBe(STRINGS['page.noscript']);
  });
});
