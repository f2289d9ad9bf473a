/**
 * Bot Framework authentication with MicrosoftAppId set. Channel tokens are checked against a
 * local OpenID metadata document and key set on 127.0.0.1 (BotOpenIdMetadata +
 * ToBotFromChannelTokenIssuer, botbuilder's own settings for clouds other than the public one),
 * with tokens signed here by a test key — so every case, a good token included, runs offline.
 * A bot spy shows whether a request reached any bot code.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Activity, TurnContext } from 'botbuilder';
import { createAdapter } from '../../../src/hosting/botframework/adapter';
import { createLogger } from '../../../src/logger';
import { startServer } from '../../../src/index';
import { createBotServer, type BotServer } from '../../../src/hosting/http/server';
import { onBotFramework } from '../../support/botFrameworkServer';
import {
  channelToken as token,
  SERVICE_URL,
  startChannelAuthority,
  strangerKey,
  type ChannelAuthority,
} from '../../support/channelAuthority';
import { messageActivity, send, type HttpResult } from '../../support/http';

let authority: ChannelAuthority;
const authConfig = () => authority.config();

/** The real adapter and server, with a bot that only records that it ran. */
let server: BotServer;
let base = '';
const reached: string[] = [];

beforeAll(async () => {
  authority = await startChannelAuthority();
  const config = authConfig();
  server = createBotServer(
    onBotFramework({
      adapter: createAdapter(config.bot, config.channelAuth),
      bot: {
        run: async (context: TurnContext) => {
          reached.push(context.activity.type);
          if (context.activity.type === 'message') await context.sendActivity('reached the bot');
        },
      },
      logger: createLogger('silent'),
      maxBodyBytes: config.maxBodyBytes,
    }),
  );
  base = `http://127.0.0.1:${await server.listen(0, '127.0.0.1')}`;
});

afterAll(async () => {
  await server?.close(2_000);
  await authority?.close();
});

beforeEach(() => {
  reached.length = 0;
});

async function post(
  authorization: string | undefined,
  activity: Record<string, unknown> = messageActivity({ text: 'hello', serviceUrl: SERVICE_URL }),
): Promise<HttpResult> {
  return send(`${base}/api/messages`, activity, { headers: authorization === undefined ? {} : { authorization } });
}

function expectRefused(result: HttpResult): void {
  expect(result.status, result.text).toBe(401);
  expect(result.json).toEqual({ error: 'unauthorized' });
  expect(reached).toEqual([]);
}

describe('POST /api/messages with MicrosoftAppId set', () => {
  it('without a token → 401, and no bot code runs', async () => {
    expectRefused(await post(undefined));
  });

  it.each([
    ['an empty bearer', 'Bearer '],
    ['another scheme', `Basic ${Buffer.from('user:pass').toString('base64')}`],
    ['not a JWT', 'Bearer not-a-jwt'],
    ['a JWT cut short', `Bearer ${token().split('.').slice(0, 2).join('.')}`],
    ['garbage in the signature', `Bearer ${token().replace(/\.[^.]+$/, '.AAAA')}`],
  ])('with a malformed token (%s) → 401, no bot code', async (_name, header) => {
    expectRefused(await post(header));
  });

  it('with a token for another bot (wrong audience) → 401, no bot code', async () => {
    expectRefused(await post(`Bearer ${token({ audience: '99999999-8888-7777-6666-555555555555' })}`));
  });

  it('with a token from another issuer → 401, no bot code', async () => {
    expectRefused(await post(`Bearer ${token({ issuer: 'https://someone.else.invalid' })}`));
  });

  it('with a token signed by a key the metadata does not list → 401, no bot code', async () => {
    expectRefused(await post(`Bearer ${token({ key: strangerKey })}`));
    expectRefused(await post(`Bearer ${token({ key: strangerKey, keyId: 'unknown-key' })}`));
  });

  it('with an expired token → 401, no bot code', async () => {
    // Past the five minutes of clock skew botbuilder allows.
    expectRefused(await post(`Bearer ${token({ expiresInSeconds: -600 })}`));
  });

  it('with a token issued for another channel endpoint (serviceUrl claim) → 401, no bot code', async () => {
    expectRefused(await post(`Bearer ${token({ serviceUrl: 'https://elsewhere.invalid/' })}`));
  });

  it('with a good token → the bot runs and answers', async () => {
    const before = authority.requests();
    const result = await post(`Bearer ${token()}`);
    expect(result.status, result.text).toBe(200);
    expect(reached).toEqual(['message']);
    const activities = (result.json as { activities: Partial<Activity>[] }).activities;
    expect(activities.map((a) => a.text)).toEqual(['reached the bot']);
    // The keys came from the local metadata (fetched once and cached, maybe by an earlier test).
    expect(authority.requests()).toBeGreaterThanOrEqual(before);
    expect(authority.requests()).toBeGreaterThan(0);
  });
});

describe('the composed server (startServer) with MicrosoftAppId set', () => {
  it('refuses a request without a token with 401, and answers one with a good token', async () => {
    const { server: composed, port } = await startServer(authConfig(), createLogger('silent'));
    try {
      const url = `http://127.0.0.1:${port}/api/messages`;
      const refused = await send(url, messageActivity({ text: 'Who funds MIEUX+?', serviceUrl: SERVICE_URL }));
      expect(refused.status).toBe(401);
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token()}` },
        body: JSON.stringify(messageActivity({ text: 'Who funds MIEUX+?', locale: 'en', serviceUrl: SERVICE_URL })),
      });
      expect(response.status).toBe(200);
      const body = (await response.json()) as { activities: Partial<Activity>[] };
      expect(body.activities.filter((a) => a.type === 'message')).toHaveLength(1);
    } finally {
      await composed.close(2_000);
    }
  });
});
