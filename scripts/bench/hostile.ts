/**
 * The hostile clients of `npm run abuse`, each an address of its own on 127/8 (Linux routes all
 * of it to this machine), each a loop that runs until a deadline and counts the answers it got.
 * They do what the red team did to the bot: flood the embedded Direct Line from many addresses
 * without ever polling, try to take every conversation, send bodies far over the limits, nest
 * JSON thousands deep, hold connections with slow headers, forge tokens, and make the bot post
 * to a channel that never answers or to an address elsewhere.
 */
import { Agent, request as httpRequest } from 'node:http';
import { connect, createServer, type Server, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';

/** Answers per category: HTTP status, or the kind of connection error. */
export type Tally = Map<string, Map<string, number>>;

export function count(tally: Tally, category: string, outcome: string): void {
  const outcomes = tally.get(category) ?? new Map<string, number>();
  outcomes.set(outcome, (outcomes.get(outcome) ?? 0) + 1);
  tally.set(category, outcomes);
}

export interface Answer {
  readonly status: number;
  readonly text: string;
}

/** One HTTP client address, with its own keep-alive connections. */
export class Client {
  private readonly agent: Agent;

  constructor(
    readonly base: string,
    readonly address: string,
    maxSockets = 4,
  ) {
    this.agent = new Agent({ keepAlive: true, maxSockets, localAddress: address });
  }

  request(
    method: string,
    path: string,
    options: { body?: string; headers?: Record<string, string>; timeoutMs?: number } = {},
  ): Promise<Answer> {
    const headers: Record<string, string | number> = { ...options.headers };
    if (options.body !== undefined) {
      headers['content-type'] ??= 'application/json';
      headers['content-length'] = Buffer.byteLength(options.body);
    }
    return new Promise((resolve, reject) => {
      const req = httpRequest(
        `${this.base}${path}`,
        { method, agent: this.agent, headers, timeout: options.timeoutMs ?? 30_000 },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }));
          res.on('error', reject);
        },
      );
      req.on('timeout', () => req.destroy(Object.assign(new Error('timeout'), { code: 'TIMEOUT' })));
      req.on('error', reject);
      req.end(options.body);
    });
  }

  close(): void {
    this.agent.destroy();
  }
}

/**
 * Runs `step` again and again until `deadline`, counting each outcome under `category`, starting
 * one at most every `paceMs`: each client sends several times what the rate limits let through,
 * without the load generator taking a CPU of its own away from the bot it measures.
 */
export async function until(deadline: number, tally: Tally, category: string, step: () => Promise<string>, paceMs = 0): Promise<void> {
  while (Date.now() < deadline) {
    const started = Date.now();
    try {
      count(tally, category, await step());
    } catch (error) {
      count(tally, category, (error as NodeJS.ErrnoException).code ?? 'error');
    }
    // A refused or reset connection is not retried in a spin either.
    const wait = Math.max(5, paceMs - (Date.now() - started));
    await new Promise((r) => setTimeout(r, wait));
  }
}

const parse = (text: string): Record<string, unknown> => {
  try {
    return JSON.parse(text) as Record<string, unknown>;
  } catch {
    return {};
  }
};

/** A Direct Line token, with the Origin header forged to be the bot's own page. */
export async function token(client: Client): Promise<{ status: number; token?: string }> {
  const answer = await client.request('POST', '/api/directline/token', { headers: { origin: client.base } });
  const body = parse(answer.text);
  return { status: answer.status, ...(typeof body.token === 'string' ? { token: body.token } : {}) };
}

export async function startConversation(client: Client, dlToken: string): Promise<{ status: number; conversationId?: string }> {
  const answer = await client.request('POST', '/v3/directline/conversations', {
    headers: { authorization: `Bearer ${dlToken}` },
    body: '{"locale":"en-US"}',
  });
  const body = parse(answer.text);
  return { status: answer.status, ...(typeof body.conversationId === 'string' ? { conversationId: body.conversationId } : {}) };
}

export function postActivity(client: Client, dlToken: string, conversationId: string, body: string): Promise<Answer> {
  return client.request('POST', `/v3/directline/conversations/${conversationId}/activities`, {
    headers: { authorization: `Bearer ${dlToken}` },
    body,
  });
}

export function poll(client: Client, dlToken: string, conversationId: string, watermark: string): Promise<Answer> {
  return client.request('GET', `/v3/directline/conversations/${conversationId}/activities?watermark=${watermark}`, {
    headers: { authorization: `Bearer ${dlToken}` },
  });
}

/** A Bot Framework activity for /api/messages. */
export function activity(fields: {
  text: string;
  conversationId: string;
  serviceUrl: string;
  expectReplies: boolean;
  extra?: string;
}): string {
  const base = {
    type: 'message',
    id: `a-${Math.random().toString(36).slice(2)}`,
    text: fields.text,
    locale: 'en-US',
    channelId: 'abuse',
    serviceUrl: fields.serviceUrl,
    conversation: { id: fields.conversationId },
    from: { id: 'user' },
    recipient: { id: 'bot' },
    ...(fields.expectReplies ? { deliveryMode: 'expectReplies' } : {}),
  };
  const json = JSON.stringify(base);
  return fields.extra === undefined ? json : `${json.slice(0, -1)},${fields.extra}}`;
}

/** `{"a":{"a":…}}`, `depth` levels deep, written out (JSON.stringify would overflow the stack). */
export function deepJson(depth: number): string {
  return `${'{"a":'.repeat(depth)}"x"${'}'.repeat(depth)}`;
}

/** A channel that accepts connections and never answers. */
export async function blackHole(): Promise<{ url: string; close(): Promise<void> }> {
  const sockets = new Set<Socket>();
  const server: Server = createServer((socket) => {
    sockets.add(socket);
    socket.on('data', () => undefined);
    socket.on('error', () => undefined);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () =>
      new Promise((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

/**
 * Slow headers from one address: keeps `target` connections open, each sending a header line
 * now and then, and opens a new one whenever the server closes one. Counts connections opened
 * and closed; returns the most that were held open for two seconds or more at once (a connection
 * the server refuses may look open for a moment, waiting in the kernel's queue to be accepted).
 */
export async function slowloris(port: number, address: string, target: number, deadline: number, tally: Tally): Promise<number> {
  const open = new Set<Socket>();
  const connectedAt = new WeakMap<Socket, number>();
  let most = 0;
  const openOne = () => {
    const started = Date.now();
    const socket = connect({ host: '127.0.0.1', port, localAddress: address });
    open.add(socket);
    socket.on('error', () => undefined);
    socket.on('connect', () => {
      connectedAt.set(socket, Date.now());
      count(tally, 'slow headers', 'connected');
      socket.write('POST /api/messages HTTP/1.1\r\nHost: x\r\n');
    });
    socket.on('close', () => {
      open.delete(socket);
      count(
        tally,
        'slow headers',
        Date.now() - started < 1_000 ? 'closed within a second (over the cap)' : 'closed later (header deadline)',
      );
    });
  };
  while (Date.now() < deadline) {
    while (open.size < target) openOne();
    // Only once connected: written before the request line, it would be a malformed request.
    for (const socket of open) if (connectedAt.has(socket) && !socket.destroyed && socket.writable) socket.write('X-Slow: y\r\n');
    await new Promise((r) => setTimeout(r, 500));
    const now = Date.now();
    most = Math.max(
      most,
      [...open].filter((socket) => socket.readyState === 'open' && now - (connectedAt.get(socket) ?? now) >= 2_000).length,
    );
  }
  for (const socket of open) socket.destroy();
  return most;
}

/** An oversized declared Content-Length, on a raw connection: the server must answer before any body. */
export function hugeContentLength(port: number, address: string): Promise<string> {
  return new Promise((resolve) => {
    let answer = '';
    const socket = connect({ host: '127.0.0.1', port, localAddress: address }, () => {
      socket.write('POST /api/messages HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 104857600\r\n\r\n');
    });
    socket.setTimeout(30_000, () => socket.destroy());
    socket.on('data', (d: Buffer) => (answer += d.toString('utf8')));
    socket.on('error', () => undefined);
    socket.on('close', () => resolve(/^HTTP\/1\.1 (\d{3})/.exec(answer)?.[1] ?? 'no answer'));
  });
}
