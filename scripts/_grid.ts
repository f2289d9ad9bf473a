// debug: tuning grid, min accuracy and per-language
import { loadKnowledge } from '../src/core/knowledge/loadKnowledge';
import { LocalRecognizer } from '../src/core/understanding/localRecognizer';
import { DEFAULT_TUNING } from '../src/core/understanding/tuning';
import { evaluateAll } from './evaluation';
const kb = loadKnowledge('knowledge');
const rows: string[] = [];
for (const unknownWordWeight of [1.5, 2, 2.25, 2.5, 3])
for (const clarifyMin of [0.3, 0.35, 0.4])
for (const answerMin of [0.4, 0.45])
for (const margin of [0.03, 0.05]) {
  if (clarifyMin > answerMin) continue;
  const t = { ...DEFAULT_TUNING, unknownWordWeight, clarifyMin, answerMin, margin };
  const reps = evaluateAll(new LocalRecognizer(kb, t));
  const acc = reps.map((r) => r.accuracy);
  const none = reps.map((r) => r.misses.filter((m) => m.expect === 'none').length).join('/');
  const wrong = reps.map((r) => r.misses.filter((m) => !m.got.startsWith('clarify') && m.got !== 'none').length).join('/');
  const noneAns = reps.map((r) => r.misses.filter((m) => m.expect === 'none' && !m.got.startsWith('clarify')).length).join('/');
  rows.push(`${Math.min(...acc).toFixed(3)} ${acc.map((a) => a.toFixed(3)).join(' ')} noneMiss=${none} noneAnswered=${noneAns} wrongAns=${wrong} u=${unknownWordWeight} c=${clarifyMin} a=${answerMin} m=${margin}`);
}
rows.sort().reverse();
console.log(rows.join('\n'));
