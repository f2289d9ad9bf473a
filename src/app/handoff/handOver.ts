import { STRINGS, t } from '../../core/i18n/strings';
import type { AreaLabel } from '../../core/handoff/areaLabel';
import { composeHandoffMail, copyableMail, displayUserText } from '../../core/handoff/handoffMail';
import type { HandoffRequest } from '../../core/handoff/handoffRequest';
import { errorKind, type Logger } from '../../logger';
import { textPlan } from '../replyPlan';
import type { Turn } from '../turn';
import type { HandoffSubmitter } from './handoffSubmitter';

export interface HandOverDependencies {
  readonly teamEmail: string;
  readonly submitter: HandoffSubmitter;
  readonly areaLabel: AreaLabel;
  readonly logger: Logger;
}

/**
 * The end of the hand-off form, once the person has confirmed: the request goes to the outbox
 * when the bot e-mails requests itself, and the person always gets the prepared e-mail (a mailto:
 * link that works without the bot), told plainly whether it was sent.
 */
export class HandOver {
  constructor(private readonly deps: HandOverDependencies) {}

  /**
   * `key` names the request (core/handoff/requestKey.ts): the same confirmation twice is one request.
   * Resolves true when the request is in the outbox for the bot to send, false when the person has only the prepared e-mail.
   */
  async complete(turn: Turn, request: HandoffRequest, key: string): Promise<boolean> {
    const { teamEmail, submitter, areaLabel, logger } = this.deps;
    const mail = composeHandoffMail(request, teamEmail, areaLabel);
    let delivered = false;
    if (submitter.delivers) {
      try {
        await submitter.submit(request, key, turn);
        delivered = true;
      } catch (error) {
        // The mailto: link below still gets the request to the team; the person is not told it was sent.
        logger.error('handoff request could not be stored for delivery', { kind: errorKind(error) });
      }
    }
    const values = { email: teamEmail, replyTo: displayUserText(request.email) };
    // The card's button is the one link; without a delivery, the text to copy is for webmail users.
    const text = delivered
      ? t('handoff.sentSmtp', request.lang, values)
      : `${t('handoff.readyMailto', request.lang, values)}\n\n${copyableMail(mail, request.lang)}`;
    const button = { kind: 'open', title: STRINGS['handoff.mailtoButton'][request.lang], url: mail.mailto } as const;
    await turn.send({ ...textPlan(text, request.lang), cards: [{ buttons: [button] }] });
    // The request is done: its contact details are not kept in the conversation (a later request asks again).
    const profile = await turn.profile();
    delete profile.contact;
    return delivered;
  }
}
