import { MemoryStorage, type Storage, type StoreItems } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import { isWriteConflict, updateConditionally } from '../../../src/app/storage/conditionalUpdate';
import { ExpiringMemoryStorage } from '../../../src/adapters/storage/expiringMemoryStorage';

interface Counter {
  n: number;
}

/** A storage that yields to other callers before each read and write, so concurrent updates really interleave. */
function interleaving(inner: Storage): Storage & { writes: number } {
  const storage = {
    writes: 0,
    read: async (keys: string[]) => {
      await new Promise((resolve) => setImmediate(resolve));
      return inner.read(keys);
    },
    write: async (changes: StoreItems) => {
      await new Promise((resolve) => setImmediate(resolve));
      storage.writes += 1;
      return inner.write(changes);
    },
    delete: (keys: string[]) => inner.delete(keys),
  };
  return storage;
}

describe('updateConditionally', () => {
  it.each([
    ['MemoryStorage', () => new MemoryStorage()],
    ['ExpiringMemoryStorage', () => new ExpiringMemoryStorage({ ttlMs: 60_000, maxItems: 100 })],
  ])('applies every one of many concurrent changes exactly once (%s)', async (_name, make) => {
    const storage = interleaving(make());
    await storage.write({ counter: { n: 0 } });
    const results = await Promise.all(
      Array.from({ length: 12 }, () => updateConditionally<Counter>(storage, 'counter', (c) => ({ n: (c?.n ?? 0) + 1 }))),
    );
    const stored = (await storage.read(['counter'])).counter as Counter;
    expect(stored.n).toBe(12);
    // Each caller saw a different "before": no two claimed the same value.
    expect(new Set(results.map((r) => r.before?.n)).size).toBe(12);
    // Conflicts happened and were retried.
    expect(storage.writes).toBeGreaterThan(13);
  });

  it('creates the document when there is none, and hands back what it wrote', async () => {
    const storage = new MemoryStorage();
    const result = await updateConditionally<Counter>(storage, 'fresh', (c) => ({ n: (c?.n ?? 10) + 1 }));
    expect(result).toEqual({ before: undefined, after: { n: 11 } });
    const { before } = await updateConditionally<Counter>(storage, 'fresh', (c) => ({ n: (c?.n ?? 0) + 1 }));
    // The eTag is not part of the document handed to the change.
    expect(before).toEqual({ n: 11 });
  });

  it('gives up after the attempts allowed, naming the caller and the key', async () => {
    const inner = new MemoryStorage();
    await inner.write({ doc: { n: 0 } });
    let attempts = 0;
    const alwaysMoving: Storage = {
      read: (keys) => inner.read(keys),
      write: async () => {
        attempts += 1;
        throw new Error('Storage: error writing "doc" due to eTag conflict.');
      },
      delete: (keys) => inner.delete(keys),
    };
    await expect(
      updateConditionally<Counter>(alwaysMoving, 'doc', (c) => ({ n: c!.n + 1 }), { maxAttempts: 4, what: 'Test.update()' }),
    ).rejects.toThrow("Test.update(): 'doc' kept changing under 4 attempts");
    expect(attempts).toBe(4);
  });

  it('throws any other storage error at once', async () => {
    let attempts = 0;
    const broken: Storage = {
      read: async () => ({}),
      write: async () => {
        attempts += 1;
        throw new Error('connect ECONNREFUSED 127.0.0.1:10000');
      },
      delete: async () => undefined,
    };
    await expect(updateConditionally<Counter>(broken, 'doc', () => ({ n: 1 }))).rejects.toThrow('ECONNREFUSED');
    expect(attempts).toBe(1);
  });
});

describe('isWriteConflict', () => {
  it.each([
    [new Error('Storage: error writing "x" due to eTag conflict.'), true],
    [Object.assign(new Error('precondition failed'), { code: 412 }), true],
    [Object.assign(new Error('The specified blob already exists.'), { code: 'Conflict' }), true],
    [new Error('ECONNRESET'), false],
    ['a string', false],
  ])('%s → %s', (error, expected) => {
    expect(isWriteConflict(error)).toBe(expected);
  });
});
