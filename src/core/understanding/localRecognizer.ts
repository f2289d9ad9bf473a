import { DEFAULT_LANG, LANGUAGES, langFromLocale, type Lang, type Localized } from '../language/languages';
import { LanguageDetector } from '../language/detectLanguage';
import { Lexicon } from '../language/lexicon';
import { normalise } from '../language/normalise';
import { STEMMERS } from '../language/stemmers';
import { STOP_WORDS } from '../language/stopWords';
import { SynonymMap } from '../language/synonyms';
import { tokenise } from '../language/tokenise';
import type { KnowledgeBase } from '../knowledge/types';
import { selectAnswer } from './answerSelector';
import { HandoffIntentDetector } from './handoffIntent';
import { PersonalCaseDetector } from './personalCase';
import type { Recognition, RecognizeRequest, Recognizer } from './recognizer';
import { RetrievalIndex } from './retrievalIndex';
import { SmallTalkDetector } from './smallTalk';
import type { TermVector } from './termVector';
import { DEFAULT_TUNING, type Tuning } from './tuning';

/** Understanding looks at this much of a message; a pasted essay is answered from its start. */
export const MAX_UNDERSTOOD_CHARS = 500;

function lexiconTexts(kb: KnowledgeBase, lang: Lang): string[] {
  const texts: string[] = [];
  for (const entry of kb.entries.values()) texts.push(entry.text[lang].title, ...entry.text[lang].questions, entry.text[lang].answer);
  for (const group of kb.synonyms[lang]) texts.push(...group);
  return texts;
}

/**
 * Understanding with no network: language detection, small talk, personal cases and
 * TF-IDF retrieval over the knowledge base, all built once from the knowledge files.
 */
export class LocalRecognizer implements Recognizer {
  readonly name = 'local';
  private readonly indexes: Localized<RetrievalIndex>;
  private readonly detector: LanguageDetector;
  private readonly smallTalk: SmallTalkDetector;
  private readonly personalCase: PersonalCaseDetector;
  private readonly handoff: HandoffIntentDetector;

  constructor(
    private readonly kb: KnowledgeBase,
    private readonly tuning: Tuning = DEFAULT_TUNING,
  ) {
    const build = (lang: Lang): { index: RetrievalIndex; lexicon: Lexicon } => {
      const stopWords = STOP_WORDS[lang];
      const lexicon = new Lexicon(STEMMERS[lang], lexiconTexts(kb, lang), stopWords);
      const parts = { synonyms: new SynonymMap(kb.synonyms[lang]), stopWords, stem: (t: string) => lexicon.stem(t) };
      return { index: new RetrievalIndex(kb, lang, parts, tuning.unknownWordWeight), lexicon };
    };
    const built = { es: build('es'), en: build('en'), fr: build('fr') };
    this.indexes = { es: built.es.index, en: built.en.index, fr: built.fr.index };
    this.smallTalk = new SmallTalkDetector(kb.conversation, STOP_WORDS);
    this.personalCase = new PersonalCaseDetector(kb.conversation.personalCase);
    this.handoff = new HandoffIntentDetector(kb.conversation.handoff);
    const vocabulary = (lang: Lang): string[] => [
      ...STOP_WORDS[lang],
      ...built[lang].lexicon.words(),
      ...this.smallTalk.wordsOf(lang),
    ];
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
    const tokens = tokenise(normalise(prefix));
    const detected = this.detector.detect(prefix, tokens).lang;
    // The conversation's language reflects what the person wrote before; the locale is only the client's setting.
    const fallback = context.lang ?? langFromLocale(locale) ?? DEFAULT_LANG;
    const lang = detected ?? fallback;
    const base = { lang, langFromText: detected !== undefined, candidates: [] };
    if (tokens.length === 0) return { ...base, kind: 'empty' };

    const smallTalk = this.smallTalk.detect(tokens, lang);
    if (smallTalk) {
      return { ...base, lang: detected ?? smallTalk.lang, langFromText: true, kind: 'smallTalk', smallTalk: smallTalk.kind };
    }
    if (this.personalCase.isPersonalCase(tokens, lang)) {
      return { ...base, kind: 'personalCase', entryId: this.kb.conversation.personalCaseEntry };
    }
    if (this.handoff.wantsHandoff(tokens, lang)) return { ...base, kind: 'handoff' };

    const index = this.indexes[lang];
    const analysis = index.analyseTokens(tokens);
    // A button sends its entry's title back; a curated phrasing typed as is deserves no doubt either.
    const exact = index.exactMatch(analysis);
    if (exact) return { ...base, kind: 'answer', entryId: exact, candidates: [{ entryId: exact, score: 1 }] };
    const candidates = index.search(analysis, new Set(context.offered ?? []), this.tuning.offeredBoost);
    const selection = selectAnswer(candidates, this.tuning);
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

  /** What the recognizer made of a message, for curators (npm run kb:try): the terms it searched, unknown ones marked. */
  explain(request: RecognizeRequest): { recognition: Recognition; terms: string[] } {
    const recognition = this.recognizeSync(request);
    const index = this.indexes[recognition.lang];
    const terms = index.analyse(request.text.slice(0, MAX_UNDERSTOOD_CHARS)).terms.map((t) => (index.knows(t) ? t : `${t}?`));
    return { recognition, terms };
  }

  /** A text's idf-weighted index terms in a language, through the same pipeline as questions: for curators' comparisons. */
  termVector(text: string, lang: Lang): TermVector {
    return this.indexes[lang].termVector(text.slice(0, MAX_UNDERSTOOD_CHARS));
  }

  /** The languages this recognizer can answer in. */
  static readonly languages = LANGUAGES;
}
