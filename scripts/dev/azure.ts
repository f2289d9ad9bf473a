import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../../src/config';
import { AZURITE_DEFAULT_PORT, AZURITE_FLAGS, azuriteConnectionString, startAzurite, type Azurite } from './azurite';

/**
 * Local Azure stand-ins for the whole team, no Azure account needed.
 *
 *   npm run dev:azure [-- --blob-port 10000] [--in-memory]
 *     Azurite (Azure Blob Storage) on 127.0.0.1, then the bot (as `npm run dev`) with its
 *     conversation state, hand-off outbox and curation records there, as in production.
 *     Azurite's data stays in .azurite/ between runs unless --in-memory.
 *   npm run dev:azure:review [-- --blob-port 10000] [kb:review options]
 *     `npm run kb:review` against that Azurite, in another terminal while dev:azure runs.
 */
export const AZURITE_DATA_DIR = join(PROJECT_ROOT, '.azurite');
const TSX_CLI = require.resolve('tsx/cli');

interface Options {
  readonly blobPort: number;
  readonly inMemory: boolean;
  /** What is left for kb:review. */
  readonly rest: string[];
}

function usage(message: string): never {
  console.error(
    `dev:azure: ${message}\nusage: npm run dev:azure [-- --blob-port N] [--in-memory]   |   npm run dev:azure:review [-- --blob-port N] [kb:review options]`,
  );
  process.exit(2);
}

export function parseOptions(args: readonly string[]): Options {
  let blobPort = AZURITE_DEFAULT_PORT;
  let inMemory = false;
  const rest: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    if (arg === '--blob-port') {
      const value = args[++i];
      if (value === undefined || !/^\d+$/.test(value) || Number(value) > 65535)
        usage(`--blob-port needs a port number, got '${value ?? ''}'`);
      blobPort = Number(value);
    } else if (arg === '--in-memory') inMemory = true;
    else rest.push(arg);
  }
  return { blobPort, inMemory, rest };
}

/** The bot, or kb:review, as a child process with the Azurite connection string. */
function runWithStorage(script: string[], connectionString: string): ChildProcess {
  return spawn(process.execPath, [TSX_CLI, '--disable-warning=DEP0111', ...script], {
    cwd: PROJECT_ROOT,
    stdio: 'inherit',
    env: { ...process.env, AZURE_STORAGE_CONNECTION_STRING: connectionString },
  });
}

async function serve(options: Options): Promise<void> {
  if (options.rest.length > 0) usage(`unknown option ${options.rest[0]}`);
  if (!options.inMemory) mkdirSync(AZURITE_DATA_DIR, { recursive: true });
  let azurite: Azurite;
  try {
    azurite = await startAzurite({ port: options.blobPort, ...(options.inMemory ? {} : { location: AZURITE_DATA_DIR }) });
  } catch (error) {
    const taken = error instanceof Error && /EADDRINUSE/.test(error.message);
    console.error(
      taken
        ? `dev:azure: port ${options.blobPort} is taken (another Azurite?): stop it, or pass --blob-port with a free port`
        : `dev:azure: ${error instanceof Error ? error.message : String(error)}`,
    );
    process.exit(1);
  }
  console.log(
    [
      `Azurite (Blob Storage) on http://127.0.0.1:${azurite.port}, ${options.inMemory ? 'in memory' : `data in ${AZURITE_DATA_DIR}`}, started with ${AZURITE_FLAGS.join(' ')}`,
      `Curators: ask the bot questions, then in another terminal: npm run dev:azure:review${azurite.port === AZURITE_DEFAULT_PORT ? '' : ` -- --blob-port ${azurite.port}`}`,
    ].join('\n'),
  );
  const bot = runWithStorage(['src/index.ts'], azurite.connectionString);
  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    // The bot writes its last curation records on SIGTERM: Azurite stops after it.
    if (bot.exitCode === null) bot.kill(signal);
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
  const code = await new Promise<number>((resolve) => bot.once('exit', (c) => resolve(c ?? 1)));
  await azurite.stop();
  process.exit(stopping ? 0 : code);
}

async function review(options: Options): Promise<void> {
  const child = runWithStorage(['scripts/kbReview.ts', ...options.rest], azuriteConnectionString(options.blobPort));
  process.exit(await new Promise<number>((resolve) => child.once('exit', (c) => resolve(c ?? 1))));
}

if (require.main === module) {
  const [first, ...others] = process.argv.slice(2);
  const action = first === 'review' ? review(parseOptions(others)) : serve(parseOptions(process.argv.slice(2)));
  action.catch((error: unknown) => {
    console.error(`dev:azure: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
}
