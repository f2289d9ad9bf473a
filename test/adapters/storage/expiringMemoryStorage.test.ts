import { describe, expect, it } from 'vitest';
import { ExpiringMemoryStorage } from '../../../src/adapters/storage/expiringMemoryStorage';
import { isETagConflict } from '../../../src/adapters/storage/eTagConflict';

const MINUTE = 60_000;

function storage(options: { ttlMs?: number; maxItems?: number } = {}) {
  let now = 1_000;
  const store = new ExpiringMemoryStorage({ ttlMs: options.ttlMs ?? 10 * MINUTE, maxItems: options.maxItems ?? 1_000, now: () => now });
  return { store, advance: (ms: number) => (now += ms) };
}

describe('ExpiringMemoryStorage: reads and writes', () => {
  it('returns what was written, with an eTag, and nothing for unknown keys', async () => {
    const { store } = storage();
    await store.write({ a: { lang: 'fr', offered: ['x', 'y'] } });
    const read = await store.read(['a', 'missing']);
    expect(Object.keys(read)).toEqual(['a']);
    expect(read.a).toMatchObject({ lang: 'fr', offered: ['x', 'y'] });
    expect(typeof read.a.eTag).toBe('string');
  });

  it('hands out copies: changing a read or written object does not change the store', async () => {
    const { store } = storage();
    const written = { list: [1] };
    await store.write({ a: written });
    written.list.push(2);
    const first = await store.read(['a']);
    (first.a.list as number[]).push(3);
    expect((await store.read(['a'])).a.list).toEqual([1]);
  });

  it('gives every write a new eTag', async () => {
    const { store } = storage();
    await store.write({ a: { n: 1 } });
    const first = (await store.read(['a'])).a.eTag;
    await store.write({ a: { n: 2 } });
    expect((await store.read(['a'])).a.eTag).not.toBe(first);
  });

  it('deletes', async () => {
    const { store } = storage();
    await store.write({ a: { n: 1 }, b: { n: 2 } });
    await store.delete(['a']);
    expect(Object.keys(await store.read(['a', 'b']))).toEqual(['b']);
  });
});

describe('ExpiringMemoryStorage: eTags', () => {
  it('accepts a write carrying the current eTag', async () => {
    const { store } = storage();
    await store.write({ a: { n: 1 } });
    const read = await store.read(['a']);
    await store.write({ a: { ...read.a, n: 2 } });
    expect((await store.read(['a'])).a.n).toBe(2);
  });

  it("refuses a write carrying a stale eTag, with botbuilder's eTag-conflict error, and keeps the newer item", async () => {
    const { store } = storage();
    await store.write({ a: { n: 1 } });
    const stale = (await store.read(['a'])).a;
    await store.write({ a: { ...stale, n: 2 } });
    const error = await store.write({ a: { ...stale, n: 3 } }).catch((e: unknown) => e);
    expect(isETagConflict(error)).toBe(true);
    expect((await store.read(['a'])).a.n).toBe(2);
  });

  it('writes nothing of a batch when one of its items conflicts', async () => {
    const { store } = storage();
    await store.write({ a: { n: 1 } });
    const stale = (await store.read(['a'])).a;
    await store.write({ a: { n: 2 } });
    await expect(store.write({ b: { n: 1 }, a: { ...stale, n: 3 } })).rejects.toThrow(/eTag conflict/);
    expect(await store.read(['b'])).toEqual({});
  });

  it("'*' and no eTag always write", async () => {
    const { store } = storage();
    await store.write({ a: { n: 1 } });
    await store.write({ a: { n: 2, eTag: '*' } });
    await store.write({ a: { n: 3 } });
    expect((await store.read(['a'])).a.n).toBe(3);
  });
});

describe('ExpiringMemoryStorage: bounded', () => {
  it('forgets an item not used for ttlMs, and keeps one that is used', async () => {
    const { store, advance } = storage({ ttlMs: 10 * MINUTE });
    await store.write({ idle: { n: 1 }, busy: { n: 1 } });
    for (let i = 0; i < 4; i += 1) {
      advance(3 * MINUTE);
      await store.read(['busy']);
    }
    // 12 minutes on: 'idle' has expired, 'busy' was last read 0 minutes ago.
    expect(Object.keys(await store.read(['idle', 'busy']))).toEqual(['busy']);
  });

  it('an expired item is gone from memory, not only hidden', async () => {
    const { store, advance } = storage({ ttlMs: MINUTE });
    await store.write({ a: { n: 1 }, b: { n: 1 } });
    expect(store.size).toBe(2);
    advance(MINUTE);
    await store.write({ c: { n: 1 } });
    expect(store.size).toBe(1);
  });

  it('an item that expired can be written again whatever eTag the writer holds', async () => {
    const { store, advance } = storage({ ttlMs: MINUTE });
    await store.write({ a: { n: 1 } });
    const old = (await store.read(['a'])).a;
    advance(2 * MINUTE);
    await store.write({ a: { ...old, n: 2 } });
    expect((await store.read(['a'])).a.n).toBe(2);
  });

  it('keeps at most maxItems, dropping the least recently used first', async () => {
    const { store, advance } = storage({ maxItems: 3 });
    await store.write({ a: { n: 1 } });
    advance(1);
    await store.write({ b: { n: 1 } });
    advance(1);
    await store.write({ c: { n: 1 } });
    advance(1);
    await store.read(['a']); // a is now the most recently used
    await store.write({ d: { n: 1 } });
    expect(store.size).toBe(3);
    expect(Object.keys(await store.read(['a', 'b', 'c', 'd'])).sort()).toEqual(['a', 'c', 'd']);
  });

  it('holds a steady number of items under a stream of new conversations', async () => {
    const { store, advance } = storage({ ttlMs: MINUTE, maxItems: 100_000 });
    // One new conversation per 100 ms for 10 minutes: only the last minute's 600 stay.
    for (let i = 0; i < 6_000; i += 1) {
      await store.write({ [`conversation-${i}`]: { n: i } });
      advance(100);
    }
    expect(store.size).toBeLessThanOrEqual(601);
    expect(store.size).toBeGreaterThanOrEqual(599);
  });

  it('refuses nonsense limits', () => {
    expect(() => new ExpiringMemoryStorage({ ttlMs: 0, maxItems: 10 })).toThrow(RangeError);
    expect(() => new ExpiringMemoryStorage({ ttlMs: 10, maxItems: 0 })).toThrow(RangeError);
  });
});
