/**
 * Section 3: how long a turn takes when Azure CLU does not answer. The recognizer must give up at
 * its budget (CLU_TIMEOUT_MS) and answer locally; the tests check that it does, this measures when.
 */
import { createServer } from 'node:http';
import { performance } from 'node:perf_hooks';
import { createRecognizer } from '../../src/adapters/clu/createRecognizer';
import { loadConfig } from '../../src/config';
import { loadKnowledge } from '../../src/core/knowledge/loadKnowledge';
import { createLogger } from '../../src/logger';
import { formatMs, summarise, verdict, type Summary } from './stats';

export interface CluBudgetOptions {
  /** CLU_TIMEOUT_MS values to measure. */
  readonly budgetsMs: readonly number[];
  readonly turns: number;
  /** How far past its budget a turn may end: timers and the local answer. */
  readonly graceMs: number;
}

export interface CluBudgetResult {
  readonly budgetMs: number;
  readonly turnMs: Summary;
  /** Turns answered by the local recognizer (all of them, when CLU never answers). */
  readonly answeredLocally: number;
}

const QUESTION = 'Who funds MIEUX+?';

/** A CLU stand-in on loopback that takes every request and never answers it. */
async function silentClu(): Promise<{ readonly endpoint: string; close(): Promise<void> }> {
  const server = createServer(() => undefined);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('silentClu(): no port');
  return {
    endpoint: `http://127.0.0.1:${address.port}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export async function benchCluBudget(knowledgeDir: string, options: CluBudgetOptions): Promise<CluBudgetResult[]> {
  const kb = loadKnowledge(knowledgeDir);
  const clu = await silentClu();
  try {
    const results: CluBudgetResult[] = [];
    for (const budgetMs of options.budgetsMs) {
      const env = {
        LOG_LEVEL: 'silent',
        CLU_ENDPOINT: clu.endpoint,
        CLU_API_KEY: 'bench',
        CLU_PROJECT_NAME: 'bench',
        CLU_DEPLOYMENT_NAME: 'bench',
        CLU_TIMEOUT_MS: String(budgetMs),
      };
      const recognizer = createRecognizer(kb, loadConfig(env, null).clu, createLogger('silent'));
      const times: number[] = [];
      let answeredLocally = 0;
      for (let turn = 0; turn < options.turns; turn += 1) {
        const started = performance.now();
        const recognition = await recognizer.recognize({ text: QUESTION, context: {} });
        times.push(performance.now() - started);
        if (recognition.answeredBy === 'local') answeredLocally += 1;
      }
      results.push({ budgetMs, turnMs: summarise(times), answeredLocally });
    }
    return results;
  } finally {
    await clu.close();
  }
}

export function printCluBudget(results: readonly CluBudgetResult[], options: CluBudgetOptions): void {
  console.log(`\n3. Turns while Azure CLU does not answer (a loopback stand-in that never replies), ${options.turns} turns per budget`);
  for (const r of results) {
    const met = r.answeredLocally === r.turnMs.count && r.turnMs.max <= r.budgetMs + options.graceMs;
    console.log(
      `   CLU_TIMEOUT_MS=${r.budgetMs}: turn p50 ${formatMs(r.turnMs.p50)} · max ${formatMs(r.turnMs.max)} · answered locally ${r.answeredLocally}/${r.turnMs.count}` +
        ` · goal every turn local within the budget + ${options.graceMs} ms: ${verdict(met)}`,
    );
  }
}
