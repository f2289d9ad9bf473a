import { perLanguage, type Lang, type Localized } from '../language/languages';
import type { PersonalCaseCues } from '../knowledge/types';
import { compileCues, PhraseList } from './phraseList';

/**
 * A person asking about their own visa, asylum or permit gets the dedicated answer, never an area
 * description that could read as advice on their case. Cues are matched as written (a stemmer
 * would make "puede" of "puedo"), in the question and the statement just before it only, not in a
 * whole introduction ("I work on asylum at the ministry…").
 */
export class PersonalCaseDetector {
  private readonly cues: Localized<Readonly<Record<keyof PersonalCaseCues, PhraseList>>>;

  private readonly mattersOrNot: Localized<PhraseList>;

  /** `corrected`: a language's words with their typos corrected ("my asilum case"); the words as written if left out. */
  constructor(
    cues: Localized<PersonalCaseCues>,
    private readonly corrected?: Localized<(words: readonly string[]) => readonly string[]>,
  ) {
    this.cues = compileCues(cues);
    const both = (c: PersonalCaseCues) => new PhraseList([...c.matters, ...c.notWhen]);
    this.mattersOrNot = perLanguage((lang) => both(cues[lang]));
  }

  /** `words`: the question's normalised words. */
  isPersonalCase(written: readonly string[], lang: Lang): boolean {
    const cues = this.cues[lang];
    const words = this.corrected ? this.corrected[lang](written) : written;
    // "Je suis étudiante… avec mon titre de séjour": one's own document outweighs who one is.
    if (cues.own.occursIn(words)) return true;
    // Read as one list, longest phrase first at each place: "visado de **estudiante**" is a visa,
    // not a student's question about MIEUX+, and a "tarjeta **Visa**" is a bank card, not a visa.
    const { found } = this.mattersOrNot[lang].split(words);
    const named = found.map((phrase) => phrase.split(' '));
    const isNot = (phrase: string[]) => cues.notWhen.lengthAt(phrase, 0) === phrase.length;
    return named.some((p) => !isNot(p)) && !named.some(isNot) && cues.self.occursIn(words);
  }
}
