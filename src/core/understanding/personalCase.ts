import type { Lang, Localized } from '../language/languages';
import type { PersonalCaseCues } from '../knowledge/types';
import { PhraseList } from './phraseList';

interface CompiledCues {
  readonly self: PhraseList;
  readonly matters: PhraseList;
  readonly notWhen: PhraseList;
}

/**
 * A person asking about their own visa, asylum or permit: MIEUX+ works with institutions,
 * so such a question gets the dedicated answer, never an area description that could read
 * as advice on their case.
 */
export class PersonalCaseDetector {
  private readonly cues: Localized<CompiledCues>;

  constructor(cues: Localized<PersonalCaseCues>) {
    const compile = (c: PersonalCaseCues): CompiledCues => ({
      self: new PhraseList(c.self),
      matters: new PhraseList(c.matters),
      notWhen: new PhraseList(c.notWhen),
    });
    this.cues = { es: compile(cues.es), en: compile(cues.en), fr: compile(cues.fr) };
  }

  isPersonalCase(tokens: readonly string[], lang: Lang): boolean {
    const cues = this.cues[lang];
    return cues.matters.occursIn(tokens) && cues.self.occursIn(tokens) && !cues.notWhen.occursIn(tokens);
  }
}
