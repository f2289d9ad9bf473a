/**
 * The real entry point as a child process: startup logs, and SIGTERM while a turn is in flight.
 * The turn is kept in flight by a channel (serviceUrl) that takes ~1.5 s to accept the reply.
 */
import { connect, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Activity } from 'botbuilder';
import { loadConfig } from '../../../src/config';
import { loadKnowledge } from '../../../src/core/knowledge/loadKnowledge';
import { messageActivity, send, startCaptureServer, uniqueId, type CaptureServer, type HttpResult } from '../../support/http';
import { exitWithin, probeHealth, startChildBot, type ChildBot } from '../../support/childBot';
import { answerText } from '../../../src/core/knowledge/answerText';

const kb = loadKnowledge(loadConfig({}, null).knowledgeDir);
const funding = kb.entries.get('funding')!.text.es;
const CHANNEL_DELAY_MS = 1_500;

describe('the entry point (src/index.ts) as a child process', () => {
  let child: ChildBot;
  let channel: CaptureServer;

  beforeAll(async () => {
    channel = await startCaptureServer({ delayMs: CHANNEL_DELAY_MS });
    child = await startChildBot();
  });

  afterAll(async () => {
    await child?.kill();
    await channel?.close();
  });

  it('logs the real port it listens on and answers /healthz there', async () => {
    expect(child.port).toBeGreaterThan(0);
    expect(child.port).not.toBe(3978);
    const health = await send(`http://127.0.0.1:${child.port}/healthz`);
    expect(health.status).toBe(200);
    expect(health.json).toEqual({ status: 'ok' });
  });

  it('on SIGTERM finishes the turn in flight, refuses new connections, and exits 0', async () => {
    const { port } = child;
    const id = uniqueId('act');
    const conversationId = uniqueId('conv');
    let settled = false;
    // Settles with the result or the error, so a dropped connection fails the assertions below
    // instead of surfacing as an unhandled rejection.
    const inFlight: Promise<HttpResult | Error> = send(
      `http://127.0.0.1:${port}/api/messages`,
      messageActivity({ id, conversationId, text: funding.questions[0]!, locale: 'es-ES', serviceUrl: channel.url, expectReplies: false }),
      { timeoutMs: 12_000 },
    )
      .catch((error: unknown) => (error instanceof Error ? error : new Error(String(error))))
      .finally(() => {
        settled = true;
      });

    // The reply has reached the channel, which holds it for CHANNEL_DELAY_MS: the turn is in flight.
    await channel.waitForRequests(1, 8_000);
    expect(child.process.kill('SIGTERM')).toBe(true);

    // New connections are refused once the server has stopped listening, while the turn still runs.
    let lastProbe: number | string = '';
    const deadline = Date.now() + 3_000;
    while (lastProbe !== 'ECONNREFUSED' && Date.now() < deadline) {
      lastProbe = await probeHealth(port);
      if (lastProbe !== 'ECONNREFUSED') await new Promise((r) => setTimeout(r, 20));
    }
    expect(lastProbe).toBe('ECONNREFUSED');
    // The request not yet settled is what shows the turn still in flight; no wall-clock limit.
    expect(settled, 'the refusal was seen while the turn was still in flight').toBe(false);
    expect(child.exit, 'the process waits for the turn in flight').toBeUndefined();

    const result = await inFlight;
    if (result instanceof Error) throw new Error(`the request in flight failed: ${result.message}`, { cause: result });
    expect(result.status, result.text).toBe(200);
    expect(channel.requests).toHaveLength(1);
    const request = channel.requests[0]!;
    expect(request.path).toBe(`/v3/conversations/${encodeURIComponent(conversationId)}/activities/${encodeURIComponent(id)}`);
    const reply = request.body as Partial<Activity>;
    expect(reply.text).toBe(answerText(kb.entries.get('funding')!, 'es'));
    expect(reply.replyToId).toBe(id);

    const exit = await exitWithin(child, 8_000);
    expect(exit, `stderr: ${child.stderr.join('').slice(-2000)}`).toEqual({ code: 0, signal: null });
    const messages = child.logs().map((l) => l.msg);
    expect(messages).toContain('stopping');
    expect(messages).toContain('stopped');
    expect(messages.indexOf('stopping')).toBeLessThan(messages.indexOf('stopped'));
    // No "shutdown timeout" warning: the process stopped because the turn was over.
    expect(messages).not.toContain('shutdown timeout: requests still in flight');
    // The logs carry no message text.
    expect(child.stdout.join('')).not.toContain(funding.questions[0]!);
  });

  it('writes exactly one log line about anonymous mode', () => {
    const lines = child.stdout
      .join('')
      .split('\n')
      .filter((l) => /anonymous/i.test(l));
    expect(lines).toHaveLength(1);
    const line = JSON.parse(lines[0]!) as Record<string, unknown>;
    expect(line.level).toBe('warn');
  });
});

describe('SIGTERM with a connection open that has sent no request', () => {
  const SHUTDOWN_TIMEOUT_MS = 8_000;
  let child: ChildBot;
  let socket: Socket | undefined;

  beforeAll(async () => {
    child = await startChildBot({ SHUTDOWN_TIMEOUT_MS: String(SHUTDOWN_TIMEOUT_MS) });
  });

  afterAll(async () => {
    socket?.destroy();
    await child?.kill();
  });

  // close() promises to wait for requests in flight; a connection with no request has none in
  // flight (a browser's pre-connect, a load balancer's TCP check, a slow client), so it must not
  // hold the shutdown until SHUTDOWN_TIMEOUT_MS.
  it('does not hold the shutdown until the timeout', async () => {
    const s = connect(child.port, '127.0.0.1');
    socket = s;
    s.on('error', () => undefined);
    await new Promise<void>((resolve, reject) => {
      s.once('connect', () => resolve());
      s.once('error', reject);
    });
    const sentAt = Date.now();
    expect(child.process.kill('SIGTERM')).toBe(true);
    const exit = await exitWithin(child, 3_000);
    const logs = child.logs().map((l) => l.msg);
    expect(exit, `still running ${Date.now() - sentAt} ms after SIGTERM; logs: ${JSON.stringify(logs)}`).toEqual({ code: 0, signal: null });
    expect(logs).not.toContain('shutdown timeout: requests still in flight');
  });
});
