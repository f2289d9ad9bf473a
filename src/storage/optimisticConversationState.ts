import { calculateChangeHash, ConversationState, type TurnContext } from 'botbuilder';

interface ReadMark {
  /** The eTag the state had when this turn read it; `*` once this turn has written it. */
  readonly eTag: string | undefined;
  /** The state's hash as read or last written, to skip writing an unchanged state. */
  readonly hash: string;
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
 * Limits, both of the Storage interface: a conversation's very first write has no eTag to check
 * (BlobsStorage offers no create-only write), so two instances creating the same conversation at
 * the same instant can still both succeed, the later one winning; and a second save within the
 * same turn, after a successful one, is unconditional because Storage.write does not return the
 * new eTag.
 */
export class OptimisticConversationState extends ConversationState {
  private readonly readMark = Symbol('optimistic read mark');

  override async load(context: TurnContext, force = false): Promise<Record<string, unknown>> {
    const before = this.get(context);
    const state = (await super.load(context, force)) as Record<string, unknown>;
    // A new object means this call read storage (a cached or cleared state is the same object).
    if (force || state !== before) {
      const eTag = typeof state.eTag === 'string' ? state.eTag : undefined;
      context.turnState.set(this.readMark, { eTag, hash: calculateChangeHash(state) } satisfies ReadMark);
    }
    return state;
  }

  override async saveChanges(context: TurnContext, force = false): Promise<void> {
    const state = this.get(context) as Record<string, unknown> | undefined;
    if (!state) {
      if (force) await super.saveChanges(context, true);
      return;
    }
    const mark = context.turnState.get(this.readMark) as ReadMark | undefined;
    const hash = calculateChangeHash(state);
    if (!force && mark && mark.hash === hash) return;
    const key = await this.storageKey(context);
    await this.storage.write({ [key]: { ...state, eTag: mark?.eTag ?? '*' } });
    context.turnState.set(this.readMark, { eTag: '*', hash } satisfies ReadMark);
  }
}
