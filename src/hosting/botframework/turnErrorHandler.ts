import type { BotState, TurnContext } from 'botbuilder';
import { DEFAULT_LANG, langFromLocale } from '../../core/language/languages';
import { errorKind, type Logger } from '../../logger';
import { ChannelDeliveryError, StateCommitError } from '../../errors';
import type { ReplyBuilder } from '../../app/replies';
import { toActivity } from './replyActivity';

/**
 * The last resort for an error inside a turn: log its kind (never the message, which may carry
 * what the person wrote), apologise in the person's language, and drop the conversation state so
 * a broken dialog cannot fail again on the next message.
 */
export function createTurnErrorHandler(logger: Logger, replies: ReplyBuilder, conversationState: BotState) {
  return async (context: TurnContext, error: Error): Promise<void> => {
    logger.error('turn error', { kind: errorKind(error), channel: context.activity.channelId, type: context.activity.type });
    const lang = langFromLocale(context.activity.locale) ?? DEFAULT_LANG;
    if (error instanceof StateCommitError) {
      // Nothing of the turn was saved, and the stored state is the last good one: it stays, so
      // the person can send the same message again (a form keeps its place). The person is told
      // so, and that a request to the team was not sent: its outbox item waits for a commit
      // that will not come (see OutboxDeliverer).
      await context.sendActivity(toActivity(replies.notSaved(lang).plan));
      return;
    }
    try {
      await conversationState.delete(context);
    } catch (deleteError) {
      logger.error('could not clear conversation state', { kind: errorKind(deleteError) });
    }
    // When the channel itself refused a reply, an apology would only be refused again.
    if (isDeliveryFailure(error)) throw error;
    await context.sendActivity(toActivity(replies.error(lang).plan));
  };
}

/** A reply the channel's serviceUrl did not take (BotAdapter.sendActivities); a storage error is not one. */
function isDeliveryFailure(error: unknown): boolean {
  return error instanceof ChannelDeliveryError;
}
