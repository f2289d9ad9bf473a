import type { Activity, TurnContext } from 'botbuilder';
import { AuthenticationRefused } from '../../errors';
import type { InboundActivity, TurnHost } from '../turnHost';
import type { BotAdapter } from './adapter';
import { isAuthenticationFailure } from './authFailure';

/** What runs a turn: the MIEUX+ bot, or a benchmark's echo bot. */
export interface RunnableBot {
  run(context: TurnContext): Promise<void>;
}

/**
 * The Bot Framework as the HTTP layer's TurnHost: CloudAdapter checks the token and runs the
 * bot. The checked JSON is read as botbuilder's Activity, which it has the fields of.
 */
export function botFrameworkHost(adapter: BotAdapter, bot: RunnableBot): TurnHost {
  const logic = (context: TurnContext) => bot.run(context);
  return {
    async authenticate(authorization, inbound) {
      const activity = inbound as unknown as Activity;
      try {
        const authenticated = await adapter.authenticate(authorization, activity);
        return { run: () => adapter.handle(authenticated, activity, logic) };
      } catch (error) {
        throw isAuthenticationFailure(error) ? new AuthenticationRefused(error) : error;
      }
    },
    runLocal: (activity: InboundActivity) => adapter.handleLocal(activity as unknown as Activity, logic),
  };
}
