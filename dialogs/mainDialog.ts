import {
  ComponentDialog,
  WaterfallDialog,
  type DialogTurnResult,
  type WaterfallStepContext,
} from 'botbuilder-dialogs';
import type { StatePropertyAccessor } from 'botbuilder';
import type { Recognizer } from '../src/core/understanding/recognizer';
import type { ReplyBuilder } from '../src/bot/replies';
import type { ConversationProfile } from '../src/bot/conversationProfile';

export const MAIN_DIALOG = 'mainDialog';
const ANSWER_WATERFALL = 'mainDialog.answer';

export interface MainDialogDependencies {
  readonly recognizer: Recognizer;
  readonly replies: ReplyBuilder;
  readonly profile: StatePropertyAccessor<ConversationProfile>;
}

/** No options today; the type keeps callers honest when some are added. */
export type MainDialogOptions = Record<string, never>;

/**
 * One question, one answer: understands the message and replies, keeping the language
 * and the buttons just offered as context for the next turn.
 */
export class MainDialog extends ComponentDialog<MainDialogOptions> {
  constructor(private readonly deps: MainDialogDependencies) {
    super(MAIN_DIALOG);
    this.addDialog(new WaterfallDialog(ANSWER_WATERFALL, [this.answerStep.bind(this)]));
    this.initialDialogId = ANSWER_WATERFALL;
  }

  private async answerStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const profile = await this.deps.profile.get(step.context, {});
    const recognition = await this.deps.recognizer.recognize({
      text: step.context.activity.text ?? '',
      locale: step.context.activity.locale,
      context: { lang: profile.lang, offered: profile.offered },
    });
    const reply = this.deps.replies.forRecognition(recognition);
    await step.context.sendActivity(reply.activity);

    // A language guessed from a fallback must not overwrite one the person has shown.
    if (recognition.langFromText || !profile.lang) profile.lang = recognition.lang;
    profile.offered = [...reply.offered];
    if (reply.entryId) profile.lastEntryId = reply.entryId;
    await this.deps.profile.set(step.context, profile);
    return step.endDialog();
  }
}
