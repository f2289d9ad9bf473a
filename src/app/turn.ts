import type { Channel } from '../core/insights/events';
import type { ConversationProfile } from './conversationProfile';
import type { ReplyPlan } from './replyPlan';

/**
 * One message from a person, as the application sees it, whoever hosts the bot: what was
 * written, the conversation's profile, a way to answer, and work for after the turn's state is
 * committed. hosting/botframework/botTurns.ts makes one from a Bot Framework turn.
 */
export interface Turn {
  /** What the person wrote; '' when nothing. */
  readonly text: string;
  /** The locale the client sent with the message, if any. */
  readonly locale: string | undefined;
  /** What a pressed button sent besides its text (a vote), if anything. */
  readonly value: unknown;
  /** The kind of channel (web, teams, other), for counts; 'other' when the host does not say. */
  readonly channel?: Channel;
  /** The conversation's profile; changes to it are saved with the turn. */
  profile(): Promise<ConversationProfile>;
  send(plan: ReplyPlan): Promise<void>;
  /**
   * Work that must happen once, and only if this turn's state is committed (a record for
   * curators, a request to e-mail): a turn's logic may run more than once, so such work must not
   * be done from inside it. Where the turn commits no state (a test driving a part alone), it
   * runs at once.
   */
  afterCommit(work: () => Promise<void>): void;
  /**
   * Lists `id` in the conversation state this turn commits and returns the key that state is
   * stored under, so a worker can later tell whether the turn committed (app/handoff/commitRecord.ts);
   * undefined where the turn commits no state.
   */
  listInCommit(id: string): Promise<string | undefined>;
}
