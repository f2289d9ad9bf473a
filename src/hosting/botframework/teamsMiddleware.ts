import { ActivityTypes, type Middleware, type TurnContext } from 'botbuilder';
import { annotateRequest } from '../../logger';
import { forTeams } from './replyActivity';
import { isButtonPress } from './teams/teamsButtons';
import { isSharedScope, isTeams } from './teams/teamsConversation';
import { mentionsBot, removeBotMentions } from './teams/teamsMentions';

/**
 * Everything the bot does differently in Microsoft Teams, in one place, so the bot, its dialogs
 * and the replies stay channel-neutral: incoming, messages not for the bot are dropped and its
 * @mention removed; outgoing, buttons become cards and Markdown is rewritten. Other channels pass
 * through untouched. Details: docs/architecture.md#teams-middleware-teamsmiddlewarets
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
