import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { DirectLineTokens } from '../../../../src/hosting/http/directLine/tokens';

describe('DirectLineTokens', () => {
  let clock = Date.parse('2026-06-01T12:00:00Z');
  const tokens = new DirectLineTokens(randomBytes(32), 1800, () => clock);

  it('issues a JWT whose user claim Web Chat can read, and verifies it', () => {
    const { token, expiresIn } = tokens.issue('conv-1', 'dl_user');
    expect(expiresIn).toBe(1800);
    const payload = JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString('utf8')) as Record<string, unknown>;
    expect(payload).toMatchObject({ conv: 'conv-1', user: 'dl_user', exp: clock / 1000 + 1800 });
    expect(tokens.verify(token)).toEqual({
      ok: true,
      claims: { conversationId: 'conv-1', userId: 'dl_user', expiresAt: clock / 1000 + 1800 },
    });
  });

  it('two tokens for the same conversation differ', () => {
    expect(tokens.issue('c', 'u').token).not.toBe(tokens.issue('c', 'u').token);
  });

  it.each<{ name: string; token: () => string; reason: string }>([
    { name: 'garbage', token: () => 'garbage', reason: 'malformed' },
    { name: 'four parts', token: () => `${tokens.issue('c', 'u').token}.x`, reason: 'malformed' },
    {
      name: 'a payload changed to another conversation',
      token: () => {
        const [header, , signature] = tokens.issue('c', 'u').token.split('.');
        const forged = Buffer.from(
          JSON.stringify({ iss: 'mieux-bot/embedded-directline', conv: 'other', user: 'u', iat: 0, exp: 9e9 }),
        ).toString('base64url');
        return `${header}.${forged}.${signature}`;
      },
      reason: 'signature',
    },
    {
      name: 'a token signed with another key',
      token: () => new DirectLineTokens(randomBytes(32), 1800, () => clock).issue('c', 'u').token,
      reason: 'signature',
    },
  ])('refuses $name ($reason)', ({ token, reason }) => {
    expect(tokens.verify(token())).toEqual({ ok: false, reason });
  });

  it('refuses a token once it has expired', () => {
    const { token } = tokens.issue('c', 'u');
    clock += 1799_000;
    expect(tokens.verify(token).ok).toBe(true);
    clock += 1_000;
    expect(tokens.verify(token)).toEqual({ ok: false, reason: 'expired' });
  });

  it('refuses a short signing key', () => {
    expect(() => new DirectLineTokens(Buffer.alloc(16))).toThrow(/at least 32 bytes/);
  });
});
