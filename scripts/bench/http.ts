/**
 * Section 2: turns per second over HTTP. The MIEUX+ bot and an echo bot on the same stack
 * (restify + createBotServer + CloudAdapter) each run in a child process (serverHost.ts) and get
 * the same load from autocannon in this process: a checked first turn, a warm-up, then a fixed
 * duration in slices that alternate between the two servers.
 */
import autocannon from 'autocannon';
import { fork, type ChildProcess } from 'node:child_process';
import { extname, join } from 'node:path';
import type { HostMessage, HostOptions, HostReport, MemorySample, ParentMessage, ServerKind } from './protocol';
import { formatCount, formatMs, summarise, verdict, type Summary } from './stats';
import { messageActivity, type Question } from './workload';

export const RATIO_GOAL = 0.8;
const REQUEST_TIMEOUT_S = 5;

export interface LoadOptions {
  readonly connections: number;
  readonly conversations: number;
  readonly warmupSeconds: number;
  /** Measured seconds per server, run in `slices` alternating parts. */
  readonly durationSeconds: number;
  readonly slices: number;
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
  readonly cpuMicrosPerTurn: number;
}

export interface ServerHost {
  readonly kind: ServerKind;
  readonly port: number;
  /** The server process, for what only the operating system tells (its resident memory). */
  readonly pid: number;
  /** The server process's memory after a full collection. */
  memory(): Promise<MemorySample>;
  /** Closes the server, ends its process and returns what it logged. */
  close(): Promise<HostReport>;
}

export function startHost(kind: ServerKind, options: HostOptions = { mode: 'bare' }): Promise<ServerHost> {
  // The child inherits tsx's loader flags; it exits by itself when this process's IPC channel closes.
  const child = fork(join(__dirname, `serverHost${extname(__filename)}`), [kind, JSON.stringify(options)], {
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    execArgv: [...process.execArgv, ...(options.nodeArgs ?? [])],
  });
  return new Promise((resolve, reject) => {
    const onExit = (code: number | null) => reject(new Error(`${kind} server exited (code ${code}) before it was ready`));
    child.once('exit', onExit);
    child.once('error', reject);
    child.once('message', (message: HostMessage) => {
      child.off('exit', onExit);
      if (message.type === 'ready')
        resolve({ kind, port: message.port, pid: child.pid ?? 0, memory: () => askMemory(child), close: () => closeHost(child) });
      else reject(new Error(`${kind} server: unexpected message '${message.type}'`));
    });
  });
}

function askMemory(child: ChildProcess): Promise<MemorySample> {
  return new Promise((resolve) => {
    const onMessage = (message: HostMessage) => {
      if (message.type !== 'memory') return;
      child.off('message', onMessage);
      resolve(message.sample);
    };
    child.on('message', onMessage);
    child.send({ type: 'memory' } satisfies ParentMessage);
  });
}

function closeHost(child: ChildProcess): Promise<HostReport> {
  return new Promise((resolve, reject) => {
    let report: HostReport | undefined;
    child.on('message', (message: HostMessage) => {
      if (message.type === 'closed') report = message.report;
    });
    child.once('exit', (code) => (report ? resolve(report) : reject(new Error(`server exited (code ${code}) without a report`))));
    child.send({ type: 'close' } satisfies ParentMessage);
  });
}

export function endpoint(port: number): string {
  return `http://127.0.0.1:${port}/api/messages`;
}

/** One turn before the load: the server must answer 200 with at least one reply activity. */
export async function checkReplies(host: ServerHost, body: string): Promise<void> {
  const response = await fetch(endpoint(host.port), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body,
    signal: AbortSignal.timeout(REQUEST_TIMEOUT_S * 1000),
  });
  const json: unknown = await response.json().catch(() => undefined);
  const activities =
    typeof json === 'object' && json !== null && 'activities' in json && Array.isArray(json.activities) ? json.activities : [];
  if (response.status !== 200 || activities.length === 0)
    throw new Error(`${host.kind} server: expected 200 with replies, got ${response.status} with ${activities.length} activities`);
}

/** Drives the server for `seconds`; collects the latency of each 2xx response into `latencies` when given. */
export function runLoad(
  host: ServerHost,
  options: Pick<LoadOptions, 'connections'>,
  seconds: number,
  nextBody: () => string,
  latencies?: number[],
): Promise<autocannon.Result> {
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
      (error: unknown, result: autocannon.Result) =>
        error ? reject(error instanceof Error ? error : new Error('autocannon failed', { cause: error })) : resolve(result),
    );
    // autocannon's own histogram keeps whole milliseconds; the response event has the exact time.
    if (latencies)
      instance.on('response', (_client, status, _bytes, ms) => {
        if (status >= 200 && status < 300) latencies.push(ms);
      });
  });
}

/** The load on one server: its own request sequence (so both servers get the same one) and its totals. */
export class Driver {
  private n = 0;
  private readonly latencies: number[] = [];
  private ok = 0;
  private seconds = 0;
  private errors = 0;
  private timeouts = 0;
  private non2xx = 0;
  readonly slices: number[] = [];

  /** `body` gives the n-th request body; by default messages cycling through `options.conversations` conversations. */
  constructor(
    readonly host: ServerHost,
    questions: readonly Question[],
    private readonly options: LoadOptions,
    private readonly body: (n: number) => string = (n) => messageActivity(n, questions, options.conversations),
  ) {}

  readonly nextBody = (): string => this.body(this.n++);

  /** Request bodies handed out so far. */
  get sent(): number {
    return this.n;
  }

  async warmUp(): Promise<void> {
    await checkReplies(this.host, this.nextBody());
    await runLoad(this.host, this.options, this.options.warmupSeconds, this.nextBody);
  }

  async measureSlice(seconds: number): Promise<void> {
    const result = await runLoad(this.host, this.options, seconds, this.nextBody, this.latencies);
    this.ok += result['2xx'];
    this.seconds += result.duration;
    this.errors += result.errors;
    this.timeouts += result.timeouts;
    this.non2xx += result.non2xx;
    this.slices.push(result['2xx'] / result.duration);
  }

  result({ problems, cpuMicrosPerTurn }: HostReport): LoadResult {
    const { errors, timeouts, non2xx } = this;
    return {
      kind: this.host.kind,
      turnsPerSecond: this.ok / this.seconds,
      latencyMs: summarise(this.latencies),
      errors,
      timeouts,
      non2xx,
      problems,
      cpuMicrosPerTurn,
    };
  }
}

export interface HttpResult {
  readonly echo: LoadResult;
  readonly bot: LoadResult;
  /** The reference bot with understanding and state only, when measured. */
  readonly minimal?: LoadResult;
  /** bot / echo turns/s of each pair of slices. */
  readonly sliceRatios: readonly number[];
}

/**
 * The servers start together and are measured one at a time, alternating in slices (echo, bot,
 * echo, bot, ...; with `reference`, the minimal bot too) so that other work on the machine weighs
 * on all of them alike.
 */
export async function benchHttp(
  questions: readonly Question[],
  options: LoadOptions,
  hostOptions: HostOptions = { mode: 'bare' },
  reference = false,
): Promise<HttpResult> {
  const kinds: ServerKind[] = reference ? ['echo', 'bot', 'minimal'] : ['echo', 'bot'];
  const hosts = await Promise.all(kinds.map((kind) => startHost(kind, hostOptions)));
  const drivers = hosts.map((host) => new Driver(host, questions, options));
  for (const driver of drivers) await driver.warmUp();
  for (let slice = 0; slice < options.slices; slice += 1)
    for (const driver of drivers) await driver.measureSlice(options.durationSeconds / options.slices);
  const results = await Promise.all(drivers.map(async (driver) => driver.result(await driver.host.close())));
  const byKind = (kind: ServerKind): LoadResult | undefined => results.find((r) => r.kind === kind);
  const echo = byKind('echo');
  const bot = byKind('bot');
  const minimal = byKind('minimal');
  if (!echo || !bot) throw new Error('benchHttp(): the echo or the bot server gave no result');
  const slicesOf = (kind: ServerKind): readonly number[] => drivers.find((d) => d.host.kind === kind)?.slices ?? [];
  const echoSlices = slicesOf('echo');
  return {
    echo,
    bot,
    ...(minimal ? { minimal } : {}),
    sliceRatios: slicesOf('bot').map((turns, i) => turns / (echoSlices[i] ?? Number.NaN)),
  };
}

const LABELS: Readonly<Record<ServerKind, string>> = { echo: 'echo bot', bot: 'MIEUX+ bot', minimal: 'minimal bot' };

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

export function printHttp(results: HttpResult, questions: readonly Question[], options: LoadOptions, title = '2. HTTP turns'): void {
  console.log(`\n${title}: POST /api/messages, deliveryMode expectReplies, anonymous, 127.0.0.1`);
  console.log(
    `   load: ${options.connections} connections, ${options.conversations} conversations, ${questions.length} questions cycling, ` +
      `${options.warmupSeconds} s warm-up + ${options.durationSeconds} s measured per server ` +
      `(${options.slices} alternating slices); servers in child processes, load from this process`,
  );
  console.log(
    `   ${['server'.padEnd(12), 'turns/s'.padStart(9), 'p50'.padStart(10), 'p99'.padStart(10), 'errors'.padStart(7), 'non-2xx'.padStart(8), 'logged issues'.padStart(14)].join('  ')}`,
  );
  const measured = [results.echo, results.bot, ...(results.minimal ? [results.minimal] : [])];
  for (const r of measured) console.log(`   ${row(r)}`);
  for (const r of measured)
    for (const [what, count] of Object.entries(r.problems)) console.log(`   ${LABELS[r.kind]} logged ${count}× ${what}`);
  const ratio = results.bot.turnsPerSecond / results.echo.turnsPerSecond;
  const slices = results.sliceRatios.map((r) => `${(r * 100).toFixed(0)}%`).join(', ');
  console.log(`   bot / echo: ${(ratio * 100).toFixed(1)}% of the echo bot's turns/s (per slice: ${slices})`);
  console.log(`   goal at least ${RATIO_GOAL * 100}%: ${verdict(ratio >= RATIO_GOAL)}`);
  if (results.minimal) {
    const minimal = results.minimal;
    console.log(
      `   for reference, the minimal bot (understanding and conversation state, the answer's text only): ` +
        `${((minimal.turnsPerSecond / results.echo.turnsPerSecond) * 100).toFixed(1)}% of the echo bot's turns/s; ` +
        `the MIEUX+ bot does ${((results.bot.turnsPerSecond / minimal.turnsPerSecond) * 100).toFixed(1)}% of the minimal bot's`,
    );
  }
  const cpu = (r: LoadResult) => `${r.cpuMicrosPerTurn.toFixed(0)} µs`;
  console.log(
    `   server CPU per turn (whole run, warm-up included): echo ${cpu(results.echo)}, MIEUX+ ${cpu(results.bot)} ` +
      `(+${(results.bot.cpuMicrosPerTurn - results.echo.cpuMicrosPerTurn).toFixed(0)} µs for understanding, state and the reply)` +
      (results.minimal ? `, minimal ${cpu(results.minimal)}` : ''),
  );
}
