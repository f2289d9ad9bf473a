import { describe, expect, it } from 'vitest';
import { ConversationStore, EXPIRY_MARGIN_MS, resumable, storageKey, type SavedConversation } from '../../src/widget/session';
import { MemoryStorage } from './fakes';

const CONVERSATION: SavedConversation = {
  conversationId: 'c1',
  token: 't1',
  expiresAt: 1_000_000,
  domain: 'https://bot.example/v3/directline',
  webSocket: false,
};
const KEY = storageKey('https://bot.example/');

describe('ConversationStore', () => {
  it('keeps the conversation and the panel state under one key per bot', () => {
    const storage = new MemoryStorage();
    const store = new ConversationStore(storage, KEY);
    store.update({ conversation: CONVERSATION });
    store.update({ open: true });
    expect(new ConversationStore(storage, KEY).load()).toEqual({ conversation: CONVERSATION, open: true });
    expect(new ConversationStore(storage, storageKey('https://other-bot.example/')).load()).toEqual({ open: false });
    store.update({ conversation: undefined });
    expect(store.load()).toEqual({ open: true });
  });

  it('stores nothing the visitor wrote: ids, token, expiry, address, transport, panel state', () => {
    const storage = new MemoryStorage();
    new ConversationStore(storage, KEY).update({ conversation: CONVERSATION, open: true });
    const stored = JSON.parse(storage.items.get(KEY)!) as { conversation: object };
    expect(Object.keys(stored).sort()).toEqual(['conversation', 'open', 'v']);
    expect(Object.keys(stored.conversation).sort()).toEqual(['conversationId', 'domain', 'expiresAt', 'token', 'webSocket']);
  });

  it.each([
    ['not JSON', '{'],
    ['another version', JSON.stringify({ v: 2, conversation: CONVERSATION, open: true })],
    ['a conversation without a token', JSON.stringify({ v: 1, conversation: { ...CONVERSATION, token: '' }, open: false })],
    [
      'a Direct Line address that is not http(s)',
      JSON.stringify({ v: 1, conversation: { ...CONVERSATION, domain: 'javascript:alert(1)' }, open: false }),
    ],
  ])('treats %s as nothing saved', (_name, raw) => {
    const storage = new MemoryStorage();
    storage.setItem(KEY, raw);
    expect(new ConversationStore(storage, KEY).load().conversation).toBeUndefined();
  });

  it('works, forgetting, where storage is missing or throws', () => {
    const throwing = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
      removeItem: () => undefined,
    };
    for (const storage of [undefined, throwing]) {
      const store = new ConversationStore(storage, KEY);
      expect(() => store.update({ conversation: CONVERSATION, open: true })).not.toThrow();
      expect(store.load()).toEqual({ open: false });
    }
  });
});

describe('resumable', () => {
  it.each([
    [CONVERSATION.expiresAt - EXPIRY_MARGIN_MS - 1, true],
    [CONVERSATION.expiresAt - EXPIRY_MARGIN_MS, false],
    [CONVERSATION.expiresAt + 1, false],
  ])('at %d → %s', (now, expected) => {
    expect(resumable(CONVERSATION, now)).toBe(expected);
  });

  it('nothing saved is nothing to resume', () => {
    expect(resumable(undefined, 0)).toBe(false);
  });
});
