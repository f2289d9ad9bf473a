import { ActivityHandler, type BotState, type StatePropertyAccessor, type TurnContext } from 'botbuilder';
import { runDialog, type Dialog, type DialogState } from 'botbuilder-dialogs';
import { DEFAULT_LANG, langFromLocale } from '../core/language/languages';
import type { ConversationProfile } from './conversationProfile';
import type { ReplyBuilder } from './replies';

export interface MieuxBotDependencies {
  readonly conversationState: BotState;
  readonly dialogState: StatePropertyAccessor<DialogState>;
  readonly profile: StatePropertyAccessor<ConversationProfile>;
  readonly dialog: Dialog;
  readonly replies: ReplyBuilder;
}

/** The bot: messages go to the dialogs, a new member gets the welcome, state is saved after every turn. */
export class MieuxBot extends ActivityHandler {
  constructor(private readonly deps: MieuxBotDependencies) {
    super();
    this.onMessage(async (context, next) => {
      await runDialog(deps.dialog, context, deps.dialogState);
      await next();
    });
    this.onMembersAdded(async (context, next) => {
      const botId = context.activity.recipient?.id;
      const newcomers = (context.activity.membersAdded ?? []).filter((m) => m.id !== botId);
      if (newcomers.length > 0) await this.welcome(context);
      await next();
    });
  }

  private async welcome(context: TurnContext): Promise<void> {
    const profile = await this.deps.profile.get(context, {});
    const lang = langFromLocale(context.activity.locale) ?? profile.lang ?? DEFAULT_LANG;
    const reply = this.deps.replies.welcome(lang);
    await context.sendActivity(reply.activity);
    profile.lang = lang;
    profile.offered = [...reply.offered];
    await this.deps.profile.set(context, profile);
  }

  override async run(context: TurnContext): Promise<void> {
    await super.run(context);
    await this.deps.conversationState.saveChanges(context, false);
  }
}
