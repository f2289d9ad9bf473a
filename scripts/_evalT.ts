// debug: eval.ts with tuning overrides from env T
import { join } from 'node:path';
import { loadKnowledge } from '../src/core/knowledge/loadKnowledge';
import { LocalRecognizer } from '../src/core/understanding/localRecognizer';
import { DEFAULT_TUNING } from '../src/core/understanding/tuning';
import { evaluateAll } from './evaluation';
const t = { ...DEFAULT_TUNING, ...JSON.parse(process.env.T ?? '{}') };
const reports = evaluateAll(new LocalRecognizer(loadKnowledge(join(__dirname, '..', 'knowledge')), t));
for (const report of reports) {
  console.log(`\n${report.lang}: ${report.correct}/${report.total}`);
  for (const miss of report.misses) console.log(`  ✗ ${JSON.stringify(miss.q)} expected ${miss.expect}, got ${miss.got}`);
}
