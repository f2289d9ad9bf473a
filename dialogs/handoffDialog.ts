import { STRINGS, t, type StringKey } from '../src/core/i18n/strings';
import { MessageFactory, type Activity, type TurnContext } from 'botbuilder';
import {
  ChoicePrompt,
  ListStyle,
  TextPrompt,
  WaterfallDialog,
  type Choice,
  type DialogContext,
  type DialogTurnResult,
  type FoundChoice,
  type PromptValidator,
  type PromptValidatorContext,
  type WaterfallStep,
  type WaterfallStepContext,
} from 'botbuilder-dialogs';
import {
  AREAS,
  FIELDS,
  MAX_LENGTH,
  ROLES,
  checkTextField,
  type Area,
  type Field,
  type HandoffRequest,
  type Role,
  type TextField,
} from '../src/core/handoff/handoffRequest';
import { summaryMarkdown } from '../src/core/handoff/handoffMail';
import { areaLabelFor, type AreaLabel } from '../src/core/handoff/areaLabel';
import { handoffRequestKey } from '../src/core/handoff/requestKey';
import type { KnowledgeBase } from '../src/core/knowledge/types';
import type { YesNo, YesNoDetector } from '../src/core/understanding/yesNo';
import { DEFAULT_LANG, langFromLocale, type Lang } from '../src/core/language/languages';
import { textMessage } from '../src/hosting/botframework/replyActivity';
import { HandOver } from '../src/app/handoff/handOver';
import type { InsightsReporter } from '../src/app/insights/insightsReporter';
import type { HandoffStep } from '../src/core/insights/events';
import type { HandoffSubmitter } from '../src/app/handoff/handoffSubmitter';
import type { Logger } from '../src/logger';
import { CancelAndHelpDialog, type InterruptionDependencies } from './cancelAndHelpDialog';

export const HANDOFF_DIALOG = 'handoffDialog';

const FORM = 'handoffDialog.form';
const CONSENT_PROMPT = 'handoffDialog.consent';
const ROLE_PROMPT = 'handoffDialog.role';
const AREA_PROMPT = 'handoffDialog.area';
const CONFIRM_PROMPT = 'handoffDialog.confirm';
const FIELD_PROMPT = 'handoffDialog.whichField';
const TEXT_PROMPTS: Readonly<Record<TextField, string>> = {
  name: 'handoffDialog.name',
  email: 'handoffDialog.email',
  organisation: 'handoffDialog.organisation',
  country: 'handoffDialog.country',
  message: 'handoffDialog.message',
};
const ASK: Readonly<Record<TextField, StringKey>> = {
  name: 'handoff.askName',
  email: 'handoff.askEmail',
  organisation: 'handoff.askOrganisation',
  country: 'handoff.askCountry',
  message: 'handoff.askMessage',
};

export interface HandoffOptions {
  readonly lang: Lang;
}

/** The form as it fills in; it travels in the waterfall's options, so a correction restarts it with what is known. */
interface FormState {
  readonly lang: Lang;
  consented?: boolean;
  role?: Role;
  name?: string;
  email?: string;
  organisation?: string;
  country?: string;
  area?: Area;
  message?: string;
  /** The steps counted for the insights page so far: each once per hand-off, whatever a correction passes again. */
  reached?: HandoffStep[];
}

export interface HandoffDialogDependencies extends InterruptionDependencies {
  readonly kb: KnowledgeBase;
  /** "sí", "vale", "ok", "non merci" typed at the consent and confirm steps. */
  readonly yesNo: YesNoDetector;
  readonly teamEmail: string;
  readonly submitter: HandoffSubmitter;
  readonly logger: Logger;
  /** Counts each step reached, for the insights page's funnel. Optional. */
  readonly insights?: InsightsReporter;
}

/**
 * The hand-off to the MIEUX+ team: consent first, then one question at a time, a summary the
 * person can correct, and at the end a ready e-mail (a mailto: link that always works) — sent
 * by the bot itself as well when SMTP is configured. Details given in an earlier request of
 * the same conversation are not asked again, only shown in the summary.
 */
export class HandoffDialog extends CancelAndHelpDialog<HandoffOptions> {
  private readonly areaLabel: AreaLabel;
  private readonly handOver: HandOver;

  constructor(private readonly deps: HandoffDialogDependencies) {
    super(HANDOFF_DIALOG, deps);
    this.areaLabel = areaLabelFor(deps.kb);
    this.handOver = new HandOver({ teamEmail: deps.teamEmail, submitter: deps.submitter, areaLabel: this.areaLabel, logger: deps.logger });
    const textValidator = (field: TextField) => (prompt: PromptValidatorContext<string>) => this.validateText(field, prompt);
    for (const field of Object.keys(TEXT_PROMPTS) as TextField[]) this.addDialog(new TextPrompt(TEXT_PROMPTS[field], textValidator(field)));
    const choicePrompt = (id: string, validator?: PromptValidator<FoundChoice>): ChoicePrompt => {
      const prompt = new ChoicePrompt(id, validator);
      // No "the second one" or "2": the numbers recognizer's hundreds of regular expressions cost
      // about 10 ms a message (npm run bench), and the buttons and typed labels are enough.
      prompt.recognizerOptions = { recognizeNumbers: false, recognizeOrdinals: false };
      return prompt;
    };
    for (const id of [ROLE_PROMPT, AREA_PROMPT, FIELD_PROMPT]) this.addDialog(choicePrompt(id));
    // Consent: yes is "I agree", no is "no thanks". Confirm: yes is "prepare / send", no is "correct a detail".
    this.addDialog(choicePrompt(CONSENT_PROMPT, (prompt) => this.validateYesNo(prompt, { yes: 0, no: 1 })));
    this.addDialog(choicePrompt(CONFIRM_PROMPT, (prompt) => this.validateYesNo(prompt, { yes: 0, no: 1 })));
    const steps: WaterfallStep<FormState>[] = [
      this.consentStep.bind(this),
      this.consentResultStep.bind(this),
      this.roleStep.bind(this),
      this.textStep('name'),
      this.textStep('email'),
      this.textStep('organisation'),
      this.textStep('country'),
      this.areaStep.bind(this),
      this.textStep('message'),
      this.summaryStep.bind(this),
      this.confirmStep.bind(this),
      this.correctStep.bind(this),
    ];
    this.addDialog(new WaterfallDialog<FormState>(FORM, steps));
    this.initialDialogId = FORM;
  }

  protected override async onBeginDialog(
    innerDc: Parameters<CancelAndHelpDialog<HandoffOptions>['onBeginDialog']>[0],
    options?: HandoffOptions,
  ): Promise<DialogTurnResult> {
    const lang = options?.lang ?? DEFAULT_LANG;
    const profile = await this.deps.turns.of(innerDc.context).profile();
    const form: FormState = { lang, ...(profile.contact ?? {}), reached: [] };
    this.count(innerDc.context, form, 'started');
    return innerDc.beginDialog(FORM, form);
  }

  protected mayInterrupt(promptId: string | undefined, text: string): boolean {
    // A question mark tells a question from a name or a country; the message to the team may hold questions for the team.
    return promptId !== TEXT_PROMPTS.message && /[?¿]/.test(text);
  }

  private form(step: WaterfallStepContext<FormState>): FormState {
    return step.options;
  }

  /** A step reached, counted once per hand-off (never what was typed: only the step's name). */
  private count(context: TurnContext, form: FormState, what: HandoffStep): void {
    this.deps.insights?.handoffStep(this.deps.turns.of(context), what, form.lang, (form.reached ??= []));
  }

  protected override onCancel(innerDc: DialogContext): void {
    const form = innerDc.stack.find((instance) => instance.id === FORM)?.state as { options?: FormState } | undefined;
    if (form?.options) this.count(innerDc.context, form.options, 'cancelled');
  }

  /** The field the prompt of this step asks for; read by the next step. */
  private asking(step: WaterfallStepContext<FormState>): { asking?: Field | undefined } {
    return step.values;
  }

  /** Records what the previous step's prompt collected, whichever field it was. */
  private record(step: WaterfallStepContext<FormState>): void {
    const { asking } = this.asking(step);
    this.asking(step).asking = undefined;
    if (!asking || step.result === undefined) return;
    const form = this.form(step);
    if (asking === 'role') form.role = ROLES[(step.result as FoundChoice).index];
    else if (asking === 'area') form.area = AREAS[(step.result as FoundChoice).index];
    else {
      // The prompt's validator has already accepted it; this applies the same trimming.
      const checked = checkTextField(asking, step.result as string);
      if (checked.ok) form[asking] = checked.value;
    }
  }

  private choices(labels: readonly string[]): Choice[] {
    return labels.map((value) => ({ value, action: { type: 'imBack', title: value, value } }));
  }

  /** `retry`: what to say when the reply is none of the choices; by default, "pick one" and the question again. */
  private async choose(
    step: WaterfallStepContext<FormState>,
    promptId: string,
    text: string,
    labels: readonly string[],
    retry?: string,
  ): Promise<DialogTurnResult> {
    const lang = this.form(step).lang;
    return step.prompt(promptId, {
      prompt: MessageFactory.text(text),
      retryPrompt: MessageFactory.text(retry ?? `${t('handoff.pickOne', lang)} ${text}`),
      choices: this.choices(labels),
      style: ListStyle.suggestedAction,
    });
  }

  /**
   * A typed yes or no counts as the choice it means, before botbuilder's own matching of the
   * button labels: its partial matching would read "no sé" as the "No, thanks" button.
   */
  private async validateYesNo(prompt: PromptValidatorContext<FoundChoice>, meaning: Readonly<Record<YesNo, number>>): Promise<boolean> {
    const answer = this.deps.yesNo.detect(prompt.context.activity.text ?? '');
    const index = answer === undefined ? undefined : meaning[answer];
    const choice = index === undefined ? undefined : (prompt.options.choices as Choice[] | undefined)?.[index];
    if (index !== undefined && choice) {
      prompt.recognized.value = { value: choice.value, index, score: 1 };
      return true;
    }
    return prompt.recognized.succeeded;
  }

  private async consentStep(step: WaterfallStepContext<FormState>): Promise<DialogTurnResult> {
    const form = this.form(step);
    if (form.consented) return step.next();
    const text = t(this.deps.submitter.delivers ? 'handoff.consentSmtp' : 'handoff.consentMailto', form.lang, {
      email: this.deps.teamEmail,
    });
    const labels = [STRINGS['handoff.consentYes'][form.lang], STRINGS['handoff.consentNo'][form.lang]];
    // A refused reply gets a short nudge with the buttons, not the whole paragraph again.
    return this.choose(step, CONSENT_PROMPT, text, labels, t('handoff.answerYesNo', form.lang));
  }

  private async consentResultStep(step: WaterfallStepContext<FormState>): Promise<DialogTurnResult> {
    const form = this.form(step);
    if (!form.consented) {
      if ((step.result as FoundChoice).index !== 0) {
        this.count(step.context, form, 'consentRefused');
        await step.context.sendActivity(textMessage(t('handoff.noConsent', form.lang, { email: this.deps.teamEmail }), form.lang));
        return step.endDialog();
      }
      form.consented = true;
      this.count(step.context, form, 'consentGiven');
    }
    return step.next();
  }

  private async roleStep(step: WaterfallStepContext<FormState>): Promise<DialogTurnResult> {
    const form = this.form(step);
    this.count(step.context, form, 'role');
    if (form.role) return step.next();
    this.asking(step).asking = 'role';
    return this.choose(
      step,
      ROLE_PROMPT,
      t('handoff.askRole', form.lang),
      ROLES.map((r) => STRINGS[`role.${r}`][form.lang]),
    );
  }

  private textStep(field: TextField): WaterfallStep<FormState> {
    return async (step) => {
      this.record(step);
      const form = this.form(step);
      this.count(step.context, form, field);
      if (form[field] !== undefined) return step.next();
      this.asking(step).asking = field;
      const text = t(ASK[field], form.lang, { max: String(MAX_LENGTH[field]) });
      return step.prompt(TEXT_PROMPTS[field], { prompt: textMessage(text, form.lang) });
    };
  }

  private async validateText(field: TextField, prompt: PromptValidatorContext<string>): Promise<boolean> {
    const checked = checkTextField(field, prompt.recognized.value ?? '');
    if (checked.ok) return true;
    const options = prompt.options;
    const lang = langFromLocale((options.prompt as Partial<Activity> | undefined)?.locale) ?? DEFAULT_LANG;
    const problem: Readonly<Record<typeof checked.problem, StringKey>> = {
      empty: 'handoff.empty',
      tooLong: 'handoff.tooLong',
      invalidEmail: 'handoff.invalidEmail',
    };
    const max = String(MAX_LENGTH[field]);
    const explanation = t(problem[checked.problem], lang, { max });
    // The retry says why and asks again in one message (the invalid-e-mail text already asks).
    const again = checked.problem === 'invalidEmail' ? explanation : `${explanation} ${t(ASK[field], lang, { max })}`;
    options.retryPrompt = textMessage(again, lang);
    return false;
  }

  private async areaStep(step: WaterfallStepContext<FormState>): Promise<DialogTurnResult> {
    this.record(step);
    const form = this.form(step);
    this.count(step.context, form, 'area');
    if (form.area) return step.next();
    this.asking(step).asking = 'area';
    return this.choose(
      step,
      AREA_PROMPT,
      t('handoff.askArea', form.lang),
      AREAS.map((a) => this.areaLabel(a, form.lang)),
    );
  }

  private request(form: FormState): HandoffRequest {
    const { lang, role, name, email, organisation, country, area, message } = form;
    if (!role || !name || !email || !organisation || !country || !area || !message)
      throw new Error('HandoffDialog.request(): the form reached its summary with a field missing');
    return { lang, role, name, email, organisation, country, area, message };
  }

  private async summaryStep(step: WaterfallStepContext<FormState>): Promise<DialogTurnResult> {
    this.record(step);
    const form = this.form(step);
    this.count(step.context, form, 'summary');
    const sends = this.deps.submitter.delivers;
    const summary = `${t(sends ? 'handoff.summarySmtp' : 'handoff.summary', form.lang)}\n\n${summaryMarkdown(this.request(form), this.areaLabel)}`;
    await step.context.sendActivity(textMessage(summary, form.lang));
    const labels = (
      [sends ? 'handoff.confirmSend' : 'handoff.confirmPrepare', 'handoff.confirmCorrect', 'handoff.confirmCancel'] as const
    ).map((k) => t(k, form.lang));
    const question = t('handoff.askConfirm', form.lang);
    return this.choose(step, CONFIRM_PROMPT, question, labels, `${t('handoff.answerYesNo', form.lang)} ${question}`);
  }

  private async confirmStep(step: WaterfallStepContext<FormState>): Promise<DialogTurnResult> {
    const form = this.form(step);
    switch ((step.result as FoundChoice).index) {
      case 0: {
        const queued = await this.handOver.complete(
          this.deps.turns.of(step.context),
          this.request(form),
          handoffRequestKey(step.context.activity),
        );
        this.count(step.context, form, queued ? 'queued' : 'mailto');
        return step.endDialog();
      }
      case 1:
        return this.choose(
          step,
          FIELD_PROMPT,
          t('handoff.askWhichField', form.lang),
          FIELDS.map((f) => STRINGS[`field.${f}`][form.lang]),
        );
      default:
        this.count(step.context, form, 'cancelled');
        await step.context.sendActivity(textMessage(t('handoff.cancelled', form.lang), form.lang));
        return step.endDialog();
    }
  }

  private async correctStep(step: WaterfallStepContext<FormState>): Promise<DialogTurnResult> {
    const field = FIELDS[(step.result as FoundChoice).index];
    // The form again with that one detail unknown, so it is asked again.
    const form: FormState = { ...this.form(step), ...(field ? { [field]: undefined } : {}) };
    return step.replaceDialog(FORM, form);
  }
}
