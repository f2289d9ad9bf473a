import type { HandoffRequest } from '../../core/handoff/handoffRequest';
import type { Turn } from '../turn';
import type { HandoffOutbox } from './outbox';

/** What the hand-off form needs to know and do at its end. */
export interface HandoffSubmitter {
  /** True when the bot e-mails requests itself (SMTP configured); else only the mailto: link is offered. */
  readonly delivers: boolean;
  /**
   * Stores the request for delivery and returns at once; the e-mail goes out in the background.
   * `key` names the request: the same key twice is one request.
   */
  submit(request: HandoffRequest, key: string, turn?: Turn): Promise<void>;
}

/** With no SMTP server the person sends the prepared e-mail themselves. */
export const MAILTO_ONLY: HandoffSubmitter = {
  delivers: false,
  submit: () => Promise.reject(new Error('MAILTO_ONLY.submit(): no SMTP server is configured')),
};

/** Whatever sends what the outbox holds (adapters/smtp/outboxDeliverer.ts): told to look now. */
export interface OutboxWorker {
  kick(): Promise<void>;
}

export class OutboxSubmitter implements HandoffSubmitter {
  readonly delivers = true;

  constructor(
    private readonly outbox: HandoffOutbox,
    private readonly worker: OutboxWorker,
  ) {}

  /**
   * Inside a turn that commits its state the request is written to the outbox now, but may be
   * sent only once the turn's state, which lists its key, is committed: if the state cannot be
   * written, or the process dies first, the person was never told it was sent, and it is not. A
   * retry of the same confirming message names the same key: the same request, sent once.
   */
  async submit(request: HandoffRequest, key: string, turn?: Turn): Promise<void> {
    const stateKey = await turn?.listInCommit(key);
    if (stateKey === undefined) {
      await this.outbox.enqueue(request, key);
      void this.worker.kick();
      return;
    }
    await this.outbox.enqueue(request, key, { stateKey });
    // Not awaited: the person's turn waits neither on SMTP nor on this write. Should the write
    // fail, the worker finds the key in the committed state itself.
    turn?.afterCommit(async () => {
      void this.outbox
        .confirm(key)
        .catch(() => undefined)
        .then(() => this.worker.kick());
    });
  }
}
