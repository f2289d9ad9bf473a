import { perLanguage, type Lang, type Localized } from '../language/languages';
import { normalise } from '../language/normalise';
import { WHAT_IS_IT_PHRASES, type QuestionWords } from '../language/questionWords';
import type { TokenRewrite } from '../language/synonyms';
import { tokenise } from '../language/tokenise';
import { PhraseList } from './phraseList';
import { PROGRAMME_NAME } from './topicWords';

interface Compiled {
  readonly stopWords: ReadonlySet<string>;
  /** Chat shortenings and everyday phrases (wordRewrites.ts), rewritten before a sentence is read. */
  readonly rewrites: TokenRewrite;
  readonly openers: PhraseList;
  /** Openers of several words ("me gustaría saber", "i'd like to know"): they open a question even mid-sentence. */
  readonly askingPhrases: PhraseList;
  readonly interrogatives: PhraseList;
  readonly fillers: PhraseList;
  readonly joiners: PhraseList;
  readonly alternatives: PhraseList;
  readonly pairing: PhraseList;
  readonly reciprocal: PhraseList;
  readonly restating: PhraseList;
  readonly prepositions: PhraseList;
  readonly contrast: PhraseList;
  readonly reasons: PhraseList;
  readonly relatives: PhraseList;
  readonly whatIsIt: PhraseList;
  readonly roles: PhraseList;
  readonly corrections: PhraseList;
  readonly determiners: PhraseList;
  readonly relating: PhraseList;
  readonly negations: PhraseList;
  readonly introductions: PhraseList;
  readonly tags: PhraseList;
  readonly reported: PhraseList;
}

/** A question cut in two at a joiner; `alternative` when the joiner offers one ("o", "or"). */
export interface JoinedHalves {
  readonly left: string[];
  readonly right: string[];
  readonly alternative: boolean;
}

/** One question of a message: its words, and the sentence just before it if that was a statement. */
export interface Question {
  readonly words: string[];
  readonly before: readonly string[];
  /**
   * `before` was said after the question, as its reason or story ("¿…?, ya que estoy jubilado",
   * "q es mieux+, me llegó un correo…"): it tells who asks, but the question was not asked about it.
   */
  readonly toldAfter?: boolean;
  /** The question this one was joined to in the same sentence ("quién la paga **y** quién la gestiona"), if any. */
  readonly joinedTo?: readonly string[];
  /** The question just before, when this one goes on from it in a sentence of its own ("¿Hay que saber inglés? **¿Y** pagan algo?"). */
  readonly follows?: readonly string[];
  /**
   * The statements said before `before`, back to the message's start or its last question, in order:
   * "A colleague told me about MIEUX+. I work at the ministry. What is it?" names what is asked about
   * two sentences back.
   */
  readonly story?: readonly (readonly string[])[];
}

interface Sentence {
  readonly tokens: readonly string[];
  /** Written as a question: a question mark, or Spanish "¿". */
  readonly marked: boolean;
  /** Ends where a Spanish "¿" or "¡" opens the next one, with no full stop between: "La salud, ¿es un tema?". */
  readonly runsOn: boolean;
  /** Ends with a colon before more text: it announces what follows ("j'aimerais savoir une chose : …", "tengo una duda: …"). */
  readonly announces: boolean;
  /** Where a comma stood, as the index of the word after it. */
  readonly commas?: readonly number[];
  /** A reason or story said after its question, moved before it (see Question.toldAfter). */
  readonly toldAfter?: boolean;
  /** What someone else asked, reported ("…me pide que le pregunte **en qué…**"): it asks, as a sentence that opens a question does. */
  readonly reportsQuestion?: boolean;
}

/** A role this short after "or" ("o como institución") is the other side of a choice (QuestionSegmenter.alternativeRole). */
const MAX_ROLE_WORDS = 4;

/** A clause this short before "¿" names the topic of the question after it ("La salud, ¿es uno de vuestros temas?"). */
const MAX_TOPIC_WORDS = 8;

/** An introduction before a question says who asks in this many words at most ("I'm a student at the University of Ghana"); more is a story. */
const MAX_INTRODUCTION_WORDS = 8;

/** The longest yes-or-no tag ("oui ou non"). */
const MAX_TAG_WORDS = 3;

/** A question this long at least before "ya que", "because", "car" can have been asked before its reason is given. */
const MIN_WORDS_BEFORE_REASON = 3;
/** …and a reason says this much at least: "since 2009" dates, it gives no reason. */
const MIN_REASON_WORDS = 3;

/** How far before a joiner a pairing word ("entre", "between") still pairs the words around it: "entre la migración laboral y…". */
const MAX_PAIRED_WORDS = 4;

/** The programme's own name says nothing about what a question asks ("¿MIEUX+ me puede ayudar?"). */
const NAMES: ReadonlySet<string> = new Set(['mieux', 'plus']);

/**
 * A sentence ends at . ! ? ; : … followed by a space or the end, at a line break, before ¿ or ¡
 * ("10.7" is no end), and before a list number ("1) quién la financia 2) cuánto dura", "1/ … 2/ …").
 */
const SENTENCE_BREAK = /(?<=[.!?;:…])\s+|\n+|(?=[¿¡])|\s+(?=\d{1,2}[.)/]\s*\p{L})/u;

/** A list number or bullet that opens a sentence ("2)", "3.", "-", "•"): no word of the question. */
const LIST_MARKER = /^\s*(?:\d{1,2}[.)/]|[-•*])\s*/;

/**
 * Finds the questions in a message: people greet, introduce themselves and then ask, and the
 * answer must follow the question, not the introduction; a message that asks two things gets
 * both. Each question comes with the statement just before it. The rules: docs/architecture.md#finding-the-questions-in-a-message-questionpartsts
 */
export class QuestionSegmenter {
  private readonly words: Localized<Compiled>;

  /**
   * `knows`: whether the knowledge base uses a word, to tell a topic named before "¿" ("Salud, ¿es un
   * tema?") from an interjection or a name said to the bot ("Asere, ¿…?"); every word is a topic without it.
   */
  constructor(
    words: Localized<QuestionWords>,
    stopWords: Localized<ReadonlySet<string>>,
    rewrites: Localized<TokenRewrite>,
    private readonly knows?: Localized<(word: string) => boolean>,
  ) {
    const compile = (w: QuestionWords, lang: Lang): Compiled => ({
      stopWords: stopWords[lang],
      rewrites: rewrites[lang],
      openers: new PhraseList([...w.interrogatives, ...w.openers, ...w.midSentence]),
      askingPhrases: new PhraseList([
        ...w.openers.filter((o) => tokenise(normalise(o)).length >= 3 && !w.onlyAtStart.includes(o)),
        ...w.midSentence,
      ]),
      interrogatives: new PhraseList(w.interrogatives),
      fillers: new PhraseList(w.fillers),
      joiners: new PhraseList(w.joiners),
      alternatives: new PhraseList(w.alternatives),
      pairing: new PhraseList(w.pairing),
      reciprocal: new PhraseList(w.reciprocal),
      restating: new PhraseList(w.restating),
      prepositions: new PhraseList(w.prepositions),
      contrast: new PhraseList(w.contrast),
      reasons: new PhraseList(w.reasons),
      relatives: new PhraseList(w.relatives),
      whatIsIt: new PhraseList(WHAT_IS_IT_PHRASES[lang]),
      roles: new PhraseList(w.roles),
      corrections: new PhraseList(w.corrections),
      determiners: new PhraseList(w.determiners),
      relating: new PhraseList(w.relating),
      negations: new PhraseList(w.negations),
      introductions: new PhraseList(w.introductions),
      tags: new PhraseList(w.tags),
      reported: new PhraseList(w.reported),
    });
    this.words = perLanguage((lang) => compile(words[lang], lang));
  }

  /** The message's questions, as normalised words, in the order asked; at least one part for a message with words. */
  parts(text: string, lang: Lang): string[][] {
    return this.questions(text, lang).map((q) => q.words);
  }

  /**
   * The same, each with the sentence said just before it when that was no question: people state
   * their case, then ask ("Me han denegado el visado. ¿Qué puedo hacer?").
   */
  questions(text: string, lang: Lang): Question[] {
    const words = this.words[lang];
    const sentences = this.withRestatements(
      this.withAnnouncedItems(this.afterLastCorrection(splitSentences(text, words.rewrites), words), words).flatMap((s) =>
        // The story first: the commas stand where the sentence's own words are.
        this.splitAtStory(s, words)
          .flatMap((p) => this.splitAtIntroduction(p, words))
          .flatMap((p) => this.splitAtAsking(p, words))
          .flatMap((p) => this.splitAtContrast(p, words))
          .flatMap((p) => this.splitAtReason(p, words)),
      ),
      words,
    );
    // What announces a question ("tengo una duda práctica:") is said before it, not asked.
    // "Como administración de un Estado miembro, ¿podemos…?": the role someone asks in is said, not asked.
    const saysRole = (s: Sentence): boolean => s.runsOn && !s.marked && words.roles.lengthAt(s.tokens, 0) > 0;
    // "Mi jefe quiere saber si esto merece la pena. ¿Qué beneficio obtiene…?": a request with no
    // question mark, followed by a question written as one, with words of its own, that does not go
    // on from it ("¿Y…?"), said what the question then asks. Not one that runs on into the question.
    const asksItself = (s: Sentence): boolean =>
      s.marked &&
      this.skipFillers(s.tokens, words) === 0 &&
      words.joiners.lengthAt(s.tokens, 0) === 0 &&
      !this.saysNothingIn(s.tokens, words);
    const restatedAfter = (i: number): boolean => !sentences[i]?.runsOn && sentences.slice(i + 1).some(asksItself);
    const isQuestion = sentences.map(
      (s, i) =>
        !s.announces && (s.marked || ((s.reportsQuestion || this.opensQuestion(s.tokens, words)) && !restatedAfter(i))) && !saysRole(s),
    );
    if (!isQuestion.includes(true)) {
      const all = sentences.flatMap((s) => s.tokens);
      return all.length > 0 ? this.splitJoined(all, words).map((w) => ({ words: w, before: [] })) : [];
    }
    const questions: Question[] = [];
    sentences.forEach((sentence, i) => {
      if (!isQuestion[i]) return;
      const previous = i > 0 && !isQuestion[i - 1] ? sentences[i - 1] : undefined;
      const topic =
        previous &&
        previous.runsOn &&
        previous.tokens.length <= MAX_TOPIC_WORDS &&
        !this.callsOut(previous.tokens, lang) &&
        !this.introduces(previous.tokens, words)
          ? previous.tokens
          : [];
      const before = previous && topic.length === 0 ? previous.tokens : [];
      const lastAsked = isQuestion.lastIndexOf(true, i - 1);
      const story = before.length > 0 ? sentences.slice(lastAsked + 1, i - 1).map((s) => s.tokens) : [];
      const joined = this.splitJoined([...topic, ...sentence.tokens], words);
      const lastQuestion = i > 0 && isQuestion[i - 1] ? questions[questions.length - 1]?.words : undefined;
      const goesOn = lastQuestion !== undefined && words.joiners.lengthAt(sentence.tokens, 0) > 0;
      joined.forEach((w, k) => {
        const previousPart = joined[k - 1];
        if (previousPart) questions.push({ words: w, before: [], joinedTo: previousPart });
        else if (goesOn) questions.push({ words: w, before, follows: lastQuestion });
        else if (previous?.toldAfter && before.length > 0)
          questions.push(story.length > 0 ? { words: w, before, toldAfter: true, story } : { words: w, before, toldAfter: true });
        else questions.push(story.length > 0 ? { words: w, before, story } : { words: w, before });
      });
    });
    return questions;
  }

  /**
   * "Asere, ¿esto lo paga la UE?", "Ajá, ¿y ustedes…?": one word before "¿" that the knowledge base
   * never uses calls out to the bot; it names no topic of the question.
   */
  private callsOut(tokens: readonly string[], lang: Lang): boolean {
    const [word] = tokens;
    const words = this.words[lang];
    if (tokens.length !== 1 || word === undefined || this.knows === undefined) return false;
    // Fillers and stop words ("oigan", "bueno") are read where they stand, as before.
    return !this.knows[lang](word) && words.fillers.lengthAt(tokens, 0) === 0 && !words.stopWords.has(word);
  }

  /**
   * "Quería preguntar por mi visado... bueno no, perdón, lo que quiero saber es si…": what someone
   * takes back is no longer said; the sentences from the correction on are the message.
   */
  private afterLastCorrection(sentences: readonly Sentence[], words: Compiled): readonly Sentence[] {
    for (let i = sentences.length - 1; i >= 0; i -= 1) {
      const sentence = sentences[i];
      if (sentence === undefined) continue;
      // "bueno no": the filler can be the correction's first word.
      const atFirst = words.corrections.lengthAt(sentence.tokens, 0);
      const start = atFirst > 0 ? 0 : this.skipFillers(sentence.tokens, words);
      const length = atFirst > 0 ? atFirst : words.corrections.lengthAt(sentence.tokens, start);
      if (length === 0) continue;
      const rest = sentence.tokens.slice(this.skipFillers(sentence.tokens, words, start + length));
      const after = sentences.slice(i + 1);
      if (rest.length === 0 && after.length === 0) return sentences;
      return rest.length > 0 ? [{ ...sentence, tokens: rest }, ...after] : after;
    }
    return sentences;
  }

  /**
   * "Pourriez-vous me donner les chiffres clés de MIEUX+ : experts, Actions, États membres ?": a
   * question that announces what it asks after a colon, followed by a list of items that does not ask
   * itself, asks for those: the two are one question. ("Tengo una duda: ¿quién paga?" announces a
   * question of its own.)
   */
  private withAnnouncedItems(sentences: readonly Sentence[], words: Compiled): Sentence[] {
    const merged: Sentence[] = [];
    for (let i = 0; i < sentences.length; i += 1) {
      const sentence = sentences[i];
      const next = sentences[i + 1];
      if (sentence === undefined) continue;
      const asks = sentence.marked || this.startsQuestion(sentence.tokens, words);
      // The items are a list ("experts, Actions, États membres"), not a sentence that asks ("les experts sont-ils payés ?").
      const items = next !== undefined && (next.commas ?? []).length > 0 && !this.opensQuestion(next.tokens, words);
      if (next && sentence.announces && asks && items) {
        merged.push({ ...next, tokens: [...sentence.tokens, ...next.tokens], marked: sentence.marked || next.marked, commas: [] });
        i += 1;
      } else merged.push(sentence);
    }
    return merged;
  }

  /**
   * "¿Para qué sirve MIEUX+? O sea, ¿qué persiguen?": a question that opens with "o sea", "I mean",
   * "c'est-à-dire" asks the one before it again, in other words; the two are read as one.
   */
  private withRestatements(sentences: readonly Sentence[], words: Compiled): Sentence[] {
    const merged: Sentence[] = [];
    // "o sea, ¿qué persiguen?" is cut before "¿": the marker alone, then the question it opens.
    let restates = false;
    for (const sentence of sentences) {
      const previous = merged[merged.length - 1];
      const start = this.skipFillers(sentence.tokens, words);
      const marker = words.restating.lengthAt(sentence.tokens, start);
      const previousAsks = previous !== undefined && (previous.marked || this.opensQuestion(previous.tokens, words));
      if (previous && previousAsks && this.onlyRelatesToName(sentence.tokens, words)) {
        restates = false;
        merged[merged.length - 1] = { ...previous, marked: previous.marked || sentence.marked };
      } else if (previous && previousAsks && (marker > 0 || restates)) {
        restates = marker > 0 && start + marker === sentence.tokens.length;
        const tokens = [...previous.tokens, ...sentence.tokens.slice(marker > 0 ? start + marker : 0)];
        merged[merged.length - 1] = { ...sentence, tokens, marked: previous.marked || sentence.marked };
      } else {
        restates = false;
        merged.push(sentence);
      }
    }
    return merged;
  }

  /** True when a question has no word of its own beyond question words and the programme's name ("¿qué puedo hacer?"). */
  saysNothing(words: readonly string[], lang: Lang): boolean {
    return this.saysNothingIn(words, this.words[lang]);
  }

  /** Only "I'd like to know" so far, with no question word and nothing of its own ("me gustaría saber porque…"). */
  private asksNothingYet(tokens: readonly string[], words: Compiled): boolean {
    return this.saysNothingIn(tokens, words) && !words.interrogatives.occursIn(tokens);
  }

  private saysNothingIn(tokens: readonly string[], words: Compiled): boolean {
    return !tokens.some((t) => !words.stopWords.has(t) && !NAMES.has(t));
  }

  /**
   * Every way to cut a question in two at a joiner ("y", "and", "et") with words on both sides,
   * leftmost first: whether a cut makes two questions is for the caller to judge.
   */
  joinedHalves(tokens: readonly string[], lang: Lang): JoinedHalves[] {
    const words = this.words[lang];
    const halves: JoinedHalves[] = [];
    const joiners: { at: number; length: number }[] = [];
    for (let i = 1; i < tokens.length - 1; i += 1) {
      const length = words.joiners.lengthAt(tokens, i);
      if (length > 0 && i + length < tokens.length) joiners.push({ at: i, length });
    }
    const bound = this.boundByReciprocal(tokens, joiners, words);
    joiners.forEach(({ at: i, length: joiner }) => {
      if (bound.has(i) || this.pairsBefore(tokens, i, words)) return;
      // "…implemented by ICMPD and not by the Commission?": what is not so is no second question.
      if (words.negations.lengthAt(tokens, i + joiner) > 0) return;
      const alternative = words.alternatives.lengthAt(tokens, i) === joiner;
      halves.push({ left: tokens.slice(0, i), right: tokens.slice(i + joiner), alternative });
    });
    return halves;
  }

  /**
   * "What do partner countries and experts learn from each other?", « que retirent mutuellement les
   * pays partenaires et les États membres ? »: the things a joiner joins do one thing together. A
   * reciprocal binds the nearest joiner before it, or, with none before, the first after it: in
   * "…learn from each other and are experts paid?" the second "and" still joins two questions.
   * Returns the positions of the bound joiners.
   */
  private boundByReciprocal(tokens: readonly string[], joiners: readonly { at: number }[], words: Compiled): ReadonlySet<number> {
    const bound = new Set<number>();
    if (joiners.length === 0) return bound;
    for (let r = 0; r < tokens.length; r += 1) {
      if (words.reciprocal.lengthAt(tokens, r) === 0) continue;
      const binding = joiners.filter((j) => j.at < r).pop() ?? joiners.find((j) => j.at > r);
      if (binding) bound.add(binding.at);
    }
    return bound;
  }

  /** "…el vínculo entre migración y clima": a pairing word a few words before the joiner at `at`. */
  private pairsBefore(tokens: readonly string[], at: number, words: Compiled): boolean {
    for (let i = Math.max(0, at - MAX_PAIRED_WORDS); i < at; i += 1) if (words.pairing.lengthAt(tokens, i) > 0) return true;
    return false;
  }

  /**
   * "I know it covers asylum and remittances, but who implements it?": a statement that turns to a
   * question at "but", "pero", "mais" is two sentences; the topics it names are said, not asked. Not
   * when the words before it ask something themselves ("¿es gratis pero hay que pagar el viaje?").
   */
  private splitAtContrast(sentence: Sentence, words: Compiled): Sentence[] {
    const { tokens } = sentence;
    for (let i = 1; i < tokens.length - 1; i += 1) {
      const contrast = words.contrast.lengthAt(tokens, i);
      if (contrast === 0) continue;
      const before = tokens.slice(0, i);
      const after = tokens.slice(i + contrast);
      if (this.opensQuestion(before, words) || !this.opensQuestion(after, words)) return [sentence];
      return [statement(before), { ...sentence, tokens: after }];
    }
    return [sentence];
  }

  /**
   * "¿Contempla la iniciativa el asilo, ya que estamos revisando nuestra ley?": the reason given
   * after a question is said, not asked. It is read as said before the question, as an introduction
   * is: what it says of the person ("…, since I am retired?") still counts, its topics are not asked.
   */
  private splitAtReason(sentence: Sentence, words: Compiled): Sentence[] {
    const { tokens } = sentence;
    if (!sentence.marked && !this.opensQuestion(tokens, words)) return [sentence];
    for (let i = MIN_WORDS_BEFORE_REASON; i < tokens.length - 1; i += 1) {
      const reason = words.reasons.lengthAt(tokens, i);
      if (reason === 0) continue;
      const after = tokens.slice(i + reason);
      // "me gustaría saber porque no trabajan en Asia": before it, nothing is asked yet; "porque" typed
      // without its accent asks why.
      if (after.length < MIN_REASON_WORDS || this.asksPlainly(after, words) || this.asksNothingYet(tokens.slice(0, i), words))
        return [sentence];
      return [
        { ...statement(after), toldAfter: true },
        { ...sentence, tokens: tokens.slice(0, i) },
      ];
    }
    return [sentence];
  }

  /**
   * "q es mieux+, me llegó un correo y no entiendo nada", "what are the areas, i can't find them on
   * the website": with no question mark, what follows the first comma after a question, and asks
   * nothing itself, is the story of why it is asked. It is read as said before the question, as a
   * reason is: what it says of the person still counts, its topics ("correo") are not asked.
   */
  private splitAtStory(sentence: Sentence, words: Compiled): Sentence[] {
    const [comma] = sentence.commas ?? [];
    if (comma === undefined || sentence.marked) return [sentence];
    const question = sentence.tokens.slice(0, comma);
    const story = sentence.tokens.slice(comma);
    // A question that opens with its question word ("qué", "what", « c'est quoi »), not a request ("quisiera saber si…, y…").
    const start = this.skipFillers(question, words);
    const asks = words.interrogatives.lengthAt(question, start) > 0 || words.whatIsIt.lengthAt(question, start) > 0;
    // "qué fue, y para un país de la UE qué ventaja tiene", "…, et aussi si le Tchad est couvert": a
    // question word after the comma, or a joiner opening what follows it, asks again.
    const asksAgain =
      words.interrogatives.occursIn(story) ||
      this.opensQuestion(story, words) ||
      this.skipFillers(story, words) > 0 ||
      words.joiners.lengthAt(story, 0) > 0;
    if (story.length < MIN_REASON_WORDS || !asks || asksAgain) return [sentence];
    return [
      { ...statement(story), toldAfter: true },
      { ...sentence, tokens: question },
    ];
  }

  /**
   * "I'm a student, what is MIEUX+?", « je suis étudiant, c'est quoi MIEUX+ ? »: the person says who
   * they are, then, after a comma, asks. The introduction is said before the question, not asked: what
   * it says of the person still counts ("…, can I be an expert?" from a student), its words name no
   * topic ("student" is no question about who else may take part).
   */
  private splitAtIntroduction(sentence: Sentence, words: Compiled): Sentence[] {
    const { tokens } = sentence;
    for (const comma of [...(sentence.commas ?? [])].reverse()) {
      const before = tokens.slice(0, comma);
      const after = tokens.slice(comma);
      if (!this.introduces(before, words) || this.opensQuestion(before, words) || !this.opensQuestion(after, words)) continue;
      return [statement(before), { ...sentence, tokens: after }];
    }
    return [sentence];
  }

  /** Whether a statement ends with the person saying who they are, in a few words ("I work at the ministry in Accra"). */
  introducesSelf(tokens: readonly string[], lang: Lang): boolean {
    return this.introduces(tokens, this.words[lang]);
  }

  /** Whether a clause ends with the person saying who they are, in a few words: "hola, soy Ana, de la Policía Nacional". */
  private introduces(tokens: readonly string[], words: Compiled): boolean {
    for (let i = 0; i < tokens.length; i += 1)
      if (words.introductions.lengthAt(tokens, i) > 0) return tokens.length - i <= MAX_INTRODUCTION_WORDS;
    return false;
  }

  /**
   * "Un compañero me ha hablado de MIEUX+ y me gustaría saber quién la financia": a statement
   * that turns into a request for information mid-sentence is two sentences, the statement and the question.
   */
  private splitAtAsking(sentence: Sentence, words: Compiled): Sentence[] {
    if (sentence.marked) return [sentence];
    const { tokens } = sentence;
    // "Mi jefe me ha pedido que averigüe en qué regiones…": who asks, and that they asked, is said;
    // what follows is the question if it opens one ("…asked me to find out more about it" does not).
    for (let i = 0; i < tokens.length - 1; i += 1) {
      const reported = words.reported.lengthAt(tokens, i);
      if (reported === 0 || i + reported >= tokens.length) continue;
      const rest = tokens.slice(i + reported);
      // "…asked me to find out in which areas…": a preposition may stand before the question word.
      if (!this.opensQuestion(rest.slice(words.prepositions.lengthAt(rest, 0)), words)) break;
      const cut = i + reported;
      const commas = (sentence.commas ?? []).map((c) => c - cut).filter((c) => c > 0);
      // Read as a question that opened the sentence: "…cómo puede participar un ministerio…, sea enviando personal" tells a story after it.
      return [statement(tokens.slice(0, cut)), ...this.splitAtStory({ ...sentence, tokens: rest, commas, reportsQuestion: true }, words)];
    }
    for (let i = 1; i < tokens.length - 1; i += 1) {
      if (words.askingPhrases.lengthAt(tokens, i) > 0) {
        // "le but de MIEUX+ c'est quoi ?": a thing named in a few words before "what is" is what it asks about.
        if (this.namesTopicOfWhatIs(tokens, i, words)) return [{ ...sentence, marked: true }];
        return [
          statement(tokens.slice(0, i)),
          { tokens: tokens.slice(i), marked: false, runsOn: sentence.runsOn, announces: sentence.announces },
        ];
      }
    }
    return [sentence];
  }

  /**
   * True when the words before "what is" at `at` name a thing of MIEUX+'s ("le site web de MIEUX+
   * c'est quoi l'adresse"), not say something. Other things named so ("la pétanque, c'est quoi ça ?")
   * are read with the question as its statement, as before.
   */
  private namesTopicOfWhatIs(tokens: readonly string[], at: number, words: Compiled): boolean {
    const start = this.skipFillers(tokens, words);
    const topic = tokens.slice(start, at);
    return (
      topic.length <= MAX_TOPIC_WORDS &&
      topic.includes(PROGRAMME_NAME) &&
      words.whatIsIt.lengthAt(tokens, at) > 0 &&
      words.determiners.lengthAt(tokens, start) > 0
    );
  }

  /**
   * "What is MIEUX+?" with a clause that describes the name right after it, or after one word ("c'est
   * quoi ce MIEUX+ dont tout le monde parle au bureau ?", "what is this MIEUX+ thing everyone talks
   * about"): the words up to the clause, which says something of the name and asks nothing. Only after
   * "what is": elsewhere Spanish "que" after the name is no clause ("¿cómo ayuda MIEUX+ a que…?").
   */
  whatIsNameWithoutClause(tokens: readonly string[], lang: Lang): readonly string[] {
    const at = tokens.indexOf(PROGRAMME_NAME);
    const words = this.words[lang];
    if (at < 0 || !words.whatIsIt.occursIn(tokens.slice(0, at))) return tokens;
    for (let i = at + 1; i <= at + 2 && i < tokens.length; i += 1) if (words.relatives.lengthAt(tokens, i) > 0) return tokens.slice(0, i);
    return tokens;
  }

  /** True when words after a joiner open a question of their own ("… and is it paid?", "… y hay que hablar inglés"), not a second name ("… and asylum"). */
  asksAgain(tokens: readonly string[], lang: Lang): boolean {
    return this.startsQuestion(tokens, this.words[lang]);
  }

  /**
   * The same for the right half of a cut, which also asks when it ends with a yes-or-no tag after a
   * left half that asks on its own ("c'est quoi MIEUX+ et les experts sont payés ou pas ?"). After one
   * that does not ("climat et migration, vous touchez à ça ou pas ?") the tag ends the one question.
   */
  asksAgainAfter(left: readonly string[], right: readonly string[], lang: Lang): boolean {
    const words = this.words[lang];
    return this.startsQuestion(right, words) || (this.endsWithTag(right, words) && this.startsQuestion(left, words));
  }

  /** Whether the words hold a question word anywhere ("qué", "what", « quoi »). */
  hasQuestionWord(tokens: readonly string[], lang: Lang): boolean {
    return this.words[lang].interrogatives.occursIn(tokens);
  }

  /** Where a question's own words start, after the filler people put before it ("so", "y", "bref"). */
  start(tokens: readonly string[], lang: Lang): number {
    return this.skipFillers(tokens, this.words[lang]);
  }

  private skipFillers(tokens: readonly string[], words: Compiled, from = 0): number {
    let i = from;
    for (let length = words.fillers.lengthAt(tokens, i); length > 0; length = words.fillers.lengthAt(tokens, i)) i += length;
    return i;
  }

  /** The same, for a question of the message (QuestionInContext: a joined one adds no answer of its own). */
  relatesOnlyToName(tokens: readonly string[], lang: Lang): boolean {
    return this.onlyRelatesToName(tokens, this.words[lang]);
  }

  /** "what has it got to do with MIEUX+", "qué pinta MIEUX+ ahí": how what was asked relates to MIEUX+, and nothing else. */
  private onlyRelatesToName(tokens: readonly string[], words: Compiled): boolean {
    const start = this.skipFillers(tokens, words);
    const length = words.relating.lengthAt(tokens, start);
    if (length === 0) return false;
    const rest = tokens.slice(start + length);
    return rest.includes(PROGRAMME_NAME) && rest.every((t) => NAMES.has(t) || words.stopWords.has(t));
  }

  /** Whether the words ask: a question word or opener where they start, or a yes-or-no tag where they end ("…ou pas"). */
  private opensQuestion(tokens: readonly string[], words: Compiled): boolean {
    return this.startsQuestion(tokens, words) || this.endsWithTag(tokens, words);
  }

  /**
   * Whether the words open with a question word or a request for information of several words: not
   * with a verb that can open a question ("está", "is"), which a reason says plainly ("…, ya que está
   * valorando su posible implicación").
   */
  private asksPlainly(tokens: readonly string[], words: Compiled): boolean {
    const start = this.skipFillers(tokens, words);
    return words.interrogatives.lengthAt(tokens, start) > 0 || words.askingPhrases.lengthAt(tokens, start) > 0;
  }

  private startsQuestion(tokens: readonly string[], words: Compiled): boolean {
    return words.openers.lengthAt(tokens, this.skipFillers(tokens, words)) > 0;
  }

  private endsWithTag(tokens: readonly string[], words: Compiled): boolean {
    for (let i = Math.max(0, tokens.length - MAX_TAG_WORDS); i < tokens.length - 1; i += 1) {
      if (words.tags.lengthAt(tokens, i) === tokens.length - i) return true;
    }
    return false;
  }

  /** "quién la paga y quién la gestiona" → "quién la paga", "quién la gestiona": each side keeps at least two words. */
  /**
   * "…¿a título individual o como institución?": after "or", a role in a few words ("como" is "as"
   * as well as "how") is the other side of the choice, not a second question.
   */
  private alternativeRole(tokens: readonly string[], joinerAt: number, next: number, words: Compiled): boolean {
    return (
      words.alternatives.lengthAt(tokens, joinerAt) > 0 && words.roles.lengthAt(tokens, next) > 0 && tokens.length - next <= MAX_ROLE_WORDS
    );
  }

  private splitJoined(tokens: readonly string[], words: Compiled): string[][] {
    const parts: string[][] = [];
    let start = 0;
    for (let i = 2; i < tokens.length - 1; i += 1) {
      const joiner = words.joiners.lengthAt(tokens, i);
      if (joiner === 0) continue;
      let next = i + joiner;
      next += words.prepositions.lengthAt(tokens, next);
      if (words.interrogatives.lengthAt(tokens, next) === 0 || tokens.length - next < 2 || i - start < 2) continue;
      if (this.alternativeRole(tokens, i, next, words)) continue;
      parts.push(tokens.slice(start, i));
      start = i + joiner;
    }
    parts.push(tokens.slice(start));
    return parts;
  }
}

/**
 * The word indexes a sentence's commas stand before, where the words on each side read the same
 * apart as together (a rewrite across a comma leaves none there).
 */
function commasIn(text: string, tokens: readonly string[], rewrites: TokenRewrite): number[] {
  const chunks = text.split(',').map((chunk) => rewrites.apply(tokenise(normalise(chunk))));
  const commas: number[] = [];
  let at = 0;
  chunks.forEach((chunk, i) => {
    at += chunk.length;
    if (i < chunks.length - 1 && chunk.length > 0 && at < tokens.length) commas.push(at);
  });
  return chunks.flat().join(' ') === tokens.join(' ') ? commas : [];
}

/** Words said, not asked: the part of a sentence a split leaves before (or, for a reason, after) its question. */
function statement(tokens: readonly string[]): Sentence {
  return { tokens, marked: false, runsOn: false, announces: false };
}

function splitSentences(text: string, rewrites: TokenRewrite): Sentence[] {
  const sentences: Sentence[] = [];
  const announcedItems = new Set<number>();
  const pieces = text.split(SENTENCE_BREAK);
  let listAnnounced = false;
  pieces.forEach((raw, i) => {
    const item = LIST_MARKER.test(raw);
    const text = raw.replace(LIST_MARKER, '');
    const tokens = rewrites.apply(tokenise(normalise(text)));
    if (tokens.length === 0) return;
    const next = pieces[i + 1];
    const runsOn = next !== undefined && /^[¿¡]/.test(next) && !/[.!?;:…]\s*$/.test(raw);
    const announces = next !== undefined && /:\s*$/.test(raw);
    if (item && listAnnounced) announcedItems.add(sentences.length);
    const marked = raw.includes('?') || raw.includes('¿');
    sentences.push({ tokens, marked, runsOn, announces, commas: commasIn(text, tokens, rewrites) });
    listAnnounced = announces || (item && listAnnounced);
  });
  // "Dos consultas:\n- áreas temáticas…\n- número de expertos…": with no question mark anywhere, each
  // item of a list a colon announces is asked. With one, the list is context ("Contexto:\n- …\nPregunta: ¿…?").
  if (sentences.some((s) => s.marked)) return sentences;
  return sentences.map((s, i) => (announcedItems.has(i) ? { ...s, marked: true } : s));
}
