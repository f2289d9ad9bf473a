/**
 * End-to-end tests of the HTTP server: the real composition root (`startServer`) on a random
 * port, spoken to over HTTP as a Bot Framework channel would. Expected texts come from the
 * knowledge base and the string table, never from copies in this file.
 */
import { STRINGS } from '../../../src/core/i18n/strings';
import { request as httpRequest } from 'node:http';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Activity } from 'botbuilder';
import { startServer } from '../../../src/index';
import { loadConfig } from '../../../src/config';
import { createLogger } from '../../../src/logger';
import { loadKnowledge } from '../../../src/core/knowledge/loadKnowledge';
import { LANGUAGES, type Lang } from '../../../src/core/language/languages';
import type { BotServer } from '../../../src/hosting/http/server';
import { mainTopicButtons, replyText } from '../../support/shippedKnowledge';
import {
  closedPort,
  messageActivity,
  send,
  sendRaw,
  startCaptureServer,
  uniqueId,
  type CaptureServer,
  type HttpResult,
} from '../../support/http';

const BASE_ENV = { PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'debug' } as const;
const kb = loadKnowledge(loadConfig(BASE_ENV, null).knowledgeDir);

function entryText(id: string, lang: Lang) {
  const entry = kb.entries.get(id);
  if (!entry) throw new Error(`the knowledge base has no entry '${id}'`);
  return entry.text[lang];
}

const ERROR_TEXTS: readonly string[] = Object.values(STRINGS['bot.error']);

interface Running {
  readonly server: BotServer;
  readonly base: string;
  /** Every log line the server wrote, parsed. */
  readonly logs: Record<string, unknown>[];
}

async function start(extraEnv: Record<string, string> = {}): Promise<Running> {
  const logs: Record<string, unknown>[] = [];
  const config = loadConfig({ ...BASE_ENV, ...extraEnv }, null);
  const logger = createLogger('debug', (line) => logs.push(JSON.parse(line) as Record<string, unknown>));
  const { server, port } = await startServer(config, logger);
  return { server, base: `http://127.0.0.1:${port}`, logs };
}

/** The activities of an expectReplies response, after checking its shape. */
function activitiesOf(result: HttpResult): Partial<Activity>[] {
  expect(result.status, result.text).toBe(200);
  const body = result.json as { activities?: unknown } | undefined;
  expect(Array.isArray(body?.activities), `expected {activities:[...]}, got ${result.text.slice(0, 300)}`).toBe(true);
  return body!.activities as Partial<Activity>[];
}

function messagesOf(result: HttpResult): Partial<Activity>[] {
  return activitiesOf(result).filter((a) => a.type === 'message');
}

function buttonTitles(activity: Partial<Activity>): string[] {
  return (activity.suggestedActions?.actions ?? []).map((a) => a.title);
}

function expectJsonError(result: HttpResult): void {
  expect(result.contentType).toMatch(/json/i);
  const body = result.json as { error?: unknown } | undefined;
  expect(typeof body?.error, `expected a JSON {error} body, got ${result.text.slice(0, 300)}`).toBe('string');
  expect((body!.error as string).length).toBeGreaterThan(0);
}

let app: Running;
const captures: CaptureServer[] = [];

async function capture(options: { delayMs?: number } = {}): Promise<CaptureServer> {
  const c = await startCaptureServer(options);
  captures.push(c);
  return c;
}

beforeAll(async () => {
  app = await start();
});

afterAll(async () => {
  await app?.server.close(2_000);
});

afterEach(async () => {
  await Promise.all(captures.splice(0).map((c) => c.close()));
});

const api = () => `${app.base}/api/messages`;

/** A request that must always work: used after every kind of bad input. */
async function expectStillAnswers(base: string): Promise<void> {
  const health = await send(`${base}/healthz`);
  expect(health.status).toBe(200);
  const question = entryText('funding', 'es').questions[0]!;
  const messages = messagesOf(await send(`${base}/api/messages`, messageActivity({ text: question, locale: 'es-ES' })));
  expect(messages.map((m) => m.text)).toEqual([replyText('funding', 'es')]);
}

describe('GET /healthz', () => {
  it('answers 200 {status:"ok"}', async () => {
    const result = await send(`${app.base}/healthz`);
    expect(result.status).toBe(200);
    expect(result.json).toEqual({ status: 'ok' });
  });
});

/** Questions a person types, the entry that answers them and the language of the answer. */
const QUESTIONS: readonly { text: string; locale: string | undefined; entry: string; lang: Lang }[] = [
  { text: '¿Quién financia MIEUX+?', locale: 'es-ES', entry: 'funding', lang: 'es' },
  { text: 'Who funds MIEUX+?', locale: 'en-US', entry: 'funding', lang: 'en' },
  { text: 'Qui finance MIEUX+ ?', locale: 'fr-FR', entry: 'funding', lang: 'fr' },
  { text: '¿Qué es MIEUX+?', locale: 'es', entry: 'about', lang: 'es' },
  { text: 'What is MIEUX+?', locale: 'en-GB', entry: 'about', lang: 'en' },
  { text: "Qu'est-ce que MIEUX+ ?", locale: 'fr-BE', entry: 'about', lang: 'fr' },
  { text: 'Which areas does MIEUX+ work in?', locale: 'en-US', entry: 'areas', lang: 'en' },
];

describe('POST /api/messages with deliveryMode expectReplies', () => {
  it.each(QUESTIONS)('"$text" ($locale) → the $entry answer in $lang', async ({ text, locale, entry, lang }) => {
    const result = await send(api(), messageActivity({ text, locale }));
    const activities = activitiesOf(result);
    expect(activities.filter((a) => a.type === 'trace')).toEqual([]);
    const messages = activities.filter((a) => a.type === 'message');
    expect(messages).toHaveLength(1);
    const reply = messages[0]!;
    expect(reply.text).toBe(replyText(entry, lang));
    expect(reply.locale).toBe(lang);
    const followUps = kb.entries.get(entry)!.followUps;
    expect(followUps.length, `entry ${entry} has follow-ups to offer`).toBeGreaterThan(0);
    // The follow-ups, then helpful / not helpful (the curator's loop).
    expect(buttonTitles(reply)).toEqual([
      ...followUps.map((id) => entryText(id, lang).title),
      STRINGS['feedback.up'][lang],
      STRINGS['feedback.down'][lang],
    ]);
  });

  it('addresses the reply from the bot to the person, in the same conversation', async () => {
    const sent = messageActivity({ text: entryText('funding', 'en').questions[0]!, locale: 'en' });
    const [reply] = messagesOf(await send(api(), sent));
    expect(reply?.conversation?.id).toBe((sent.conversation as { id: string }).id);
    expect(reply?.from?.id).toBe('bot');
    expect(reply?.recipient?.id).toBe('user1');
    expect(reply?.replyToId).toBe(sent.id);
  });
});

describe('other messages and activity types', () => {
  it.each(LANGUAGES)('a message with no text (%s) gets the "empty" reply with the main topics', async (lang) => {
    const activity = messageActivity({ locale: lang });
    delete activity.text;
    const messages = messagesOf(await send(api(), activity));
    expect(messages).toHaveLength(1);
    expect(messages[0]!.text).toBe(STRINGS['bot.empty'][lang]);
    expect(buttonTitles(messages[0]!)).toEqual(mainTopicButtons(kb, lang));
  });

  it('a JSON content type with parameters (charset) is accepted', async () => {
    const result = await send(api(), messageActivity({ text: entryText('funding', 'fr').questions[0]!, locale: 'fr' }), {
      contentType: 'application/json; charset=utf-8',
    });
    expect(messagesOf(result).map((m) => m.text)).toEqual([replyText('funding', 'fr')]);
  });

  it.each(['typing', 'event', 'messageReaction', 'endOfConversation', 'installationUpdate', 'somethingNew'])(
    'a %s activity → 200 and nothing sent to the channel',
    async (type) => {
      const channel = await capture();
      const result = await send(api(), { ...messageActivity({ text: 'hola', serviceUrl: channel.url, expectReplies: false }), type });
      expect(result.status, result.text).toBe(200);
      expect(channel.requests).toEqual([]);
    },
  );

  it('an invoke the bot does not take (an Adaptive Card action) → 501, and nothing sent to the channel', async () => {
    const channel = await capture();
    const activity = {
      ...messageActivity({ text: '', serviceUrl: channel.url, expectReplies: false }),
      type: 'invoke',
      name: 'adaptiveCard/action',
    };
    const result = await send(api(), activity);
    expect(result.status, result.text).toBe(501);
    expect(channel.requests).toEqual([]);
  });
});

describe('POST /api/messages in the normal channel flow (replies POSTed to serviceUrl)', () => {
  it.each(LANGUAGES)('the funding answer in %s reaches the channel as a reply to the sent activity', async (lang) => {
    const channel = await capture();
    const conversationId = uniqueId('conv');
    const id = uniqueId('act');
    const sent = messageActivity({
      id,
      conversationId,
      text: entryText('funding', lang).questions[0]!,
      locale: lang,
      serviceUrl: channel.url,
      expectReplies: false,
    });
    const result = await send(api(), sent);
    expect(result.status, result.text).toBe(200);

    // The turn is over when /api/messages answers: every reply has been delivered by then.
    expect(channel.requests).toHaveLength(1);
    const [request] = channel.requests;
    expect(request!.method).toBe('POST');
    expect(request!.path).toBe(`/v3/conversations/${encodeURIComponent(conversationId)}/activities/${encodeURIComponent(id)}`);
    const reply = request!.body as Partial<Activity>;
    expect(reply.type).toBe('message');
    expect(reply.text).toBe(replyText('funding', lang));
    expect(reply.replyToId).toBe(id);
    expect(reply.conversation?.id).toBe(conversationId);
    expect(buttonTitles(reply)).toEqual([
      ...kb.entries.get('funding')!.followUps.map((f) => entryText(f, lang).title),
      STRINGS['feedback.up'][lang],
      STRINGS['feedback.down'][lang],
    ]);
  });
});

describe('conversationUpdate', () => {
  const update = (locale: string, membersAdded: { id: string }[], extra: Record<string, unknown> = {}) => ({
    type: 'conversationUpdate',
    id: uniqueId('act'),
    channelId: 'test',
    conversation: { id: uniqueId('conv') },
    from: { id: 'user1' },
    recipient: { id: 'bot' },
    serviceUrl: 'http://127.0.0.1:9/unused',
    locale,
    membersAdded,
    deliveryMode: 'expectReplies',
    ...extra,
  });

  it.each([
    { locale: 'fr-FR', lang: 'fr' as const },
    { locale: 'es-ES', lang: 'es' as const },
    { locale: 'en-US', lang: 'en' as const },
  ])('a person joining ($locale) gets the welcome in $lang with the main topics as buttons', async ({ locale, lang }) => {
    const messages = messagesOf(await send(api(), update(locale, [{ id: 'user1' }])));
    expect(messages).toHaveLength(1);
    expect(messages[0]!.text).toBe(STRINGS['bot.welcome'][lang]);
    expect(buttonTitles(messages[0]!)).toEqual(mainTopicButtons(kb, lang));
  });

  it('the bot itself joining gets no reply (expectReplies)', async () => {
    const activities = activitiesOf(await send(api(), update('fr-FR', [{ id: 'bot' }])));
    expect(activities.filter((a) => a.type !== 'trace')).toEqual([]);
  });

  it('the bot itself joining sends nothing to the channel (normal flow)', async () => {
    const channel = await capture();
    const result = await send(api(), update('fr-FR', [{ id: 'bot' }], { serviceUrl: channel.url, deliveryMode: undefined }));
    expect(result.status, result.text).toBe(200);
    expect(channel.requests).toEqual([]);
  });
});

describe('bad input: a short 4xx JSON error, never a 5xx, and the server keeps answering', () => {
  const good = () => messageActivity({ text: 'hola', locale: 'es' });
  const without = (path: string[]) => {
    const activity = good();
    let target = activity;
    for (const key of path.slice(0, -1)) target = target[key] as Record<string, unknown>;
    Reflect.deleteProperty(target, path[path.length - 1]!);
    return activity;
  };

  const CASES: readonly { name: string; raw: string; contentType?: string; status: number }[] = [
    { name: 'malformed JSON', raw: '{"type":"message","text": "hola"', status: 400 },
    { name: 'a text/plain body', raw: 'hola', contentType: 'text/plain', status: 415 },
    { name: 'JSON with no content type at all', raw: JSON.stringify({ type: 'message' }), contentType: '', status: 415 },
    { name: 'a JSON array', raw: JSON.stringify([good()]), status: 400 },
    { name: 'a JSON string', raw: JSON.stringify('hola'), status: 400 },
    { name: 'JSON null', raw: 'null', status: 400 },
    { name: 'an activity without conversation', raw: JSON.stringify(without(['conversation'])), status: 400 },
    { name: 'an activity without conversation.id', raw: JSON.stringify(without(['conversation', 'id'])), status: 400 },
    { name: 'an activity without type', raw: JSON.stringify(without(['type'])), status: 400 },
    { name: 'an activity without channelId', raw: JSON.stringify(without(['channelId'])), status: 400 },
    { name: 'an activity without serviceUrl', raw: JSON.stringify(without(['serviceUrl'])), status: 400 },
    { name: "serviceUrl 'ftp://x'", raw: JSON.stringify({ ...good(), serviceUrl: 'ftp://x' }), status: 400 },
    { name: 'serviceUrl not a URL', raw: JSON.stringify({ ...good(), serviceUrl: 'not a url' }), status: 400 },
    { name: 'an activity without from.id', raw: JSON.stringify(without(['from', 'id'])), status: 400 },
    { name: 'an activity without from', raw: JSON.stringify(without(['from'])), status: 400 },
    { name: 'an activity without recipient', raw: JSON.stringify(without(['recipient'])), status: 400 },
    { name: 'text that is a number', raw: JSON.stringify({ ...good(), text: 42 }), status: 400 },
    { name: 'text that is an object', raw: JSON.stringify({ ...good(), text: { value: 'hola' } }), status: 400 },
    { name: 'locale that is a number', raw: JSON.stringify({ ...good(), locale: 7 }), status: 400 },
    {
      name: 'membersAdded that is not a list',
      raw: JSON.stringify({ ...good(), type: 'conversationUpdate', membersAdded: 'user1' }),
      status: 400,
    },
  ];

  it.each(CASES)('$name → $status', async ({ raw, contentType, status }) => {
    const result = await sendRaw(api(), raw, contentType ?? 'application/json');
    expect(result.status, result.text).toBe(status);
    expectJsonError(result);
    await expectStillAnswers(app.base);
  });

  it('the body parser error does not quote the request body back', async () => {
    const marker = 'QUOTED_BACK_MARKER';
    const result = await sendRaw(api(), `{"type":"message","text":"${marker}",,}`);
    expect(result.status).toBe(400);
    expectJsonError(result);
    expect(result.text).not.toContain(marker);
  });

  it.each([
    { name: 'GET /api/messages', path: '/api/messages', method: 'GET' },
    { name: 'PUT /api/messages', path: '/api/messages', method: 'PUT' },
    { name: 'GET on an unknown path', path: '/nope', method: 'GET' },
    { name: 'POST on an unknown path', path: '/api/nope', method: 'POST' },
  ])('$name → 4xx with a JSON {error}', async ({ path, method }) => {
    const result = await send(`${app.base}${path}`, method === 'GET' ? undefined : good(), { method });
    expect(result.status).toBeGreaterThanOrEqual(400);
    expect(result.status).toBeLessThan(500);
    expectJsonError(result);
    await expectStillAnswers(app.base);
  });

  it('an unknown path is a 404', async () => {
    const result = await send(`${app.base}/definitely/not/here`);
    expect(result.status).toBe(404);
    expectJsonError(result);
  });

  describe('with MAX_BODY_BYTES 2048', () => {
    let small: Running;
    beforeAll(async () => {
      small = await start({ MAX_BODY_BYTES: '2048' });
    });
    afterAll(async () => {
      await small?.server.close(2_000);
    });

    it('a ~5 KB body → 413 with a JSON {error}, then a small request still works', async () => {
      const body = JSON.stringify(messageActivity({ text: 'x'.repeat(5_000), locale: 'es' }));
      expect(Buffer.byteLength(body)).toBeGreaterThan(2048);
      const result = await sendRaw(`${small.base}/api/messages`, body);
      expect(result.status, result.text).toBe(413);
      expectJsonError(result);
      expect(result.text).not.toContain('xxxxxxxxxx');
      await expectStillAnswers(small.base);
    });

    it('a chunked body (no Content-Length) over the limit → 413 too', async () => {
      const body = Buffer.from(JSON.stringify(messageActivity({ text: 'x'.repeat(5_000), locale: 'es' })));
      const result = await new Promise<HttpResult>((resolve, reject) => {
        const req = httpRequest(
          `${small.base}/api/messages`,
          { method: 'POST', agent: false, headers: { 'content-type': 'application/json', 'transfer-encoding': 'chunked' } },
          (res) => {
            let text = '';
            res.setEncoding('utf8').on('data', (d: string) => (text += d));
            res.on('end', () =>
              resolve({
                status: res.statusCode ?? 0,
                contentType: res.headers['content-type'] ?? '',
                text,
                json: JSON.parse(text) as unknown,
              }),
            );
          },
        );
        req.on('error', reject);
        for (let i = 0; i < body.length; i += 1_000) req.write(body.subarray(i, i + 1_000));
        req.end();
      });
      expect(result.status, result.text).toBe(413);
      expectJsonError(result);
      await expectStillAnswers(small.base);
    });

    it('a body just under the limit is accepted', async () => {
      const activity = messageActivity({ text: '', locale: 'es' });
      const room = 2048 - Buffer.byteLength(JSON.stringify(activity)) - 10;
      const body = JSON.stringify({ ...activity, text: `${entryText('funding', 'es').questions[0]} ${'a'.repeat(room - 40)}` });
      expect(Buffer.byteLength(body)).toBeLessThanOrEqual(2048);
      const result = await sendRaw(`${small.base}/api/messages`, body);
      expect(result.status, result.text).toBe(200);
      expect(messagesOf(result)).toHaveLength(1);
    });
  });
});

describe('long and hostile text', () => {
  it('a 20,000-character message is answered with one message', async () => {
    const question = entryText('funding', 'es').questions[0]!;
    const text = `${question} `.repeat(Math.ceil(20_000 / (question.length + 1))).slice(0, 20_000);
    expect(text).toHaveLength(20_000);
    const result = await send(api(), messageActivity({ text, locale: 'es-ES' }));
    const messages = messagesOf(result);
    expect(messages).toHaveLength(1);
    expect(typeof messages[0]!.text).toBe('string');
    expect(messages[0]!.text!.length).toBeGreaterThan(0);
    expect(ERROR_TEXTS).not.toContain(messages[0]!.text);
  });

  const HOSTILE = [
    '<script>alert(1)</script> <b>hola</b> ¿qué es MIEUX+?',
    '<img src=x onerror=alert(1)> What is MIEUX+?',
    '[click](javascript:alert(1)) **bold** qui finance MIEUX+ ?',
    '<script>alert(1)</script>',
  ];

  it.each(HOSTILE)('%s is never echoed back (expectReplies)', async (text) => {
    const result = await send(api(), messageActivity({ text, locale: 'es' }));
    const messages = messagesOf(result);
    expect(messages.length).toBeGreaterThan(0);
    for (const m of messages) {
      expect(m.text).not.toContain('<script');
      expect(m.text).not.toContain('alert(1)');
      expect(m.text).not.toContain(text);
      expect(ERROR_TEXTS).not.toContain(m.text);
    }
    expect(result.text).not.toContain('<script');
    expect(result.text).not.toContain('alert(1)');
    // Nor does any log line carry it.
    expect(JSON.stringify(app.logs)).not.toContain('alert(1)');
  });

  it('markup is not echoed back in the normal flow either', async () => {
    const channel = await capture();
    const text = HOSTILE[0]!;
    const result = await send(api(), messageActivity({ text, locale: 'es', serviceUrl: channel.url, expectReplies: false }));
    expect(result.status, result.text).toBe(200);
    expect(channel.requests.length).toBeGreaterThan(0);
    for (const request of channel.requests) {
      const serialized = JSON.stringify(request.body);
      expect(serialized).not.toContain('<script');
      expect(serialized).not.toContain('alert(1)');
    }
  });
});

describe('concurrency', () => {
  it('10 messages sent at once to one conversation are each answered with one message', async () => {
    const conversationId = uniqueId('conv');
    const ids = [...kb.entries.keys()].filter((id) => id !== kb.conversation.personalCaseEntry).slice(0, 10);
    expect(ids).toHaveLength(10);
    const logsBefore = app.logs.length;
    const results = await Promise.all(
      ids.map((id) => send(api(), messageActivity({ conversationId, text: entryText(id, 'es').questions[0]!, locale: 'es-ES' }))),
    );
    results.forEach((result, i) => {
      const messages = messagesOf(result);
      expect(messages, `reply to the ${ids[i]} question`).toHaveLength(1);
      expect(ERROR_TEXTS).not.toContain(messages[0]!.text);
      expect(messages[0]!.text, `reply to the ${ids[i]} question`).toBe(replyText(ids[i]!, 'es'));
    });
    const errors = app.logs.slice(logsBefore).filter((l) => l.level === 'error' || l.level === 'warn');
    expect(errors).toEqual([]);
  });

  it('messages to different conversations at once are all answered', async () => {
    const results = await Promise.all(
      LANGUAGES.flatMap((lang) =>
        [0, 1, 2].map(() => send(api(), messageActivity({ text: entryText('funding', lang).questions[0]!, locale: lang }))),
      ),
    );
    const texts = results.map((r) => messagesOf(r).map((m) => m.text));
    expect(texts).toEqual(LANGUAGES.flatMap((lang) => [0, 1, 2].map(() => [replyText('funding', lang)])));
  });
});

describe('a channel that cannot be reached', () => {
  // botbuilder retries a refused connection (~3 attempts with back-off), and the turn error
  // handler then retries its apology to the same channel: the 502 takes 10-13 s here. The
  // per-test timeout is raised for this one test only; see the report for the finding.
  it('→ 502 with a short {error} that leaks no detail, and the server keeps working', { timeout: 19_500 }, async () => {
    const port = await closedPort();
    const conversationId = uniqueId('conv');
    let settled = false;
    const pending = send(
      api(),
      messageActivity({
        conversationId,
        text: entryText('funding', 'es').questions[0]!,
        locale: 'es',
        serviceUrl: `http://127.0.0.1:${port}`,
        expectReplies: false,
      }),
      { timeoutMs: 18_000 },
    )
      .catch((error: unknown) => (error instanceof Error ? error : new Error(String(error))))
      .finally(() => {
        settled = true;
      });

    // While that turn is stuck on the dead channel, other conversations are still answered.
    await expectStillAnswers(app.base);
    expect(settled).toBe(false);

    const result = await pending;
    if (result instanceof Error) throw new Error(`the request failed: ${result.message}`, { cause: result });
    expect(result.status, result.text).toBe(502);
    expectJsonError(result);
    const error = (result.json as { error: string }).error;
    expect(error.length).toBeLessThan(120);
    expect(result.text).not.toMatch(/ECONNREFUSED/i);
    expect(result.text).not.toContain(String(port));
    expect(result.text).not.toMatch(/\bat .+:\d+:\d+/); // no stack frames
    expect(result.text).not.toContain(replyText('funding', 'es').slice(0, 30));
    const failures = app.logs.filter((l) => l.msg === 'turn failed');
    expect(failures.length).toBeGreaterThan(0);
    expect(JSON.stringify(failures)).not.toContain(String(port));

    await expectStillAnswers(app.base);
    // The same conversation, now through a channel that works, is answered normally.
    const channel = await capture();
    const again = await send(
      api(),
      messageActivity({
        conversationId,
        text: entryText('funding', 'es').questions[0]!,
        locale: 'es',
        serviceUrl: channel.url,
        expectReplies: false,
      }),
    );
    expect(again.status, again.text).toBe(200);
    expect(channel.requests.map((r) => (r.body as Partial<Activity>).text)).toEqual([replyText('funding', 'es')]);
  });
});
