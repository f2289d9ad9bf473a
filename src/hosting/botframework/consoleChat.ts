import { createInterface } from 'node:readline/promises';
import type { Activity, CardAction } from 'botbuilder';
import type { RunnableBot } from './botHost';
import { ConsoleAdapter } from './consoleAdapter';

const EXIT_WORDS = ['exit', 'quit', 'salir', 'quitter'];

/**
 * Talks to `bot` in the terminal: what is typed becomes a message, the replies are printed with
 * their buttons numbered, and typing a number presses one. Ends on "exit" or the end of input.
 */
export async function runConsoleChat(bot: RunnableBot, locale: string): Promise<void> {
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
  const logic = (context: Parameters<RunnableBot['run']>[0]) => bot.run(context);

  process.stdout.write('MIEUX+ terminal chat. Type a question, a button number, or "exit".\n');
  await adapter.start(logic);
  const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: process.stdin.isTTY });
  rl.setPrompt('\nyou › ');
  rl.prompt();
  for await (const line of rl) {
    const input = line.trim();
    if (EXIT_WORDS.includes(input.toLowerCase())) break;
    if (input.length > 0) {
      const chosen = /^\d+$/.test(input) ? buttons[Number(input) - 1] : undefined;
      // imBack buttons send their value as text; messageBack ones (helpful / not helpful) a value.
      if (chosen && typeof chosen.value !== 'string') await adapter.say(chosen.text ?? chosen.title, logic, chosen.value);
      else await adapter.say(typeof chosen?.value === 'string' ? chosen.value : input, logic);
    }
    rl.prompt();
  }
  rl.close();
}
