import { ActivityHandler, type BotState, type StatePropertyAccessor, type TurnContext } from 'botbuilder';
import { DialogSet, type Dialog, type DialogState } from 'botbuilder-dialogs';
import { DEFAULT_LANG, langFromLocale, type Lang } from '../core/language/languages';
import { activityLocale } from './channels/activityLocale';
import { welcomePlan } from './channels/welcomePlan';
import { runCommittedTurn } from './committedTurn';
import type { Curation } from '../curation/curation';
import type { ConversationProfile } from './conversationProfile';
import type { QuestionAnswerer } from './questionAnswerer';
import type { ReplyBuilder } from './replies';

export interface MieuxBotDependencies {
  readonly conversationState: BotState;
  readonly dialogState: StatePropertyAccessor<DialogState>;
  readonly profile: StatePropertyAccessor<ConversationProfile>;
  /** The hand-off form, begun when a person asks to contact the team; an active form gets their messages first. */
  readonly handoffDialog: Dialog<{ lang: Lang }>;
  readonly answerer: QuestionAnswerer;
  readonly replies: ReplyBuilder;
  /** Takes presses of the helpful / not helpful buttons; optional. */
  readonly curation?: Curation;
}

/**
 * The bot: a message continues the active dialog if there is one, and is otherwise answered as a
 * question; a new member (or, in Teams, an installation) gets the welcome; state is saved after every turn.
 */
export class MieuxBot extends ActivityHandler {
  private readonly dialogSet: DialogSet;

  constructor(private readonly deps: MieuxBotDependencies) {
    super();
    this.dialogSet = new DialogSet(deps.dialogState).add(deps.handoffDialog);
    this.onMessage(async (context, next) => {
      await this.onMessageTurn(context);
      await next();
    });
    // Who gets which welcome, and how often, depends on the channel: see welcomePlan.
    this.onMembersAdded(async (context, next) => {
      await this.welcome(context);
      await next();
    });
    this.onInstallationUpdate(async (context, next) => {
      await this.welcome(context);
      await next();
    });
  }

  private async onMessageTurn(context: TurnContext): Promise<void> {
    // A feedback press is never a question, nor an answer to a form's question.
    if (await this.deps.curation?.handleFeedback(context)) return;
    // Most turns are single questions: building a dialog context for them costs more than
    // answering, so the dialog stack is only touched when a dialog is running.
    const state = await this.deps.dialogState.get(context, { dialogStack: [] });
    if (state.dialogStack.length > 0) {
      const dc = await this.dialogSet.createContext(context);
      await dc.continueDialog();
      return;
    }
    const recognition = await this.deps.answerer.answer(context);
    if (recognition.kind === 'handoff') {
      const dc = await this.dialogSet.createContext(context);
      await dc.beginDialog(this.deps.handoffDialog.id, { lang: recognition.lang });
    }
  }

  private async welcome(context: TurnContext): Promise<void> {
    const plan = welcomePlan(context.activity);
    if (plan.kind === 'none') return;
    const profile = await this.deps.profile.get(context, {});
    if (plan.kind === 'forget') {
      delete profile.welcomed;
      await this.deps.profile.set(context, profile);
      return;
    }
    if (plan.once && profile.welcomed) return;
    const lang = langFromLocale(activityLocale(context.activity)) ?? profile.lang ?? DEFAULT_LANG;
    const reply = plan.kind === 'intro' ? this.deps.replies.intro(lang) : this.deps.replies.welcome(lang);
    await context.sendActivity(reply.activity);
    profile.lang = lang;
    profile.offered = [...reply.offered];
    if (plan.once) profile.welcomed = true;
    await this.deps.profile.set(context, profile);
  }

  /** Several instances may run turns of one conversation at once: see runCommittedTurn. */
  override async run(context: TurnContext): Promise<void> {
    await runCommittedTurn(context, [this.deps.conversationState], () => super.run(context));
  }
}
