import type { Lang } from '../language/languages';
import { analyse, analyseTokens, type Analysis, type LanguageParts } from '../language/pipeline';
import type { KnowledgeBase } from '../knowledge/types';
import type { TermVector } from './termVector';
import { EntryClassifier } from './entryClassifier';

export interface ScoredEntry {
  readonly entryId: string;
  /** 0…1: 1 is an exact phrasing; answers need a clear lead, see answerSelector.ts. */
  readonly score: number;
  /** How many of the question's distinct known terms the entry uses (its phrasings or answer); unset for an exact phrasing. */
  readonly matched?: number;
  /** The classifier's probability of the entry for the question (entryClassifier.ts); unset for an exact phrasing. */
  readonly probability?: number;
  /**
   * The classifier's probability that the question is about none of the entries, learnt from the
   * curated messages about something else (out-of-scope.yaml); the same on every candidate of a search.
   */
  readonly outOfScope?: number;
}

export interface RetrievalOptions {
  /** What a word the knowledge base never uses weighs against the words it knows, when it is no dictionary word (a name, a typo). */
  readonly unknownWordWeight: number;
  /** The same for a correctly spelled word the knowledge base never uses ("weather", "recette"): it says the question is about something else. */
  readonly unknownRealWordWeight: number;
  /** Whether a normalised word is a correctly spelled word of the language. */
  readonly isWord: (word: string) => boolean;
  /**
   * Entries found only by their exact title or phrasing (a button press), never by similarity —
   * the personal-case answer, which cues decide, not shared words such as "apply".
   */
  readonly exactOnly?: ReadonlySet<string>;
  /** What the classifier's probability weighs in a score, against the phrasing and coverage match (0: retrieval alone). */
  readonly classifierWeight?: number;
  /** Everyday words that stand for anything ("truc", "stuff", "cosa"): never a sign that a question is about something else. */
  readonly fillers?: ReadonlySet<string>;
}

interface Phrasing {
  /** Index into `entryIds`. */
  readonly entry: number;
  readonly norm: number;
}

/** How the two signals combine: the best phrasing match, and how much of the question the entry's words cover. */
const PHRASING_WEIGHT = 0.7;
const COVERAGE_WEIGHT = 0.3;
/**
 * What a word only an entry's answer uses counts for its coverage, against one its questions use:
 * the overview of the areas names every sub-topic, and must not outweigh the area a question asks about.
 */
const ANSWER_ONLY = 0.5;

/**
 * TF-IDF retrieval over one language of the knowledge base: a question is compared with every
 * phrasing (cosine of idf-weighted terms) and with everything the entry says (coverage), and a
 * classifier learnt from the phrasings adds how strongly its words point to each entry; postings
 * lists keep a search to the phrasings that share a word with the question. More: docs/architecture.md#tf-idf-retrieval-retrievalindexts
 */
export class RetrievalIndex {
  private readonly phrasings: Phrasing[] = [];
  private readonly entryIds: string[] = [];
  /** Postings hold indexes into `phrasings` and `entryIds`, so a search adds up in flat arrays. */
  private readonly phrasingPostings = new Map<string, number[]>();
  private readonly entryPostings = new Map<string, number[]>();
  /** Beside each entry posting, how much the term counts for that entry's coverage (see ANSWER_ONLY). */
  private readonly entryPostingShares = new Map<string, number[]>();
  private readonly idf = new Map<string, number>();
  /** Per entry, how often each term occurs in its phrasings, and their total: a naive Bayes model of how people ask for it. */
  private readonly termCounts: Map<string, number>[] = [];
  private readonly termTotals: number[] = [];
  private readonly exact = new Map<string, string>();
  /** Titles alone: what a button sends back. */
  private readonly titles = new Map<string, string>();
  /** The idf of a term found in one entry only: what a term the knowledge base never uses weighs in a term vector. */
  private readonly rarestWeight: number;
  /**
   * Per-search sums, kept between searches (search is synchronous) and zeroed after each, so a
   * search allocates nothing in proportion to the knowledge base.
   */
  private readonly dots: Float64Array;
  private readonly covered: Float64Array;
  private readonly bestPhrasing: Float64Array;
  private readonly matchedCounts: Uint16Array;
  private readonly classifier: EntryClassifier;

  constructor(
    kb: KnowledgeBase,
    readonly lang: Lang,
    private readonly parts: LanguageParts,
    private readonly options: RetrievalOptions,
  ) {
    const exactOnly = options.exactOnly ?? new Set<string>();
    const phrasingTerms: Set<string>[] = [];
    const examples: { features: readonly string[]; label: number }[] = [];
    for (const entry of kb.entries.values()) {
      const text = entry.text[lang];
      const searchable = !exactOnly.has(entry.id);
      const entryIndex = searchable ? this.entryIds.push(entry.id) - 1 : -1;
      const all = new Set<string>();
      const titleKey = analyse(text.title, parts).tokens.join(' ');
      if (!this.titles.has(titleKey)) this.titles.set(titleKey, entry.id);
      for (const phrasing of [text.title, ...text.questions]) {
        const analysis = analyse(phrasing, parts);
        // The first entry to claim a phrasing keeps it; kb:check reports the clash.
        const key = analysis.tokens.join(' ');
        if (!this.exact.has(key)) this.exact.set(key, entry.id);
        if (!searchable) continue;
        const terms = new Set(analysis.terms);
        terms.forEach((t) => all.add(t));
        const counts = (this.termCounts[entryIndex] ??= new Map());
        for (const t of analysis.terms) counts.set(t, (counts.get(t) ?? 0) + 1);
        this.termTotals[entryIndex] = (this.termTotals[entryIndex] ?? 0) + analysis.terms.length;
        const index = this.phrasings.push({ entry: entryIndex, norm: 0 }) - 1;
        examples.push({ features: analysis.terms, label: entryIndex });
        phrasingTerms.push(terms);
        for (const t of terms) this.phrasingPostings.set(t, [...(this.phrasingPostings.get(t) ?? []), index]);
      }
      if (!searchable) continue;
      const asked = new Set(all);
      analyse(text.answer, parts).terms.forEach((t) => all.add(t));
      for (const t of all) {
        this.entryPostings.set(t, [...(this.entryPostings.get(t) ?? []), entryIndex]);
        this.entryPostingShares.set(t, [...(this.entryPostingShares.get(t) ?? []), asked.has(t) ? 1 : ANSWER_ONLY]);
      }
    }
    const n = this.entryIds.length;
    this.rarestWeight = Math.log(1 + n);
    for (const [term, entries] of this.entryPostings) this.idf.set(term, Math.log(1 + n / entries.length));
    this.phrasings.forEach((p, i) => {
      const norm = Math.sqrt([...(phrasingTerms[i] ?? [])].reduce((sum, t) => sum + this.weight(t) ** 2, 0));
      this.phrasings[i] = { ...p, norm };
    });
    // One more class, "none of the entries", learnt from messages about something else. Their words
    // stay out of the vocabulary: a word only they use is still unknown to the search.
    const none = this.entryIds.length;
    for (const message of kb.outOfScope[lang]) examples.push({ features: analyse(message, parts).terms, label: none });
    this.classifier = new EntryClassifier(examples, kb.outOfScope[lang].length > 0 ? none + 1 : none);
    this.dots = new Float64Array(this.phrasings.length);
    this.covered = new Float64Array(this.entryIds.length);
    this.bestPhrasing = new Float64Array(this.entryIds.length);
    this.matchedCounts = new Uint16Array(this.entryIds.length);
  }

  private weight(term: string): number {
    return this.idf.get(term) ?? 0;
  }

  analyse(text: string): Analysis {
    return analyse(text, this.parts);
  }

  /** The same for words already normalised and tokenised, so a message is normalised once. */
  analyseTokens(tokens: readonly string[]): Analysis {
    return analyseTokens(tokens, this.parts);
  }

  /** The words with their typos corrected, as the pipeline reads them before the synonyms ("asilum" → "asylum"). */
  corrected(tokens: readonly string[]): string[] {
    const { correct } = this.parts;
    return correct ? tokens.map(correct) : [...tokens];
  }

  /**
   * A text's terms weighted as retrieval weighs them (idf), for comparing two texts with each
   * other (curators' tools). Unlike retrieval, a word the knowledge base never uses counts, as
   * much as the rarest one: in unanswered questions those are the words that matter.
   */
  termVector(text: string): TermVector {
    const vector = new Map<string, number>();
    for (const term of this.analyse(text).terms) vector.set(term, this.idf.get(term) ?? this.rarestWeight);
    return vector;
  }

  /** True when the term occurs somewhere in the knowledge base. */
  knows(term: string): boolean {
    return this.idf.has(term);
  }

  /** The entry one of whose phrasings (or title) is exactly this message, ignoring case, accents and punctuation. */
  exactMatch(analysis: Analysis): string | undefined {
    return this.exact.get(analysis.tokens.join(' '));
  }

  /** The entry whose title is exactly this message: a button pressed. */
  titleMatch(analysis: Analysis): string | undefined {
    return this.titles.get(analysis.tokens.join(' '));
  }

  /**
   * How many distinct terms of a question the knowledge base knows, and how many words it does not
   * know that name another topic: correctly spelled words, and `names` (words written with a
   * capital in the question: "Wikipedia", "LVMH").
   */
  vocabulary(analysis: Analysis, names: ReadonlySet<string> = new Set()): { readonly known: number; readonly otherTopicWords: number } {
    const known = new Set<string>();
    const other = new Set<string>();
    analysis.terms.forEach((t, i) => {
      const word = analysis.words[i] ?? '';
      // A word that stands for anything ("this thing") says nothing either way: neither about a topic nor about another.
      if (this.options.fillers?.has(word)) return;
      if (this.idf.has(t)) known.add(t);
      else if (this.options.isWord(word) || names.has(word)) other.add(t);
    });
    return { known: known.size, otherTopicWords: other.size };
  }

  /**
   * Among close candidates, the one people's phrasings make most likely (multinomial naive Bayes
   * over the curated questions, known terms only), with its share of the probability among them.
   */
  likeliest(analysis: Analysis, entryIds: readonly string[]): { readonly entryId: string; readonly share: number } | undefined {
    const vocabulary = this.idf.size;
    const logs = entryIds.map((id) => {
      const e = this.entryIds.indexOf(id);
      const counts = this.termCounts[e];
      if (!counts) return -Infinity;
      const total = this.termTotals[e] ?? 0;
      let log = 0;
      for (const t of analysis.terms) if (this.idf.has(t)) log += Math.log(((counts.get(t) ?? 0) + 0.5) / (total + 0.5 * vocabulary));
      return log;
    });
    const best = Math.max(...logs);
    if (!Number.isFinite(best)) return undefined;
    const sum = logs.reduce((acc, l) => acc + Math.exp(l - best), 0);
    const entryId = entryIds[logs.indexOf(best)];
    return entryId === undefined ? undefined : { entryId, share: 1 / sum };
  }

  /** Entries ranked best first; entries in `boost` (what the bot just offered) get a small lead. */
  search(analysis: Analysis, boost: ReadonlySet<string> = new Set(), boostBy = 0): ScoredEntry[] {
    const known: string[] = [];
    const unknown: string[] = [];
    let unknownWeight = 0;
    analysis.terms.forEach((t, i) => {
      if (this.idf.has(t)) {
        if (!known.includes(t)) known.push(t);
      } else if (!unknown.includes(t)) {
        unknown.push(t);
        unknownWeight += this.options.isWord(analysis.words[i] ?? '') ? this.options.unknownRealWordWeight : this.options.unknownWordWeight;
      }
    });
    if (known.length === 0) return [];
    const matched = this.matchedCounts;

    const { dots, covered, bestPhrasing } = this;
    // In the order first reached, which is the order of equal scores in the result. Every idf is
    // positive, so a sum still at 0 was not reached yet.
    const phrasingsReached: number[] = [];
    const entriesReached: number[] = [];
    let queryNorm = 0;
    let knownWeight = 0;
    for (const t of known) {
      const w = this.weight(t);
      queryNorm += w * w;
      knownWeight += w;
      for (const p of this.phrasingPostings.get(t) ?? []) {
        if (dots[p] === 0) phrasingsReached.push(p);
        dots[p] = (dots[p] ?? 0) + w * w;
      }
      const postings = this.entryPostings.get(t) ?? [];
      const shares = this.entryPostingShares.get(t) ?? [];
      for (let k = 0; k < postings.length; k += 1) {
        const e = postings[k];
        if (e === undefined) continue;
        if (covered[e] === 0) entriesReached.push(e);
        covered[e] = (covered[e] ?? 0) + w * (shares[k] ?? 0);
        matched[e] = (matched[e] ?? 0) + 1;
      }
    }
    queryNorm = Math.sqrt(queryNorm);
    // Words the knowledge base never uses make every match less certain, without erasing it:
    // "how long has MIEUX+ been around" still asks about MIEUX+.
    const certainty = Math.sqrt(knownWeight / (knownWeight + unknownWeight));

    this.keepBestPhrasings(phrasingsReached, queryNorm);

    const results: ScoredEntry[] = [];
    const lambda = this.options.classifierWeight ?? 0;
    // Computed once per search: the score blends it, and the answer's selection checks it (LocalRecognizer.select).
    // Every term, known or not: a word only the messages about something else use ("python") points away from every entry.
    const probabilities = this.classifier.probabilities(analysis.terms);
    const outOfScope = probabilities.length > this.entryIds.length ? (probabilities[this.entryIds.length] ?? 0) : 0;
    for (const e of entriesReached) {
      const entryId = this.entryIds[e];
      if (entryId === undefined) continue;
      const coverage = (covered[e] ?? 0) / knownWeight;
      const retrieval = PHRASING_WEIGHT * (bestPhrasing[e] ?? 0) + COVERAGE_WEIGHT * coverage;
      const probability = probabilities[e] ?? 0;
      let score = certainty * (lambda > 0 ? (1 - lambda) * retrieval + lambda * probability : retrieval);
      if (boost.has(entryId)) score = Math.min(0.99, score + boostBy);
      results.push({ entryId, score, matched: matched[e] ?? 0, probability, outOfScope });
      covered[e] = 0;
      bestPhrasing[e] = 0;
      matched[e] = 0;
    }
    return results.sort((a, b) => b.score - a.score);
  }

  /** Each entry's best cosine among the phrasings a search reached (left in `bestPhrasing`), zeroing their sums. */
  private keepBestPhrasings(phrasingsReached: readonly number[], queryNorm: number): void {
    const { dots, bestPhrasing } = this;
    for (const p of phrasingsReached) {
      const phrasing = this.phrasings[p];
      if (phrasing === undefined) continue;
      const cosine = (dots[p] ?? 0) / (queryNorm * phrasing.norm);
      if (cosine > (bestPhrasing[phrasing.entry] ?? 0)) bestPhrasing[phrasing.entry] = cosine;
      dots[p] = 0;
    }
  }
}
