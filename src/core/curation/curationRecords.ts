import type { Lang } from '../language/languages';
import type { Recognition } from '../understanding/recognizer';
import { scrubPersonalData } from './scrubPersonalData';

/** Questions the bot did not answer: it said it did not know, or asked "did you mean". */
export const UNANSWERED_KINDS = ['notFound', 'clarify'] as const;
/**
 * Questions the bot answered, but perhaps wrongly: the winner led the runner-up by little
 * (`closeCall`), the person asked again in other words right after (`rephrased`), or pressed
 * "not helpful" (`downvoted`). Confident mistakes are worse than "I don't know" and, unlike it,
 * never show up as unanswered.
 */
export const DOUBTFUL_KINDS = ['closeCall', 'rephrased', 'downvoted'] as const;
export const RECORDED_KINDS = [...UNANSWERED_KINDS, ...DOUBTFUL_KINDS] as const;
export type RecordedKind = (typeof RECORDED_KINDS)[number];
export type DoubtfulKind = (typeof DOUBTFUL_KINDS)[number];

/** An answer that leads the runner-up by less than this is a close call (answers need a lead of 0.05 at all, see tuning.ts). */
export const CLOSE_CALL_MARGIN = 0.1;

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
  /** For a doubtful answer: the entry the bot answered with. */
  readonly entryId?: string;
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

export function isDoubtfulKind(kind: string): kind is DoubtfulKind {
  return (DOUBTFUL_KINDS as readonly string[]).includes(kind);
}

const rounded = (candidates: Recognition['candidates']): QuestionRecord['candidates'] =>
  candidates.slice(0, RECORDED_CANDIDATES).map((c) => ({ entryId: c.entryId, score: Math.round(c.score * 1000) / 1000 }));

/** The kind of record a recognition makes by itself: unanswered, a close call, or none. */
function kindOf(recognition: Recognition): RecordedKind | undefined {
  if (recognition.kind === 'notFound' || recognition.kind === 'clarify') return recognition.kind;
  if (recognition.kind !== 'answer') return undefined;
  const [top, second] = recognition.candidates;
  // An exact phrasing or a button has no runner-up worth the name.
  return top && second && top.score < 1 && top.score - second.score < CLOSE_CALL_MARGIN ? 'closeCall' : undefined;
}

/** The record of a question, or undefined when the bot answered it clearly (or it had nothing to record). */
export function questionRecord(recognition: Recognition, text: string, now: Date): QuestionRecord | undefined {
  const kind = kindOf(recognition);
  if (!kind) return undefined;
  const scrubbed = scrubPersonalData(text);
  if (scrubbed === '') return undefined;
  const entryId = recognition.kind === 'answer' ? { entryId: recognition.entryId } : {};
  return { at: minuteOf(now), lang: recognition.lang, kind, text: scrubbed, candidates: rounded(recognition.candidates), ...entryId };
}

/** The record of an answer the person did not take: asked again in other words, or voted not helpful. `text` is already scrubbed. */
export function doubtRecord(
  kind: Exclude<DoubtfulKind, 'closeCall'>,
  answered: { readonly text: string; readonly entryId: string; readonly lang: Lang },
  now: Date,
): QuestionRecord {
  return { at: minuteOf(now), lang: answered.lang, kind, text: answered.text, candidates: [], entryId: answered.entryId };
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
