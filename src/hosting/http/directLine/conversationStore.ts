/** An activity as the conversation keeps it: its sequence number and its JSON, as the page will get it. */
interface StoredActivity {
  readonly sequence: number;
  readonly json: string;
}

export interface Conversation {
  readonly id: string;
  readonly userId: string;
  /** The locale the page started the conversation with, for activities that carry none. */
  readonly locale: string | undefined;
  /** Who started it (a client address, see clientKey): each may hold only a share of the store. */
  readonly client: string;
  /** Not yet acknowledged by the page's watermark, oldest first. */
  readonly activities: StoredActivity[];
  /** How many activities were ever appended: the next one's sequence number minus one. */
  appended: number;
  /** Characters of JSON held in `activities`. */
  chars: number;
  lastActive: number;
}

export interface ConversationStoreOptions {
  /** A conversation with no new activity for this long is forgotten. */
  readonly ttlMs: number;
  readonly maxConversations: number;
  /** Conversations one client (address) may hold at once. */
  readonly maxConversationsPerClient: number;
  /** When the store (or a client's share) is full, a conversation idle this long is reclaimed for a new one. */
  readonly idleReclaimMs: number;
  /** Activities not yet acknowledged kept per conversation; the oldest go first. */
  readonly maxActivitiesPerConversation: number;
  /** Characters of JSON not yet acknowledged kept per conversation; the oldest go first. */
  readonly maxCharsPerConversation: number;
  /** Characters of JSON held by all conversations together: the store's memory budget. */
  readonly maxChars: number;
  readonly now?: () => number;
}

export type CreateResult =
  | { readonly ok: true; readonly conversation: Conversation }
  | { readonly ok: false; readonly reason: 'full' | 'client'; readonly retryAfterSeconds: number };

/** What a poll returns, already as JSON: `{"activities":[…],"watermark":"N"}`. */
export interface ActivityPage {
  readonly json: string;
  readonly count: number;
  readonly watermark: string;
}

/**
 * The embedded Direct Line's conversations, in memory and bounded in number and in size: kept in
 * order of last activity, activities as JSON and dropped once the watermark shows the page has
 * them, a memory budget for all, and a cap per client. The bounds in detail: docs/architecture.md#embedded-direct-line-conversations-conversationstorets
 */
export class ConversationStore {
  private readonly conversations = new Map<string, Conversation>();
  private readonly perClient = new Map<string, number>();
  private totalChars = 0;
  private readonly now: () => number;

  constructor(private readonly options: ConversationStoreOptions) {
    this.now = options.now ?? Date.now;
  }

  get size(): number {
    this.sweep();
    return this.conversations.size;
  }

  /** Characters of JSON held by every conversation: what the memory budget counts. */
  get chars(): number {
    return this.totalChars;
  }

  /** Conversations `client` holds now. */
  heldBy(client: string): number {
    this.sweep();
    return this.perClient.get(client) ?? 0;
  }

  get(id: string): Conversation | undefined {
    this.sweep();
    return this.conversations.get(id);
  }

  /**
   * A new conversation, reclaiming an idle one of the client's own when it holds its share, or
   * the least recently active one when the store is full. Refused (with the seconds until an idle
   * one can make room) when there is none to reclaim.
   */
  create(id: string, userId: string, locale: string | undefined, client: string): CreateResult {
    this.sweep();
    if (this.heldBy(client) >= this.options.maxConversationsPerClient) {
      const oldest = this.oldestOf(client);
      if (!oldest || !this.reclaimable(oldest))
        return { ok: false, reason: 'client', retryAfterSeconds: this.secondsUntilReclaimable(oldest) };
      this.remove(oldest);
    }
    if (this.conversations.size >= this.options.maxConversations) {
      const oldest = this.conversations.values().next().value;
      if (!oldest || !this.reclaimable(oldest))
        return { ok: false, reason: 'full', retryAfterSeconds: this.secondsUntilReclaimable(oldest) };
      this.remove(oldest);
    }
    const conversation: Conversation = { id, userId, locale, client, activities: [], appended: 0, chars: 0, lastActive: this.now() };
    this.conversations.set(id, conversation);
    this.perClient.set(client, this.heldBy(client) + 1);
    return { ok: true, conversation };
  }

  /** Marks the conversation as active now: its time to live starts again. */
  touch(conversation: Conversation): void {
    conversation.lastActive = this.now();
    this.conversations.delete(conversation.id);
    this.conversations.set(conversation.id, conversation);
  }

  /** Adds an activity with the next id (`<conversation>|<sequence>`, as Direct Line does); returns the id. */
  append(conversation: Conversation, activity: Readonly<Record<string, unknown>>): string {
    conversation.appended += 1;
    const id = `${conversation.id}|${String(conversation.appended).padStart(7, '0')}`;
    const json = JSON.stringify({ ...activity, id });
    conversation.activities.push({ sequence: conversation.appended, json });
    conversation.chars += json.length;
    this.totalChars += json.length;
    while (
      conversation.activities.length > 1 &&
      (conversation.activities.length > this.options.maxActivitiesPerConversation ||
        conversation.chars > this.options.maxCharsPerConversation)
    )
      this.dropOldest(conversation);
    this.keepWithinBudget(conversation);
    return id;
  }

  /**
   * The activities after `watermark` (the number of activities the page has seen) and the new
   * watermark. The page has everything up to its watermark, so those are dropped. A watermark is
   * the count of activities ever appended, so it stays valid when old activities are dropped.
   */
  since(conversation: Conversation, watermark: number): ActivityPage {
    for (let oldest = conversation.activities[0]; oldest !== undefined && oldest.sequence <= watermark; oldest = conversation.activities[0])
      this.dropOldest(conversation);
    const kept = conversation.activities;
    return {
      json: `{"activities":[${kept.map((a) => a.json).join(',')}],"watermark":"${conversation.appended}"}`,
      count: kept.length,
      watermark: String(conversation.appended),
    };
  }

  private reclaimable(conversation: Conversation): boolean {
    return this.now() - conversation.lastActive >= Math.min(this.options.idleReclaimMs, this.options.ttlMs);
  }

  private secondsUntilReclaimable(conversation: Conversation | undefined): number {
    if (!conversation) return 1;
    const at = conversation.lastActive + Math.min(this.options.idleReclaimMs, this.options.ttlMs);
    return Math.max(1, Math.ceil((at - this.now()) / 1000));
  }

  /** The client's least recently active conversation (the map is in that order). */
  private oldestOf(client: string): Conversation | undefined {
    for (const conversation of this.conversations.values()) if (conversation.client === client) return conversation;
    return undefined;
  }

  private dropOldest(conversation: Conversation): void {
    const dropped = conversation.activities.shift();
    if (!dropped) return;
    conversation.chars -= dropped.json.length;
    this.totalChars -= dropped.json.length;
  }

  /**
   * Over the budget: idle conversations go first (least recently active first), then the oldest
   * activities of the conversation holding the most — a page that never polls, typically.
   */
  private keepWithinBudget(current: Conversation): void {
    for (const conversation of this.conversations.values()) {
      if (this.totalChars <= this.options.maxChars) return;
      if (!this.reclaimable(conversation)) break;
      if (conversation !== current) this.remove(conversation);
    }
    while (this.totalChars > this.options.maxChars) {
      let largest: Conversation | undefined;
      for (const conversation of this.conversations.values())
        if (conversation.activities.length > 0 && (!largest || conversation.chars > largest.chars)) largest = conversation;
      if (!largest) return;
      this.dropOldest(largest);
    }
  }

  private remove(conversation: Conversation): void {
    if (this.conversations.get(conversation.id) !== conversation) return;
    this.conversations.delete(conversation.id);
    this.totalChars -= conversation.chars;
    const held = (this.perClient.get(conversation.client) ?? 1) - 1;
    if (held > 0) this.perClient.set(conversation.client, held);
    else this.perClient.delete(conversation.client);
  }

  private sweep(): void {
    const cutoff = this.now() - this.options.ttlMs;
    for (const conversation of this.conversations.values()) {
      if (conversation.lastActive > cutoff) break;
      this.remove(conversation);
    }
  }
}

/**
 * The client a conversation is counted against: its address, with an IPv6 address cut to its
 * /64 network (one subscriber gets a whole /64, so counting single addresses would be no limit)
 * and an IPv4-mapped IPv6 address written as IPv4.
 */
export function clientKey(address: string): string {
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(address);
  if (mapped?.[1]) return mapped[1];
  if (!address.includes(':')) return address;
  const [head = '', tail = ''] = address.toLowerCase().split('::');
  const left = head === '' ? [] : head.split(':');
  const right = tail === '' ? [] : tail.split(':');
  const groups = address.includes('::')
    ? [...left, ...Array<string>(Math.max(0, 8 - left.length - right.length)).fill('0'), ...right]
    : left;
  return `${groups
    .slice(0, 4)
    .map((g) => g.replace(/^0+(?=.)/, ''))
    .join(':')}::/64`;
}
