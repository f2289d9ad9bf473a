import { normalise } from './normalise';
import { tokenise } from './tokenise';
import type { Synonyms } from './synonyms';

/** The parts of the pipeline that differ by language, handed in rather than branched on. */
export interface LanguageParts {
  /** A misspelt word as the word it was meant to be, before synonyms read it ("protection internationnale"); else the word. */
  readonly correct?: (token: string) => string;
  readonly synonyms: Synonyms;
  readonly stopWords: ReadonlySet<string>;
  /** Takes a normalised (lower-case, accent-free) word and returns its index term. */
  stem(token: string): string;
}

export interface Analysis {
  /** Normalised words, synonyms applied, stop words kept: for phrase matching. */
  readonly tokens: readonly string[];
  /** Content words after stop-word removal and stemming: for retrieval. */
  readonly terms: readonly string[];
  /** The word each term comes from (terms[i] is the stem of words[i]): to tell a real word from a typo or a name. */
  readonly words: readonly string[];
}

/** normalise → tokenise → correct typos → synonyms → stop words → stem. */
export function analyse(text: string, parts: LanguageParts): Analysis {
  return analyseTokens(tokenise(normalise(text)), parts);
}

/** The language-specific stages, for words already normalised and tokenised. */
export function analyseTokens(words: readonly string[], parts: LanguageParts): Analysis {
  const { correct } = parts;
  const tokens = parts.synonyms.apply(correct ? words.map(correct) : words);
  const content = tokens.filter((t) => !parts.stopWords.has(t));
  return { tokens, terms: content.map((t) => parts.stem(t)), words: content };
}
