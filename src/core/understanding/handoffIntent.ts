import { LANGUAGES, type Lang, type Localized } from '../language/languages';
import { normalise } from '../language/normalise';
import { tokenise } from '../language/tokenise';
import type { HandoffCues } from '../knowledge/types';
import { HANDOFF_STRINGS } from '../handoff/handoffStrings';
import { compileCues, type PhraseList } from './phraseList';

/**
 * Someone who wants to take part or be put in touch ("quiero participar", "put me in touch"),
 * as opposed to someone asking how taking part works, who gets the knowledge-base answer.
 * The "contact the team" button's own label always counts.
 */
export class HandoffIntentDetector {
  private readonly cues: Localized<Readonly<Record<keyof HandoffCues, PhraseList>>>;
  private readonly buttons: ReadonlySet<string>;

  constructor(cues: Localized<HandoffCues>) {
    this.cues = compileCues(cues);
    this.buttons = new Set(LANGUAGES.map((l) => tokenise(normalise(HANDOFF_STRINGS.button[l])).join(' ')));
  }

  wantsHandoff(tokens: readonly string[], lang: Lang): boolean {
    // The button is pressed in any language the person reads; its label is never a question.
    if (this.buttons.has(tokens.join(' '))) return true;
    const cues = this.cues[lang];
    // "How do I contact the team?" asks for the address; "contact the team" asks to be put in touch.
    if (cues.notWhen.occursIn(tokens)) return false;
    return cues.direct.occursIn(tokens) || (cues.wish.occursIn(tokens) && cues.action.occursIn(tokens));
  }
}
