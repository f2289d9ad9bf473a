/**
 * The embedded Direct Line's bounds: conversations expire after inactivity, tokens expire, the
 * number of open conversations is capped, and the per-conversation and per-address limits of
 * /api/messages apply. Time is a test clock, so nothing here waits.
 */
import { STRINGS } from '../../../../src/core/i18n/strings';
import { afterEach, describe, expect, it } from 'vitest';
import { composeBot } from '../../../../src/index';
import { loadConfig } from '../../../../src/config';
import { createLogger } from '../../../../src/logger';
import { createBotServer } from '../../../../src/hosting/http/server';
import { onBotFramework } from '../../../support/botFrameworkServer';
import { ConversationStore } from '../../../../src/hosting/http/directLine/conversationStore';
import { embeddedDirectLine } from '../../../../src/hosting/http/directLine/embeddedDirectLine';
import { OriginPolicy } from '../../../../src/hosting/http/directLine/originPolicy';
import { directLineTokenEndpoint } from '../../../../src/hosting/http/directLine/tokenEndpoint';
import { DirectLineTokens } from '../../../../src/hosting/http/directLine/tokens';
import { IDLE_RECLAIM_MS } from '../../../../src/hosting/http/webChat/websiteRoutes';
import { botReplies, dl, openConversation, startBot, type RunningBot, type TokenAnswer } from '../../../support/directLine';

interface ClockedBot {
  readonly base: string;
  advance(ms: number): void;
  close(): Promise<void>;
}

const MINUTE = 60_000;
const running: { close(): Promise<void> }[] = [];

afterEach(async () => {
  await Promise.all(running.splice(0).map((r) => r.close()));
});

/** The real bot behind the embedded Direct Line, with a clock the test moves. */
async function startClocked(options: { ttlMs: number; maxConversations: number; tokenSeconds: number }): Promise<ClockedBot> {
  let clock = Date.parse('2026-06-01T12:00:00Z');
  const now = () => clock;
  const config = loadConfig({ PORT: '0', HOST: '127.0.0.1' }, null);
  const logger = createLogger('silent');
  const { adapter, bot } = composeBot(config, logger);
  const tokens = new DirectLineTokens(undefined, options.tokenSeconds, now);
  const store = new ConversationStore({
    ttlMs: options.ttlMs,
    maxConversations: options.maxConversations,
    maxConversationsPerClient: options.maxConversations,
    idleReclaimMs: IDLE_RECLAIM_MS,
    maxActivitiesPerConversation: 100,
    maxCharsPerConversation: 64 * 1024,
    maxChars: 32 * 1024 * 1024,
    now,
  });
  const origins = new OriginPolicy([]);
  const server = createBotServer(
    onBotFramework({
      adapter,
      bot,
      logger,
      maxBodyBytes: config.maxBodyBytes,
      routes: [
        directLineTokenEndpoint({ kind: 'embedded', tokens }, origins),
        embeddedDirectLine({ tokens, store, origins, secret: '', now }),
      ],
    }),
  );
  const port = await server.listen(0, '127.0.0.1');
  const clocked = { base: `http://127.0.0.1:${port}`, advance: (ms: number) => (clock += ms), close: () => server.close(1000) };
  running.push(clocked);
  return clocked;
}

async function started(env: Record<string, string>): Promise<RunningBot> {
  const bot = await startBot(env);
  running.push(bot);
  return bot;
}

describe('conversations expire after inactivity', () => {
  it('an idle conversation is gone after the TTL (404), while one with activity stays', async () => {
    const bot = await startClocked({ ttlMs: 30 * MINUTE, maxConversations: 10, tokenSeconds: 24 * 3600 });
    const idle = (await openConversation(bot.base, 'en-US')).conversation;
    const busy = (await openConversation(bot.base, 'en-US')).conversation;

    bot.advance(20 * MINUTE);
    expect((await busy.say('Who funds MIEUX+?')).status).toBe(200);
    // Polling is not activity: a forgotten tab does not hold memory forever.
    expect((await idle.get('')).status).toBe(200);

    bot.advance(11 * MINUTE);
    const gone = await idle.get('');
    expect(gone.status).toBe(404);
    expect((await idle.say('hello')).status).toBe(404);
    expect((await busy.get('')).status).toBe(200);

    bot.advance(30 * MINUTE);
    expect((await busy.get('')).status).toBe(404);
  });

  it('an expired token is refused with 403, also for refresh', async () => {
    const bot = await startClocked({ ttlMs: 24 * 3600_000, maxConversations: 10, tokenSeconds: 1800 });
    const { conversation } = await openConversation(bot.base, 'en-US');
    bot.advance(29 * MINUTE);
    expect((await conversation.get('')).status).toBe(200);
    bot.advance(2 * MINUTE);
    const expired = await conversation.get('');
    expect(expired.status).toBe(403);
    expect(expired.text).toMatch(/expired/);
    expect((await dl(`${bot.base}/v3/directline/tokens/refresh`, { method: 'POST', token: conversation.token })).status).toBe(403);
  });

  it('a token refreshed in time keeps working past the first one’s expiry', async () => {
    const bot = await startClocked({ ttlMs: 24 * 3600_000, maxConversations: 10, tokenSeconds: 1800 });
    const { conversation } = await openConversation(bot.base, 'en-US');
    bot.advance(15 * MINUTE);
    const refreshed = await dl<{ token: string; expires_in: number }>(`${bot.base}/v3/directline/tokens/refresh`, {
      method: 'POST',
      token: conversation.token,
    });
    expect(refreshed.json.expires_in).toBe(1800);
    bot.advance(20 * MINUTE);
    expect((await conversation.get('')).status).toBe(403);
    expect((await conversation.get('', refreshed.json.token)).status).toBe(200);
  });
});

describe('open conversations are capped', () => {
  it('past DIRECTLINE_MAX_CONVERSATIONS a start gets 429 with Retry-After, until one is idle long enough to make room', async () => {
    const bot = await startClocked({ ttlMs: 30 * MINUTE, maxConversations: 2, tokenSeconds: 24 * 3600 });
    const first = (await openConversation(bot.base, 'en-US')).conversation;
    bot.advance(4 * MINUTE);
    await openConversation(bot.base, 'en-US');

    const third = await openConversation(bot.base, 'en-US');
    expect(third.started.status).toBe(429);
    // The oldest conversation has been idle 4 minutes: it can make room in one more (IDLE_RECLAIM_MS), long before it expires.
    expect(third.started.headers.get('retry-after')).toBe(String(IDLE_RECLAIM_MS / 1000 - 4 * 60));
    expect(typeof (third.started.json as unknown as { error?: unknown }).error).toBe('string');

    bot.advance(1 * MINUTE);
    const later = await openConversation(bot.base, 'en-US');
    expect(later.started.status).toBe(201);
    // The idle one made room: it has ended.
    expect((await first.get('')).status).toBe(404);
    const [welcome] = await botReplies(later.conversation);
    expect(welcome!.text).toBe(STRINGS['bot.welcome'].en);
  });

  it('DIRECTLINE_MAX_CONVERSATIONS is read from the configuration', async () => {
    const bot = await started({ DIRECTLINE_MAX_CONVERSATIONS: '1' });
    expect((await openConversation(bot.base)).started.status).toBe(201);
    expect((await openConversation(bot.base)).started.status).toBe(429);
  });
});

describe('the limits of /api/messages apply', () => {
  it('RATE_LIMIT_MESSAGES_PER_MINUTE per conversation → 429 with Retry-After', async () => {
    const bot = await started({ RATE_LIMIT_MESSAGES_PER_MINUTE: '2' });
    const { conversation } = await openConversation(bot.base, 'en-US');
    expect((await conversation.say('Who funds MIEUX+?')).status).toBe(200);
    expect((await conversation.say('Regions')).status).toBe(200);
    const third = await conversation.say('Funding');
    expect(third.status).toBe(429);
    expect(Number(third.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    // Another conversation has its own allowance.
    const other = (await openConversation(bot.base, 'en-US')).conversation;
    expect((await other.say('Funding')).status).toBe(200);
  });

  it('RATE_LIMIT_IP_PER_MINUTE per client address on the token endpoint → 429', async () => {
    const bot = await started({ RATE_LIMIT_IP_PER_MINUTE: '3' });
    const statuses: number[] = [];
    for (let i = 0; i < 4; i += 1)
      statuses.push((await dl<TokenAnswer>(`${bot.base}/api/directline/token`, { method: 'POST', origin: bot.base })).status);
    expect(statuses).toEqual([200, 200, 200, 429]);
  });
});
