/**
 * Helpers for the end-to-end HTTP tests: a JSON client on Node's fetch, a local "channel"
 * (the serviceUrl the bot POSTs its replies to) that records what it receives, and polling.
 * Node built-ins only.
 */
import { createServer, request as httpRequest, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface HttpResult {
  readonly status: number;
  readonly contentType: string;
  /** The raw response text. */
  readonly text: string;
  /** The parsed body when it is JSON, otherwise undefined. */
  readonly json: unknown;
}

export function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

export interface SendOptions {
  readonly method?: string;
  readonly contentType?: string | null;
  /** A body sent as is; otherwise `body` is JSON.stringify'd. */
  readonly raw?: string;
  readonly timeoutMs?: number;
  /** Further request headers (authorization, origin, …). */
  readonly headers?: Readonly<Record<string, string>>;
}

/** Sends a request with fetch and reads the whole response. */
export async function send(url: string, body?: unknown, options: SendOptions = {}): Promise<HttpResult> {
  const method = options.method ?? (body === undefined && options.raw === undefined ? 'GET' : 'POST');
  const headers: Record<string, string> = { ...options.headers };
  const contentType = options.contentType === undefined ? 'application/json' : options.contentType;
  let payload: string | undefined;
  if (options.raw !== undefined) payload = options.raw;
  else if (body !== undefined) payload = JSON.stringify(body);
  if (payload !== undefined && contentType !== null) headers['content-type'] = contentType;
  const response = await fetch(url, {
    method,
    headers,
    ...(payload === undefined ? {} : { body: payload }),
    signal: AbortSignal.timeout(options.timeoutMs ?? 10_000),
  });
  const text = await response.text();
  return { status: response.status, contentType: response.headers.get('content-type') ?? '', text, json: parseJson(text) };
}

/**
 * The same with node:http and a fresh connection (no keep-alive): for a body the server may
 * refuse before reading it all, where the reply must still be read.
 */
export function sendRaw(url: string, body: string, contentType = 'application/json', timeoutMs = 10_000): Promise<HttpResult> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      url,
      {
        method: 'POST',
        agent: false,
        headers: { 'content-type': contentType, 'content-length': Buffer.byteLength(body) },
        timeout: timeoutMs,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          resolve({ status: res.statusCode ?? 0, contentType: res.headers['content-type'] ?? '', text, json: parseJson(text) });
        });
        res.on('error', reject);
      },
    );
    req.on('timeout', () => req.destroy(new Error(`no answer from ${url} within ${timeoutMs} ms`)));
    // The server may answer and close while the body is still being written: EPIPE/ECONNRESET
    // after a response are not the result; the response callback already resolved.
    req.on('error', reject);
    req.end(body);
  });
}

export interface RawResult {
  readonly status: number;
  readonly headers: Readonly<Record<string, string | string[] | undefined>>;
  readonly text: string;
}

/**
 * A request from another loopback address (127.0.0.2, …: Linux routes all of 127/8 to this
 * machine), so a test can be several clients, each with an address of its own.
 */
export function requestFrom(
  localAddress: string,
  url: string,
  options: {
    readonly method?: string;
    readonly headers?: Readonly<Record<string, string>>;
    readonly body?: string;
    readonly timeoutMs?: number;
  } = {},
): Promise<RawResult> {
  const timeoutMs = options.timeoutMs ?? 10_000;
  const headers: Record<string, string | number> = { ...options.headers };
  if (options.body !== undefined) headers['content-length'] = Buffer.byteLength(options.body);
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      url,
      { method: options.method ?? (options.body === undefined ? 'GET' : 'POST'), agent: false, localAddress, headers, timeout: timeoutMs },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, text: Buffer.concat(chunks).toString('utf8') }));
        res.on('error', reject);
      },
    );
    req.on('timeout', () => req.destroy(new Error(`no answer from ${url} within ${timeoutMs} ms`)));
    req.on('error', reject);
    req.end(options.body);
  });
}

/** A JSON POST from another loopback address (see requestFrom). */
export async function sendFrom(
  localAddress: string,
  url: string,
  body: unknown,
  headers: Readonly<Record<string, string>> = {},
  timeoutMs = 10_000,
): Promise<HttpResult> {
  const result = await requestFrom(localAddress, url, {
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
    timeoutMs,
  });
  return {
    status: result.status,
    contentType: String(result.headers['content-type'] ?? ''),
    text: result.text,
    json: parseJson(result.text),
  };
}

export interface CapturedRequest {
  readonly method: string;
  readonly path: string;
  readonly headers: IncomingMessage['headers'];
  readonly body: unknown;
  readonly at: number;
}

export interface CaptureServer {
  readonly url: string;
  readonly requests: CapturedRequest[];
  /** Resolves with the requests once there are at least `count`; rejects after `timeoutMs`. */
  waitForRequests(count: number, timeoutMs?: number): Promise<CapturedRequest[]>;
  close(): Promise<void>;
}

/** A channel's answer to one request, instead of the default 200 `{id:'x'}`. */
export interface CapturedAnswer {
  readonly status: number;
  readonly headers?: Readonly<Record<string, string>>;
  readonly body?: unknown;
}

export interface CaptureOptions {
  readonly delayMs?: number;
  /** Decides the answer to the `index`-th request (0-based); undefined = the default 200. */
  readonly respond?: (request: CapturedRequest, index: number) => CapturedAnswer | undefined;
}

/**
 * A stand-in for a Bot Framework channel: records every request and answers 200 `{id:'x'}`
 * (after `delayMs`, to keep a turn in flight), or what `respond` says.
 */
export async function startCaptureServer(options: CaptureOptions = {}): Promise<CaptureServer> {
  const requests: CapturedRequest[] = [];
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      const captured: CapturedRequest = {
        method: req.method ?? '',
        path: req.url ?? '',
        headers: req.headers,
        body: parseJson(text) ?? text,
        at: Date.now(),
      };
      requests.push(captured);
      const custom = options.respond?.(captured, requests.length - 1);
      const answer = () => {
        if (res.destroyed) return;
        res.writeHead(custom?.status ?? 200, { 'content-type': 'application/json', ...(custom?.headers ?? {}) });
        res.end(JSON.stringify(custom ? (custom.body ?? {}) : { id: 'x' }));
      };
      if (options.delayMs) setTimeout(answer, options.delayMs);
      else answer();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    waitForRequests: async (count, timeoutMs = 5_000) => {
      await waitUntil(() => requests.length >= count, timeoutMs, `${count} request(s) at the capture server (got ${requests.length})`);
      return requests;
    },
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

/** A port on 127.0.0.1 that nothing listens on (bound, then released). */
export async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/** Polls `condition` every `intervalMs` until it holds; throws naming `what` after `timeoutMs`. */
export async function waitUntil(condition: () => boolean, timeoutMs: number, what: string, intervalMs = 20): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, intervalMs));
  }
}

let counter = 0;

/** A unique id for activities and conversations, so tests do not share state by accident. */
export function uniqueId(prefix: string): string {
  counter += 1;
  return `${prefix}-${process.pid}-${Date.now().toString(36)}-${counter}`;
}

export interface ActivityOptions {
  readonly text?: string;
  readonly locale?: string;
  readonly conversationId?: string;
  readonly serviceUrl?: string;
  readonly expectReplies?: boolean;
  readonly id?: string;
}

/** A message activity as a channel would send it, with everything the server requires. */
export function messageActivity(options: ActivityOptions = {}): Record<string, unknown> {
  return {
    type: 'message',
    id: options.id ?? uniqueId('act'),
    text: options.text ?? '',
    channelId: 'test',
    conversation: { id: options.conversationId ?? uniqueId('conv') },
    from: { id: 'user1', name: 'User' },
    recipient: { id: 'bot', name: 'Bot' },
    serviceUrl: options.serviceUrl ?? 'http://127.0.0.1:9/unused',
    ...(options.locale === undefined ? {} : { locale: options.locale }),
    ...(options.expectReplies === false ? {} : { deliveryMode: 'expectReplies' }),
  };
}
