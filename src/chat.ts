import { loadConfig } from './config';
import { DEFAULT_LANG } from './core/language/languages';
import { runConsoleChat } from './hosting/botframework/consoleChat';
import { composeBot } from './index';
import { createLogger } from './logger';

/**
 * npm run chat [-- --lang en]: talk to the bot in the terminal, with no server, Azure or browser.
 * A button is chosen by typing its number.
 */
async function main(): Promise<void> {
  const langFlag = process.argv.indexOf('--lang');
  const locale = (langFlag >= 0 ? process.argv[langFlag + 1] : undefined) ?? DEFAULT_LANG;
  const { bot } = composeBot(loadConfig(), createLogger('warn'));
  await runConsoleChat(bot, locale);
}

main().catch((error: unknown) => {
  process.stderr.write(`chat could not start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
