/**
 * POST /api/directline/token and the origins allowed to use the chat: the embedded token by
 * default, Azure's Direct Line (a local stand-in speaking its tokens/generate format) with
 * DIRECTLINE_SECRET, CORS for listed origins, and the secret never reaching a page.
 */
import { STRINGS } from '../../../../src/core/i18n/strings';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { closedPort } from '../../../support/http';
import { botReplies, dl, DirectLineConversation, startBot, type RunningBot, type TokenAnswer } from '../../../support/directLine';

const SITE = 'http://site.test:8080';
const running: { close(): Promise<void> }[] = [];

afterEach(async () => {
  await Promise.all(running.splice(0).map((r) => r.close()));
});

async function started(env: Record<string, string> = {}): Promise<RunningBot> {
  const bot = await startBot(env);
  running.push(bot);
  return bot;
}

interface FakeDirectLine {
  readonly url: string;
  readonly requests: { method: string; path: string; authorization: string | undefined; body: unknown }[];
}

/** Azure Direct Line's tokens/generate, as documented: Bearer secret in, {conversationId, token, expires_in} out. */
async function fakeDirectLine(answer: { status: number; body: unknown }): Promise<FakeDirectLine> {
  const requests: FakeDirectLine['requests'] = [];
  const server: Server = createServer((req: IncomingMessage, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      requests.push({
        method: req.method ?? '',
        path: req.url ?? '',
        authorization: req.headers.authorization,
        body: text ? JSON.parse(text) : undefined,
      });
      res.writeHead(answer.status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(answer.body));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  running.push({ close: () => new Promise((resolve) => server.close(() => resolve())) });
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, requests };
}

const token = (base: string, origin?: string) =>
  dl<TokenAnswer>(`${base}/api/directline/token`, { method: 'POST', ...(origin === undefined ? {} : { origin }) });

describe('who may get a token', () => {
  it.each<{ name: string; origin: (base: string) => string | undefined; allowed: string; status: number; cors: boolean }>([
    { name: "the bot's own page", origin: (base) => base, allowed: '', status: 200, cors: true },
    { name: 'a listed origin', origin: () => SITE, allowed: SITE, status: 200, cors: true },
    { name: 'a listed origin, written in another case', origin: () => SITE.toUpperCase(), allowed: SITE, status: 200, cors: true },
    { name: 'an origin that is not listed', origin: () => 'http://evil.test', allowed: SITE, status: 403, cors: false },
    { name: 'the same host on another port', origin: (base) => base.replace(/:\d+$/, ':1'), allowed: '', status: 403, cors: false },
    { name: 'no Origin at all (not a browser page)', origin: () => undefined, allowed: SITE, status: 403, cors: false },
  ])('$name → $status', async ({ origin, allowed, status, cors }) => {
    const bot = await started(allowed ? { ALLOWED_ORIGINS: allowed } : {});
    const from = origin(bot.base);
    const result = await token(bot.base, from);
    expect(result.status, result.text).toBe(status);
    expect(result.headers.get('access-control-allow-origin')).toBe(cors ? from! : null);
    if (status === 200) {
      expect(result.json).toMatchObject({ domain: 'v3/directline', webSocket: false });
      expect(result.json.expires_in).toBeGreaterThan(0);
      expect(result.headers.get('cache-control')).toBe('no-store');
    } else {
      expect((result.json as unknown as { error: string }).error).toMatch(/ALLOWED_ORIGINS/);
    }
  });

  it('a listed site can call the embedded Direct Line from the browser (CORS preflight and responses)', async () => {
    const bot = await started({ ALLOWED_ORIGINS: SITE });
    const preflight = await dl(`${bot.base}/v3/directline/conversations`, {
      method: 'OPTIONS',
      origin: SITE,
      headers: { 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization,content-type' },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe(SITE);
    expect(preflight.headers.get('access-control-allow-headers')).toMatch(/authorization/i);
    expect((await dl(`${bot.base}/v3/directline/conversations`, { method: 'OPTIONS', origin: 'http://evil.test' })).status).toBe(403);

    const issued = await token(bot.base, SITE);
    const start = await dl(`${bot.base}/v3/directline/conversations`, {
      token: issued.json.token,
      origin: SITE,
      body: { locale: 'en-US' },
    });
    expect(start.status).toBe(201);
    expect(start.headers.get('access-control-allow-origin')).toBe(SITE);
    // A valid token from a page on another site still works, but that page's browser cannot read the answer.
    const elsewhere = await dl(`${bot.base}/v3/directline/conversations/${issued.json.conversationId}/activities`, {
      token: issued.json.token,
      origin: 'http://evil.test',
    });
    expect(elsewhere.status).toBe(200);
    expect(elsewhere.headers.get('access-control-allow-origin')).toBeNull();
  });
});

describe('with DIRECTLINE_SECRET: Azure Direct Line', () => {
  const SECRET = 'azure-directline-secret-value-123';

  it('exchanges the secret for a token bound to a generated dl_ user; the page never sees the secret', async () => {
    const fake = await fakeDirectLine({ status: 200, body: { conversationId: 'azure-conv-1', token: 'azure-token-1', expires_in: 3600 } });
    const bot = await started({ DIRECTLINE_SECRET: SECRET, DIRECTLINE_ENDPOINT: fake.url });

    const result = await token(bot.base, bot.base);
    expect(result.status, result.text).toBe(200);
    expect(result.json).toEqual({
      conversationId: 'azure-conv-1',
      token: 'azure-token-1',
      expires_in: 3600,
      domain: `${fake.url}/v3/directline`,
      webSocket: true,
    });
    expect(fake.requests).toHaveLength(1);
    expect(fake.requests[0]).toMatchObject({ method: 'POST', path: '/v3/directline/tokens/generate', authorization: `Bearer ${SECRET}` });
    expect((fake.requests[0]!.body as { user: { id: string } }).user.id).toMatch(/^dl_[\w-]{8,}$/);

    const page = await dl(`${bot.base}/`);
    const script = await dl(`${bot.base}/webchat/mieux-chat.js`);
    for (const served of [page.text, script.text, result.text, JSON.stringify(bot.logs)]) expect(served).not.toContain(SECRET);
    // The page may talk to Azure's Direct Line (REST and WebSocket streaming), and only to it.
    const csp = page.headers.get('content-security-policy') ?? '';
    expect(csp).toContain(`connect-src 'self' ${fake.url} ws://${new URL(fake.url).host}`);
  });

  it('does not serve the embedded Direct Line then', async () => {
    const fake = await fakeDirectLine({ status: 200, body: { conversationId: 'c', token: 't', expires_in: 3600 } });
    const bot = await started({ DIRECTLINE_SECRET: SECRET, DIRECTLINE_ENDPOINT: fake.url });
    expect((await dl(`${bot.base}/v3/directline/conversations`, { token: 't', body: {} })).status).toBe(404);
  });

  it.each<{ name: string; answer?: { status: number; body: unknown } }>([
    { name: 'Direct Line refuses the secret', answer: { status: 403, body: { error: { code: 'BadArgument', message: 'secret' } } } },
    { name: 'Direct Line fails', answer: { status: 500, body: {} } },
    { name: 'Direct Line answers without a token', answer: { status: 200, body: { conversationId: 'c' } } },
    { name: 'Direct Line cannot be reached' },
  ])('$name → 502, nothing leaked', async ({ answer }) => {
    const endpoint = answer ? (await fakeDirectLine(answer)).url : `http://127.0.0.1:${await closedPort()}`;
    const bot = await started({ DIRECTLINE_SECRET: SECRET, DIRECTLINE_ENDPOINT: endpoint });
    const result = await token(bot.base, bot.base);
    expect(result.status).toBe(502);
    expect((result.json as unknown as { error: string }).error).toMatch(/Direct Line/);
    expect(result.text).not.toContain(SECRET);
    expect(JSON.stringify(bot.logs)).not.toContain(SECRET);
    expect(bot.logs.some((l) => l.msg === 'directline: Azure did not issue a token')).toBe(true);
  });

  it('still checks the origin first', async () => {
    const fake = await fakeDirectLine({ status: 200, body: { conversationId: 'c', token: 't', expires_in: 3600 } });
    const bot = await started({ DIRECTLINE_SECRET: SECRET, DIRECTLINE_ENDPOINT: fake.url });
    expect((await token(bot.base, 'http://evil.test')).status).toBe(403);
    expect(fake.requests).toHaveLength(0);
  });
});

describe('embedded tokens/generate with DIRECTLINE_EMBEDDED_SECRET', () => {
  const EMBEDDED = 'e'.repeat(40);

  it("gives a website's server a token for its own user id", async () => {
    const bot = await started({ DIRECTLINE_EMBEDDED_SECRET: EMBEDDED });
    const generated = await dl<TokenAnswer>(`${bot.base}/v3/directline/tokens/generate`, {
      token: EMBEDDED,
      body: { user: { id: 'site-user-7' } },
    });
    expect(generated.status, generated.text).toBe(200);
    const conversation = new DirectLineConversation(bot.base, generated.json.conversationId, generated.json.token);
    expect((await dl(`${bot.base}/v3/directline/conversations`, { token: conversation.token, body: { locale: 'es-ES' } })).status).toBe(
      201,
    );
    const [welcome] = await botReplies(conversation);
    expect(welcome!.text).toBe(STRINGS['bot.welcome'].es);
    await conversation.say('Financiación');
    const [echo] = await conversation.next();
    expect(echo!.from?.id).toBe('site-user-7');
  });

  it.each<{ name: string; secret: string | undefined; body: unknown; status: number }>([
    { name: 'no secret', secret: undefined, body: {}, status: 401 },
    { name: 'a wrong secret', secret: 'x'.repeat(40), body: {}, status: 403 },
    { name: 'a user id with spaces', secret: EMBEDDED, body: { user: { id: 'a b' } }, status: 400 },
    { name: 'a user id that is not a string', secret: EMBEDDED, body: { user: { id: 7 } }, status: 400 },
  ])('$name → $status', async ({ secret, body, status }) => {
    const bot = await started({ DIRECTLINE_EMBEDDED_SECRET: EMBEDDED });
    const result = await dl(`${bot.base}/v3/directline/tokens/generate`, { ...(secret === undefined ? {} : { token: secret }), body });
    expect(result.status, result.text).toBe(status);
  });
});
