import type { WordList } from './spellingDictionary';
import type { TokenRewrite } from './synonyms';

/** An elided French article or pronoun and the word it stands before: "l'adresse", "d'impact", "qu'elle". */
const ELIDED = /^(l|d|j|m|n|s|t|c|qu)([aeiouyh][a-z]{3,})$/;

/**
 * French typed without its apostrophes ("ladresse mail", "les domaines dimpact", "lequipe"): an
 * elided article or pronoun glued to its word is read as the two words, when the whole is no word
 * of the language and the word after the letter is ("lorsque", "dire", "laisser" stay as they are).
 */
export class MissingApostrophe implements TokenRewrite {
  constructor(private readonly dictionary: WordList) {}

  apply(tokens: readonly string[]): string[] {
    return tokens.flatMap((token) => {
      const match = ELIDED.exec(token);
      const [, elided, word] = match ?? [];
      if (elided === undefined || word === undefined || this.dictionary.has(token) || !this.dictionary.has(word)) return [token];
      return [elided, word];
    });
  }
}
