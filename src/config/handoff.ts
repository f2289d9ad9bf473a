import { ConfigError } from '../errors';
import { email, integer, parseUrl, text, type Env } from './env';

export interface SmtpConfig {
  /** smtp:// or smtps://, with credentials in the URL if the server needs them. */
  readonly url: string;
  /** The sender address of the e-mails to the team (the person is the Reply-To). */
  readonly from: string;
  /** How often pending requests are retried from the outbox. */
  readonly pollMs: number;
  /** How long one instance holds a request it is sending before another may take it. */
  readonly leaseMs: number;
}

/** The MIEUX+ team's address, offered to people and used for the hand-off. */
export function contactEmail(env: Env): string {
  return email(env, 'HANDOFF_EMAIL_TO', 'mieux-initiative@icmpd.org');
}

/** SMTP_URL and HANDOFF_EMAIL_FROM together, or neither. */
export function smtpConfig(env: Env): SmtpConfig | undefined {
  const raw = text(env, 'SMTP_URL', '');
  const pollMs = integer(env, 'HANDOFF_RETRY_POLL_MS', 15_000, 100, 3_600_000);
  const leaseMs = integer(env, 'HANDOFF_SEND_LEASE_MS', 120_000, 1_000, 3_600_000);
  if (raw === '') {
    if (text(env, 'HANDOFF_EMAIL_FROM', '') !== '') throw new ConfigError('SMTP_URL', 'is required when HANDOFF_EMAIL_FROM is set');
    return undefined;
  }
  const url = parseUrl(raw);
  if (!url) throw new ConfigError('SMTP_URL', 'must be a URL such as smtps://user:password@smtp.example.org:465');
  if (url.protocol !== 'smtp:' && url.protocol !== 'smtps:')
    throw new ConfigError('SMTP_URL', `must start with smtp:// or smtps://, got '${url.protocol}//'`);
  if (text(env, 'HANDOFF_EMAIL_FROM', '') === '') throw new ConfigError('HANDOFF_EMAIL_FROM', 'is required when SMTP_URL is set');
  return { url: raw, from: email(env, 'HANDOFF_EMAIL_FROM', ''), pollMs, leaseMs };
}
