/**
 * Signs people type for words, written out before the text is normalised (which drops every sign):
 * French "a+" / "à+" is "à plus" (see you). Only where it stands alone, so "MIEUX+" keeps its name.
 */
const SEE_YOU = /(^|[\s,;.!?¡¿])[aà]\s?\+(?=$|[\s,;.!?])/giu;

/**
 * "&" and a "+" between spaces join two things ("what areas do you work on + what's your email"):
 * "and", which the Spanish and French chat shortenings read as "y" and "et". Not the name typed
 * with a space ("what does MIEUX + do in Asia").
 */
const AND = /(?<!\bmieux\s)(?<=\s)[&+](?=\s)/giu;

/**
 * Currency signs name the money asked about ("how much € does it have"): written as the word.
 */
const CURRENCIES: readonly (readonly [RegExp, string])[] = [
  [/€/gu, ' euros '],
  [/\$/gu, ' dollars '],
  [/£/gu, ' pounds '],
];

/**
 * A hyphen joins a compound, which normalisation would split: "know-how" is one word, not "know"
 * and the question word "how" ("standards and know-how abroad" asked no second question).
 */
const KNOW_HOW = /\bknow[-‐‑]how\b/giu;

export function writeOutSigns(text: string): string {
  let written = /[-‐‑]/u.test(text) ? text.replace(KNOW_HOW, 'knowhow') : text;
  if (written.includes('+')) written = written.replace(SEE_YOU, '$1à plus');
  if (/[&+]/u.test(written)) written = written.replace(AND, 'and');
  for (const [sign, word] of CURRENCIES) written = written.replace(sign, word);
  return written;
}
