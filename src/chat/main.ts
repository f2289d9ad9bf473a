import { createInterface } from 'node:readline/promises';
import type { Activity } from 'botbuilder';
import { loadConfig } from '../config';
import { composeBot } from '../index';
import { createLogger } from '../logger';
import { ConsoleAdapter } from './consoleAdapter';

/**
 * npm run chat [-- --lang en]: talk to the bot in the terminal, with no server, Azure or browser.
 * A button is chosen by typing its number.
 */
async function main(): Promise<void> {
  const langFlag = process.argv.indexOf('--lang');
  const locale = langFlag >= 0 ? (process.argv[langFlag + 1] ?? 'es') : 'es';
  const config = loadConfig();
  const { bot } = composeBot(config, createLogger('warn'));

  let buttons: string[] = [];
  const print = (activity: Partial<Activity>): void => {
    process.stdout.write(`\nMIEUX+ › ${activity.text ?? ''}\n`);
    buttons = (activity.suggestedActions?.actions ?? []).map((a) => String(a.value ?? a.title));
    buttons.forEach((label, i) => process.stdout.write(`   [${i + 1}] ${label}\n`));
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
      await adapter.say(chosen ?? input, (context) => bot.run(context));
    }
    rl.prompt();
  }
  rl.close();
}

main().catch((error: unknown) => {
  process.stderr.write(`chat could not start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
