import { describe, expect, it } from 'vitest';
import { parsePeriod } from '../../../src/core/insights/period';

const TODAY = '2026-11-28';

describe('parsePeriod', () => {
  it.each<[string, { from?: unknown; to?: unknown }, number, { from: string; to: string } | RegExp]>([
    ['none: the last 30 days', {}, 90, { from: '2026-10-30', to: TODAY }],
    ['none, with less retained: all that is kept', {}, 7, { from: '2026-11-22', to: TODAY }],
    ['one day', { from: TODAY, to: TODAY }, 90, { from: TODAY, to: TODAY }],
    ['exactly the longest', { from: '2026-08-31', to: TODAY }, 90, { from: '2026-08-31', to: TODAY }],
    ['one day too long', { from: '2026-08-30', to: TODAY }, 90, /at most 90 days/],
    ['only from', { from: TODAY }, 90, /both from and to, or neither/],
    ['only to', { to: TODAY }, 90, /both from and to, or neither/],
    ['not a day', { from: '2026-11-31', to: TODAY }, 90, /days written YYYY-MM-DD/],
    ['a list (a repeated query parameter)', { from: [TODAY, TODAY], to: TODAY }, 90, /days written YYYY-MM-DD/],
    ['reversed', { from: TODAY, to: '2026-11-01' }, 90, /from must not be after to/],
    ['in the future', { from: TODAY, to: '2026-11-29' }, 90, /not be after today/],
  ])('%s', (_name, query, maxDays, expected) => {
    const result = parsePeriod(query, TODAY, maxDays);
    if (expected instanceof RegExp) {
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.problem).toMatch(expected);
    } else expect(result).toEqual({ ok: true, period: expected });
  });

  it('never echoes what was sent', () => {
    const result = parsePeriod({ from: '<script>alert(1)</script>', to: TODAY }, TODAY, 90);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problem).not.toContain('script');
  });
});
