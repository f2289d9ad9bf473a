/**
 * The embedded Direct Line end to end: the real composition root on a random port, spoken to
 * with the REST calls Web Chat makes when polling. Expected texts come from the knowledge base
 * and the string table.
 */
import { STRINGS } from '../../../../src/core/i18n/strings';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../../../src/config';
import { loadKnowledge } from '../../../../src/core/knowledge/loadKnowledge';
import type { Lang } from '../../../../src/core/language/languages';
import {
  botReplies,
  dl,
  DirectLineConversation,
  openConversation,
  startBot,
  type ActivitySet,
  type RunningBot,
  type TokenAnswer,
} from '../../../support/directLine';
import { mainTopicButtons, replyText } from '../../../support/shippedKnowledge';

const kb = loadKnowledge(loadConfig({}, null).knowledgeDir);
const entry = (id: string, lang: Lang) => kb.entries.get(id)!.text[lang];
const titles = (ids: readonly string[], lang: Lang) => ids.map((id) => entry(id, lang).title);
const buttons = (activity: Partial<ActivitySet['activities'][number]>) => (activity.suggestedActions?.actions ?? []).map((a) => a.title);

function expectJsonError(result: { status: number; json: unknown; text: string }, status: number): void {
  expect(result.status, result.text).toBe(status);
  expect(typeof (result.json as { error?: unknown } | undefined)?.error, result.text).toBe('string');
}

let bot: RunningBot;

beforeAll(async () => {
  bot = await startBot();
});

afterAll(async () => {
  await bot.close();
});

describe('starting a conversation', () => {
  it.each<{ locale: string; lang: Lang }>([
    { locale: 'es-ES', lang: 'es' },
    { locale: 'en-US', lang: 'en' },
    { locale: 'fr-FR', lang: 'fr' },
  ])('welcomes in $lang when the page starts with locale $locale, with the main topics as buttons', async ({ locale, lang }) => {
    const { conversation, started } = await openConversation(bot.base, locale);
    expect(started.status).toBe(201);
    expect(started.json.conversationId).toBe(conversation.conversationId);
    expect(started.json.token).toBe(conversation.token);
    expect(started.json.expires_in).toBeGreaterThan(0);

    const [welcome, ...more] = await botReplies(conversation);
    expect(more).toEqual([]);
    expect(welcome!.type).toBe('message');
    expect(welcome!.text).toBe(STRINGS['bot.welcome'][lang]);
    expect(buttons(welcome!)).toEqual(mainTopicButtons(kb, lang));
    expect(welcome!.from).toMatchObject({ role: 'bot' });
    expect(welcome!.conversation?.id).toBe(conversation.conversationId);
    expect(welcome!.id).toMatch(new RegExp(`^${conversation.conversationId}\\|\\d+$`));
    // Internal plumbing stays on the server.
    expect(welcome).not.toHaveProperty('serviceUrl');
    expect(welcome).not.toHaveProperty('deliveryMode');
  });

  it('takes the browser language from Accept-Language when the page sends no locale', async () => {
    const token = await dl<TokenAnswer>(`${bot.base}/api/directline/token`, { method: 'POST', origin: bot.base });
    const started = await dl(`${bot.base}/v3/directline/conversations`, {
      token: token.json.token,
      body: { user: {} },
      headers: { 'accept-language': 'fr-CA,fr;q=0.9,en;q=0.5' },
    });
    expect(started.status).toBe(201);
    const [welcome] = await botReplies(new DirectLineConversation(bot.base, token.json.conversationId, token.json.token));
    expect(welcome!.text).toBe(STRINGS['bot.welcome'].fr);
  });

  it('starting again with the same token returns the same conversation without a second welcome', async () => {
    const { conversation } = await openConversation(bot.base, 'en-US');
    await conversation.next();
    const again = await dl<{ conversationId: string }>(`${bot.base}/v3/directline/conversations`, {
      token: conversation.token,
      body: { user: {} },
    });
    expect(again.status).toBe(200);
    expect(again.json.conversationId).toBe(conversation.conversationId);
    expect(await conversation.next()).toEqual([]);
  });

  it('accepts a start with no body at all, as Direct Line does', async () => {
    const token = await dl<TokenAnswer>(`${bot.base}/api/directline/token`, { method: 'POST', origin: bot.base });
    const started = await dl(`${bot.base}/v3/directline/conversations`, { method: 'POST', token: token.json.token });
    expect(started.status, started.text).toBe(201);
  });

  it('reconnecting (GET the conversation) returns it with a token', async () => {
    const { conversation } = await openConversation(bot.base, 'es-ES');
    const found = await dl<{ conversationId: string; token: string }>(conversation.url, { token: conversation.token });
    expect(found.status).toBe(200);
    expect(found.json.conversationId).toBe(conversation.conversationId);
    expect(found.json.token).toBe(conversation.token);
  });
});

describe('messages', () => {
  it.each<{ lang: Lang; question: string }>([
    { lang: 'es', question: entry('funding', 'es').questions[0]! },
    { lang: 'en', question: entry('funding', 'en').questions[0]! },
    { lang: 'fr', question: entry('funding', 'fr').questions[0]! },
  ])('a question in $lang is echoed, then answered from the knowledge base', async ({ lang, question }) => {
    const { conversation } = await openConversation(bot.base, 'es-ES');
    await conversation.next();
    const posted = await conversation.post({
      type: 'message',
      text: question,
      locale: 'es-ES',
      from: { id: 'someone-else', role: 'bot' },
      channelData: { clientActivityID: 'client-1', clientTimestamp: '2026-01-01T00:00:00Z', extra: 'dropped' },
    });
    expect(posted.status, posted.text).toBe(200);
    const before = Number(conversation.watermark);

    const activities = await conversation.next();
    const [echo, answer] = activities;
    expect(echo!.id).toBe(posted.json.id);
    expect(echo!.text).toBe(question);
    // Who speaks comes from the token, not from the body.
    expect(echo!.from?.role).toBe('user');
    expect(echo!.from?.id).toMatch(/^dl_/);
    // Web Chat matches its pending message with this id.
    expect(echo!.channelData).toEqual({ clientActivityID: 'client-1', clientTimestamp: '2026-01-01T00:00:00Z' });

    expect(answer!.from?.role).toBe('bot');
    expect(answer!.text).toBe(replyText('funding', lang));
    expect(answer!.replyToId).toBe(echo!.id);
    // The follow-ups, then helpful / not helpful (the curator's loop).
    expect(buttons(answer!)).toEqual([
      ...titles(kb.entries.get('funding')!.followUps, lang),
      STRINGS['feedback.up'][lang],
      STRINGS['feedback.down'][lang],
    ]);
    expect(activities).toHaveLength(2);
    expect(Number(conversation.watermark)).toBe(before + 2);

    // Nothing new after the watermark; and what the page has acknowledged is no longer kept.
    expect(await conversation.next()).toEqual([]);
    const all = await conversation.get('');
    expect(all.status).toBe(200);
    expect(all.json.activities).toEqual([]);
    expect(all.json.watermark).toBe(conversation.watermark);
  });

  it('a suggested action sends its title back and gets that entry', async () => {
    const { conversation } = await openConversation(bot.base, 'en-US');
    const [welcome] = await botReplies(conversation);
    const action = welcome!.suggestedActions!.actions[1]!;
    const posted = await conversation.post({ type: 'message', text: String(action.value) });
    expect(posted.status).toBe(200);
    const [answer] = await botReplies(conversation);
    const id = kb.conversation.mainTopics[1]!;
    expect(answer!.text).toBe(replyText(id, 'en'));
  });

  it('an event goes to the bot; typing is accepted and not stored', async () => {
    const { conversation } = await openConversation(bot.base, 'en-US');
    await conversation.next();
    expect((await conversation.post({ type: 'typing' })).status).toBe(200);
    expect(await conversation.next()).toEqual([]);
    const event = await conversation.post({ type: 'event', name: 'webchat/join', value: { any: 'thing' } });
    expect(event.status, event.text).toBe(200);
    const [stored] = await conversation.next();
    expect(stored).toMatchObject({ type: 'event', name: 'webchat/join', value: { any: 'thing' } });
  });

  it('never writes what a person typed to the logs', async () => {
    const { conversation } = await openConversation(bot.base, 'en-US');
    const secret = 'my passport number is X1234567';
    await conversation.say(secret);
    await conversation.next();
    expect(JSON.stringify(bot.logs)).not.toContain('X1234567');
  });
});

describe('tokens', () => {
  let a: DirectLineConversation;
  let b: DirectLineConversation;

  beforeAll(async () => {
    a = (await openConversation(bot.base, 'en-US')).conversation;
    b = (await openConversation(bot.base, 'en-US')).conversation;
  });

  it.each<{ name: string; call: () => Promise<{ status: number; json: unknown; text: string }>; status: number }>([
    { name: 'start without a token', call: () => dl(`${bot.base}/v3/directline/conversations`, { body: {} }), status: 401 },
    { name: 'post without a token', call: () => dl(`${a.url}/activities`, { body: { type: 'message', text: 'hi' } }), status: 401 },
    { name: 'get without a token', call: () => dl(`${a.url}/activities`), status: 401 },
    { name: 'refresh without a token', call: () => dl(`${bot.base}/v3/directline/tokens/refresh`, { method: 'POST' }), status: 401 },
    { name: 'a token that is not ours', call: () => a.get('', 'not.a.token'), status: 403 },
    {
      name: 'a token with a forged signature',
      call: () => a.get('', `${a.token.slice(0, a.token.lastIndexOf('.'))}.${'A'.repeat(43)}`),
      status: 403,
    },
    { name: "reading B with A's token", call: () => b.get('', a.token), status: 403 },
    { name: "posting into B with A's token", call: () => b.post({ type: 'message', text: 'hi' }, a.token), status: 403 },
    { name: "reconnecting to B with A's token", call: () => dl(b.url, { token: a.token }), status: 403 },
  ])('$name → $status', async ({ call, status }) => {
    expectJsonError(await call(), status);
  });

  it("B's activities stay out of A's reach even with A's watermark", async () => {
    await b.say('Who funds MIEUX+?');
    const aAll = await a.get('');
    expect(aAll.status).toBe(200);
    expect(aAll.json.activities.every((x) => x.conversation?.id === a.conversationId)).toBe(true);
  });

  it('a token whose conversation was never started finds nothing (404)', async () => {
    const token = await dl<TokenAnswer>(`${bot.base}/api/directline/token`, { method: 'POST', origin: bot.base });
    const result = await dl(`${bot.base}/v3/directline/conversations/${token.json.conversationId}/activities`, { token: token.json.token });
    expectJsonError(result, 404);
  });

  it('refresh gives a new token for the same conversation, which works', async () => {
    const refreshed = await dl<{ conversationId: string; token: string; expires_in: number }>(`${bot.base}/v3/directline/tokens/refresh`, {
      method: 'POST',
      token: a.token,
    });
    expect(refreshed.status).toBe(200);
    expect(refreshed.json.conversationId).toBe(a.conversationId);
    expect(refreshed.json.token).not.toBe(a.token);
    expect(refreshed.json.expires_in).toBeGreaterThan(0);
    expect((await a.get('', refreshed.json.token)).status).toBe(200);
    expect((await b.get('', refreshed.json.token)).status).toBe(403);
  });

  it('tokens/generate is closed without DIRECTLINE_EMBEDDED_SECRET', async () => {
    expectJsonError(await dl(`${bot.base}/v3/directline/tokens/generate`, { method: 'POST', token: 'anything' }), 403);
    expectJsonError(await dl(`${bot.base}/v3/directline/tokens/generate`, { method: 'POST' }), 401);
  });
});

describe('bad input gets a clear 4xx', () => {
  let c: DirectLineConversation;

  beforeAll(async () => {
    c = (await openConversation(bot.base, 'en-US')).conversation;
  });

  it.each<{ name: string; send: () => Promise<{ status: number; json: unknown; text: string }>; status: number; error?: RegExp }>([
    {
      name: 'a body that is not JSON',
      send: () => dl(`${c.url}/activities`, { token: c.token, raw: 'text=hi', contentType: 'application/x-www-form-urlencoded' }),
      status: 415,
    },
    { name: 'malformed JSON', send: () => dl(`${c.url}/activities`, { token: c.token, raw: '{"type":' }), status: 400 },
    { name: 'a JSON array', send: () => c.post([] as unknown as Record<string, unknown>), status: 400 },
    {
      name: 'a type the page may not send',
      send: () => c.post({ type: 'conversationUpdate', membersAdded: [{ id: 'x' }] }),
      status: 400,
      error: /activity\.type/,
    },
    { name: 'no type', send: () => c.post({ text: 'hi' }), status: 400, error: /activity\.type/ },
    { name: 'a text that is not a string', send: () => c.post({ type: 'message', text: 42 }), status: 400, error: /activity\.text/ },
    {
      name: 'a locale that is not a string',
      send: () => c.post({ type: 'message', text: 'hi', locale: ['en'] }),
      status: 400,
      error: /activity\.locale/,
    },
    {
      name: 'attachments',
      send: () => c.post({ type: 'message', attachments: [{ contentType: 'image/png', contentUrl: 'http://x' }] }),
      status: 400,
      error: /attachments/,
    },
    { name: 'an event without a name', send: () => c.post({ type: 'event' }), status: 400, error: /name/ },
    {
      name: 'channelData that is not an object',
      send: () => c.post({ type: 'message', text: 'hi', channelData: 'x' }),
      status: 400,
      error: /channelData/,
    },
    { name: 'a body over MAX_BODY_BYTES', send: () => c.post({ type: 'message', text: 'x'.repeat(300 * 1024) }), status: 413 },
    { name: 'a watermark that is not a number', send: () => c.get('abc'), status: 400, error: /watermark/ },
    {
      name: 'a gzip-encoded body',
      send: () => dl(`${c.url}/activities`, { token: c.token, raw: '{}', headers: { 'content-encoding': 'gzip' } }),
      status: 415,
    },
  ])('$name → $status', async ({ send, status, error }) => {
    const result = await send();
    expectJsonError(result, status);
    if (error) expect((result.json as { error: string }).error).toMatch(error);
  });

  it('a long text, up to the 4,000 characters of a chat message, is answered', async () => {
    const result = await c.post({ type: 'message', text: `Who funds MIEUX+? ${'please '.repeat(560)}` });
    expect(result.status, result.text).toBe(200);
  });
});

describe('with MicrosoftAppId set (no Azure reachable)', () => {
  it('still answers: the embedded Direct Line vouches for its own turns', async () => {
    const secured = await startBot({ MicrosoftAppId: '00000000-0000-0000-0000-000000000001', MicrosoftAppPassword: 'not-used' });
    try {
      const { conversation } = await openConversation(secured.base, 'en-US');
      const [welcome] = await botReplies(conversation);
      expect(welcome!.text).toBe(STRINGS['bot.welcome'].en);
      // /api/messages itself still refuses a request without a channel token.
      const anonymous = await dl(`${secured.base}/api/messages`, {
        body: {
          type: 'message',
          text: 'hi',
          channelId: 'x',
          serviceUrl: 'http://127.0.0.1:9',
          conversation: { id: 'c' },
          from: { id: 'u' },
          recipient: { id: 'b' },
        },
      });
      expect(anonymous.status).toBe(401);
    } finally {
      await secured.close();
    }
  });
});
