import type { Config } from '../../config';
import { areaLabelFor } from '../../core/handoff/areaLabel';
import type { KnowledgeBase } from '../../core/knowledge/types';
import type { Logger } from '../../logger';
import { MAILTO_ONLY, OutboxSubmitter, type HandoffSubmitter } from '../../app/handoff/handoffSubmitter';
import { HandoffOutbox } from '../../app/handoff/outbox';
import { OutboxDeliverer } from './outboxDeliverer';
import { SmtpMailer } from './smtpMailer';
import type { DocumentStorage } from '../../app/storage/documentStorage';
import type { Mailer } from './mailer';

export interface HandoffDelivery {
  readonly submitter: HandoffSubmitter;
  /** Prepares the outbox and starts sending what it holds (including what an earlier run left). */
  start(): Promise<void>;
  stop(): Promise<void>;
}

export interface HandoffStorages {
  /** Where the outbox lives (see outboxStorageFor). */
  readonly outbox: DocumentStorage;
  /** Where the conversation state is stored, read to see whether a turn committed (app/handoff/commitRecord.ts). */
  readonly state: DocumentStorage;
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
export function createHandoffDelivery(
  config: Pick<Config, 'smtp' | 'contactEmail'>,
  kb: KnowledgeBase,
  storages: HandoffStorages,
  logger: Logger,
  options: HandoffDeliveryOptions = {},
): HandoffDelivery {
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
    submitter: new OutboxSubmitter(outbox, deliverer),
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
