// debug: my own held-out probe set in /tmp/dev, with optional tuning overrides via env
import { loadKnowledge } from '../src/core/knowledge/loadKnowledge';
import { LocalRecognizer } from '../src/core/understanding/localRecognizer';
import { DEFAULT_TUNING } from '../src/core/understanding/tuning';
import { LANGUAGES } from '../src/core/language/languages';
import { evaluate, loadEvalSet } from './evaluation';
const t = { ...DEFAULT_TUNING, ...JSON.parse(process.env.T ?? '{}') };
const r = new LocalRecognizer(loadKnowledge('knowledge'), t);
for (const lang of LANGUAGES) {
  const rep = evaluate(r, lang, loadEvalSet(lang, process.env.DIR ?? '/tmp/dev'));
  console.log(`${lang}: ${rep.correct}/${rep.total}`);
  for (const m of rep.misses) console.log(`  ✗ ${m.q} expected ${m.expect}, got ${m.got}`);
}
