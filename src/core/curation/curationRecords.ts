import type { Lang } from '../language/languages';
import type { Recognition } from '../understanding/recognizer';
import { scrubPersonalData } from './scrubPersonalData';

/** The recognitions whose questions curators should see: the bot did not answer them. */
export const RECORDED_KINDS = ['notFound', 'clarify'] as const;
export type RecordedKind = (typeof RECORDED_KINDS)[number];

/** Candidates kept with a record: enough to see which entries came close. */
const RECORDED_CANDIDATES = 3;

/**
 * A question the bot could not answer, as curators see it. Nothing in it identifies a person or a
 * conversation: the text is scrubbed and cut, the time is rounded to the minute, and there are no
 * user, conversation or activity ids.
 */
export interface QuestionRecord {
  /** ISO time, rounded down to the minute. */
  readonly at: string;
  readonly lang: Lang;
  readonly kind: RecordedKind;
  /** The question with personal data replaced by placeholders, at most MAX_RECORDED_CHARS long. */
  readonly text: string;
  /** The best entries and their scores (0…1, three decimals), best first. */
  readonly candidates: readonly { readonly entryId: string; readonly score: number }[];
}

export type Vote = 'up' | 'down';

/** One press of a helpful / not helpful button, for an answer the bot gave. */
export interface FeedbackVote {
  readonly entryId: string;
  readonly vote: Vote;
  readonly lang: Lang;
  readonly at: string;
}

/** Votes for one entry, by language. */
export interface FeedbackCounts {
  readonly up: Readonly<Record<Lang, number>>;
  readonly down: Readonly<Record<Lang, number>>;
  /** ISO time of the latest vote, to the minute. */
  readonly lastAt: string;
}

export function minuteOf(time: Date): string {
  const rounded = new Date(time);
  rounded.setUTCSeconds(0, 0);
  return rounded.toISOString();
}

export function isRecordedKind(kind: Recognition['kind']): kind is RecordedKind {
  return (RECORDED_KINDS as readonly string[]).includes(kind);
}

/** The record of a question, or undefined when the bot answered it (or it had nothing to record). */
export function questionRecord(recognition: Recognition, text: string, now: Date): QuestionRecord | undefined {
  if (!isRecordedKind(recognition.kind)) return undefined;
  const scrubbed = scrubPersonalData(text);
  if (scrubbed === '') return undefined;
  return {
    at: minuteOf(now),
    lang: recognition.lang,
    kind: recognition.kind,
    text: scrubbed,
    candidates: recognition.candidates.slice(0, RECORDED_CANDIDATES).map((c) => ({ entryId: c.entryId, score: Math.round(c.score * 1000) / 1000 })),
  };
}

const zero = (): Record<Lang, number> => ({ es: 0, en: 0, fr: 0 });

/** Adds votes to per-entry counts; returns new counts, the input is left as it was. */
export function addVotes(counts: Readonly<Record<string, FeedbackCounts>>, votes: readonly FeedbackVote[]): Record<string, FeedbackCounts> {
  const next: Record<string, FeedbackCounts> = { ...counts };
  for (const v of votes) {
    const current = next[v.entryId];
    const up = { ...zero(), ...current?.up };
    const down = { ...zero(), ...current?.down };
    (v.vote === 'up' ? up : down)[v.lang] += 1;
    const lastAt = current && current.lastAt > v.at ? current.lastAt : v.at;
    next[v.entryId] = { up, down, lastAt };
  }
  return next;
}
