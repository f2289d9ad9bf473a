import { BlobServiceClient, type ContainerClient } from '@azure/storage-blob';
import { mergeDays, parseDayAggregate, type DayAggregate } from '../../core/insights/dayAggregate';
import { isDay, isDayText } from '../../core/insights/events';
import type { Period } from '../../core/insights/queries';
import type { AggregateStore } from '../../app/insights/aggregateStore';

/**
 * A day's document is `insights/days/YYYY-MM-DD.json` in the bot's container. botbuilder's
 * BlobsStorage names its blobs after URI-encoded keys (`curation%2Ffeedback`, `<channel>%2F
 * conversations%2F…`), so a name with real slashes is never one of them, and the state expiry
 * sweep (which matches `%2Fconversations%2F`) never touches it.
 */
export const INSIGHTS_BLOB_PREFIX = 'insights/days/';
const blobName = (day: string): string => `${INSIGHTS_BLOB_PREFIX}${day}.json`;
const dayOfBlob = (name: string): string | undefined => {
  if (!name.startsWith(INSIGHTS_BLOB_PREFIX) || !name.endsWith('.json')) return undefined;
  const day = name.slice(INSIGHTS_BLOB_PREFIX.length, -'.json'.length);
  return isDay(day) ? day : undefined;
};

/** Days downloaded at once when a period is read: a 90-day page should not open 90 connections. */
const READ_CONCURRENCY = 8;

export interface BlobAggregateStoreOptions {
  /** Attempts of one `add` before it gives up (each lost race is one). */
  readonly maxAttempts?: number;
}

const statusOf = (error: unknown): number | undefined => {
  const status = (error as { statusCode?: unknown } | null)?.statusCode;
  return typeof status === 'number' ? status : undefined;
};

async function text(stream: NodeJS.ReadableStream | undefined): Promise<string> {
  if (!stream) return '';
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * The insights' day documents on Azure Blob Storage, shared by every instance.
 *
 * `add` is read–merge–write with the blob's ETag: the write carries `If-Match` with the ETag just
 * read, so it is refused (412) if another instance wrote the day in between; then this instance
 * reads again and merges its own increment into what the other wrote — the merge adds counters,
 * so the order does not matter and nothing is lost or counted twice. A day not yet written is
 * created with `If-None-Match: *` (create-only, which botbuilder's storages do not offer): of two
 * instances creating it at once, one is refused (409/412) and merges into the other's.
 *
 * @azure/storage-blob rather than botbuilder's BlobsStorage for exactly that create-only write,
 * and for listing (retention needs to find old days; botbuilder's Storage cannot list).
 */
export class BlobAggregateStore implements AggregateStore {
  private containerReady: Promise<void> | undefined;
  private readonly maxAttempts: number;
  private conflictCount = 0;

  constructor(
    private readonly container: ContainerClient,
    options: BlobAggregateStoreOptions = {},
  ) {
    this.maxAttempts = options.maxAttempts ?? 20;
  }

  /** Writes refused because another instance wrote first, then re-applied: a figure for benchmarks and tests. */
  get conflicts(): number {
    return this.conflictCount;
  }

  /** On the bot's container, with bounded tries so a storage that is down fails a flush within seconds. */
  static fromConnectionString(
    connectionString: string,
    containerName: string,
    options: BlobAggregateStoreOptions = {},
  ): BlobAggregateStore {
    const service = BlobServiceClient.fromConnectionString(connectionString, {
      retryOptions: { maxTries: 3, tryTimeoutInMs: 10_000, retryDelayInMs: 200, maxRetryDelayInMs: 2_000 },
    });
    return new BlobAggregateStore(service.getContainerClient(containerName), options);
  }

  private ensureContainer(): Promise<void> {
    this.containerReady ??= this.container.createIfNotExists().then(
      () => undefined,
      (error: unknown) => {
        // Tried again by the next call: the storage may be back by then.
        this.containerReady = undefined;
        throw error;
      },
    );
    return this.containerReady;
  }

  async add(increment: DayAggregate): Promise<void> {
    if (!isDayText(increment.day)) throw new RangeError(`BlobAggregateStore.add(): '${increment.day}' is not a day`);
    await this.ensureContainer();
    const name = blobName(increment.day);
    const blob = this.container.getBlockBlobClient(name);
    for (let attempt = 0; attempt < this.maxAttempts; attempt += 1) {
      const current = await this.download(name);
      const next = current ? mergeDays(current.document, increment) : increment;
      const body = JSON.stringify(next);
      try {
        await blob.upload(body, Buffer.byteLength(body), {
          conditions: current ? { ifMatch: current.etag } : { ifNoneMatch: '*' },
          blobHTTPHeaders: { blobContentType: 'application/json' },
        });
        return;
      } catch (error) {
        // 412: written since we read it; 409: created by another instance since we found none.
        const status = statusOf(error);
        if (status !== 412 && status !== 409) throw error;
        this.conflictCount += 1;
        // A short random pause, so writers that collided do not collide again in lockstep.
        await new Promise((resolve) => setTimeout(resolve, Math.random() * 10 * (attempt + 1)));
      }
    }
    throw new Error(`BlobAggregateStore.add(): '${name}' kept changing under ${this.maxAttempts} attempts`);
  }

  private async download(name: string): Promise<{ document: DayAggregate; etag: string } | undefined> {
    try {
      const response = await this.container.getBlockBlobClient(name).download();
      const document = parseDayAggregate(JSON.parse(await text(response.readableStreamBody)) as unknown, `blob '${name}'`);
      if (!response.etag) throw new Error(`BlobAggregateStore: blob '${name}' came without an ETag`);
      return { document, etag: response.etag };
    } catch (error) {
      if (statusOf(error) === 404) return undefined;
      if (error instanceof SyntaxError) throw new SyntaxError(`BlobAggregateStore: blob '${name}' is not JSON`, { cause: error });
      throw error;
    }
  }

  async days(): Promise<string[]> {
    await this.ensureContainer();
    const days: string[] = [];
    for await (const item of this.container.listBlobsFlat({ prefix: INSIGHTS_BLOB_PREFIX })) {
      const day = dayOfBlob(item.name);
      if (day) days.push(day);
    }
    return days.sort();
  }

  async read(period: Period): Promise<DayAggregate[]> {
    const wanted = (await this.days()).filter((day) => day >= period.from && day <= period.to);
    const out: DayAggregate[] = [];
    for (let i = 0; i < wanted.length; i += READ_CONCURRENCY) {
      const found = await Promise.all(wanted.slice(i, i + READ_CONCURRENCY).map((day) => this.download(blobName(day))));
      // A day deleted between listing and reading is simply not there.
      for (const item of found) if (item) out.push(item.document);
    }
    return out;
  }

  async delete(days: readonly string[]): Promise<number> {
    await this.ensureContainer();
    let deleted = 0;
    for (const day of new Set(days)) {
      if (!isDay(day)) continue;
      const response = await this.container.getBlockBlobClient(blobName(day)).deleteIfExists();
      if (response.succeeded) deleted += 1;
    }
    return deleted;
  }
}
