import { normalise } from '../language/normalise';
import { tokenise } from '../language/tokenise';

/** Little words inside a name of several ("Plan África **del** Gobierno **de** España", "Global Compact **for** Migration"). */
const CONNECTORS = 'de|del|la|las|los|el|y|e|para|of|the|for|and|on|du|des|le|les|l|d|et|pour|sur|en';

const CAPITAL_WORD = String.raw`\p{Lu}[\p{L}\p{N}]*`;

/** Two capitalised words or more after a sentence's first word, with little words between them. */
const NAME_PHRASE = new RegExp(
  String.raw`(?<=[\p{L}\p{N},;:'’"()-]\s+)${CAPITAL_WORD}(?:\s+(?:(?:${CONNECTORS})\s+|(?:l|d)['’])*${CAPITAL_WORD})+`,
  'gu',
);

/**
 * The names of several capitalised words in a text, normalised ("¿Qué es el Plan África del
 * Gobierno de España?" → "plan africa del gobierno de espana"): names of things, programmes and
 * institutions, which the knowledge base may or may not write.
 */
export function capitalisedPhrases(text: string): string[][] {
  return [...text.matchAll(NAME_PHRASE)].map((match) => tokenise(normalise(match[0])));
}

/**
 * The knowledge base's texts in one language, to tell whether it ever writes a phrase. Compared in
 * a form of each word (the stem), so "EU Member State" is what it writes as "EU Member States".
 */
export class WrittenText {
  private readonly text: string;

  constructor(
    texts: Iterable<string>,
    private readonly form: (word: string) => string,
  ) {
    this.text = ` ${[...texts].map((t) => this.formed(tokenise(normalise(t)))).join(' | ')} `;
  }

  writes(phrase: readonly string[]): boolean {
    return phrase.length > 0 && this.text.includes(` ${this.formed(phrase)} `);
  }

  private formed(words: readonly string[]): string {
    return words.map(this.form).join(' ');
  }
}
