import type { AuthenticatedTurn, InboundActivity, TurnHost, TurnResponse } from '../turnHost';
import { TurnQueue } from './turnQueue';

/** Where a turn belongs: the conversation whose turns run one after another. */
export function conversationKey(channelId: string, conversationId: string): string {
  return `${channelId}/${conversationId}`;
}

/**
 * Runs turns one at a time per conversation, through the one TurnQueue of the server. Every way
 * in (`/api/messages`, the embedded Direct Line) goes through it, so they share the bot and the
 * per-conversation ordering.
 */
export class TurnRunner {
  private readonly queue: TurnQueue;

  constructor(
    private readonly host: TurnHost,
    holdMs?: number,
  ) {
    this.queue = new TurnQueue(holdMs);
  }

  /** An activity whose request `TurnHost.authenticate` accepted. */
  run(activity: InboundActivity, turn: AuthenticatedTurn): Promise<TurnResponse | undefined> {
    return this.queue.run(conversationKey(activity.channelId, activity.conversation.id), () => turn.run());
  }

  /**
   * Activities this server vouches for itself (see `TurnHost.runLocal`), in the turn order of
   * conversation `key`: `step` runs in the conversation's place in the queue and runs its turn with
   * `runTurn` (the Direct Line appends the person's message and the replies to its transcript in
   * the same step, so the transcript's order is the turns').
   */
  runLocal<T>(key: string, step: (runTurn: (activity: InboundActivity) => Promise<TurnResponse | undefined>) => Promise<T>): Promise<T> {
    return this.queue.run(key, () => step((activity) => this.host.runLocal(activity)));
  }
}
