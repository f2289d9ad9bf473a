import { MemoryStorage, type ConversationState, type Storage } from 'botbuilder';
import type { Config } from '../../config';
import { areaLabelFor } from '../../core/handoff/areaLabel';
import type { KnowledgeBase } from '../../core/knowledge/types';
import type { Logger } from '../../logger';
import { MAILTO_ONLY, OutboxSubmitter, type HandoffSubmitter } from '../../app/handoff/handoffSubmitter';
import { HandoffOutbox } from '../../app/handoff/outbox';
import { OutboxDeliverer } from './outboxDeliverer';
import { SmtpMailer } from './smtpMailer';
import { TurnCommitRecord } from '../../hosting/botframework/turnCommitRecord';
import type { Mailer } from './mailer';

export interface HandoffDelivery {
  readonly submitter: HandoffSubmitter;
  /** Prepares the outbox and starts sending what it holds (including what an earlier run left). */
  start(): Promise<void>;
  stop(): Promise<void>;
}

export interface HandoffStorages {
  /** Where the outbox lives (see outboxStorageFor). */
  readonly outbox: Storage;
  /** The conversation state, whose committed turns list the requests they confirmed. */
  readonly conversationState: ConversationState;
  /** Where that state is stored, read to see whether a turn committed. */
  readonly state: Storage;
}

export interface HandoffDeliveryOptions {
  readonly mailer?: Mailer;
  /** How long a request whose turn has not committed is kept before it is discarded; for tests. */
  readonly unconfirmedTtlMs?: number;
}

/**
 * With SMTP configured: an outbox in the bot's storage and a deliverer that e-mails what the
 * committed turns confirmed. Without: the person sends the prepared e-mail themselves, and there
 * is nothing to run.
 */
export function createHandoffDelivery(config: Config, kb: KnowledgeBase, storages: HandoffStorages, logger: Logger, options: HandoffDeliveryOptions = {}): HandoffDelivery {
  if (!config.smtp) return { submitter: MAILTO_ONLY, start: () => Promise.resolve(), stop: () => Promise.resolve() };
  const smtp = config.smtp;
  const outbox = new HandoffOutbox(storages.outbox);
  const transport = options.mailer ?? new SmtpMailer(smtp.url);
  const deliverer = new OutboxDeliverer(outbox, transport, logger, {
    from: smtp.from,
    to: config.contactEmail,
    areaLabel: areaLabelFor(kb),
    pollMs: smtp.pollMs,
    leaseMs: smtp.leaseMs,
    stateStorage: storages.state,
    ...(options.unconfirmedTtlMs === undefined ? {} : { unconfirmedTtlMs: options.unconfirmedTtlMs }),
  });
  return {
    submitter: new OutboxSubmitter(outbox, deliverer, new TurnCommitRecord(storages.conversationState)),
    start: async () => {
      await outbox.initialise();
      deliverer.start();
    },
    stop: async () => {
      await deliverer.stop();
      transport.close();
    },
  };
}

/**
 * Blob Storage holds the outbox beside the conversations, shared by every instance. In memory the
 * conversation store forgets idle conversations, which must never drop a pending request, so the
 * outbox gets a store of its own (lost on restart, like all in-memory state: use Blob Storage
 * in production).
 */
export function outboxStorageFor(config: Config, stateStorage: Storage): Storage {
  return config.storage.kind === 'blobs' ? stateStorage : new MemoryStorage();
}
