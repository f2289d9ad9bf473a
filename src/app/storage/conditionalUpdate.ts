import type { DocumentStorage, StoredDocument } from './documentStorage';

/**
 * A write refused because the item changed since it was read. botbuilder's storages throw a
 * plain Error ("…due to eTag conflict"); Blob Storage's own errors speak of a failed precondition
 * (HTTP 412) or a conflict (409, a blob created meanwhile).
 */
export function isWriteConflict(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const code = (error as { code?: unknown }).code;
  return /etag|precondition|conflict/i.test(`${error.message} ${typeof code === 'string' || typeof code === 'number' ? code : ''}`);
}

export interface ConditionalUpdate<T> {
  /** The document as read, without its eTag; undefined when there was none. */
  readonly before: T | undefined;
  /** The document as written. */
  readonly after: T;
}

/**
 * Read-modify-write of one document that several instances change: the write carries the eTag
 * just read, and on a conflict the change is applied again to the newer document, so `change`
 * must be a pure function of the document. A first creation is unconditional: docs/architecture.md#conditional-updates-conditionalupdatets
 */
export async function updateConditionally<T extends object>(
  storage: DocumentStorage,
  key: string,
  change: (current: T | undefined) => T,
  options: { readonly maxAttempts?: number; readonly what?: string } = {},
): Promise<ConditionalUpdate<T>> {
  const maxAttempts = options.maxAttempts ?? 20;
  for (let attempt = 0; attempt < maxAttempts; attempt += 1) {
    const found = await storage.read([key]);
    const stored = found[key] as StoredDocument<T> | undefined;
    let before: T | undefined;
    if (stored) {
      const { eTag: _eTag, ...document } = stored;
      before = document as unknown as T;
    }
    const after = change(before);
    try {
      await storage.write({ [key]: stored ? { ...after, eTag: stored.eTag } : { ...after } });
      return { before, after };
    } catch (error) {
      if (!isWriteConflict(error)) throw error;
      // A short random pause, so writers that collided do not collide again in lockstep.
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 5 * (attempt + 1)));
    }
  }
  throw new Error(`${options.what ?? 'updateConditionally()'}: '${key}' kept changing under ${maxAttempts} attempts`);
}
