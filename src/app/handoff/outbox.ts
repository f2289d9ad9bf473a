import { randomUUID } from 'node:crypto';
import type { DocumentStorage, StoredDocument } from '../storage/documentStorage';
import type { HandoffRequest } from '../../core/handoff/handoffRequest';
import { isWriteConflict, updateConditionally } from '../storage/conditionalUpdate';

/**
 * Where the turn that wrote an item records it, once committed: the item may be sent only when
 * the conversation state stored under `stateKey` lists the item's id (see TurnCommitRecord).
 */
export interface AwaitedCommit {
  readonly stateKey: string;
}

export interface OutboxItem {
  readonly id: string;
  readonly request: HandoffRequest;
  readonly createdAt: number;
  /** Present until the turn that wrote the item is known to have committed. */
  readonly awaitingCommit?: AwaitedCommit;
  readonly attempts: number;
  /** Not sent before this time (ms since epoch): the retry backoff. */
  readonly nextAttemptAt: number;
  /** A worker that is sending it, until its lease ends (a crashed worker's claim lapses). */
  readonly claimedBy?: string;
  readonly claimedUntil?: number;
  readonly lastErrorKind?: string;
}

interface IndexDocument {
  ids: string[];
}

const PREFIX = 'handoff-outbox';
const INDEX_KEY = `${PREFIX}/index`;
const itemKey = (id: string): string => `${PREFIX}/item/${id}`;
const MAX_INDEX_RETRIES = 20;

/** Delay before attempt n+1: 10 s, 30 s, 1 min, 5 min, 15 min, then hourly, forever — a request is never dropped. */
export function backoffMs(attempts: number): number {
  const steps = [10_000, 30_000, 60_000, 300_000, 900_000];
  return steps[Math.min(attempts, steps.length) - 1] ?? 3_600_000;
}

/**
 * Hand-off requests waiting to be e-mailed, kept in the bot's own storage (memory, or Blob
 * Storage shared by every instance). Storage cannot list keys, so an index
 * document lists the pending ids; every change to it and every claim on an item is a write
 * conditional on the eTag just read, so two instances never both take the same request.
 */
export class HandoffOutbox {
  constructor(
    private readonly storage: DocumentStorage,
    /** Milliseconds since the epoch: when items are due, and how old they are. */
    readonly now: () => number = Date.now,
  ) {}

  /** Makes sure the index exists; called once at start-up, before any request is added. */
  async initialise(): Promise<void> {
    const found = await this.storage.read([INDEX_KEY]);
    if (!found[INDEX_KEY]) await this.storage.write({ [INDEX_KEY]: { ids: [] } });
  }

  /**
   * Stores a request; once this resolves the request survives a restart (with persistent
   * storage). The same `id` twice stores it once: a turn that is run again after a state
   * conflict (see runCommittedTurn) must not queue its request a second time.
   */
  async enqueue(request: HandoffRequest, id: string = randomUUID(), awaitingCommit?: AwaitedCommit): Promise<string> {
    if (!(await this.get(id))) {
      const item: OutboxItem = {
        id,
        request,
        createdAt: this.now(),
        attempts: 0,
        nextAttemptAt: this.now(),
        ...(awaitingCommit ? { awaitingCommit } : {}),
      };
      await this.storage.write({ [itemKey(id)]: item });
    }
    await this.updateIndex((ids) => (ids.includes(id) ? ids : [...ids, id]));
    return id;
  }

  /**
   * The turn that wrote the item has committed (its afterCommit work, or a worker that read the
   * conversation state, says so): from now on it is an ordinary item, whatever becomes of the
   * state. A write conditional on the item as read; nothing to do when it is gone (sent).
   */
  async confirm(id: string): Promise<void> {
    for (let attempt = 0; attempt < MAX_INDEX_RETRIES; attempt += 1) {
      const stored = (await this.storage.read([itemKey(id)]))[itemKey(id)] as StoredDocument<OutboxItem> | undefined;
      if (!stored?.awaitingCommit) return;
      const { awaitingCommit: _confirmed, ...confirmed } = stored;
      try {
        await this.storage.write({ [itemKey(id)]: confirmed });
        return;
      } catch (error) {
        if (!isWriteConflict(error)) throw error;
      }
    }
  }

  async pendingIds(): Promise<string[]> {
    const found = await this.storage.read([INDEX_KEY]);
    return [...((found[INDEX_KEY] as IndexDocument | undefined)?.ids ?? [])];
  }

  async get(id: string): Promise<StoredDocument<OutboxItem> | undefined> {
    const found = await this.storage.read([itemKey(id)]);
    return found[itemKey(id)] as StoredDocument<OutboxItem> | undefined;
  }

  /**
   * Takes an item for sending if it is due and nobody else holds it. Returns undefined when it
   * is not due, is held, or another worker won the race for it.
   */
  async claim(id: string, worker: string, leaseMs: number): Promise<OutboxItem | undefined> {
    const found = await this.storage.read([itemKey(id)]);
    const stored = found[itemKey(id)] as StoredDocument<OutboxItem> | undefined;
    const now = this.now();
    if (!stored) {
      // Delivered and deleted by another worker, whose index update is still to come or was lost.
      await this.updateIndex((ids) => ids.filter((x) => x !== id));
      return undefined;
    }
    if (stored.nextAttemptAt > now || (stored.claimedUntil ?? 0) > now) return undefined;
    if (stored.awaitingCommit) return undefined;
    const claimed = { ...stored, claimedBy: worker, claimedUntil: now + leaseMs };
    try {
      await this.storage.write({ [itemKey(id)]: claimed });
    } catch (error) {
      if (isWriteConflict(error)) return undefined;
      throw error;
    }
    return claimed;
  }

  /** Delivered: gone from storage. */
  async complete(id: string): Promise<void> {
    await this.storage.delete([itemKey(id)]);
    await this.updateIndex((ids) => ids.filter((x) => x !== id));
  }

  /** Its turn never committed: the person was never told it was sent, so it is not. */
  async discard(id: string): Promise<void> {
    await this.complete(id);
  }

  /** Not delivered: released with the next attempt pushed back. */
  async fail(item: OutboxItem, errorKind: string): Promise<OutboxItem> {
    const attempts = item.attempts + 1;
    const next: OutboxItem = {
      id: item.id,
      request: item.request,
      createdAt: item.createdAt,
      attempts,
      nextAttemptAt: this.now() + backoffMs(attempts),
      lastErrorKind: errorKind,
    };
    // Unconditional: the claim's lease (longer than any SMTP timeout) keeps other workers off it.
    await this.storage.write({ [itemKey(item.id)]: next });
    return next;
  }

  private async updateIndex(change: (ids: string[]) => string[]): Promise<void> {
    // With no index yet there is no eTag to hold on to; initialise() creates it at start-up.
    await updateConditionally<IndexDocument>(this.storage, INDEX_KEY, (current) => ({ ids: change([...(current?.ids ?? [])]) }), {
      maxAttempts: MAX_INDEX_RETRIES,
      what: 'HandoffOutbox.updateIndex()',
    });
  }
}
