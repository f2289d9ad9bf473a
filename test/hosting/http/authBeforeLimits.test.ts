/**
 * With MicrosoftAppId set, the per-conversation rate limit counts only authenticated requests:
 * a conversation id is no secret (every member of a Teams channel knows it), so requests without
 * a valid token must not use up the real conversation's messages. They are counted per client
 * address instead.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TurnContext } from 'botbuilder';
import { createAdapter } from '../../../src/hosting/botframework/adapter';
import { createLogger } from '../../../src/logger';
import { createBotServer, type BotServer } from '../../../src/hosting/http/server';
import { onBotFramework } from '../../support/botFrameworkServer';
import { channelToken, SERVICE_URL, startChannelAuthority, type ChannelAuthority } from '../../support/channelAuthority';
import { messageActivity, sendFrom, uniqueId } from '../../support/http';

const PER_CONVERSATION = 5;
const PER_ADDRESS = 20;

let authority: ChannelAuthority;
let server: BotServer;
let url = '';
let turns = 0;

beforeAll(async () => {
  authority = await startChannelAuthority();
  const config = authority.config({
    RATE_LIMIT_MESSAGES_PER_MINUTE: String(PER_CONVERSATION),
    RATE_LIMIT_IP_PER_MINUTE: String(PER_ADDRESS),
  });
  server = createBotServer(
    onBotFramework({
      adapter: createAdapter(config.bot, config.channelAuth),
      bot: { run: async (_context: TurnContext) => void (turns += 1) },
      logger: createLogger('silent'),
      maxBodyBytes: config.maxBodyBytes,
      rateLimit: config.rateLimit,
    }),
  );
  url = `http://127.0.0.1:${await server.listen(0, '127.0.0.1')}/api/messages`;
});

afterAll(async () => {
  await server?.close(2_000);
  await authority?.close();
});

const activity = (conversationId: string) => messageActivity({ text: 'hello', conversationId, serviceUrl: SERVICE_URL });
const signed = { authorization: `Bearer ${channelToken()}` };

describe('rate limits with MicrosoftAppId set', () => {
  it("unauthenticated requests for a known conversation id do not use up that conversation's limit", async () => {
    const conversationId = uniqueId('teams-channel');
    // From an address of their own, fewer than the per-address limit, more than the conversation's.
    for (let i = 0; i < PER_CONVERSATION * 2; i += 1) {
      const forged = await sendFrom('127.0.0.3', url, activity(conversationId), { authorization: 'Bearer forged' });
      expect(forged.status, forged.text).toBe(401);
    }
    const before = turns;
    const real = await sendFrom('127.0.0.1', url, activity(conversationId), signed);
    expect(real.status, real.text).toBe(200);
    expect(turns).toBe(before + 1);
  });

  it('authenticated requests are still limited per conversation', async () => {
    const conversationId = uniqueId('busy');
    const statuses: number[] = [];
    for (let i = 0; i < PER_CONVERSATION + 2; i += 1)
      statuses.push((await sendFrom('127.0.0.1', url, activity(conversationId), signed)).status);
    expect(statuses.slice(0, PER_CONVERSATION).every((s) => s === 200)).toBe(true);
    expect(statuses.slice(PER_CONVERSATION)).toEqual([429, 429]);
  });

  it('requests without valid credentials are counted per address: past the limit 429, other addresses unaffected', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < PER_ADDRESS + 3; i += 1)
      statuses.push((await sendFrom('127.0.0.4', url, activity(uniqueId('probe')), { authorization: 'Bearer forged' })).status);
    expect(statuses.slice(0, PER_ADDRESS).every((s) => s === 401)).toBe(true);
    expect(statuses.slice(PER_ADDRESS)).toEqual([429, 429, 429]);
    // Once refused, even a good token from that address waits: the address is what is limited.
    expect((await sendFrom('127.0.0.4', url, activity(uniqueId('late')), signed)).status).toBe(429);
    expect((await sendFrom('127.0.0.1', url, activity(uniqueId('other')), signed)).status).toBe(200);
  });

  it('authenticated requests from one address (a channel) are not limited per address', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < PER_ADDRESS + 5; i += 1)
      statuses.push((await sendFrom('127.0.0.5', url, activity(uniqueId('many')), signed)).status);
    expect(statuses.every((s) => s === 200)).toBe(true);
  });
});
