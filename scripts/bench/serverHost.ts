/**
 * One server of the HTTP benchmark, in its own process so the load generator does not share its
 * event loop: `bot` is the composed MIEUX+ bot, `echo` a bot that only repeats the text, both on
 * the same createAdapter + createBotServer stack, anonymous, on 127.0.0.1 and a free port.
 */
import type { TurnContext } from 'botbuilder';
import { createAdapter } from '../../src/bot/adapter';
import { loadConfig, type Config } from '../../src/config';
import { composeBot } from '../../src/index';
import type { LogFields, Logger } from '../../src/logger';
import { createBotServer, type ServerDependencies } from '../../src/server/createServer';
import type { HostMessage, ParentMessage, ServerKind } from './protocol';

const CLOSE_TIMEOUT_MS = 2_000;

/** Counts warn and error lines (by level, message and error kind) instead of writing them. */
function countingLogger(problems: Record<string, number>): Logger {
  const count = (level: string) => (message: string, fields: LogFields = {}) => {
    const key = `${level}: ${message}${fields.kind ? ` (${String(fields.kind)})` : ''}`;
    problems[key] = (problems[key] ?? 0) + 1;
  };
  return { debug: () => undefined, info: () => undefined, warn: count('warn'), error: count('error') };
}

const echoBot = {
  run: async (context: TurnContext): Promise<void> => {
    if (context.activity.type === 'message') await context.sendActivity(context.activity.text ?? '');
  },
};

function dependencies(kind: ServerKind, config: Config, logger: Logger): ServerDependencies {
  const { adapter, bot } = kind === 'bot' ? composeBot(config, logger) : { adapter: createAdapter(config.bot), bot: echoBot };
  return { adapter, bot, logger, maxBodyBytes: config.maxBodyBytes };
}

function send(message: HostMessage): Promise<void> {
  return new Promise((resolve) => (process.send ? process.send(message, () => resolve()) : resolve()));
}

async function main(): Promise<void> {
  const kind = process.argv[2];
  if (kind !== 'bot' && kind !== 'echo') throw new Error(`serverHost: expected 'bot' or 'echo', got '${kind ?? ''}'`);
  const config = loadConfig({ PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'silent' }, null);
  const problems: Record<string, number> = {};
  const server = createBotServer(dependencies(kind, config, countingLogger(problems)));
  const port = await server.listen(config.port, config.host);
  let requests = 0;
  server.server.server.on('request', () => (requests += 1));
  const cpuAtStart = process.cpuUsage();

  // The benchmark going away (even killed) closes the IPC channel: never outlive it.
  process.once('disconnect', () => process.exit(0));
  process.once('message', (message: ParentMessage) => {
    if (message.type !== 'close') return;
    void server
      .close(CLOSE_TIMEOUT_MS)
      .then(() => {
        const cpu = process.cpuUsage(cpuAtStart);
        return send({ type: 'closed', report: { problems, cpuMicrosPerTurn: (cpu.user + cpu.system) / Math.max(1, requests) } });
      })
      .then(() => process.exit(0));
  });
  await send({ type: 'ready', port });
}

main().catch((error: unknown) => {
  process.stderr.write(`serverHost: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
