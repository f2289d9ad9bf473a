import { perLanguage, type Lang, type Localized } from '../language/languages';
import {
  IS_IT_LIKE_PHRASES,
  POINTS_BACK_PHRASES,
  POINTS_BACK_TO_IT_PHRASES,
  POINTS_BACK_TO_WHAT_WAS_SAID_PHRASES,
  WHAT_IS_IT_PHRASES,
  WHAT_NAME_IS_PHRASES,
} from '../language/questionWords';
import type { ConversationData } from '../knowledge/types';
import type { PersonalCaseDetector } from './personalCase';
import { PhraseList } from './phraseList';
import type { Question, QuestionSegmenter } from './questionParts';
import { certainAnswer, type ReadPart, type Reading } from './reading';
import type { Recognition } from './recognizer';
import { PROGRAMME_NAME, type TopicWords } from './topicWords';
import type { Tuning } from './tuning';

const WHAT_IS_IT: Localized<PhraseList> = perLanguage((lang) => new PhraseList(WHAT_IS_IT_PHRASES[lang]));
const IS_IT_LIKE: Localized<PhraseList> = perLanguage((lang) => new PhraseList(IS_IT_LIKE_PHRASES[lang]));
const WHAT_NAME_IS: Localized<PhraseList> = perLanguage((lang) => new PhraseList(WHAT_NAME_IS_PHRASES[lang]));
const POINTS_BACK: Localized<PhraseList> = perLanguage((lang) => new PhraseList(POINTS_BACK_PHRASES[lang]));
const POINTS_BACK_TO_IT: Localized<PhraseList> = perLanguage((lang) => new PhraseList(POINTS_BACK_TO_IT_PHRASES[lang]));
const POINTS_BACK_TO_WHAT_WAS_SAID: Localized<PhraseList> = perLanguage(
  (lang) => new PhraseList(POINTS_BACK_TO_WHAT_WAS_SAID_PHRASES[lang]),
);

/** A joined second question this short ("…and does it have to pay?") may need the first one's subject. */
const MAX_SUBJECTLESS_TERMS = 2;

/** A runner-up this close to a second half's answer may be what the first half's words say it is. */
const CLOSE_SECOND_SHARE = 0.9;

/** An outsider's question is about taking part when that is among the best this many candidates… */
const OUTSIDER_CANDIDATES = 2;
/** …and, as the runner-up, the classifier finds it at least this likely (not a far second to a clear answer). */
const OUTSIDER_RUNNER_UP_MIN_PROBABILITY = 0.1;

/**
 * One question of a message, read together with what comes before it: the person's own case told
 * first, "what is it?" after MIEUX+ was named, a topic named before "c'est quoi ?", a statement that
 * points to one part of an overview, a person outside public administration asking to take part,
 * and two questions joined in one.
 */
export class QuestionInContext {
  /** "Soy jubilado, ¿puedo ser experto?": see ConversationData.outsiders. */
  private readonly outsiders: Localized<PhraseList>;
  private readonly outsiderQuestions: ReadonlySet<string>;
  /** "Could I still…", "¿todavía puedo…?": see ConversationData.outsiders.ofOneself. */
  private readonly ofOneself: Localized<PhraseList>;
  /** "¿Cobran algo a las instituciones?": see ConversationData.costs. */
  private readonly costWords: Localized<PhraseList>;

  constructor(
    private readonly conversation: ConversationData,
    private readonly words: Localized<TopicWords>,
    private readonly segmenter: QuestionSegmenter,
    private readonly personalCase: PersonalCaseDetector,
    private readonly readPart: ReadPart,
    /** Tuning.likelyShareToAnswer and Tuning.secondHalfLikelyMin. */
    private readonly tuning: Pick<Tuning, 'likelyShareToAnswer' | 'secondHalfLikelyMin'>,
  ) {
    // Cues compare stems, so they hold for every inflection and for corrected typos.
    const outsiders = conversation.outsiders?.phrases ?? { es: [], en: [], fr: [] };
    this.outsiders = perLanguage((lang) => new PhraseList(outsiders[lang], (w) => words[lang].lexicon.stem(w)));
    this.outsiderQuestions = new Set(conversation.outsiders?.about ?? []);
    const ofOneself = conversation.outsiders?.ofOneself?.phrases ?? { es: [], en: [], fr: [] };
    this.ofOneself = perLanguage((lang) => new PhraseList(ofOneself[lang]));
    const costWords = conversation.costs?.phrases ?? { es: [], en: [], fr: [] };
    this.costWords = perLanguage((lang) => new PhraseList(costWords[lang], (w) => words[lang].lexicon.stem(w)));
  }

  /**
   * One question of the message, or two when it joins two without a question word ("¿cuántos
   * expertos hay y se les paga algo?", "do you work on asylum and on remittances?"): split at the
   * joiner when each side is clearly a different entry's question, and more clearly so than the
   * whole ("¿trabajan en migración y desarrollo?" is one area's name).
   */
  read(question: Question, reading: Reading): Recognition[] {
    const { words, before } = question;
    const { lang, base } = reading;
    const topicWords = this.words[lang];
    if (question.joinedTo && this.asksFirstAgain(question.joinedTo, words, reading)) return [];
    // Someone's own case is often told first and asked about after: "Me denegaron el visado. ¿Qué hago?"
    const withBefore = [...before, ...words];
    if (before.length > 0 && this.personalCase.isPersonalCase(withBefore, lang)) {
      return [{ ...base, kind: 'personalCase', entryId: this.conversation.personalCaseEntry }];
    }
    const toldBefore = question.toldAfter ? [] : before; // a question goes on from what was said before it, not the story told after it
    const whatWasSaid = this.meaningOfWhatWasSaid(words, toldBefore, reading);
    if (whatWasSaid) return [whatWasSaid];
    // "Nunca había oído hablar de MIEUX+. ¿Me explicas qué es?": a question with no topic of its own,
    // right after MIEUX+ was named or naming it ("…me salió en Google buscando otra cosa. ¿Qué es
    // MIEUX+?"), asks what MIEUX+ is, whatever the person said before.
    const whatWeDo = this.conversation.whatWeDo;
    // Not after a topic named in a few words: "le but du jeu, c'est quoi avec MIEUX+ ?" asks its aims.
    // Worked out only for a what-is question: the story is read again, sentence by sentence.
    const namesProgramme = (): boolean =>
      topicWords.namesProgrammeLast(before) ||
      (words.includes(PROGRAMME_NAME) && topicWords.leadTopic(before) !== 'known') ||
      this.namedEarlierInStory(question, lang);
    if (whatWeDo && before.length > 0 && WHAT_IS_IT[lang].occursIn(words) && namesProgramme() && !topicWords.hasTopic(words)) {
      return [certainAnswer(base, whatWeDo.entry)];
    }
    // "Is it a bit like Erasmus, but for civil servants?": compared with another programme, MIEUX+ is
    // asked what it is. Only where the question opens: "¿Erasmus es como Fulbright?" compares two others.
    const comparesIt = IS_IT_LIKE[lang].lengthAt(words, this.segmenter.start(words, lang)) > 0;
    if (whatWeDo && comparesIt && topicWords.namesSomethingElse(words, reading.names)) {
      return [certainAnswer(base, whatWeDo.entry)];
    }
    if (question.joinedTo && this.asksOfAnotherName(question.joinedTo, words, reading)) return [{ ...base, kind: 'notFound' }];
    if (this.asksWhatAnotherNameIs(words, reading)) return [{ ...base, kind: 'notFound' }];
    const tokens = this.segmenter.saysNothing(words, lang) && toldBefore.length > 0 ? withBefore : words;
    // Who asks is told before the question is read with the statement ("Me encantaría aportar. ¿Podría
    // participar aunque no sea funcionaria?"): that reading would lose the question's own subject.
    // Whether the asker describes themself as an outsider: worked out once, and only when a reading is about taking part.
    let outsiderCue: boolean | undefined;
    const outsider = (): boolean => (outsiderCue ??= this.outsiders[lang].occursIn(withBefore.map((w) => topicWords.lexicon.stem(w))));
    let whole = this.fromOutsider(this.readPart(tokens, reading), outsider, words, lang);
    // "He leído que apoya el enfoque Equipo Europa. ¿En qué consiste eso?": a question that finds
    // nothing by itself may be about what was just said.
    if (toldBefore.length > 0 && tokens !== withBefore && (whole.kind === 'notFound' || whole.kind === 'clarify')) {
      const withContext = this.readPart(withBefore, reading);
      if (withContext.kind === 'answer') whole = withContext;
    }
    // "¿Hay que saber inglés para ir de experto? ¿Y pagan algo?": a question that goes on from the one
    // before, and finds nothing by itself, is read as the second half of a question joined to it. So is
    // one joined in the same sentence that points back with a pronoun ("…y cuánto se les paga?").
    const goesOnFrom = question.follows ?? (question.joinedTo && POINTS_BACK[lang].occursIn(words) ? question.joinedTo : undefined);
    if (goesOnFrom && whole.kind !== 'answer') {
      const first = this.readPart(goesOnFrom, reading);
      const { recognition } = this.secondHalf(goesOnFrom, words, first, reading);
      if (recognition.kind === 'answer' && (first.kind !== 'answer' || recognition.entryId !== first.entryId)) whole = recognition;
    }
    if (toldBefore.length > 0) whole = this.afterTopicOrIntroduction(whole, words, toldBefore, reading);
    whole = this.partOfOverview(whole, toldBefore, words, reading);
    whole = this.fromOutsider(whole, outsider, words, lang);
    whole = this.askingCost(whole, words, lang);
    const wholeScore = whole.kind === 'answer' ? (whole.candidates[0]?.score ?? 1) : 0;
    for (const { left, right, alternative } of this.segmenter.joinedHalves(tokens, lang)) {
      const first = this.readPart(left, reading);
      const { recognition: second, restatesFirst } = this.secondHalf(left, right, first, reading);
      // "¿Es gratis para los ministerios o hay que poner dinero?": an alternative that, read with the
      // first half's subject, asks the first question again is the same question put another way.
      if (alternative && restatesFirst) continue;
      if (first.kind !== 'answer' || second.kind !== 'answer' || first.entryId === second.entryId) continue;
      // "…that the experts learn as well as the host country?": a half with no question word of its own
      // that the classifier barely ties to its answer is a thing named beside the first, not a question.
      const secondLikely = second.candidates.find((c) => c.entryId === second.entryId)?.probability ?? 1;
      if (!this.segmenter.hasQuestionWord(right, lang) && secondLikely < this.tuning.secondHalfLikelyMin) continue;
      const weaker = Math.min(first.candidates[0]?.score ?? 1, second.candidates[0]?.score ?? 1);
      const wholeIsEither = whole.kind === 'answer' && (whole.entryId === first.entryId || whole.entryId === second.entryId);
      // "¿Se hace en línea o hay que viajar?", "in Africa and Asia, or just Europe?": an alternative
      // whose whole finds one of its halves' answers is one question, whatever the other half finds
      // alone. Not between two parts of one overview: "¿trabajan en asilo o en migración laboral?" asks both.
      if (alternative && wholeIsEither && !this.partsOfOneOverview(first.entryId, second.entryId)) continue;
      // The whole often goes to the stronger half alone ("¿cuántos expertos hay y se les paga algo?"):
      // when it names one of the halves' answers, the other half was asked too.
      const wholeIsAHalf = wholeIsEither && this.segmenter.asksAgainAfter(left, right, lang);
      if (weaker > wholeScore || wholeIsAHalf) return [first, second];
    }
    return [whole];
  }

  /**
   * "A colleague told me about MIEUX+ last week. I work at the labour ministry. What is it?": MIEUX+
   * was the last thing named, sentences before the question, and what was said since only tells who
   * the person is or names no topic. Not after the name of something else ("…follows the Team Europe
   * approach. My boss asked me. What is it?").
   */
  private namedEarlierInStory(question: Question, lang: Lang): boolean {
    // A reason given after the question (toldAfter) was not said between the name and the question.
    const said = question.toldAfter ? (question.story ?? []) : [...(question.story ?? []), question.before];
    const topicWords = this.words[lang];
    const last = said.map((sentence) => sentence.includes(PROGRAMME_NAME)).lastIndexOf(true);
    if (last < 0) return false;
    const since = said.slice(last + 1);
    return (
      topicWords.namesProgrammeLast(said[last] ?? []) &&
      since.every((sentence) => this.segmenter.introducesSelf(sentence, lang) || !topicWords.hasTopic(sentence))
    );
  }

  /**
   * A second question joined to the first that asks the first again: "What is ICMPD and what has it
   * got to do with MIEUX+?" (of MIEUX+), "What is mutual learning and how does MIEUX+ achieve it?"
   * (what MIEUX+ does with the thing just asked about, pointed back to, read with its subject).
   */
  private asksFirstAgain(joinedTo: readonly string[], words: readonly string[], reading: Reading): boolean {
    return this.segmenter.relatesOnlyToName(words, reading.lang) || this.asksOfItAgain(joinedTo, words, reading);
  }

  /**
   * "On me parle souvent de l'approche Team Europe. Qu'est-ce que ça signifie pour MIEUX+ ?": a short
   * question that points back to what was just said, naming MIEUX+ only as its frame, asks about
   * that, not about MIEUX+. Not when what was said is MIEUX+ itself or no topic the bot knows.
   */
  private meaningOfWhatWasSaid(words: readonly string[], before: readonly string[], reading: Reading): Recognition | undefined {
    const { lang } = reading;
    if (before.length === 0 || !words.includes(PROGRAMME_NAME)) return undefined;
    const own = words.filter((word) => word !== PROGRAMME_NAME);
    if (!POINTS_BACK_TO_WHAT_WAS_SAID[lang].occursIn(own) || this.words[lang].termCount(own) > MAX_SUBJECTLESS_TERMS) return undefined;
    if (this.readPart(own, reading).kind === 'answer') return undefined;
    const said = this.readPart([...before, ...own], reading);
    return said.kind === 'answer' && said.entryId !== this.conversation.whatWeDo?.entry ? said : undefined;
  }

  /**
   * "¿Qué es la OIM y a qué se dedica?", "¿Qué es el programa Erasmus+ y cómo me postulo?": a question
   * with no subject of its own ("what does it do", or too short to name one), joined to one about a
   * name the knowledge base never uses and not about MIEUX+, is about that name too.
   */
  private asksOfAnotherName(joinedTo: readonly string[], words: readonly string[], reading: Reading): boolean {
    const topicWords = this.words[reading.lang];
    const subjectless =
      topicWords.asksOnlyWhatWeDo(words) ||
      (topicWords.termCount(words) <= MAX_SUBJECTLESS_TERMS && this.segmenter.asksAgain(words, reading.lang));
    return subjectless && !joinedTo.includes(PROGRAMME_NAME) && topicWords.namesSomethingElse(joinedTo, reading.names);
  }

  /**
   * "¿Qué es el Plan África del Gobierno de España?", "What is the Global Compact for Migration?":
   * what a name of several capitalised words is, which the knowledge base never writes, is a question
   * about that name, whatever topics its words share. Not when MIEUX+ is named ("¿Qué es la Migración
   * Laboral para MIEUX+?"), nor of a name the knowledge base writes ("¿Qué es el Equipo Europa?").
   */
  private asksWhatAnotherNameIs(words: readonly string[], reading: Reading): boolean {
    const { lang } = reading;
    if (WHAT_NAME_IS[lang].lengthAt(words, this.segmenter.start(words, lang)) === 0 || words.includes(PROGRAMME_NAME)) return false;
    const topicWords = this.words[lang];
    return reading.namePhrases.some((name) => containsPhrase(words, name) && !topicWords.writesName(name));
  }

  /**
   * A short question after a statement that names a topic or introduces the person:
   * - "l'équipe Europe, c'est quoi ce truc ?": "what is this thing" asks about the topic just named,
   *   not about MIEUX+; after a topic the knowledge base does not know ("la météo, c'est quoi ça ?")
   *   there is nothing to answer; after a greeting or an introduction ("Hi, I'm John from Ghana. What
   *   do you guys do?") it asks about MIEUX+;
   * - "Brain drain. Is that something you work on?": a question of a word or two after a topic named
   *   on its own is about that topic.
   */
  private afterTopicOrIntroduction(whole: Recognition, words: readonly string[], before: readonly string[], reading: Reading): Recognition {
    const topicWords = this.words[reading.lang];
    const withBefore = [...before, ...words];
    const lead = topicWords.leadTopic(before);
    const whatWeDo = this.conversation.whatWeDo;
    if (topicWords.asksOnlyWhatWeDo(words)) {
      if (lead === 'other') return { ...reading.base, kind: 'notFound' };
      if (lead === undefined) return whatWeDo && whole.kind !== 'answer' ? certainAnswer(reading.base, whatWeDo.entry) : whole;
    } else if (lead !== 'known' || topicWords.termCount(words) > MAX_SUBJECTLESS_TERMS) return whole;
    const named = this.readPart(withBefore, reading);
    return named.kind === 'answer' ? named : whole;
  }

  /**
   * The second of two joined questions, read with the first one's subject when it has too few words
   * of its own to say whose it is: in "¿cuántos expertos hay y se les paga algo?" the pay is the
   * experts', in "can a partner country get support and does it have to pay?" the country's.
   */
  private secondHalf(
    left: readonly string[],
    right: readonly string[],
    first: Recognition,
    reading: Reading,
  ): { recognition: Recognition; restatesFirst: boolean } {
    const alone = this.readPart(right, reading);
    const topicWords = this.words[reading.lang];
    if (topicWords.termCount(right) > MAX_SUBJECTLESS_TERMS || !this.segmenter.asksAgain(right, reading.lang)) {
      return { recognition: alone, restatesFirst: false };
    }
    const subject = [...topicWords.knownWords(left), ...right];
    const withSubject = this.readPart(subject, reading);
    // Read with the first question's words, it may only find the first question again.
    const restatesFirst = first.kind === 'answer' && withSubject.kind === 'answer' && withSubject.entryId === first.entryId;
    if (withSubject.kind === 'answer' && !restatesFirst) return { recognition: withSubject, restatesFirst };
    // "Qu'offre MIEUX+ aux pays partenaires, et est-ce payant pour eux ?": alone, the second half is a
    // "did you mean" between who pays what; the first half's words tell which of those it is.
    // So may an answer the runner-up nearly ties ("…, et y a-t-il des frais pour eux ?": whose fees).
    const close =
      alone.kind === 'answer' && restatesFirst
        ? alone.candidates.filter((c) => c.score >= (alone.candidates[0]?.score ?? 0) * CLOSE_SECOND_SHARE).map((c) => c.entryId)
        : [];
    if (alone.kind === 'clarify' || close.length > 1) {
      const options = (alone.kind === 'clarify' ? alone.options : close).filter((id) => first.kind !== 'answer' || id !== first.entryId);
      const likeliest = topicWords.index.likeliest(topicWords.index.analyseTokens(subject), options);
      if (likeliest && likeliest.share >= this.tuning.likelyShareToAnswer) {
        return {
          recognition: { ...reading.base, candidates: alone.candidates, kind: 'answer', entryId: likeliest.entryId },
          restatesFirst,
        };
      }
    }
    return { recognition: alone, restatesFirst };
  }

  private asksOfItAgain(joinedTo: readonly string[], words: readonly string[], reading: Reading): boolean {
    const { lang } = reading;
    if (!words.includes(PROGRAMME_NAME) || !POINTS_BACK_TO_IT[lang].occursIn(words)) return false;
    if (this.words[lang].termCount(words) > MAX_SUBJECTLESS_TERMS) return false;
    const first = this.readPart(joinedTo, reading);
    return first.kind === 'answer' && this.secondHalf(joinedTo, words, first, reading).restatesFirst;
  }

  /** Whether two entries are parts of one overview (conversation.yaml overviews: the areas). */
  private partsOfOneOverview(a: string, b: string): boolean {
    return Object.values(this.conversation.overviews ?? {}).some((parts) => parts.includes(a) && parts.includes(b));
  }

  /**
   * "We work on remittances. Is this a field MIEUX+ works in?": a question that finds an overview
   * (all the areas) after a statement that points to one of its parts is about that part.
   */
  private partOfOverview(recognition: Recognition, before: readonly string[], words: readonly string[], reading: Reading): Recognition {
    const parts = recognition.kind === 'answer' ? this.conversation.overviews?.[recognition.entryId] : undefined;
    if (!parts || before.length === 0) return recognition;
    const known = this.words[reading.lang].knownWords(before);
    const withStatement = this.readPart([...known, ...words], reading);
    if (withStatement.kind === 'answer' && parts.includes(withStatement.entryId)) return withStatement;
    // "Je fais un mémoire sur la traite des personnes. MIEUX+ travaille-t-il sur ce sujet ?": the
    // question's own words ("sujet": the areas) may outweigh the statement's; when the question points
    // back to it, the statement alone says which part. Not "…Quels domaines couvre MIEUX+ ?": all of them.
    if (!POINTS_BACK_TO_WHAT_WAS_SAID[reading.lang].occursIn(words)) return recognition;
    const statement = this.readPart(known, reading);
    return statement.kind === 'answer' && parts.includes(statement.entryId) ? statement : recognition;
  }

  /**
   * A question about taking part from someone outside a Member State's public administration
   * ("I'm retired. Can I still be an expert?") asks what the brochure does not say.
   * `outsider`: whether the question or the statement before it describes such a person.
   */
  /**
   * "¿MIEUX+ cobra algo a las instituciones de los países socios?": the partner countries' words find what they
   * get, but the question asks what it costs them, which the brochure does not say (ConversationData.costs).
   * Only cost words in the question itself: an introduction may speak of budgets or fees of its own.
   */
  private askingCost(recognition: Recognition, words: readonly string[], lang: Lang): Recognition {
    const costs = this.conversation.costs;
    if (!costs || recognition.kind !== 'answer' || !costs.about.includes(recognition.entryId)) return recognition;
    const stem = (w: string) => this.words[lang].lexicon.stem(w);
    if (!this.costWords[lang].occursIn(words.map(stem))) return recognition;
    // With the score its words found: two joined questions ("¿qué ofrecen… y cuesta algo?") are weighed against it.
    return { ...recognition, entryId: costs.entry };
  }

  private fromOutsider(recognition: Recognition, outsider: () => boolean, words: readonly string[], lang: Lang): Recognition {
    const outsiders = this.conversation.outsiders;
    if (!outsiders || (recognition.kind !== 'answer' && recognition.kind !== 'clarify')) return recognition;
    const first = recognition.kind === 'answer' ? recognition.entryId : recognition.options[0];
    // "I'm retired. Could I still be involved?": asked of oneself, "still" is not whether MIEUX+ still runs.
    const ofOneself = first !== undefined && outsiders.ofOneself?.about.includes(first) === true && this.ofOneself[lang].occursIn(words);
    // "I'm retired. Can I still be an expert?": "still" pulls towards whether MIEUX+ still runs, but
    // the runner-up, taking part, is what someone retired asks about.
    // A far second ("think tank… how many experts has MIEUX+ deployed?") does not count.
    const runnersUp = recognition.candidates
      .slice(1, OUTSIDER_CANDIDATES)
      .filter((c) => (c.probability ?? 0) >= OUTSIDER_RUNNER_UP_MIN_PROBABILITY);
    // A "did you mean" led by the outsiders' own answer ("I'm retired, can I still be involved?") is that answer.
    const aboutTakingPart =
      first === outsiders.entry ||
      [first, ...runnersUp.map((c) => c.entryId)].some((id) => id !== undefined && this.outsiderQuestions.has(id));
    if ((!aboutTakingPart && !ofOneself) || !outsider()) return recognition;
    // Already the likeliest: answered with its own score, which two joined questions are weighed against.
    if (first === outsiders.entry) return { ...recognition, kind: 'answer', entryId: outsiders.entry };
    return { ...recognition, kind: 'answer', entryId: outsiders.entry, candidates: [{ entryId: outsiders.entry, score: 1 }] };
  }
}

function containsPhrase(words: readonly string[], phrase: readonly string[]): boolean {
  for (let i = 0; i + phrase.length <= words.length; i += 1) if (phrase.every((w, k) => words[i + k] === w)) return true;
  return false;
}
