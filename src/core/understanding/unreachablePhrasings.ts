import { LANGUAGES } from '../language/languages';
import type { KnowledgeBase } from '../knowledge/types';
import type { LocalRecognizer } from './localRecognizer';

const TAKEN_AS: Readonly<Record<string, string>> = {
  handoff: 'a wish to contact the team (the hand-off form starts)',
  personalCase: 'a personal case',
  smallTalk: 'small talk',
};

/**
 * Phrasings the bot never answers with their entry, because the cues read earlier take them first:
 * "Quiero participar como experta" starts the hand-off form, "necesito un visado" is a personal
 * case. A curator who writes one expects it to be answered; kb:check says where it goes instead.
 */
export function findUnreachablePhrasings(kb: KnowledgeBase, recognizer: LocalRecognizer): string[] {
  const warnings: string[] = [];
  for (const entry of kb.entries.values()) {
    if (entry.id === kb.conversation.personalCaseEntry) continue;
    for (const lang of LANGUAGES) {
      for (const phrasing of entry.text[lang].questions) {
        const { kind } = recognizer.recognizeSync({ text: phrasing, locale: lang, context: { lang } });
        const takenAs = TAKEN_AS[kind];
        if (takenAs)
          warnings.push(
            `${entry.file}: ${lang} question "${phrasing}" is understood as ${takenAs}, so it never reaches entry '${entry.id}'`,
          );
      }
    }
  }
  return warnings;
}
