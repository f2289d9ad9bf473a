/**
 * The soak of `npm run bench:load`: the production bot alone under steady load for a fixed time,
 * every few turns a conversation never seen before, with the server's memory sampled (after a
 * full collection) at fixed intervals. Whatever the bot keeps per conversation must stay within
 * its bounds, so memory must level off instead of growing with the conversations served.
 */
import { formatCount, formatMb, formatMs, summarise, verdict, type Summary } from './stats';
import { Driver, runLoad, startHost, type ServerHost } from './http';
import type { HostReport, HostOptions, MemorySample } from './protocol';
import { messageActivity, type Question } from './workload';

export interface SoakOptions {
  readonly connections: number;
  /** Turns in each conversation before the load moves on to a new one. */
  readonly turnsPerConversation: number;
  /** Load before the first sample: the state reaches its bound here. */
  readonly warmupSeconds: number;
  readonly seconds: number;
  readonly sampleEverySeconds: number;
  readonly host: HostOptions;
}

export interface SoakResult {
  readonly turnsPerSecond: number;
  readonly latencyMs: Summary;
  /** autocannon's errors, timeouts included. */
  readonly errors: number;
  readonly timeouts: number;
  readonly non2xx: number;
  readonly conversations: number;
  /** Before any load. */
  readonly baseline: MemorySample;
  /** Seconds since the measured part began, and the memory then. */
  readonly samples: readonly { readonly at: number; readonly memory: MemorySample }[];
  readonly report: HostReport;
}

/** Memory is flat when the last samples are within this much of the first ones. */
export const FLAT_TOLERANCE = { bytes: 8 * 1024 * 1024, fraction: 0.1 };

function median(values: readonly number[]): number {
  return summarise(values).p50;
}

/** Heap growth between the first and the last three samples (medians, so one GC's timing does not decide). */
export function heapGrowth(samples: SoakResult['samples']): { from: number; to: number; growth: number; flat: boolean } {
  const heap = samples.map((s) => s.memory.heapUsed);
  const from = median(heap.slice(0, 3));
  const to = median(heap.slice(-3));
  const growth = to - from;
  return { from, to, growth, flat: growth < Math.max(FLAT_TOLERANCE.bytes, from * FLAT_TOLERANCE.fraction) };
}

export async function soak(questions: readonly Question[], options: SoakOptions): Promise<SoakResult> {
  const host: ServerHost = await startHost('bot', options.host);
  const perConversation = options.turnsPerConversation;
  const body = (n: number) => messageActivity(n, questions, Number.POSITIVE_INFINITY, Math.floor(n / perConversation));
  const driver = new Driver(
    host,
    questions,
    {
      connections: options.connections,
      conversations: 0,
      warmupSeconds: options.warmupSeconds,
      durationSeconds: options.seconds,
      slices: 1,
    },
    body,
  );
  const baseline = await host.memory();
  await driver.warmUp();

  const samples: { at: number; memory: MemorySample }[] = [];
  const started = Date.now();
  const sample = async () => samples.push({ at: (Date.now() - started) / 1000, memory: await host.memory() });
  await sample();
  const timer = setInterval(() => void sample(), options.sampleEverySeconds * 1000);
  const latencies: number[] = [];
  const result = await runLoad(host, options, options.seconds, driver.nextBody, latencies).finally(() => clearInterval(timer));
  await sample();
  const report = await host.close();
  const turns = driver.sent;
  return {
    turnsPerSecond: result['2xx'] / result.duration,
    latencyMs: summarise(latencies),
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
    conversations: Math.ceil(turns / perConversation),
    baseline,
    samples: samples.sort((a, b) => a.at - b.at),
    report,
  };
}

export function printSoak(r: SoakResult, options: SoakOptions): void {
  const growth = heapGrowth(r.samples);
  const logged = Object.values(r.report.problems).reduce((sum, n) => sum + n, 0);
  console.log(
    `\n2. Soak: the MIEUX+ bot alone, ${options.seconds} s after ${options.warmupSeconds} s of warm-up, ${options.connections} connections`,
  );
  console.log(
    `   load: a new conversation every ${options.turnsPerConversation} turns (${formatCount(r.conversations)} conversations in all, warm-up included); ` +
      `server env ${JSON.stringify(options.host.env ?? {})}`,
  );
  console.log(
    `   ${formatCount(r.turnsPerSecond, 1)} turns/s · p50 ${formatMs(r.latencyMs.p50)} · p99 ${formatMs(r.latencyMs.p99)} · errors ${r.errors}${r.timeouts ? ` (${r.timeouts} timeouts)` : ''} · non-2xx ${r.non2xx} · logged issues ${logged}`,
  );
  for (const [what, count] of Object.entries(r.report.problems)) console.log(`   logged ${count}× ${what}`);
  console.log(`   memory every ${options.sampleEverySeconds} s (after a full GC; heap used / RSS):`);
  console.log(`   ${r.samples.map((s) => `${s.at.toFixed(0)}s ${formatMb(s.memory.heapUsed)}/${formatMb(s.memory.rss)}`).join(' · ')}`);
  const last = r.samples.at(-1)?.memory;
  console.log(`   bot memory before the load: heap used ${formatMb(r.baseline.heapUsed)}, RSS ${formatMb(r.baseline.rss)}`);
  console.log(
    last
      ? `   bot memory after the run:   heap used ${formatMb(last.heapUsed)}, RSS ${formatMb(last.rss)}`
      : '   bot memory after the run:   no sample taken',
  );
  const cap = Number(options.host.env?.MEMORY_STATE_MAX_ITEMS ?? 0);
  if (cap > 0) {
    const perItem = (growth.to - r.baseline.heapUsed) / cap;
    console.log(
      `   the heap above the baseline over MEMORY_STATE_MAX_ITEMS=${formatCount(cap)}: at most ${(perItem / 1024).toFixed(1)} KB per remembered conversation ` +
        `(so the default cap of 50,000 levels off within about ${formatMb(perItem * 50_000)} above the baseline)`,
    );
  }
  console.log(
    `   heap ${formatMb(growth.from)} → ${formatMb(growth.to)} (${growth.growth >= 0 ? '+' : ''}${formatMb(growth.growth)}); ` +
      `goal flat (growth under ${formatMb(FLAT_TOLERANCE.bytes)} or ${FLAT_TOLERANCE.fraction * 100}%): ${verdict(growth.flat)}`,
  );
  console.log(`   goal zero errors: ${verdict(r.errors === 0 && r.non2xx === 0)}`);
}
