/**
 * What the composed server logs and how it limits clients, over HTTP: request ids, one access
 * line per request without message texts (unless LOG_MESSAGE_TEXT), 429 with Retry-After per
 * conversation on /api/messages and per client address on endpoints that use `limitPerClient`.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { Request, Response } from 'restify';
import type { TurnContext } from 'botbuilder';
import { createAdapter } from '../../../src/hosting/botframework/adapter';
import { loadConfig } from '../../../src/config';
import { createLogger, type Logger } from '../../../src/logger';
import { startServer } from '../../../src/index';
import { createBotServer, type BotServer } from '../../../src/hosting/http/server';
import type { RouteModule } from '../../../src/hosting/http/routeModule';
import { onBotFramework } from '../../support/botFrameworkServer';
import { messageActivity, send, uniqueId } from '../../support/http';
import { shippedKnowledge } from '../../support/shippedKnowledge';

const kb = shippedKnowledge();
const QUESTION = kb.entries.get('funding')!.text.es.questions[0]!;

const servers: BotServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close(2_000)));
});

async function composed(env: Record<string, string> = {}) {
  const logs: Record<string, unknown>[] = [];
  const config = loadConfig({ PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'debug', ...env }, null);
  const { server, port } = await startServer(
    config,
    createLogger('debug', (line) => logs.push(JSON.parse(line) as Record<string, unknown>)),
  );
  servers.push(server);
  return { base: `http://127.0.0.1:${port}`, logs };
}

async function post(base: string, body: unknown, headers: Record<string, string> = {}) {
  const response = await fetch(`${base}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
    signal: AbortSignal.timeout(10_000),
  });
  const json: unknown = await response.json().catch(() => undefined);
  return { status: response.status, headers: response.headers, json };
}

describe('request ids and access lines', () => {
  it("every response has an X-Request-Id, and the request's access line carries it", async () => {
    const { base, logs } = await composed();
    const result = await post(base, messageActivity({ text: QUESTION, locale: 'es' }));
    expect(result.status).toBe(200);
    const id = result.headers.get('x-request-id');
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    const access = logs.find((l) => l.msg === 'request' && l.reqId === id);
    expect(access).toMatchObject({
      level: 'info',
      method: 'POST',
      route: '/api/messages',
      status: 200,
      channel: 'test',
      activityType: 'message',
    });
    expect(typeof access!.ms).toBe('number');
  });

  it("keeps a caller's sensible X-Request-Id and replaces one that is not", async () => {
    const { base } = await composed();
    const kept = await post(base, messageActivity({ text: QUESTION }), { 'x-request-id': 'front-door.abc-123' });
    expect(kept.headers.get('x-request-id')).toBe('front-door.abc-123');
    const replaced = await post(base, messageActivity({ text: QUESTION }), { 'x-request-id': 'x'.repeat(500) });
    expect(replaced.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('lines written while the turn runs carry the request id', async () => {
    const logs: Record<string, unknown>[] = [];
    const logger: Logger = createLogger('debug', (line) => logs.push(JSON.parse(line) as Record<string, unknown>));
    const config = loadConfig({}, null);
    const server = createBotServer(
      onBotFramework({
        adapter: createAdapter(config.bot),
        bot: {
          run: async (context: TurnContext) => {
            await new Promise((resolve) => setTimeout(resolve, 5));
            logger.info('inside the turn', { type: context.activity.type });
          },
        },
        logger,
        maxBodyBytes: config.maxBodyBytes,
      }),
    );
    servers.push(server);
    const base = `http://127.0.0.1:${await server.listen(0, '127.0.0.1')}`;
    const result = await post(base, messageActivity({ text: 'x' }), { 'x-request-id': 'turn-7' });
    expect(result.status).toBe(200);
    expect(logs.find((l) => l.msg === 'inside the turn')?.reqId).toBe('turn-7');
  });

  it('no log line holds the message text by default', async () => {
    const { base, logs } = await composed();
    const secret = `${QUESTION} mi correo es persona@example.org`;
    await post(base, messageActivity({ text: secret, locale: 'es' }));
    expect(JSON.stringify(logs)).not.toContain('persona@example.org');
  });

  it('with LOG_MESSAGE_TEXT the access line holds the text, and start-up warns about it', async () => {
    const { base, logs } = await composed({ LOG_MESSAGE_TEXT: 'true' });
    const result = await post(base, messageActivity({ text: QUESTION, locale: 'es' }));
    const id = result.headers.get('x-request-id');
    expect(logs.find((l) => l.msg === 'request' && l.reqId === id)?.text).toBe(QUESTION);
    expect(logs.some((l) => l.level === 'warn' && String(l.msg).includes('LOG_MESSAGE_TEXT'))).toBe(true);
  });

  it('probes are logged at debug, not info', async () => {
    const { base, logs } = await composed();
    await send(`${base}/healthz`);
    await send(`${base}/readyz`);
    const probes = logs.filter((l) => l.msg === 'request' && (l.route === '/healthz' || l.route === '/readyz'));
    expect(probes.map((l) => l.level)).toEqual(['debug', 'debug']);
  });
});

describe('rate limits', () => {
  it('/api/messages: past RATE_LIMIT_MESSAGES_PER_MINUTE in one conversation → 429 with Retry-After; other conversations go on', async () => {
    const { base } = await composed({ RATE_LIMIT_MESSAGES_PER_MINUTE: '3' });
    const conversationId = uniqueId('conv');
    const statuses: number[] = [];
    let refused: Awaited<ReturnType<typeof post>> | undefined;
    for (let i = 0; i < 4; i += 1) {
      const result = await post(base, messageActivity({ conversationId, text: QUESTION }));
      statuses.push(result.status);
      if (result.status === 429) refused = result;
    }
    expect(statuses).toEqual([200, 200, 200, 429]);
    // One message per 20 s refills the bucket; less if the three turns themselves took seconds.
    const retryAfter = Number(refused!.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThanOrEqual(10);
    expect(retryAfter).toBeLessThanOrEqual(20);
    expect(refused!.json).toEqual({ error: expect.stringMatching(/too many requests/) });
    expect((await post(base, messageActivity({ text: QUESTION }))).status).toBe(200);
  });

  it('a refused message reaches no bot code', async () => {
    const reached: string[] = [];
    const config = loadConfig({ RATE_LIMIT_MESSAGES_PER_MINUTE: '1' }, null);
    const server = createBotServer(
      onBotFramework({
        adapter: createAdapter(config.bot),
        bot: { run: async (context: TurnContext) => void reached.push(String(context.activity.id)) },
        logger: createLogger('silent'),
        maxBodyBytes: config.maxBodyBytes,
        rateLimit: config.rateLimit,
      }),
    );
    servers.push(server);
    const base = `http://127.0.0.1:${await server.listen(0, '127.0.0.1')}`;
    const conversationId = uniqueId('conv');
    expect((await post(base, messageActivity({ conversationId, id: 'first' }))).status).toBe(200);
    expect((await post(base, messageActivity({ conversationId, id: 'second' }))).status).toBe(429);
    expect(reached).toEqual(['first']);
  });

  it('RATE_LIMIT_MESSAGES_PER_MINUTE=0 turns the limit off', async () => {
    const { base } = await composed({ RATE_LIMIT_MESSAGES_PER_MINUTE: '0' });
    const conversationId = uniqueId('conv');
    const results = await Promise.all(Array.from({ length: 80 }, () => post(base, messageActivity({ conversationId, text: QUESTION }))));
    expect(results.every((r) => r.status === 200)).toBe(true);
  });

  it("a route module's limitPerClient: past RATE_LIMIT_IP_PER_MINUTE per address → 429 with Retry-After", async () => {
    const config = loadConfig({ RATE_LIMIT_IP_PER_MINUTE: '2' }, null);
    const pingRoute: RouteModule = {
      name: 'ping',
      register({ server, limitPerClient }) {
        server.get('/ping', limitPerClient, async (_req: Request, res: Response) => {
          res.send(200, { pong: true });
        });
      },
    };
    const server = createBotServer(
      onBotFramework({
        adapter: createAdapter(config.bot),
        bot: { run: async () => undefined },
        logger: createLogger('silent'),
        maxBodyBytes: config.maxBodyBytes,
        rateLimit: config.rateLimit,
        routes: [pingRoute],
      }),
    );
    servers.push(server);
    const base = `http://127.0.0.1:${await server.listen(0, '127.0.0.1')}`;
    const results = [await send(`${base}/ping`), await send(`${base}/ping`)];
    const response = await fetch(`${base}/ping`);
    expect(results.map((r) => r.status)).toEqual([200, 200]);
    expect(response.status).toBe(429);
    const retryAfter = Number(response.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThanOrEqual(20);
    expect(retryAfter).toBeLessThanOrEqual(30);
  });
});
