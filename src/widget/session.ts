/**
 * The conversation, kept in the host page's sessionStorage so it carries on across the site's
 * pages during the visit, and ends with the tab: enough to reconnect to it. The messages shown
 * are kept apart (transcript.ts): the embedded Direct Line forgets what a page acknowledged.
 */
export interface SavedConversation {
  readonly conversationId: string;
  readonly token: string;
  /** Milliseconds since the epoch. */
  readonly expiresAt: number;
  /** Direct Line's address, absolute: the bot's embedded one or Azure's. */
  readonly domain: string;
  readonly webSocket: boolean;
}

export interface SavedState {
  readonly conversation?: SavedConversation;
  /** The panel was open when the visitor left the last page: open it again. */
  readonly open: boolean;
}

const VERSION = 1;

/** One key per bot, so two bots on one site keep apart. */
export const storageKey = (base: string): string => `mieux-chat:${base}`;

function isConversation(value: unknown): value is SavedConversation {
  if (typeof value !== 'object' || value === null) return false;
  const c = value as Record<string, unknown>;
  return (
    typeof c.conversationId === 'string' &&
    c.conversationId !== '' &&
    typeof c.token === 'string' &&
    c.token !== '' &&
    typeof c.expiresAt === 'number' &&
    typeof c.domain === 'string' &&
    /^https?:\/\//.test(c.domain) &&
    typeof c.webSocket === 'boolean'
  );
}

/**
 * sessionStorage can be missing or throw (storage blocked, private modes, quota): then the chat
 * works within the page and starts afresh on the next, which is all that can be done.
 */
export class ConversationStore {
  constructor(
    private readonly storage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> | undefined,
    private readonly key: string,
  ) {}

  load(): SavedState {
    let raw: string | null;
    try {
      raw = this.storage?.getItem(this.key) ?? null;
    } catch {
      return { open: false };
    }
    if (!raw) return { open: false };
    try {
      const parsed = JSON.parse(raw) as { v?: unknown; conversation?: unknown; open?: unknown };
      if (parsed.v !== VERSION) return { open: false };
      return { open: parsed.open === true, ...(isConversation(parsed.conversation) ? { conversation: parsed.conversation } : {}) };
    } catch {
      return { open: false };
    }
  }

  save(state: SavedState): void {
    try {
      this.storage?.setItem(this.key, JSON.stringify({ v: VERSION, ...state }));
    } catch {
      // Full or blocked: the conversation still works on this page.
    }
  }

  update(change: Partial<SavedState> & { conversation?: SavedConversation | undefined }): void {
    const next: { conversation?: SavedConversation; open: boolean } = { ...this.load(), ...change };
    if (next.conversation === undefined) delete next.conversation;
    this.save(next);
  }
}

/** A token this close to its end is not worth refreshing: the refresh itself could fail. */
export const EXPIRY_MARGIN_MS = 10_000;

export function resumable(conversation: SavedConversation | undefined, now: number): conversation is SavedConversation {
  return conversation !== undefined && conversation.expiresAt - now > EXPIRY_MARGIN_MS;
}
