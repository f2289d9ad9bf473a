import { DEFAULT_LANG, LANGUAGES, langFromLocale, perLanguage, type Lang, type Localized } from '../language/languages';
import { LanguageDetector } from '../language/detectLanguage';
import { normalise } from '../language/normalise';
import { STOP_WORDS } from '../language/stopWords';
import { writeOutSigns } from '../language/typedSigns';
import { SPELLING_DICTIONARIES, type WordList } from '../language/spellingDictionary';
import { tokenise } from '../language/tokenise';
import type { Analysis } from '../language/pipeline';
import type { KnowledgeBase } from '../knowledge/types';
import { selectAnswer, type Selection } from './answerSelector';
import { HandoffIntentDetector } from './handoffIntent';
import { buildLanguageIndex } from './languageIndex';
import { PersonalCaseDetector } from './personalCase';
import { PhraseList } from './phraseList';
import { INSERTED_IN_WHAT_WE_DO, QUESTION_WORDS } from '../language/questionWords';
import { PERSON_WORDS } from '../language/personWords';
import { WORD_REWRITES } from '../language/wordRewrites';
import { COUNTRY_NAME, FROM_WORDS, PLACE_QUALIFIERS, TO_PLACE_PHRASES } from '../language/countryNames';
import { MEMBER_STATE_NAMES } from '../language/memberStates';
import { NAME_AS_WORD } from '../language/nameAsWord';
import { OTHER_NAME } from '../language/otherNames';
import { capitalisedPhrases } from './namePhrases';
import { QuestionInContext } from './questionInContext';
import { QuestionSegmenter } from './questionParts';
import { certainAnswer, type Reading, type RecognitionBase } from './reading';
import type { Recognition, RecognizeRequest, Recognizer } from './recognizer';
import type { RetrievalIndex, ScoredEntry } from './retrievalIndex';
import { SmallTalkDetector } from './smallTalk';
import type { TermVector } from './termVector';
import { PROGRAMME_NAME, TopicWords } from './topicWords';
import { DEFAULT_TUNING, type Tuning } from './tuning';

/** A capitalised word after a sentence's first, or an acronym ("LVMH"), at any place. */
const CAPITALISED = /(?<=[\p{L}\p{N},;:'’"()-]\s+)\p{Lu}[\p{L}\p{N}]*|\b\p{Lu}{2,}\b/gu;

/** Where the person writes from ("…remotely from Dublin", "en visio depuis Bruxelles"): no subject of the question. */
const FROM_PLACE = new RegExp(`(?:${FROM_WORDS.map((w) => `\\b${w}`).join('|')})\\s+$`, 'iu');

/** Where experts would go ("…come to Tegucigalpa", « viendraient-ils à Niamey »): read on the normalised words before a name. */
const TO_PLACE = new RegExp(`(?:^|\\s)(?:${TO_PLACE_PHRASES.join('|')})$`, 'u');
/** How many characters before a name can hold the longest of those phrases. */
const MAX_PLACE_LEAD = Math.max(...TO_PLACE_PHRASES.map((p) => p.length)) + 4;

/**
 * The words written with a capital inside sentences, normalised: names of things, which a question
 * about something else names. Not the part of a region a name gives ("West Africa": `qualifiers`),
 * nor the place someone writes from or experts would go to.
 */
function capitalisedWords(text: string, qualifiers: readonly string[]): ReadonlySet<string> {
  const words = new Set<string>();
  for (const match of text.matchAll(CAPITALISED)) {
    if (FROM_PLACE.test(text.slice(Math.max(0, match.index - 8), match.index))) continue;
    if (TO_PLACE.test(normalise(text.slice(Math.max(0, match.index - MAX_PLACE_LEAD), match.index)))) continue;
    for (const word of tokenise(normalise(match[0]))) if (!qualifiers.includes(word)) words.add(word);
  }
  return words;
}

/**
 * "C'EST QUOI L'ADRESSE DE VOTRE COMPTE TWITTER": a message with no lower-case letter is shouted (or typed with caps
 * lock), not a row of names; its capitals say nothing of what it names.
 */
function writtenInCapitals(text: string): boolean {
  return !/\p{Ll}/u.test(text) && /\p{Lu}[^\p{L}]+\p{Lu}/u.test(text);
}

/** Understanding looks at this much of a message; a pasted essay is answered from its start. */
export const MAX_UNDERSTOOD_CHARS = 500;

/** What of a message is read: its first MAX_UNDERSTOOD_CHARS, with typed signs written out ("a+"). */
function understood(text: string): string {
  return writeOutSigns(text.slice(0, MAX_UNDERSTOOD_CHARS));
}

/**
 * Understanding with no network: language detection, small talk, personal cases and
 * TF-IDF retrieval over the knowledge base, all built once from the knowledge files.
 */
export class LocalRecognizer implements Recognizer {
  readonly name = 'local';
  private readonly words: Localized<TopicWords>;
  private readonly detector: LanguageDetector;
  private readonly smallTalk: SmallTalkDetector;
  private readonly personalCase: PersonalCaseDetector;
  private readonly handoff: HandoffIntentDetector;
  private readonly segmenter: QuestionSegmenter;
  private readonly inContext: QuestionInContext;
  /** See ConversationData.tasks. Matched word for word: "translated into" is no "translate this". */
  private readonly tasks: Localized<PhraseList>;

  /** `spelling`: the spelling dictionaries that keep typo tolerance from rewriting real words. */
  constructor(
    private readonly kb: KnowledgeBase,
    private readonly tuning: Tuning = DEFAULT_TUNING,
    spelling: Localized<WordList> = SPELLING_DICTIONARIES,
  ) {
    const whatWeDo = kb.conversation.whatWeDo?.phrases ?? { es: [], en: [], fr: [] };
    const programmeWords = kb.conversation.otherSubjects?.programmeWords ?? { es: [], en: [], fr: [] };
    const countryFacts = kb.conversation.otherSubjects?.countryFacts ?? { es: [], en: [], fr: [] };
    const build = (lang: Lang): TopicWords => {
      const { index, lexicon, written } = buildLanguageIndex(kb, lang, tuning, spelling[lang]);
      const ties = new PhraseList([...programmeWords[lang], ...PERSON_WORDS[lang]]);
      const memberStates = new PhraseList(MEMBER_STATE_NAMES[lang]);
      return new TopicWords(
        index,
        lexicon,
        new PhraseList(whatWeDo[lang], undefined, INSERTED_IN_WHAT_WE_DO[lang]),
        ties,
        new PhraseList(countryFacts[lang]),
        memberStates,
        written,
      );
    };
    this.words = perLanguage(build);
    this.segmenter = new QuestionSegmenter(
      QUESTION_WORDS,
      STOP_WORDS,
      WORD_REWRITES,
      perLanguage((lang) => (word: string) => this.words[lang].lexicon.has(word)),
    );
    // Cues compare stems, so they hold for every inflection and for corrected typos.
    const forms = perLanguage((lang) => (w: string) => this.words[lang].lexicon.stem(w));
    const tasks = kb.conversation.tasks ?? { es: [], en: [], fr: [] };
    this.tasks = perLanguage((lang) => new PhraseList(tasks[lang]));
    this.smallTalk = new SmallTalkDetector(kb.conversation, STOP_WORDS);
    this.personalCase = new PersonalCaseDetector(
      kb.conversation.personalCase,
      perLanguage((lang) => (words: readonly string[]) => this.words[lang].index.corrected(words)),
    );
    this.handoff = new HandoffIntentDetector(kb.conversation.handoff, forms);
    this.inContext = new QuestionInContext(
      kb.conversation,
      this.words,
      this.segmenter,
      this.personalCase,
      (tokens, reading) => this.recognizePart(tokens, reading),
      tuning,
    );
    const vocabulary = (lang: Lang): string[] => [
      ...STOP_WORDS[lang],
      ...this.words[lang].lexicon.words(),
      ...this.smallTalk.wordsOf(lang),
    ];
    this.detector = new LanguageDetector(perLanguage(vocabulary));
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
    const typed = understood(text);
    const detected = this.detector.detect(typed, tokenise(normalise(typed))).lang;
    // The conversation's language reflects what the person wrote before; the locale is only the client's setting.
    const fallback = context.lang ?? langFromLocale(locale) ?? DEFAULT_LANG;
    const lang = detected ?? fallback;
    const prefix = NAME_AS_WORD[lang](typed);
    const written = tokenise(normalise(prefix));
    const tokens = WORD_REWRITES[lang].apply(written);
    const base: RecognitionBase = { lang, langFromText: detected !== undefined, candidates: [] };
    if (tokens.length === 0) return { ...base, kind: 'empty' };

    const smallTalk = this.smallTalk.detect(tokens, lang);
    if (smallTalk) {
      return { ...base, lang: detected ?? smallTalk.lang, langFromText: true, kind: 'smallTalk', smallTalk: smallTalk.kind };
    }
    if (this.handoff.isButton(tokens)) return { ...base, kind: 'handoff' };
    // A button sends its entry's title back; a curated phrasing typed as is is answered below,
    // after the cues of a wish to contact the team or a personal case have had their say.
    const index = this.words[lang].index;
    const exact = index.titleMatch(index.analyseTokens(tokens));
    if (exact) {
      const kind = exact === this.kb.conversation.personalCaseEntry ? 'personalCase' : 'answer';
      return { ...base, kind, entryId: exact, candidates: [{ entryId: exact, score: 1 }] };
    }

    const questions = this.segmenter.questions(prefix, lang);
    const parts = questions.map((q) => q.words);
    const shouted = writtenInCapitals(prefix);
    const reading: Reading = {
      lang,
      context,
      base,
      names: shouted ? new Set<string>() : capitalisedWords(prefix, PLACE_QUALIFIERS[lang]),
      namePhrases: shouted ? [] : capitalisedPhrases(prefix),
    };
    const results = questions.flatMap((question) => this.inContext.read(question, reading));
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
    return parts.length > 1 ? this.recognizePart(parts.flat(), reading) : (results[0] ?? { ...base, kind: 'notFound' });
  }

  /** One question of the message: a personal case, a wish to contact the team, or a knowledge-base search. */
  private recognizePart(allTokens: readonly string[], { lang, context, base, names }: Reading): Recognition {
    const tokens = this.segmenter.whatIsNameWithoutClause(allTokens, lang);
    // "Escribe un poema sobre el cambio climático" shares a topic's words, but asks for work, not about MIEUX+.
    // Asked in the question, not said in the story before it ("…how EU instruments translate commitments…").
    if (this.tasks[lang].occursIn(tokens)) return { ...base, kind: 'notFound' };
    const personalCase: Recognition = { ...base, kind: 'personalCase', entryId: this.kb.conversation.personalCaseEntry };
    if (this.personalCase.isPersonalCase(tokens, lang)) return personalCase;
    const words = this.words[lang];
    const forms = tokens.map((t) => words.lexicon.stem(t));
    if (this.handoff.wantsHandoff(tokens, forms, lang)) return { ...base, kind: 'handoff' };
    const { index } = words;
    const analysis = index.analyseTokens(tokens);
    const whatWeDo = this.kb.conversation.whatWeDo;
    if (whatWeDo && words.asksOnlyWhatWeDo(tokens, names)) {
      return certainAnswer(base, whatWeDo.entry);
    }
    const exact = index.exactMatch(analysis);
    if (exact === this.kb.conversation.personalCaseEntry) return personalCase;
    if (exact) return certainAnswer(base, exact);
    // Only a yes-or-no question: with a question word ("what (on earth) is MIEUX+?", "¿cómo lo consigue
    // MIEUX+?") the words around the name are emphasis, or point back to what was said.
    if (words.asksOfProgrammeOnlyWhatItDoesNotKnow(analysis, names) && !this.segmenter.hasQuestionWord(tokens, lang)) {
      return { ...base, kind: 'notFound' };
    }
    const candidates = index.search(analysis, new Set(context.offered ?? []), this.tuning.offeredBoost);
    const selection = this.aboutSomethingElse(tokens, analysis, candidates, words, names)
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
    tokens: readonly string[],
    analysis: Analysis,
    candidates: readonly ScoredEntry[],
    words: TopicWords,
    names: ReadonlySet<string>,
  ): boolean {
    const [top] = candidates;
    if (!top || analysis.tokens.includes(PROGRAMME_NAME)) return false;
    if (this.namesAnotherSubject(tokens, analysis, top.entryId, names, words)) return true;
    const { known, otherTopicWords } = words.index.vocabulary(analysis, names);
    if (otherTopicWords === 0) return false;
    // Not when the other word is a name ("What's Fulbright and how do I apply?"), or a country is named
    // beside it ("¿cuál es la capital de Malta?"): the question is about that.
    const named = analysis.tokens.includes(COUNTRY_NAME) || words.holdsUnknownName(analysis, names);
    if (otherTopicWords === 1 && !named && this.isSure(top)) return false;
    const matched = top.matched ?? 0;
    return (
      matched < this.tuning.termsToAnswerBesideOtherWords || matched / (known + otherTopicWords) < this.tuning.shareToAnswerBesideOtherWords
    );
  }

  /** Whether every view agrees on the winner: see Tuning.sureDespiteOtherWord. */
  private isSure({ score, probability = 0, outOfScope = 1 }: ScoredEntry): boolean {
    const sure = this.tuning.sureDespiteOtherWord;
    return score >= sure.score && probability >= sure.probability && outOfScope <= sure.outOfScope;
  }

  /**
   * "Which languages are spoken in Switzerland?", "How much do experts earn at Deloitte?": a
   * country or a name the knowledge base never uses, and no word of the programme, of the person
   * asking or to the bot (conversation.yaml otherSubjects). A name made of words the knowledge
   * base uses ("the European Space Agency") is not caught.
   */
  private namesAnotherSubject(
    tokens: readonly string[],
    analysis: Analysis,
    winner: string,
    names: ReadonlySet<string>,
    words: TopicWords,
  ): boolean {
    const otherSubjects = this.kb.conversation.otherSubjects;
    if (!otherSubjects) return false;
    // Another organisation is the subject whatever the answer and whoever asks, unless MIEUX+ is named
    // (aboutSomethingElse): "¿En qué países trabaja ACNUR?", "How many member states does NATO have?".
    if (analysis.tokens.includes(OTHER_NAME)) return true;
    if (words.tiedToProgramme(analysis.tokens)) return false;
    // "¿Con cuántos países tiene frontera Bolivia?": a fact of the country itself, whatever the answer.
    if (analysis.tokens.includes(COUNTRY_NAME) && words.asksCountryFact(analysis.tokens)) return true;
    if (otherSubjects.answers.includes(winner)) return false;
    // "¿Qué beneficios saca España de participar?": what a Member State gains, asked of one by name.
    const ofMemberState = otherSubjects.memberStateAnswers?.includes(winner) === true && words.namesOnlyMemberStates(tokens, analysis);
    // Not with a word the knowledge base never uses: "¿Qué beneficios tiene el turismo para España?".
    if (ofMemberState && words.index.vocabulary(analysis, names).otherTopicWords === 0) return false;
    return analysis.tokens.includes(COUNTRY_NAME) || words.holdsUnknownName(analysis, names);
  }

  /** What the recognizer made of a message, for curators (npm run kb:try): the terms it searched, unknown ones marked. */
  explain(request: RecognizeRequest): { recognition: Recognition; terms: string[]; parts: string[] } {
    const recognition = this.recognizeSync(request);
    const { index } = this.words[recognition.lang];
    const prefix = NAME_AS_WORD[recognition.lang](understood(request.text));
    const terms = index.analyse(prefix).terms.map((t) => (index.knows(t) ? t : `${t}?`));
    const parts = this.segmenter.parts(prefix, recognition.lang).map((p) => p.join(' '));
    return { recognition, terms, parts };
  }

  /** A text's idf-weighted index terms in a language, through the same pipeline as questions: for curators' comparisons. */
  termVector(text: string, lang: Lang): TermVector {
    return this.words[lang].index.termVector(text.slice(0, MAX_UNDERSTOOD_CHARS));
  }

  /** The languages this recognizer can answer in. */
  static readonly languages = LANGUAGES;
}
