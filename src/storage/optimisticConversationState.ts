import { ConversationState, type TurnContext } from 'botbuilder';

interface Cached {
  /** The state object the turn reads and changes (what the property accessors hand out). */
  state: Record<string, unknown>;
  /** The eTag the state had when this turn read it; `*` once this turn has written it. */
  eTag: string | undefined;
  /** The state as JSON when read or last written, to skip writing an unchanged state. */
  snapshot: string;
}

function withoutETag(state: Record<string, unknown>): Record<string, unknown> {
  const { eTag: _eTag, ...rest } = state;
  return rest;
}

/**
 * ConversationState whose writes are conditional on the eTag the turn read.
 *
 * botbuilder's BotState.saveChanges sets `eTag: '*'` before writing, so a save always wins: two
 * instances handling one conversation at the same time would each overwrite the other's turn
 * without noticing. Here the write carries the eTag read at the start of the turn, so the
 * storage (BlobsStorage: `If-Match`; the in-memory storages alike) refuses it when another
 * instance has written in between, with botbuilder's "eTag conflict" error. What to do then is
 * decided by `runCommittedTurn` (src/bot/committedTurn.ts), which re-runs the turn on fresh state.
 *
 * The per-turn cache is this class's own (BotState keeps its cache and the read eTag private):
 * load, get, clear, delete and saveChanges all go through it, with BotState's meaning. Changes
 * are detected by comparing JSON, which is also cheaper than BotState's hashing.
 *
 * Limits, both of the Storage interface: a conversation's very first write has no eTag to check
 * (BlobsStorage offers no create-only write), so two instances creating the same conversation at
 * the same instant can still both succeed, the later one winning; and a second save within the
 * same turn, after a successful one, is unconditional because Storage.write does not return the
 * new eTag.
 */
export class OptimisticConversationState extends ConversationState {
  private readonly cacheKey = Symbol('optimistic conversation state');

  override async load(context: TurnContext, force = false): Promise<Record<string, unknown>> {
    const cached = this.cached(context);
    if (cached && !force) return cached.state;
    const key = await this.storageKey(context);
    const items = await this.storage.read([key]);
    const state = (items[key] as Record<string, unknown> | undefined) ?? {};
    const eTag = typeof state.eTag === 'string' ? state.eTag : undefined;
    context.turnState.set(this.cacheKey, { state, eTag, snapshot: JSON.stringify(withoutETag(state)) } satisfies Cached);
    return state;
  }

  override get(context: TurnContext): Record<string, unknown> | undefined {
    return this.cached(context)?.state;
  }

  /** Empties the state; the next save writes it (still conditional on the eTag read). */
  override async clear(context: TurnContext): Promise<void> {
    const cached = this.cached(context);
    context.turnState.set(this.cacheKey, { state: {}, eTag: cached?.eTag, snapshot: '' } satisfies Cached);
  }

  override async delete(context: TurnContext): Promise<void> {
    context.turnState.delete(this.cacheKey);
    await this.storage.delete([await this.storageKey(context)]);
  }

  override async saveChanges(context: TurnContext, force = false): Promise<void> {
    const cached = this.cached(context) ?? (force ? { state: {}, eTag: undefined, snapshot: '' } : undefined);
    if (!cached) return;
    const value = withoutETag(cached.state);
    const snapshot = JSON.stringify(value);
    if (!force && snapshot === cached.snapshot) return;
    const key = await this.storageKey(context);
    await this.storage.write({ [key]: { ...value, eTag: cached.eTag ?? '*' } });
    context.turnState.set(this.cacheKey, { state: cached.state, eTag: '*', snapshot } satisfies Cached);
  }

  private cached(context: TurnContext): Cached | undefined {
    return context.turnState.get(this.cacheKey) as Cached | undefined;
  }
}
