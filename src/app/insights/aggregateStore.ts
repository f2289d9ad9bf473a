import type { DayAggregate } from '../../core/insights/dayAggregate';
import type { Period } from '../../core/insights/queries';

/**
 * Where the insights' day documents are kept. Every implementation is safe for several writers:
 * `add` merges an increment into what is stored, and a concurrent `add` to the same day is
 * never lost.
 */
export interface AggregateStore {
  /** Adds the increment's counters to its day's document, creating it if needed. */
  add(increment: DayAggregate): Promise<void>;
  /** The documents of the period's days that exist, oldest first. */
  read(period: Period): Promise<DayAggregate[]>;
  /** Every day held, oldest first. */
  days(): Promise<string[]>;
  /** Deletes these days' documents; returns how many there were. */
  delete(days: readonly string[]): Promise<number>;
}
