import { ActivityTypes, type Middleware, type TurnContext } from 'botbuilder';
import { annotateRequest } from '../../logger';
import { forTeams } from './replyActivity';
import { isButtonPress } from './teams/teamsButtons';
import { isSharedScope, isTeams } from './teams/teamsConversation';
import { mentionsBot, removeBotMentions } from './teams/teamsMentions';

/**
 * Everything the bot does differently in Microsoft Teams, in one place, so the bot, its dialogs
 * and the replies stay channel-neutral:
 *
 * - Incoming: in a group chat or a channel, a message that neither @mentions the bot nor comes
 *   from one of its card buttons is not for the bot. It is dropped before the bot runs, so there
 *   is no reply and no state is read or written. Every other message has the bot's @mention
 *   removed from its text before anything reads it.
 * - Outgoing: every message sent in the turn (answers, form prompts, the turn error apology) has
 *   its suggested actions turned into card buttons and its Markdown rewritten for Teams.
 *
 * Other channels pass through untouched.
 */
export class TeamsMiddleware implements Middleware {
  async onTurn(context: TurnContext, next: () => Promise<void>): Promise<void> {
    const activity = context.activity;
    if (!isTeams(activity)) return next();

    if (activity.type === ActivityTypes.Message) {
      if (isSharedScope(activity) && !mentionsBot(activity) && !isButtonPress(activity)) {
        annotateRequest({ ignored: 'not-mentioned' });
        return;
      }
      removeBotMentions(activity);
    }

    context.onSendActivities(async (_context, activities, sendNext) => {
      activities.forEach((activity, i) => (activities[i] = forTeams(activity)));
      return sendNext();
    });
    return next();
  }
}
