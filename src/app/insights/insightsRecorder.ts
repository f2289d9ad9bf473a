import { aggregateEvents } from '../../core/insights/dayAggregate';
import { isDay, type InsightsEvent } from '../../core/insights/events';
import { errorKind, type Logger } from '../../logger';
import type { AggregateStore } from './aggregateStore';

export interface InsightsRecorderOptions {
  /** Events waiting to be written; past this the oldest waiting ones are dropped (and counted in the log). */
  readonly maxPending?: number;
  /**
   * How long events gather before a write: a busy minute becomes one read and one write of the
   * day's document per instance, not one per turn (fewer conflicts between instances too).
   */
  readonly flushDelayMs?: number;
}

const DEFAULT_MAX_PENDING = 10_000;
const DEFAULT_FLUSH_DELAY_MS = 2_000;

/**
 * Takes the insights events of committed turns without making them wait: `record` only queues
 * (bounded), and one flush at a time adds what is queued to the store in the background, as one
 * increment per day. A storage that is slow or down never fails or delays a turn: the events of
 * a failed write are dropped and logged with their number and the kind of error — there is no
 * text to log. Dropped rather than kept for a retry: a write that timed out may have been applied,
 * and counting it twice would be worse than missing it.
 */
export class InsightsRecorder {
  private pending: InsightsEvent[] = [];
  private flushing: Promise<void> | undefined;
  private timer: NodeJS.Timeout | undefined;
  private droppedTotal = 0;
  private readonly maxPending: number;
  private readonly flushDelayMs: number;

  constructor(
    private readonly store: AggregateStore,
    private readonly logger: Logger,
    options: InsightsRecorderOptions = {},
  ) {
    this.maxPending = options.maxPending ?? DEFAULT_MAX_PENDING;
    this.flushDelayMs = options.flushDelayMs ?? DEFAULT_FLUSH_DELAY_MS;
    if (!Number.isInteger(this.maxPending) || this.maxPending < 1)
      throw new RangeError('InsightsRecorder: maxPending must be a whole number from 1');
    if (!(this.flushDelayMs >= 0)) throw new RangeError('InsightsRecorder: flushDelayMs must be 0 or more');
  }

  /** Events lost since start (queue full or storage failed): for tests and health figures. */
  get dropped(): number {
    return this.droppedTotal;
  }

  /** Events waiting to be written. */
  get waiting(): number {
    return this.pending.length;
  }

  record(event: InsightsEvent): void {
    this.pending.push(event);
    if (this.pending.length > this.maxPending) {
      const dropped = this.pending.splice(0, this.pending.length - this.maxPending).length;
      this.drop(dropped, 'insights events dropped: the storage is not keeping up');
    }
    this.schedule(this.flushDelayMs);
  }

  /** Resolves once everything queued so far has been written or dropped; never rejects. */
  async flush(): Promise<void> {
    while (this.flushing || this.pending.length > 0) {
      if (!this.flushing) this.startFlush();
      await this.flushing;
    }
  }

  private schedule(delayMs: number): void {
    if (this.timer || this.flushing) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.startFlush();
    }, delayMs);
    // A timer waiting to count must not keep a stopping process alive: shutdown calls flush().
    this.timer.unref();
  }

  private startFlush(): void {
    if (this.timer) {
      clearTimeout(this.timer);
      this.timer = undefined;
    }
    if (this.flushing || this.pending.length === 0) return;
    this.flushing = this.writePending().finally(() => {
      this.flushing = undefined;
      // What arrived while writing goes in the next batch.
      if (this.pending.length > 0) this.schedule(this.flushDelayMs);
    });
  }

  private async writePending(): Promise<void> {
    const batch = this.pending.splice(0);
    // An event without a real day is a bug of its caller: it alone is dropped, not the batch.
    const events = batch.filter((e) => isDay(e.day));
    if (events.length < batch.length) this.drop(batch.length - events.length, 'insights events without a day dropped');
    for (const increment of aggregateEvents(events)) {
      try {
        await this.store.add(increment);
      } catch (error) {
        const lost = events.filter((e) => e.day === increment.day).length;
        this.drop(lost, 'insights counts not stored', errorKind(error));
      }
    }
  }

  private drop(count: number, message: string, kind?: string): void {
    this.droppedTotal += count;
    this.logger.warn(message, { dropped: count, ...(kind ? { kind } : {}) });
  }
}
