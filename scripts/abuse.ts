/**
 * npm run abuse: the bot as it runs in production (startServer in its own process: rate limits,
 * connection limits and the Direct Line budget at their defaults, pino at info), driven for a
 * bounded time by hostile clients (scripts/bench/hostile.ts) while one well-behaved client, from
 * an address of its own, chats over the embedded Direct Line and /api/messages.
 *
 * Prints what the hostile clients got back, the well-behaved client's latency percentiles and
 * errors, and the bot's resident memory (RSS) throughout against a stated budget. Goals: that
 * client's p99 under 100 ms and no errors; RSS within RSS_BUDGET_MB. It prints "goal met" /
 * "goal missed" and exits 0 either way; 1 only when the benchmark itself fails.
 */
import { fork } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { availableParallelism, cpus, loadavg } from 'node:os';
import { startHost, type ServerHost } from './bench/http';
import {
  activity,
  blackHole,
  Client,
  deepJson,
  hugeContentLength,
  poll,
  postActivity,
  slowloris,
  startConversation,
  token,
  until,
  type Tally,
} from './bench/hostile';
import { formatCount, formatMb, formatMs, summarise, verdict } from './bench/stats';
import type { WellBehavedResult } from './bench/wellBehaved';

const HOSTILE_SECONDS = 60;
const WARMUP_SECONDS = 5;
const DEADLINE_MS = 170_000;
/**
 * Addresses flooding the Direct Line, each with as many conversations as it may open
 * (`npm run abuse -- --flood 24` for more). Eight get about 30 million characters accepted within
 * the minute, far more than the transcripts may hold; with many more, what the rate limits let
 * through alone keeps the bot's one event loop busy, and latency is then a matter of capacity
 * (more instances), not of abuse.
 */
const FLOOD_ADDRESSES = floodAddresses(process.argv.slice(2));
/**
 * Each flooding address sends a request every 40 ms: 25 a second, two and a half times the 10 a
 * second RATE_LIMIT_IP_PER_MINUTE lets through; 600 a second from all of them.
 */
const FLOOD_PACE_MS = 40;
/** The other hostile clients: 100 requests a second each. */
const HOSTILE_PACE_MS = 10;
/** Slow-header connections one address tries to keep open (the server allows MAX_CONNECTIONS_PER_CLIENT, 128). */
const SLOW_CONNECTIONS = 200;
/** The well-behaved client's goal. */
const P99_GOAL_MS = 100;
/**
 * The bot's resident memory must stay under this, whatever the hostile clients do. It is the
 * process at rest (about 120-150 MB here: Node, botbuilder, restify, the knowledge base and its
 * indexes) plus the embedded Direct Line's transcript budget (DIRECTLINE_MEMORY_MB, 32 MB of JSON,
 * which takes up to about three times that as JavaScript strings and garbage before collection),
 * plus room for requests in flight.
 */
const RSS_BUDGET_MB = 320;
const CHAT_TEXT = 'x'.repeat(4_000);
/** As `npm start` runs the bot: the heap is capped, so garbage is collected before RSS grows past the budget. */
const NODE_ARGS = ['--max-old-space-size=256'];

function floodAddresses(args: readonly string[]): number {
  const at = args.indexOf('--flood');
  if (at === -1) return 8;
  const value = Number(args[at + 1]);
  if (!Number.isInteger(value) || value < 1 || value > 250)
    throw new Error(`--flood takes a number of addresses from 1 to 250, got '${args[at + 1] ?? ''}'`);
  return value;
}

/** CPU time (user + system) a process has used, in ms, from /proc (Linux; clock ticks of 10 ms). */
function cpuMsOf(pid: number): number {
  // The fields after the command name, which is in parentheses and may hold spaces.
  const fields = (readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1] ?? '').split(' ');
  if (fields.length < 13) throw new Error(`cpuMsOf(): /proc/${pid}/stat has no CPU times`);
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

function rssOf(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/^VmRSS:\s+(\d+) kB/m.exec(status)?.[1] ?? 0) * 1024;
}

/** One address flooding the Direct Line: every conversation it may open, the largest messages, never a poll. */
async function flood(base: string, address: string, deadline: number, tally: Tally): Promise<void> {
  const client = new Client(base, address, 2);
  const held: { token: string; id: string }[] = [];
  let next = 0;
  await until(
    deadline,
    tally,
    'direct line flood',
    async () => {
      // A new conversation every few messages; past its share the address gets 429.
      if (held.length === 0 || next % 8 === 0) {
        const issued = await token(client);
        if (!issued.token) return `token ${issued.status}`;
        const started = await startConversation(client, issued.token);
        next += 1;
        if (started.conversationId) held.push({ token: issued.token, id: started.conversationId });
        return `start ${started.status}`;
      }
      const target = held[next++ % held.length];
      if (!target) return 'no conversation';
      const answer = await postActivity(client, target.token, target.id, JSON.stringify({ type: 'message', text: CHAT_TEXT }));
      return `post ${answer.status}`;
    },
    FLOOD_PACE_MS,
  );
  client.close();
}

/** Bodies over every limit, a nested value, forged tokens: all on the Direct Line. */
async function malformedDirectLine(base: string, port: number, address: string, deadline: number, tally: Tally): Promise<void> {
  const client = new Client(base, address, 2);
  const issued = await token(client);
  const started = issued.token ? await startConversation(client, issued.token) : { status: 0 };
  const id = 'conversationId' in started ? started.conversationId : undefined;
  const bearer = issued.token;
  if (!bearer || !id) return;
  let n = 0;
  await until(
    deadline,
    tally,
    'direct line malformed',
    async () => {
      switch (n++ % 5) {
        case 0:
          return `200 KB body ${(await postActivity(client, bearer, id, JSON.stringify({ type: 'message', text: 'z'.repeat(200_000) }))).status}`;
        case 1:
          return `nested value ${(await postActivity(client, bearer, id, `{"type":"message","text":"x","value":${deepJson(5_000)}}`)).status}`;
        case 2:
          return `forged token ${(await poll(client, 'eyJhbGciOiJIUzI1NiJ9.e30.forged', id, '0')).status}`;
        case 3:
          return `100 MB Content-Length ${await hugeContentLength(port, address)}`;
        default:
          return `too long text ${(await postActivity(client, bearer, id, JSON.stringify({ type: 'message', text: 'y'.repeat(4_001) }))).status}`;
      }
    },
    HOSTILE_PACE_MS,
  );
  client.close();
}

/** /api/messages: deep JSON, a 100 KB channelId, relaying elsewhere, and a channel that never answers. */
async function hostileMessages(
  base: string,
  address: string,
  holeUrl: string,
  deadline: number,
  tally: Tally,
  kind: 'malformed' | 'stuck channel',
): Promise<void> {
  const client = new Client(base, address, 4);
  let n = 0;
  const post = async (body: string) => (await client.request('POST', '/api/messages', { body, timeoutMs: 60_000 })).status;
  await until(
    deadline,
    tally,
    `api/messages ${kind}`,
    async () => {
      const conversationId = `abuse-${address}-${n % 50}`;
      if (kind === 'stuck channel')
        return `no answer from channel ${await post(activity({ text: 'Who funds MIEUX+?', conversationId: `${conversationId}-${n++}`, serviceUrl: holeUrl, expectReplies: false }))}`;
      switch (n++ % 4) {
        case 0:
          return `nested 5000 deep ${await post(activity({ text: 'x', conversationId, serviceUrl: 'http://127.0.0.1:9', expectReplies: true, extra: `"channelData":${deepJson(5_000)}` }))}`;
        case 1:
          return `100 KB channelId ${await post(activity({ text: 'x', conversationId, serviceUrl: 'http://127.0.0.1:9', expectReplies: true }).replace('"channelId":"abuse"', `"channelId":"${'c'.repeat(100_000)}"`))}`;
        case 2:
          return `relay elsewhere ${await post(activity({ text: 'x', conversationId, serviceUrl: 'https://relay.example.org/', expectReplies: false }))}`;
        default:
          return `rate-limited conversation ${await post(activity({ text: 'Who funds MIEUX+?', conversationId: 'one-conversation', serviceUrl: 'http://127.0.0.1:9', expectReplies: true }))}`;
      }
    },
    HOSTILE_PACE_MS,
  );
  client.close();
}

/** The well-behaved client, in a process of its own (scripts/bench/wellBehaved.ts), for `seconds`. */
function runWellBehaved(base: string, seconds: number): Promise<WellBehavedResult> {
  const child = fork(join(__dirname, 'bench', `wellBehaved${extname(__filename)}`), [base, String(seconds)], {
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  return new Promise((resolve, reject) => {
    child.once('message', (result: WellBehavedResult) => resolve(result));
    child.once('exit', (code) => reject(new Error(`the well-behaved client exited (code ${code}) without a result`)));
  });
}

function printTally(tally: Tally): void {
  for (const [category, outcomes] of tally) {
    const total = [...outcomes.values()].reduce((a, b) => a + b, 0);
    const detail = [...outcomes.entries()].sort((a, b) => b[1] - a[1]).map(([outcome, n]) => `${outcome} ×${formatCount(n)}`);
    console.log(`   ${category.padEnd(28)} ${formatCount(total).padStart(8)}  ${detail.join(', ')}`);
  }
}

function printLatency(label: string, samples: number[]): boolean {
  const s = summarise(samples);
  console.log(
    `   ${label.padEnd(34)} n=${formatCount(s.count).padStart(5)}  p50 ${formatMs(s.p50)}  p90 ${formatMs(s.p90)}  p99 ${formatMs(s.p99)}  max ${formatMs(s.max)}`,
  );
  return s.p99 < P99_GOAL_MS;
}

/** What the hostile run measured, for the report. */
interface AttackFigures {
  readonly tally: Tally;
  readonly mostSlowOpen: number;
  readonly serverBusy: number;
  readonly good: WellBehavedResult;
  readonly rss: readonly number[];
  readonly afterHeap: number;
  readonly endRss: number;
}

/** Every kind of hostile traffic at once for HOSTILE_SECONDS, with the well-behaved clients measured meanwhile. */
async function attack(host: ServerHost, base: string, holeUrl: string): Promise<AttackFigures> {
  const deadline = Date.now() + HOSTILE_SECONDS * 1_000;
  const tally: Tally = new Map();
  const rss: number[] = [];
  const sampler = setInterval(() => rss.push(rssOf(host.pid)), 1_000);
  const cpuBefore = cpuMsOf(host.pid);
  const measured = runWellBehaved(base, HOSTILE_SECONDS);
  const slowConnections = slowloris(host.port, '127.0.3.4', SLOW_CONNECTIONS, deadline, tally);
  await Promise.all([
    ...Array.from({ length: FLOOD_ADDRESSES }, (_, i) => flood(base, `127.0.2.${i + 1}`, deadline, tally)),
    malformedDirectLine(base, host.port, '127.0.3.1', deadline, tally),
    hostileMessages(base, '127.0.3.2', holeUrl, deadline, tally, 'malformed'),
    hostileMessages(base, '127.0.3.3', holeUrl, deadline, tally, 'stuck channel'),
  ]);
  const mostSlowOpen = await slowConnections;
  const serverBusy = (cpuMsOf(host.pid) - cpuBefore) / (HOSTILE_SECONDS * 1_000);
  const good = await measured;
  clearInterval(sampler);
  const afterHeap = (await host.memory()).heapUsed;
  return { tally, mostSlowOpen, serverBusy, good, rss, afterHeap, endRss: rssOf(host.pid) };
}

function printHostile({ tally, mostSlowOpen, serverBusy }: AttackFigures): void {
  const hostileRequests = [...tally.entries()]
    .filter(([category]) => category !== 'slow headers')
    .reduce((sum, [, outcomes]) => sum + [...outcomes.values()].reduce((a, b) => a + b, 0), 0);
  console.log(
    `\n1. Hostile traffic for ${HOSTILE_SECONDS} s, ${formatCount(hostileRequests / HOSTILE_SECONDS)} requests a second: ${FLOOD_ADDRESSES} addresses flooding the Direct Line (4,000-character messages, never polled),`,
  );
  console.log(
    `   malformed and oversized requests, 5,000-deep JSON, a channel that never answers, ${SLOW_CONNECTIONS} slow-header connections from one address`,
  );
  console.log('   (answers by kind; "start" is a new conversation, "post" a message):');
  printTally(tally);
  const acceptedChars = (tally.get('direct line flood')?.get('post 200') ?? 0) * CHAT_TEXT.length;
  console.log(
    `   the flood got ${(acceptedChars / 1e6).toFixed(1)} million characters accepted into conversations never polled (DIRECTLINE_MEMORY_MB: 32)`,
  );
  console.log(
    `   the bot's process was busy ${(serverBusy * 100).toFixed(0)}% of the time (CPU time of its one event loop, and its GC threads)`,
  );
  console.log(
    `   slow-header connections held open (2 s or more) at once from that address: at most ${mostSlowOpen} of the ${SLOW_CONNECTIONS} it tried`,
  );
}

function printWellBehaved({ good }: AttackFigures): void {
  console.log(
    `\n2. Well-behaved clients meanwhile (4 people at the web chat and a channel on /api/messages, each from its own address, within the limits):`,
  );
  const goals = [
    printLatency('Direct Line: post a question (turn)', good.postMs),
    printLatency('Direct Line: poll for the answer', good.pollMs),
    printLatency('/api/messages, expectReplies (turn)', good.apiMs),
  ];
  const errors = Object.entries(good.errors);
  console.log(`   errors: ${errors.length === 0 ? 'none' : errors.map(([k, n]) => `${k} ×${n}`).join(', ')}`);
  console.log(
    `   goal p99 < ${P99_GOAL_MS} ms on every kind of request, no errors: ${verdict(goals.every(Boolean) && errors.length === 0)}`,
  );
}

function printMemory(resting: { readonly rss: number; readonly heap: number }, { rss, afterHeap, endRss }: AttackFigures): void {
  const peak = Math.max(resting.rss, ...rss, endRss);
  console.log('\n3. Memory of the bot process');
  console.log(
    `   RSS at rest ${formatMb(resting.rss)}; under attack: min ${formatMb(Math.min(...rss))}, max ${formatMb(peak)}, at the end ${formatMb(endRss)}`,
  );
  console.log(`   heap after a full GC: at rest ${formatMb(resting.heap)}, after the attack ${formatMb(afterHeap)}`);
  console.log(`   goal RSS ≤ ${RSS_BUDGET_MB} MB throughout: ${verdict(peak <= RSS_BUDGET_MB * 1024 * 1024)}`);
}

async function main(): Promise<void> {
  const begun = Date.now();
  setTimeout(() => {
    console.error(`abuse: still running after ${DEADLINE_MS / 1000} s, stopping`);
    process.exit(1);
  }, DEADLINE_MS).unref();
  console.log('MIEUX+ inquiry bot under hostile traffic (production server stack, limits at their defaults)');
  console.log(
    `node ${process.version} · ${availableParallelism()} CPUs (${cpus()[0]?.model.trim() ?? 'unknown CPU'}) · load average before: ${(loadavg()[0] ?? 0).toFixed(2)}`,
  );

  const host: ServerHost = await startHost('bot', { mode: 'production', nodeArgs: NODE_ARGS });
  const base = `http://127.0.0.1:${host.port}`;
  const hole = await blackHole();

  // Warm-up: the well-behaved client alone.
  await runWellBehaved(base, WARMUP_SECONDS);
  const resting = { rss: rssOf(host.pid), heap: (await host.memory()).heapUsed };
  console.log(
    `\nAt rest, after a ${WARMUP_SECONDS} s warm-up: RSS ${formatMb(resting.rss)}, heap after a full GC ${formatMb(resting.heap)}`,
  );

  const figures = await attack(host, base, hole.url);
  printHostile(figures);
  printWellBehaved(figures);
  printMemory(resting, figures);

  await hole.close();
  const report = await host.close();
  const problems = Object.entries(report.problems).sort((a, b) => b[1] - a[1]);
  console.log(`\n4. Warnings and errors the bot logged: ${problems.length === 0 ? 'none' : ''}`);
  for (const [line, n] of problems) console.log(`   ${formatCount(n).padStart(7)} × ${line}`);
  console.log(
    `\nload average after the run: ${(loadavg()[0] ?? 0).toFixed(2)}; abuse finished in ${((Date.now() - begun) / 1000).toFixed(1)} s`,
  );
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(`abuse failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    process.exit(1);
  },
);
