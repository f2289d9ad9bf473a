import type { Localized } from './languages';

/**
 * The programme's name is an everyday French word ("mieux": better). Right after a verb in the
 * infinitive, or right before one, typed in lower case and without "+" or "plus", it is the word:
 * "comment dormir mieux la nuit ?", "des conseils pour mieux dormir ?". Read on the text as typed,
 * since "MIEUX" in capitals or "mieux+" is the name ("contacter MIEUX+"); the phrases the word forms
 * elsewhere are everydayPhrases.ts's ("tant mieux").
 */
export const NAME_AS_WORD: Localized<(text: string) => string> = {
  es: (text) => text,
  en: (text) => text,
  fr: (text) =>
    text
      .replace(/(?<=\p{L}{2,}(?:er|ir|re|oir))\s+mieux(?![\p{L}+]|\s*\+|\s+plus\b)/gu, '')
      .replace(/(?<![\p{L}])mieux\s+(?=\p{L}{2,}(?:er|ir|re|oir)\b)/gu, ''),
};
