import type { DirectLineLike, DirectLineOptions, Subscribable } from '../../src/widget/directLine';

export class MemoryStorage {
  readonly items = new Map<string, string>();
  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    this.items.set(key, value);
  }
  removeItem(key: string): void {
    this.items.delete(key);
  }
}

/** A BehaviorSubject's worth of observable: what directlinejs' connectionStatus$ is. */
export class Subject<T> implements Subscribable<T> {
  private readonly listeners = new Set<(value: T) => void>();
  constructor(private value: T) {}
  subscribe(next: (value: T) => void) {
    this.listeners.add(next);
    next(this.value);
    return { unsubscribe: () => void this.listeners.delete(next) };
  }
  next(value: T): void {
    this.value = value;
    for (const listener of [...this.listeners]) listener(value);
  }
  get observers(): number {
    return this.listeners.size;
  }
}

export class FakeDirectLine implements DirectLineLike {
  readonly connectionStatus$ = new Subject<number>(0);
  token: string;
  ended = false;
  constructor(readonly options: DirectLineOptions) {
    this.token = options.token;
  }
  end(): void {
    this.ended = true;
  }
}

export interface Call {
  readonly url: string;
  readonly method: string;
  readonly authorization: string | null;
}

type Reply = { status: number; body?: unknown } | Error;

/** A fetch that answers from a script per URL, and records what was asked. */
export function scriptedFetch(replies: Record<string, Reply[]>): { fetch: typeof fetch; calls: Call[] } {
  const calls: Call[] = [];
  const fetchFn = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = input instanceof Request ? input.url : input instanceof URL ? input.href : input;
    const headers = new Headers(init?.headers);
    calls.push({ url, method: init?.method ?? 'GET', authorization: headers.get('authorization') });
    const reply = replies[url]?.shift();
    if (!reply) throw new Error(`unexpected fetch ${url}`);
    if (reply instanceof Error) throw reply;
    return new Response(reply.body === undefined ? null : JSON.stringify(reply.body), {
      status: reply.status,
      headers: { 'Content-Type': 'application/json' },
    });
  }) as typeof fetch;
  return { fetch: fetchFn, calls };
}
