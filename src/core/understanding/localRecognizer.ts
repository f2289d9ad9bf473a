import { DEFAULT_LANG, LANGUAGES, langFromLocale, type Lang, type Localized } from '../language/languages';
import { LanguageDetector } from '../language/detectLanguage';
import { Lexicon } from '../language/lexicon';
import { normalise } from '../language/normalise';
import { STEMMERS } from '../language/stemmers';
import { FILLER_WORDS, STOP_WORDS } from '../language/stopWords';
import { SPELLING_DICTIONARIES, type WordList } from '../language/spellingDictionary';
import { SynonymMap } from '../language/synonyms';
import { tokenise } from '../language/tokenise';
import type { Analysis } from '../language/pipeline';
import type { KnowledgeBase } from '../knowledge/types';
import { selectAnswer, type Selection } from './answerSelector';
import { HandoffIntentDetector } from './handoffIntent';
import { PersonalCaseDetector } from './personalCase';
import { PhraseList } from './phraseList';
import { QUESTION_WORDS, WHAT_IS_IT_PHRASES } from '../language/questionWords';
import { PERSON_WORDS } from '../language/personWords';
import { CHAT_ABBREVIATIONS } from '../language/chatAbbreviations';
import { COUNTRY_NAME, COUNTRY_SYNONYMS } from '../language/countryNames';
import { QuestionSegmenter, type Question } from './questionParts';
import type { ConversationContext, Recognition, RecognizeRequest, Recognizer } from './recognizer';
import { RetrievalIndex, type ScoredEntry } from './retrievalIndex';
import { SmallTalkDetector } from './smallTalk';
import type { TermVector } from './termVector';
import { DEFAULT_TUNING, type Tuning } from './tuning';

const WHAT_IS_IT: Localized<PhraseList> = {
  es: new PhraseList(WHAT_IS_IT_PHRASES.es),
  en: new PhraseList(WHAT_IS_IT_PHRASES.en),
  fr: new PhraseList(WHAT_IS_IT_PHRASES.fr),
};

/** A topic named before a question ("l'équipe Europe, c'est quoi ?") is a few words, not a story. */
const MAX_TOPIC_TERMS = 3;

/** A joined second question this short ("…and does it have to pay?") may need the first one's subject. */
const MAX_SUBJECTLESS_TERMS = 2;

/** The programme's name as the pipeline sees it (after synonyms): a question that names it is about it. */
const PROGRAMME_NAME = 'mieux';

/** An answer the bot is sure of (a button, a curated phrasing typed as is, "what do you do?"). */
function certainAnswer(base: RecognitionBase, entryId: string): Recognition {
  return { ...base, kind: 'answer', entryId, candidates: [{ entryId, score: 1 }] };
}

/** A capitalised word after a sentence's first, or an acronym ("LVMH"), at any place. */
const CAPITALISED = /(?<=[\p{L}\p{N},;:'’"()-]\s+)\p{Lu}[\p{L}\p{N}]*|\b\p{Lu}{2,}\b/gu;

/** The words written with a capital inside sentences, normalised: names of things, which a question about something else names. */
function capitalisedWords(text: string): ReadonlySet<string> {
  const words = new Set<string>();
  for (const match of text.matchAll(CAPITALISED)) for (const word of tokenise(normalise(match[0]))) words.add(word);
  return words;
}

/** Understanding looks at this much of a message; a pasted essay is answered from its start. */
export const MAX_UNDERSTOOD_CHARS = 500;

function lexiconTexts(kb: KnowledgeBase, lang: Lang): string[] {
  const texts: string[] = [];
  for (const entry of kb.entries.values()) texts.push(entry.text[lang].title, ...entry.text[lang].questions, entry.text[lang].answer);
  for (const group of kb.synonyms[lang]) texts.push(...group);
  // The words people use to ask for the team, so that their typos are corrected too ("get in tuch", "conect me").
  const handoff = kb.conversation.handoff[lang];
  texts.push(...handoff.wish, ...handoff.action, ...handoff.direct);
  return texts;
}

/**
 * A word's stem, with its typo corrected. Synonyms are applied before stemming, so a corrected
 * typo of a synonym ("emial" → "email") must be rewritten too ("email" → "contact"), or it stays
 * a word the index never saw.
 */
function stemCorrected(word: string, lexicon: Lexicon, synonyms: SynonymMap): string {
  if (!lexicon.has(word)) {
    const corrected = lexicon.correct(word);
    const [canonical, ...more] = corrected === null ? [] : synonyms.apply([corrected]);
    if (canonical !== undefined && more.length === 0 && canonical !== corrected) return lexicon.stem(canonical);
  }
  return lexicon.stem(word);
}

/**
 * Understanding with no network: language detection, small talk, personal cases and
 * TF-IDF retrieval over the knowledge base, all built once from the knowledge files.
 */
/** What every recognition of one message shares: its language, and whether the text showed it. */
interface RecognitionBase {
  readonly lang: Lang;
  readonly langFromText: boolean;
  readonly candidates: readonly [];
}

export class LocalRecognizer implements Recognizer {
  readonly name = 'local';
  private readonly indexes: Localized<RetrievalIndex>;
  private readonly lexicons: Localized<Lexicon>;
  private readonly detector: LanguageDetector;
  private readonly smallTalk: SmallTalkDetector;
  private readonly personalCase: PersonalCaseDetector;
  private readonly handoff: HandoffIntentDetector;
  private readonly segmenter = new QuestionSegmenter(QUESTION_WORDS, STOP_WORDS, CHAT_ABBREVIATIONS);
  /** The words of the programme, of the person asking and to the bot: see namesAnotherSubject. */
  private readonly tiesToProgramme: Localized<PhraseList>;
  /** "Soy jubilado, ¿puedo ser experto?": see ConversationData.outsiders. */
  private readonly outsiders: Localized<PhraseList>;
  private readonly outsiderQuestions: ReadonlySet<string>;
  /** "¿Ustedes qué hacen?": see ConversationData.whatWeDo. */
  private readonly whatWeDo: Localized<PhraseList>;

  /** `spelling`: the spelling dictionaries that keep typo tolerance from rewriting real words. */
  constructor(
    private readonly kb: KnowledgeBase,
    private readonly tuning: Tuning = DEFAULT_TUNING,
    spelling: Localized<WordList> = SPELLING_DICTIONARIES,
  ) {
    // The personal-case answer is given when its cues say so, never because a word such as "apply" is shared.
    const exactOnly = new Set([kb.conversation.personalCaseEntry]);
    const build = (lang: Lang): { index: RetrievalIndex; lexicon: Lexicon } => {
      const stopWords = STOP_WORDS[lang];
      // The language's own dictionary: another's would shield its typos ("esperto" is in an English word list).
      const lexicon = new Lexicon(STEMMERS[lang], lexiconTexts(kb, lang), stopWords, (word) => spelling[lang].has(word));
      const synonyms = new SynonymMap([...kb.synonyms[lang], COUNTRY_SYNONYMS[lang]]);
      const parts = { synonyms, stopWords, stem: (t: string) => stemCorrected(t, lexicon, synonyms) };
      const options = {
        unknownWordWeight: tuning.unknownWordWeight,
        unknownRealWordWeight: tuning.unknownRealWordWeight,
        isWord: (w: string) => spelling[lang].has(w),
        exactOnly,
        classifierWeight: tuning.classifierWeight,
        fillers: FILLER_WORDS[lang],
      };
      return { index: new RetrievalIndex(kb, lang, parts, options), lexicon };
    };
    const built = { es: build('es'), en: build('en'), fr: build('fr') };
    this.indexes = { es: built.es.index, en: built.en.index, fr: built.fr.index };
    this.lexicons = { es: built.es.lexicon, en: built.en.lexicon, fr: built.fr.lexicon };
    // Cues compare stems, so they hold for every inflection and for corrected typos.
    const forms = {
      es: (w: string) => built.es.lexicon.stem(w),
      en: (w: string) => built.en.lexicon.stem(w),
      fr: (w: string) => built.fr.lexicon.stem(w),
    };
    this.smallTalk = new SmallTalkDetector(kb.conversation, STOP_WORDS);
    const whatWeDo = kb.conversation.whatWeDo?.phrases ?? { es: [], en: [], fr: [] };
    this.whatWeDo = { es: new PhraseList(whatWeDo.es), en: new PhraseList(whatWeDo.en), fr: new PhraseList(whatWeDo.fr) };
    this.personalCase = new PersonalCaseDetector(kb.conversation.personalCase);
    const outsiders = kb.conversation.outsiders?.phrases ?? { es: [], en: [], fr: [] };
    this.outsiders = {
      es: new PhraseList(outsiders.es, forms.es),
      en: new PhraseList(outsiders.en, forms.en),
      fr: new PhraseList(outsiders.fr, forms.fr),
    };
    this.outsiderQuestions = new Set(kb.conversation.outsiders?.about ?? []);
    const programmeWords = kb.conversation.otherSubjects?.programmeWords ?? { es: [], en: [], fr: [] };
    const ties = (lang: Lang) => new PhraseList([...programmeWords[lang], ...PERSON_WORDS[lang]]);
    this.tiesToProgramme = { es: ties('es'), en: ties('en'), fr: ties('fr') };
    this.handoff = new HandoffIntentDetector(kb.conversation.handoff, forms);
    const vocabulary = (lang: Lang): string[] => [...STOP_WORDS[lang], ...built[lang].lexicon.words(), ...this.smallTalk.wordsOf(lang)];
    this.detector = new LanguageDetector({ es: vocabulary('es'), en: vocabulary('en'), fr: vocabulary('fr') });
  }

  recognize(request: RecognizeRequest): Promise<Recognition> {
    try {
      return Promise.resolve(this.recognizeSync(request));
    } catch (error) {
      return Promise.reject(error);
    }
  }

  /** The same, synchronously: for the evaluation and the benchmark. */
  recognizeSync({ text, locale, context }: RecognizeRequest): Recognition {
    const prefix = text.slice(0, MAX_UNDERSTOOD_CHARS);
    const written = tokenise(normalise(prefix));
    const detected = this.detector.detect(prefix, written).lang;
    // The conversation's language reflects what the person wrote before; the locale is only the client's setting.
    const fallback = context.lang ?? langFromLocale(locale) ?? DEFAULT_LANG;
    const lang = detected ?? fallback;
    const tokens = CHAT_ABBREVIATIONS[lang].apply(written);
    const base: RecognitionBase = { lang, langFromText: detected !== undefined, candidates: [] };
    if (tokens.length === 0) return { ...base, kind: 'empty' };

    const smallTalk = this.smallTalk.detect(tokens, lang);
    if (smallTalk) {
      return { ...base, lang: detected ?? smallTalk.lang, langFromText: true, kind: 'smallTalk', smallTalk: smallTalk.kind };
    }
    if (this.handoff.isButton(tokens)) return { ...base, kind: 'handoff' };
    // A button sends its entry's title back; a curated phrasing typed as is is answered below,
    // after the cues of a wish to contact the team or a personal case have had their say.
    const index = this.indexes[lang];
    const exact = index.titleMatch(index.analyseTokens(tokens));
    if (exact) {
      const kind = exact === this.kb.conversation.personalCaseEntry ? 'personalCase' : 'answer';
      return { ...base, kind, entryId: exact, candidates: [{ entryId: exact, score: 1 }] };
    }

    const questions = this.segmenter.questions(prefix, lang);
    const parts = questions.map((q) => q.words);
    const names = capitalisedWords(prefix);
    const results = questions.flatMap((question) => this.recognizeQuestion(question, lang, context, base, names));
    const answered = results.filter(
      (r): r is Extract<Recognition, { kind: 'answer' | 'personalCase' }> => r.kind === 'answer' || r.kind === 'personalCase',
    );
    const [first] = answered;
    if (first) {
      const also = [
        ...new Set(
          answered
            .slice(1)
            .filter((r) => r.kind === 'answer')
            .map((r) => r.entryId),
        ),
      ].filter((id) => id !== first.entryId);
      return first.kind === 'answer' && also.length > 0 ? { ...first, also } : first;
    }
    const handoff = results.find((r) => r.kind === 'handoff');
    if (handoff) return handoff;
    // Split too finely ("¿qué es y cómo funciona?"), the questions may still be understood together.
    return parts.length > 1 ? this.recognizePart(parts.flat(), lang, context, base, names) : (results[0] ?? { ...base, kind: 'notFound' });
  }

  /**
   * One question of the message, or two when it joins two without a question word ("¿cuántos
   * expertos hay y se les paga algo?", "do you work on asylum and on remittances?"): split at the
   * joiner when each side is clearly a different entry's question, and more clearly so than the
   * whole ("¿trabajan en migración y desarrollo?" is one area's name).
   */
  private recognizeQuestion(
    question: Question,
    lang: Lang,
    context: ConversationContext,
    base: RecognitionBase,
    names: ReadonlySet<string>,
  ): Recognition[] {
    const { words, before } = question;
    // Someone's own case is often told first and asked about after: "Me denegaron el visado. ¿Qué hago?"
    const withBefore = [...before, ...words];
    if (before.length > 0 && this.isPersonalCase(withBefore, lang)) return [this.personalCaseRecognition(base)];
    // "Nunca había oído hablar de MIEUX+. ¿Me explicas qué es?": a question with no topic of its own,
    // right after MIEUX+ was named, asks what MIEUX+ is, whatever the person said of themselves before.
    const whatWeDo = this.kb.conversation.whatWeDo;
    if (whatWeDo && WHAT_IS_IT[lang].occursIn(words) && this.namesProgrammeLast(before, lang) && !this.hasTopic(words, lang)) {
      return [certainAnswer(base, whatWeDo.entry)];
    }
    // A question with no word of its own is about what was said before it.
    const tokens = this.segmenter.saysNothing(words, lang) ? withBefore : words;
    let whole = this.recognizePart(tokens, lang, context, base, names);
    // "He leído que apoya el enfoque Equipo Europa. ¿En qué consiste eso?": a question that finds
    // nothing by itself may be about what was just said.
    if (before.length > 0 && tokens !== withBefore && (whole.kind === 'notFound' || whole.kind === 'clarify')) {
      const withContext = this.recognizePart(withBefore, lang, context, base, names);
      if (withContext.kind === 'answer') whole = withContext;
    }
    // "l'équipe Europe, c'est quoi ce truc ?": "what is this thing" asks about the topic just named, not about MIEUX+;
    // after a topic the knowledge base does not know ("la météo, c'est quoi ça ?") there is nothing to answer.
    if (before.length > 0 && this.asksOnlyWhatWeDo(words, lang)) {
      const lead = this.leadTopic(before, lang);
      if (lead === 'known') {
        const named = this.recognizePart(withBefore, lang, context, base, names);
        if (named.kind === 'answer') whole = named;
      } else if (lead === 'other') whole = { ...base, kind: 'notFound' };
    }
    whole = this.partOfOverview(whole, before, words, lang, context, base, names);
    whole = this.fromOutsider(whole, withBefore, lang);
    const wholeScore = whole.kind === 'answer' ? (whole.candidates[0]?.score ?? 1) : 0;
    for (const [left, right] of this.segmenter.joinedHalves(tokens, lang)) {
      const first = this.recognizePart(left, lang, context, base, names);
      const second = this.secondHalf(left, right, first, lang, context, base, names);
      if (first.kind !== 'answer' || second.kind !== 'answer' || first.entryId === second.entryId) continue;
      const weaker = Math.min(first.candidates[0]?.score ?? 1, second.candidates[0]?.score ?? 1);
      // The whole often goes to the stronger half alone ("¿cuántos expertos hay y se les paga algo?"):
      // when it names one of the halves' answers, the other half was asked too.
      const wholeIsAHalf =
        whole.kind === 'answer' &&
        (whole.entryId === first.entryId || whole.entryId === second.entryId) &&
        this.segmenter.asksAgain(right, lang);
      if (weaker > wholeScore || wholeIsAHalf) return [first, second];
    }
    return [whole];
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
    lang: Lang,
    context: ConversationContext,
    base: RecognitionBase,
    names: ReadonlySet<string>,
  ): Recognition {
    const alone = this.recognizePart(right, lang, context, base, names);
    const index = this.indexes[lang];
    if (index.analyseTokens(right).terms.length > MAX_SUBJECTLESS_TERMS || !this.segmenter.asksAgain(right, lang)) return alone;
    const withSubject = this.recognizePart([...this.knownWords(left, lang), ...right], lang, context, base, names);
    // Read with the first question's words, it may only find the first question again.
    const sameAsFirst = first.kind === 'answer' && withSubject.kind === 'answer' && withSubject.entryId === first.entryId;
    return withSubject.kind === 'answer' && !sameAsFirst ? withSubject : alone;
  }

  /**
   * "We work on remittances. Is this a field MIEUX+ works in?": a question that finds an overview
   * (all the areas) after a statement that points to one of its parts is about that part.
   */
  private partOfOverview(
    recognition: Recognition,
    before: readonly string[],
    words: readonly string[],
    lang: Lang,
    context: ConversationContext,
    base: RecognitionBase,
    names: ReadonlySet<string>,
  ): Recognition {
    const parts = recognition.kind === 'answer' ? this.kb.conversation.overviews?.[recognition.entryId] : undefined;
    if (!parts || before.length === 0) return recognition;
    const withStatement = this.recognizePart([...this.knownWords(before, lang), ...words], lang, context, base, names);
    return withStatement.kind === 'answer' && parts.includes(withStatement.entryId) ? withStatement : recognition;
  }

  /** A statement that names MIEUX+ after every topic it mentions: what comes next points back at MIEUX+. */
  private namesProgrammeLast(words: readonly string[], lang: Lang): boolean {
    const index = this.indexes[lang];
    const { terms } = index.analyseTokens(words);
    const last = terms.lastIndexOf(PROGRAMME_NAME);
    return last >= 0 && !terms.slice(last + 1).some((t) => t !== PROGRAMME_NAME && index.knows(t));
  }

  /** Whether a question holds a word the knowledge base knows, besides the programme's name. */
  private hasTopic(words: readonly string[], lang: Lang): boolean {
    const index = this.indexes[lang];
    return index.analyseTokens(words).terms.some((t) => t !== PROGRAMME_NAME && index.knows(t));
  }

  /** "¿Ustedes qué hacen?", "c'est quoi ce truc ?": a phrase of whatWeDo and no other word the knowledge base knows. */
  private asksOnlyWhatWeDo(tokens: readonly string[], lang: Lang): boolean {
    const asks = this.whatWeDo[lang].remove(tokens);
    const index = this.indexes[lang];
    return asks !== undefined && asks.removed > 0 && index.vocabulary(index.analyseTokens(asks.rest)).known === 0;
  }

  /**
   * What a few words before a question name: a topic of the knowledge base ("l'équipe Europe"),
   * another subject ("la météo": a word of the language it never uses, and no word of the programme
   * or of the person asking), or neither (a greeting, an introduction, a longer statement).
   */
  private leadTopic(words: readonly string[], lang: Lang): 'known' | 'other' | undefined {
    const index = this.indexes[lang];
    const analysis = index.analyseTokens(words);
    const { terms } = analysis;
    if (terms.length === 0 || terms.length > MAX_TOPIC_TERMS || this.tiesToProgramme[lang].occursIn(analysis.tokens)) return undefined;
    if (terms.every((t) => index.knows(t))) return 'known';
    return index.vocabulary(analysis).otherTopicWords > 0 ? 'other' : undefined;
  }

  /** The words of a statement whose terms the knowledge base knows. */
  private knownWords(words: readonly string[], lang: Lang): string[] {
    const index = this.indexes[lang];
    const analysis = index.analyseTokens(words);
    return analysis.words.filter((_, i) => index.knows(analysis.terms[i] ?? ''));
  }

  /**
   * A question about taking part from someone outside a Member State's public administration
   * ("I'm retired. Can I still be an expert?") asks what the brochure does not say.
   */
  private fromOutsider(recognition: Recognition, words: readonly string[], lang: Lang): Recognition {
    const outsiders = this.kb.conversation.outsiders;
    if (!outsiders || (recognition.kind !== 'answer' && recognition.kind !== 'clarify')) return recognition;
    const first = recognition.kind === 'answer' ? recognition.entryId : recognition.options[0];
    const aboutTakingPart = first !== undefined && this.outsiderQuestions.has(first);
    if (!aboutTakingPart || !this.outsiders[lang].occursIn(words.map((w) => this.lexicons[lang].stem(w)))) return recognition;
    return { ...recognition, kind: 'answer', entryId: outsiders.entry, candidates: [{ entryId: outsiders.entry, score: 1 }] };
  }

  private isPersonalCase(tokens: readonly string[], lang: Lang): boolean {
    return this.personalCase.isPersonalCase(tokens, lang);
  }

  private personalCaseRecognition(base: RecognitionBase): Recognition {
    return { ...base, kind: 'personalCase', entryId: this.kb.conversation.personalCaseEntry };
  }

  /** One question of the message: a personal case, a wish to contact the team, or a knowledge-base search. */
  private recognizePart(
    tokens: readonly string[],
    lang: Lang,
    context: ConversationContext,
    base: RecognitionBase,
    names: ReadonlySet<string> = new Set(),
  ): Recognition {
    if (this.personalCase.isPersonalCase(tokens, lang)) return this.personalCaseRecognition(base);
    const lexicon = this.lexicons[lang];
    const forms = tokens.map((t) => lexicon.stem(t));
    if (this.handoff.wantsHandoff(tokens, forms, lang)) return { ...base, kind: 'handoff' };
    const index = this.indexes[lang];
    const analysis = index.analyseTokens(tokens);
    const whatWeDo = this.kb.conversation.whatWeDo;
    if (whatWeDo && this.asksOnlyWhatWeDo(tokens, lang)) {
      return certainAnswer(base, whatWeDo.entry);
    }
    const exact = index.exactMatch(analysis);
    if (exact === this.kb.conversation.personalCaseEntry) return this.personalCaseRecognition(base);
    if (exact) return certainAnswer(base, exact);
    const candidates = index.search(analysis, new Set(context.offered ?? []), this.tuning.offeredBoost);
    const selection = this.aboutSomethingElse(analysis, candidates, index, names)
      ? ({ kind: 'notFound' } as const)
      : this.select(analysis, candidates, index);
    const withCandidates = { ...base, candidates: candidates.slice(0, 5) };
    switch (selection.kind) {
      case 'answer':
        return { ...withCandidates, kind: 'answer', entryId: selection.entryId };
      case 'clarify':
        return { ...withCandidates, kind: 'clarify', options: selection.options };
      case 'notFound':
        return { ...withCandidates, kind: 'notFound' };
    }
  }

  /**
   * The clear winner (if the classifier does not disagree), or among close candidates the one the curated phrasings make by far the
   * likeliest (naive Bayes over how people ask for each entry), or "did you mean".
   */
  private select(analysis: Analysis, candidates: readonly ScoredEntry[], index: RetrievalIndex): Selection {
    // What people ask about other things looks like this more than like any entry: not our topic.
    // …unless the classifier is fairly sure of the entry itself: "programa", "públicas", "europeas" are words of
    // questions about other EU programmes too, but "¿cuántas funcionarias… colaboran en el programa?" is a figure.
    const top = candidates[0];
    const outOfScope = top?.outOfScope ?? 0;
    const entryLikely = top?.probability ?? 0;
    if (outOfScope >= this.tuning.outOfScopeMax && (entryLikely < this.tuning.entryLikelyDespiteOutOfScope || entryLikely <= outOfScope))
      return { kind: 'notFound' };
    const selection = selectAnswer(candidates, this.tuning);
    // Two views that disagree make an answer a guess: the nearest phrasing points to an entry whose
    // words, as the classifier weighs them, point elsewhere. "Did you mean" lets the person say.
    const chosen = selection.kind === 'answer' ? candidates.find((c) => c.entryId === selection.entryId) : undefined;
    if (chosen && (chosen.probability ?? 0) < this.tuning.classifierAgreementMin) {
      return { kind: 'clarify', options: candidates.slice(0, this.tuning.maxOptions).map((c) => c.entryId) };
    }
    if (selection.kind !== 'clarify') return selection;
    const likeliest = index.likeliest(analysis, selection.options);
    return likeliest && likeliest.share >= this.tuning.likelyShareToAnswer ? { kind: 'answer', entryId: likeliest.entryId } : selection;
  }

  /**
   * Words of the knowledge base among words it never uses ("¿qué **tiempo** hace mañana en
   * Bruselas?", "how do I become a Microsoft certified **expert**?", "who **funds** Wikipedia?")
   * make a question about something else that happens to share a word: it is not answered
   * unless the winner uses enough of the question, or the question names MIEUX+.
   */
  private aboutSomethingElse(
    analysis: Analysis,
    candidates: readonly ScoredEntry[],
    index: RetrievalIndex,
    names: ReadonlySet<string>,
  ): boolean {
    const [top] = candidates;
    if (!top || analysis.tokens.includes(PROGRAMME_NAME)) return false;
    if (this.namesAnotherSubject(analysis, top.entryId, names, index)) return true;
    const { known, otherTopicWords } = index.vocabulary(analysis, names);
    if (otherTopicWords === 0) return false;
    const matched = top.matched ?? 0;
    return (
      matched < this.tuning.termsToAnswerBesideOtherWords || matched / (known + otherTopicWords) < this.tuning.shareToAnswerBesideOtherWords
    );
  }

  /**
   * "Which languages are spoken in Switzerland?", "How much do experts earn at Deloitte?": a
   * country or a name the knowledge base never uses, and no word of the programme, of the person
   * asking or to the bot (conversation.yaml otherSubjects). A name made of words the knowledge
   * base uses ("the European Space Agency") is not caught.
   */
  private namesAnotherSubject(analysis: Analysis, winner: string, names: ReadonlySet<string>, index: RetrievalIndex): boolean {
    const otherSubjects = this.kb.conversation.otherSubjects;
    if (!otherSubjects || otherSubjects.answers.includes(winner)) return false;
    const named =
      analysis.tokens.includes(COUNTRY_NAME) || analysis.words.some((w, i) => names.has(w) && !index.knows(analysis.terms[i] ?? ''));
    return named && !this.tiesToProgramme[index.lang].occursIn(analysis.tokens);
  }

  /** What the recognizer made of a message, for curators (npm run kb:try): the terms it searched, unknown ones marked. */
  explain(request: RecognizeRequest): { recognition: Recognition; terms: string[]; parts: string[] } {
    const recognition = this.recognizeSync(request);
    const index = this.indexes[recognition.lang];
    const terms = index.analyse(request.text.slice(0, MAX_UNDERSTOOD_CHARS)).terms.map((t) => (index.knows(t) ? t : `${t}?`));
    const parts = this.segmenter.parts(request.text.slice(0, MAX_UNDERSTOOD_CHARS), recognition.lang).map((p) => p.join(' '));
    return { recognition, terms, parts };
  }

  /** A text's idf-weighted index terms in a language, through the same pipeline as questions: for curators' comparisons. */
  termVector(text: string, lang: Lang): TermVector {
    return this.indexes[lang].termVector(text.slice(0, MAX_UNDERSTOOD_CHARS));
  }

  /** The languages this recognizer can answer in. */
  static readonly languages = LANGUAGES;
}
