import { ActivityTypes, type BotState, type StatePropertyAccessor, type TurnContext } from 'botbuilder';
import { DialogSet, type Dialog, type DialogState } from 'botbuilder-dialogs';
import type { Curation } from '../../app/curation/curation';
import type { QuestionAnswerer } from '../../app/questionAnswerer';
import type { Welcomer } from '../../app/welcome';
import { langFromLocale, type Lang } from '../../core/language/languages';
import { activityLocale } from './activityLocale';
import type { BotTurns } from './botTurns';
import { runCommittedTurn } from './committedTurn';
import { welcomePlan } from './welcomePlan';

export interface MieuxBotDependencies {
  readonly conversationState: BotState;
  readonly dialogState: StatePropertyAccessor<DialogState>;
  readonly turns: BotTurns;
  /** The hand-off form, begun when a person asks to contact the team; an active form gets their messages first. */
  readonly handoffDialog: Dialog<{ lang: Lang }>;
  readonly answerer: QuestionAnswerer;
  readonly welcomer: Welcomer;
  /** Takes presses of the helpful / not helpful buttons; optional. */
  readonly curation?: Curation;
}

type TurnHandler = (context: TurnContext) => Promise<void>;

/**
 * The bot on the Bot Framework: a message continues the active dialog if there is one, and is
 * otherwise answered as a question; a new member (or, in Teams, an installation) gets the welcome;
 * state is saved after every turn. What each does is the application's (src/app/).
 * Why a dispatch table and not ActivityHandler: docs/architecture.md#activity-dispatch-mieuxbotts
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
    const turn = this.deps.turns.of(context);
    // A feedback press is never a question, nor an answer to a form's question.
    const curation = this.deps.curation;
    if (curation?.isFeedbackPress(turn) && (await curation.handleFeedback(turn))) return;
    // Most turns are single questions: building a dialog context for them costs more than
    // answering, so the dialog stack is only touched when a dialog is running.
    const state = await this.deps.dialogState.get(context);
    if (state && state.dialogStack.length > 0) {
      const dc = await this.dialogSet.createContext(context);
      await dc.continueDialog();
      return;
    }
    const recognition = await this.deps.answerer.answer(turn);
    if (recognition.kind === 'handoff') {
      const dc = await this.dialogSet.createContext(context);
      await dc.beginDialog(this.deps.handoffDialog.id, { lang: recognition.lang });
    }
  }

  private welcome(context: TurnContext): Promise<void> {
    return this.deps.welcomer.welcome(
      this.deps.turns.of(context),
      welcomePlan(context.activity),
      langFromLocale(activityLocale(context.activity)),
    );
  }
}
