/**
 * The visitor's own transcript of the visit, in the host page's sessionStorage: the embedded
 * Direct Line forgets what a page has acknowledged (a server memory bound), so the next page
 * could not show the conversation without it. Bounded (the last activities, and bytes), tied to
 * one conversation, and gone with the tab like the rest of the visit (session.ts).
 */
export interface KeptActivity {
  readonly id: string;
  readonly type: 'message';
  readonly [field: string]: unknown;
}

export interface TranscriptLimits {
  readonly maxActivities: number;
  /** Of the JSON kept, so a few long answers cannot fill the site's storage quota. */
  readonly maxBytes: number;
}

const TRANSCRIPT_LIMITS: TranscriptLimits = { maxActivities: 50, maxBytes: 64 * 1024 };

const VERSION = 1;

/** One key per bot, beside the conversation's own (session.ts). */
export const transcriptKey = (base: string): string => `mieux-chat-transcript:${base}`;

/** What Web Chat needs to draw a message again; nothing of the channel's plumbing. */
const KEPT_FIELDS = ['id', 'type', 'from', 'timestamp', 'text', 'textFormat', 'locale', 'attachments', 'attachmentLayout'] as const;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

const opensUrl = (action: unknown): boolean => isRecord(action) && (action.type === 'openUrl' || action.type === 'Action.OpenUrl');

/**
 * A card's buttons that post back to the bot (imBack, postBack, messageBack, Action.Submit) are
 * left out of a kept message: pressed on the next page they would answer a question the
 * conversation has moved past (a consent, a hand-off step). Links stay: opening one again is
 * the visitor's own doing.
 */
function withoutReplyButtons(attachment: unknown): unknown {
  if (!isRecord(attachment) || !isRecord(attachment.content)) return attachment;
  const content: Record<string, unknown> = { ...attachment.content };
  if (Array.isArray(content.buttons)) content.buttons = content.buttons.filter(opensUrl);
  if (Array.isArray(content.actions)) content.actions = content.actions.filter(opensUrl);
  if (isRecord(content.tap) && !opensUrl(content.tap)) delete content.tap;
  return { ...attachment, content };
}

/**
 * The part of an activity worth keeping, or undefined: only messages Web Chat shows (text or
 * attachments) with a channel id to de-duplicate by. Suggested actions are never kept.
 */
export function keepable(activity: unknown): KeptActivity | undefined {
  if (!isRecord(activity) || activity.type !== 'message' || typeof activity.id !== 'string' || activity.id === '') return undefined;
  const hasText = typeof activity.text === 'string' && activity.text !== '';
  const attachments = Array.isArray(activity.attachments) ? activity.attachments : [];
  if (!hasText && attachments.length === 0) return undefined;
  const kept: Record<string, unknown> = {};
  for (const field of KEPT_FIELDS) if (activity[field] !== undefined) kept[field] = activity[field];
  if (attachments.length > 0) kept.attachments = attachments.map(withoutReplyButtons);
  return kept as unknown as KeptActivity;
}

const bytes = (value: unknown): number => new TextEncoder().encode(JSON.stringify(value)).length;

/**
 * sessionStorage can be missing or throw (blocked, quota): then the next page shows only what
 * Direct Line replays, as before; the chat itself never fails for it.
 */
export class TranscriptStore {
  constructor(
    private readonly storage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> | undefined,
    private readonly key: string,
    private readonly limits: TranscriptLimits = TRANSCRIPT_LIMITS,
  ) {}

  /** The kept messages of this conversation, oldest first; none for any other conversation. */
  load(conversationId: string): KeptActivity[] {
    try {
      const raw = this.storage?.getItem(this.key);
      if (!raw) return [];
      const parsed = JSON.parse(raw) as { v?: unknown; conversationId?: unknown; activities?: unknown };
      if (parsed.v !== VERSION || parsed.conversationId !== conversationId || !Array.isArray(parsed.activities)) return [];
      return parsed.activities.map(keepable).filter((a): a is KeptActivity => a !== undefined);
    } catch {
      return [];
    }
  }

  /** Adds (or, by id, replaces) a message of the conversation; a new conversation starts a new transcript. */
  add(conversationId: string, activity: unknown): void {
    const kept = keepable(activity);
    if (!kept) return;
    const activities = [...this.load(conversationId).filter((a) => a.id !== kept.id), kept];
    while (activities.length > this.limits.maxActivities) activities.shift();
    const record = { v: VERSION, conversationId, activities };
    while (activities.length > 0 && bytes(record) > this.limits.maxBytes) activities.shift();
    try {
      this.storage?.setItem(this.key, JSON.stringify(record));
    } catch {
      // Full or blocked: this page still shows the conversation.
    }
  }

  clear(): void {
    try {
      this.storage?.removeItem(this.key);
    } catch {
      // Blocked: nothing was kept either.
    }
  }
}
