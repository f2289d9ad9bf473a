import { STRINGS } from '../i18n/strings';
import { LANGUAGES, perLanguage, type Lang, type Localized } from '../language/languages';
import { normalise } from '../language/normalise';
import { OUR_INSTITUTION_AS_US } from '../language/ourInstitution';
import { SynonymMap } from '../language/synonyms';
import { tokenise } from '../language/tokenise';
import type { HandoffCues } from '../knowledge/types';
import { compileCues, PhraseList, type WordForm } from './phraseList';

/**
 * Someone who wants to take part or be put in touch ("quiero participar", "put me in touch",
 * "q alguien me contacte"), as opposed to someone asking how taking part works, who gets the
 * knowledge-base answer. Cues match in any inflection (`forms`: each language's stemmer, which
 * also corrects typos: "conatctez-moi"). The "contact the team" button's own label always counts.
 */
export class HandoffIntentDetector {
  private readonly cues: Localized<Readonly<Record<keyof HandoffCues, PhraseList>>>;
  /**
   * One-word `direct` phrases, matched as written: a stemmer strips the pronoun that makes the
   * request ("contáctenme", "inscríbeme" → "contact", "inscrib"), leaving a word any question has.
   */
  private readonly directWords: Localized<PhraseList>;
  private readonly buttons: ReadonlySet<string>;
  /** "our department" → "us" (ourInstitution.ts), for the requests only. */
  private readonly asUs: Localized<SynonymMap>;

  constructor(
    cues: Localized<HandoffCues>,
    private readonly forms?: Localized<WordForm>,
  ) {
    const multiWord = (phrases: readonly string[]) => phrases.filter((p) => p.trim().split(/[\s'’-]+/).length > 1);
    const oneWord = (phrases: readonly string[]) => phrases.filter((p) => p.trim().split(/[\s'’-]+/).length === 1);
    const withMultiWordDirect = (c: HandoffCues): HandoffCues => ({ ...c, direct: multiWord(c.direct) });
    this.cues = compileCues(
      perLanguage((lang) => withMultiWordDirect(cues[lang])),
      forms,
    );
    this.directWords = perLanguage((lang) => new PhraseList(oneWord(cues[lang].direct)));
    this.buttons = new Set(LANGUAGES.map((l) => tokenise(normalise(STRINGS['handoff.button'][l])).join(' ')));
    this.asUs = perLanguage((lang) => new SynonymMap([OUR_INSTITUTION_AS_US[lang]]));
  }

  /** The message is the button's label, pressed in any language the person reads; it is never a question. */
  isButton(tokens: readonly string[]): boolean {
    return this.buttons.has(tokens.join(' '));
  }

  /** `tokens`: the message's (or one question's) normalised words; `forms`: the same in the language's word form. */
  wantsHandoff(tokens: readonly string[], forms: readonly string[], lang: Lang): boolean {
    const cues = this.cues[lang];
    // "How do I contact the team?" asks for the address; "contact the team" asks to be put in touch.
    if (cues.notWhen.occursIn(forms)) return false;
    if (
      this.directWords[lang].occursIn(tokens) ||
      cues.direct.occursIn(forms) ||
      (cues.wish.occursIn(forms) && cues.action.occursIn(forms))
    ) {
      return true;
    }
    // "Could a team member get in touch with our department?" asks as "…get in touch with us" does.
    const asUs = this.asUs[lang].apply(tokens);
    if (asUs.length === tokens.length) return false;
    const form = this.forms?.[lang];
    return cues.direct.occursIn(form ? asUs.map(form) : asUs);
  }
}
