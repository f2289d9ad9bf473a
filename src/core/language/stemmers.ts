import { PorterStemmer, PorterStemmerEs, PorterStemmerFr } from 'natural/lib/natural/stemmers';
import type { Lang, Localized } from './languages';
import { foldAccents, normalise } from './normalise';
import type { WordList } from './spellingDictionary';

export type StemFn = (word: string) => string;

// Each Snowball stemmer expects its language's accents, so it is fed the word as written
// and the stem is folded afterwards; see lexicon.ts for how accent-free input meets it.
function folded(stem: (w: string) => string): StemFn {
  return (word) => foldAccents(stem(word.toLowerCase()));
}

/**
 * Spanish endings whose accent the stemmer needs to recognise them, restored when a word is typed
 * without it: the conditional ("trabajaria" → "trabajaría", stem "trabaj") and "-ción"/"-sión"
 * ("colaboracion" → "colaboración", stem "colabor"). Without it the word kept its ending and read
 * as a word the knowledge base never uses.
 */
function withSpanishAccents(word: string): string {
  return word
    .replace(/([aei]|[dbr])r(ia|ias|iamos|iais|ian)$/, (_, before: string, ending: string) => `${before}r${ending.replace('i', 'í')}`)
    .replace(/([cs])ion$/, '$1ión');
}

/** The same for French past participles and "-ité" nouns: "financee" → "financée", "mobilite" → "mobilité". */
function withFrenchAccents(word: string): string {
  return word
    .replace(/ee(s?)$/, 'ée$1')
    .replace(/ite(s?)$/, 'ité$1')
    .replace(/ie(s?)$/, 'ié$1');
}

/**
 * The French stemmer leaves the plural persons whole: "participent" kept its ending while
 * "participer" and "participe" became "particip", so "les pays partenaires participent-ils ?" met no
 * phrasing written with another form. A word in "-ent" or "-ons" whose "-er" verb the dictionary knows
 * is that verb ("collaborent", "travaillons"); nouns and adverbs have none ("continent", "moment", "régions").
 */
function asFrenchInfinitive(word: string, words: WordList): string {
  if (!/(?:ent|ons)$/.test(word) || word.endsWith('ment')) return word;
  const infinitive = `${word.slice(0, -3)}er`;
  return words.has(normalise(infinitive)) ? infinitive : word;
}

/** `words`: the language's spelling dictionary, which only the French plural-verb rule looks in. */
const STEMMER_OF: Localized<(words: WordList) => StemFn> = {
  es: () => folded((w) => PorterStemmerEs.stem(withSpanishAccents(w))),
  en: () => folded((w) => PorterStemmer.stem(w)),
  fr: (words) => folded((w) => PorterStemmerFr.stem(withFrenchAccents(asFrenchInfinitive(w, words)))),
};

/** One language's stemmer, looking words up in the spelling dictionary the caller passes. */
export function stemmerFor(lang: Lang, words: WordList): StemFn {
  return STEMMER_OF[lang](words);
}
