import { addDays, isDay } from './events';

function checkRetention(retentionDays: number, where: string): void {
  if (!Number.isInteger(retentionDays) || retentionDays < 1)
    throw new RangeError(`${where}: retention must be a whole number of days from 1, got ${retentionDays}`);
}

/** The oldest day kept: `today` and the `retentionDays - 1` days before it are kept. */
export function oldestKeptDay(today: string, retentionDays: number): string {
  checkRetention(retentionDays, 'oldestKeptDay()');
  return addDays(today, -(retentionDays - 1));
}

/**
 * The stored days to delete: those before the oldest kept day. Names that are not days are not
 * the insights' and are never returned; days after `today` (another instance's clock ahead) are kept.
 */
export function expiredDays(stored: Iterable<string>, today: string, retentionDays: number): string[] {
  checkRetention(retentionDays, 'expiredDays()');
  const oldest = oldestKeptDay(today, retentionDays);
  return [...new Set(stored)].filter((day) => isDay(day) && day < oldest).sort();
}
