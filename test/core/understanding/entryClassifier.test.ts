import { describe, expect, it } from 'vitest';
import { EntryClassifier } from '../../../src/core/understanding/entryClassifier';

// Three entries, asked for in words that overlap: "countries" tells the country list from the regions.
const examples = [
  { features: ['which', 'regions', 'work'], label: 0 },
  { features: ['regions', 'world'], label: 0 },
  { features: ['which', 'countries', 'work'], label: 1 },
  { features: ['countries', 'list'], label: 1 },
  { features: ['who', 'funds'], label: 2 },
  { features: ['funds', 'money', 'who'], label: 2 },
];

describe('EntryClassifier', () => {
  const classifier = new EntryClassifier(examples, 3);
  const best = (features: string[]) => {
    const p = [...classifier.probabilities(features)];
    return p.indexOf(Math.max(...p));
  };

  it.each<[string[], number]>([
    [['which', 'regions'], 0],
    [['which', 'countries'], 1],
    [['countries', 'work'], 1],
    [['who', 'money'], 2],
  ])('%j → entry %i', (features, entry) => {
    expect(best(features)).toBe(entry);
  });

  it('gives probabilities that add up to 1', () => {
    const sum = [...classifier.probabilities(['which', 'work'])].reduce((a, b) => a + b, 0);
    expect(sum).toBeCloseTo(1, 10);
  });

  it('ignores features it never saw: they neither help nor hurt', () => {
    expect([...classifier.probabilities(['countries', 'zzz', 'yyy'])]).toEqual([...classifier.probabilities(['countries'])]);
  });

  it('learns the same model from the same phrasings (no randomness)', () => {
    const again = new EntryClassifier(examples, 3);
    expect([...again.probabilities(['which', 'work'])]).toEqual([...classifier.probabilities(['which', 'work'])]);
  });

  // The training order came from the examples' positions, so a curator's added phrasing reordered every
  // other one and moved answers to questions nobody had touched. The order now comes from each example's content.
  it('learns the same model from the same phrasings in another order', () => {
    const reordered = new EntryClassifier([...examples].reverse(), 3);
    expect([...reordered.probabilities(['which', 'work'])]).toEqual([...classifier.probabilities(['which', 'work'])]);
    expect([...reordered.probabilities(['who', 'money'])]).toEqual([...classifier.probabilities(['who', 'money'])]);
  });

  it('is unsure when nothing it knows is asked', () => {
    const p = [...classifier.probabilities(['weather'])];
    expect(Math.max(...p)).toBeLessThan(0.6);
  });
});
