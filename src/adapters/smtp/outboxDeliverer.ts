import { randomUUID } from 'node:crypto';
import type { DocumentStorage } from '../../app/storage/documentStorage';
import type { Area, HandoffRequest } from '../../core/handoff/handoffRequest';
import { composeHandoffMail } from '../../core/handoff/handoffMail';
import type { Lang } from '../../core/language/languages';
import { errorKind, type Logger } from '../../logger';
import type { Mailer } from './mailer';
import type { HandoffOutbox, OutboxItem } from '../../app/handoff/outbox';
import { stateLists } from '../../app/handoff/commitRecord';

export interface DelivererOptions {
  readonly from: string;
  readonly to: string;
  readonly areaLabel: (area: Area, lang: Lang) => string;
  /** How often pending requests are looked at (new ones are sent at once). */
  readonly pollMs: number;
  /** How long a claim holds before another worker may take the item. */
  readonly leaseMs: number;
  /** Where conversation states are read, to see whether the turn that wrote an item committed. */
  readonly stateStorage?: DocumentStorage;
  /**
   * An item whose turn has not committed after this long never will (a turn's commit ends
   * within about two minutes of its start: COMMIT_DEADLINE_MS), so it is discarded.
   */
  readonly unconfirmedTtlMs?: number;
}

/** Far longer than any turn: see COMMIT_DEADLINE_MS. */
export const UNCONFIRMED_TTL_MS = 3_600_000;

/**
 * Sends what the outbox holds, in the background: a request is e-mailed once, removed when the
 * SMTP server took it, and retried with backoff when it did not — also after a restart, since
 * the outbox lives in storage. Logs ids and error kinds, never the request's content.
 */
export class OutboxDeliverer {
  private readonly worker = `worker-${randomUUID()}`;
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private again = false;
  private stopped = false;

  constructor(
    private readonly outbox: HandoffOutbox,
    private readonly mailer: Mailer,
    private readonly logger: Logger,
    private readonly options: DelivererOptions,
  ) {}

  start(): void {
    this.stopped = false;
    this.timer = setInterval(() => void this.kick(), this.options.pollMs);
    this.timer.unref();
    void this.kick();
  }

  /** Looks at the outbox now (after a new request); returns when that pass is done. */
  kick(): Promise<void> {
    if (this.stopped) return Promise.resolve();
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = this.pass()
      .catch((error: unknown) => this.logger.error('handoff outbox pass failed', { kind: errorKind(error) }))
      .finally(() => {
        this.running = undefined;
        if (this.again && !this.stopped) {
          this.again = false;
          void this.kick();
        }
      });
    return this.running;
  }

  /** Stops polling and waits for a send in progress. */
  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    await this.running;
  }

  private async pass(): Promise<void> {
    for (const id of await this.outbox.pendingIds()) {
      if (this.stopped) return;
      if (!(await this.turnCommitted(id))) continue;
      const item = await this.outbox.claim(id, this.worker, this.options.leaseMs);
      if (!item) continue;
      try {
        await this.mailer.send(this.mail(item.id, item.request));
      } catch (error) {
        const failed = await this.outbox.fail(item, errorKind(error));
        this.logger.warn('handoff e-mail not delivered, will retry', {
          id,
          attempts: failed.attempts,
          kind: failed.lastErrorKind,
          retryAt: new Date(failed.nextAttemptAt).toISOString(),
        });
        continue;
      }
      await this.outbox.complete(id);
      this.logger.info('handoff e-mail delivered', { id, attempts: item.attempts + 1 });
    }
  }

  /**
   * Whether the item may be sent: its turn is known to have committed, or the conversation state
   * shows it did (then the item is marked so). An item whose turn has not committed within
   * unconfirmedTtlMs is discarded: the person was never told it was sent.
   */
  private async turnCommitted(id: string): Promise<boolean> {
    const item = await this.outbox.get(id);
    if (!item?.awaitingCommit) return true;
    if (await this.stateShows(item)) {
      await this.outbox.confirm(id);
      return true;
    }
    if (this.outbox.now() - item.createdAt >= (this.options.unconfirmedTtlMs ?? UNCONFIRMED_TTL_MS)) {
      await this.outbox.discard(id);
      this.logger.warn('handoff request discarded: the turn that confirmed it never committed', { id });
    }
    return false;
  }

  private async stateShows(item: OutboxItem): Promise<boolean> {
    const stateKey = item.awaitingCommit?.stateKey;
    if (!stateKey || !this.options.stateStorage) return false;
    const found = await this.options.stateStorage.read([stateKey]);
    return stateLists(found[stateKey], item.id);
  }

  private mail(id: string, request: HandoffRequest) {
    const mail = composeHandoffMail(request, this.options.to, this.options.areaLabel);
    return {
      from: this.options.from,
      to: this.options.to,
      replyTo: request.email,
      subject: mail.subject,
      text: mail.body,
      messageId: `<handoff-${id}@mieux-bot.invalid>`,
    };
  }
}
