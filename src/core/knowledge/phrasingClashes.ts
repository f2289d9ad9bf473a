import { LANGUAGES } from '../language/languages';
import { normalise } from '../language/normalise';
import type { KnowledgeBase } from './types';

/** What makes two questions the same: their words, ignoring case, accents and punctuation. */
export function questionKey(text: string): string {
  return normalise(text);
}

/**
 * The same question (ignoring case, accents and punctuation) listed under two entries: the bot
 * can only answer it with one of them, so curators should keep it in the right one.
 */
export function findPhrasingClashes(kb: KnowledgeBase): string[] {
  const clashes: string[] = [];
  for (const lang of LANGUAGES) {
    const owner = new Map<string, string>();
    for (const entry of kb.entries.values()) {
      for (const phrasing of [entry.text[lang].title, ...entry.text[lang].questions]) {
        const key = questionKey(phrasing);
        const first = owner.get(key);
        if (first && first !== entry.id) clashes.push(`${entry.file}: ${lang} question "${phrasing}" is also in entry '${first}'`);
        else owner.set(key, entry.id);
      }
    }
  }
  return clashes;
}
