import { join } from 'node:path';
import { loadKnowledge } from '../../src/core/knowledge/loadKnowledge';
import { answerText } from '../../src/core/knowledge/answerText';
import type { KnowledgeBase } from '../../src/core/knowledge/types';
import type { Lang } from '../../src/core/language/languages';

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
