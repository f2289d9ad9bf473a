import { describe, expect, it } from 'vitest';
import { acceptedLocales, preferredLang } from '../../../src/core/language/acceptLanguage';

describe('Accept-Language', () => {
  it.each<{ header: string | undefined; locales: string[]; lang: string }>([
    { header: 'fr-CA,fr;q=0.9,en;q=0.5', locales: ['fr-CA', 'fr', 'en'], lang: 'fr' },
    { header: 'de-DE,de;q=0.9,en-GB;q=0.8', locales: ['de-DE', 'de', 'en-GB'], lang: 'en' },
    { header: 'en-US', locales: ['en-US'], lang: 'en' },
    { header: 'es-419, es;q=0.9', locales: ['es-419', 'es'], lang: 'es' },
    { header: 'de, it', locales: ['de', 'it'], lang: 'es' },
    { header: '*', locales: [], lang: 'es' },
    { header: '<script>, en', locales: ['en'], lang: 'en' },
    { header: undefined, locales: [], lang: 'es' },
  ])('$header → $locales, $lang', ({ header, locales, lang }) => {
    expect(acceptedLocales(header)).toEqual(locales);
    expect(preferredLang(acceptedLocales(header))).toBe(lang);
  });
});
