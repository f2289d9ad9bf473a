import { LANGUAGES, type Lang, type Localized } from '../language/languages';
import { SMALL_TALK_KINDS, type SmallTalkKind, type ConversationData } from '../knowledge/types';
import { PhraseList } from './phraseList';

export interface SmallTalkMatch {
  readonly kind: SmallTalkKind;
  readonly lang: Lang;
}

/**
 * Recognises messages that are only small talk ("hola", "thanks a lot!", "que peux-tu faire ?").
 * A message with a question besides the greeting is not small talk: the question deserves the answer.
 */
export class SmallTalkDetector {
  private readonly lists: ReadonlyArray<{ kind: SmallTalkKind; lang: Lang; phrases: PhraseList }>;
  /** The lists a word can open a phrase of: most messages open none and are turned away at once. */
  private readonly listsByOpener = new Map<string, number[]>();

  constructor(
    conversation: ConversationData,
    private readonly stopWords: Localized<ReadonlySet<string>>,
  ) {
    this.lists = SMALL_TALK_KINDS.flatMap((kind) =>
      LANGUAGES.map((lang) => ({ kind, lang, phrases: new PhraseList(conversation.smallTalk[kind][lang]) })),
    );
    this.lists.forEach((list, index) => {
      for (const word of new Set(list.phrases.firstWords())) {
        const lists = this.listsByOpener.get(word) ?? [];
        lists.push(index);
        this.listsByOpener.set(word, lists);
      }
    });
  }

  /** The lists some phrase of which may start in the tokens, in list order. */
  private candidateLists(tokens: readonly string[]): number[] {
    const found: number[] = [];
    for (const token of tokens) for (const index of this.listsByOpener.get(token) ?? []) if (!found.includes(index)) found.push(index);
    return found.sort((a, b) => a - b);
  }

  /** Small talk in any language; `preferred` breaks ties ("menu", "options" are the same in several). */
  detect(tokens: readonly string[], preferred: Lang): SmallTalkMatch | undefined {
    let best: (SmallTalkMatch & { rest: number }) | undefined;
    for (const index of this.candidateLists(tokens)) {
      const { kind, lang, phrases } = this.lists[index]!;
      const { rest, removed } = phrases.remove(tokens);
      if (removed === 0) continue;
      // What is left may only be filler ("oh", "please") — never a content word.
      const content = rest.filter((t) => !this.stopWords[lang].has(t)).length;
      if (content > 0) continue;
      const better = !best || rest.length < best.rest || (rest.length === best.rest && lang === preferred && best.lang !== preferred);
      if (better) best = { kind, lang, rest: rest.length };
    }
    return best && { kind: best.kind, lang: best.lang };
  }

  /** All small-talk words of a language, for language detection. */
  wordsOf(lang: Lang): string[] {
    return this.lists.filter((l) => l.lang === lang).flatMap((l) => l.phrases.words());
  }
}
