/**
 * runCommittedTurn + OptimisticConversationState: two bot "instances" (each its own adapter and
 * state objects) sharing one storage, as two servers share Blob Storage. The storage is both the
 * bounded in-memory one and Azure Blob Storage itself (botbuilder's BlobsStorage on Azurite).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BotState, ConversationState, TestAdapter, type Storage, type TurnContext } from 'botbuilder';
import { BlobsStorage } from 'botbuilder-azure-blobs';
import { StateCommitError } from '../../../src/errors';
import { afterCommit, runCommittedTurn } from '../../../src/hosting/botframework/committedTurn';
import { serviceUnavailable } from '../../support/flakyStorage';
import { ExpiringMemoryStorage } from '../../../src/adapters/storage/expiringMemoryStorage';
import { OptimisticConversationState } from '../../../src/hosting/botframework/optimisticConversationState';
import { startAzurite, type Azurite } from '../../support/azurite';
import { uniqueId } from '../../support/http';

let azurite: Azurite;
beforeAll(async () => {
  azurite = await startAzurite();
});
afterAll(async () => {
  await azurite?.stop();
});

const STORAGES: readonly [string, () => Storage][] = [
  ['in-memory storage', () => new ExpiringMemoryStorage({ ttlMs: 60_000, maxItems: 1_000 })],
  [
    'Azure Blob Storage (Azurite)',
    () =>
      new BlobsStorage(
        azurite.connectionString,
        uniqueId('committed')
          .toLowerCase()
          .replace(/[^a-z0-9-]/g, '-')
          .slice(0, 60),
      ),
  ],
];

/** Resolves for everyone once `parties` have arrived: both instances have read before either writes. */
function barrier(parties: number): () => Promise<void> {
  let arrived = 0;
  let release!: () => void;
  const all = new Promise<void>((resolve) => (release = resolve));
  return () => {
    arrived += 1;
    if (arrived >= parties) release();
    return all;
  };
}

interface Instance {
  readonly adapter: TestAdapter;
  readonly state: BotState;
  /** Times the turn logic ran, retries included. */
  attempts: number;
  /** Held once by the next turn's first attempt, between reading and writing. */
  pause: (() => Promise<void>) | undefined;
  turn(): Promise<void>;
  /** The texts this instance sent. */
  sent(): string[];
}

const CONVERSATION = { id: 'shared-conversation' };

/** A bot that counts the turns of its conversation and replies with the count. */
function instance(storage: Storage, kind: 'optimistic' | 'plain' = 'optimistic'): Instance {
  const state = kind === 'optimistic' ? new OptimisticConversationState(storage) : new ConversationState(storage);
  const count = state.createProperty<number>('count');
  const self: Instance = {
    adapter: new TestAdapter(async () => undefined),
    state,
    attempts: 0,
    pause: undefined,
    turn: () =>
      self.adapter.processActivity({ type: 'message', text: 'next', conversation: CONVERSATION as never }, (context: TurnContext) =>
        runCommittedTurn(context, [state], async () => {
          self.attempts += 1;
          const n = (await count.get(context, 0)) + 1;
          const pause = self.pause;
          self.pause = undefined;
          await pause?.();
          await count.set(context, n);
          await context.sendActivity(`turn ${n}`);
        }),
      ),
    sent: () => self.adapter.activeQueue.map((a) => String(a.text)),
  };
  return self;
}

async function storedCount(storage: Storage): Promise<unknown> {
  const items = await storage.read(['test/conversations/shared-conversation/']);
  return (items['test/conversations/shared-conversation/'] as { count?: number } | undefined)?.count;
}

/**
 * After one turn on `a` (the conversation exists: a first write has no eTag to check), one turn
 * on each instance, both reading the state before either writes.
 */
async function raceOneTurnEach(storage: Storage, kind: 'optimistic' | 'plain'): Promise<{ a: Instance; b: Instance }> {
  const a = instance(storage, kind);
  const b = instance(storage, kind);
  await a.turn();
  const both = barrier(2);
  a.pause = both;
  b.pause = both;
  await Promise.all([a.turn(), b.turn()]);
  return { a, b };
}

describe.each(STORAGES)('two instances on one %s', (_name, makeStorage) => {
  it('two turns read the same state at once: one commits, the other is re-run on the new state; each reply is sent once', async () => {
    const storage = makeStorage();
    const { a, b } = await raceOneTurnEach(storage, 'optimistic');

    expect(await storedCount(storage)).toBe(3);
    expect([...a.sent(), ...b.sent()].sort()).toEqual(['turn 1', 'turn 2', 'turn 3']);
    // One of the two ran its logic twice; its first reply never left.
    expect(a.attempts + b.attempts).toBe(4);
  });

  it("without the eTag check (botbuilder's own ConversationState) the same race loses a turn and repeats a reply", async () => {
    const storage = makeStorage();
    const { a, b } = await raceOneTurnEach(storage, 'plain');

    expect(await storedCount(storage)).toBe(2);
    expect([...a.sent(), ...b.sent()].sort()).toEqual(['turn 1', 'turn 2', 'turn 2']);
  });

  it('many turns on both instances at once: none lost, every count sent exactly once', async () => {
    const storage = makeStorage();
    const a = instance(storage);
    const b = instance(storage);
    await a.turn();
    // Each instance runs its own turns one after another, as its TurnQueue does; the two race.
    const run = async (i: Instance, n: number) => {
      for (let k = 0; k < n; k += 1) await i.turn();
    };
    await Promise.all([run(a, 6), run(b, 6)]);

    expect(await storedCount(storage)).toBe(13);
    const sent = [...a.sent(), ...b.sent()];
    expect(sent.sort()).toEqual(Array.from({ length: 13 }, (_, i) => `turn ${i + 1}`).sort());
  });
});

/** `inner`, except that every write is refused with botbuilder's eTag-conflict error. */
function conflictingWrites(inner: Storage): Storage {
  return {
    read: (keys) => inner.read(keys),
    write: () => Promise.reject(new Error('Storage: error writing "k" due to eTag conflict.')),
    delete: (keys) => inner.delete(keys),
  };
}

/** A TestAdapter whose onTurnError keeps the error that ended the turn. */
function failureRecordingAdapter(): { adapter: TestAdapter; failure: { error?: unknown } } {
  const adapter = new TestAdapter(async () => undefined);
  const failure: { error?: unknown } = {};
  adapter.onTurnError = async (_context, error) => {
    failure.error = error;
  };
  return { adapter, failure };
}

describe('runCommittedTurn', () => {
  it('replies leave only after the state is written', async () => {
    const order: string[] = [];
    const storage = new ExpiringMemoryStorage({ ttlMs: 60_000, maxItems: 10 });
    const recording: Storage = {
      read: (keys) => storage.read(keys),
      write: async (changes) => {
        order.push('write');
        await storage.write(changes);
      },
      delete: (keys) => storage.delete(keys),
    };
    const state = new OptimisticConversationState(recording);
    const adapter = new TestAdapter(async () => undefined);
    await adapter.processActivity({ type: 'message', text: 'x' }, (context) =>
      runCommittedTurn(context, [state], async () => {
        context.onSendActivities(async (_c, activities, next) => {
          order.push(`send ${activities.length}`);
          return next();
        });
        await state.createProperty<number>('n').set(context, 1);
        await context.sendActivity('one');
        order.push('logic done');
      }),
    );
    expect(order).toEqual(['logic done', 'write', 'send 1']);
    expect(adapter.activeQueue.map((a) => a.text)).toEqual(['one']);
  });

  it('on an error other than a conflict, drops the held replies and lets the error through; later sends go out', async () => {
    const state = new OptimisticConversationState(new ExpiringMemoryStorage({ ttlMs: 60_000, maxItems: 10 }));
    const adapter = new TestAdapter(async () => undefined);
    adapter.onTurnError = async (context) => {
      await context.sendActivity('sorry');
    };
    let attempts = 0;
    await adapter.processActivity({ type: 'message', text: 'x' }, (context) =>
      runCommittedTurn(context, [state], async () => {
        attempts += 1;
        await context.sendActivity('half an answer');
        throw new TypeError('broken');
      }),
    );
    expect(attempts).toBe(1);
    expect(adapter.activeQueue.map((a) => a.text)).toEqual(['sorry']);
  });

  it('gives up after maxAttempts conflicts, sending nothing', async () => {
    const inner = new ExpiringMemoryStorage({ ttlMs: 60_000, maxItems: 10 });
    const state = new OptimisticConversationState(conflictingWrites(inner));
    const { adapter, failure } = failureRecordingAdapter();
    let attempts = 0;
    await adapter.processActivity({ type: 'message', text: 'x' }, (context) =>
      runCommittedTurn(
        context,
        [state],
        async () => {
          attempts += 1;
          await state.createProperty<number>('n').set(context, attempts);
          await context.sendActivity(`attempt ${attempts}`);
        },
        { maxAttempts: 3, backoffMs: () => 0 },
      ),
    );
    expect(attempts).toBe(3);
    expect(failure.error).toBeInstanceOf(StateCommitError);
    expect(String((failure.error as Error).cause)).toMatch(/eTag conflict/);
    expect(adapter.activeQueue).toEqual([]);
  });

  it('a write the storage refuses (down, 503) ends the turn with a StateCommitError: no reply sent, no afterCommit work', async () => {
    const inner = new ExpiringMemoryStorage({ ttlMs: 60_000, maxItems: 10 });
    const refusing: Storage = {
      read: (keys) => inner.read(keys),
      write: () => Promise.reject(serviceUnavailable()),
      delete: (keys) => inner.delete(keys),
    };
    const state = new OptimisticConversationState(refusing);
    const { adapter, failure } = failureRecordingAdapter();
    const done: string[] = [];
    await adapter.processActivity({ type: 'message', text: 'x' }, (context) =>
      runCommittedTurn(context, [state], async () => {
        await state.createProperty<number>('n').set(context, 1);
        await context.sendActivity('sent?');
        afterCommit(context, async () => void done.push('after commit'));
      }),
    );
    expect(failure.error).toBeInstanceOf(StateCommitError);
    expect((failure.error as Error).cause).toMatchObject({ name: 'RestError', statusCode: 503 });
    expect(adapter.activeQueue).toEqual([]);
    expect(done).toEqual([]);
  });

  it('a turn past its commit deadline does not commit: StateCommitError, nothing written or sent', async () => {
    const storage = new ExpiringMemoryStorage({ ttlMs: 60_000, maxItems: 10 });
    const state = new OptimisticConversationState(storage);
    const { adapter, failure } = failureRecordingAdapter();
    let clock = 0;
    await adapter.processActivity({ type: 'message', text: 'x', conversation: { id: 'late' } as never }, (context) =>
      runCommittedTurn(
        context,
        [state],
        async () => {
          await state.createProperty<number>('n').set(context, 1);
          await context.sendActivity('sent?');
          clock += 61_000;
        },
        { now: () => clock, commitDeadlineMs: 60_000 },
      ),
    );
    expect(failure.error).toBeInstanceOf(StateCommitError);
    expect(adapter.activeQueue).toEqual([]);
    expect(await storage.read(['test/conversations/late/'])).toEqual({});
  });

  it('does not retry a conflict on a second state once the first was written (that would apply the turn twice)', async () => {
    const storage = new ExpiringMemoryStorage({ ttlMs: 60_000, maxItems: 10 });
    const first = new OptimisticConversationState(storage, 'first');
    const second = new OptimisticConversationState(conflictingWrites(storage), 'second');
    const { adapter, failure } = failureRecordingAdapter();
    let attempts = 0;
    await adapter.processActivity({ type: 'message', text: 'x' }, (context) =>
      runCommittedTurn(context, [first, second], async () => {
        attempts += 1;
        await first.createProperty<number>('n').set(context, attempts);
        await second.createProperty<number>('n').set(context, attempts);
      }),
    );
    expect(attempts).toBe(1);
    expect(String(failure.error)).toMatch(/eTag conflict/);
  });

  it('afterCommit work runs once, for the attempt that was committed, after its replies', async () => {
    const storage = new ExpiringMemoryStorage({ ttlMs: 60_000, maxItems: 10 });
    const done: string[] = [];
    const make = () => {
      const state = new OptimisticConversationState(storage);
      const count = state.createProperty<number>('count');
      const adapter = new TestAdapter(async () => undefined);
      let pause: (() => Promise<void>) | undefined;
      const turn = (label: string) =>
        adapter.processActivity({ type: 'message', text: 'x', conversation: CONVERSATION as never }, (context) =>
          runCommittedTurn(context, [state], async () => {
            const n = (await count.get(context, 0)) + 1;
            const p = pause;
            pause = undefined;
            await p?.();
            await count.set(context, n);
            await context.sendActivity(`${label} ${n}`);
            afterCommit(context, async () => {
              done.push(`${label} committed ${n} after ${adapter.activeQueue.length} replies`);
            });
          }),
        );
      return { turn, setPause: (p: () => Promise<void>) => (pause = p) };
    };
    const a = make();
    const b = make();
    await a.turn('a');
    const both = barrier(2);
    a.setPause(both);
    b.setPause(both);
    await Promise.all([a.turn('a'), b.turn('b')]);
    expect(done).toHaveLength(3);
    expect(done[0]).toBe('a committed 1 after 1 replies');
    expect(
      done
        .slice(1)
        .map((d) => d.replace(/ after .*/, ''))
        .sort(),
    ).toEqual(
      done.slice(1).some((d) => d.startsWith('a committed 2')) ? ['a committed 2', 'b committed 3'] : ['a committed 3', 'b committed 2'],
    );
  });

  it('afterCommit outside a committed turn is a programming error', async () => {
    // The assertion runs in the bot's logic: if the turn never ran it, the test must fail.
    expect.assertions(1);
    const adapter = new TestAdapter(async (context) => {
      expect(() => afterCommit(context, async () => undefined)).toThrow(/outside runCommittedTurn/);
    });
    await adapter.send('x');
  });
});
