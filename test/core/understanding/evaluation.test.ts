import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../../src/core/language/languages';
import { LocalRecognizer } from '../../../src/core/understanding/localRecognizer';
import { evaluate, loadEvalSet } from '../../../scripts/evaluation';
import { shippedKnowledge } from '../../support/shippedKnowledge';

const kb = shippedKnowledge();
const recognizer = new LocalRecognizer(kb);
const valid = new Set([...kb.entries.keys(), 'none', 'smalltalk.greeting', 'smalltalk.thanks', 'smalltalk.goodbye', 'smalltalk.help']);

describe.each(LANGUAGES)('evaluation set (%s)', (lang) => {
  const cases = loadEvalSet(lang);

  it('has at least 60 labelled questions, each with a known label', () => {
    expect(cases.length).toBeGreaterThanOrEqual(60);
    for (const c of cases) expect(valid.has(c.expect), `${c.q} → ${c.expect}`).toBe(true);
    expect(cases.filter((c) => c.expect === 'none').length).toBeGreaterThanOrEqual(5);
  });

  it('is answered correctly at least 90% of the time (npm run eval lists the misses)', () => {
    const report = evaluate(recognizer, lang, cases);
    expect(report.accuracy, report.misses.map((m) => `${m.q} → ${m.got} (expected ${m.expect})`).join('\n')).toBeGreaterThanOrEqual(0.9);
  });

  it('never answers an out-of-scope question from the knowledge base', () => {
    const report = evaluate(recognizer, lang, cases.filter((c) => c.expect === 'none'));
    // A "did you mean" is a miss for accuracy, but only an answer would be a wrong claim.
    expect(report.misses.filter((m) => !m.got.startsWith('clarify('))).toEqual([]);
  });
});
