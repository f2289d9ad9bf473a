import type { Activity, InvokeResponse, TurnContext } from 'botbuilder';
import type { AuthenticateRequestResult } from 'botframework-connector';
import type { BotAdapter } from '../botframework/adapter';
import { TurnQueue } from './turnQueue';

/**
 * Runs one activity through the adapter and the bot, one turn at a time per conversation.
 * Every way in (`/api/messages`, the embedded Direct Line) goes through the same runner, so
 * they share the adapter, the bot and the per-conversation ordering.
 */
export class TurnRunner {
  private readonly queue: TurnQueue;

  constructor(
    private readonly adapter: BotAdapter,
    private readonly bot: { run(context: TurnContext): Promise<void> },
    holdMs?: number,
  ) {
    this.queue = new TurnQueue(holdMs);
  }

  /** An activity whose request `BotAdapter.authenticate` accepted. */
  run(activity: Activity, authenticated: AuthenticateRequestResult): Promise<InvokeResponse | undefined> {
    return this.queue.run(`${activity.channelId}/${activity.conversation.id}`, () =>
      this.adapter.handle(authenticated, activity, (context) => this.bot.run(context)),
    );
  }

  /** The same for an activity this server has authenticated itself (see `BotAdapter.handleLocal`). */
  runLocal(activity: Activity, appId: string): Promise<InvokeResponse | undefined> {
    return this.queue.run(`${activity.channelId}/${activity.conversation.id}`, () =>
      this.adapter.handleLocal(activity, appId, (context) => this.bot.run(context)),
    );
  }
}
