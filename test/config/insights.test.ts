import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config';

const TOKEN = 'k'.repeat(31) + 'x';

describe('loadConfig: the insights page', () => {
  it('is off by default and keeps 90 days', () => {
    const config = loadConfig({}, null);
    expect(config.insights).toEqual({ token: undefined, retentionDays: 90 });
    expect(Object.isFrozen(config.insights)).toBe(true);
  });

  it('reads INSIGHTS_TOKEN and INSIGHTS_RETENTION_DAYS', () => {
    expect(loadConfig({ INSIGHTS_TOKEN: ` ${TOKEN} `, INSIGHTS_RETENTION_DAYS: '30' }, null).insights).toEqual({
      token: TOKEN,
      retentionDays: 30,
    });
  });

  it.each([
    [{ INSIGHTS_TOKEN: 'short-secret' }, /INSIGHTS_TOKEN must be at least 32 characters/],
    [{ INSIGHTS_TOKEN: `${TOKEN} with spaces` }, /INSIGHTS_TOKEN must be printable ASCII/],
    [{ INSIGHTS_TOKEN: `${TOKEN}é` }, /INSIGHTS_TOKEN must be printable ASCII/],
    [{ INSIGHTS_RETENTION_DAYS: '0' }, /INSIGHTS_RETENTION_DAYS must be between 1 and 3650/],
    [{ INSIGHTS_RETENTION_DAYS: 'ninety' }, /INSIGHTS_RETENTION_DAYS must be a whole number/],
  ])('%j is refused, naming the variable and never the value', (env, message) => {
    expect(() => loadConfig(env, null)).toThrow(message);
    try {
      loadConfig(env, null);
    } catch (error) {
      expect(String(error)).not.toContain('short-secret');
      expect(String(error)).not.toContain(TOKEN);
    }
  });
});
