import { describe, expect, it } from 'vitest';
import type { FeedbackCounts, QuestionRecord } from '../../../src/core/curation/curationRecords';
import { groupQuestions, rankByNegativeFeedback } from '../../../src/core/curation/review';
import type { Lang } from '../../../src/core/language/languages';
import { LocalRecognizer } from '../../../src/core/understanding/localRecognizer';
import { curationKnowledge } from '../../support/curationFixture';

const recognizer = new LocalRecognizer(curationKnowledge());
const vectorise = (text: string, lang: Lang) => recognizer.termVector(text, lang);

let minute = 0;
function record(
  text: string,
  lang: Lang,
  candidates: QuestionRecord['candidates'] = [],
  kind: QuestionRecord['kind'] = 'notFound',
): QuestionRecord {
  minute += 1;
  return { at: new Date(Date.UTC(2026, 10, 28, 10, minute)).toISOString(), lang, kind, text, candidates };
}

describe('groupQuestions', () => {
  it('puts questions that ask the same thing together, per language, the largest group first', () => {
    const records = [
      record('What is the capital of France?', 'en'),
      record('who won the football match', 'en'),
      record('capital of france', 'en', [{ entryId: 'about', score: 0.3 }], 'clarify'),
      record('¿Cuál es la capital de Francia?', 'es'),
      record("What's the capital of France", 'en', [
        { entryId: 'about', score: 0.5 },
        { entryId: 'funding', score: 0.2 },
      ]),
    ];
    const groups = groupQuestions(records, vectorise);
    expect(groups.map((g) => [g.lang, g.size])).toEqual([
      ['en', 3],
      ['es', 1],
      ['en', 1],
    ]);
    const [capital] = groups;
    expect(['What is the capital of France?', 'capital of france', "What's the capital of France"]).toContain(capital!.representative);
    expect([capital!.representative, ...capital!.examples].sort()).toEqual(
      ['What is the capital of France?', "What's the capital of France", 'capital of france'].sort(),
    );
    expect(capital!.kinds).toEqual({ notFound: 2, clarify: 1 });
    // Mean over the group's three members; a member without the entry counts 0.
    expect(capital!.candidates).toEqual([
      { entryId: 'about', score: 0.267 },
      { entryId: 'funding', score: 0.067 },
    ]);
    expect(capital!.lastAt).toBe(records[4]!.at);
    // Spanish is never grouped with English, however alike the words.
    expect(groups[1]!.representative).toBe('¿Cuál es la capital de Francia?');
  });

  it('a stricter threshold splits what a looser one joins', () => {
    const records = [record('capital of France', 'en'), record('capital city of France and its population', 'en')];
    expect(groupQuestions(records, vectorise, 0.5).map((g) => g.size)).toEqual([2]);
    expect(groupQuestions(records, vectorise, 0.95).map((g) => g.size)).toEqual([1, 1]);
  });

  it('groups questions with no index term by their text', () => {
    const records = [record('???', 'en'), record('?!', 'en'), record('??? ', 'en'), record('¿¿??', 'es')];
    const groups = groupQuestions(records, vectorise);
    expect(groups.map((g) => [g.lang, g.size])).toEqual([
      ['en', 3],
      ['es', 1],
    ]);
  });

  it('is empty with no records', () => {
    expect(groupQuestions([], vectorise)).toEqual([]);
  });
});

describe('rankByNegativeFeedback', () => {
  const counts = (up: number, down: number, lastAt = '2026-11-28T10:00:00.000Z'): FeedbackCounts => ({
    up: { es: up, en: 0, fr: 0 },
    down: { es: 0, en: down, fr: 0 },
    lastAt,
  });

  it('ranks by "not helpful" count, then by its share, leaving out entries without votes', () => {
    const ranked = rankByNegativeFeedback({
      about: counts(10, 2),
      funding: counts(1, 2),
      budget: counts(0, 5),
      contact: counts(7, 0),
      regions: counts(0, 0),
    });
    expect(ranked.map((r) => [r.entryId, r.down, r.up])).toEqual([
      ['budget', 5, 0],
      ['funding', 2, 1],
      ['about', 2, 10],
      ['contact', 0, 7],
    ]);
    expect(ranked[1]!.downShare).toBeCloseTo(2 / 3);
    expect(ranked[0]!.downByLang).toEqual({ es: 0, en: 5, fr: 0 });
  });
});
