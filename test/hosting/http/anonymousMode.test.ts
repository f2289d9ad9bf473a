/**
 * Local anonymous mode accepts unauthenticated requests, so it must not be a relay: the bot
 * posts replies only to a serviceUrl on this machine or one listed in ALLOWED_SERVICE_URLS.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { startServer } from '../../../src/index';
import { loadConfig } from '../../../src/config';
import { createLogger } from '../../../src/logger';
import type { BotServer } from '../../../src/hosting/http/server';
import { messageActivity, send, startCaptureServer, type CaptureServer } from '../../support/http';

const running: { close(): Promise<void> }[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((r) => r.close()));
});

async function start(env: Record<string, string> = {}): Promise<{ base: string; logs: Record<string, unknown>[]; server: BotServer }> {
  const logs: Record<string, unknown>[] = [];
  const config = loadConfig({ PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'debug', ...env }, null);
  const { server, port } = await startServer(
    config,
    createLogger('debug', (line) => logs.push(JSON.parse(line) as Record<string, unknown>)),
  );
  running.push({ close: () => server.close(1_000) });
  return { base: `http://127.0.0.1:${port}`, logs, server };
}

async function capture(): Promise<CaptureServer> {
  const server = await startCaptureServer();
  running.push(server);
  return server;
}

describe('replies in local anonymous mode', () => {
  it.each(['https://relay-target.example.org/', 'http://203.0.113.9:8080/hook'])(
    'a serviceUrl elsewhere (%s) is refused with 403, before any bot code runs',
    async (serviceUrl) => {
      const bot = await start();
      const result = await send(`${bot.base}/api/messages`, messageActivity({ text: 'hello', serviceUrl, expectReplies: false }));
      expect(result.status, result.text).toBe(403);
      expect(result.text).toMatch(/serviceUrl/);
      expect(result.text).toMatch(/ALLOWED_SERVICE_URLS/);
    },
  );

  it.each(['127.0.0.1', 'localhost'])('a serviceUrl on this machine (%s) gets the replies', async (host) => {
    const bot = await start();
    const channel = await capture();
    const serviceUrl = channel.url.replace('127.0.0.1', host);
    const result = await send(`${bot.base}/api/messages`, messageActivity({ text: 'What is MIEUX+?', serviceUrl, expectReplies: false }));
    expect(result.status, result.text).toBe(200);
    expect((await channel.waitForRequests(1)).length).toBeGreaterThanOrEqual(1);
  });

  it('a serviceUrl listed in ALLOWED_SERVICE_URLS is accepted (and tried)', async () => {
    const bot = await start({ ALLOWED_SERVICE_URLS: 'https://relay-target.invalid/bot' });
    const result = await send(
      `${bot.base}/api/messages`,
      messageActivity({ text: 'hello', serviceUrl: 'https://relay-target.invalid/bot/v3', expectReplies: false }),
    );
    // Listed, so the bot tried to deliver there; the address does not exist.
    expect(result.status, result.text).toBe(502);
  });

  it('a listed prefix does not let a neighbouring path or host through', async () => {
    const bot = await start({ ALLOWED_SERVICE_URLS: 'https://relay-target.invalid/bot' });
    for (const serviceUrl of [
      'https://relay-target.invalid/botnet',
      'https://relay-target.invalid.evil.example/bot',
      'http://relay-target.invalid/bot',
    ]) {
      const result = await send(`${bot.base}/api/messages`, messageActivity({ text: 'hello', serviceUrl, expectReplies: false }));
      expect(result.status, `${serviceUrl}: ${result.text}`).toBe(403);
    }
  });

  it('the start-up warning says so', async () => {
    const bot = await start();
    const warning = bot.logs.find((l) => l.level === 'warn' && /anonymous/.test(String(l.msg)));
    expect(String(warning?.msg)).toMatch(/loopback/);
    expect(String(warning?.msg)).toMatch(/ALLOWED_SERVICE_URLS/);
  });
});
