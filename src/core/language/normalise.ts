/**
 * First stage of the pipeline. Folds everything that should not change meaning:
 * case, accents, punctuation, Teams mentions, runs of white space.
 */

// Teams puts `<at>Bot name</at>` in the text of a message that mentions the bot.
const MENTION = /<at>[^<]*<\/at>/gi;
// Any markup the user typed is not ours to interpret.
const TAG = /<\/?[a-z][^>]*>/gi;
const COMBINING_MARKS = /[\u0300-\u036f]/g;
// Letters and digits of any script survive; everything else separates words.
const NON_WORD = /[^\p{L}\p{N}]+/gu;

export function foldAccents(text: string): string {
  return text.normalize('NFD').replace(COMBINING_MARKS, '').normalize('NFC');
}

export function stripMentions(text: string): string {
  return text.replace(MENTION, ' ');
}

/** The definition of normalisation, for any text; `normalise` gives the same, faster, for most texts. */
export function normaliseAnyText(text: string): string {
  const plain = stripMentions(text).replace(TAG, ' ');
  // œ and æ do not decompose under NFD; French writers use both spellings.
  const folded = foldAccents(plain.toLowerCase()).replace(/œ/g, 'oe').replace(/æ/g, 'ae');
  return folded
    .replace(/['’`´]/g, ' ')
    .replace(NON_WORD, ' ')
    .trim();
}

/**
 * Latin letters up to U+024F and ASCII punctuation, each mapped once at start-up by
 * normaliseAnyText itself, so a text made only of these is normalised in one pass with the same
 * result as the general path, which costs several times more. Why: docs/architecture.md#one-pass-normalisation-table-normalisets
 */
const TABLE_LIMIT = 0x250;
const FOLDED: readonly string[] = Array.from({ length: TABLE_LIMIT }, (_, code) => normaliseAnyText(String.fromCharCode(code)));
// '<' may open a mention or a tag, which only the general path removes.
const LESS_THAN = 0x3c;

export function normalise(text: string): string {
  let out = '';
  let pendingSpace = false;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code >= TABLE_LIMIT || code === LESS_THAN) return normaliseAnyText(text);
    const folded = FOLDED[code] ?? '';
    if (folded === '') {
      pendingSpace = out.length > 0;
      continue;
    }
    if (pendingSpace) {
      out += ' ';
      pendingSpace = false;
    }
    out += folded;
  }
  return out;
}

/**
 * What normalisation makes of one character, for callers that fold text one character at a time:
 * the folded text ('' for a separator), or undefined for a character outside the Latin table,
 * which only the general path handles.
 */
export function foldedChar(code: number): string | undefined {
  return code < TABLE_LIMIT && code !== LESS_THAN ? FOLDED[code] : undefined;
}
