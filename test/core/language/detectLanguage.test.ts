import { describe, expect, it } from 'vitest';
import { LanguageDetector } from '../../../src/core/language/detectLanguage';
import type { Lang } from '../../../src/core/language/languages';
import { normalise } from '../../../src/core/language/normalise';
import { tokenise } from '../../../src/core/language/tokenise';

const detector = new LanguageDetector({
  es: ['hola', 'que', 'migracion'],
  en: ['hello', 'what', 'migration'],
  fr: ['bonjour', 'que', 'migration'],
});
const detect = (text: string) => detector.detect(text, tokenise(normalise(text))).lang;

describe('LanguageDetector', () => {
  it.each<[string, Lang | undefined]>([
    ['hola', 'es'],
    ['hello', 'en'],
    ['bonjour', 'fr'],
    // Letters only one language uses count, in either case, with no known word at all.
    ['ñandú', 'es'],
    ['ÑANDÚ', 'es'],
    ['¿?', 'es'],
    ['¡ya!', 'es'],
    ['ça', 'fr'],
    ['ÇA', 'fr'],
    ['fenêtre', 'fr'],
    ['CŒUR', 'fr'],
    // é and è are Spanish and French alike; á is Spanish only.
    ['café', undefined],
    ['más', 'es'],
    ['xyz', undefined],
    ['', undefined],
    // Two languages with equal evidence: undecided.
    ['hello hola', undefined],
    // A word two languages share weighs less than a word one language has.
    ['que hola', 'es'],
    ['migration', undefined],
    ['what migration', 'en'],
  ])('%j → %s', (text, lang) => {
    expect(detect(text)).toBe(lang);
  });
});
