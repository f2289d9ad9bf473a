import { describe, expect, it } from 'vitest';
import { addVotes, minuteOf, questionRecord, type FeedbackVote } from '../../../src/core/curation/curationRecords';
import type { Recognition } from '../../../src/core/understanding/recognizer';

const base = { lang: 'en' as const, langFromText: true, candidates: [] };
const at = new Date('2026-11-28T10:42:37.512Z');

describe('questionRecord', () => {
  const candidates = [
    { entryId: 'funding', score: 0.41234 },
    { entryId: 'about', score: 0.4 },
    { entryId: 'regions', score: 0.38 },
    { entryId: 'areas', score: 0.37 },
  ];

  it.each<[string, Recognition]>([
    ['notFound', { ...base, kind: 'notFound', candidates }],
    ['clarify', { ...base, kind: 'clarify', options: ['funding', 'about'], candidates }],
  ])('records a %s: scrubbed text, language, kind, time to the minute, the best three candidates', (kind, recognition) => {
    const record = questionRecord(recognition, 'Who pays the experts? Mail me at bob@example.org', at);
    expect(record).toEqual({
      at: '2026-11-28T10:42:00.000Z',
      lang: 'en',
      kind,
      text: 'Who pays the experts? Mail me at [email]',
      candidates: [
        { entryId: 'funding', score: 0.412 },
        { entryId: 'about', score: 0.4 },
        { entryId: 'regions', score: 0.38 },
      ],
    });
  });

  it.each<[string, Recognition]>([
    ['answer', { ...base, kind: 'answer', entryId: 'funding' }],
    ['personalCase', { ...base, kind: 'personalCase', entryId: 'about' }],
    ['smallTalk', { ...base, kind: 'smallTalk', smallTalk: 'greeting' }],
    ['handoff', { ...base, kind: 'handoff' }],
    ['empty', { ...base, kind: 'empty' }],
  ])('records nothing for %s', (_kind, recognition) => {
    expect(questionRecord(recognition, 'some text', at)).toBeUndefined();
  });

  it.each<[string, readonly { entryId: string; score: number }[], boolean]>([
    [
      'a lead under the close-call margin',
      [
        { entryId: 'funding', score: 0.6 },
        { entryId: 'budget', score: 0.52 },
      ],
      true,
    ],
    [
      'a clear lead',
      [
        { entryId: 'funding', score: 0.8 },
        { entryId: 'budget', score: 0.5 },
      ],
      false,
    ],
    [
      'an exact phrasing',
      [
        { entryId: 'funding', score: 1 },
        { entryId: 'budget', score: 0.95 },
      ],
      false,
    ],
    ['no runner-up', [{ entryId: 'funding', score: 0.6 }], false],
  ])('records an answer won by %s as a close call: %s', (_name, ranked, recorded) => {
    const record = questionRecord({ ...base, kind: 'answer', entryId: 'funding', candidates: ranked }, 'who gives the money', at);
    expect(record).toEqual(
      recorded
        ? {
            at: '2026-11-28T10:42:00.000Z',
            lang: 'en',
            kind: 'closeCall',
            text: 'who gives the money',
            candidates: ranked,
            entryId: 'funding',
          }
        : undefined,
    );
  });

  it('records nothing when nothing is left of the text', () => {
    expect(questionRecord({ ...base, kind: 'notFound' }, '   ', at)).toBeUndefined();
  });
});

describe('minuteOf', () => {
  it('rounds down to the minute, in UTC', () => {
    expect(minuteOf(new Date('2026-01-01T23:59:59.999Z'))).toBe('2026-01-01T23:59:00.000Z');
  });
});

describe('addVotes', () => {
  const vote = (entryId: string, v: 'up' | 'down', lang: 'es' | 'en' | 'fr', time: string): FeedbackVote => ({
    entryId,
    vote: v,
    lang,
    at: time,
  });

  it('counts per entry, vote and language, keeping the latest time, without changing its input', () => {
    const before = {};
    const after = addVotes(before, [
      vote('funding', 'down', 'es', '2026-01-01T10:00:00.000Z'),
      vote('funding', 'down', 'fr', '2026-01-01T12:00:00.000Z'),
      vote('funding', 'up', 'es', '2026-01-01T11:00:00.000Z'),
      vote('about', 'up', 'en', '2026-01-01T09:00:00.000Z'),
    ]);
    expect(before).toEqual({});
    expect(after).toEqual({
      funding: { up: { es: 1, en: 0, fr: 0 }, down: { es: 1, en: 0, fr: 1 }, lastAt: '2026-01-01T12:00:00.000Z' },
      about: { up: { es: 0, en: 1, fr: 0 }, down: { es: 0, en: 0, fr: 0 }, lastAt: '2026-01-01T09:00:00.000Z' },
    });
    expect(addVotes(after, [vote('about', 'down', 'en', '2026-01-02T00:00:00.000Z')]).about).toEqual({
      up: { es: 0, en: 1, fr: 0 },
      down: { es: 0, en: 1, fr: 0 },
      lastAt: '2026-01-02T00:00:00.000Z',
    });
  });
});
