import { join } from 'node:path';
import { loadKnowledge } from '../src/core/knowledge/loadKnowledge';
import { LocalRecognizer } from '../src/core/understanding/localRecognizer';
import { evaluateAll } from './evaluation';

/** npm run eval: accuracy per language on test/eval, and every miss. */
const recognizer = new LocalRecognizer(loadKnowledge(join(__dirname, '..', 'knowledge')));
const reports = evaluateAll(recognizer);
for (const report of reports) {
  console.log(`\n${report.lang}: ${report.correct}/${report.total} correct (${(report.accuracy * 100).toFixed(1)}%)`);
  for (const miss of report.misses) console.log(`  ✗ ${JSON.stringify(miss.q)} expected ${miss.expect}, got ${miss.got}`);
}
const worst = Math.min(...reports.map((r) => r.accuracy));
console.log(`\nlowest accuracy: ${(worst * 100).toFixed(1)}% (the test suite requires 90% in every language)`);
