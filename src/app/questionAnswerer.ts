import type { StatePropertyAccessor, TurnContext } from 'botbuilder';
import type { Recognition, Recognizer } from '../core/understanding/recognizer';
import type { Curation } from './curation/curation';
import type { ConversationProfile } from './conversationProfile';
import type { AnswerableRecognition, ReplyBuilder } from './replies';

export interface QuestionAnswererDependencies {
  readonly recognizer: Recognizer;
  readonly replies: ReplyBuilder;
  readonly profile: StatePropertyAccessor<ConversationProfile>;
  /** The curator's loop: records unanswered questions, offers helpful / not helpful. Optional. */
  readonly curation?: Curation;
}

/**
 * One question, one answer: understands the message, replies, and keeps the language and the
 * buttons just offered as context for the next turn. A single turn needs no dialog stack;
 * forms live in dialogs/ and use this for questions asked midway.
 */
export class QuestionAnswerer {
  constructor(private readonly deps: QuestionAnswererDependencies) {}

  /** `profile`, here and in `reply`: the conversation profile, when the caller has read it already. */
  async recognize(context: TurnContext, profile?: ConversationProfile): Promise<Recognition> {
    profile ??= await this.deps.profile.get(context, {});
    const recognition = await this.deps.recognizer.recognize({
      text: context.activity.text ?? '',
      locale: context.activity.locale,
      context: { lang: profile.lang, offered: profile.offered },
    });
    // A language guessed from a fallback must not overwrite one the person has shown.
    if (recognition.langFromText || !profile.lang) profile.lang = recognition.lang;
    return recognition;
  }

  /** `asQuestion`: a message answered on its own, not a question asked midway through a form. */
  async reply(context: TurnContext, recognition: AnswerableRecognition, asQuestion = false, profile?: ConversationProfile): Promise<void> {
    profile ??= await this.deps.profile.get(context, {});
    const reply = this.deps.replies.forRecognition(recognition);
    const curation = asQuestion ? this.deps.curation : undefined;
    await context.sendActivity(curation ? curation.withFeedback(reply.activity, recognition, profile) : reply.activity);
    profile.offered = [...reply.offered];
    if (reply.entryId) profile.lastEntryId = reply.entryId;
  }

  /** Understands and answers; a wish to contact the team is returned unanswered, for the caller to start the form. */
  async answer(context: TurnContext): Promise<Recognition> {
    const profile = await this.deps.profile.get(context, {});
    const recognition = await this.recognize(context, profile);
    if (recognition.kind !== 'handoff') await this.reply(context, recognition, true, profile);
    // Only here: in a form, what does not look like a question is a name, an e-mail or a message.
    this.deps.curation?.noteRecognition(context, recognition, profile);
    return recognition;
  }
}
