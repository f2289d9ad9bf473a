import { MemoryStorage } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import { buildReview } from '../../../scripts/review';
import { addVotes, type QuestionRecord } from '../../../src/core/curation/curationRecords';
import { reviewData } from '../../../src/core/insights/reviewData';
import type { Lang } from '../../../src/core/language/languages';
import { LocalRecognizer } from '../../../src/core/understanding/localRecognizer';
import { CurationStore } from '../../../src/app/curation/curationStore';
import { curationKnowledge } from '../../support/curationFixture';

const kb = curationKnowledge();
const recognizer = new LocalRecognizer(kb);
const vectorise = (text: string, lang: Lang) => recognizer.termVector(text, lang);

const at = (minute: number) => new Date(Date.UTC(2026, 10, 28, 10, minute)).toISOString();
const RECORDS: QuestionRecord[] = [
  { at: at(3), lang: 'en', kind: 'notFound', text: 'What is the capital of France?', candidates: [] },
  { at: at(1), lang: 'en', kind: 'clarify', text: 'capital of france', candidates: [{ entryId: 'about', score: 0.3 }] },
  { at: at(5), lang: 'es', kind: 'notFound', text: '¿Cuál es la capital de Francia?', candidates: [] },
  { at: at(2), lang: 'en', kind: 'downvoted', text: 'Who pays for the programme?', candidates: [], entryId: 'funding' },
  {
    at: at(4),
    lang: 'en',
    kind: 'closeCall',
    text: 'Who is paying for it?',
    candidates: [
      { entryId: 'budget', score: 0.5 },
      { entryId: 'funding', score: 0.45 },
    ],
    entryId: 'budget',
  },
];
const FEEDBACK = addVotes({}, [
  { entryId: 'funding', vote: 'down', lang: 'en', at: at(2) },
  { entryId: 'funding', vote: 'down', lang: 'es', at: at(6) },
  { entryId: 'about', vote: 'up', lang: 'fr', at: at(7) },
]);

describe('reviewData', () => {
  it('is what kb:review builds from the curation store: one module, the same numbers', async () => {
    const store = new CurationStore(new MemoryStorage(), 50);
    await store.appendQuestions(RECORDS);
    for (const [entryId, counts] of Object.entries(FEEDBACK)) {
      const votes = (['up', 'down'] as const).flatMap((vote) =>
        (['es', 'en', 'fr'] as const).flatMap((lang) =>
          Array.from({ length: counts[vote][lang] }, () => ({ entryId, vote, lang, at: counts.lastAt })),
        ),
      );
      await store.addFeedback(votes);
    }
    const fromCommand = await buildReview(store, vectorise, { threshold: 0.4 });
    const shared = reviewData(
      { questions: await store.readQuestions(), feedback: await store.readFeedback(), capacity: store.capacity },
      vectorise,
      { threshold: 0.4 },
    );
    expect(shared).toEqual(fromCommand);
  });

  it('groups unanswered and doubtful questions apart, ranks entries by 👎, and spans the records', () => {
    const review = reviewData({ questions: RECORDS, feedback: FEEDBACK, capacity: 50 }, vectorise);
    expect(review).toMatchObject({ questions: 5, capacity: 50, firstAt: at(1), lastAt: at(5), threshold: 0.5 });
    expect(review.groups.map((g) => [g.lang, g.size])).toEqual([
      ['en', 2],
      ['es', 1],
    ]);
    expect(review.doubtful.flatMap((g) => Object.keys(g.kinds)).sort()).toEqual(['closeCall', 'downvoted']);
    expect(review.feedback.map((f) => [f.entryId, f.down, f.up])).toEqual([
      ['funding', 2, 0],
      ['about', 0, 1],
    ]);
    expect(review.neverAsked).toBeUndefined();
  });

  it('an empty store: no groups, no span', () => {
    const review = reviewData({ questions: [], feedback: {}, capacity: 10 }, vectorise);
    expect(review).toEqual({ questions: 0, capacity: 10, threshold: 0.5, groups: [], doubtful: [], feedback: [] });
  });

  it('with the entries answered, lists those never asked', () => {
    const review = reviewData({ questions: [], feedback: {}, capacity: 10 }, vectorise, {
      entryUsage: { known: kb.entries.keys(), asked: ['funding', 'removed-entry'] },
    });
    expect(review.neverAsked).toEqual([...kb.entries.keys()].filter((id) => id !== 'funding').sort());
  });

  it.each([0, 1.5, Number.NaN])('refuses a threshold of %s', (threshold) => {
    expect(() => reviewData({ questions: [], feedback: {}, capacity: 10 }, vectorise, { threshold })).toThrow(
      /reviewData\(\): threshold must be above 0/,
    );
  });
});
