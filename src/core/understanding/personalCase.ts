import type { Lang, Localized } from '../language/languages';
import type { PersonalCaseCues } from '../knowledge/types';
import { compileCues, type PhraseList } from './phraseList';

/**
 * A person asking about their own visa, asylum or permit: MIEUX+ works with institutions,
 * so such a question gets the dedicated answer, never an area description that could read
 * as advice on their case.
 */
export class PersonalCaseDetector {
  private readonly cues: Localized<Readonly<Record<keyof PersonalCaseCues, PhraseList>>>;

  constructor(cues: Localized<PersonalCaseCues>) {
    this.cues = compileCues(cues);
  }

  isPersonalCase(tokens: readonly string[], lang: Lang): boolean {
    const cues = this.cues[lang];
    return cues.matters.occursIn(tokens) && cues.self.occursIn(tokens) && !cues.notWhen.occursIn(tokens);
  }
}
