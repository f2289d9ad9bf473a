/**
 * botbuilder's storages (MemoryStorage, BlobsStorage on HTTP 412) throw a plain Error with this
 * text on a stale write, with no class or code to test for; ours throws the same text.
 */
export function isETagConflict(error: unknown): boolean {
  return error instanceof Error && /due to eTag conflict/i.test(error.message);
}
