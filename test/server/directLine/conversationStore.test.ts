import { describe, expect, it } from 'vitest';
import { ConversationStore } from '../../../src/server/directLine/conversationStore';

function store(options: { ttlMs?: number; max?: number; perConversation?: number } = {}) {
  let clock = 0;
  const s = new ConversationStore({
    ttlMs: options.ttlMs ?? 1000,
    maxConversations: options.max ?? 10,
    maxActivitiesPerConversation: options.perConversation ?? 100,
    now: () => clock,
  });
  return { s, advance: (ms: number) => (clock += ms) };
}

describe('ConversationStore', () => {
  it('numbers activities per conversation and pages them by watermark', () => {
    const { s } = store();
    const c = s.create('c1', 'u', 'fr-FR')!;
    expect(c.locale).toBe('fr-FR');
    const first = s.append(c, { type: 'message', text: 'a' });
    s.append(c, { type: 'message', text: 'b' });
    expect(first.id).toBe('c1|0000001');
    expect(s.since(c, 0)).toEqual({ activities: [first, c.activities[1]], watermark: '2' });
    expect(s.since(c, 1).activities.map((a) => a.text)).toEqual(['b']);
    expect(s.since(c, 2)).toEqual({ activities: [], watermark: '2' });
    // A watermark from the future is not an error: there is simply nothing after it.
    expect(s.since(c, 99)).toEqual({ activities: [], watermark: '2' });
  });

  it('keeps only the newest activities of a long conversation; watermarks stay valid', () => {
    const { s } = store({ perConversation: 3 });
    const c = s.create('c1', 'u', undefined)!;
    for (const text of ['1', '2', '3', '4', '5']) s.append(c, { text });
    expect(c.activities.map((a) => a.text)).toEqual(['3', '4', '5']);
    expect(s.since(c, 0).activities.map((a) => a.text)).toEqual(['3', '4', '5']);
    expect(s.since(c, 3).activities.map((a) => a.text)).toEqual(['4', '5']);
    expect(s.since(c, 4)).toEqual({ activities: [c.activities[2]], watermark: '5' });
  });

  it('forgets a conversation ttlMs after its last activity', () => {
    const { s, advance } = store({ ttlMs: 1000 });
    const kept = s.create('kept', 'u', undefined)!;
    s.create('idle', 'u', undefined);
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
  });

  it('refuses a new conversation when full, and says when the oldest will make room', () => {
    const { s, advance } = store({ ttlMs: 10_000, max: 2 });
    s.create('a', 'u', undefined);
    advance(3000);
    s.create('b', 'u', undefined);
    expect(s.create('c', 'u', undefined)).toBeUndefined();
    expect(s.retryAfterSeconds()).toBe(7);
    advance(7000);
    expect(s.create('c', 'u', undefined)).toBeDefined();
    expect(s.size).toBe(2);
  });
});
