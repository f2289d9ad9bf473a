import { waitAtMost } from '../waitAtMost';
import type { ReplyBuilder } from '../replies';
import type { DocumentStorage } from '../storage/documentStorage';
import type { Config } from '../../config';
import type { Logger } from '../../logger';
import { Curation, type FeedbackInsights } from './curation';
import { CurationRecorder } from './curationRecorder';
import { CurationStore } from './curationStore';

export interface CurationSetup {
  readonly curation: Curation;
  readonly recorder: CurationRecorder;
  /** Where the records are kept (what `npm run kb:review` reads). */
  readonly store: CurationStore;
  /** Writes what is still queued, waiting at most `timeoutMs`; for shutdown and tests. */
  flush(timeoutMs?: number): Promise<void>;
}

/** The store as the bot and `npm run kb:review` both see it. */
export function curationStoreFor(config: Pick<Config, 'curation'>, storage: DocumentStorage): CurationStore {
  // With no questions recorded the store still keeps votes; its ring is then never written.
  return new CurationStore(storage, Math.max(1, config.curation.maxQuestions));
}

export function createCuration(
  config: Pick<Config, 'curation' | 'contactEmail'>,
  parts: {
    readonly storage: DocumentStorage;
    readonly replies: ReplyBuilder;
    readonly logger: Logger;
    readonly insights?: FeedbackInsights;
  },
): CurationSetup {
  const store = curationStoreFor(config, parts.storage);
  const recorder = new CurationRecorder(store, parts.logger);
  const curation = new Curation({
    recorder,
    recordQuestions: config.curation.maxQuestions > 0,
    offerFeedback: config.curation.feedback,
    replies: parts.replies,
    email: config.contactEmail,
    ...(parts.insights ? { insights: parts.insights } : {}),
  });
  return {
    curation,
    recorder,
    store,
    flush: async (timeoutMs = 10_000) => {
      await waitAtMost(recorder.flush(), timeoutMs);
    },
  };
}
