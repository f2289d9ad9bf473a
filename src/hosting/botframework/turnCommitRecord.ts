import type { BotState, StatePropertyAccessor, TurnContext } from 'botbuilder';

/** The conversation state's property listing the hand-off requests its turns confirmed. */
export const HANDOFF_COMMITS_PROPERTY = 'handoffCommits';

/** Only the latest are kept: a worker reads them within seconds of the commit. */
const KEPT = 20;

/**
 * The link between a hand-off request in the outbox and the turn that confirmed it. The turn
 * writes the request's id into its own conversation state, so the id is stored exactly when, and
 * only if, the turn's state is committed: a worker that finds it there knows the person was told
 * the request is on its way; one that does not, does not send it. Ids only: no personal data.
 */
export class TurnCommitRecord {
  private readonly accessor: StatePropertyAccessor<string[]>;

  constructor(private readonly conversationState: BotState & { getStorageKey(context: TurnContext): string | undefined }) {
    this.accessor = conversationState.createProperty<string[]>(HANDOFF_COMMITS_PROPERTY);
  }

  /** Lists `id` in this turn's state; returns the storage key the state will be committed under. */
  async record(context: TurnContext, id: string): Promise<string> {
    const stateKey = this.conversationState.getStorageKey(context);
    if (!stateKey) throw new Error('TurnCommitRecord.record(): the activity has no conversation to key the state by');
    const ids = (await this.accessor.get(context, [])).filter((known) => known !== id);
    await this.accessor.set(context, [...ids, id].slice(-KEPT));
    return stateKey;
  }
}

/** Whether a stored conversation state (as Storage.read returns it) lists request `id`. */
export function stateLists(state: unknown, id: string): boolean {
  const ids = (state as Record<string, unknown> | undefined)?.[HANDOFF_COMMITS_PROPERTY];
  return Array.isArray(ids) && ids.includes(id);
}
