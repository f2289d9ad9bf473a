import { MemoryStorage, type StatePropertyAccessor, type Storage } from 'botbuilder';
import type { ConversationProfile } from '../conversationProfile';
import type { ReplyBuilder } from '../replies';
import type { Config } from '../../config';
import type { Logger } from '../../logger';
import { Curation } from './curation';
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

/**
 * Blob Storage holds the records beside the conversations, shared by every instance, and
 * `npm run kb:review` reads them there. In memory the conversation store forgets idle items,
 * which must not take the records with it, so they get a store of their own (bounded by the
 * ring, lost on restart) — the same choice as the hand-off outbox.
 */
export function curationStorageFor(config: Config, stateStorage: Storage): Storage {
  return config.storage.kind === 'blobs' ? stateStorage : new MemoryStorage();
}

/** The store as the bot and `npm run kb:review` both see it. */
export function curationStoreFor(config: Config, storage: Storage): CurationStore {
  // With no questions recorded the store still keeps votes; its ring is then never written.
  return new CurationStore(storage, Math.max(1, config.curation.maxQuestions));
}

export function createCuration(
  config: Config,
  parts: {
    readonly storage: Storage;
    readonly profile: StatePropertyAccessor<ConversationProfile>;
    readonly replies: ReplyBuilder;
    readonly logger: Logger;
  },
): CurationSetup {
  const store = curationStoreFor(config, parts.storage);
  const recorder = new CurationRecorder(store, parts.logger);
  const curation = new Curation({
    recorder,
    recordQuestions: config.curation.maxQuestions > 0,
    offerFeedback: config.curation.feedback,
    profile: parts.profile,
    replies: parts.replies,
    email: config.contactEmail,
  });
  return {
    curation,
    recorder,
    store,
    flush: async (timeoutMs = 10_000) => {
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<void>((resolve) => {
        timer = setTimeout(resolve, timeoutMs);
      });
      try {
        await Promise.race([recorder.flush(), timeout]);
      } finally {
        clearTimeout(timer);
      }
    },
  };
}
