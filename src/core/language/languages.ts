/** The languages the bot speaks. Spanish first: it is the brochure's language and the default. */
export const LANGUAGES = ['es', 'en', 'fr'] as const;
export type Lang = (typeof LANGUAGES)[number];
export const DEFAULT_LANG: Lang = 'es';

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/** Maps a BCP 47 locale such as `fr-BE` or `en_GB` to one of our languages, if it is one. */
export function langFromLocale(locale: string | undefined | null): Lang | undefined {
  if (!locale) return undefined;
  const primary = locale.trim().toLowerCase().split(/[-_]/)[0];
  return isLang(primary) ? primary : undefined;
}

/** A value for each language; the type makes a missing translation a compile error. */
export type Localized<T> = Readonly<Record<Lang, T>>;

/** One value built for each language: adding a language to LANGUAGES is then the only change needed here. */
export function perLanguage<T>(make: (lang: Lang) => T): Localized<T> {
  return { es: make('es'), en: make('en'), fr: make('fr') };
}
