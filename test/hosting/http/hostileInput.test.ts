/**
 * Hostile request bodies, against the real entry point in a child process so that every line it
 * writes — its own logs and any library's — is seen: deeply nested JSON, fields the bot does not
 * use, attacker-chosen values that could reach a log line before authentication.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dl, openConversation } from '../../support/directLine';
import { messageActivity, send, uniqueId } from '../../support/http';
import { startChildBot, type ChildBot } from '../../support/childBot';

let child: ChildBot;
let base = '';
beforeAll(async () => {
  child = await startChildBot({ RATE_LIMIT_IP_PER_MINUTE: '0', LOG_LEVEL: 'debug' });
  base = `http://127.0.0.1:${child.port}`;
}, 30_000);
afterAll(async () => {
  await child?.kill();
});

/** `{"a":{"a":…"x"…}}`, `depth` levels deep. */
function nested(depth: number): unknown {
  let value: unknown = 'x';
  for (let i = 0; i < depth; i += 1) value = { a: value };
  return value;
}

const DEEP = '__deep__';
/** The body as JSON with `{"a":…}` 5,000 levels deep where DEEP stands (written out: JSON.stringify would overflow the stack). */
const withDeep = (body: unknown): string => JSON.stringify(body).replace(`"${DEEP}"`, `${'{"a":'.repeat(5_000)}"x"${'}'.repeat(5_000)}`);

const SECRET_HEADER = 'Bearer secret-token-that-must-never-be-logged';
const TYPED = 'a sentence the person typed that must never be logged';

/** Everything the process wrote, stdout and stderr. */
const output = () => child.stdout.join('') + child.stderr.join('');

describe('deeply nested JSON on /api/messages', () => {
  it.each(['conversation', 'from', 'recipient', 'channelData', 'value', 'entities'])(
    '5,000 levels inside %s: 400, and neither the token nor the text in any log line',
    async (field) => {
      const activity = messageActivity({ text: TYPED, conversationId: uniqueId('deep') });
      const deep = DEEP;
      if (field === 'conversation' || field === 'from' || field === 'recipient') (activity[field] as Record<string, unknown>).extra = deep;
      else activity[field] = field === 'entities' ? [deep] : deep;
      const before = output().length;
      const result = await send(`${base}/api/messages`, undefined, { raw: withDeep(activity), headers: { authorization: SECRET_HEADER } });
      expect(result.status, result.text.slice(0, 300)).toBe(400);
      expect(result.text).toMatch(/nested|deep/i);
      // The server is still well.
      expect((await send(`${base}/healthz`)).status).toBe(200);
      const written = output().slice(before);
      expect(written).not.toContain('secret-token');
      expect(written).not.toContain(TYPED);
    },
  );

  it('an object with too many members is refused (400), however shallow', async () => {
    const activity = messageActivity({ conversationId: uniqueId('wide') });
    activity.channelData = Object.fromEntries(Array.from({ length: 10_000 }, (_, i) => [`k${i}`, i]));
    const result = await send(`${base}/api/messages`, activity);
    expect(result.status, result.text.slice(0, 300)).toBe(400);
  });

  it('fields the bot does not use never reach the reply: the reply carries only what the channel needs', async () => {
    const activity = messageActivity({ text: 'What is MIEUX+?', conversationId: uniqueId('extra'), locale: 'en-US' });
    (activity.conversation as Record<string, unknown>).injected = { note: 'x'.repeat(1_000) };
    (activity.from as Record<string, unknown>).injected = 'y';
    activity.injectedTopLevel = { deep: nested(10) };
    const result = await send(`${base}/api/messages`, activity);
    expect(result.status, result.text.slice(0, 300)).toBe(200);
    expect(result.text).not.toContain('injected');
  });

  it('a well-formed activity at the depth real channels use (Teams channelData) is still answered', async () => {
    const activity = messageActivity({ text: 'What is MIEUX+?', conversationId: uniqueId('teamsish'), locale: 'en-US' });
    activity.channelData = {
      tenant: { id: 't' },
      team: { id: 'tm', name: 'x' },
      channel: { id: 'c' },
      settings: { selectedChannel: { id: 'c' } },
    };
    activity.entities = [{ type: 'clientInfo', locale: 'en-US', country: 'US', platform: 'Web' }];
    const result = await send(`${base}/api/messages`, activity);
    expect(result.status, result.text.slice(0, 300)).toBe(200);
  });
});

describe('attacker-chosen values before authentication', () => {
  it.each([
    ['a 100 KB channelId', { channelId: 'c'.repeat(100_000) }],
    ['a channelId with control characters', { channelId: 'test\n{"level":"error","msg":"forged"}' }],
    ['a 100 KB activity type', { type: 't'.repeat(100_000) }],
    ['an id that is an object', { id: { not: 'a string' } }],
    ['a 10 KB activity id', { id: 'i'.repeat(10_000) }],
  ])('%s: 400, and nothing of it in the logs', async (_kind, override) => {
    const activity = { ...messageActivity({ conversationId: uniqueId('bounded') }), ...override };
    const before = output().length;
    const result = await send(`${base}/api/messages`, activity);
    expect(result.status, result.text.slice(0, 300)).toBe(400);
    const written = output().slice(before);
    expect(written).not.toMatch(/c{200}|t{200}|i{200}|forged|not: 'a string'|"not":"a string"/);
    // Every line written is bounded.
    for (const line of written.split('\n')) expect(line.length).toBeLessThan(2_000);
  });
});

describe('deeply nested JSON on the embedded Direct Line', () => {
  it('a nested value is refused (400) and the conversation keeps working', async () => {
    const { conversation } = await openConversation(base, 'en-US');
    const refused = await dl(`${conversation.url}/activities`, {
      token: conversation.token,
      raw: withDeep({ type: 'message', text: 'hi', value: DEEP }),
    });
    expect(refused.status, refused.text).toBe(400);
    const deepEvent = await conversation.post({ type: 'event', name: 'x', value: nested(100) });
    expect(deepEvent.status, deepEvent.text).toBe(400);
    expect((await conversation.say('What is MIEUX+?')).status).toBe(200);
    const polled = await conversation.get('');
    expect(polled.status, polled.text).toBe(200);
  });

  it('a shallow value from a card button is still accepted', async () => {
    const { conversation } = await openConversation(base, 'en-US');
    const posted = await conversation.post({ type: 'message', text: 'x', value: { feedback: 'up', token: 'abc' } });
    expect(posted.status, posted.text).toBe(200);
    expect((await dl(`${conversation.url}/activities`, { token: conversation.token })).status).toBe(200);
  });
});
