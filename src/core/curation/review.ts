import { LANGUAGES, type Lang } from '../language/languages';
import { normalise } from '../language/normalise';
import { cosine, type TermVector } from '../understanding/termVector';
import type { FeedbackCounts, QuestionRecord, RecordedKind } from './curationRecords';

/** Questions this similar (cosine of their weighted terms) or more are taken as one question. */
export const DEFAULT_GROUPING_THRESHOLD = 0.5;
const SHOWN_CANDIDATES = 3;
const SHOWN_EXAMPLES = 3;

export type Vectorise = (text: string, lang: Lang) => TermVector;

/** Unanswered questions that ask the same thing, as a curator should see them: the most asked first. */
export interface QuestionGroup {
  readonly lang: Lang;
  readonly size: number;
  /** The member closest to what the group has in common. */
  readonly representative: string;
  /** Up to three other distinct wordings. */
  readonly examples: readonly string[];
  /** How many of each kind of record the group holds (kinds it has none of are left out). */
  readonly kinds: Readonly<Partial<Record<RecordedKind, number>>>;
  /** For answers that may have been wrong: the entries the bot answered with, the most frequent first. */
  readonly answered: readonly { readonly entryId: string; readonly count: number }[];
  /** Entries that came closest, with their mean score over the group (a member without the entry counts 0). */
  readonly candidates: readonly { readonly entryId: string; readonly score: number }[];
  readonly lastAt: string;
}

interface Building {
  readonly lang: Lang;
  readonly members: { readonly record: QuestionRecord; readonly vector: TermVector }[];
  /** Sum of the members' vectors, each normalised. */
  readonly centroid: Map<string, number>;
}

function addTo(centroid: Map<string, number>, vector: TermVector): void {
  let length = 0;
  for (const w of vector.values()) length += w * w;
  length = Math.sqrt(length);
  if (length === 0) return;
  for (const [term, w] of vector) centroid.set(term, (centroid.get(term) ?? 0) + w / length);
}

function summarise(group: Building): QuestionGroup {
  const members = group.members;
  // Most typical first: closest to the centroid, then the wording asked most, then the oldest.
  const counts = new Map<string, number>();
  for (const m of members) counts.set(m.record.text, (counts.get(m.record.text) ?? 0) + 1);
  const ranked = members
    .map((m, order) => ({ m, order, closeness: group.centroid.size > 0 ? cosine(m.vector, group.centroid) : 1 }))
    .sort(
      (a, b) => b.closeness - a.closeness || (counts.get(b.m.record.text) ?? 0) - (counts.get(a.m.record.text) ?? 0) || a.order - b.order,
    );
  // A group has at least one member, so the first ranked is always there.
  const representative = ranked[0]?.m.record.text ?? '';
  const examples = [...new Set(ranked.map((r) => r.m.record.text))].filter((t) => t !== representative).slice(0, SHOWN_EXAMPLES);

  const scores = new Map<string, number>();
  for (const m of members) for (const c of m.record.candidates) scores.set(c.entryId, (scores.get(c.entryId) ?? 0) + c.score);
  const candidates = [...scores]
    .map(([entryId, total]) => ({ entryId, score: Math.round((total / members.length) * 1000) / 1000 }))
    .sort((a, b) => b.score - a.score || a.entryId.localeCompare(b.entryId))
    .slice(0, SHOWN_CANDIDATES);
  const kinds: Partial<Record<RecordedKind, number>> = {};
  for (const m of members) kinds[m.record.kind] = (kinds[m.record.kind] ?? 0) + 1;
  const answeredCounts = new Map<string, number>();
  for (const m of members) if (m.record.entryId) answeredCounts.set(m.record.entryId, (answeredCounts.get(m.record.entryId) ?? 0) + 1);
  const answered = [...answeredCounts]
    .map(([entryId, count]) => ({ entryId, count }))
    .sort((a, b) => b.count - a.count || a.entryId.localeCompare(b.entryId));
  const lastAt = members.reduce((latest, m) => (m.record.at > latest ? m.record.at : latest), '');
  return { lang: group.lang, size: members.length, representative, examples, kinds, answered, candidates, lastAt };
}

/**
 * Groups unanswered questions by similarity, within each language: each joins the group whose
 * centroid is most similar (cosine of idf-weighted terms from the recognizer's own pipeline) if
 * that reaches `threshold`, else starts one. Questions with no index term ("???", "[email]") group
 * by their normalised text. Largest groups first, then the most recent.
 */
export function groupQuestions(
  records: readonly QuestionRecord[],
  vectorise: Vectorise,
  threshold = DEFAULT_GROUPING_THRESHOLD,
): QuestionGroup[] {
  const groups: Building[] = [];
  const byText = new Map<string, Building>();
  for (const lang of LANGUAGES) {
    const open: Building[] = [];
    for (const record of records) {
      if (record.lang !== lang) continue;
      const vector = vectorise(record.text, lang);
      if (vector.size === 0) {
        const key = `${lang}:${normalise(record.text)}`;
        let group = byText.get(key);
        if (!group) {
          group = { lang, members: [], centroid: new Map() };
          byText.set(key, group);
          groups.push(group);
        }
        group.members.push({ record, vector });
        continue;
      }
      let best: Building | undefined;
      let bestSimilarity = threshold;
      for (const group of open) {
        const similarity = cosine(vector, group.centroid);
        if (similarity >= bestSimilarity) {
          best = group;
          bestSimilarity = similarity;
        }
      }
      if (!best) {
        best = { lang, members: [], centroid: new Map() };
        open.push(best);
        groups.push(best);
      }
      best.members.push({ record, vector });
      addTo(best.centroid, vector);
    }
  }
  return groups
    .map(summarise)
    .sort((a, b) => b.size - a.size || b.lastAt.localeCompare(a.lastAt) || a.representative.localeCompare(b.representative));
}

/** An entry's votes, for ranking what to fix first. */
export interface FeedbackRank {
  readonly entryId: string;
  readonly up: number;
  readonly down: number;
  /** down / (up + down). */
  readonly downShare: number;
  readonly downByLang: Readonly<Record<Lang, number>>;
  readonly lastAt: string;
}

const total = (byLang: Readonly<Record<Lang, number>>): number => LANGUAGES.reduce((sum, lang) => sum + (byLang[lang] ?? 0), 0);

/** Entries with votes, the most "not helpful" first; ties go to the larger share of "not helpful". */
export function rankByNegativeFeedback(counts: Readonly<Record<string, FeedbackCounts>>): FeedbackRank[] {
  return Object.entries(counts)
    .map(([entryId, c]) => {
      const up = total(c.up);
      const down = total(c.down);
      return { entryId, up, down, downShare: up + down > 0 ? down / (up + down) : 0, downByLang: c.down, lastAt: c.lastAt };
    })
    .filter((r) => r.up + r.down > 0)
    .sort((a, b) => b.down - a.down || b.downShare - a.downShare || a.entryId.localeCompare(b.entryId));
}
