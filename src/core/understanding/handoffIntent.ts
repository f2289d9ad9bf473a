import { LANGUAGES, type Lang, type Localized } from '../language/languages';
import type { HandoffCues } from '../knowledge/types';
import { HANDOFF_STRINGS } from '../handoff/handoffStrings';
import { normalise } from '../language/normalise';
import { tokenise } from '../language/tokenise';
import { PhraseList } from './phraseList';

interface CompiledCues {
  readonly button: string;
  readonly wish: PhraseList;
  readonly action: PhraseList;
  readonly direct: PhraseList;
  readonly notWhen: PhraseList;
}

/**
 * Someone who wants to take part or be put in touch ("quiero participar", "put me in touch"),
 * as opposed to someone asking how taking part works, who gets the knowledge-base answer.
 * The "contact the team" button's own label always counts.
 */
export class HandoffIntentDetector {
  private readonly cues: Localized<CompiledCues>;

  constructor(cues: Localized<HandoffCues>) {
    const compile = (lang: Lang): CompiledCues => ({
      button: tokenise(normalise(HANDOFF_STRINGS.button[lang])).join(' '),
      wish: new PhraseList(cues[lang].wish),
      action: new PhraseList(cues[lang].action),
      direct: new PhraseList(cues[lang].direct),
      notWhen: new PhraseList(cues[lang].notWhen),
    });
    this.cues = { es: compile('es'), en: compile('en'), fr: compile('fr') };
  }

  wantsHandoff(tokens: readonly string[], lang: Lang): boolean {
    const message = tokens.join(' ');
    // The button is pressed in any language the person reads; its label is never a question.
    if (LANGUAGES.some((l) => this.cues[l].button === message)) return true;
    const cues = this.cues[lang];
    // "How do I contact the team?" asks for the address; "contact the team" asks to be put in touch.
    if (cues.notWhen.occursIn(tokens)) return false;
    return cues.direct.occursIn(tokens) || (cues.wish.occursIn(tokens) && cues.action.occursIn(tokens));
  }
}
