// debug: phrasings whose analysed tokens are identical across entries, and eval questions equal to a phrasing
import { loadKnowledge } from '../src/core/knowledge/loadKnowledge';
import { LocalRecognizer } from '../src/core/understanding/localRecognizer';
import { LANGUAGES } from '../src/core/language/languages';
import { loadEvalSet } from './evaluation';
const kb = loadKnowledge('knowledge');
const r = new LocalRecognizer(kb);
for (const lang of LANGUAGES) {
  const idx = (r as any).indexes[lang];
  const seen = new Map<string, string>();
  const termSets = new Map<string, string>();
  for (const p of idx.phrasings) {
    const t = [...p.terms].sort().join(' ');
    if (seen.has(p.key) && seen.get(p.key) !== p.entryId) console.log(`${lang} CLASH key "${p.key}" ${seen.get(p.key)} / ${p.entryId}`);
    seen.set(p.key, p.entryId);
    if (termSets.has(t) && termSets.get(t) !== p.entryId) console.log(`${lang} same terms [${t}] ${termSets.get(t)} / ${p.entryId}`);
    termSets.set(t, p.entryId);
  }
  for (const c of loadEvalSet(lang)) {
    const a = idx.analyse(c.q);
    const t = [...new Set(a.terms)].sort().join(' ');
    if (seen.has(a.tokens.join(' '))) console.log(`${lang} EVAL EXACT ${c.q}`);
    else if (termSets.has(t) && t) console.log(`${lang} eval same terms as a phrasing: ${c.q} [${t}]`);
  }
}
