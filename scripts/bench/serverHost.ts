/**
 * One server of the HTTP benchmarks, in its own process so the load generator does not share its
 * event loop: `bot` is the composed MIEUX+ bot, `echo` a bot that only repeats the text, both on
 * the same createAdapter + createBotServer stack, anonymous, on 127.0.0.1 and a free port;
 * `minimal` the reference bot of minimalBot.ts on that stack too.
 * argv: kind, then optionally HostOptions as JSON (mode `bare` by default; see protocol.ts).
 */
import type { TurnContext } from 'botbuilder';
import { createAdapter } from '../../src/hosting/botframework/adapter';
import { botFrameworkHost } from '../../src/hosting/botframework/botHost';
import { loadConfig, type Config } from '../../src/config';
import { composeBot, startServer } from '../../src/index';
import { createLogger, type LogFields, type Logger } from '../../src/logger';
import { createBotServer, type BotServer, type ServerDependencies } from '../../src/hosting/http/server';
import { minimalBot } from './minimalBot';
import { collectGarbage } from './collectGarbage';
import type { HostMessage, HostOptions, MemorySample, ParentMessage, ServerKind } from './protocol';

const CLOSE_TIMEOUT_MS = 2_000;

/** Counts warn and error lines (by level, message and error kind) instead of writing them. */
function countingLogger(problems: Record<string, number>): Logger {
  const count =
    (level: string) =>
    (message: string, fields: LogFields = {}) => {
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
  const { adapter, bot } =
    kind === 'bot'
      ? composeBot(config, logger)
      : { adapter: createAdapter(config.bot), bot: kind === 'minimal' ? minimalBot(config) : echoBot };
  return { host: botFrameworkHost(adapter, bot), logger, maxBodyBytes: config.maxBodyBytes };
}

/**
 * pino at info, as in production: every line is serialized, warn and error lines are counted
 * (after start-up, whose anonymous-mode warning is expected here), and nothing is written out.
 */
function productionLogger(problems: Record<string, number>, started: () => boolean): Logger {
  return createLogger('info', (line) => {
    if (!started() || !/"level":"(?:warn|error)"/.test(line)) return;
    const { level, msg, kind } = JSON.parse(line) as { level: string; msg: string; kind?: string };
    const key = `${level}: ${msg}${kind ? ` (${kind})` : ''}`;
    problems[key] = (problems[key] ?? 0) + 1;
  });
}

async function startProduction(kind: ServerKind, config: Config, logger: Logger): Promise<{ server: BotServer; port: number }> {
  if (kind === 'bot') return startServer(config, logger);
  const bot = kind === 'minimal' ? minimalBot(config) : echoBot;
  const server = createBotServer({
    host: botFrameworkHost(createAdapter(config.bot), bot),
    logger,
    maxBodyBytes: config.maxBodyBytes,
    rateLimit: config.rateLimit,
  });
  return { server, port: await server.listen(config.port, config.host) };
}

/** Memory after a full collection, so a sample shows what is retained, not garbage not yet collected. */
function memorySample(): MemorySample {
  collectGarbage();
  const { rss, heapUsed } = process.memoryUsage();
  return { rss, heapUsed };
}

function send(message: HostMessage): Promise<void> {
  return new Promise((resolve) => (process.send ? process.send(message, () => resolve()) : resolve()));
}

async function main(): Promise<void> {
  const kind = process.argv[2];
  if (kind !== 'bot' && kind !== 'echo' && kind !== 'minimal')
    throw new Error(`serverHost: expected 'bot', 'echo' or 'minimal', got '${kind ?? ''}'`);
  const options = JSON.parse(process.argv[3] ?? '{"mode":"bare"}') as HostOptions;
  const config = loadConfig({ PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'silent', ...options.env }, null);
  const problems: Record<string, number> = {};
  let started = false;
  const { server, port } =
    options.mode === 'production'
      ? await startProduction(
          kind,
          config,
          productionLogger(problems, () => started),
        )
      : await (async () => {
          const bare = createBotServer(dependencies(kind, config, countingLogger(problems)));
          return { server: bare, port: await bare.listen(config.port, config.host) };
        })();
  started = true;
  let requests = 0;
  server.server.server.on('request', () => (requests += 1));
  const cpuAtStart = process.cpuUsage();

  // The benchmark going away (even killed) closes the IPC channel: never outlive it.
  process.once('disconnect', () => process.exit(0));
  process.on('message', (message: ParentMessage) => {
    if (message.type === 'memory') void send({ type: 'memory', sample: memorySample() });
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
