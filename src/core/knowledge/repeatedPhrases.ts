import { LANGUAGES } from '../language/languages';
import { CONVERSATION_FILE, OUT_OF_SCOPE_FILE, SYNONYMS_FILE } from './loadKnowledge';
import { questionKey } from './phrasingClashes';
import type { KnowledgeBase } from './types';

/**
 * Phrases listed twice in one list once case, accents and punctuation are set aside — the bot
 * reads "adiós" and "adios" alike, so the second adds nothing, and a curator who changes one of
 * them may not know the other is there. Whole lists only: the same phrase in two lists can mean
 * two things (a goodbye and a cancel).
 */
export function findRepeatedPhrases(kb: KnowledgeBase): string[] {
  const found: string[] = [];
  const check = (file: string, where: string, list: readonly string[]): void => {
    const first = new Map<string, string>();
    for (const phrase of list) {
      const key = questionKey(phrase);
      const earlier = first.get(key);
      if (earlier === undefined) first.set(key, phrase);
      else
        found.push(
          earlier === phrase
            ? `${file}: ${where} lists "${phrase}" twice`
            : `${file}: ${where} lists "${phrase}" and "${earlier}", the same once case, accents and punctuation are set aside`,
        );
    }
  };
  // Questions only: an entry's title is often one of its questions too, on purpose.
  for (const entry of kb.entries.values())
    for (const lang of LANGUAGES) check(entry.file, `entry '${entry.id}' ${lang} questions`, entry.text[lang].questions);
  for (const lang of LANGUAGES) {
    kb.synonyms[lang].forEach((group, index) => check(SYNONYMS_FILE, `${lang} group ${index + 1}`, group));
    check(OUT_OF_SCOPE_FILE, lang, kb.outOfScope[lang]);
  }
  eachList(kb.conversation, '', (where, list) => check(CONVERSATION_FILE, where, list));
  return found;
}

/** Keys of the loaded conversation data that conversation.yaml does not write (see eachList). */
const LOADED_ONLY_KEYS: ReadonlySet<string> = new Set(['phrases', 'programmeWords']);

/**
 * Every list of phrases in conversation.yaml, by its key path in the file (handoff.fr.direct). The
 * loaded sections group a section's per-language lists under a key of their own (`phrases`,
 * `programmeWords`) that the file does not have: those keys are left out of the path.
 */
function eachList(value: unknown, path: string, visit: (where: string, list: readonly string[]) => void): void {
  if (Array.isArray(value)) {
    if (value.every((item) => typeof item === 'string')) visit(path, value);
    return;
  }
  if (typeof value !== 'object' || value === null) return;
  for (const [key, inner] of Object.entries(value)) {
    const inFile = LOADED_ONLY_KEYS.has(key) ? path : path === '' ? key : `${path}.${key}`;
    eachList(inner, inFile, visit);
  }
}

