import { mergeDays, parseDayAggregate, type DayAggregate } from '../../core/insights/dayAggregate';
import { isDay } from '../../core/insights/events';
import type { Period } from '../../core/insights/queries';
import type { AggregateStore } from '../../app/insights/aggregateStore';

export interface MemoryAggregateStoreOptions {
  /** Days held at most; past this the oldest go (the retention sweep normally deletes them first). */
  readonly maxDays: number;
}

/**
 * The insights in this process's memory, for a bot without Blob Storage: the page then reads the
 * live process, and a restart starts from zero. Not the conversation state's ExpiringMemoryStorage,
 * which forgets what is not touched for MEMORY_STATE_TTL_MINUTES and would take a quiet day's
 * counts with it. Bounded by days: a day's document has a few hundred counters at most.
 *
 * Documents are kept as JSON, so no caller shares an object with the store, as with a store
 * across the network.
 */
export class MemoryAggregateStore implements AggregateStore {
  private readonly documents = new Map<string, string>();

  constructor(private readonly options: MemoryAggregateStoreOptions) {
    if (!Number.isInteger(options.maxDays) || options.maxDays < 1)
      throw new RangeError('MemoryAggregateStore: maxDays must be a whole number from 1');
  }

  async add(increment: DayAggregate): Promise<void> {
    const held = this.documents.get(increment.day);
    const merged = held ? mergeDays(parseDayAggregate(JSON.parse(held), `day ${increment.day} in memory`), increment) : increment;
    this.documents.set(increment.day, JSON.stringify(merged));
    if (this.documents.size > this.options.maxDays) {
      const oldest = [...this.documents.keys()].sort().slice(0, this.documents.size - this.options.maxDays);
      for (const day of oldest) this.documents.delete(day);
    }
  }

  async read(period: Period): Promise<DayAggregate[]> {
    return [...this.documents]
      .filter(([day]) => day >= period.from && day <= period.to)
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([day, json]) => parseDayAggregate(JSON.parse(json), `day ${day} in memory`));
  }

  async days(): Promise<string[]> {
    return [...this.documents.keys()].sort();
  }

  async delete(days: readonly string[]): Promise<number> {
    let deleted = 0;
    for (const day of new Set(days)) if (isDay(day) && this.documents.delete(day)) deleted += 1;
    return deleted;
  }
}
