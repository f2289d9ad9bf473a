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

export function normalise(text: string): string {
  const plain = stripMentions(text).replace(TAG, ' ');
  // œ and æ do not decompose under NFD; French writers use both spellings.
  const folded = foldAccents(plain.toLowerCase()).replace(/œ/g, 'oe').replace(/æ/g, 'ae');
  return folded.replace(/['’`´]/g, ' ').replace(NON_WORD, ' ').trim();
}
