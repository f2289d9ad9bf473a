import type { Recognition, Recognizer } from '../core/understanding/recognizer';
import type { ConversationProfile } from './conversationProfile';
import type { AnswerableRecognition, ReplyBuilder } from './replies';
import type { ReplyPlan } from './replyPlan';
import type { Turn } from './turn';

/** What the curator's loop (app/curation/curation.ts) adds to answering: records, and helpful / not helpful. */
export interface AnswerCuration {
  withFeedback(plan: ReplyPlan, recognition: Recognition, profile: ConversationProfile): ReplyPlan;
  noteRecognition(turn: Turn, recognition: Recognition, profile: ConversationProfile): void;
}

/** What the insights page (app/insights/insightsReporter.ts) counts of answering; declared here so this folder does not import that one. */
export interface AnswerInsights {
  noteMessage(turn: Turn, recognition: Recognition, profile: ConversationProfile): void;
  noteReply(turn: Turn, recognition: Recognition, plan: ReplyPlan, profile: ConversationProfile): void;
}

export interface QuestionAnswererDependencies {
  readonly recognizer: Recognizer;
  readonly replies: ReplyBuilder;
  /** The curator's loop: records unanswered questions, offers helpful / not helpful. Optional. */
  readonly curation?: AnswerCuration;
  /** Counts for the insights page, after the turn commits. Optional. */
  readonly insights?: AnswerInsights;
}

/**
 * One question, one answer: understands the message, replies, and keeps the language and the
 * buttons just offered as context for the next turn. A single turn needs no dialog stack;
 * forms live in dialogs/ and use this for questions asked midway.
 */
export class QuestionAnswerer {
  constructor(private readonly deps: QuestionAnswererDependencies) {}

  /** `profile`, here and in `reply`: the conversation profile, when the caller has read it already. */
  async recognize(turn: Turn, profile?: ConversationProfile): Promise<Recognition> {
    profile ??= await turn.profile();
    const recognition = await this.deps.recognizer.recognize({
      text: turn.text,
      locale: turn.locale,
      context: { lang: profile.lang, offered: profile.offered },
    });
    // A language guessed from a fallback must not overwrite one the person has shown.
    if (recognition.langFromText || !profile.lang) profile.lang = recognition.lang;
    return recognition;
  }

  /** `asQuestion`: a message answered on its own, not a question asked midway through a form. */
  async reply(turn: Turn, recognition: AnswerableRecognition, asQuestion = false, profile?: ConversationProfile): Promise<void> {
    profile ??= await turn.profile();
    const reply = this.deps.replies.forRecognition(recognition);
    const curation = asQuestion ? this.deps.curation : undefined;
    await turn.send(curation ? curation.withFeedback(reply.plan, recognition, profile) : reply.plan);
    this.deps.insights?.noteReply(turn, recognition, reply.plan, profile);
    profile.offered = [...reply.offered];
    if (reply.entryId) profile.lastEntryId = reply.entryId;
  }

  /** Understands and answers; a wish to contact the team is returned unanswered, for the caller to start the form. */
  async answer(turn: Turn): Promise<Recognition> {
    const profile = await turn.profile();
    const recognition = await this.recognize(turn, profile);
    this.deps.insights?.noteMessage(turn, recognition, profile);
    if (recognition.kind !== 'handoff') await this.reply(turn, recognition, true, profile);
    // Only here: in a form, what does not look like a question is a name, an e-mail or a message.
    this.deps.curation?.noteRecognition(turn, recognition, profile);
    return recognition;
  }
}
