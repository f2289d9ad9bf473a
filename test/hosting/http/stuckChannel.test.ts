/**
 * A channel (serviceUrl) that accepts the connection and never answers. The reply's POST must
 * give up, and the conversation's later messages must not wait behind it for ever.
 */
import { createServer, type Server, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import type { Activity } from 'botbuilder';
import { composeBot } from '../../../src/index';
import { loadConfig } from '../../../src/config';
import { createLogger } from '../../../src/logger';
import { createBotServer, type BotServer } from '../../../src/hosting/http/server';
import { onBotFramework } from '../../support/botFrameworkServer';
import { messageActivity, send, uniqueId, waitUntil } from '../../support/http';

interface BlackHole {
  readonly url: string;
  /** Connections it has accepted (and will never answer). */
  readonly accepted: () => number;
  close(): Promise<void>;
}

/** Accepts connections and reads what comes, answering nothing. */
async function blackHole(): Promise<BlackHole> {
  const sockets: Socket[] = [];
  const server: Server = createServer((socket) => {
    sockets.push(socket);
    socket.on('data', () => undefined);
    socket.on('error', () => undefined);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    accepted: () => sockets.length,
    close: () =>
      new Promise((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

const cleanup: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const close of cleanup.splice(0).reverse()) await close();
});

async function startBot(env: Record<string, string>, turnHoldMs?: number): Promise<string> {
  const config = loadConfig({ LOG_LEVEL: 'silent', ...env }, null);
  const logger = createLogger('silent');
  const { adapter, bot } = composeBot(config, logger);
  const server: BotServer = createBotServer(
    onBotFramework({ adapter, bot, logger, maxBodyBytes: config.maxBodyBytes, ...(turnHoldMs === undefined ? {} : { turnHoldMs }) }),
  );
  const port = await server.listen(0, '127.0.0.1');
  cleanup.push(() => server.close(1_000));
  return `http://127.0.0.1:${port}/api/messages`;
}

describe('a channel that never answers', () => {
  it('the reply gives up after CHANNEL_TIMEOUT_MS: the request ends with 502', { timeout: 30_000 }, async () => {
    const hole = await blackHole();
    cleanup.push(() => hole.close());
    const url = await startBot({ CHANNEL_TIMEOUT_MS: '1000' });
    const result = await send(url, messageActivity({ text: 'What is MIEUX+?', locale: 'en', serviceUrl: hole.url, expectReplies: false }), {
      timeoutMs: 25_000,
    });
    expect(result.status, result.text).toBe(502);
    expect(hole.accepted()).toBeGreaterThan(0);
  });

  it('a later message of the same conversation is answered while the first reply still hangs', { timeout: 30_000 }, async () => {
    const hole = await blackHole();
    cleanup.push(() => hole.close());
    // The channel's own timeout is long here: only the queue's bound can let the second turn run.
    const url = await startBot({ CHANNEL_TIMEOUT_MS: '120000' }, 200);
    const conversationId = uniqueId('stuck');
    const first = send(
      url,
      messageActivity({ conversationId, text: 'What is MIEUX+?', locale: 'en', serviceUrl: hole.url, expectReplies: false }),
      { timeoutMs: 25_000 },
    ).catch((error: unknown) => error);
    await waitUntil(() => hole.accepted() > 0, 10_000, 'the first reply to reach the channel');
    const second = await send(url, messageActivity({ conversationId, text: 'Who funds MIEUX+?', locale: 'en' }), { timeoutMs: 25_000 });
    expect(second.status, second.text).toBe(200);
    const replies = (second.json as { activities: Partial<Activity>[] }).activities;
    expect(replies.some((a) => a.type === 'message')).toBe(true);
    await hole.close();
    await first;
  });
});
