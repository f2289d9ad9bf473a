import type { TurnContext } from 'botbuilder';
import type { HandoffRequest } from '../../core/handoff/handoffRequest';
import { afterCommit, isCommitPending } from '../../hosting/botframework/committedTurn';
import type { OutboxDeliverer } from '../../adapters/smtp/outboxDeliverer';
import type { HandoffOutbox } from './outbox';
import type { TurnCommitRecord } from '../../hosting/botframework/turnCommitRecord';

/** What the hand-off form needs to know and do at its end. */
export interface HandoffSubmitter {
  /** True when the bot e-mails requests itself (SMTP configured); else only the mailto: link is offered. */
  readonly delivers: boolean;
  /**
   * Stores the request for delivery and returns at once; the e-mail goes out in the background.
   * `key` names the request: the same key twice is one request.
   */
  submit(request: HandoffRequest, key: string, context?: TurnContext): Promise<void>;
}

/** With no SMTP server the person sends the prepared e-mail themselves. */
export const MAILTO_ONLY: HandoffSubmitter = {
  delivers: false,
  submit: () => Promise.reject(new Error('MAILTO_ONLY.submit(): no SMTP server is configured')),
};

export class OutboxSubmitter implements HandoffSubmitter {
  readonly delivers = true;

  constructor(
    private readonly outbox: HandoffOutbox,
    private readonly deliverer: OutboxDeliverer,
    private readonly commits: TurnCommitRecord,
  ) {}

  /**
   * Inside a committed turn (runCommittedTurn) the request is written to the outbox now, but may
   * be sent only once the turn's state, which lists its key, is committed: if the state cannot be
   * written, or the process dies first, the person was never told it was sent, and it is not. A
   * retry of the same confirming message names the same key: the same request, sent once.
   */
  async submit(request: HandoffRequest, key: string, context?: TurnContext): Promise<void> {
    if (!context || !isCommitPending(context)) {
      await this.outbox.enqueue(request, key);
      void this.deliverer.kick();
      return;
    }
    const stateKey = await this.commits.record(context, key);
    await this.outbox.enqueue(request, key, { stateKey });
    // Not awaited: the person's turn waits neither on SMTP nor on this write. Should the write
    // fail, the worker finds the key in the committed state itself.
    afterCommit(context, async () => {
      void this.outbox
        .confirm(key)
        .catch(() => undefined)
        .then(() => this.deliverer.kick());
    });
  }
}
