import { loadKnowledge } from '../src/core/knowledge/loadKnowledge';
import { LocalRecognizer } from '../src/core/understanding/localRecognizer';
import { DEFAULT_TUNING } from '../src/core/understanding/tuning';
import { evaluateAll } from './evaluation';
const kb = loadKnowledge('knowledge');
const rows: string[] = [];
for (const unknownWordWeight of [0.75, 1, 1.5, 2.5])
for (const clarifyMin of [0.2, 0.25, 0.3])
for (const answerMin of [0.35, 0.4, 0.45])
for (const margin of [0.03, 0.05, 0.08]) {
  const t = { ...DEFAULT_TUNING, unknownWordWeight, clarifyMin, answerMin, margin };
  const reps = evaluateAll(new LocalRecognizer(kb, t));
  const acc = reps.map((r) => r.accuracy);
  rows.push(`${Math.min(...acc).toFixed(3)} ${acc.map((a) => a.toFixed(3)).join(' ')} u=${unknownWordWeight} c=${clarifyMin} a=${answerMin} m=${margin}`);
}
rows.sort().reverse();
console.log(rows.slice(0, 15).join('\n'));
