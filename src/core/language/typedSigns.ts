/**
 * Signs people type for words, written out before the text is normalised (which drops every sign):
 * French "a+" / "à+" is "à plus" (see you). Only where it stands alone, so "MIEUX+" keeps its name.
 */
const SEE_YOU = /(^|[\s,;.!?¡¿])[aà]\s?\+(?=$|[\s,;.!?])/giu;

export function writeOutSigns(text: string): string {
  return text.includes('+') ? text.replace(SEE_YOU, '$1à plus') : text;
}
