import { loadKnowledge } from '../src/core/knowledge/loadKnowledge';
import { LocalRecognizer } from '../src/core/understanding/localRecognizer';
import { outcome } from './evaluation';
const r = new LocalRecognizer(loadKnowledge('knowledge'));
const lang = (process.env.L ?? 'es') as 'es';
for (const q of process.argv.slice(2)) {
  const rec = r.recognizeSync({ text: q, context: {}, locale: lang });
  const index = (r as unknown as { indexes: Record<string, { analyse(t: string): { terms: string[] }; knows(t: string): boolean }> }).indexes[rec.lang]!;
  const a = index.analyse(q);
  console.log(`${q}\n   [${rec.lang}] ${a.terms.map((t) => t + (index.knows(t) ? '' : '?')).join(' ')}  => ${outcome(rec)}  ${rec.candidates.slice(0, 3).map((c) => `${c.entryId}:${c.score.toFixed(3)}`).join(' ')}`);
}
