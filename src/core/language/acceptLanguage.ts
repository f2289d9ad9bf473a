import { DEFAULT_LANG, langFromLocale, type Lang } from './languages';

const LANGUAGE_TAG = /^[a-z]{2,3}(?:-[a-z0-9]{1,8})*$/i;

/** The language tags of an Accept-Language header, in the order the browser lists them. */
export function acceptedLocales(header: string | undefined): string[] {
  if (!header) return [];
  return header
    .split(',')
    .map((part) => (part.split(';')[0] ?? '').trim())
    .filter((tag) => LANGUAGE_TAG.test(tag));
}

/** The first of our languages the browser asks for; Spanish when it asks for none of them. */
export function preferredLang(locales: readonly string[]): Lang {
  for (const locale of locales) {
    const lang = langFromLocale(locale);
    if (lang) return lang;
  }
  return DEFAULT_LANG;
}
