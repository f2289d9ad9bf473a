/**
 * Where the application keeps its documents (the hand-off outbox, the curator's records): keys to
 * JSON documents, as botbuilder's `Storage` has it, so the bot's state storage (Blob Storage, or
 * the bounded memory one) serves as it is. A document read carries its `eTag`; a write that
 * carries one is refused when the stored document has changed since (see conditionalUpdate.ts).
 */
export interface DocumentStorage {
  read(keys: string[]): Promise<Record<string, unknown>>;
  write(changes: Record<string, object>): Promise<void>;
  delete(keys: string[]): Promise<void>;
}

/** A document as read: its fields and the eTag it was stored under. */
export type StoredDocument<T> = T & { readonly eTag?: string };
