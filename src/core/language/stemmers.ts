import { PorterStemmer, PorterStemmerEs, PorterStemmerFr } from 'natural/lib/natural/stemmers';
import type { Localized } from './languages';
import { foldAccents } from './normalise';

export type StemFn = (word: string) => string;

// Each Snowball stemmer expects its language's accents, so it is fed the word as written
// and the stem is folded afterwards; see lexicon.ts for how accent-free input meets it.
function folded(stem: (w: string) => string): StemFn {
  return (word) => foldAccents(stem(word.toLowerCase()));
}

export const STEMMERS: Localized<StemFn> = {
  es: folded((w) => PorterStemmerEs.stem(w)),
  en: folded((w) => PorterStemmer.stem(w)),
  fr: folded((w) => PorterStemmerFr.stem(w)),
};
