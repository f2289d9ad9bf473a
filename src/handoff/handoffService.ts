import type { HandoffRequest } from '../core/handoff/handoffRequest';
import type { OutboxDeliverer } from './outboxDeliverer';
import type { HandoffOutbox } from './outbox';

/** What the hand-off form needs to know and do at its end. */
export interface HandoffSubmitter {
  /** True when the bot e-mails requests itself (SMTP configured); else only the mailto: link is offered. */
  readonly delivers: boolean;
  /** Stores the request for delivery and returns at once; the e-mail goes out in the background. */
  submit(request: HandoffRequest): Promise<void>;
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

  async submit(request: HandoffRequest): Promise<void> {
    await this.outbox.enqueue(request);
    // Not awaited: the person's turn must not wait on SMTP.
    void this.deliverer.kick();
  }
}
