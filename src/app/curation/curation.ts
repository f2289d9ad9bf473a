import { randomUUID } from 'node:crypto';
import { ActionTypes, type Activity, type CardAction, type StatePropertyAccessor, type TurnContext } from 'botbuilder';
import { doubtRecord, questionRecord, minuteOf, type Vote } from '../../core/curation/curationRecords';
import { asksAgain } from '../../core/curation/rephrase';
import { scrubPersonalData } from '../../core/curation/scrubPersonalData';
import { FEEDBACK_STRINGS, feedbackText } from '../../core/curation/feedbackStrings';
import { DEFAULT_LANG, isLang, langFromLocale, type Lang } from '../../core/language/languages';
import type { Recognition } from '../../core/understanding/recognizer';
import { afterCommit, isCommitPending } from '../../hosting/botframework/committedTurn';
import type { ConversationProfile } from '../conversationProfile';
import { textMessage, type ReplyBuilder } from '../replies';
import type { CurationRecorder } from './curationRecorder';

/** What a helpful / not helpful button sends back (a messageBack's value). */
export interface FeedbackValue {
  readonly feedback: Vote;
  readonly entryId: string;
  /** Names the answer it is about: one vote per answer, and none for answers never given. */
  readonly token: string;
}

export interface CurationDependencies {
  /** Where records go; questions and votes are recorded only with one. */
  readonly recorder: CurationRecorder | undefined;
  /** Record the questions the bot could not answer. */
  readonly recordQuestions: boolean;
  /** Offer helpful / not helpful after an answer. */
  readonly offerFeedback: boolean;
  readonly profile: StatePropertyAccessor<ConversationProfile>;
  readonly replies: ReplyBuilder;
  /** The team's address, in the reply to "not helpful". */
  readonly email: string;
  readonly now?: () => Date;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A message that is a press of a feedback button: it carries a value with `feedback`, whatever its text. */
export function feedbackValueOf(activity: Partial<Activity>): Partial<FeedbackValue> | undefined {
  const value: unknown = activity.value;
  if (!isRecord(value) || !('feedback' in value)) return undefined;
  return {
    ...(value.feedback === 'up' || value.feedback === 'down' ? { feedback: value.feedback } : {}),
    ...(typeof value.entryId === 'string' ? { entryId: value.entryId } : {}),
    ...(typeof value.token === 'string' ? { token: value.token } : {}),
  };
}

/**
 * The bot's side of the curator's loop: records (scrubbed) the questions it could not answer,
 * offers helpful / not helpful after an answer, and takes the votes. Records go to the
 * CurationRecorder only once the turn is committed, so a turn run again after an eTag conflict
 * is recorded once; the recorder never makes a turn wait for storage.
 */
export class Curation {
  private readonly now: () => Date;

  constructor(private readonly deps: CurationDependencies) {
    this.now = deps.now ?? (() => new Date());
  }

  /**
   * After a question was answered (or not), records for curators, scrubbed: questions it could
   * not answer, answers won by a small lead, and the previous answer when this message asks the
   * same again in other words. The question just answered is kept in the profile (scrubbed)
   * until the next message, for that comparison and for a "not helpful" vote.
   */
  noteRecognition(context: TurnContext, recognition: Recognition, profile: ConversationProfile): void {
    const recorder = this.deps.recorder;
    if (!recorder || !this.deps.recordQuestions) return;
    const text = context.activity.text ?? '';
    const now = this.now();
    const record = questionRecord(recognition, text, now);
    if (record) this.onCommit(context, () => recorder.recordQuestion(record));
    const previous = profile.lastQuestion;
    const isQuestion = recognition.kind === 'answer' || recognition.kind === 'clarify' || recognition.kind === 'notFound';
    if (previous && isQuestion && asksAgain(previous.text, scrubPersonalData(text), previous.lang)) {
      const again = doubtRecord('rephrased', previous, now);
      this.onCommit(context, () => recorder.recordQuestion(again));
    }
    if (recognition.kind === 'answer') profile.lastQuestion = { text: scrubPersonalData(text), entryId: recognition.entryId, lang: recognition.lang };
    else delete profile.lastQuestion;
  }

  /**
   * The reply with helpful / not helpful after its other buttons, for an answer from the
   * knowledge base; any other reply as it was. The buttons are suggested actions, like the
   * follow-ups: they vanish with the next message, so they never pile up in the conversation.
   */
  withFeedback(activity: Partial<Activity>, recognition: Recognition, profile: ConversationProfile): Partial<Activity> {
    if (!this.deps.offerFeedback) return activity;
    if (recognition.kind !== 'answer') {
      // Buttons still showing for an earlier answer (cards in Teams stay) no longer count.
      delete profile.feedback;
      return activity;
    }
    // 48 random bits. randomUUID draws from a pooled buffer; randomBytes asks the system every
    // time, which cost more than the rest of the feedback buttons together (npm run bench).
    const token = randomUUID().slice(0, 13).replace('-', '');
    profile.feedback = { token, entryId: recognition.entryId, lang: recognition.lang };
    const action = (vote: Vote): CardAction => {
      const title = FEEDBACK_STRINGS[vote][recognition.lang];
      const value: FeedbackValue = { feedback: vote, entryId: recognition.entryId, token };
      // messageBack: the value tells the bot it is a vote; the text and displayText show the
      // press in the transcript (Web Chat hides a messageBack without displayText, and the
      // embedded Direct Line keeps the text but not the displayText).
      return { type: ActionTypes.MessageBack, title, text: title, displayText: title, value };
    };
    const actions = [...(activity.suggestedActions?.actions ?? []), action('up'), action('down')];
    return { ...activity, suggestedActions: { actions, to: activity.suggestedActions?.to ?? [] } };
  }

  /** True for a press of a feedback button, which handleFeedback takes; a plain check, so other messages cost nothing. */
  isFeedbackPress(activity: Partial<Activity>): boolean {
    return feedbackValueOf(activity) !== undefined;
  }

  /**
   * Takes a press of a feedback button, before anything tries to understand it as a question.
   * Returns false for any other message. A vote counts once, and only for the conversation's
   * latest reply, when that was an answer with these buttons; any other press is thanked and
   * not counted (so a client cannot vote for answers it was never given, or vote twice).
   */
  async handleFeedback(context: TurnContext): Promise<boolean> {
    const value = feedbackValueOf(context.activity);
    if (!value) return false;
    const profile = await this.deps.profile.get(context, {});
    const pending = profile.feedback;
    const counted = value.feedback !== undefined && value.token !== undefined && pending !== undefined && value.token === pending.token && value.entryId === pending.entryId;
    const lang = (counted && isLang(pending.lang) ? pending.lang : undefined) ?? profile.lang ?? langFromLocale(context.activity.locale) ?? DEFAULT_LANG;
    const vote = value.feedback ?? 'up';
    const reply = textMessage(feedbackText(vote === 'up' ? 'thanksUp' : 'thanksDown', lang, { email: this.deps.email }), lang);
    if (counted) {
      const entryId = pending.entryId;
      delete profile.feedback;
      // The buttons of the answer vanished with the press: offer its follow-ups again.
      if (profile.lastEntryId === entryId) {
        const again = this.followUpsOf(entryId, lang);
        if (again) reply.suggestedActions = again;
      }
      const recorder = this.deps.recorder;
      if (recorder) this.onCommit(context, () => recorder.recordFeedback({ entryId, vote, lang, at: minuteOf(this.now()) }));
      // The question behind a "not helpful" answer is what a curator needs to mend it.
      const question = profile.lastQuestion;
      if (recorder && this.deps.recordQuestions && vote === 'down' && question?.entryId === entryId) {
        const record = doubtRecord('downvoted', question, this.now());
        this.onCommit(context, () => recorder.recordQuestion(record));
      }
    }
    await context.sendActivity(reply);
    return true;
  }

  /** The buttons of an entry's answer; none for an entry the knowledge base no longer has (state from before a redeploy). */
  private followUpsOf(entryId: string, lang: Lang): Activity['suggestedActions'] | undefined {
    try {
      return this.deps.replies.answer(entryId, lang).activity.suggestedActions;
    } catch {
      return undefined;
    }
  }

  private onCommit(context: TurnContext, record: () => void): void {
    // Outside a committed turn (a test driving the answerer alone) there is nothing to wait for.
    if (isCommitPending(context)) afterCommit(context, async () => record());
    else record();
  }
}
