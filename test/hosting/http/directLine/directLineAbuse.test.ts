/**
 * The embedded Direct Line under hostile traffic: one address opening every conversation it
 * can, messages far larger than chat, and pages that post without ever polling. Tokens are easy
 * to get outside a browser (the Origin header can be forged), so none of this needs a browser.
 */
import { readFileSync } from 'node:fs';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { botReplies, dl, openConversation, startBot, type DirectLineConversation, type RunningBot } from '../../../support/directLine';
import { startChildBot, type ChildBot } from '../../../support/childBot';

const running: RunningBot[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((r) => r.close()));
});

async function started(env: Record<string, string>): Promise<RunningBot> {
  const bot = await startBot(env);
  running.push(bot);
  return bot;
}

describe('one address cannot lock every visitor out', () => {
  it('it gets DIRECTLINE_MAX_CONVERSATIONS_PER_CLIENT conversations at most; a visitor from another address still gets one', async () => {
    const bot = await started({
      DIRECTLINE_MAX_CONVERSATIONS: '30',
      DIRECTLINE_MAX_CONVERSATIONS_PER_CLIENT: '5',
      RATE_LIMIT_IP_PER_MINUTE: '0',
    });
    const statuses: number[] = [];
    for (let i = 0; i < 30; i += 1) statuses.push((await openConversation(bot.base, 'en-US', '127.0.0.21')).started.status);
    expect(statuses.filter((s) => s === 201)).toHaveLength(5);
    expect(statuses.slice(5).every((s) => s === 429)).toBe(true);

    const visitor = await openConversation(bot.base, 'en-US', '127.0.0.22');
    expect(visitor.started.status).toBe(201);
    expect((await visitor.conversation.say('Who funds MIEUX+?')).status).toBe(200);
  });

  it('a refusal says to come back when an idle conversation can make room, not in half an hour', async () => {
    const bot = await started({ DIRECTLINE_MAX_CONVERSATIONS: '2', DIRECTLINE_CONVERSATION_TTL_MS: '1800000' });
    await openConversation(bot.base, 'en-US', '127.0.0.23');
    await openConversation(bot.base, 'en-US', '127.0.0.24');
    const refused = (await openConversation(bot.base, 'en-US', '127.0.0.25')).started;
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeLessThanOrEqual(5 * 60);
  });
});

describe('messages fit for chat', () => {
  it('a message of more than 4,000 characters is refused with 400; one of 4,000 is answered', async () => {
    const bot = await started({});
    const { conversation } = await openConversation(bot.base, 'en-US');
    const long = await conversation.post({ type: 'message', text: 'x'.repeat(4_001) });
    expect(long.status, long.text.slice(0, 200)).toBe(400);
    expect(long.text).toMatch(/4000/);
    expect((await conversation.post({ type: 'message', text: 'y'.repeat(4_000) })).status).toBe(200);
  });

  it('a body of hundreds of kilobytes is refused (413) before it is read into a conversation', async () => {
    const bot = await started({});
    const { conversation } = await openConversation(bot.base, 'en-US');
    const huge = await conversation.post({ type: 'message', text: 'z'.repeat(200_000) });
    expect(huge.status).toBe(413);
  });
});

describe('acknowledged activities are dropped', () => {
  it('once the page has polled past them, a poll from an earlier watermark no longer returns them', async () => {
    const bot = await started({});
    const { conversation } = await openConversation(bot.base, 'en-US');
    await botReplies(conversation);
    const seen = conversation.watermark;
    await conversation.say('Who funds MIEUX+?');
    await botReplies(conversation);
    const fromStart = await conversation.get('0');
    expect(fromStart.status).toBe(200);
    // Only what came after the watermark the page acknowledged last is still held.
    expect(fromStart.json.activities.every((a) => Number(a.id.split('|')[1]) > Number(seen))).toBe(true);
  });
});

/** Resident set size of a process, from /proc (Linux). */
function rssOf(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/^VmRSS:\s+(\d+) kB/m.exec(status)?.[1] ?? 0) * 1024;
}

describe('memory under a flood of messages that are never polled', () => {
  let child: ChildBot | undefined;
  afterAll(async () => {
    await child?.kill();
  });

  it(
    'the process stays up, with a heap of 128 MB, and its RSS grows by less than three times the transcript budget plus 32 MB',
    { timeout: 180_000 },
    async () => {
      const BUDGET_MB = 4;
      child = await startChildBot(
        { RATE_LIMIT_IP_PER_MINUTE: '0', RATE_LIMIT_MESSAGES_PER_MINUTE: '0', DIRECTLINE_MEMORY_MB: String(BUDGET_MB) },
        30_000,
        ['--max-old-space-size=128'],
      );
      const pid = child.process.pid!;
      const base = `http://127.0.0.1:${child.port}`;
      const exited = () => child?.exit !== undefined;
      const output = () => (child ? child.stdout.join('') + child.stderr.join('') : '');

      // Warm up: a few ordinary conversations, then the baseline.
      for (let i = 0; i < 5; i += 1) {
        const { conversation } = await openConversation(base, 'en-US', '127.0.0.30');
        await conversation.say('Who funds MIEUX+?');
        await botReplies(conversation);
      }
      const baseline = rssOf(pid);

      // The flood: from 10 addresses, as many conversations each as they may open, each sent as
      // many of the largest messages as the server accepts, never polled.
      const largest = async (conversation: DirectLineConversation): Promise<string> => {
        for (const size of [200_000, 30_000, 4_000]) {
          const text = 'w'.repeat(size);
          if ((await conversation.post({ type: 'message', text })).status === 200) return text;
        }
        throw new Error('no message size was accepted');
      };
      let posted = 0;
      let postedChars = 0;
      for (let address = 0; address < 10 && !exited(); address += 1) {
        const from = `127.0.1.${address + 1}`;
        for (let n = 0; n < 20 && !exited(); n += 1) {
          const opened = await openConversation(base, 'en-US', from).catch(() => undefined);
          if (!opened || opened.started.status !== 201) break;
          const text = await largest(opened.conversation).catch(() => '');
          for (let i = 0; i < 10 && text && !exited(); i += 1) {
            const result = await opened.conversation.post({ type: 'message', text }).catch(() => undefined);
            if (result?.status === 200) {
              posted += 1;
              postedChars += text.length;
            }
          }
        }
      }
      expect(exited(), `the bot died after ${posted} messages: ${output().slice(-1500)}`).toBe(false);
      // The flood was real: far more text than the budget was accepted.
      expect(postedChars).toBeGreaterThan(BUDGET_MB * 1024 * 1024);
      const health = await dl(`${base}/healthz`);
      expect(health.status).toBe(200);
      const grown = rssOf(pid) - baseline;
      expect(
        grown,
        `RSS grew by ${(grown / 1048576).toFixed(1)} MB after ${posted} messages (${(postedChars / 1048576).toFixed(1)} M characters)`,
      ).toBeLessThan((BUDGET_MB * 3 + 32) * 1024 * 1024);

      // A visitor is still served.
      const visitor = await openConversation(base, 'en-US', '127.0.0.40');
      expect(visitor.started.status).toBe(201);
      await visitor.conversation.say('Who funds MIEUX+?');
      expect((await botReplies(visitor.conversation)).length).toBeGreaterThan(0);
    },
  );
});
