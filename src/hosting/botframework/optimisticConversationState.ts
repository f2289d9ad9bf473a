import { ConversationState, type StatePropertyAccessor, type TurnContext } from 'botbuilder';

function withoutETag(state: Record<string, unknown>): Record<string, unknown> {
  const { eTag: _eTag, ...rest } = state;
  return rest;
}

interface Cached {
  /** The state object the turn reads and changes (what the property accessors hand out). */
  state: Record<string, unknown>;
  /** The eTag the state had when this turn read it; `*` once this turn has written it. */
  eTag: string | undefined;
  /** The state as JSON when read or last written, to skip writing an unchanged state. */
  snapshot: string;
}

/**
 * ConversationState whose writes are conditional on the eTag the turn read (botbuilder's own
 * saveChanges writes with `eTag: '*'`, so a save always wins). A refused write is botbuilder's
 * "eTag conflict" error; runCommittedTurn re-runs the turn. The per-turn cache is this class's own.
 * Why, and the limits of the Storage interface: docs/architecture.md#optimistic-conversation-state-optimisticconversationstatets
 */
export class OptimisticConversationState extends ConversationState {
  private readonly cacheKey = Symbol('optimistic conversation state');

  /** BotState's meaning, read from this class's cache: botbuilder's accessor is a generator-based async per call. */
  override createProperty<T = unknown>(name: string): StatePropertyAccessor<T> {
    return new StateProperty<T>(this, name);
  }

  // Not async where the answer is at hand: each turn asks for the state several times, and an
  // async function costs promises (and, with the request scope's AsyncLocalStorage, hooks) per call.
  override load(context: TurnContext, force = false): Promise<Record<string, unknown>> {
    const cached = this.cached(context);
    return cached && !force ? Promise.resolve(cached.state) : this.read(context);
  }

  private async read(context: TurnContext): Promise<Record<string, unknown>> {
    const key = this.key(context);
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
    await this.storage.delete([this.key(context)]);
  }

  override async saveChanges(context: TurnContext, force = false): Promise<void> {
    const cached = this.cached(context) ?? (force ? { state: {}, eTag: undefined, snapshot: '' } : undefined);
    if (!cached) return;
    const value = withoutETag(cached.state);
    const snapshot = JSON.stringify(value);
    if (!force && snapshot === cached.snapshot) return;
    const key = this.key(context);
    await this.storage.write({ [key]: { ...value, eTag: cached.eTag ?? '*' } });
    context.turnState.set(this.cacheKey, { state: cached.state, eTag: '*', snapshot } satisfies Cached);
  }

  /** The storage key, without the promise BotState's `storageKey` wraps it in. */
  private key(context: TurnContext): string {
    const key = this.getStorageKey(context);
    if (!key) throw new Error('OptimisticConversationState: the activity has no conversation to key the state by');
    return key;
  }

  private cached(context: TurnContext): Cached | undefined {
    return context.turnState.get<Cached | undefined>(this.cacheKey);
  }
}

/**
 * A property of the conversation state, as botbuilder's BotStatePropertyAccessor: `get` with a
 * default stores a copy of the default, so changing what it returns changes the state.
 */
class StateProperty<T> implements StatePropertyAccessor<T> {
  constructor(
    private readonly state: OptimisticConversationState,
    readonly name: string,
  ) {}

  get(context: TurnContext): Promise<T | undefined>;
  get(context: TurnContext, defaultValue: T): Promise<T>;
  get(context: TurnContext, defaultValue?: T): Promise<T | undefined> {
    return this.withState(context, (state) => {
      if (!Object.hasOwn(state, this.name) && defaultValue !== undefined) {
        state[this.name] =
          typeof defaultValue === 'object' && defaultValue !== null ? (JSON.parse(JSON.stringify(defaultValue)) as T) : defaultValue;
      }
      return state[this.name] as T | undefined;
    });
  }

  set(context: TurnContext, value: T): Promise<void> {
    return this.withState(context, (state) => {
      state[this.name] = value;
    });
  }

  delete(context: TurnContext): Promise<void> {
    return this.withState(context, (state) => {
      Reflect.deleteProperty(state, this.name);
    });
  }

  /** `use` on the turn's state, read first if this turn has not yet; a promise either way, as the interface has it. */
  private withState<R>(context: TurnContext, use: (state: Record<string, unknown>) => R): Promise<R> {
    const state = this.state.get(context);
    if (!state) return this.state.load(context).then(use);
    try {
      return Promise.resolve(use(state));
    } catch (error) {
      return Promise.reject(error);
    }
  }
}
