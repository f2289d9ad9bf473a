/** An activity as the embedded Direct Line hands it to the page: an id and whatever it carried. */
export type StoredActivity = Readonly<Record<string, unknown>> & { readonly id: string };

export interface Conversation {
  readonly id: string;
  readonly userId: string;
  /** The locale the page started the conversation with, for activities that carry none. */
  readonly locale: string | undefined;
  /** Kept in order; the oldest are dropped past the store's per-conversation limit. */
  readonly activities: StoredActivity[];
  /** How many activities were ever appended: the next one's sequence number minus one. */
  appended: number;
  lastActive: number;
}

export interface ConversationStoreOptions {
  /** A conversation with no new activity for this long is forgotten. */
  readonly ttlMs: number;
  readonly maxConversations: number;
  /** Older activities are dropped past this, so one long conversation cannot grow without end. */
  readonly maxActivitiesPerConversation: number;
  readonly now?: () => number;
}

export interface ActivityPage {
  readonly activities: StoredActivity[];
  readonly watermark: string;
}

/**
 * The embedded Direct Line's conversations, in memory and bounded: at most `maxConversations`,
 * each forgotten `ttlMs` after its last activity. The map is kept in order of last activity
 * (touching a conversation moves it to the end), so expired ones are always at the front and
 * sweeping costs only what it removes.
 */
export class ConversationStore {
  private readonly conversations = new Map<string, Conversation>();
  private readonly now: () => number;

  constructor(private readonly options: ConversationStoreOptions) {
    this.now = options.now ?? Date.now;
  }

  get size(): number {
    this.sweep();
    return this.conversations.size;
  }

  get(id: string): Conversation | undefined {
    this.sweep();
    return this.conversations.get(id);
  }

  /** A new conversation, or undefined when the store is full. */
  create(id: string, userId: string, locale: string | undefined): Conversation | undefined {
    this.sweep();
    if (this.conversations.size >= this.options.maxConversations) return undefined;
    const conversation: Conversation = { id, userId, locale, activities: [], appended: 0, lastActive: this.now() };
    this.conversations.set(id, conversation);
    return conversation;
  }

  /** Seconds until the least recently active conversation expires and makes room. */
  retryAfterSeconds(): number {
    const oldest = this.conversations.values().next().value;
    if (!oldest) return 1;
    return Math.max(1, Math.ceil((oldest.lastActive + this.options.ttlMs - this.now()) / 1000));
  }

  /** Marks the conversation as active now: its time to live starts again. */
  touch(conversation: Conversation): void {
    conversation.lastActive = this.now();
    this.conversations.delete(conversation.id);
    this.conversations.set(conversation.id, conversation);
  }

  /** Adds an activity with the next id (`<conversation>|<sequence>`, as Direct Line does). */
  append(conversation: Conversation, activity: Readonly<Record<string, unknown>>): StoredActivity {
    conversation.appended += 1;
    const stored: StoredActivity = { ...activity, id: `${conversation.id}|${String(conversation.appended).padStart(7, '0')}` };
    conversation.activities.push(stored);
    const excess = conversation.activities.length - this.options.maxActivitiesPerConversation;
    if (excess > 0) conversation.activities.splice(0, excess);
    return stored;
  }

  /**
   * The activities after `watermark` (the number of activities the client has seen) and the new
   * watermark. A watermark is the count of activities ever appended, so it stays valid when old
   * activities are dropped.
   */
  since(conversation: Conversation, watermark: number): ActivityPage {
    const firstKept = conversation.appended - conversation.activities.length;
    const skip = Math.max(0, watermark - firstKept);
    return { activities: conversation.activities.slice(skip), watermark: String(conversation.appended) };
  }

  private sweep(): void {
    const cutoff = this.now() - this.options.ttlMs;
    for (const conversation of this.conversations.values()) {
      if (conversation.lastActive > cutoff) break;
      this.conversations.delete(conversation.id);
    }
  }
}
