import type { StatePropertyAccessor, TurnContext } from 'botbuilder';
import type { ConversationProfile } from '../../app/conversationProfile';
import type { ReplyPlan } from '../../app/replyPlan';
import type { Turn } from '../../app/turn';
import { channelOf } from '../../core/insights/events';
import { afterCommit, isCommitPending } from './committedTurn';
import { toActivity } from './replyActivity';
import type { TurnCommitRecord } from './turnCommitRecord';

const TURN = Symbol('application turn');

/**
 * The application's Turn for a Bot Framework turn: the activity's text, locale and value, the
 * profile in the conversation state, replies sent as activities, and work after the commit of
 * runCommittedTurn. One per TurnContext, so the bot and its dialogs share it.
 */
export class BotTurns {
  constructor(
    private readonly profile: StatePropertyAccessor<ConversationProfile>,
    private readonly commits?: TurnCommitRecord,
  ) {}

  of(context: TurnContext): Turn {
    const known = context.turnState.get<Turn | undefined>(TURN);
    if (known) return known;
    const turn = this.create(context);
    context.turnState.set(TURN, turn);
    return turn;
  }

  private create(context: TurnContext): Turn {
    const { profile, commits } = this;
    const activity = context.activity;
    return {
      text: activity.text ?? '',
      locale: activity.locale,
      value: activity.value as unknown,
      channel: channelOf(activity.channelId),
      profile: () => profile.get(context, {}),
      send: async (plan: ReplyPlan) => {
        await context.sendActivity(toActivity(plan));
      },
      afterCommit: (work) => {
        // Outside a committed turn (a test driving a part alone) there is nothing to wait for.
        if (isCommitPending(context)) afterCommit(context, work);
        else void work();
      },
      listInCommit: async (id) => (commits && isCommitPending(context) ? commits.record(context, id) : undefined),
    };
  }
}
