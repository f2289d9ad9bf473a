import { createHash } from 'node:crypto';
import type { KnowledgeBase } from '../../core/knowledge/types';

/** CLU's limit on an intent's name. */
export const MAX_CLU_INTENT_LENGTH = 50;
/** Characters CLU refuses in an intent's name. */
const FORBIDDEN_IN_INTENT = /[:$&%*()+~#/?\s]/;
/** The intent every CLU project has for "none of the above". */
export const CLU_NONE_INTENT = 'None';

/**
 * The CLU intent for an entry: the entry id itself, which curators recognise in Language
 * Studio. Entry ids are lower-case letters, digits and dashes, all allowed; only an id longer
 * than CLU allows is shortened, with a hash of the whole id so two long ids stay apart.
 */
export function cluIntentName(entryId: string): string {
  if (FORBIDDEN_IN_INTENT.test(entryId))
    throw new Error(`cluIntentName(): entry id '${entryId}' has a character CLU refuses in intent names`);
  if (entryId.length <= MAX_CLU_INTENT_LENGTH) return entryId;
  const hash = createHash('sha256').update(entryId).digest('hex').slice(0, 8);
  return `${entryId.slice(0, MAX_CLU_INTENT_LENGTH - hash.length - 1)}-${hash}`;
}

/** Both directions between entries and intents, so the export and the recognizer cannot disagree. */
export class CluIntentMap {
  private readonly toEntry = new Map<string, string>();
  private readonly toIntent = new Map<string, string>();

  constructor(entryIds: Iterable<string>) {
    for (const entryId of [...entryIds].sort()) {
      const intent = cluIntentName(entryId);
      const clash = this.toEntry.get(intent);
      if (clash !== undefined) throw new Error(`CluIntentMap: entries '${clash}' and '${entryId}' would share the CLU intent '${intent}'`);
      // Compared without case: an entry called 'none' would be read as CLU's "none of the above".
      if (intent.toLowerCase() === CLU_NONE_INTENT.toLowerCase())
        throw new Error(`CluIntentMap: entry '${entryId}' would be CLU's reserved intent '${CLU_NONE_INTENT}'`);
      this.toEntry.set(intent, entryId);
      this.toIntent.set(entryId, intent);
    }
  }

  static fromKnowledge(kb: KnowledgeBase): CluIntentMap {
    return new CluIntentMap(kb.entries.keys());
  }

  /** Entry ids in a stable order (sorted), for a deterministic export. */
  entryIds(): string[] {
    return [...this.toIntent.keys()];
  }

  intentFor(entryId: string): string {
    const intent = this.toIntent.get(entryId);
    if (intent === undefined) throw new Error(`CluIntentMap.intentFor(): no entry '${entryId}'`);
    return intent;
  }

  /** The entry an intent stands for; undefined for 'None' and for intents the knowledge base no longer has. */
  entryFor(intent: string): string | undefined {
    return this.toEntry.get(intent);
  }
}
