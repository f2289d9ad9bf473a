import type { Lang, Localized } from '../language/languages';
import type { PersonalCaseCues } from '../knowledge/types';
import { compileCues, type PhraseList } from './phraseList';

/**
 * A person asking about their own visa, asylum or permit gets the dedicated answer, never an area
 * description that could read as advice on their case. Cues are matched as written (a stemmer
 * would make "puede" of "puedo"), in the question and the statement just before it only, not in a
 * whole introduction ("I work on asylum at the ministry…").
 */
export class PersonalCaseDetector {
  private readonly cues: Localized<Readonly<Record<keyof PersonalCaseCues, PhraseList>>>;

  constructor(cues: Localized<PersonalCaseCues>) {
    this.cues = compileCues(cues);
  }

  /** `words`: the question's normalised words. */
  isPersonalCase(words: readonly string[], lang: Lang): boolean {
    const cues = this.cues[lang];
    return cues.matters.occursIn(words) && cues.self.occursIn(words) && !cues.notWhen.occursIn(words);
  }
}
