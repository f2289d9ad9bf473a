import { MemoryStorage, type Storage, type StoreItems } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import type { FeedbackVote, QuestionRecord } from '../../../src/core/curation/curationRecords';
import { CurationStore } from '../../../src/app/curation/curationStore';

const record = (n: number, lang: 'es' | 'en' | 'fr' = 'en'): QuestionRecord => ({
  at: `2026-11-28T10:${String(n % 60).padStart(2, '0')}:00.000Z`,
  lang,
  kind: 'notFound',
  text: `question ${n}`,
  candidates: [{ entryId: 'about', score: 0.3 }],
});

const vote = (entryId: string, v: 'up' | 'down', lang: 'es' | 'en' | 'fr' = 'es'): FeedbackVote => ({
  entryId,
  vote: v,
  lang,
  at: '2026-11-28T10:00:00.000Z',
});

/** Yields before each call, so two stores on it really interleave. */
function slowly(inner: Storage): Storage {
  const pause = () => new Promise((resolve) => setImmediate(resolve));
  return {
    read: async (keys: string[]) => (await pause(), inner.read(keys)),
    write: async (changes: StoreItems) => (await pause(), inner.write(changes)),
    delete: async (keys: string[]) => (await pause(), inner.delete(keys)),
  };
}

describe('CurationStore: the questions ring', () => {
  it('keeps records in the order they were appended', async () => {
    const store = new CurationStore(new MemoryStorage(), 10);
    await store.appendQuestions([record(1), record(2)]);
    await store.appendQuestions([record(3)]);
    const held = await store.readQuestions();
    expect(held.map((q) => q.text)).toEqual(['question 1', 'question 2', 'question 3']);
    expect(held.map((q) => q.seq)).toEqual([0, 1, 2]);
    expect(held[0]).toMatchObject(record(1));
  });

  it('never holds more than its capacity: the oldest are overwritten', async () => {
    const storage = new MemoryStorage();
    const store = new CurationStore(storage, 3);
    for (let n = 1; n <= 7; n += 1) await store.appendQuestions([record(n)]);
    expect((await store.readQuestions()).map((q) => q.text)).toEqual(['question 5', 'question 6', 'question 7']);
    // Nothing beyond the ring's slots was ever written.
    const beyond = await storage.read(['curation/questions/slot/3', 'curation/questions/slot/4']);
    expect(beyond).toEqual({});
  });

  it('keeps only the newest of a batch larger than the ring', async () => {
    const store = new CurationStore(new MemoryStorage(), 2);
    await store.appendQuestions([record(1), record(2), record(3), record(4), record(5)]);
    expect((await store.readQuestions()).map((q) => q.text)).toEqual(['question 4', 'question 5']);
  });

  it('two instances appending at once lose nothing and never share a slot', async () => {
    const storage = slowly(new MemoryStorage());
    const [a, b] = [new CurationStore(storage, 100), new CurationStore(storage, 100)];
    await Promise.all(Array.from({ length: 20 }, (_, n) => (n % 2 === 0 ? a : b).appendQuestions([record(n)])));
    const held = await a.readQuestions();
    expect(held.map((q) => q.text).sort()).toEqual(Array.from({ length: 20 }, (_, n) => `question ${n}`).sort());
    expect(held.map((q) => q.seq)).toEqual(Array.from({ length: 20 }, (_, n) => n));
  });

  it('a smaller capacity (configuration changed) drops the slots beyond it', async () => {
    const storage = new MemoryStorage();
    const large = new CurationStore(storage, 5);
    for (let n = 1; n <= 5; n += 1) await large.appendQuestions([record(n)]);
    const small = new CurationStore(storage, 2);
    await small.appendQuestions([record(6)]);
    const held = await small.readQuestions();
    expect(held.length).toBeLessThanOrEqual(2);
    expect(held.map((q) => q.text)).toContain('question 6');
    const keys = [2, 3, 4].map((i) => `curation/questions/slot/${i}`);
    expect(await storage.read(keys)).toEqual({});
  });

  it('is empty before anything was recorded', async () => {
    const store = new CurationStore(new MemoryStorage(), 5);
    expect(await store.readQuestions()).toEqual([]);
    expect(await store.readFeedback()).toEqual({});
  });

  it('refuses a capacity that is not a positive whole number', () => {
    expect(() => new CurationStore(new MemoryStorage(), 0)).toThrow(RangeError);
    expect(() => new CurationStore(new MemoryStorage(), 1.5)).toThrow(RangeError);
  });
});

describe('CurationStore: feedback', () => {
  it('sums votes from instances voting at once', async () => {
    const storage = slowly(new MemoryStorage());
    const [a, b] = [new CurationStore(storage, 10), new CurationStore(storage, 10)];
    await Promise.all([
      a.addFeedback([vote('funding', 'down'), vote('funding', 'up')]),
      b.addFeedback([vote('funding', 'down', 'fr')]),
      a.addFeedback([vote('about', 'up', 'en')]),
      b.addFeedback([vote('funding', 'down')]),
    ]);
    const feedback = await a.readFeedback();
    expect(feedback.funding?.down).toEqual({ es: 2, en: 0, fr: 1 });
    expect(feedback.funding?.up).toEqual({ es: 1, en: 0, fr: 0 });
    expect(feedback.about?.up).toEqual({ es: 0, en: 1, fr: 0 });
  });
});

describe('CurationStore.deleteAll', () => {
  it('removes every record and vote, and says how many records there were', async () => {
    const storage = new MemoryStorage();
    const store = new CurationStore(storage, 3);
    for (let n = 1; n <= 4; n += 1) await store.appendQuestions([record(n)]);
    await store.addFeedback([vote('funding', 'down')]);
    expect(await store.deleteAll()).toBe(3);
    expect(await store.readQuestions()).toEqual([]);
    expect(await store.readFeedback()).toEqual({});
    const keys = ['curation/questions/ring', 'curation/feedback', ...[0, 1, 2].map((i) => `curation/questions/slot/${i}`)];
    expect(await storage.read(keys)).toEqual({});
    // Recording starts again from an empty ring.
    await store.appendQuestions([record(9)]);
    expect((await store.readQuestions()).map((q) => [q.text, q.seq])).toEqual([['question 9', 0]]);
  });
});
