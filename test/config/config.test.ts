import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config';

describe('loadConfig', () => {
  it('runs with no configuration at all', () => {
    const config = loadConfig({}, null);
    expect(config.port).toBe(3978);
    expect(config.bot.appId).toBe('');
    expect(config.bot.appType).toBe('MultiTenant');
    expect(config.contactEmail).toBe('mieux-initiative@icmpd.org');
    expect(config.maxBodyBytes).toBe(262144);
    expect(config.maxConnectionsPerClient).toBe(128);
    expect(config.channelTimeoutMs).toBe(15_000);
    expect(config.knowledgeDir).toMatch(/knowledge$/);
  });

  it('returns a frozen object', () => {
    const config = loadConfig({}, null);
    expect(Object.isFrozen(config)).toBe(true);
    expect(Object.isFrozen(config.bot)).toBe(true);
  });

  it.each([
    [{ PORT: 'eighty' }, /^config: PORT must be a whole number, got 'eighty'$/],
    [{ PORT: '70000' }, /^config: PORT must be between 0 and 65535/],
    [{ MicrosoftAppType: 'Anything' }, /^config: MicrosoftAppType must be one of MultiTenant, SingleTenant, UserAssignedMSI/],
    [{ MicrosoftAppId: 'abc' }, /^config: MicrosoftAppPassword is required when MicrosoftAppId is set/],
    [{ MicrosoftAppId: 'abc', MicrosoftAppPassword: 'x', MicrosoftAppType: 'SingleTenant' }, /^config: MicrosoftAppTenantId is required/],
    [{ MicrosoftAppPassword: 'x' }, /^config: MicrosoftAppId is required when MicrosoftAppPassword is set/],
    [{ HANDOFF_EMAIL_TO: 'not-an-address' }, /^config: HANDOFF_EMAIL_TO must be an e-mail address/],
    [{ MAX_BODY_BYTES: '10' }, /^config: MAX_BODY_BYTES must be between/],
    [{ MAX_CONNECTIONS_PER_CLIENT: 'many' }, /^config: MAX_CONNECTIONS_PER_CLIENT must be a whole number/],
    [{ CHANNEL_TIMEOUT_MS: '10' }, /^config: CHANNEL_TIMEOUT_MS must be between 100 and 120000/],
    [{ LOG_LEVEL: 'loud' }, /^config: LOG_LEVEL must be one of/],
  ])('fails fast on %j, naming the variable', (env, message) => {
    expect(() => loadConfig(env, null)).toThrow(message);
  });

  it('accepts a complete Azure configuration', () => {
    const config = loadConfig(
      { MicrosoftAppId: 'id', MicrosoftAppPassword: 'pw', MicrosoftAppType: 'singletenant', MicrosoftAppTenantId: 't' },
      null,
    );
    expect(config.bot).toEqual({ appType: 'SingleTenant', appId: 'id', appPassword: 'pw', tenantId: 't' });
  });

  it('reads a .env file, with the environment winning', () => {
    const dir = mkdtempSync(join(tmpdir(), 'mieux-env-'));
    writeFileSync(join(dir, '.env'), 'PORT=4000\nLOG_LEVEL=debug\n');
    const config = loadConfig({ LOG_LEVEL: 'warn' }, join(dir, '.env'));
    expect(config.port).toBe(4000);
    expect(config.logLevel).toBe('warn');
  });

  it('does not mind a missing .env file', () => {
    expect(loadConfig({}, join(tmpdir(), 'no-such-dir', '.env')).port).toBe(3978);
  });
});
