import { join } from 'node:path';
import { loadKnowledge } from '../../src/core/knowledge/loadKnowledge';
import type { KnowledgeBase } from '../../src/core/knowledge/types';

export const KNOWLEDGE_DIR = join(__dirname, '..', '..', 'knowledge');

let cached: KnowledgeBase | undefined;

/** The knowledge base the bot ships with, loaded once per test file. */
export function shippedKnowledge(): KnowledgeBase {
  cached ??= loadKnowledge(KNOWLEDGE_DIR);
  return cached;
}
