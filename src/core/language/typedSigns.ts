/**
 * Signs people type for words, written out before the text is normalised (which drops every sign):
 * French "a+" / "à+" is "à plus" (see you). Only where it stands alone, so "MIEUX+" keeps its name.
 */
const SEE_YOU = /(^|[\s,;.!?¡¿])[aà]\s?\+(?=$|[\s,;.!?])/giu;

/**
 * A hyphen joins a compound, which normalisation would split: "know-how" is one word, not "know"
 * and the question word "how" ("standards and know-how abroad" asked no second question).
 */
const KNOW_HOW = /\bknow[-‐‑]how\b/giu;

export function writeOutSigns(text: string): string {
  const joined = text.includes('-') || text.includes('‐') || text.includes('‑') ? text.replace(KNOW_HOW, 'knowhow') : text;
  return joined.includes('+') ? joined.replace(SEE_YOU, '$1à plus') : joined;
}
