import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config';

describe('loadConfig: website chat (Direct Line)', () => {
  it('defaults to the embedded Direct Line', () => {
    const config = loadConfig({}, null);
    expect(config.directLine).toEqual({
      secret: '',
      endpoint: 'https://directline.botframework.com',
      allowedOrigins: [],
      conversationTtlMs: 1_800_000,
      maxConversations: 1000,
      maxConversationsPerClient: 20,
      memoryMb: 32,
      embeddedSecret: '',
    });
    expect(Object.isFrozen(config.directLine.allowedOrigins)).toBe(true);
  });

  it('reads every setting', () => {
    const config = loadConfig(
      {
        DIRECTLINE_SECRET: 'secret',
        DIRECTLINE_ENDPOINT: 'https://europe.directline.botframework.com/',
        ALLOWED_ORIGINS: 'https://www.example.org, http://localhost:8080/',
        DIRECTLINE_CONVERSATION_TTL_MS: '60000',
        DIRECTLINE_MAX_CONVERSATIONS: '50',
        DIRECTLINE_MAX_CONVERSATIONS_PER_CLIENT: '5',
        DIRECTLINE_MEMORY_MB: '8',
        DIRECTLINE_EMBEDDED_SECRET: 'k'.repeat(32),
      },
      null,
    );
    expect(config.directLine).toEqual({
      secret: 'secret',
      endpoint: 'https://europe.directline.botframework.com',
      allowedOrigins: ['https://www.example.org', 'http://localhost:8080'],
      conversationTtlMs: 60_000,
      maxConversations: 50,
      maxConversationsPerClient: 5,
      memoryMb: 8,
      embeddedSecret: 'k'.repeat(32),
    });
  });

  it.each([
    [
      { ALLOWED_ORIGINS: 'https://www.example.org/chat' },
      /^config: ALLOWED_ORIGINS must list origins .* got 'https:\/\/www.example.org\/chat'$/,
    ],
    [{ ALLOWED_ORIGINS: '*' }, /^config: ALLOWED_ORIGINS must list origins/],
    [{ ALLOWED_ORIGINS: 'www.example.org' }, /^config: ALLOWED_ORIGINS must list origins/],
    [{ ALLOWED_ORIGINS: 'ftp://example.org' }, /^config: ALLOWED_ORIGINS must list origins/],
    [{ DIRECTLINE_ENDPOINT: 'http://directline.example.org' }, /^config: DIRECTLINE_ENDPOINT must be an https address/],
    [{ DIRECTLINE_ENDPOINT: 'not a url' }, /^config: DIRECTLINE_ENDPOINT must be an https address/],
    [{ DIRECTLINE_CONVERSATION_TTL_MS: '10' }, /^config: DIRECTLINE_CONVERSATION_TTL_MS must be between/],
    [{ DIRECTLINE_MAX_CONVERSATIONS: '0' }, /^config: DIRECTLINE_MAX_CONVERSATIONS must be between/],
    [{ DIRECTLINE_MAX_CONVERSATIONS_PER_CLIENT: '0' }, /^config: DIRECTLINE_MAX_CONVERSATIONS_PER_CLIENT must be between/],
    [{ DIRECTLINE_MEMORY_MB: 'lots' }, /^config: DIRECTLINE_MEMORY_MB must be a whole number/],
    [{ DIRECTLINE_EMBEDDED_SECRET: 'short' }, /^config: DIRECTLINE_EMBEDDED_SECRET must be at least 32 characters/],
  ])('fails fast on %j, naming the variable', (env, message) => {
    expect(() => loadConfig(env, null)).toThrow(message);
  });

  it('allows plain http for DIRECTLINE_ENDPOINT only on a loopback address (a local stand-in)', () => {
    expect(loadConfig({ DIRECTLINE_ENDPOINT: 'http://127.0.0.1:9000' }, null).directLine.endpoint).toBe('http://127.0.0.1:9000');
  });
});
