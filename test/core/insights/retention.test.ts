import { describe, expect, it } from 'vitest';
import { expiredDays, oldestKeptDay } from '../../../src/core/insights/retention';

describe('retention', () => {
  it.each([
    ['2026-11-28', 1, '2026-11-28'],
    ['2026-11-28', 2, '2026-11-27'],
    ['2026-03-31', 90, '2026-01-01'],
    ['2024-03-01', 2, '2024-02-29'],
  ])('today %s, %i days kept: the oldest kept is %s', (today, days, oldest) => {
    expect(oldestKeptDay(today, days)).toBe(oldest);
  });

  it.each<[string, string[], number, string[]]>([
    ['nothing stored', [], 90, []],
    ['all recent', ['2026-03-31', '2026-01-01'], 90, []],
    ['the day before the oldest kept goes', ['2025-12-31', '2026-01-01', '2026-03-31'], 90, ['2025-12-31']],
    ['one day kept: only today stays', ['2026-03-29', '2026-03-30', '2026-03-31'], 1, ['2026-03-29', '2026-03-30']],
    ['a day ahead of this clock (another instance) stays', ['2026-04-01', '2020-01-01'], 90, ['2020-01-01']],
    ['names that are no days are never deleted', ['readiness-probe', '2026-02-30', 'insights', '2019-01-01'], 90, ['2019-01-01']],
    ['oldest first, each once', ['2019-01-02', '2019-01-01', '2019-01-02'], 90, ['2019-01-01', '2019-01-02']],
  ])('%s', (_name, stored, days, expected) => {
    expect(expiredDays(stored, '2026-03-31', days)).toEqual(expected);
  });

  it.each([0, -1, 1.5, Number.NaN])('refuses a retention of %s days', (days) => {
    expect(() => expiredDays([], '2026-03-31', days)).toThrow(/retention must be a whole number of days from 1/);
  });
});
