import { describe, expect, it } from 'vitest';
import { ConversationState, TestAdapter, type Storage, type StoreItems, type TurnContext } from 'botbuilder';
import { ExpiringMemoryStorage } from '../../../src/adapters/storage/expiringMemoryStorage';
import { OptimisticConversationState } from '../../../src/hosting/botframework/optimisticConversationState';

const KEY = 'test/conversations/Convo1/';

/** The storage, recording every write as it was asked for. */
function recorded() {
  const inner = new ExpiringMemoryStorage({ ttlMs: 60_000, maxItems: 100 });
  const writes: StoreItems[] = [];
  const storage: Storage = {
    read: (keys) => inner.read(keys),
    write: async (changes) => {
      writes.push(JSON.parse(JSON.stringify(changes)) as StoreItems);
      await inner.write(changes);
    },
    delete: (keys) => inner.delete(keys),
  };
  return { storage, inner, writes };
}

async function inTurn(work: (context: TurnContext) => Promise<void>): Promise<void> {
  await new TestAdapter(async () => undefined).processActivity({ type: 'message', text: 'x' }, work);
}

describe('OptimisticConversationState', () => {
  it("writes with the eTag it read, so a write after someone else's is refused", async () => {
    const { storage, inner, writes } = recorded();
    await inner.write({ [KEY]: { n: 1 } });
    const eTag = (await inner.read([KEY]))[KEY]!.eTag as string;
    const state = new OptimisticConversationState(storage);
    await inTurn(async (context) => {
      await state.createProperty<number>('n').set(context, 2);
      await state.saveChanges(context);
    });
    expect(writes[0]![KEY]).toEqual({ n: 2, eTag });

    await inTurn(async (context) => {
      await state.load(context);
      await inner.write({ [KEY]: { n: 100 } }); // another instance, meanwhile
      await state.createProperty<number>('n').set(context, 3);
      await expect(state.saveChanges(context)).rejects.toThrow(/eTag conflict/);
    });
    expect((await inner.read([KEY]))[KEY]!.n).toBe(100);
  });

  it('writes nothing when the turn changed nothing', async () => {
    const { storage, inner, writes } = recorded();
    await inner.write({ [KEY]: { n: 1, list: ['a'] } });
    const state = new OptimisticConversationState(storage);
    await inTurn(async (context) => {
      expect(await state.createProperty<number>('n').get(context)).toBe(1);
      await state.saveChanges(context);
    });
    expect(writes).toEqual([]);
  });

  it('load(force) reads again and takes the new eTag; get returns the cached state', async () => {
    const { storage, inner } = recorded();
    await inner.write({ [KEY]: { n: 1 } });
    const state = new OptimisticConversationState(storage);
    await inTurn(async (context) => {
      await state.load(context);
      await inner.write({ [KEY]: { n: 5 } });
      expect(state.get(context)?.n).toBe(1);
      await state.load(context, true);
      expect(state.get(context)?.n).toBe(5);
      await state.createProperty<number>('n').set(context, 6);
      await state.saveChanges(context);
    });
    expect((await inner.read([KEY]))[KEY]!.n).toBe(6);
  });

  it('clear empties the state and the next save writes it, still conditionally', async () => {
    const { storage, inner, writes } = recorded();
    await inner.write({ [KEY]: { n: 1 } });
    const eTag = (await inner.read([KEY]))[KEY]!.eTag;
    const state = new OptimisticConversationState(storage);
    await inTurn(async (context) => {
      await state.load(context);
      await state.clear(context);
      await state.saveChanges(context);
    });
    expect(writes).toEqual([{ [KEY]: { eTag } }]);
  });

  it('delete removes the stored state and the cache', async () => {
    const { storage, inner } = recorded();
    await inner.write({ [KEY]: { n: 1 } });
    const state = new OptimisticConversationState(storage);
    await inTurn(async (context) => {
      await state.load(context);
      await state.delete(context);
      expect(state.get(context)).toBeUndefined();
    });
    expect(await inner.read([KEY])).toEqual({});
  });

  it("property accessors: get with a default stores a copy of it; set and delete change the turn's state", async () => {
    const { storage, inner } = recorded();
    const state = new OptimisticConversationState(storage);
    const list = state.createProperty<{ items: string[] }>('list');
    const gone = state.createProperty<number>('gone');
    const fallback = { items: ['a'] };
    await inTurn(async (context) => {
      const value = await list.get(context, fallback);
      value.items.push('b');
      expect(fallback.items).toEqual(['a']);
      expect(await list.get(context)).toEqual({ items: ['a', 'b'] });
      await gone.set(context, 1);
      await gone.delete(context);
      expect(await gone.get(context)).toBeUndefined();
      await state.saveChanges(context);
    });
    const stored = (await inner.read([KEY]))[KEY]!;
    expect(stored.list).toEqual({ items: ['a', 'b'] });
    expect('gone' in stored).toBe(false);
  });

  it('a state changed in place after it was read is written with the change, turn after turn', async () => {
    const inner = new ExpiringMemoryStorage({ ttlMs: 60_000, maxItems: 100 });
    const state = new OptimisticConversationState(inner);
    const nested = state.createProperty<{ n: number; seen: string[] }>('nested');
    for (let turn = 1; turn <= 3; turn += 1) {
      await inTurn(async (context) => {
        const value = await nested.get(context, { n: 0, seen: [] });
        value.n += 1;
        value.seen.push(`turn ${turn}`);
        await state.saveChanges(context);
      });
    }
    expect((await inner.read([KEY]))[KEY]!.nested).toEqual({ n: 3, seen: ['turn 1', 'turn 2', 'turn 3'] });
  });
});

describe("ExpiringMemoryStorage with botbuilder's own ConversationState, which writes back the objects it read", () => {
  it('stores what the state changed, not what it read', async () => {
    const inner = new ExpiringMemoryStorage({ ttlMs: 60_000, maxItems: 100 });
    const state = new ConversationState(inner);
    const count = state.createProperty<number>('count');
    for (let turn = 1; turn <= 3; turn += 1) {
      await inTurn(async (context) => {
        await count.set(context, (await count.get(context, 0)) + 1);
        await state.saveChanges(context);
      });
    }
    expect((await inner.read([KEY]))[KEY]!.count).toBe(3);
  });
});
