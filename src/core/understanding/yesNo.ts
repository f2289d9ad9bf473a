import { LANGUAGES } from '../language/languages';
import { normalise } from '../language/normalise';
import { tokenise } from '../language/tokenise';
import type { ConversationData } from '../knowledge/types';
import { PhraseList } from './phraseList';

export type YesNo = 'yes' | 'no';

/** A reply of yes or no is short; anything longer says more than that and is not taken as one. */
const MAX_WORDS = 6;

/**
 * "sí", "vale", "yes please", "non merci" typed at a form's yes/no or confirm step. Only a whole
 * message counts, and politeness around it ("sí, gracias"); one that holds anything else, or both
 * a yes and a no ("no sé, sí"), is not an answer. Every language is accepted whatever the form's
 * language: people type "ok" in any.
 */
export class YesNoDetector {
  private readonly phrases: PhraseList;
  private readonly meaning = new Map<string, YesNo>();
  /** Words that may surround the answer without changing it: the thanks of small talk. */
  private readonly politeness: PhraseList;

  constructor(conversation: ConversationData) {
    const all: string[] = [];
    for (const answer of ['yes', 'no'] as const) {
      for (const lang of LANGUAGES) {
        for (const phrase of conversation[answer][lang]) {
          const key = tokenise(normalise(phrase)).join(' ');
          // A phrase listed under both stays ambiguous rather than taking whichever came last.
          if (this.meaning.has(key) && this.meaning.get(key) !== answer)
            throw new Error(`YesNoDetector: '${phrase}' is listed as both yes and no`);
          this.meaning.set(key, answer);
          all.push(phrase);
        }
      }
    }
    this.phrases = new PhraseList(all);
    this.politeness = new PhraseList([
      ...LANGUAGES.flatMap((l) => conversation.smallTalk.thanks[l]),
      'please',
      'por favor',
      "s'il vous plaît",
      's il te plait',
    ]);
  }

  detect(text: string): YesNo | undefined {
    const tokens = tokenise(normalise(text));
    if (tokens.length === 0 || tokens.length > MAX_WORDS) return undefined;
    // Politeness first ("oui, merci beaucoup"), or the answer first where a thanks holds it ("okay, thanks").
    return this.answerIn(this.politeness.remove(tokens).rest) ?? this.answerIn(tokens, true);
  }

  private answerIn(tokens: readonly string[], thenPoliteness = false): YesNo | undefined {
    const split = this.phrases.split(tokens);
    const rest = thenPoliteness ? this.politeness.remove(split.rest).rest : split.rest;
    if (split.found.length === 0 || rest.length > 0) return undefined;
    const answers = new Set(split.found.map((f) => this.meaning.get(f)));
    return answers.size === 1 ? [...answers][0] : undefined;
  }
}
