/**
 * npm run dev:azure and dev:azure:review, run as child processes the way a curator runs them:
 * Azurite and the bot start, the bot keeps what it could not answer in Azurite, the review reads
 * it, Ctrl+C stops both.
 */
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { createServer, connect } from 'node:net';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { messageActivity, send } from '../support/http';

const run = promisify(execFile);
const PROJECT = join(__dirname, '..', '..');
const TSX_CLI = require.resolve('tsx/cli');
const CONTAINER = 'dev-azure-test';
const UNANSWERED = 'Quelle est la meilleure saison pour visiter Lisbonne ?';

/** The developer's environment without anything that would change the bot's set-up. */
const env = (): NodeJS.ProcessEnv => ({
  PATH: process.env.PATH,
  HOME: process.env.HOME,
  PORT: '0',
  LOG_LEVEL: 'info',
  AZURE_STORAGE_CONTAINER: CONTAINER,
});

let devAzure: ChildProcess;
let output = '';
let exited: Promise<number | null>;
let blobPort = 0;
let botPort = 0;

async function waitFor<T>(what: string, find: () => T | undefined, timeoutMs = 60_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = find();
    if (found !== undefined) return found;
    if (Date.now() > deadline) throw new Error(`${what} not seen within ${timeoutMs} ms:\n${output}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

const portOpen = (port: number): Promise<boolean> =>
  new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => socket.destroy() && resolve(true)).once('error', () => resolve(false));
  });

beforeAll(async () => {
  devAzure = spawn(process.execPath, [TSX_CLI, 'scripts/dev/azure.ts', '--blob-port', '0', '--in-memory'], {
    cwd: PROJECT,
    env: env(),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  devAzure.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  devAzure.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  exited = new Promise((resolve) => devAzure.once('exit', (code) => resolve(code)));
  blobPort = Number(await waitFor('Azurite', () => /Azurite \(Blob Storage\) on http:\/\/127\.0\.0\.1:(\d+)/.exec(output)?.[1]));
  botPort = Number(await waitFor('the bot listening', () => /^\{[^\n]*"port":(\d+)[^\n]*"msg":"listening"/m.exec(output)?.[1]));
}, 90_000);

afterAll(async () => {
  if (devAzure.exitCode === null) devAzure.kill('SIGKILL');
});

describe('npm run dev:azure', () => {
  it('starts Azurite with telemetry off, and the bot on Blob Storage there', async () => {
    expect(output).toContain('--disableTelemetry');
    expect(output).toContain(`"storage":"azure-blobs","container":"${CONTAINER}"`);
    const ready = await send(`http://127.0.0.1:${botPort}/readyz`);
    expect(ready.json).toMatchObject({ status: 'ready', checks: { storage: 'ok' } });
  });

  it('keeps what the bot could not answer, and dev:azure:review shows it', async () => {
    const reply = await send(`http://127.0.0.1:${botPort}/api/messages`, messageActivity({ text: UNANSWERED, locale: 'fr-FR' }));
    expect(reply.status).toBe(200);
    let review = '';
    for (let attempt = 0; attempt < 5 && !review.includes(UNANSWERED); attempt++) {
      const { stdout } = await run(process.execPath, [TSX_CLI, 'scripts/dev/azure.ts', 'review', '--blob-port', String(blobPort)], {
        cwd: PROJECT,
        env: env(),
      });
      review = stdout;
    }
    expect(review).toContain('Recorded questions: 1');
    expect(review).toContain('Unanswered questions:');
    expect(review).toContain(UNANSWERED);
  });

  it('stops the bot and Azurite on Ctrl+C', async () => {
    devAzure.kill('SIGINT');
    expect(await exited).toBe(0);
    expect(await portOpen(blobPort)).toBe(false);
    expect(await portOpen(botPort)).toBe(false);
  });

  it('says when the Blob port is taken, and exits 1', async () => {
    const busy = createServer();
    await new Promise<void>((resolve) => busy.listen(0, '127.0.0.1', resolve));
    const port = (busy.address() as { port: number }).port;
    try {
      const error = await run(process.execPath, [TSX_CLI, 'scripts/dev/azure.ts', '--blob-port', String(port), '--in-memory'], {
        cwd: PROJECT,
        env: env(),
      }).catch((e: unknown) => e);
      expect(error).toMatchObject({ code: 1 });
      expect((error as { stderr: string }).stderr).toContain(`port ${port} is taken`);
    } finally {
      busy.close();
    }
  });

  it('refuses an unknown option with its usage, starting nothing', async () => {
    const error = await run(process.execPath, [TSX_CLI, 'scripts/dev/azure.ts', '--blobport', '1'], { cwd: PROJECT, env: env() }).catch(
      (e: unknown) => e,
    );
    expect(error).toMatchObject({ code: 2 });
    expect((error as { stderr: string }).stderr).toContain('usage: npm run dev:azure');
  });
});
