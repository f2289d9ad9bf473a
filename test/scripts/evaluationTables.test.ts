import { describe, expect, it } from 'vitest';
import {
  confusionTable,
  evaluate,
  formatCloseTable,
  formatConfusionTable,
  judge,
  type EvalCase,
  type EvalReport,
  type Verdict,
} from '../../scripts/evaluation';
import type { Recognition } from '../../src/core/understanding/recognizer';
import { findClosePhrasings } from '../../src/core/understanding/closePhrasings';
import { LocalRecognizer } from '../../src/core/understanding/localRecognizer';
import { curationKnowledge } from '../support/curationFixture';

const kb = curationKnowledge();
const recognizer = new LocalRecognizer(kb);
/** A one-label case, as the eval files hold them. */
const ask = (q: string, expect: string): EvalCase => ({ q, expect: [expect], kind: 'plain' });
const vectorise = (text: string, lang: 'es' | 'en' | 'fr') => recognizer.termVector(text, lang);

describe('confusionTable', () => {
  it('lists only the labels with errors, with what the bot did instead', () => {
    const report = evaluate(recognizer, 'en', [
      ask('What is the programme?', 'about'),
      ask('Tell me about the programme', 'about'),
      // Worded exactly as a funding question: the bot answers funding.
      ask('Who pays for the programme?', 'budget'),
      ask('How large is the budget?', 'budget'),
      ask('Tell me about the programme', 'funding'),
      ask('What is the capital of France?', 'none'),
    ]);
    expect(confusionTable(report)).toEqual([
      { expect: 'budget', cases: 2, correct: 1, instead: [{ got: 'funding', count: 1 }] },
      { expect: 'funding', cases: 1, correct: 0, instead: [{ got: 'about', count: 1 }] },
    ]);
    const text = formatConfusionTable(report);
    expect(text).toContain('en confusion table');
    expect(text).toMatch(/budget\s+2\s+1\s+funding ×1/);
    expect(text).not.toMatch(/^\s+about\s/m);
  });

  it('counts every "did you mean" as one outcome, most frequent first', () => {
    const report: EvalReport = {
      lang: 'es',
      total: 5,
      correct: 1,
      accuracy: 0.2,
      wrong: 1,
      casesPerLabel: { none: 4, about: 1 },
      byKind: { plain: { total: 5, correct: 1, wrong: 1 } },
      misses: [
        { q: 'a', expect: 'none', got: 'clarify(about|funding)', verdict: 'missing', kind: 'plain' },
        { q: 'b', expect: 'none', got: 'clarify(budget|funding)', verdict: 'missing', kind: 'plain' },
        { q: 'c', expect: 'none', got: 'about', verdict: 'wrong', kind: 'plain' },
        { q: 'd', expect: 'about', got: 'about [en]', verdict: 'missing', kind: 'plain' },
      ],
    };
    expect(confusionTable(report)).toEqual([
      {
        expect: 'none',
        cases: 4,
        correct: 1,
        instead: [
          { got: 'clarify', count: 2 },
          { got: 'about', count: 1 },
        ],
      },
      { expect: 'about', cases: 1, correct: 0, instead: [{ got: 'about [en]', count: 1 }] },
    ]);
  });

  it('says so when there is nothing to show', () => {
    const report = evaluate(recognizer, 'en', [ask('What is the programme?', 'about')]);
    expect(confusionTable(report)).toEqual([]);
    expect(formatConfusionTable(report)).toBe('  en confusion table: no errors');
  });
});

describe('findClosePhrasings', () => {
  it('finds phrasings of different entries that analyse alike, in one language', () => {
    const pairs = findClosePhrasings(kb, vectorise, 0.8);
    expect(pairs).toEqual([
      {
        lang: 'en',
        similarity: 1,
        a: { entryId: 'budget', phrasing: 'Who is paying for the programme?' },
        b: { entryId: 'funding', phrasing: 'Who pays for the programme?' },
      },
    ]);
    expect(formatCloseTable(pairs, 0.8)).toContain('[en] 1.00  budget: "Who is paying for the programme?"');
  });

  it('never pairs two phrasings of the same entry, and honours the threshold', () => {
    const loose = findClosePhrasings(kb, vectorise, 0.5);
    expect(loose.length).toBeGreaterThan(1);
    for (const pair of loose) {
      expect(pair.a.entryId).not.toBe(pair.b.entryId);
      expect(pair.similarity).toBeGreaterThanOrEqual(0.5);
    }
    // Most similar first.
    expect(loose.map((p) => p.similarity)).toEqual([...loose.map((p) => p.similarity)].sort((x, y) => y - x));
    expect(findClosePhrasings(kb, vectorise, 1.01)).toEqual([]);
    expect(formatCloseTable([], 0.8)).toContain('none');
  });
});

describe('judge: right, missing (no answer where one was due) or wrong (an answer that is not the one due)', () => {
  const base = { lang: 'en', langFromText: true, candidates: [] } as const;
  const answer = (entryId: string, also?: string[], lang: 'en' | 'fr' = 'en'): Recognition => ({
    ...base,
    lang,
    kind: 'answer',
    entryId,
    ...(also ? { also } : {}),
  });
  it.each<[string, string[], Recognition, Verdict]>([
    ['the expected entry', ['funding'], answer('funding'), 'correct'],
    ['another entry', ['funding'], answer('about'), 'wrong'],
    ['"did you mean" with the right option', ['funding'], { ...base, kind: 'clarify', options: ['funding', 'about'] }, 'missing'],
    ['"I don\'t know" to a real question', ['funding'], { ...base, kind: 'notFound' }, 'missing'],
    ['"I don\'t know" to an out-of-scope question', ['none'], { ...base, kind: 'notFound' }, 'correct'],
    ['an answer to an out-of-scope question', ['none'], answer('about'), 'wrong'],
    ['"did you mean" to an out-of-scope question', ['none'], { ...base, kind: 'clarify', options: ['about'] }, 'missing'],
    ['the form, to an out-of-scope question', ['none'], { ...base, kind: 'handoff' }, 'wrong'],
    ['both questions of two', ['funding', 'regions'], answer('funding', ['regions']), 'correct'],
    ['both questions, the second answered first', ['funding', 'regions'], answer('regions', ['funding']), 'correct'],
    ['one question of two', ['funding', 'regions'], answer('funding'), 'missing'],
    ['the right entry in another language', ['funding'], answer('funding', undefined, 'fr'), 'missing'],
    ['the hand-off form when asked for', ['handoff'], { ...base, kind: 'handoff' }, 'correct'],
    ['an answer instead of the hand-off form', ['handoff'], answer('contact'), 'wrong'],
    ['small talk', ['smalltalk.thanks'], { ...base, kind: 'smallTalk', smallTalk: 'thanks' }, 'correct'],
    ['a personal case', ['personal-cases'], { ...base, kind: 'personalCase', entryId: 'personal-cases' }, 'correct'],
  ])('%s', (_name, expected, recognition, verdict) => {
    expect(judge({ q: 'q', expect: expected, kind: 'plain' }, recognition, 'en').verdict).toBe(verdict);
  });
});
