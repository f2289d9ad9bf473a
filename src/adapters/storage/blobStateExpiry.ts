import { BlobServiceClient, type ContainerClient } from '@azure/storage-blob';
import { PeriodicSweep } from '../../app/periodicSweep';
import type { Logger } from '../../logger';

export interface BlobStateExpiryOptions {
  /** A conversation's state not written for this long is deleted. */
  readonly ttlMs: number;
  /** How often the container is swept. */
  readonly everyMs: number;
  readonly now?: () => number;
}

/**
 * botbuilder-azure-blobs names a blob after its storage key, URI-encoded, without the trailing
 * slash: a conversation's state (ConversationState's key `<channel>/conversations/<id>/`) is
 * `<channel>%2Fconversations%2F<id>`. Everything else in the container — the hand-off outbox,
 * the curator's records, the readiness probe — has other names and is never touched.
 */
const CONVERSATION_STATE = /^[^%/]+%2Fconversations%2F./;

/**
 * Deletes conversation state on Blob Storage not written for `ttlMs`, as the in-memory storage
 * forgets an idle conversation (Blob Storage keeps a blob for ever). Each delete is conditional on
 * the listed eTag, so several instances may sweep at once. Why not a lifecycle rule: docs/architecture.md#blob-state-expiry-blobstateexpiryts
 */
export class BlobStateExpiry {
  private readonly container: ContainerClient;
  private readonly periodic: PeriodicSweep;
  private readonly now: () => number;

  constructor(
    connectionString: string,
    containerName: string,
    private readonly options: BlobStateExpiryOptions,
    private readonly logger: Logger,
  ) {
    this.container = BlobServiceClient.fromConnectionString(connectionString).getContainerClient(containerName);
    this.now = options.now ?? Date.now;
    this.periodic = new PeriodicSweep('state expiry', () => this.sweep(), options.everyMs, logger);
  }

  /** Sweeps now, in the background, then every `everyMs`. */
  start(): void {
    this.periodic.start();
  }

  async stop(): Promise<void> {
    await this.periodic.stop();
  }

  /** Deletes every conversation state last written before `now - ttlMs`; returns how many. */
  async sweep(now: number = this.now()): Promise<number> {
    const cutoff = now - this.options.ttlMs;
    let deleted = 0;
    for await (const blob of this.container.listBlobsFlat()) {
      if (!CONVERSATION_STATE.test(blob.name) || blob.properties.lastModified.getTime() >= cutoff) continue;
      try {
        await this.container.deleteBlob(blob.name, { conditions: { ifMatch: blob.properties.etag } });
        deleted += 1;
      } catch (error) {
        // 412: written since it was listed, so no longer idle; 404: another instance was first.
        const status = (error as { statusCode?: number }).statusCode;
        if (status !== 412 && status !== 404) throw error;
      }
    }
    if (deleted > 0) this.logger.info('state expiry: idle conversations deleted', { deleted });
    return deleted;
  }
}
