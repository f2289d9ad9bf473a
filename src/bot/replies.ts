import { ActionTypes, ActivityTypes, MessageFactory, type Activity, type CardAction } from 'botbuilder';
import type { Lang } from '../core/language/languages';
import type { KnowledgeBase } from '../core/knowledge/types';
import { t, type StringKey } from '../core/i18n/strings';
import type { Recognition } from '../core/understanding/recognizer';

export interface Reply {
  readonly activity: Partial<Activity>;
  /** Entry ids offered as buttons: the context for the next message. */
  readonly offered: readonly string[];
  /** The entry answered, if any. */
  readonly entryId?: string;
}

/**
 * Turns what the bot understood into the message it sends. Buttons are suggested actions that
 * send an entry's title back, which the recognizer matches exactly.
 */
export class ReplyBuilder {
  private readonly email: string;

  constructor(private readonly kb: KnowledgeBase, contactEmail: string) {
    this.email = contactEmail;
  }

  private buttons(ids: readonly string[], lang: Lang): CardAction[] {
    return ids.map((id) => {
      const title = this.kb.entries.get(id)!.text[lang].title;
      return { type: ActionTypes.ImBack, title, value: title };
    });
  }

  private message(text: string, lang: Lang, offered: readonly string[], entryId?: string): Reply {
    const activity: Partial<Activity> = MessageFactory.text(text);
    activity.textFormat = 'markdown';
    activity.locale = lang;
    activity.inputHint = 'acceptingInput';
    if (offered.length > 0) activity.suggestedActions = { actions: this.buttons(offered, lang), to: [] };
    return entryId === undefined ? { activity, offered } : { activity, offered, entryId };
  }

  private say(key: StringKey, lang: Lang): string {
    return t(key, lang, { email: this.email });
  }

  answer(entryId: string, lang: Lang): Reply {
    const entry = this.kb.entries.get(entryId);
    if (!entry) throw new Error(`ReplyBuilder.answer(): no entry '${entryId}'`);
    return this.message(entry.text[lang].answer, lang, entry.followUps, entryId);
  }

  welcome(lang: Lang): Reply {
    return this.message(this.say('welcome', lang), lang, this.kb.conversation.mainTopics);
  }

  error(lang: Lang): Reply {
    return this.message(this.say('error', lang), lang, []);
  }

  /** The reply to anything the recognizer returns; one builder per kind, no branching on text. */
  forRecognition(r: Recognition): Reply {
    const main = this.kb.conversation.mainTopics;
    switch (r.kind) {
      case 'answer':
      case 'personalCase':
        return this.answer(r.entryId, r.lang);
      case 'clarify':
        return this.message(this.say('clarify', r.lang), r.lang, r.options);
      case 'notFound':
        return this.message(this.say('notFound', r.lang), r.lang, main);
      case 'empty':
        return this.message(this.say('empty', r.lang), r.lang, main);
      case 'smallTalk': {
        const offered = r.smallTalk === 'greeting' || r.smallTalk === 'help' ? main : [];
        return this.message(this.say(r.smallTalk, r.lang), r.lang, offered);
      }
    }
  }
}

export function isMessage(activity: Partial<Activity>): boolean {
  return activity.type === ActivityTypes.Message;
}
