import { COUNTRY_NAME } from '../language/countryNames';
import { OTHER_NAME } from '../language/otherNames';
import type { Lexicon } from '../language/lexicon';
import type { Analysis } from '../language/pipeline';
import type { WrittenText } from './namePhrases';
import type { PhraseList } from './phraseList';
import type { RetrievalIndex } from './retrievalIndex';

/** The programme's name as the pipeline sees it (after synonyms): a question that names it is about it. */
export const PROGRAMME_NAME = 'mieux';

/** A topic named before a question ("l'équipe Europe, c'est quoi ?") is a few words, not a story. */
const MAX_TOPIC_TERMS = 3;

/**
 * What a message's words name, in one language: topics of the knowledge base, MIEUX+ itself, or
 * something else. The questions the recognizer asks of a statement before a question, and of a
 * question about something else that shares a word with the knowledge base.
 */
export class TopicWords {
  constructor(
    readonly index: RetrievalIndex,
    readonly lexicon: Lexicon,
    /** "¿Ustedes qué hacen?": see ConversationData.whatWeDo. */
    private readonly whatWeDo: PhraseList,
    /** The words of the programme, of the person asking and to the bot: see LocalRecognizer.namesAnotherSubject. */
    private readonly ties: PhraseList,
    /** What is asked of a country itself: see ConversationData.otherSubjects.countryFacts. */
    private readonly countryFacts: PhraseList,
    /** The Member States' names (memberStates.ts). */
    private readonly memberStates: PhraseList,
    /** The knowledge base's texts, to tell a name it writes ("Team Europe") from one it never does. */
    private readonly written: WrittenText,
  ) {}

  /** Whether the knowledge base ever writes a name of several words ("equipo europa", "dg intpa"), misspelt or not ("Equpo Europa"). */
  writesName(name: readonly string[]): boolean {
    return this.written.writes(name);
  }

  /** Whether the words hold a word of the programme, of the person asking, or to the bot. */
  tiedToProgramme(tokens: readonly string[]): boolean {
    return this.ties.occursIn(tokens);
  }

  /** Whether the words ask a fact of a country itself (its population, borders, capital…). */
  asksCountryFact(tokens: readonly string[]): boolean {
    return this.countryFacts.occursIn(tokens);
  }

  /**
   * Whether every country the words name is a Member State ("¿Qué beneficios saca España?"):
   * `tokens` as written, `analysis` the same words read, each country as COUNTRY_NAME.
   */
  namesOnlyMemberStates(tokens: readonly string[], analysis: Analysis): boolean {
    const memberStates = this.memberStates.split(tokens).found.length;
    const countries = analysis.tokens.filter((t) => t === COUNTRY_NAME).length;
    return memberStates > 0 && countries <= memberStates;
  }

  /** A statement that names MIEUX+ after every topic it mentions: what comes next points back at MIEUX+. */
  namesProgrammeLast(words: readonly string[]): boolean {
    const { terms } = this.index.analyseTokens(words);
    const last = terms.lastIndexOf(PROGRAMME_NAME);
    return last >= 0 && !terms.slice(last + 1).some((t) => t !== PROGRAMME_NAME && this.index.knows(t));
  }

  /**
   * "Does MIEUX+ have a mobile app?": the programme's name is the only word the knowledge base knows,
   * beside a word of the language (or a name) it never uses. What is asked of MIEUX+ is something the
   * brochure does not say.
   */
  asksOfProgrammeOnlyWhatItDoesNotKnow(analysis: Analysis, names: ReadonlySet<string>): boolean {
    const known = analysis.terms.filter((t) => this.index.knows(t));
    if (known.length === 0 || known.some((t) => t !== PROGRAMME_NAME)) return false;
    return this.index.vocabulary(analysis, names).otherTopicWords > 0;
  }

  /** Whether a question holds a word the knowledge base knows, besides the programme's name. */
  hasTopic(words: readonly string[]): boolean {
    return this.index.analyseTokens(words).terms.some((t) => t !== PROGRAMME_NAME && this.index.knows(t));
  }

  /**
   * "¿Ustedes qué hacen?", "c'est quoi ce truc ?": a phrase of whatWeDo and no other word the knowledge
   * base knows, nor a name it never uses ("¿Qué es la OIM y a qué se dedica?" asks what the OIM does).
   */
  asksOnlyWhatWeDo(tokens: readonly string[], names: ReadonlySet<string> = new Set()): boolean {
    const asks = this.whatWeDo.remove(tokens);
    if (asks === undefined || asks.removed === 0) return false;
    // The programme's name is no other topic: "MIEUX+, c'est quoi au juste ?" asks what it does; nor
    // are the words put in for emphasis, after the phrase too ("vous faites quoi concrètement ?").
    const rest = asks.rest.filter((w) => w !== PROGRAMME_NAME && !this.whatWeDo.isInserted(w));
    return this.index.vocabulary(this.index.analyseTokens(rest)).known === 0 && !this.namesSomethingElse(rest, names);
  }

  /**
   * What a few words before a question name: a topic of the knowledge base ("l'équipe Europe"),
   * another subject ("la météo": a word of the language it never uses, and no word of the programme
   * or of the person asking), or neither (a greeting, an introduction, a longer statement).
   */
  leadTopic(words: readonly string[]): 'known' | 'other' | undefined {
    const analysis = this.index.analyseTokens(words);
    const { terms } = analysis;
    if (terms.length === 0 || terms.length > MAX_TOPIC_TERMS || this.tiedToProgramme(analysis.tokens)) return undefined;
    if (terms.every((t) => this.index.knows(t))) return 'known';
    return this.index.vocabulary(analysis).otherTopicWords > 0 ? 'other' : undefined;
  }

  /** Whether the words hold a name (a capitalised word, see LocalRecognizer) the knowledge base never uses. */
  namesSomethingElse(words: readonly string[], names: ReadonlySet<string>): boolean {
    return this.holdsUnknownName(this.index.analyseTokens(words), names);
  }

  /** namesSomethingElse, for words already analysed: a curated name of another organisation counts too (OTHER_NAME). */
  holdsUnknownName(analysis: Analysis, names: ReadonlySet<string>): boolean {
    return (
      analysis.tokens.includes(OTHER_NAME) || analysis.words.some((w, i) => names.has(w) && !this.index.knows(analysis.terms[i] ?? ''))
    );
  }

  /** The words of a statement whose terms the knowledge base knows. */
  knownWords(words: readonly string[]): string[] {
    const analysis = this.index.analyseTokens(words);
    return analysis.words.filter((_, i) => this.index.knows(analysis.terms[i] ?? ''));
  }

  /** How many index terms the words make. */
  termCount(words: readonly string[]): number {
    return this.index.analyseTokens(words).terms.length;
  }
}
