import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DamerauLevenshteinDistance } from 'natural/lib/natural/distance';
import { parse } from 'yaml';
import type { KnowledgeBase } from '../src/core/knowledge/types';
import type { Lang } from '../src/core/language/languages';
import { normalise } from '../src/core/language/normalise';
import { tokenise } from '../src/core/language/tokenise';

/** A typo: one edit in a word, two in a long one. */
function typo(a: string, b: string): boolean {
  const edits = Math.min(a.length, b.length) >= 8 ? 2 : 1;
  return Math.abs(a.length - b.length) <= edits && DamerauLevenshteinDistance(a, b, { restricted: true }) <= edits;
}

/** The same words in the same order, ignoring case, accents and punctuation, with at most one word misspelt. */
export function sameSentence(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length || a.length === 0) return false;
  let misspelt = 0;
  for (const [i, word] of a.entries()) {
    const other = b[i] ?? '';
    if (word === other) continue;
    if (!typo(word, other) || (misspelt += 1) > 1) return false;
  }
  return true;
}

export interface Overlap {
  readonly question: string;
  readonly entryId: string;
  readonly phrasing: string;
}

/**
 * The questions that repeat a knowledge-base phrasing (or title) word for word, ignoring case,
 * accents and punctuation, or but for one misspelt word. An evaluation question that does proves
 * nothing about unseen wording, and a blind question that does may have been copied into the
 * knowledge base.
 */
export function phrasingOverlaps(kb: KnowledgeBase, lang: Lang, questions: readonly string[]): Overlap[] {
  const phrasings: { words: string[]; entryId: string; phrasing: string }[] = [];
  for (const entry of kb.entries.values()) {
    for (const phrasing of [entry.text[lang].title, ...entry.text[lang].questions])
      phrasings.push({ words: tokenise(normalise(phrasing)), entryId: entry.id, phrasing });
  }
  const overlaps: Overlap[] = [];
  for (const question of questions) {
    const words = tokenise(normalise(question));
    const hit = phrasings.find((p) => sameSentence(p.words, words));
    if (hit) overlaps.push({ question, entryId: hit.entryId, phrasing: hit.phrasing });
  }
  return overlaps;
}

/** A blind question known to coincide with a phrasing written independently (test/eval/coincidences.yaml). */
export interface Coincidence {
  readonly lang: Lang;
  readonly set: string;
  readonly question: string;
  readonly entry: string;
  readonly phrasing: string;
}

export function loadCoincidences(evalDir: string): Coincidence[] {
  const raw = parse(readFileSync(join(evalDir, 'coincidences.yaml'), 'utf8')) as { coincidences?: Coincidence[] } | null;
  return raw?.coincidences ?? [];
}
