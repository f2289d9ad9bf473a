import { describe, expect, it } from 'vitest';
import { addDays, channelOf, dayOf, daysBetween, isDay, isEntryId } from '../../../src/core/insights/events';

describe('channelOf', () => {
  it.each([
    ['msteams', 'teams'],
    ['MSTeams', 'teams'],
    ['webchat', 'web'],
    ['directline', 'web'],
    ['directlinespeech', 'web'],
    ['emulator', 'other'],
    ['console', 'other'],
    ['slack', 'other'],
    ['', 'other'],
    [undefined, 'other'],
    [42, 'other'],
  ])('%j is %s', (channelId, expected) => {
    expect(channelOf(channelId)).toBe(expected);
  });
});

describe('days', () => {
  it.each([
    ['2026-11-28', true],
    ['2024-02-29', true],
    ['2026-02-29', false],
    ['2026-13-01', false],
    ['2026-1-01', false],
    ['2026-11-28T00:00:00Z', false],
    ['', false],
    [20261128, false],
  ])('isDay(%j) is %s', (value, expected) => {
    expect(isDay(value)).toBe(expected);
  });

  it.each([
    [new Date('2026-11-28T23:59:59.999Z'), '2026-11-28'],
    [new Date('2026-11-29T00:00:00.000Z'), '2026-11-29'],
    // A moment in Paris after midnight is still the previous day in UTC.
    [new Date('2026-11-29T00:30:00+01:00'), '2026-11-28'],
  ])('dayOf(%s) is the UTC day %s', (time, expected) => {
    expect(dayOf(time)).toBe(expected);
  });

  it.each([
    ['2026-11-28', 1, '2026-11-29'],
    ['2026-12-31', 1, '2027-01-01'],
    ['2024-03-01', -1, '2024-02-29'],
    ['2026-03-29', 0, '2026-03-29'],
    ['2026-01-01', -89, '2025-10-04'],
  ])('addDays(%s, %i) is %s', (day, delta, expected) => {
    expect(addDays(day, delta)).toBe(expected);
  });

  it('addDays refuses what is not a day', () => {
    expect(() => addDays('2026-02-30', 1)).toThrow(/addDays\(\): '2026-02-30' is not a day/);
  });

  it('daysBetween lists both ends and every day between, and nothing when the end is first', () => {
    expect(daysBetween('2026-02-27', '2026-03-02')).toEqual(['2026-02-27', '2026-02-28', '2026-03-01', '2026-03-02']);
    expect(daysBetween('2026-03-02', '2026-03-02')).toEqual(['2026-03-02']);
    expect(daysBetween('2026-03-02', '2026-03-01')).toEqual([]);
    expect(() => daysBetween('2000-01-01', '2099-01-01')).toThrow(/more than/);
  });
});

describe('isEntryId', () => {
  it.each([
    ['areas', true],
    ['become-expert', true],
    ['Areas', false],
    ['a b', false],
    ['-areas', false],
    ['x'.repeat(81), false],
    [undefined, false],
  ])('%j is %s', (value, expected) => {
    expect(isEntryId(value)).toBe(expected);
  });
});
