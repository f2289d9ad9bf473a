import { join } from 'node:path';
import { loadKnowledge } from '../../src/core/knowledge/loadKnowledge';
import { answerText } from '../../src/core/knowledge/answerText';
import type { KnowledgeBase } from '../../src/core/knowledge/types';
import type { Lang } from '../../src/core/language/languages';
import { STRINGS } from '../../src/core/i18n/strings';

export const KNOWLEDGE_DIR = join(__dirname, '..', '..', 'knowledge');

let cached: KnowledgeBase | undefined;

/** The knowledge base the bot ships with, loaded once per test file. */
export function shippedKnowledge(): KnowledgeBase {
  cached ??= loadKnowledge(KNOWLEDGE_DIR);
  return cached;
}

/** An entry's answer as the bot sends it (with its source line), from the shipped knowledge base unless told otherwise. */
export function replyText(id: string, lang: Lang, kb: KnowledgeBase = shippedKnowledge()): string {
  const entry = kb.entries.get(id);
  if (!entry) throw new Error(`replyText(): no entry '${id}'`);
  return answerText(entry, lang);
}

/**
 * The buttons that offer the main topics (welcome, help, "I don't know"): every main topic but
 * the contact entry, then the one way to reach the team, the hand-off (issue 14).
 */
export function mainTopicButtons(kb: KnowledgeBase, lang: Lang): string[] {
  const topics = kb.conversation.mainTopics.filter((id) => id !== kb.conversation.contactEntry);
  return [...topics.map((id) => kb.entries.get(id)!.text[lang].title), STRINGS['handoff.button'][lang]];
}
