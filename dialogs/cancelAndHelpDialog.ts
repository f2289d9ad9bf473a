import { t } from '../src/core/i18n/strings';
import { ActivityTypes } from 'botbuilder';
import { ComponentDialog, Dialog, type DialogContext, type DialogTurnResult } from 'botbuilder-dialogs';
import { DEFAULT_LANG, isLang, type Lang } from '../src/core/language/languages';
import type { FormCommands } from '../src/core/understanding/formCommands';
import type { QuestionAnswerer } from '../src/app/questionAnswerer';
import type { BotTurns } from '../src/hosting/botframework/botTurns';
import { textMessage } from '../src/hosting/botframework/replyActivity';

export interface InterruptionDependencies {
  readonly commands: FormCommands;
  readonly answerer: QuestionAnswerer;
  /** The application's view of each turn (the bot's own, shared with it). */
  readonly turns: BotTurns;
}

const FORM_LANG = 'formLang';

/**
 * The base of every form: "cancel" and "help" work at every step, and a question about MIEUX+
 * asked midway is answered before the form asks its question again. Subclasses say which
 * steps may be interrupted (a free-text message to the team may well contain a question).
 */
export abstract class CancelAndHelpDialog<O extends { readonly lang: Lang }> extends ComponentDialog<O> {
  constructor(
    id: string,
    private readonly interruptions: InterruptionDependencies,
  ) {
    super(id);
  }

  /** True when the text typed at this prompt should be tried as a question first. */
  protected abstract mayInterrupt(promptId: string | undefined, text: string): boolean;

  /** Called when the person cancels the form by typing "cancel", before it ends. */
  protected onCancel(_innerDc: DialogContext): void {}

  override async beginDialog(outerDc: DialogContext, options?: O): Promise<DialogTurnResult> {
    // Kept beside the component's own state: the form's language holds whatever the questions asked midway.
    const result = await super.beginDialog(outerDc, options);
    if (outerDc.activeDialog?.id === this.id && options) (outerDc.activeDialog.state as Record<string, unknown>)[FORM_LANG] = options.lang;
    return result;
  }

  protected formLang(innerDc: DialogContext): Lang {
    const lang = (innerDc.parent?.activeDialog?.state as Record<string, unknown> | undefined)?.[FORM_LANG];
    return isLang(lang) ? lang : DEFAULT_LANG;
  }

  protected override async onContinueDialog(innerDc: DialogContext): Promise<DialogTurnResult> {
    return (await this.interrupt(innerDc)) ?? super.onContinueDialog(innerDc);
  }

  private async interrupt(innerDc: DialogContext): Promise<DialogTurnResult | undefined> {
    const activity = innerDc.context.activity;
    if (activity.type !== ActivityTypes.Message) return undefined;
    const text = activity.text ?? '';
    const lang = this.formLang(innerDc);
    switch (this.interruptions.commands.detect(text)) {
      case 'cancel':
        this.onCancel(innerDc);
        await innerDc.context.sendActivity(textMessage(t('handoff.cancelled', lang), lang));
        return innerDc.cancelAllDialogs();
      case 'help':
        await innerDc.context.sendActivity(textMessage(t('handoff.formHelp', lang), lang));
        await innerDc.repromptDialog();
        return Dialog.EndOfTurn;
      case undefined:
        break;
    }
    if (!this.mayInterrupt(innerDc.activeDialog?.id, text)) return undefined;
    const turn = this.interruptions.turns.of(innerDc.context);
    const recognition = await this.interruptions.answerer.recognize(turn);
    if (recognition.kind !== 'answer' && recognition.kind !== 'personalCase') return undefined;
    await this.interruptions.answerer.reply(turn, recognition);
    await innerDc.context.sendActivity(textMessage(t('handoff.resume', lang), lang));
    await innerDc.repromptDialog();
    return Dialog.EndOfTurn;
  }
}
