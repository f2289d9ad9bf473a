import { addDays, isDay, isDayText } from './events';
import type { Period } from './queries';

/** The period shown when none is asked for: the last 30 days, today included. */
export const DEFAULT_PERIOD_DAYS = 30;

export type PeriodCheck = { readonly ok: true; readonly period: Period } | { readonly ok: false; readonly problem: string };

/**
 * The period a request asks for (`from` and `to`, YYYY-MM-DD, both included), checked: both or
 * neither, real days, `from` not after `to`, `to` not after today (UTC), at most `maxDays` long.
 * Without them: the last `DEFAULT_PERIOD_DAYS` days (or `maxDays` if fewer). The problem is
 * written for the person who sent the request (a 400), and never echoes what they sent.
 */
export function parsePeriod(query: { readonly from?: unknown; readonly to?: unknown }, today: string, maxDays: number): PeriodCheck {
  if (!isDayText(today)) throw new RangeError(`parsePeriod(): today '${today}' is not a day written YYYY-MM-DD`);
  if (!Number.isInteger(maxDays) || maxDays < 1)
    throw new RangeError(`parsePeriod(): maxDays must be a whole number from 1, got ${maxDays}`);
  const { from, to } = query;
  if (from === undefined && to === undefined)
    return { ok: true, period: { from: addDays(today, -(Math.min(DEFAULT_PERIOD_DAYS, maxDays) - 1)), to: today } };
  if (from === undefined || to === undefined) return { ok: false, problem: 'give both from and to, or neither' };
  if (!isDay(from) || !isDay(to)) return { ok: false, problem: 'from and to must be days written YYYY-MM-DD' };
  if (from > to) return { ok: false, problem: 'from must not be after to' };
  if (to > today) return { ok: false, problem: 'to must not be after today (UTC)' };
  if (addDays(from, maxDays - 1) < to) return { ok: false, problem: `the period may be at most ${maxDays} days long` };
  return { ok: true, period: { from, to } };
}
