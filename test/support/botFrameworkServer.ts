import type { BotAdapter } from '../../src/hosting/botframework/adapter';
import { botFrameworkHost, type RunnableBot } from '../../src/hosting/botframework/botHost';
import type { ServerDependencies } from '../../src/hosting/http/server';

/** createBotServer's dependencies for a bot on a BotAdapter, as src/index.ts wires them. */
export function onBotFramework({
  adapter,
  bot,
  ...rest
}: Omit<ServerDependencies, 'host'> & { adapter: BotAdapter; bot: RunnableBot }): ServerDependencies {
  return { ...rest, host: botFrameworkHost(adapter, bot) };
}
