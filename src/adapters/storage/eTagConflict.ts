/** Thrown on a write whose eTag is not the stored one; the text is the one botbuilder's storages use. */
export class ETagConflictError extends Error {
  constructor(key: string) {
    super(`Storage: error writing "${key}" due to eTag conflict.`);
    this.name = 'ETagConflictError';
  }
}

/**
 * botbuilder's storages (MemoryStorage, BlobsStorage on HTTP 412) throw a plain Error with this
 * text on a stale write, with no class or code to test for; ours throws the same text.
 */
export function isETagConflict(error: unknown): boolean {
  return error instanceof Error && /due to eTag conflict/i.test(error.message);
}
