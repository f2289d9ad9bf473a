import type { Lang } from '../language/languages';
import { analyse, type Analysis, type LanguageParts } from '../language/pipeline';
import type { KnowledgeBase } from '../knowledge/types';

export interface ScoredEntry {
  readonly entryId: string;
  /** 0…1: 1 is an exact phrasing; answers need a clear lead, see answerSelector.ts. */
  readonly score: number;
}

interface Phrasing {
  readonly entryId: string;
  readonly key: string;
  readonly terms: ReadonlySet<string>;
  readonly norm: number;
}

/** How the two signals combine: the best phrasing match, and how much of the question the entry's words cover. */
const PHRASING_WEIGHT = 0.7;
const COVERAGE_WEIGHT = 0.3;

/**
 * TF-IDF retrieval over one language of the knowledge base.
 *
 * A question is compared with every phrasing curators wrote (cosine of idf-weighted terms)
 * and with everything the entry says (the share of the question's weight its words cover).
 * Words the knowledge base never uses count against every entry: "what is the capital of
 * France" shares nothing with MIEUX+ and scores near zero everywhere.
 */
export class RetrievalIndex {
  private readonly phrasings: Phrasing[] = [];
  private readonly entryTerms = new Map<string, Set<string>>();
  private readonly idf = new Map<string, number>();
  private readonly exact = new Map<string, string>();

  constructor(
    kb: KnowledgeBase,
    readonly lang: Lang,
    private readonly parts: LanguageParts,
    private readonly unknownWordWeight: number,
  ) {
    const documentFrequency = new Map<string, number>();
    for (const entry of kb.entries.values()) {
      const text = entry.text[lang];
      const all = new Set<string>();
      for (const phrasing of [text.title, ...text.questions]) {
        const analysis = analyse(phrasing, parts);
        const terms = new Set(analysis.terms);
        terms.forEach((t) => all.add(t));
        this.phrasings.push({ entryId: entry.id, key: analysis.tokens.join(' '), terms, norm: 0 });
        // The first entry to claim a phrasing keeps it; kb:check reports the clash.
        if (!this.exact.has(analysis.tokens.join(' '))) this.exact.set(analysis.tokens.join(' '), entry.id);
      }
      analyse(text.answer, parts).terms.forEach((t) => all.add(t));
      this.entryTerms.set(entry.id, all);
      for (const term of all) documentFrequency.set(term, (documentFrequency.get(term) ?? 0) + 1);
    }
    const n = kb.entries.size;
    for (const [term, df] of documentFrequency) this.idf.set(term, Math.log(1 + n / df));
    for (let i = 0; i < this.phrasings.length; i += 1) {
      const p = this.phrasings[i]!;
      this.phrasings[i] = { ...p, norm: Math.sqrt([...p.terms].reduce((s, t) => s + this.weight(t) ** 2, 0)) };
    }
  }

  private weight(term: string): number {
    return this.idf.get(term) ?? 0;
  }

  analyse(text: string): Analysis {
    return analyse(text, this.parts);
  }

  /** True when the term occurs somewhere in the knowledge base. */
  knows(term: string): boolean {
    return this.idf.has(term);
  }

  /** The entry one of whose phrasings (or title) is exactly this message, ignoring case, accents and punctuation. */
  exactMatch(analysis: Analysis): string | undefined {
    return this.exact.get(analysis.tokens.join(' '));
  }

  /** Entries ranked best first; entries in `boost` (what the bot just offered) get a small lead. */
  search(analysis: Analysis, boost: ReadonlySet<string> = new Set(), boostBy = 0): ScoredEntry[] {
    const exact = this.exact.get(analysis.tokens.join(' '));
    const known = new Set(analysis.terms.filter((t) => this.idf.has(t)));
    const unknownCount = new Set(analysis.terms.filter((t) => !this.idf.has(t))).size;
    if (known.size === 0 && !exact) return [];

    let queryNorm = 0;
    let knownWeight = 0;
    for (const t of known) {
      queryNorm += this.weight(t) ** 2;
      knownWeight += this.weight(t);
    }
    queryNorm = Math.sqrt(queryNorm);
    // Words the knowledge base never uses make every match less certain, without erasing it:
    // "how long has MIEUX+ been around" still asks about MIEUX+.
    const knownShare = knownWeight / (knownWeight + this.unknownWordWeight * unknownCount);
    const certainty = Math.sqrt(knownShare);

    const bestPhrasing = new Map<string, number>();
    for (const p of this.phrasings) {
      if (p.norm === 0) continue;
      let dot = 0;
      for (const t of known) if (p.terms.has(t)) dot += this.weight(t) ** 2;
      if (dot === 0) continue;
      const cosine = dot / (queryNorm * p.norm);
      if (cosine > (bestPhrasing.get(p.entryId) ?? 0)) bestPhrasing.set(p.entryId, cosine);
    }

    const results: ScoredEntry[] = [];
    for (const [entryId, vocabulary] of this.entryTerms) {
      let covered = 0;
      for (const t of known) if (vocabulary.has(t)) covered += this.weight(t);
      const coverage = covered / knownWeight;
      let score = certainty * (PHRASING_WEIGHT * (bestPhrasing.get(entryId) ?? 0) + COVERAGE_WEIGHT * coverage);
      if (entryId === exact) score = 1;
      else if (score > 0 && boost.has(entryId)) score = Math.min(0.99, score + boostBy);
      if (score > 0) results.push({ entryId, score });
    }
    return results.sort((a, b) => b.score - a.score);
  }
}
