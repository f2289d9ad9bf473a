import { describe, expect, it } from 'vitest';
import { CONNECTION, connect, watchConnection, type ConnectDeps } from '../../src/widget/directLine';
import { ConversationStore, storageKey, type SavedConversation } from '../../src/widget/session';
import { FakeDirectLine, MemoryStorage, scriptedFetch } from './fakes';

const BASE = 'https://bot.example/';
const TOKEN_URL = 'https://bot.example/api/directline/token';
const EMBEDDED = 'https://bot.example/v3/directline';
const NOW = 1_700_000_000_000;

function setup(replies: Parameters<typeof scriptedFetch>[0], saved?: SavedConversation) {
  const storage = new MemoryStorage();
  const store = new ConversationStore(storage, storageKey(BASE));
  if (saved) store.update({ conversation: saved });
  const { fetch, calls } = scriptedFetch(replies);
  const created: FakeDirectLine[] = [];
  const deps: ConnectDeps = {
    base: BASE,
    tokenPath: 'api/directline/token',
    locale: 'fr-FR',
    fetch,
    store,
    createDirectLine: (options) => {
      const directLine = new FakeDirectLine(options);
      created.push(directLine);
      return directLine;
    },
    now: () => NOW,
  };
  return { deps, store, calls, created };
}

const embeddedToken = { conversationId: 'conv-1', token: 'tok-1', expires_in: 1800, domain: 'v3/directline', webSocket: false };
const SAVED: SavedConversation = { conversationId: 'conv-1', token: 'tok-1', expiresAt: NOW + 600_000, domain: EMBEDDED, webSocket: false };

describe('connect: a new conversation', () => {
  it('asks the token endpoint, opens Direct Line at the embedded address and saves the conversation', async () => {
    const { deps, store, calls, created } = setup({ [TOKEN_URL]: [{ status: 200, body: embeddedToken }] });
    const connection = await connect(deps);
    expect(calls).toEqual([{ url: TOKEN_URL, method: 'POST', authorization: null }]);
    expect(created[0]!.options).toEqual({
      token: 'tok-1',
      domain: EMBEDDED,
      webSocket: false,
      conversationStartProperties: { locale: 'fr-FR' },
    });
    expect(connection.resumed).toBe(false);
    expect(store.load().conversation).toEqual({ ...SAVED, expiresAt: NOW + 1_800_000 });
  });

  it("uses Azure's absolute address and WebSocket as the token endpoint says", async () => {
    const azure = { ...embeddedToken, domain: 'https://europe.directline.botframework.com/v3/directline', webSocket: true };
    const { deps, created } = setup({ [TOKEN_URL]: [{ status: 200, body: azure }] });
    await connect(deps);
    expect(created[0]!.options).toMatchObject({ domain: 'https://europe.directline.botframework.com/v3/directline', webSocket: true });
  });

  it.each([
    [{ status: 403, body: { error: 'origin' } }, 'the token endpoint answered 403'],
    [{ status: 200, body: { conversationId: 'x' } }, 'the token endpoint answered without a token'],
  ])('fails with a reason when the endpoint answers %j', async (reply, message) => {
    const { deps, created } = setup({ [TOKEN_URL]: [reply] });
    await expect(connect(deps)).rejects.toThrow(message);
    expect(created).toEqual([]);
  });
});

describe('connect: the conversation of an earlier page', () => {
  it('refreshes the saved token at the saved Direct Line and reconnects to the same conversation, replaying it', async () => {
    const { deps, store, calls, created } = setup(
      { [`${EMBEDDED}/tokens/refresh`]: [{ status: 200, body: { conversationId: 'conv-1', token: 'tok-2', expires_in: 1800 } }] },
      SAVED,
    );
    const connection = await connect(deps);
    expect(calls).toEqual([{ url: `${EMBEDDED}/tokens/refresh`, method: 'POST', authorization: 'Bearer tok-1' }]);
    expect(connection.resumed).toBe(true);
    // No watermark: Direct Line replays the transcript for the new page.
    expect(created[0]!.options).toEqual({
      token: 'tok-2',
      domain: EMBEDDED,
      webSocket: false,
      conversationId: 'conv-1',
      conversationStartProperties: { locale: 'fr-FR' },
    });
    expect(store.load().conversation).toMatchObject({ token: 'tok-2', expiresAt: NOW + 1_800_000 });
  });

  it.each([
    ['refused (the conversation or token is gone)', { status: 403, body: { error: 'the token has expired' } }],
    ['not found', { status: 404 }],
    ['for another conversation', { status: 200, body: { conversationId: 'other', token: 'tok-x' } }],
    ['unreachable', new TypeError('Failed to fetch')],
  ])('starts a new conversation when the refresh is %s', async (_name, reply) => {
    const { deps, store, calls, created } = setup(
      {
        [`${EMBEDDED}/tokens/refresh`]: [reply],
        [TOKEN_URL]: [{ status: 200, body: { ...embeddedToken, conversationId: 'conv-2', token: 'new' } }],
      },
      SAVED,
    );
    const connection = await connect(deps);
    expect(calls.map((c) => c.url)).toEqual([`${EMBEDDED}/tokens/refresh`, TOKEN_URL]);
    expect(connection.resumed).toBe(false);
    expect(created[0]!.options.conversationId).toBeUndefined();
    expect(store.load().conversation?.conversationId).toBe('conv-2');
  });

  it('does not try to refresh a token that has expired, or is about to', async () => {
    const { deps, calls } = setup({ [TOKEN_URL]: [{ status: 200, body: embeddedToken }] }, { ...SAVED, expiresAt: NOW + 5_000 });
    await connect(deps);
    expect(calls.map((c) => c.url)).toEqual([TOKEN_URL]);
  });

  it('with fresh: true, ignores what is saved', async () => {
    const { deps, calls } = setup({ [TOKEN_URL]: [{ status: 200, body: embeddedToken }] }, SAVED);
    await connect(deps, { fresh: true });
    expect(calls.map((c) => c.url)).toEqual([TOKEN_URL]);
  });
});

/** The Direct Line the fake Web Chat made: the tests' own FakeDirectLine. */
function fakeOf(directLine: unknown): FakeDirectLine {
  if (!(directLine instanceof FakeDirectLine)) throw new Error('not the fake Direct Line');
  return directLine;
}

describe('watchConnection', () => {
  it('saves the token directlinejs refreshed by itself, for the next page', async () => {
    const { deps, store } = setup({ [TOKEN_URL]: [{ status: 200, body: embeddedToken }] });
    const connection = await connect(deps);
    const directLine = fakeOf(connection.directLine);
    const watcher = watchConnection(connection, deps, () => undefined);
    directLine.token = 'tok-refreshed';
    watcher.save();
    expect(store.load().conversation).toMatchObject({ token: 'tok-refreshed', conversationId: 'conv-1' });
    watcher.stop();
    expect(directLine.connectionStatus$.observers).toBe(0);
  });

  it.each([
    ['fails to connect', CONNECTION.FailedToConnect],
    ['has an expired token', CONNECTION.ExpiredToken],
  ])('forgets the conversation and says so, once, when it %s', async (_name, status) => {
    const { deps, store } = setup({ [`${EMBEDDED}/tokens/refresh`]: [{ status: 200, body: { token: 'tok-2' } }] }, SAVED);
    const connection = await connect(deps);
    let lost = 0;
    watchConnection(connection, deps, () => lost++);
    const directLine = fakeOf(connection.directLine);
    directLine.connectionStatus$.next(CONNECTION.Online);
    expect(lost).toBe(0);
    directLine.connectionStatus$.next(status);
    directLine.connectionStatus$.next(status);
    expect(lost).toBe(1);
    expect(store.load().conversation).toBeUndefined();
  });
});
