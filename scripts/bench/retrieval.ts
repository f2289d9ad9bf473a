/** Section 1: knowledge load, index build and per-question time of LocalRecognizer.recognizeSync. */
import { loadKnowledge } from '../../src/core/knowledge/loadKnowledge';
import type { KnowledgeBase } from '../../src/core/knowledge/types';
import { collectGarbage } from './collectGarbage';
import { LocalRecognizer } from '../../src/core/understanding/localRecognizer';
import { formatCount, formatMb, formatMs, summarise, verdict, type Summary } from './stats';
import { countByLang, type Question } from './workload';

export const P99_GOAL_MS = 1;

export interface RetrievalOptions {
  readonly warmupRounds: number;
  readonly rounds: number;
}

export interface RetrievalResult {
  readonly entries: number;
  readonly loadMs: number;
  readonly buildMs: number;
  readonly heapAfterBuild: number;
  readonly heapOfKnowledge: number;
  readonly recognitions: number;
  readonly perQuestionMs: Summary;
  readonly questionsPerSecond: number;
  readonly answered: number;
}

function heapUsed(): number {
  collectGarbage();
  return process.memoryUsage().heapUsed;
}

function elapsedMs(start: bigint): number {
  return Number(process.hrtime.bigint() - start) / 1e6;
}

function timed<T>(work: () => T): { value: T; ms: number } {
  const start = process.hrtime.bigint();
  const value = work();
  return { value, ms: elapsedMs(start) };
}

/** Times each recognition; returns the number answered, so the work cannot be optimised away. */
function recognizeRounds(recognizer: LocalRecognizer, questions: readonly Question[], rounds: number, samples?: Float64Array): number {
  let answered = 0;
  let i = 0;
  for (let round = 0; round < rounds; round += 1) {
    for (const q of questions) {
      const start = process.hrtime.bigint();
      const result = recognizer.recognizeSync({ text: q.text, locale: q.lang, context: {} });
      if (samples) samples[i] = elapsedMs(start);
      i += 1;
      if (result.kind === 'answer') answered += 1;
    }
  }
  return answered;
}

export function benchRetrieval(knowledgeDir: string, questions: readonly Question[], options: RetrievalOptions): RetrievalResult {
  const heapBefore = heapUsed();
  const load = timed((): KnowledgeBase => loadKnowledge(knowledgeDir));
  const build = timed(() => new LocalRecognizer(load.value));
  const heapAfterBuild = heapUsed();

  recognizeRounds(build.value, questions, options.warmupRounds);
  const samples = new Float64Array(questions.length * options.rounds);
  const run = timed(() => recognizeRounds(build.value, questions, options.rounds, samples));

  return {
    entries: load.value.entries.size,
    loadMs: load.ms,
    buildMs: build.ms,
    heapAfterBuild,
    heapOfKnowledge: heapAfterBuild - heapBefore,
    recognitions: samples.length,
    perQuestionMs: summarise(samples),
    questionsPerSecond: samples.length / (run.ms / 1000),
    answered: run.value / options.rounds,
  };
}

export function printRetrieval(r: RetrievalResult, questions: readonly Question[], options: RetrievalOptions): void {
  const t = r.perQuestionMs;
  console.log('\n1. Retrieval: LocalRecognizer.recognizeSync, in process');
  console.log(`   knowledge base: ${r.entries} entries loaded in ${r.loadMs.toFixed(0)} ms, indexes built in ${r.buildMs.toFixed(0)} ms`);
  console.log(`   heap used after build: ${formatMb(r.heapAfterBuild)} (knowledge base + indexes: ${formatMb(r.heapOfKnowledge)})`);
  console.log(
    `   workload: ${questions.length} eval questions (${countByLang(questions)}), ${options.warmupRounds} warm-up rounds, ` +
      `then ${options.rounds} rounds = ${formatCount(r.recognitions)} recognitions (${r.answered} of ${questions.length} answered directly)`,
  );
  console.log(`   per question: p50 ${formatMs(t.p50)} · p90 ${formatMs(t.p90)} · p99 ${formatMs(t.p99)} · max ${formatMs(t.max)}`);
  console.log(`   throughput: ${formatCount(r.questionsPerSecond)} questions/s (one thread)`);
  console.log(`   goal p99 under ${P99_GOAL_MS} ms: ${verdict(t.p99 < P99_GOAL_MS)} (p99 ${formatMs(t.p99)})`);
}
