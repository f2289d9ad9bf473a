import { describe, expect, it } from 'vitest';
import { TranscriptStore, keepable, transcriptKey } from '../../src/widget/transcript';

class MemoryStorage {
  readonly items = new Map<string, string>();
  full = false;
  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    if (this.full) throw new DOMException('quota', 'QuotaExceededError');
    this.items.set(key, value);
  }
  removeItem(key: string): void {
    this.items.delete(key);
  }
}

const KEY = transcriptKey('https://bot.example/');
const message = (id: string, text = `text ${id}`, role = 'bot') => ({ id, type: 'message', from: { id: role, role }, text });
const ids = (store: TranscriptStore, conversationId = 'c1') => store.load(conversationId).map((a) => a.id);

describe('TranscriptStore', () => {
  it("keeps the visitor's and the bot's messages in order, under one key per bot", () => {
    const storage = new MemoryStorage();
    const store = new TranscriptStore(storage, KEY);
    store.add('c1', message('1', 'funding?', 'user'));
    store.add('c1', message('2', 'the answer'));
    expect(store.load('c1')).toEqual([
      { id: '1', type: 'message', from: { id: 'user', role: 'user' }, text: 'funding?' },
      { id: '2', type: 'message', from: { id: 'bot', role: 'bot' }, text: 'the answer' },
    ]);
    expect([...storage.items.keys()]).toEqual([KEY]);
  });

  it('keeps an activity replayed with the same id once, in its newest form', () => {
    const store = new TranscriptStore(new MemoryStorage(), KEY);
    store.add('c1', message('1'));
    store.add('c1', message('2'));
    store.add('c1', message('1', 'edited'));
    expect(store.load('c1').map((a) => [a.id, a.text])).toEqual([
      ['2', 'text 2'],
      ['1', 'edited'],
    ]);
  });

  it('keeps only the last activities, dropping the oldest', () => {
    const store = new TranscriptStore(new MemoryStorage(), KEY, { maxActivities: 3, maxBytes: 1_000_000 });
    for (const id of ['1', '2', '3', '4', '5']) store.add('c1', message(id));
    expect(ids(store)).toEqual(['3', '4', '5']);
  });

  it('keeps under the byte cap, dropping the oldest; a message alone over it is not kept', () => {
    const storage = new MemoryStorage();
    const store = new TranscriptStore(storage, KEY, { maxActivities: 50, maxBytes: 600 });
    for (const id of ['1', '2', '3', '4']) store.add('c1', message(id, 'x'.repeat(150)));
    expect(ids(store)).toEqual(['3', '4']);
    expect(new TextEncoder().encode(storage.items.get(KEY)).length).toBeLessThanOrEqual(600);
    store.add('c1', message('big', 'é'.repeat(400)));
    expect(ids(store)).toEqual([]);
  });

  it('keeps nothing of an earlier conversation: a new one starts its own transcript', () => {
    const store = new TranscriptStore(new MemoryStorage(), KEY);
    store.add('c1', message('1'));
    expect(ids(store, 'c2')).toEqual([]);
    store.add('c2', message('a'));
    expect(ids(store, 'c2')).toEqual(['a']);
    expect(ids(store, 'c1')).toEqual([]);
    store.clear();
    expect(ids(store, 'c2')).toEqual([]);
  });

  it('works without storage, with storage full, and with a damaged record', () => {
    expect(() => new TranscriptStore(undefined, KEY).add('c1', message('1'))).not.toThrow();
    const storage = new MemoryStorage();
    const store = new TranscriptStore(storage, KEY);
    store.add('c1', message('1'));
    storage.full = true;
    store.add('c1', message('2'));
    expect(ids(store)).toEqual(['1']);
    storage.items.set(KEY, '{not json');
    expect(store.load('c1')).toEqual([]);
  });
});

describe('keepable', () => {
  it('keeps messages Web Chat shows, not typing, events, empty or id-less messages', () => {
    expect(keepable({ id: '1', type: 'typing' })).toBeUndefined();
    expect(keepable({ id: '1', type: 'event', name: 'x' })).toBeUndefined();
    expect(keepable({ id: '1', type: 'message', text: '' })).toBeUndefined();
    expect(keepable({ type: 'message', text: 'no id yet' })).toBeUndefined();
    expect(
      keepable({ id: '1', type: 'message', attachments: [{ contentType: 'image/png', contentUrl: 'https://x/y.png' }] }),
    ).toBeDefined();
  });

  it("leaves out suggested actions, channel data and a card's buttons that answer the bot; links stay", () => {
    const kept = keepable({
      id: '1',
      type: 'message',
      text: 'ready',
      channelData: { clientActivityID: 'x' },
      conversation: { id: 'c1' },
      suggestedActions: { actions: [{ type: 'imBack', title: 'Yes', value: 'Yes' }] },
      attachments: [
        {
          contentType: 'application/vnd.microsoft.card.hero',
          content: {
            title: '',
            tap: { type: 'imBack', value: 'Yes' },
            buttons: [
              { type: 'openUrl', title: 'Write', value: 'mailto:team@example.org' },
              { type: 'imBack', title: 'Yes', value: 'Yes' },
              { type: 'messageBack', title: 'No', text: 'No' },
              { type: 'postBack', title: 'Send', value: { send: true } },
            ],
          },
        },
      ],
    });
    expect(kept).toEqual({
      id: '1',
      type: 'message',
      text: 'ready',
      attachments: [
        {
          contentType: 'application/vnd.microsoft.card.hero',
          content: { title: '', buttons: [{ type: 'openUrl', title: 'Write', value: 'mailto:team@example.org' }] },
        },
      ],
    });
  });
});
