import type { BotState, StatePropertyAccessor, TurnContext } from 'botbuilder';
import { HANDOFF_COMMITS_PROPERTY, withCommit } from '../../app/handoff/commitRecord';

/** Lists hand-off request ids in the conversation state a turn commits (see app/handoff/commitRecord.ts). */
export class TurnCommitRecord {
  private readonly accessor: StatePropertyAccessor<string[]>;

  constructor(private readonly conversationState: BotState & { getStorageKey(context: TurnContext): string | undefined }) {
    this.accessor = conversationState.createProperty<string[]>(HANDOFF_COMMITS_PROPERTY);
  }

  /** Lists `id` in this turn's state; returns the storage key the state will be committed under. */
  async record(context: TurnContext, id: string): Promise<string> {
    const stateKey = this.conversationState.getStorageKey(context);
    if (!stateKey) throw new Error('TurnCommitRecord.record(): the activity has no conversation to key the state by');
    await this.accessor.set(context, withCommit(await this.accessor.get(context, []), id));
    return stateKey;
  }
}
