import { randomUUID } from 'node:crypto';
import { doubtRecord, questionRecord, minuteOf, type Vote } from '../../core/curation/curationRecords';
import { asksAgain } from '../../core/curation/rephrase';
import { scrubPersonalData } from '../../core/curation/scrubPersonalData';
import { t } from '../../core/i18n/strings';
import { DEFAULT_LANG, isLang, langFromLocale, perLanguage, type Lang, type Localized } from '../../core/language/languages';
import { SPELLING_DICTIONARIES, type WordList } from '../../core/language/spellingDictionary';
import { stemmerFor, type StemFn } from '../../core/language/stemmers';
import type { Recognition } from '../../core/understanding/recognizer';
import type { ConversationProfile } from '../conversationProfile';
import type { ReplyBuilder } from '../replies';
import { textPlan, type Button, type FeedbackValue, type ReplyPlan } from '../replyPlan';
import type { Turn } from '../turn';
import type { CurationRecorder } from './curationRecorder';

/** What the insights page counts of votes and questions asked again (app/insights/insightsReporter.ts implements it). */
export interface FeedbackInsights {
  vote(turn: Turn, vote: Vote, entryId: string, lang: Lang): void;
  askedAgain(turn: Turn, entryId: string, lang: Lang): void;
}

export interface CurationDependencies {
  /** Where records go; questions and votes are recorded only with one. */
  readonly recorder: CurationRecorder | undefined;
  /** Record the questions the bot could not answer. */
  readonly recordQuestions: boolean;
  /** Offer helpful / not helpful after an answer. */
  readonly offerFeedback: boolean;
  readonly replies: ReplyBuilder;
  /** The team's address, in the reply to "not helpful". */
  readonly email: string;
  readonly now?: () => Date;
  /** Votes and questions asked again, counted for the insights page. Optional. */
  readonly insights?: FeedbackInsights;
  /** The spelling dictionaries the stemmers look words up in, to tell a question asked again (by default the shipped ones, as LocalRecognizer's). */
  readonly spelling?: Localized<WordList>;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The value of a press of a feedback button: a value with `feedback`, whatever the message's text. */
function feedbackValueOf(value: unknown): Partial<FeedbackValue> | undefined {
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
  private readonly stemmers: Localized<StemFn>;

  constructor(private readonly deps: CurationDependencies) {
    this.now = deps.now ?? (() => new Date());
    const spelling = deps.spelling ?? SPELLING_DICTIONARIES;
    this.stemmers = perLanguage((lang) => stemmerFor(lang, spelling[lang]));
  }

  /**
   * After a question was answered (or not), records for curators, scrubbed: questions it could
   * not answer, answers won by a small lead, and the previous answer when this message asks the
   * same again in other words. The question just answered is kept in the profile (scrubbed)
   * until the next message, for that comparison and for a "not helpful" vote.
   */
  noteRecognition(turn: Turn, recognition: Recognition, profile: ConversationProfile): void {
    const recorder = this.deps.recorder;
    if (!recorder || !this.deps.recordQuestions) return;
    const text = turn.text;
    const now = this.now();
    const record = questionRecord(recognition, text, now);
    if (record) this.onCommit(turn, () => recorder.recordQuestion(record));
    const previous = profile.lastQuestion;
    const isQuestion = recognition.kind === 'answer' || recognition.kind === 'clarify' || recognition.kind === 'notFound';
    if (previous && isQuestion && asksAgain(previous.text, scrubPersonalData(text), previous.lang, this.stemmers[previous.lang])) {
      const again = doubtRecord('rephrased', previous, now);
      this.onCommit(turn, () => recorder.recordQuestion(again));
      this.deps.insights?.askedAgain(turn, previous.entryId, previous.lang);
    }
    if (recognition.kind === 'answer')
      profile.lastQuestion = { text: scrubPersonalData(text), entryId: recognition.entryId, lang: recognition.lang };
    else delete profile.lastQuestion;
  }

  /**
   * The reply with helpful / not helpful after its other buttons, for an answer from the
   * knowledge base; any other reply as it was. The buttons are suggested actions, like the
   * follow-ups: they vanish with the next message, so they never pile up in the conversation.
   */
  withFeedback(plan: ReplyPlan, recognition: Recognition, profile: ConversationProfile): ReplyPlan {
    if (!this.deps.offerFeedback) return plan;
    if (recognition.kind !== 'answer') {
      // Buttons still showing for an earlier answer (cards in Teams stay) no longer count.
      delete profile.feedback;
      return plan;
    }
    // 48 random bits. randomUUID draws from a pooled buffer; randomBytes asks the system every
    // time, which cost more than the rest of the feedback buttons together (npm run bench).
    const token = randomUUID().slice(0, 13).replace('-', '');
    profile.feedback = { token, entryId: recognition.entryId, lang: recognition.lang };
    // The value tells the bot it is a vote, whatever the text of the press.
    const vote = (feedback: Vote): Button => ({
      kind: 'vote',
      title: t(`feedback.${feedback}`, recognition.lang),
      value: { feedback, entryId: recognition.entryId, token },
    });
    return { ...plan, buttons: [...plan.buttons, vote('up'), vote('down')] };
  }

  /** True for a press of a feedback button, which handleFeedback takes; a plain check, so other messages cost nothing. */
  isFeedbackPress(turn: Turn): boolean {
    return feedbackValueOf(turn.value) !== undefined;
  }

  /**
   * Takes a press of a feedback button, before anything tries to understand it as a question.
   * Returns false for any other message. A vote counts once, and only for the conversation's
   * latest reply, when that was an answer with these buttons; any other press is thanked and
   * not counted (so a client cannot vote for answers it was never given, or vote twice).
   */
  async handleFeedback(turn: Turn): Promise<boolean> {
    const value = feedbackValueOf(turn.value);
    if (!value) return false;
    const profile = await turn.profile();
    const pending = profile.feedback;
    const counted =
      value.feedback !== undefined &&
      value.token !== undefined &&
      pending !== undefined &&
      value.token === pending.token &&
      value.entryId === pending.entryId;
    const lang =
      (counted && isLang(pending.lang) ? pending.lang : undefined) ?? profile.lang ?? langFromLocale(turn.locale) ?? DEFAULT_LANG;
    const vote = value.feedback ?? 'up';
    let reply = textPlan(t(vote === 'up' ? 'feedback.thanksUp' : 'feedback.thanksDown', lang, { email: this.deps.email }), lang);
    if (counted) {
      const entryId = pending.entryId;
      delete profile.feedback;
      // The buttons of the answer vanished with the press: offer its follow-ups again.
      if (profile.lastEntryId === entryId) reply = { ...reply, buttons: this.followUpsOf(entryId, lang) };
      const recorder = this.deps.recorder;
      if (recorder) this.onCommit(turn, () => recorder.recordFeedback({ entryId, vote, lang, at: minuteOf(this.now()) }));
      this.deps.insights?.vote(turn, vote, entryId, lang);
      // The question behind a "not helpful" answer is what a curator needs to mend it.
      const question = profile.lastQuestion;
      if (recorder && this.deps.recordQuestions && vote === 'down' && question?.entryId === entryId) {
        const record = doubtRecord('downvoted', question, this.now());
        this.onCommit(turn, () => recorder.recordQuestion(record));
      }
    }
    await turn.send(reply);
    return true;
  }

  /** The buttons of an entry's answer; none for an entry the knowledge base no longer has (state from before a redeploy). */
  private followUpsOf(entryId: string, lang: Lang): readonly Button[] {
    try {
      return this.deps.replies.answer(entryId, lang).plan.buttons;
    } catch {
      return [];
    }
  }

  private onCommit(turn: Turn, record: () => void): void {
    turn.afterCommit(async () => record());
  }
}
