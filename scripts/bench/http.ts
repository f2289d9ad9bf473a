/**
 * Section 2: turns per second over HTTP. The MIEUX+ bot and an echo bot on the same stack
 * (restify + createBotServer + CloudAdapter) each run in a child process (serverHost.ts) and get
 * the same load from autocannon in this process: warm-up, then a fixed duration.
 */
import autocannon from 'autocannon';
import { fork, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import type { HostMessage, ParentMessage, ServerKind } from './protocol';
import { formatCount, formatMs, summarise, verdict, type Summary } from './stats';
import { messageActivity, type Question } from './workload';

export const RATIO_GOAL = 0.8;
const REQUEST_TIMEOUT_S = 5;

export interface LoadOptions {
  readonly connections: number;
  readonly conversations: number;
  readonly warmupSeconds: number;
  readonly durationSeconds: number;
}

export interface LoadResult {
  readonly kind: ServerKind;
  readonly turnsPerSecond: number;
  readonly latencyMs: Summary;
  readonly errors: number;
  readonly timeouts: number;
  readonly non2xx: number;
  /** Warn/error lines the server logged, by level and message. */
  readonly problems: Readonly<Record<string, number>>;
}

type Problems = Readonly<Record<string, number>>;

interface ServerHost {
  readonly kind: ServerKind;
  readonly port: number;
  /** Closes the server, ends its process and returns what it logged. */
  close(): Promise<Problems>;
}

function startHost(kind: ServerKind): Promise<ServerHost> {
  // The child inherits tsx's loader flags; it exits by itself when this process's IPC channel closes.
  const child = fork(join(__dirname, 'serverHost.ts'), [kind], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  return new Promise((resolve, reject) => {
    const onExit = (code: number | null) => reject(new Error(`${kind} server exited (code ${code}) before it was ready`));
    child.once('exit', onExit);
    child.once('error', reject);
    child.once('message', (message: HostMessage) => {
      child.off('exit', onExit);
      if (message.type === 'ready') resolve({ kind, port: message.port, close: () => closeHost(child) });
      else reject(new Error(`${kind} server: unexpected message '${message.type}'`));
    });
  });
}

function closeHost(child: ChildProcess): Promise<Problems> {
  return new Promise((resolve, reject) => {
    let problems: Problems | undefined;
    child.on('message', (message: HostMessage) => {
      if (message.type === 'closed') problems = message.problems;
    });
    child.once('exit', (code) => (problems ? resolve(problems) : reject(new Error(`server exited (code ${code}) without a report`))));
    child.send({ type: 'close' } satisfies ParentMessage);
  });
}

function endpoint(port: number): string {
  return `http://127.0.0.1:${port}/api/messages`;
}

/** One turn before the load: the server must answer 200 with at least one reply activity. */
async function checkReplies(host: ServerHost, body: string): Promise<void> {
  const response = await fetch(endpoint(host.port), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body,
    signal: AbortSignal.timeout(REQUEST_TIMEOUT_S * 1000),
  });
  const json: unknown = await response.json().catch(() => undefined);
  const activities = typeof json === 'object' && json !== null && 'activities' in json && Array.isArray(json.activities) ? json.activities : [];
  if (response.status !== 200 || activities.length === 0)
    throw new Error(`${host.kind} server: expected 200 with replies, got ${response.status} with ${activities.length} activities`);
}

/** Drives the server for `seconds`; collects the latency of each 2xx response into `latencies` when given. */
function runLoad(host: ServerHost, options: LoadOptions, seconds: number, nextBody: () => string, latencies?: number[]): Promise<autocannon.Result> {
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url: endpoint(host.port),
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        connections: options.connections,
        duration: seconds,
        timeout: REQUEST_TIMEOUT_S,
        requests: [{ setupRequest: (request) => ({ ...request, body: nextBody() }) }],
      },
      (error: unknown, result: autocannon.Result) => (error ? reject(error) : resolve(result)),
    );
    // autocannon's own histogram keeps whole milliseconds; the response event has the exact time.
    if (latencies)
      instance.on('response', (_client, status, _bytes, ms) => {
        if (status >= 200 && status < 300) latencies.push(ms);
      });
  });
}

async function measure(host: ServerHost, questions: readonly Question[], options: LoadOptions): Promise<Omit<LoadResult, 'problems'>> {
  let n = 0;
  const nextBody = (): string => messageActivity(n++, questions, options.conversations);
  await checkReplies(host, nextBody());
  await runLoad(host, options, options.warmupSeconds, nextBody);
  const latencies: number[] = [];
  const result = await runLoad(host, options, options.durationSeconds, nextBody, latencies);
  return {
    kind: host.kind,
    turnsPerSecond: result['2xx'] / result.duration,
    latencyMs: summarise(latencies),
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
  };
}

/** Both servers start together; each is measured alone (the other one idles), echo first. */
export async function benchHttp(questions: readonly Question[], options: LoadOptions): Promise<{ echo: LoadResult; bot: LoadResult }> {
  const [echoHost, botHost] = await Promise.all([startHost('echo'), startHost('bot')]);
  const echo = await measure(echoHost, questions, options);
  const bot = await measure(botHost, questions, options);
  const [echoProblems, botProblems] = await Promise.all([echoHost.close(), botHost.close()]);
  return { echo: { ...echo, problems: echoProblems }, bot: { ...bot, problems: botProblems } };
}

const LABELS: Readonly<Record<ServerKind, string>> = { echo: 'echo bot', bot: 'MIEUX+ bot' };

function row(r: LoadResult): string {
  const logged = Object.values(r.problems).reduce((sum, n) => sum + n, 0);
  return [
    LABELS[r.kind].padEnd(12),
    formatCount(r.turnsPerSecond, 1).padStart(9),
    formatMs(r.latencyMs.p50).padStart(10),
    formatMs(r.latencyMs.p99).padStart(10),
    `${r.errors}${r.timeouts ? ` (${r.timeouts} timeouts)` : ''}`.padStart(7),
    String(r.non2xx).padStart(8),
    String(logged).padStart(14),
  ].join('  ');
}

export function printHttp(results: { echo: LoadResult; bot: LoadResult }, questions: readonly Question[], options: LoadOptions): void {
  console.log('\n2. HTTP turns: POST /api/messages, deliveryMode expectReplies, anonymous, 127.0.0.1');
  console.log(
    `   load: ${options.connections} connections, ${options.conversations} conversations, ${questions.length} questions cycling, ` +
      `${options.warmupSeconds} s warm-up + ${options.durationSeconds} s measured per server; servers in child processes`,
  );
  console.log(`   ${['server'.padEnd(12), 'turns/s'.padStart(9), 'p50'.padStart(10), 'p99'.padStart(10), 'errors'.padStart(7), 'non-2xx'.padStart(8), 'logged issues'.padStart(14)].join('  ')}`);
  for (const r of [results.echo, results.bot]) console.log(`   ${row(r)}`);
  for (const r of [results.echo, results.bot])
    for (const [what, count] of Object.entries(r.problems)) console.log(`   ${LABELS[r.kind]} logged ${count}× ${what}`);
  const ratio = results.bot.turnsPerSecond / results.echo.turnsPerSecond;
  console.log(`   bot / echo: ${(ratio * 100).toFixed(1)}% of the echo bot's turns/s; goal at least ${RATIO_GOAL * 100}%: ${verdict(ratio >= RATIO_GOAL)}`);
}
