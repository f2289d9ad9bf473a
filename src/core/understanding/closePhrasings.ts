import { LANGUAGES, type Lang } from '../language/languages';
import { cosine, norm, type TermVector } from './termVector';
import type { KnowledgeBase } from '../knowledge/types';

/** Phrasings of two entries at least this similar are worth a curator's look. */
export const DEFAULT_CLOSE_THRESHOLD = 0.8;

export interface PhrasingRef {
  readonly entryId: string;
  readonly phrasing: string;
}

export interface ClosePhrasings {
  readonly lang: Lang;
  readonly similarity: number;
  readonly a: PhrasingRef;
  readonly b: PhrasingRef;
}

/**
 * Pairs of phrasings (titles and questions) of DIFFERENT entries, in the same language, whose
 * weighted index terms have a cosine of at least `threshold`: a question worded like either
 * lands between the two entries, and gets a "did you mean" or the wrong answer. Most similar
 * first. Identical phrasings are reported too (kb:check also names them).
 */
export function findClosePhrasings(
  kb: KnowledgeBase,
  vectorise: (text: string, lang: Lang) => TermVector,
  threshold = DEFAULT_CLOSE_THRESHOLD,
): ClosePhrasings[] {
  const pairs: ClosePhrasings[] = [];
  for (const lang of LANGUAGES) {
    const phrasings: { ref: PhrasingRef; vector: TermVector }[] = [];
    for (const entry of kb.entries.values()) {
      for (const phrasing of [entry.text[lang].title, ...entry.text[lang].questions]) {
        const vector = vectorise(phrasing, lang);
        if (norm(vector) > 0) phrasings.push({ ref: { entryId: entry.id, phrasing }, vector });
      }
    }
    for (const [i, p] of phrasings.entries()) {
      for (const q of phrasings.slice(i + 1)) {
        if (p.ref.entryId === q.ref.entryId) continue;
        const similarity = cosine(p.vector, q.vector);
        if (similarity >= threshold) pairs.push({ lang, similarity: Math.round(similarity * 1000) / 1000, a: p.ref, b: q.ref });
      }
    }
  }
  return pairs.sort((x, y) => y.similarity - x.similarity || x.lang.localeCompare(y.lang) || x.a.entryId.localeCompare(y.a.entryId));
}
