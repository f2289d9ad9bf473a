/**
 * npm run bench:load: the bot as it runs in production, under load over HTTP on 127.0.0.1,
 * bounded to about two minutes.
 *  1. Throughput: the MIEUX+ bot next to a bare echo bot, both on the production server stack
 *     (startServer: pino at info, request ids, rate limits at their defaults, bounded in-memory
 *     state), each in its own process, under the same autocannon load with many concurrent
 *     conversations. Goal: bot ≥ 80% of the echo bot's turns/s, zero errors.
 *  2. Soak: the bot alone for 60 s, a new conversation every few turns, memory sampled after a
 *     full GC every 5 s. Goal: flat memory (whatever is kept per conversation is bounded).
 * It prints "goal met" / "goal missed" and exits 0 either way; 1 only when the benchmark itself fails.
 */
import { availableParallelism, cpus, loadavg } from 'node:os';
import { benchHttp, printHttp, type LoadOptions } from './bench/http';
import type { HostOptions } from './bench/protocol';
import { printSoak, soak, type SoakOptions } from './bench/soak';
import { loadQuestions } from './bench/workload';

const DEADLINE_MS = 170_000;
const PRODUCTION: HostOptions = { mode: 'production' };
/**
 * 10,000 conversations cycling under ~100 requests in flight: each conversation gets a turn every
 * few seconds, well inside the default 60 messages per conversation per minute.
 */
const HTTP: LoadOptions = { connections: 100, conversations: 10_000, warmupSeconds: 3, durationSeconds: 12, slices: 4 };
/**
 * The state's bound is lowered so the soak reaches it during its warm-up: with the default 50,000
 * remembered conversations it would need longer than the soak to level off (see the estimate printed).
 */
const SOAK: SoakOptions = {
  connections: 100,
  turnsPerConversation: 3,
  warmupSeconds: 10,
  seconds: 60,
  sampleEverySeconds: 5,
  host: { mode: 'production', env: { MEMORY_STATE_MAX_ITEMS: '5000' } },
};

async function main(): Promise<void> {
  const started = Date.now();
  setTimeout(() => {
    console.error(`bench:load: still running after ${DEADLINE_MS / 1000} s, stopping`);
    process.exit(1);
  }, DEADLINE_MS).unref();

  const model = cpus()[0]?.model.trim() ?? 'unknown CPU';
  console.log('MIEUX+ inquiry bot load benchmark (production server stack)');
  console.log(`node ${process.version} · ${availableParallelism()} CPUs (${model}) · ${process.platform} ${process.arch}`);
  // Load generator and servers share these CPUs: anything else running skews every figure.
  console.log(`load average before the run: ${(loadavg()[0] ?? 0).toFixed(2)}`);
  const questions = loadQuestions();
  const http = await benchHttp(questions, HTTP, PRODUCTION);
  printHttp(http, questions, HTTP, '1. Throughput, production server stack (rate limits on, pino at info)');
  // autocannon's error count includes its timeouts.
  const errors = [http.bot, http.echo].reduce((sum, r) => sum + r.errors + r.non2xx, 0);
  console.log(`   goal zero errors: ${errors === 0 ? 'goal met' : `goal missed (${errors})`}`);
  printSoak(await soak(questions, SOAK), SOAK);
  console.log(`\nload average after the run: ${(loadavg()[0] ?? 0).toFixed(2)}`);
  console.log(`bench:load finished in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(`bench:load failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    process.exit(1);
  },
);
