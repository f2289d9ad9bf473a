import { describe, expect, it } from 'vitest';
import { confusionTable, evaluate, formatCloseTable, formatConfusionTable, type EvalReport } from '../../scripts/evaluation';
import { findClosePhrasings } from '../../src/core/knowledge/closePhrasings';
import { LocalRecognizer } from '../../src/core/understanding/localRecognizer';
import { curationKnowledge } from '../support/curationFixture';

const kb = curationKnowledge();
const recognizer = new LocalRecognizer(kb);
const vectorise = (text: string, lang: 'es' | 'en' | 'fr') => recognizer.termVector(text, lang);

describe('confusionTable', () => {
  it('lists only the labels with errors, with what the bot did instead', () => {
    const report = evaluate(recognizer, 'en', [
      { q: 'What is the programme?', expect: 'about' },
      { q: 'Tell me about the programme', expect: 'about' },
      // Worded exactly as a funding question: the bot answers funding.
      { q: 'Who pays for the programme?', expect: 'budget' },
      { q: 'How large is the budget?', expect: 'budget' },
      { q: 'Tell me about the programme', expect: 'funding' },
      { q: 'What is the capital of France?', expect: 'none' },
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
      casesPerLabel: { none: 4, about: 1 },
      misses: [
        { q: 'a', expect: 'none', got: 'clarify(about|funding)' },
        { q: 'b', expect: 'none', got: 'clarify(budget|funding)' },
        { q: 'c', expect: 'none', got: 'about' },
        { q: 'd', expect: 'about', got: 'about [en]' },
      ],
    };
    expect(confusionTable(report)).toEqual([
      { expect: 'none', cases: 4, correct: 1, instead: [{ got: 'clarify', count: 2 }, { got: 'about', count: 1 }] },
      { expect: 'about', cases: 1, correct: 0, instead: [{ got: 'about [en]', count: 1 }] },
    ]);
  });

  it('says so when there is nothing to show', () => {
    const report = evaluate(recognizer, 'en', [{ q: 'What is the programme?', expect: 'about' }]);
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
