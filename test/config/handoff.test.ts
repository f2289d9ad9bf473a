import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config';

describe('loadConfig: hand-off e-mail', () => {
  it('has no SMTP delivery by default: the mailto: link is the hand-off', () => {
    expect(loadConfig({}, null).smtp).toBeUndefined();
  });

  it('reads SMTP_URL with HANDOFF_EMAIL_FROM', () => {
    const config = loadConfig({ SMTP_URL: 'smtps://bot:s3cret@smtp.example.org:465', HANDOFF_EMAIL_FROM: 'bot@example.org' }, null);
    expect(config.smtp).toMatchObject({ url: 'smtps://bot:s3cret@smtp.example.org:465', from: 'bot@example.org' });
  });

  it.each([
    [{ SMTP_URL: 'smtp://localhost:25' }, /^config: HANDOFF_EMAIL_FROM is required when SMTP_URL is set$/],
    [{ HANDOFF_EMAIL_FROM: 'bot@example.org' }, /^config: SMTP_URL is required when HANDOFF_EMAIL_FROM is set$/],
    [
      { SMTP_URL: 'http://smtp.example.org', HANDOFF_EMAIL_FROM: 'bot@example.org' },
      /^config: SMTP_URL must start with smtp:\/\/ or smtps:\/\//,
    ],
    [{ SMTP_URL: 'not a url', HANDOFF_EMAIL_FROM: 'bot@example.org' }, /^config: SMTP_URL must be a URL/],
    [{ SMTP_URL: 'smtp://localhost:25', HANDOFF_EMAIL_FROM: 'bot' }, /^config: HANDOFF_EMAIL_FROM must be an e-mail address/],
    [{ HANDOFF_EMAIL_TO: 'team' }, /^config: HANDOFF_EMAIL_TO must be an e-mail address/],
  ])('fails fast on %j, naming the variable', (env, message) => {
    expect(() => loadConfig(env, null)).toThrow(message);
  });

  it('never repeats the SMTP password in an error', () => {
    expect(() => loadConfig({ SMTP_URL: 'ftp://user:hunter2@host', HANDOFF_EMAIL_FROM: 'bot@example.org' }, null)).toThrow(
      /^(?!.*hunter2)/,
    );
  });
});
