import type { Localized } from './languages';

/**
 * How a stem sounds, for typos people make by ear: a Spanish "b" for "v" ("colavoramos"), "s" for "c"
 * or "z" ("organisación"), a dropped "h", a doubled letter written once ("aciones") or a single one
 * twice; in French the same doubles ("dévelopement") and "ph", "qu", soft "c". Two stems that sound the
 * same are one word (Lexicon.stem). Each takes a normalised (lower-case, accent-free) stem.
 * English spelling follows no such rules: only its doubled letters count.
 */
export type SoundKey = (stem: string) => string;

const singleLetters = (word: string): string => word.replace(/(\p{L})\1+/gu, '$1');

export const SOUND_KEYS: Localized<SoundKey> = {
  // "ll" first: once doubled letters are written once it is an "l", and "foyeto" never met "folleto".
  es: (stem) =>
    singleLetters(stem.replace(/ll/g, 'y'))
      .replace(/ch/g, 'C')
      .replace(/h/g, '')
      .replace(/qu/g, 'k')
      .replace(/c(?=[ei])/g, 's')
      .replace(/c/g, 'k')
      .replace(/z/g, 's')
      .replace(/v/g, 'b')
      .replace(/g(?=[ei])/g, 'j'),
  en: singleLetters,
  fr: (stem) =>
    singleLetters(stem)
      .replace(/ph/g, 'f')
      .replace(/qu/g, 'k')
      .replace(/c(?=[eiy])/g, 's')
      .replace(/c/g, 'k'),
};
