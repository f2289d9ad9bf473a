import { STRINGS, t, type StringKey } from '../core/i18n/strings';
import type { Lang } from '../core/language/languages';
import { answerText, answerTexts } from '../core/knowledge/answerText';
import type { Entry, KnowledgeBase } from '../core/knowledge/types';
import type { Recognition } from '../core/understanding/recognizer';
import { textPlan, type ReplyPlan } from './replyPlan';

/**
 * After an answer: at most this many follow-ups, then the one way to reach the team, then
 * helpful / not helpful: on a 390 px phone more buttons wrap onto rows that hide the answer.
 */
export const MAX_FOLLOW_UPS = 3;

export interface Reply {
  readonly plan: ReplyPlan;
  /** Entry ids offered as buttons: the context for the next message. */
  readonly offered: readonly string[];
  /** The entry answered, if any. */
  readonly entryId?: string;
}

/** Everything the recognizer returns except a wish to contact the team, which starts a form instead. */
export type AnswerableRecognition = Exclude<Recognition, { kind: 'handoff' }>;

/**
 * Turns what the bot understood into the message it sends, as a plan. Buttons send an entry's
 * title back, which the recognizer matches exactly; after the participation answers and after
 * "I don't know" comes one more, to contact the MIEUX+ team (the only contact button: see message()).
 */
export class ReplyBuilder {
  private readonly handoffAfter: ReadonlySet<string>;

  constructor(
    private readonly kb: KnowledgeBase,
    private readonly email: string,
  ) {
    this.handoffAfter = new Set(kb.conversation.handoffAfter);
  }

  /**
   * One way to reach the team: the contact entry ("Contact") and the hand-off ("Contact the MIEUX+
   * team") side by side read as the same button, so the contact entry is never offered as a
   * button; where it would have been, the hand-off is, once, last. Its consent message gives the
   * team's address too, so someone who only wanted the address has it one tap away. Someone who
   * types "contact" still gets the contact entry's answer.
   */
  private message(
    text: string,
    lang: Lang,
    topics: readonly string[],
    options: { entryId?: string; handoff?: boolean; max?: number } = {},
  ): Reply {
    const contact = this.kb.conversation.contactEntry;
    const offered = topics.filter((id) => id !== contact).slice(0, options.max ?? topics.length);
    const titles = offered.map((id) => this.entry(id).text[lang].title);
    if (options.handoff || topics.includes(contact)) titles.push(STRINGS['handoff.button'][lang]);
    const plan = textPlan(text, lang, titles);
    return options.entryId === undefined ? { plan, offered } : { plan, offered, entryId: options.entryId };
  }

  private say(key: StringKey, lang: Lang): string {
    return t(key, lang, { email: this.email });
  }

  private entry(entryId: string): Entry {
    const entry = this.kb.entries.get(entryId);
    if (!entry) throw new Error(`ReplyBuilder.answer(): no entry '${entryId}'`);
    return entry;
  }

  /** After a participation answer, or an answer saying the brochure does not tell, comes the button to write to the team. */
  private offersHandoff(entry: Entry): boolean {
    return this.handoffAfter.has(entry.id) || entry.kind === 'not-in-brochure';
  }

  /**
   * An entry's answer with its follow-ups; with `also`, a message that asked two things gets the
   * second answer too, and the follow-ups of the one read last.
   */
  answer(entryId: string, lang: Lang, also?: string): Reply {
    const entry = this.entry(entryId);
    const max = MAX_FOLLOW_UPS;
    if (also === undefined || also === entryId) {
      return this.message(answerText(entry, lang), lang, entry.followUps, { entryId, handoff: this.offersHandoff(entry), max });
    }
    const second = this.entry(also);
    const followUps = second.followUps.filter((id) => id !== entryId);
    const handoff = this.offersHandoff(entry) || this.offersHandoff(second);
    return this.message(answerTexts(entry, second, lang), lang, followUps, { entryId, handoff, max });
  }

  welcome(lang: Lang): Reply {
    return this.message(this.say('bot.welcome', lang), lang, this.kb.conversation.mainTopics);
  }

  /** The short introduction where several people talk (a Teams channel or group chat): how to ask, no buttons. */
  intro(lang: Lang): Reply {
    return this.message(this.say('bot.intro', lang), lang, []);
  }

  error(lang: Lang): Reply {
    return this.message(this.say('bot.error', lang), lang, []);
  }

  /** The turn's state could not be written, so nothing of it took effect (a request to the team included). */
  notSaved(lang: Lang): Reply {
    return this.message(this.say('bot.notSaved', lang), lang, []);
  }

  /** The reply to anything the recognizer returns; one builder per kind, no branching on text. */
  forRecognition(r: AnswerableRecognition): Reply {
    const main = this.kb.conversation.mainTopics;
    switch (r.kind) {
      case 'answer':
        return this.answer(r.entryId, r.lang, r.also?.[0]);
      case 'personalCase':
        return this.answer(r.entryId, r.lang);
      case 'clarify':
        // A guess may be wrong: the team is offered beside it.
        return this.message(this.say('bot.clarify', r.lang), r.lang, r.options, { handoff: true });
      case 'notFound':
        return this.message(this.say('bot.notFound', r.lang), r.lang, main, { handoff: true });
      case 'empty':
        return this.message(this.say('bot.empty', r.lang), r.lang, main);
      case 'smallTalk': {
        const offered = r.smallTalk === 'greeting' || r.smallTalk === 'help' ? main : [];
        return this.message(this.say(`bot.${r.smallTalk}`, r.lang), r.lang, offered);
      }
    }
  }
}
