import { createInterface } from 'node:readline/promises';
import type { Activity, CardAction } from 'botbuilder';
import { loadConfig } from './config';
import { composeBot } from './index';
import { createLogger } from './logger';
import { ConsoleAdapter } from './hosting/botframework/consoleAdapter';

/**
 * npm run chat [-- --lang en]: talk to the bot in the terminal, with no server, Azure or browser.
 * A button is chosen by typing its number.
 */
async function main(): Promise<void> {
  const langFlag = process.argv.indexOf('--lang');
  const locale = langFlag >= 0 ? (process.argv[langFlag + 1] ?? 'es') : 'es';
  const config = loadConfig();
  const { bot } = composeBot(config, createLogger('warn'));

  let buttons: CardAction[] = [];
  const print = (activity: Partial<Activity>): void => {
    process.stdout.write(`\nMIEUX+ › ${activity.text ?? ''}\n`);
    buttons = activity.suggestedActions?.actions ?? [];
    buttons.forEach((a, i) => process.stdout.write(`   [${i + 1}] ${typeof a.value === 'string' ? a.value : a.title}\n`));
  };
  const adapter = new ConsoleAdapter(print, locale);
  adapter.onTurnError = async (_context, error) => {
    process.stdout.write(`\n(error: ${error.message})\n`);
  };

  process.stdout.write('MIEUX+ terminal chat. Type a question, a button number, or "exit".\n');
  await adapter.start((context) => bot.run(context));
  const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: process.stdin.isTTY });
  rl.setPrompt('\nyou › ');
  rl.prompt();
  for await (const line of rl) {
    const input = line.trim();
    if (['exit', 'quit', 'salir', 'quitter'].includes(input.toLowerCase())) break;
    if (input.length > 0) {
      const chosen = /^\d+$/.test(input) ? buttons[Number(input) - 1] : undefined;
      // imBack buttons send their value as text; messageBack ones (helpful / not helpful) a value.
      if (chosen && typeof chosen.value !== 'string') await adapter.say(chosen.text ?? chosen.title, (context) => bot.run(context), chosen.value);
      else await adapter.say(typeof chosen?.value === 'string' ? chosen.value : input, (context) => bot.run(context));
    }
    rl.prompt();
  }
  rl.close();
}

main().catch((error: unknown) => {
  process.stderr.write(`chat could not start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
