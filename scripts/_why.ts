// debug: best phrasing per entry and coverage for a query
import { loadKnowledge } from '../src/core/knowledge/loadKnowledge';
import { LocalRecognizer } from '../src/core/understanding/localRecognizer';
const r = new LocalRecognizer(loadKnowledge('knowledge'));
const lang = (process.env.L ?? 'es');
const idx = (r as any).indexes[lang];
for (const q of process.argv.slice(2)) {
  const a = idx.analyse(q);
  const known = [...new Set<string>(a.terms.filter((t: string) => idx.idf.has(t)))];
  console.log(q, known.map((t) => `${t}:${idx.idf.get(t).toFixed(2)}`).join(' '));
  const qn = Math.sqrt(known.reduce((s, t) => s + idx.idf.get(t) ** 2, 0));
  const best = new Map<string, [number, string]>();
  for (const p of idx.phrasings) {
    let dot = 0; for (const t of known) if (p.terms.has(t)) dot += idx.idf.get(t) ** 2;
    if (!dot) continue; const c = dot / (qn * p.norm);
    if (c > (best.get(p.entryId)?.[0] ?? 0)) best.set(p.entryId, [c, p.key]);
  }
  const kw = known.reduce((s, t) => s + idx.idf.get(t), 0);
  const rows = [...best].map(([id, [c, k]]) => { let cov = 0; for (const t of known) if (idx.entryTerms.get(id).has(t)) cov += idx.idf.get(t); return [id, c, cov / kw, k] as const; })
    .sort((x, y) => (0.7 * y[1] + 0.3 * y[2]) - (0.7 * x[1] + 0.3 * x[2])).slice(0, 5);
  for (const [id, c, cov, k] of rows) console.log(`   ${id} cos=${c.toFixed(3)} cov=${cov.toFixed(2)}  "${k}"`);
}
