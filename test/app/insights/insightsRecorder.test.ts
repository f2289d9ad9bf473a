import { describe, expect, it } from 'vitest';
import type { DayAggregate } from '../../../src/core/insights/dayAggregate';
import type { Period } from '../../../src/core/insights/queries';
import type { AggregateStore } from '../../../src/app/insights/aggregateStore';
import { InsightsRecorder } from '../../../src/app/insights/insightsRecorder';
import { MemoryAggregateStore } from '../../../src/adapters/storage/memoryAggregateStore';
import { question, started, times, vote } from '../../support/insightsEvents';
import { recordingLogger } from '../../support/testBot';

const ALL: Period = { from: '2000-01-01', to: '2099-12-31' };

/** A store whose adds fail, or never answer, on demand; counts the adds it was asked for. */
class UnreliableStore implements AggregateStore {
  readonly inner = new MemoryAggregateStore({ maxDays: 100 });
  mode: 'ok' | 'fail' | 'hang' = 'ok';
  adds = 0;
  add(increment: DayAggregate): Promise<void> {
    this.adds += 1;
    if (this.mode === 'fail')
      return Promise.reject(Object.assign(new Error('storage down: secret detail'), { name: 'RestError', code: 'ECONNREFUSED' }));
    if (this.mode === 'hang') return new Promise(() => undefined);
    return this.inner.add(increment);
  }
  read(period: Period) {
    return this.inner.read(period);
  }
  days() {
    return this.inner.days();
  }
  delete(days: readonly string[]) {
    return this.inner.delete(days);
  }
}

const conversations = async (store: AggregateStore): Promise<Record<string, number>> =>
  Object.fromEntries((await store.read(ALL)).map((d) => [d.day, Object.values(d.slices).reduce((n, s) => n + (s?.conversations ?? 0), 0)]));

describe('InsightsRecorder', () => {
  it('queues without writing, then writes one increment per day in the background', async () => {
    const store = new UnreliableStore();
    const recorder = new InsightsRecorder(store, recordingLogger(), { flushDelayMs: 20 });
    for (const event of [...times(3, started()), started({ day: '2026-11-29' }), question('answered', ['areas'])]) recorder.record(event);
    // record() returned at once, and nothing was written yet.
    expect(store.adds).toBe(0);
    expect(recorder.waiting).toBe(5);
    await expect.poll(() => store.adds, { timeout: 2_000 }).toBe(2);
    expect(await conversations(store)).toEqual({ '2026-11-28': 3, '2026-11-29': 1 });
    expect(recorder.waiting).toBe(0);
  });

  it('flush() writes what is queued at once, and what arrives during a write goes in the next one', async () => {
    const store = new UnreliableStore();
    const recorder = new InsightsRecorder(store, recordingLogger(), { flushDelayMs: 60_000 });
    recorder.record(started());
    const flushing = recorder.flush();
    recorder.record(started());
    await flushing;
    await recorder.flush();
    expect(await conversations(store)).toEqual({ '2026-11-28': 2 });
  });

  it('a storage that fails: the turn never sees it; the events are dropped and logged by number and kind, without detail or text', async () => {
    const store = new UnreliableStore();
    store.mode = 'fail';
    const logger = recordingLogger();
    const recorder = new InsightsRecorder(store, logger, { flushDelayMs: 0 });
    expect(() => {
      recorder.record(started());
      recorder.record(vote('down', 'areas'));
      recorder.record(started({ day: '2026-11-29' }));
    }).not.toThrow();
    await recorder.flush();
    expect(recorder.dropped).toBe(3);
    const lines = logger.lines.map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines).toEqual([
      { level: 'warn', msg: 'insights counts not stored', dropped: 2, kind: 'RestError:ECONNREFUSED' },
      { level: 'warn', msg: 'insights counts not stored', dropped: 1, kind: 'RestError:ECONNREFUSED' },
    ]);
    expect(logger.lines.join('\n')).not.toMatch(/secret|areas/);
    // Once the storage is back, counting goes on.
    store.mode = 'ok';
    recorder.record(started());
    await recorder.flush();
    expect(await conversations(store)).toEqual({ '2026-11-28': 1 });
  });

  it('a storage that hangs never holds a turn, and the queue stays bounded, dropping the oldest with a logged count', async () => {
    const store = new UnreliableStore();
    store.mode = 'hang';
    const logger = recordingLogger();
    const recorder = new InsightsRecorder(store, logger, { flushDelayMs: 0, maxPending: 10 });
    recorder.record(started());
    // The first write is now stuck; everything else queues behind it.
    await expect.poll(() => store.adds).toBe(1);
    for (let i = 0; i < 25; i += 1) recorder.record(started());
    expect(recorder.waiting).toBe(10);
    expect(recorder.dropped).toBe(15);
    const warnings = logger.lines
      .map((l) => JSON.parse(l) as { msg: string; dropped: number })
      .filter((l) => l.msg === 'insights events dropped: the storage is not keeping up');
    expect(warnings.reduce((n, l) => n + l.dropped, 0)).toBe(15);
  });

  it('an event without a real day is dropped alone, logged; the rest of its batch is counted', async () => {
    const store = new UnreliableStore();
    const logger = recordingLogger();
    const recorder = new InsightsRecorder(store, logger, { flushDelayMs: 0 });
    recorder.record(started());
    recorder.record(started({ day: '2026-02-30' }));
    await recorder.flush();
    expect(await conversations(store)).toEqual({ '2026-11-28': 1 });
    expect(logger.lines.map((l) => JSON.parse(l))).toEqual([{ level: 'warn', msg: 'insights events without a day dropped', dropped: 1 }]);
  });

  it.each([
    [{ maxPending: 0 }, /maxPending/],
    [{ flushDelayMs: -1 }, /flushDelayMs/],
  ])('refuses options %j', (options, message) => {
    expect(() => new InsightsRecorder(new MemoryAggregateStore({ maxDays: 1 }), recordingLogger(), options)).toThrow(message);
  });
});
