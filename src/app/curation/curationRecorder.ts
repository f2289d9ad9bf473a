import type { FeedbackVote, QuestionRecord } from '../../core/curation/curationRecords';
import { errorKind, type Logger } from '../../logger';
import type { CurationStore } from './curationStore';

export interface CurationRecorderOptions {
  /** Records waiting to be written; past this the oldest waiting ones are dropped. */
  readonly maxPending?: number;
}

const DEFAULT_MAX_PENDING = 500;

/**
 * Takes records from turns without making them wait: `recordQuestion` and `recordFeedback`
 * only queue (bounded), and one flush at a time writes what is queued to the store in the
 * background. A storage that is slow or down never fails or delays a turn; a failed batch is
 * dropped and logged with its size and the kind of error — never a text.
 */
export class CurationRecorder {
  private questions: QuestionRecord[] = [];
  private votes: FeedbackVote[] = [];
  private flushing: Promise<void> | undefined;
  private readonly maxPending: number;

  constructor(
    private readonly store: CurationStore,
    private readonly logger: Logger,
    options: CurationRecorderOptions = {},
  ) {
    this.maxPending = options.maxPending ?? DEFAULT_MAX_PENDING;
  }

  recordQuestion(record: QuestionRecord): void {
    this.questions.push(record);
    this.trim(this.questions, 'questions');
    this.schedule();
  }

  recordFeedback(vote: FeedbackVote): void {
    this.votes.push(vote);
    this.trim(this.votes, 'feedback');
    this.schedule();
  }

  /** Resolves once everything queued so far has been written or dropped; never rejects. */
  async flush(): Promise<void> {
    while (this.flushing || this.questions.length > 0 || this.votes.length > 0) {
      this.schedule();
      await this.flushing;
    }
  }

  private trim(queue: unknown[], what: string): void {
    if (queue.length <= this.maxPending) return;
    const dropped = queue.splice(0, queue.length - this.maxPending).length;
    this.logger.warn('curation records dropped: the storage is not keeping up', { what, dropped });
  }

  private schedule(): void {
    if (this.flushing) return;
    this.flushing = new Promise<void>((resolve) => setImmediate(resolve))
      .then(() => this.writePending())
      .finally(() => {
        this.flushing = undefined;
        // What arrived while writing goes in the next batch.
        if (this.questions.length > 0 || this.votes.length > 0) this.schedule();
      });
  }

  private async writePending(): Promise<void> {
    const questions = this.questions.splice(0);
    const votes = this.votes.splice(0);
    await Promise.all([
      this.write('questions', questions.length, () => this.store.appendQuestions(questions)),
      this.write('feedback', votes.length, () => this.store.addFeedback(votes)),
    ]);
  }

  private async write(what: string, count: number, operation: () => Promise<void>): Promise<void> {
    if (count === 0) return;
    try {
      await operation();
    } catch (error) {
      this.logger.warn('curation records not stored', { what, dropped: count, kind: errorKind(error) });
    }
  }
}
