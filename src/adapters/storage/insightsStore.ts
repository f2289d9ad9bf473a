import type { AggregateStore } from '../../app/insights/aggregateStore';
import type { Config } from '../../config';
import { BlobAggregateStore } from './blobAggregateStore';
import { MemoryAggregateStore } from './memoryAggregateStore';

/** The insights' day documents beside the bot's state: Blob Storage, shared by every instance, or this process's memory. */
export function insightsStoreFor(config: Pick<Config, 'storage' | 'insights'>): AggregateStore {
  const { storage } = config;
  if (storage.kind === 'blobs') return BlobAggregateStore.fromConnectionString(storage.connectionString, storage.container);
  // The sweep deletes older days; the bound only matters should it not run.
  return new MemoryAggregateStore({ maxDays: config.insights.retentionDays + 1 });
}
