import { describe, expect, it } from 'vitest';
import { selectAnswer } from '../../../src/core/understanding/answerSelector';
import { DEFAULT_TUNING, type Tuning } from '../../../src/core/understanding/tuning';

const bands: Tuning = { ...DEFAULT_TUNING, clarifyMin: 0.3, answerMin: 0.5, margin: 0.1, clarifySpread: 0.15, maxOptions: 3 };
const ranked = (...scores: number[]) => scores.map((score, i) => ({ entryId: `e${i + 1}`, score }));

describe('selectAnswer', () => {
  it.each([
    ['nothing ranked', ranked(), { kind: 'notFound' }],
    ['a low best score', ranked(0.29, 0.1), { kind: 'notFound' }],
    ['a clear winner', ranked(0.8, 0.5), { kind: 'answer', entryId: 'e1' }],
    ['a lone candidate above the answer band', ranked(0.55), { kind: 'answer', entryId: 'e1' }],
    ['a lone weak candidate', ranked(0.35), { kind: 'clarify', options: ['e1'] }],
    ['a close call', ranked(0.7, 0.65, 0.2), { kind: 'clarify', options: ['e1', 'e2'] }],
    ['a close call among many, capped', ranked(0.6, 0.59, 0.58, 0.57), { kind: 'clarify', options: ['e1', 'e2', 'e3'] }],
    ['a weak lead in the middle band', ranked(0.45, 0.31), { kind: 'clarify', options: ['e1', 'e2'] }],
  ])('%s', (_name, input, expected) => {
    expect(selectAnswer(input, bands)).toEqual(expected);
  });
});
