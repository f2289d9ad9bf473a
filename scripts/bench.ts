/**
 * npm run bench: a measurement of the MIEUX+ inquiry bot, bounded to under a minute.
 *  1. Retrieval: knowledge load and index build time, heap after build, and the time per question
 *     of LocalRecognizer.recognizeSync over every eval question (es/en/fr), warmed up. Goal: p99 < 1 ms.
 *  2. HTTP: turns/s and latency of the real bot server against an echo bot on the same
 *     restify + CloudAdapter stack, under the same autocannon load. Goal: bot ≥ 80% of echo.
 *     For reference, a minimal bot with understanding and state only (bench/minimalBot.ts).
 *  3. CLU budget: how long a turn takes when Azure CLU never answers, at CLU_TIMEOUT_MS 200 and
 *     1500 (the default). Goal: every turn answered locally within its budget + 250 ms.
 * It prints "goal met" / "goal missed" and exits 0 either way; 1 only when the benchmark itself fails.
 */
import { availableParallelism, cpus } from 'node:os';
import { loadConfig } from '../src/config';
import { benchCluBudget, printCluBudget, type CluBudgetOptions } from './bench/cluBudget';
import { benchHttp, printHttp, type LoadOptions } from './bench/http';
import { benchRetrieval, printRetrieval, type RetrievalOptions } from './bench/retrieval';
import { loadQuestions } from './bench/workload';

const DEADLINE_MS = 58_000;
const RETRIEVAL: RetrievalOptions = { warmupRounds: 3, rounds: 20 };
const HTTP: LoadOptions = { connections: 32, conversations: 200, warmupSeconds: 2, durationSeconds: 10, slices: 4 };
const CLU_BUDGET: CluBudgetOptions = { budgetsMs: [200, 1500], turns: 3, graceMs: 250 };

function printEnvironment(): void {
  const model = cpus()[0]?.model.trim() ?? 'unknown CPU';
  console.log('MIEUX+ inquiry bot benchmark');
  console.log(`node ${process.version} · ${availableParallelism()} CPUs (${model}) · ${process.platform} ${process.arch}`);
}

async function main(): Promise<void> {
  const started = Date.now();
  setTimeout(() => {
    console.error(`bench: still running after ${DEADLINE_MS / 1000} s, stopping`);
    process.exit(1);
  }, DEADLINE_MS).unref();

  printEnvironment();
  const questions = loadQuestions();
  const config = loadConfig({ LOG_LEVEL: 'silent' }, null);
  printRetrieval(benchRetrieval(config.knowledgeDir, questions, RETRIEVAL), questions, RETRIEVAL);
  printHttp(await benchHttp(questions, HTTP, { mode: 'bare' }, true), questions, HTTP);
  printCluBudget(await benchCluBudget(config.knowledgeDir, CLU_BUDGET), CLU_BUDGET);
  console.log(`\nbench finished in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(`bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    process.exit(1);
  },
);
