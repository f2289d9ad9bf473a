import { isDoubtfulKind, type FeedbackCounts, type QuestionRecord } from '../curation/curationRecords';
import {
  DEFAULT_GROUPING_THRESHOLD,
  groupQuestions,
  rankByNegativeFeedback,
  type FeedbackRank,
  type QuestionGroup,
  type Vectorise,
} from '../curation/review';

/** What the curation store holds, as read: the recorded questions (oldest first) and the votes per entry. */
export interface ReviewSource {
  readonly questions: readonly QuestionRecord[];
  readonly feedback: Readonly<Record<string, FeedbackCounts>>;
  /** How many records the store keeps (the newest). */
  readonly capacity: number;
}

/**
 * What `npm run kb:review` prints and the insights page shows, computed once here so the two
 * never disagree.
 */
export interface Review {
  readonly questions: number;
  readonly capacity: number;
  readonly firstAt?: string;
  readonly lastAt?: string;
  readonly threshold: number;
  /** Questions the bot did not answer, grouped. */
  readonly groups: readonly QuestionGroup[];
  /** Questions it answered, perhaps wrongly: close calls, asked again, voted not helpful. */
  readonly doubtful: readonly QuestionGroup[];
  readonly feedback: readonly FeedbackRank[];
  /** Entries of the knowledge base nobody was answered with, by id; only when usage was given. */
  readonly neverAsked?: readonly string[];
}

export interface ReviewOptions {
  /** Cosine from which two questions are one (0…1]. */
  readonly threshold?: number;
  /** The knowledge base's entries and those answered in the insights' retained days: gives `neverAsked`. */
  readonly entryUsage?: { readonly known: Iterable<string>; readonly asked: Iterable<string> };
}

/** The review from what the curation store holds; `vectorise` is the recognizer's own term weighting. */
export function reviewData(source: ReviewSource, vectorise: Vectorise, options: ReviewOptions = {}): Review {
  const threshold = options.threshold ?? DEFAULT_GROUPING_THRESHOLD;
  if (!(threshold > 0 && threshold <= 1)) throw new RangeError(`reviewData(): threshold must be above 0 and at most 1, got ${threshold}`);
  const { questions } = source;
  let firstAt: string | undefined;
  let lastAt: string | undefined;
  for (const q of questions) {
    if (firstAt === undefined || q.at < firstAt) firstAt = q.at;
    if (lastAt === undefined || q.at > lastAt) lastAt = q.at;
  }
  let neverAsked: string[] | undefined;
  if (options.entryUsage) {
    const asked = new Set(options.entryUsage.asked);
    neverAsked = [...new Set(options.entryUsage.known)].filter((id) => !asked.has(id)).sort();
  }
  return {
    questions: questions.length,
    capacity: source.capacity,
    ...(firstAt !== undefined && lastAt !== undefined ? { firstAt, lastAt } : {}),
    threshold,
    groups: groupQuestions(
      questions.filter((q) => !isDoubtfulKind(q.kind)),
      vectorise,
      threshold,
    ),
    doubtful: groupQuestions(
      questions.filter((q) => isDoubtfulKind(q.kind)),
      vectorise,
      threshold,
    ),
    feedback: rankByNegativeFeedback(source.feedback),
    ...(neverAsked ? { neverAsked } : {}),
  };
}
