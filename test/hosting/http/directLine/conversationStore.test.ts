import { describe, expect, it } from 'vitest';
import {
  clientKey,
  ConversationStore,
  type Conversation,
  type ConversationStoreOptions,
} from '../../../../src/hosting/http/directLine/conversationStore';

function store(options: Partial<ConversationStoreOptions> = {}) {
  let clock = 0;
  const s = new ConversationStore({
    ttlMs: 60_000,
    maxConversations: 10,
    maxConversationsPerClient: 10,
    idleReclaimMs: 5_000,
    maxActivitiesPerConversation: 100,
    maxCharsPerConversation: 1_000_000,
    maxChars: 10_000_000,
    now: () => clock,
    ...options,
  });
  return { s, advance: (ms: number) => (clock += ms) };
}

function open(s: ConversationStore, id: string, client = 'client-a', locale?: string): Conversation {
  const created = s.create(id, 'u', locale, client);
  if (!created.ok) throw new Error(`could not create ${id}: ${created.reason}`);
  return created.conversation;
}

/** The texts of the activities a poll after `watermark` returns, and its watermark. */
function poll(s: ConversationStore, c: Conversation, watermark: number): { texts: unknown[]; ids: unknown[]; watermark: string } {
  const page = JSON.parse(s.since(c, watermark).json) as { activities: { text?: unknown; id?: unknown }[]; watermark: string };
  return { texts: page.activities.map((a) => a.text), ids: page.activities.map((a) => a.id), watermark: page.watermark };
}

describe('ConversationStore: activities and watermarks', () => {
  it('numbers activities per conversation and pages them by watermark', () => {
    const { s } = store();
    const c = open(s, 'c1', 'client-a', 'fr-FR');
    expect(c.locale).toBe('fr-FR');
    expect(s.append(c, { type: 'message', text: 'a' })).toBe('c1|0000001');
    s.append(c, { type: 'message', text: 'b' });
    expect(poll(s, c, 0)).toEqual({ texts: ['a', 'b'], ids: ['c1|0000001', 'c1|0000002'], watermark: '2' });
    expect(poll(s, c, 1).texts).toEqual(['b']);
    expect(poll(s, c, 2)).toEqual({ texts: [], ids: [], watermark: '2' });
    // A watermark from the future is not an error: there is simply nothing after it.
    expect(poll(s, c, 99)).toEqual({ texts: [], ids: [], watermark: '2' });
  });

  it('drops what the page has acknowledged with its watermark; a poll with the same watermark again still gets the rest', () => {
    const { s } = store();
    const c = open(s, 'c1');
    for (const text of ['1', '2', '3']) s.append(c, { text });
    expect(poll(s, c, 2).texts).toEqual(['3']);
    expect(c.activities).toHaveLength(1);
    // The page's response was lost: it asks again from the watermark it has.
    expect(poll(s, c, 2).texts).toEqual(['3']);
    expect(poll(s, c, 3).texts).toEqual([]);
    expect(c.chars).toBe(0);
    expect(s.chars).toBe(0);
  });

  it('keeps at most maxActivitiesPerConversation not yet acknowledged; watermarks stay valid', () => {
    const { s } = store({ maxActivitiesPerConversation: 3 });
    const c = open(s, 'c1');
    for (const text of ['1', '2', '3', '4', '5']) s.append(c, { text });
    expect(poll(s, c, 0).texts).toEqual(['3', '4', '5']);
    expect(poll(s, c, 3).texts).toEqual(['4', '5']);
    expect(poll(s, c, 4)).toMatchObject({ texts: ['5'], watermark: '5' });
  });

  it('keeps at most maxCharsPerConversation of JSON not yet acknowledged', () => {
    const { s } = store({ maxCharsPerConversation: 1_000 });
    const c = open(s, 'c1');
    for (let i = 0; i < 20; i += 1) s.append(c, { text: `${i}`.padEnd(200, '.') });
    expect(c.chars).toBeLessThanOrEqual(1_000);
    expect(c.activities.length).toBeGreaterThan(0);
    expect(poll(s, c, 0).texts.at(-1)).toMatch(/^19/);
  });
});

describe('ConversationStore: expiry', () => {
  it('forgets a conversation ttlMs after its last activity', () => {
    const { s, advance } = store({ ttlMs: 1000 });
    const kept = open(s, 'kept');
    open(s, 'idle');
    advance(900);
    s.touch(kept);
    advance(100);
    expect(s.get('idle')).toBeUndefined();
    expect(s.get('kept')).toBe(kept);
    advance(899);
    expect(s.get('kept')).toBe(kept);
    advance(1);
    expect(s.get('kept')).toBeUndefined();
    expect(s.size).toBe(0);
    expect(s.heldBy('client-a')).toBe(0);
  });
});

describe('ConversationStore: one client cannot take every conversation', () => {
  it('a client holds at most maxConversationsPerClient; other clients still get theirs', () => {
    const { s } = store({ maxConversations: 100, maxConversationsPerClient: 3 });
    for (const id of ['a1', 'a2', 'a3']) open(s, id, 'attacker');
    const refused = s.create('a4', 'u', undefined, 'attacker');
    expect(refused).toEqual({ ok: false, reason: 'client', retryAfterSeconds: 5 });
    expect(s.create('v1', 'u', undefined, 'visitor').ok).toBe(true);
    expect(s.heldBy('attacker')).toBe(3);
  });

  it("past its share, a client's own idle conversation makes room for its new one", () => {
    const { s, advance } = store({ maxConversationsPerClient: 2, idleReclaimMs: 5_000 });
    open(s, 'old', 'office');
    advance(1_000);
    open(s, 'recent', 'office');
    advance(4_000);
    expect(s.create('new', 'u', undefined, 'office').ok).toBe(true);
    expect(s.get('old')).toBeUndefined();
    expect(s.get('recent')).toBeDefined();
  });

  it('when the store is full, the least recently active idle conversation makes room', () => {
    const { s, advance } = store({ maxConversations: 2, idleReclaimMs: 5_000 });
    open(s, 'a', 'client-a');
    open(s, 'b', 'client-b');
    advance(5_000);
    s.touch(s.get('a')!);
    expect(s.create('c', 'u', undefined, 'client-c').ok).toBe(true);
    expect(s.get('b')).toBeUndefined();
    expect(s.get('a')).toBeDefined();
    expect(s.heldBy('client-b')).toBe(0);
  });

  it('when the store is full of active conversations, a start is refused with the seconds until one turns idle, not until it expires', () => {
    const { s, advance } = store({ ttlMs: 30 * 60_000, maxConversations: 2, idleReclaimMs: 5 * 60_000 });
    open(s, 'a', 'client-a');
    advance(60_000);
    open(s, 'b', 'client-b');
    expect(s.create('c', 'u', undefined, 'client-c')).toEqual({ ok: false, reason: 'full', retryAfterSeconds: 4 * 60 });
  });
});

describe('ConversationStore: the memory budget', () => {
  it('however many conversations grow without ever polling, all together hold at most maxChars', () => {
    const { s, advance } = store({
      maxConversations: 1_000,
      maxConversationsPerClient: 1_000,
      maxCharsPerConversation: 8_000,
      maxChars: 50_000,
    });
    const text = 'x'.repeat(900);
    for (let n = 0; n < 200; n += 1) {
      const c = open(s, `c${n}`);
      for (let i = 0; i < 10; i += 1) {
        s.append(c, { type: 'message', text });
        expect(s.chars).toBeLessThanOrEqual(50_000);
      }
      advance(10);
    }
    expect(s.chars).toBeGreaterThan(40_000);
  });

  it('over the budget, idle conversations go before anything of an active one', () => {
    const { s, advance } = store({ maxChars: 5_000, idleReclaimMs: 5_000 });
    const idle = open(s, 'idle');
    s.append(idle, { text: 'i'.repeat(2_000) });
    advance(5_000);
    const active = open(s, 'active');
    s.append(active, { text: 'a'.repeat(2_000) });
    s.append(active, { text: 'b'.repeat(2_000) });
    expect(s.get('idle')).toBeUndefined();
    expect(poll(s, active, 0).texts).toEqual(['a'.repeat(2_000), 'b'.repeat(2_000)]);
  });

  it('over the budget with nothing idle, the conversation holding the most loses its oldest activities first', () => {
    const { s } = store({ maxChars: 6_000 });
    const quiet = open(s, 'quiet');
    s.append(quiet, { text: 'hello' });
    const flood = open(s, 'flood');
    for (let i = 0; i < 10; i += 1) s.append(flood, { text: `${i}`.padEnd(1_000, '.') });
    expect(poll(s, quiet, 0).texts).toEqual(['hello']);
    expect(s.chars).toBeLessThanOrEqual(6_000);
    expect(poll(s, flood, 0).texts.at(-1)).toMatch(/^9/);
  });
});

describe('clientKey', () => {
  it.each([
    ['203.0.113.7', '203.0.113.7'],
    ['::ffff:203.0.113.7', '203.0.113.7'],
    ['2001:db8:1:2:3:4:5:6', '2001:db8:1:2::/64'],
    ['2001:db8:1:2:ffff::1', '2001:db8:1:2::/64'],
    ['2001:db8::1', '2001:db8:0:0::/64'],
    ['2001:0db8:0001:0002::9', '2001:db8:1:2::/64'],
    ['::1', '0:0:0:0::/64'],
  ])('%s counts as %s', (address, key) => {
    expect(clientKey(address)).toBe(key);
  });
});
