import { randomUUID } from 'node:crypto';
import type { Area, HandoffRequest } from '../core/handoff/handoffRequest';
import { composeHandoffMail } from '../core/handoff/handoffMail';
import type { Lang } from '../core/language/languages';
import { errorKind, type Logger } from '../logger';
import type { Mailer } from './mailer';
import type { HandoffOutbox } from './outbox';

export interface DelivererOptions {
  readonly from: string;
  readonly to: string;
  readonly areaLabel: (area: Area, lang: Lang) => string;
  /** How often pending requests are looked at (new ones are sent at once). */
  readonly pollMs: number;
  /** How long a claim holds before another worker may take the item. */
  readonly leaseMs: number;
}

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
    this.timer = setInterval(() => this.kick(), this.options.pollMs);
    this.timer.unref();
    this.kick();
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
      const item = await this.outbox.claim(id, this.worker, this.options.leaseMs);
      if (!item) continue;
      try {
        await this.mailer.send(this.mail(item.id, item.request));
      } catch (error) {
        const failed = await this.outbox.fail(item, errorKind(error));
        this.logger.warn('handoff e-mail not delivered, will retry', { id, attempts: failed.attempts, kind: failed.lastErrorKind, retryAt: new Date(failed.nextAttemptAt).toISOString() });
        continue;
      }
      await this.outbox.complete(id);
      this.logger.info('handoff e-mail delivered', { id, attempts: item.attempts + 1 });
    }
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
