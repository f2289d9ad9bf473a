import { join } from 'node:path';
import { findClosePhrasings, DEFAULT_CLOSE_THRESHOLD } from '../src/core/knowledge/closePhrasings';
import { loadKnowledge } from '../src/core/knowledge/loadKnowledge';
import { LocalRecognizer } from '../src/core/understanding/localRecognizer';
import { evaluateAll, formatCloseTable, formatConfusionTable } from './evaluation';

/**
 * npm run eval: accuracy per language on test/eval, every miss, the confusion table of each
 * language, and the phrasings of different entries that are too close to each other.
 */
const kb = loadKnowledge(join(__dirname, '..', 'knowledge'));
const recognizer = new LocalRecognizer(kb);
const reports = evaluateAll(recognizer);
for (const report of reports) {
  console.log(`\n${report.lang}: ${report.correct}/${report.total} correct (${(report.accuracy * 100).toFixed(1)}%)`);
  for (const miss of report.misses) console.log(`  ✗ ${JSON.stringify(miss.q)} expected ${miss.expect}, got ${miss.got}`);
  console.log(formatConfusionTable(report));
}
const worst = Math.min(...reports.map((r) => r.accuracy));
console.log(`\nlowest accuracy: ${(worst * 100).toFixed(1)}% (the test suite requires 90% in every language)`);

const close = findClosePhrasings(kb, (text, lang) => recognizer.termVector(text, lang));
console.log(`\n${formatCloseTable(close, DEFAULT_CLOSE_THRESHOLD)}`);
