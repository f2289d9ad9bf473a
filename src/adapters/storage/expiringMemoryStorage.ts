import type { Storage, StoreItems } from 'botbuilder';
import { ETagConflictError } from '../../errors';

export interface ExpiringMemoryStorageOptions {
  /** An item neither read nor written for this long is gone. */
  readonly ttlMs: number;
  /** Past this many items, the least recently used go first. */
  readonly maxItems: number;
  readonly now?: () => number;
}

interface Slot {
  readonly json: string;
  readonly eTag: string;
  touchedAt: number;
}

/**
 * botbuilder's `Storage` in this process's memory, bounded (MemoryStorage grows without limit):
 * an item expires after `ttlMs` without use, at most `maxItems` are kept, least recently used out
 * first. eTags behave as in MemoryStorage and Blob Storage; items are stored as JSON.
 * The eTag rules and the sweep: docs/architecture.md#bounded-in-memory-storage-expiringmemorystoragets
 */
export class ExpiringMemoryStorage implements Storage {
  private readonly items = new Map<string, Slot>();
  private nextETag = 1;
  private readonly now: () => number;

  constructor(private readonly options: ExpiringMemoryStorageOptions) {
    if (!(options.ttlMs > 0) || !(options.maxItems >= 1))
      throw new RangeError('ExpiringMemoryStorage: ttlMs and maxItems must be positive');
    // Monotonic: a wall clock set back would otherwise keep items alive, or expire them early.
    this.now = options.now ?? (() => performance.now());
  }

  /** Items held right now, expired ones not yet swept included. */
  get size(): number {
    return this.items.size;
  }

  // read and write answer at once; plain functions returning settled promises spare each call
  // an async function's extra promises.
  read(keys: string[]): Promise<StoreItems> {
    try {
      return Promise.resolve(this.readNow(keys));
    } catch (error) {
      return Promise.reject(error);
    }
  }

  write(changes: StoreItems): Promise<void> {
    try {
      this.writeNow(changes);
      return Promise.resolve();
    } catch (error) {
      return Promise.reject(error);
    }
  }

  private readNow(keys: string[]): StoreItems {
    if (!Array.isArray(keys)) throw new ReferenceError('ExpiringMemoryStorage.read: keys are required');
    const now = this.now();
    this.sweep(now);
    const found: StoreItems = {};
    for (const key of keys) {
      const slot = this.live(key, now);
      if (!slot) continue;
      this.touch(key, slot, now);
      const item = JSON.parse(slot.json) as Record<string, unknown>;
      item.eTag = slot.eTag;
      found[key] = item;
    }
    return found;
  }

  private writeNow(changes: StoreItems): void {
    if (typeof changes !== 'object' || changes === null) throw new ReferenceError('ExpiringMemoryStorage.write: changes are required');
    const now = this.now();
    this.sweep(now);
    const entries = Object.entries<Record<string, unknown> | undefined>(changes);
    for (const [key, item] of entries) {
      const expected = item?.eTag;
      const current = this.live(key, now);
      if (current && typeof expected === 'string' && expected !== '*' && expected !== '' && expected !== current.eTag)
        throw new ETagConflictError(key);
    }
    for (const [key, item] of entries) {
      const { eTag: _ignored, ...value } = item ?? {};
      this.items.delete(key);
      this.items.set(key, { json: JSON.stringify(value), eTag: String(this.nextETag++), touchedAt: now });
    }
    this.evictSurplus();
  }

  async delete(keys: string[]): Promise<void> {
    for (const key of keys) this.items.delete(key);
  }

  private live(key: string, now: number): Slot | undefined {
    const slot = this.items.get(key);
    if (slot && now - slot.touchedAt >= this.options.ttlMs) {
      this.items.delete(key);
      return undefined;
    }
    return slot;
  }

  private touch(key: string, slot: Slot, now: number): void {
    slot.touchedAt = now;
    this.items.delete(key);
    this.items.set(key, slot);
  }

  private sweep(now: number): void {
    for (const [key, slot] of this.items) {
      if (now - slot.touchedAt < this.options.ttlMs) break;
      this.items.delete(key);
    }
  }

  private evictSurplus(): void {
    for (const key of this.items.keys()) {
      if (this.items.size <= this.options.maxItems) break;
      this.items.delete(key);
    }
  }
}
