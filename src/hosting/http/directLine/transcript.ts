import type { InboundActivity } from '../../turnHost';
import { conversationKey, type TurnRunner } from '../turnRunner';
import type { ClientActivity } from './clientActivity';
import type { Conversation, ConversationStore } from './conversationStore';

export const EMBEDDED_CHANNEL_ID = 'directline';
export const BOT_ACCOUNT = { id: 'mieux-bot', name: 'MIEUX+', role: 'bot' } as const;
/**
 * Never called: every turn runs with deliveryMode expectReplies, so the adapter returns the
 * replies instead of posting them. `.invalid` can never resolve should anything try.
 */
const SERVICE_URL = 'https://embedded-directline.invalid/';

/** What the page sends into a conversation: a message, an event, or the start of the conversation. */
export type PageActivity = (ClientActivity | { readonly type: 'conversationUpdate'; readonly membersAdded: readonly object[] }) & {
  readonly id?: string;
};

/**
 * A conversation's transcript, which the page polls: the person's activities and the bot's
 * replies, in turn order. Each turn runs through the server's TurnRunner, in the conversation's
 * place in its queue, with deliveryMode expectReplies: the replies come back in the result and are
 * appended here, with no HTTP loop back into this server.
 */
export class Transcripts {
  constructor(
    private readonly store: ConversationStore,
    private readonly runner: TurnRunner,
    private readonly now: () => number,
  ) {}

  /** Web Chat shows no names; the role is what tells it which side of the transcript to use. */
  user(conversation: Conversation) {
    return { id: conversation.userId, name: '', role: 'user' };
  }

  private timestamp(): string {
    return new Date(this.now()).toISOString();
  }

  /**
   * Runs the person's activity as a turn. With `echo`, the activity is first appended to the
   * transcript (its echo, which the page matches to what it sent) and the turn carries its id.
   * Returns that id, if any.
   */
  run(conversation: Conversation, activity: PageActivity, echo: boolean): Promise<string | undefined> {
    return this.runner.runLocal(conversationKey(EMBEDDED_CHANNEL_ID, conversation.id), async (runTurn) => {
      if (echo) this.store.touch(conversation);
      const id = echo ? this.append(conversation, activity, this.user(conversation), BOT_ACCOUNT) : activity.id;
      const turn = this.turnActivity(conversation, { ...activity, ...(id === undefined ? {} : { id }) });
      const response = await runTurn(turn);
      this.appendReplies(conversation, turn, response?.body);
      return echo ? id : undefined;
    });
  }

  /** Only what a Direct Line channel sends: its conversation account is just an id. */
  private turnActivity(conversation: Conversation, activity: PageActivity): InboundActivity {
    const locale = 'locale' in activity && typeof activity.locale === 'string' ? activity.locale : conversation.locale;
    return {
      ...activity,
      timestamp: new Date(this.now()),
      channelId: EMBEDDED_CHANNEL_ID,
      serviceUrl: SERVICE_URL,
      conversation: { id: conversation.id },
      from: this.user(conversation),
      recipient: BOT_ACCOUNT,
      ...(locale === undefined ? {} : { locale }),
      deliveryMode: 'expectReplies',
    };
  }

  private appendReplies(conversation: Conversation, turn: InboundActivity, body: unknown): void {
    const replies = (body as { activities?: Record<string, unknown>[] } | undefined)?.activities ?? [];
    for (const reply of replies) {
      const { serviceUrl: _internal, deliveryMode: _mode, ...visible } = reply;
      this.append(conversation, { ...visible, ...(turn.id ? { replyToId: turn.id } : {}) }, BOT_ACCOUNT, this.user(conversation));
    }
  }

  private append(conversation: Conversation, activity: object, from: object, recipient: object): string {
    return this.store.append(conversation, {
      ...activity,
      timestamp: this.timestamp(),
      channelId: EMBEDDED_CHANNEL_ID,
      conversation: { id: conversation.id },
      from,
      recipient,
    });
  }
}
