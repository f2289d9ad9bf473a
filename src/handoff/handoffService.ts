import type { TurnContext } from 'botbuilder';
import type { HandoffRequest } from '../core/handoff/handoffRequest';
import { afterCommit, isCommitPending } from '../bot/committedTurn';
import type { OutboxDeliverer } from './outboxDeliverer';
import type { HandoffOutbox } from './outbox';

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
  ) {}

  async submit(request: HandoffRequest, key: string, context?: TurnContext): Promise<void> {
    await this.outbox.enqueue(request, key);
    // Not awaited: the person's turn must not wait on SMTP. Once the turn's state is committed,
    // so that a turn run again after a conflict cannot have its first run's request sent already.
    const kick = async (): Promise<void> => void this.deliverer.kick();
    if (context && isCommitPending(context)) afterCommit(context, kick);
    else await kick();
  }
}
