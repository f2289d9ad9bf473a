import type { Storage, StoreItems } from 'botbuilder';

/** What Azure Blob Storage's SDK throws when the service answers 503. */
export function serviceUnavailable(): Error {
  return Object.assign(new Error('The server is currently unable to receive requests. Please retry your request.'), {
    name: 'RestError',
    statusCode: 503,
    code: 'ServerBusy',
  });
}

/**
 * A storage that fails or holds the writes a test chooses (by key), as Blob Storage does when it
 * is down or slow; everything else goes to the storage it wraps.
 */
export class FlakyStorage implements Storage {
  /** Writes to keys this matches fail with a 503. */
  failing: ((key: string) => boolean) | undefined;
  private held: { readonly matches: (key: string) => boolean; readonly gate: Promise<void> } | undefined;
  /** Writes that have waited at the gate. */
  heldWrites = 0;

  constructor(private readonly inner: Storage) {}

  /** Writes to matching keys wait until the returned function is called. */
  hold(matches: (key: string) => boolean): () => void {
    let release!: () => void;
    this.held = { matches, gate: new Promise<void>((resolve) => (release = resolve)) };
    return () => {
      this.held = undefined;
      release();
    };
  }

  read(keys: string[]): Promise<StoreItems> {
    return this.inner.read(keys);
  }

  async write(changes: StoreItems): Promise<void> {
    const keys = Object.keys(changes);
    if (this.failing && keys.some(this.failing)) throw serviceUnavailable();
    const held = this.held;
    if (held && keys.some(held.matches)) {
      this.heldWrites += 1;
      await held.gate;
    }
    return this.inner.write(changes);
  }

  delete(keys: string[]): Promise<void> {
    return this.inner.delete(keys);
  }
}
