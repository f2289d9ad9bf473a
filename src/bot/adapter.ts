import {
  ActivityTypes,
  Channels,
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  type Activity,
  type InvokeResponse,
  type TurnContext,
} from 'botbuilder';
import type { Config } from '../config';

/**
 * CloudAdapter with its turn processing exposed to our own HTTP route, so the route decides
 * the status codes and what is logged (the stock `process()` answers 500 with the raw error
 * text and prints the whole error, which can carry message content).
 */
export class BotAdapter extends CloudAdapter {
  async handle(authHeader: string, activity: Activity, logic: (context: TurnContext) => Promise<void>): Promise<InvokeResponse | undefined> {
    const response = await this.processActivity(authHeader, activity, logic);
    return activity.channelId === Channels.Emulator ? response : withoutTraces(response);
  }
}

/** With no app id the adapter accepts unauthenticated requests: local anonymous mode. */
export function createAdapter(bot: Config['bot']): BotAdapter {
  const auth = new ConfigurationBotFrameworkAuthentication({
    MicrosoftAppId: bot.appId,
    MicrosoftAppPassword: bot.appPassword,
    MicrosoftAppType: bot.appType,
    MicrosoftAppTenantId: bot.tenantId,
  });
  return new BotAdapter(auth);
}

/**
 * The channel flow never sends trace activities outside the Emulator, but `expectReplies`
 * buffers them into the HTTP body; they hold a dialog-state snapshot, which includes what the
 * person wrote, so they are dropped here too.
 */
function withoutTraces(response: InvokeResponse | undefined): InvokeResponse | undefined {
  const body = response?.body as { activities?: Partial<Activity>[] } | undefined;
  if (!response || !Array.isArray(body?.activities)) return response;
  return { ...response, body: { ...body, activities: body.activities.filter((a) => a.type !== ActivityTypes.Trace) } };
}
