import { waitAtMost } from '../../app/waitAtMost';
import { MemoryStorage, type Storage, type StoreItems } from 'botbuilder';
import { BlobsStorage, type BlobsStorageOptions } from 'botbuilder-azure-blobs';
import type { DocumentStorage } from '../../app/storage/documentStorage';
import type { Config } from '../../config';
import type { LogFields } from '../../logger';
import { isETagConflict } from './eTagConflict';
import { ExpiringMemoryStorage } from './expiringMemoryStorage';

export type StorageConfig = Config['storage'];

/** The bot's storage: botbuilder's Storage, which the application reads as a DocumentStorage. */
export type StateStorage = Storage;

/**
 * Bounded tries so a turn fails within seconds when Blob Storage is down or slow, instead of
 * hanging on the SDK's defaults (no per-try timeout).
 */
const BLOB_PIPELINE: BlobsStorageOptions = {
  storagePipelineOptions: { retryOptions: { maxTries: 3, tryTimeoutInMs: 10_000, retryDelayInMs: 200, maxRetryDelayInMs: 2_000 } },
};

/**
 * BlobsStorage caches its first container promise, failed or not; after any failure other than
 * an eTag conflict the next call gets a fresh BlobsStorage, so an instance recovers on its own
 * when the storage comes back. docs/architecture.md#recovering-blob-storage-createstoragets
 */
class RecoveringBlobsStorage implements Storage {
  private inner: BlobsStorage;

  constructor(private readonly create: () => BlobsStorage) {
    this.inner = create();
  }

  read(keys: string[]): Promise<StoreItems> {
    return this.call((s) => s.read(keys));
  }

  write(changes: StoreItems): Promise<void> {
    return this.call((s) => s.write(changes));
  }

  delete(keys: string[]): Promise<void> {
    return this.call((s) => s.delete(keys));
  }

  private async call<T>(operation: (storage: BlobsStorage) => Promise<T>): Promise<T> {
    const used = this.inner;
    try {
      return await operation(used);
    } catch (error) {
      if (!isETagConflict(error) && this.inner === used) this.inner = this.create();
      throw error;
    }
  }
}

/**
 * Where conversation state lives: Azure Blob Storage (botbuilder's own BlobsStorage) when a
 * connection string is configured — required for more than one instance; otherwise this
 * process's memory, bounded and expiring, for a single instance.
 */
export function createStorage(config: StorageConfig): Storage {
  if (config.kind === 'blobs')
    return new RecoveringBlobsStorage(() => new BlobsStorage(config.connectionString, config.container, BLOB_PIPELINE));
  return new ExpiringMemoryStorage({ ttlMs: config.ttlMinutes * 60_000, maxItems: config.maxItems });
}

/**
 * Where the hand-off outbox and the curator's records live: beside the conversations on Blob
 * Storage; in memory, each in a store of its own, so expiring idle conversations never drops a
 * pending request or the records. docs/architecture.md#where-the-outbox-and-the-curators-records-live-createstoragets
 */
function besideTheState(config: StorageConfig, stateStorage: Storage): Storage {
  return config.kind === 'blobs' ? stateStorage : new MemoryStorage();
}

export function outboxStorageFor(config: Pick<Config, 'storage'>, stateStorage: Storage): Storage {
  return besideTheState(config.storage, stateStorage);
}

export function curationStorageFor(config: Pick<Config, 'storage'>, stateStorage: Storage): Storage {
  return besideTheState(config.storage, stateStorage);
}

/** For the start-up log line: what kind of storage, never the connection string. */
export function describeStorage(config: StorageConfig): LogFields {
  return config.kind === 'blobs'
    ? { storage: 'azure-blobs', container: config.container, stateTtlHours: config.stateTtlHours }
    : { storage: 'memory', ttlMinutes: config.ttlMinutes, maxItems: config.maxItems };
}

/** Never written: reading it shows whether the storage answers. */
const PROBE_KEY = 'readiness-probe';

/** Resolves when the storage answers a read within `timeoutMs`; rejects otherwise. */
export async function probeStorage(storage: Pick<DocumentStorage, 'read'>, timeoutMs: number): Promise<void> {
  if (!(await waitAtMost(storage.read([PROBE_KEY]), timeoutMs))) throw new Error(`storage did not answer within ${timeoutMs} ms`);
}
