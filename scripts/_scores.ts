// debug: top scores of every eval case, to see how the none cases sit against the answered ones
import { loadKnowledge } from '../src/core/knowledge/loadKnowledge';
import { LocalRecognizer } from '../src/core/understanding/localRecognizer';
import { LANGUAGES } from '../src/core/language/languages';
import { loadEvalSet, outcome } from './evaluation';
const r = new LocalRecognizer(loadKnowledge('knowledge'));
for (const lang of LANGUAGES) for (const c of loadEvalSet(lang)) {
  if (c.expect.startsWith('smalltalk')) continue;
  const rec = r.recognizeSync({ text: c.q, context: {}, locale: lang });
  if (rec.kind === 'personalCase' || rec.kind === 'smallTalk') continue;
  const [a, b] = rec.candidates;
  const ok = outcome(rec) === c.expect ? ' ' : 'X';
  console.log(`${(a?.score ?? 0).toFixed(3)} ${((a?.score ?? 0) - (b?.score ?? 0)).toFixed(3)} ${ok} ${lang} ${c.expect === 'none' ? 'NONE' : ''} ${c.q}`);
}
