import type { StatePropertyAccessor, TurnContext } from 'botbuilder';
import type { Recognition, Recognizer } from '../core/understanding/recognizer';
import type { ConversationProfile } from './conversationProfile';
import type { ReplyBuilder } from './replies';

export interface QuestionAnswererDependencies {
  readonly recognizer: Recognizer;
  readonly replies: ReplyBuilder;
  readonly profile: StatePropertyAccessor<ConversationProfile>;
}

/**
 * One question, one answer: understands the message, replies, and keeps the language and the
 * buttons just offered as context for the next turn. A single turn needs no dialog stack;
 * multi-turn conversations (forms) live in dialogs/ and call this for questions asked midway.
 */
export class QuestionAnswerer {
  constructor(private readonly deps: QuestionAnswererDependencies) {}

  async answer(context: TurnContext): Promise<Recognition> {
    const profile = await this.deps.profile.get(context, {});
    const recognition = await this.deps.recognizer.recognize({
      text: context.activity.text ?? '',
      locale: context.activity.locale,
      context: { lang: profile.lang, offered: profile.offered },
    });
    const reply = this.deps.replies.forRecognition(recognition);
    await context.sendActivity(reply.activity);

    // A language guessed from a fallback must not overwrite one the person has shown.
    if (recognition.langFromText || !profile.lang) profile.lang = recognition.lang;
    profile.offered = [...reply.offered];
    if (reply.entryId) profile.lastEntryId = reply.entryId;
    await this.deps.profile.set(context, profile);
    return recognition;
  }
}
