import { LANGUAGES, type Lang, type Localized } from '../language/languages';
import { SMALL_TALK_KINDS, type SmallTalkKind, type ConversationData } from '../knowledge/types';
import { PhraseList } from './phraseList';
import { FROM_WORDS } from '../language/countryNames';

export interface SmallTalkMatch {
  readonly kind: SmallTalkKind;
  readonly lang: Lang;
}

/** When a message holds several kinds ("thanks, bye"), the later in this list is the one answered. */
const PRIORITY: readonly SmallTalkKind[] = ['greeting', 'thanks', 'goodbye', 'help'];

interface LanguageLists {
  readonly lang: Lang;
  readonly phrases: PhraseList;
  /** Each phrase (normalised) and the kinds it belongs to. */
  readonly kinds: ReadonlyMap<string, readonly SmallTalkKind[]>;
  /** The words its phrases open with: a message with none of them holds no small talk of this language. */
  readonly openers: ReadonlySet<string>;
  /** Its phrases' words. */
  readonly words: ReadonlySet<string>;
  /** Its phrases' words with each run of a letter written once ("hola", "merci"), and the word. */
  readonly unstretched: ReadonlyMap<string, string>;
}

/** A word with each run of a repeated letter written once: "holaaa" → "hola", "merciii" → "merci". */
const unstretch = (word: string): string => word.replace(/(.)\1+/g, '$1');

/** Where someone greets or thanks from ("good morning from Thimphu!", "saludos desde Quito", « bonjour depuis Abidjan »): said, not asked. */
const FROM: ReadonlySet<string> = new Set(FROM_WORDS);
const MAX_PLACE_WORDS = 3;

/**
 * Recognises messages that are only small talk ("hola", "thanks a lot!", "que peux-tu faire ?",
 * "ok that's all, have a good day"). A message with a question besides the greeting is not small
 * talk: the question deserves the answer.
 */
export class SmallTalkDetector {
  private readonly lists: readonly LanguageLists[];

  constructor(
    conversation: ConversationData,
    private readonly stopWords: Localized<ReadonlySet<string>>,
  ) {
    this.lists = LANGUAGES.map((lang) => {
      const kinds = new Map<string, SmallTalkKind[]>();
      const all: string[] = [];
      for (const kind of SMALL_TALK_KINDS) {
        for (const phrase of conversation.smallTalk[kind][lang]) {
          const key = new PhraseList([phrase]).words().join(' ');
          kinds.set(key, [...(kinds.get(key) ?? []), kind]);
          all.push(phrase);
        }
      }
      const phrases = new PhraseList(all);
      const words = new Set(phrases.words());
      const unstretched = new Map([...words].map((w) => [unstretch(w), w]));
      return { lang, phrases, kinds, openers: new Set(phrases.firstWords()), words, unstretched };
    });
  }

  /** Small talk in any language; `preferred` breaks ties ("menu", "options" are the same in several). */
  detect(tokens: readonly string[], preferred: Lang): SmallTalkMatch | undefined {
    const placeAt = tokens.findIndex((t, i) => i > 0 && FROM.has(t) && tokens.length - i - 1 <= MAX_PLACE_WORDS && i < tokens.length - 1);
    return placeAt > 0
      ? (this.detectWords(tokens.slice(0, placeAt), preferred) ?? this.detectWords(tokens, preferred))
      : this.detectWords(tokens, preferred);
  }

  private detectWords(tokens: readonly string[], preferred: Lang): SmallTalkMatch | undefined {
    let best: (SmallTalkMatch & { rest: number }) | undefined;
    for (const list of this.lists) {
      const words = tokens.map((t) => this.unstretched(t, list));
      if (!words.some((t) => list.openers.has(t))) continue;
      const { rest, found } = list.phrases.split(words);
      if (found.length === 0) continue;
      // What is left may only be filler ("oh", "please") — never a content word.
      if (rest.some((t) => !this.stopWords[list.lang].has(t))) continue;
      const kinds = new Set(found.flatMap((f) => list.kinds.get(f) ?? []));
      const kind = [...PRIORITY].reverse().find((k) => kinds.has(k));
      if (!kind) continue;
      const better = !best || rest.length < best.rest || (rest.length === best.rest && list.lang === preferred && best.lang !== preferred);
      if (better) best = { kind, lang: list.lang, rest: rest.length };
    }
    return best && { kind: best.kind, lang: best.lang };
  }

  /**
   * People stretch the words of a greeting or thanks ("holaa", "hiii", "merciiii"): a word that
   * is none of the list's own, but is one of them once its repeated letters are written once,
   * is that word. A word of the list ("good", "cheers") is taken as it is.
   */
  private unstretched(token: string, list: LanguageLists): string {
    if (list.words.has(token) || !/(.)\1/.test(token)) return token;
    const word = list.unstretched.get(unstretch(token));
    return word ?? token;
  }

  /** All small-talk words of a language, for language detection. */
  wordsOf(lang: Lang): string[] {
    return this.lists.find((l) => l.lang === lang)?.phrases.words() ?? [];
  }
}
