/**
 * Clients that hold connections: bodies that never finish, headers that never end, a declared
 * Content-Length far over the limit, and many connections from one address. Each gets its
 * connection closed, with a status where one can still be sent, and other clients are served.
 * The server's timeouts are set short here so the tests wait little; nothing is timed.
 */
import { connect, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAdapter } from '../../../src/hosting/botframework/adapter';
import { loadConfig } from '../../../src/config';
import { createLogger } from '../../../src/logger';
import { createBotServer, type BotServer } from '../../../src/hosting/http/server';
import { onBotFramework } from '../../support/botFrameworkServer';
import { messageActivity, send } from '../../support/http';

const MAX_BODY = 65_536;
const PER_ADDRESS = 5;

let server: BotServer;
let port = 0;
const sockets: Socket[] = [];

beforeAll(async () => {
  const config = loadConfig({ LOG_LEVEL: 'silent' }, null);
  server = createBotServer(
    onBotFramework({
      adapter: createAdapter(config.bot),
      bot: { run: async () => undefined },
      logger: createLogger('silent'),
      maxBodyBytes: MAX_BODY,
      connections: { perAddress: PER_ADDRESS, headersTimeoutMs: 300, bodyTimeoutMs: 300 },
    }),
  );
  port = await server.listen(0, '127.0.0.1');
});

afterAll(async () => {
  for (const socket of sockets) socket.destroy();
  await server?.close(1_000);
});

/** A raw connection from `localAddress`, with everything it receives and whether it closed. */
function open(localAddress = '127.0.0.1'): Promise<{ socket: Socket; received: () => string; closed: Promise<void> }> {
  return new Promise((resolve, reject) => {
    let data = '';
    const socket = connect({ host: '127.0.0.1', port, localAddress }, () => resolve({ socket, received: () => data, closed }));
    sockets.push(socket);
    const closed = new Promise<void>((r) => socket.once('close', () => r()));
    socket.on('data', (chunk: Buffer) => (data += chunk.toString('utf8')));
    socket.on('error', () => undefined);
    socket.once('error', reject);
  });
}

function headers(contentLength: number): string {
  return `POST /api/messages HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nContent-Type: application/json\r\nContent-Length: ${contentLength}\r\n\r\n`;
}

describe('slow and oversized requests', () => {
  it('a declared Content-Length over the limit gets 413 at once, before any of the body is sent', async () => {
    const client = await open();
    client.socket.write(headers(100 * 1024 * 1024));
    await client.closed;
    expect(client.received()).toMatch(/^HTTP\/1\.1 413 /);
  });

  it('a body that stops coming gets 408 and the connection is closed', async () => {
    const client = await open();
    client.socket.write(`${headers(1_000)}{"type":"mes`);
    await client.closed;
    expect(client.received()).toMatch(/^HTTP\/1\.1 408 /);
  });

  it('headers that never end: the connection is closed', async () => {
    const client = await open();
    client.socket.write(`POST /api/messages HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: a`);
    await client.closed;
    expect(client.received()).not.toMatch(/^HTTP\/1\.1 2/);
  });

  it('a connection that sends nothing is closed', async () => {
    const client = await open();
    await client.closed;
    expect(client.received()).toBe('');
  });

  it('a request that arrives in time is answered', async () => {
    const result = await send(`http://127.0.0.1:${port}/api/messages`, messageActivity({ text: 'hello' }));
    expect(result.status, result.text).toBe(200);
  });
});

describe('connections per client address', () => {
  it(`past ${PER_ADDRESS} open connections from one address, another is closed at once; other addresses are served`, async () => {
    const held = await Promise.all(Array.from({ length: PER_ADDRESS }, () => open('127.0.0.7')));
    // Keep them busy: a body trickles in on each, so none is idle.
    for (const h of held) h.socket.write(headers(10));
    const extra = await open('127.0.0.7');
    await extra.closed;
    expect(extra.received()).toBe('');
    expect(held.every((h) => !h.socket.destroyed)).toBe(true);
    const other = await send(`http://127.0.0.1:${port}/healthz`);
    expect(other.status).toBe(200);
    for (const h of held) h.socket.destroy();
  });

  it('once they close, the address may connect again', async () => {
    const first = await Promise.all(Array.from({ length: PER_ADDRESS }, () => open('127.0.0.8')));
    for (const h of first) h.socket.destroy();
    await Promise.all(first.map((h) => h.closed));
    // The server sees the close a moment later: keep trying until a connection stays open.
    let kept = false;
    for (let attempt = 0; attempt < 50 && !kept; attempt += 1) {
      const again = await open('127.0.0.8');
      again.socket.write(`GET /healthz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n`);
      await again.closed;
      kept = /^HTTP\/1\.1 200 /.test(again.received());
      if (!kept) await new Promise((r) => setTimeout(r, 20));
    }
    expect(kept).toBe(true);
  });
});
