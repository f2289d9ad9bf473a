import { ActivityTypes, type BotState, type StatePropertyAccessor, type TurnContext } from 'botbuilder';
import { DialogSet, type Dialog, type DialogState } from 'botbuilder-dialogs';
import { DEFAULT_LANG, langFromLocale, type Lang } from '../../core/language/languages';
import { activityLocale } from './activityLocale';
import { welcomePlan } from './welcomePlan';
import { runCommittedTurn } from './committedTurn';
import type { Curation } from '../../app/curation/curation';
import type { ConversationProfile } from '../../app/conversationProfile';
import type { QuestionAnswerer } from '../../app/questionAnswerer';
import type { ReplyBuilder } from '../../app/replies';

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

type TurnHandler = (context: TurnContext) => Promise<void>;

/**
 * The bot: a message continues the active dialog if there is one, and is otherwise answered as a
 * question; a new member (or, in Teams, an installation) gets the welcome; state is saved after every turn.
 *
 * Activities are dispatched by type from a table rather than through botbuilder's
 * ActivityHandler: it handles three types, and the handler's event chain cost more per turn than
 * answering a question does (`npm run bench`). Any other type (typing, events, invokes) is left
 * alone without reading state; an invoke nobody answers gets botbuilder's 501.
 */
export class MieuxBot {
  private readonly dialogSet: DialogSet;
  private readonly handlers: Readonly<Partial<Record<string, TurnHandler>>>;

  constructor(private readonly deps: MieuxBotDependencies) {
    this.dialogSet = new DialogSet(deps.dialogState).add(deps.handoffDialog);
    // Who gets which welcome, and how often, depends on the channel: see welcomePlan.
    const welcome: TurnHandler = (context) => this.welcome(context);
    this.handlers = {
      [ActivityTypes.Message]: (context) => this.onMessageTurn(context),
      [ActivityTypes.ConversationUpdate]: welcome,
      [ActivityTypes.InstallationUpdate]: welcome,
    };
  }

  /** Several instances may run turns of one conversation at once: see runCommittedTurn. */
  run(context: TurnContext): Promise<void> {
    const handler = this.handlers[context.activity.type];
    return handler ? runCommittedTurn(context, [this.deps.conversationState], () => handler(context)) : Promise.resolve();
  }

  private async onMessageTurn(context: TurnContext): Promise<void> {
    // A feedback press is never a question, nor an answer to a form's question.
    const curation = this.deps.curation;
    if (curation?.isFeedbackPress(context.activity) && (await curation.handleFeedback(context))) return;
    // Most turns are single questions: building a dialog context for them costs more than
    // answering, so the dialog stack is only touched when a dialog is running.
    const state = await this.deps.dialogState.get(context);
    if (state && state.dialogStack.length > 0) {
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
}
