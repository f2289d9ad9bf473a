import { resumable, type ConversationStore, type SavedConversation } from './session';

/** The little of botframework-directlinejs (inside Web Chat's bundle) the widget relies on. */
export interface Subscription {
  unsubscribe(): void;
}
export interface Subscribable<T> {
  subscribe(next: (value: T) => void): Subscription;
}
export interface DirectLineLike {
  readonly connectionStatus$: Subscribable<number>;
  /** The current token: directlinejs refreshes it every 15 minutes by itself. */
  readonly token?: string;
  end?(): void;
}
export interface DirectLineOptions {
  readonly token: string;
  readonly domain: string;
  readonly webSocket: boolean;
  /** Given: reconnect to this conversation (GET /conversations/{id}) instead of starting one. */
  readonly conversationId?: string;
  readonly conversationStartProperties: { readonly locale: string };
}
export type CreateDirectLine = (options: DirectLineOptions) => DirectLineLike;

/** directlinejs' ConnectionStatus values. */
export const CONNECTION = { Online: 2, ExpiredToken: 3, FailedToConnect: 4 } as const;

/** Direct Line's own token lifetime, when an answer does not say. */
const DEFAULT_LIFETIME_S = 1800;

export interface ConnectDeps {
  /** The bot's address, ending in '/'. */
  readonly base: string;
  readonly tokenPath: string;
  readonly locale: string;
  readonly fetch: typeof fetch;
  readonly store: ConversationStore;
  readonly createDirectLine: CreateDirectLine;
  readonly now: () => number;
}

export interface Connection {
  readonly directLine: DirectLineLike;
  /** Reconnected to the conversation of an earlier page (its kept messages are shown again). */
  readonly resumed: boolean;
  readonly conversation: SavedConversation;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function lifetime(body: Record<string, unknown>): number {
  return typeof body.expires_in === 'number' && body.expires_in > 0 ? body.expires_in : DEFAULT_LIFETIME_S;
}

/** The bot's token endpoint: a new conversation, on the embedded Direct Line or Azure's. */
export async function newConversation(deps: Omit<ConnectDeps, 'createDirectLine'>): Promise<SavedConversation> {
  const response = await deps.fetch(new URL(deps.tokenPath, deps.base).href, { method: 'POST', credentials: 'omit', cache: 'no-store' });
  if (!response.ok) throw new Error(`the token endpoint answered ${response.status}`);
  const body: unknown = await response.json();
  if (!isRecord(body) || typeof body.token !== 'string' || typeof body.conversationId !== 'string' || typeof body.domain !== 'string')
    throw new Error('the token endpoint answered without a token');
  return {
    conversationId: body.conversationId,
    token: body.token,
    expiresAt: deps.now() + lifetime(body) * 1000,
    // The embedded Direct Line's address is relative to the bot; Azure's is absolute.
    domain: new URL(body.domain, deps.base).href.replace(/\/+$/, ''),
    webSocket: body.webSocket === true,
  };
}

/**
 * Direct Line's `POST /tokens/refresh` with the saved token: a fresh token for the same
 * conversation, or undefined when the token or the conversation is no longer valid (or the
 * service cannot be reached), so the caller starts afresh instead.
 */
export async function refreshConversation(
  saved: SavedConversation,
  deps: Omit<ConnectDeps, 'createDirectLine'>,
): Promise<SavedConversation | undefined> {
  try {
    const response = await deps.fetch(`${saved.domain}/tokens/refresh`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${saved.token}` },
      credentials: 'omit',
      cache: 'no-store',
    });
    if (!response.ok) return undefined;
    const body: unknown = await response.json();
    if (!isRecord(body) || typeof body.token !== 'string') return undefined;
    if (typeof body.conversationId === 'string' && body.conversationId !== saved.conversationId) return undefined;
    return { ...saved, token: body.token, expiresAt: deps.now() + lifetime(body) * 1000 };
  } catch {
    return undefined;
  }
}

function open(conversation: SavedConversation, resume: boolean, deps: ConnectDeps): DirectLineLike {
  return deps.createDirectLine({
    token: conversation.token,
    domain: conversation.domain,
    webSocket: conversation.webSocket,
    // No watermark: Direct Line replays what it holds of the conversation (Azure's keeps it all;
    // the embedded one only what the last page had not acknowledged). The page already shows the
    // visit's kept messages (transcript.ts); a replayed one has the same id and replaces it.
    ...(resume ? { conversationId: conversation.conversationId } : {}),
    // Sent when a conversation starts, so the welcome comes in the page's language.
    conversationStartProperties: { locale: deps.locale },
  });
}

/**
 * Reconnects to the conversation saved by an earlier page with a refreshed token, or starts a
 * new one (and saves it) when there is none, it has expired, or the refresh is refused.
 */
export async function connect(deps: ConnectDeps, options: { readonly fresh?: boolean } = {}): Promise<Connection> {
  return openConnection(await obtainConversation(deps, options), deps);
}

/** A conversation and its token, saved: the network half of connect(), which needs no Web Chat yet. */
export async function obtainConversation(
  deps: Omit<ConnectDeps, 'createDirectLine'>,
  options: { readonly fresh?: boolean } = {},
): Promise<Omit<Connection, 'directLine'>> {
  const saved = options.fresh ? undefined : deps.store.load().conversation;
  if (resumable(saved, deps.now())) {
    const refreshed = await refreshConversation(saved, deps);
    if (refreshed) {
      deps.store.update({ conversation: refreshed });
      return { resumed: true, conversation: refreshed };
    }
  }
  deps.store.update({ conversation: undefined });
  const conversation = await newConversation(deps);
  deps.store.update({ conversation });
  return { resumed: false, conversation };
}

/** Web Chat's Direct Line client on an obtained conversation: the half of connect() that needs Web Chat. */
export function openConnection(obtained: Omit<Connection, 'directLine'>, deps: ConnectDeps): Connection {
  return { ...obtained, directLine: open(obtained.conversation, obtained.resumed, deps) };
}

/**
 * Keeps the saved token current (directlinejs refreshes it by itself; the next page needs the
 * newest) and reports a conversation that cannot go on: the reconnection failed, or the token
 * expired while the tab slept. Returns what stops it.
 */
export function watchConnection(
  connection: Connection,
  deps: Pick<ConnectDeps, 'store' | 'now'>,
  onLost: () => void,
): { save(): void; stop(): void } {
  let current = connection.conversation;
  const lifetimeMs = Math.max(0, current.expiresAt - deps.now());
  const save = () => {
    const token = connection.directLine.token;
    if (typeof token !== 'string' || token === '' || token === current.token) return;
    current = { ...current, token, expiresAt: deps.now() + lifetimeMs };
    deps.store.update({ conversation: current });
  };
  let lost = false;
  const subscription = connection.directLine.connectionStatus$.subscribe((status) => {
    if (status === CONNECTION.Online) save();
    else if ((status === CONNECTION.FailedToConnect || status === CONNECTION.ExpiredToken) && !lost) {
      lost = true;
      deps.store.update({ conversation: undefined });
      onLost();
    }
  });
  return {
    save,
    stop: () => subscription.unsubscribe(),
  };
}
