/**
 * Runs the real entry point (src/index.ts, through tsx) as a child process for the tests that
 * need a process of its own: signals, exit codes, and inputs that might bring the process down.
 * Not a test file: vitest only collects *.test.ts.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { request as httpRequest } from 'node:http';
import { join, resolve } from 'node:path';
import { waitUntil } from './http';

export const ROOT = resolve(__dirname, '..', '..');

export interface ExitStatus {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
}

export interface ChildBot {
  readonly process: ChildProcess;
  readonly stdout: string[];
  readonly stderr: string[];
  readonly exited: Promise<ExitStatus>;
  exit: ExitStatus | undefined;
  port: number;
  /** The JSON log lines written to stdout so far. */
  logs(): Record<string, unknown>[];
  /** SIGKILLs the child's process group (tsx and its node) if it is still running. */
  kill(): Promise<void>;
}

/**
 * Starts the bot with the environment of this process plus PORT 0, HOST 127.0.0.1, LOG_LEVEL
 * info, anonymous mode and `extraEnv`, and resolves once it has logged the port it listens on.
 * With `nodeArgs` (such as --max-old-space-size) it is one node process with tsx's loader, so
 * `process.pid` is the bot's own.
 */
export async function startChildBot(
  extraEnv: Record<string, string> = {},
  startTimeoutMs = 15_000,
  nodeArgs?: readonly string[],
): Promise<ChildBot> {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: '0',
    HOST: '127.0.0.1',
    LOG_LEVEL: 'info',
    // Anonymous mode on purpose, whatever a local .env says.
    MicrosoftAppId: '',
    MicrosoftAppPassword: '',
    ...extraEnv,
  };
  const [command, args] = nodeArgs
    ? [process.execPath, ['--import', 'tsx', ...nodeArgs, 'src/index.ts']]
    : [join(ROOT, 'node_modules', '.bin', 'tsx'), ['src/index.ts']];
  const proc = spawn(command, args, {
    cwd: ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
    // Its own process group, so cleanup reaches tsx's node child too if a test fails midway.
    detached: true,
  });
  let resolveExit: (status: ExitStatus) => void = () => undefined;
  const child: ChildBot = {
    process: proc,
    stdout: [],
    stderr: [],
    exited: new Promise<ExitStatus>((r) => {
      resolveExit = r;
    }),
    exit: undefined,
    port: 0,
    logs: () =>
      child.stdout
        .join('')
        .split('\n')
        .filter((l) => l.trim() !== '')
        .map((l) => {
          try {
            return JSON.parse(l) as Record<string, unknown>;
          } catch {
            return { unparsed: l };
          }
        }),
    kill: async () => {
      if (child.exit !== undefined || proc.pid === undefined) return;
      try {
        process.kill(-proc.pid, 'SIGKILL');
      } catch {
        // already gone
      }
      await child.exited;
    },
  };
  proc.once('exit', (code, signal) => {
    child.exit = { code, signal };
    resolveExit(child.exit);
  });
  proc.stdout.setEncoding('utf8').on('data', (d: string) => child.stdout.push(d));
  proc.stderr.setEncoding('utf8').on('data', (d: string) => child.stderr.push(d));

  await waitUntil(
    () => child.exit !== undefined || child.logs().some((l) => l.msg === 'listening'),
    startTimeoutMs,
    'the "listening" log line',
    25,
  );
  const listening = child.logs().find((l) => l.msg === 'listening');
  if (!listening) {
    await child.kill();
    throw new Error(`the bot did not start: exit ${JSON.stringify(child.exit)}\n${child.stderr.join('')}${child.stdout.join('')}`);
  }
  child.port = Number(listening.port);
  return child;
}

/** GET /healthz on a fresh connection: the status, or the connection error's code. */
export function probeHealth(port: number, timeoutMs = 2_000): Promise<number | string> {
  return new Promise((resolveProbe) => {
    const req = httpRequest({ host: '127.0.0.1', port, path: '/healthz', agent: false, timeout: timeoutMs }, (res) => {
      res.resume();
      res.on('end', () => resolveProbe(res.statusCode ?? 0));
    });
    req.on('timeout', () => req.destroy(Object.assign(new Error('timeout'), { code: 'TIMEOUT' })));
    req.on('error', (e: NodeJS.ErrnoException) => resolveProbe(e.code ?? e.message));
    req.end();
  });
}

/** Resolves with the exit status, or 'running' if the child has not exited within `ms`. */
export function exitWithin(child: ChildBot, ms: number): Promise<ExitStatus | 'running'> {
  let timer: NodeJS.Timeout | undefined;
  return Promise.race([
    child.exited.finally(() => clearTimeout(timer)),
    new Promise<'running'>((r) => {
      timer = setTimeout(() => r('running'), ms);
    }),
  ]);
}
