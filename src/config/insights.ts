import { ConfigError } from '../errors';
import { integer, text, type Env } from './env';

export interface InsightsConfig {
  /** The bearer token of /insights; undefined = the page and its data endpoints are not served. */
  readonly token: string | undefined;
  /** Today and the days before it up to this many are kept; older days are deleted. */
  readonly retentionDays: number;
}

/** Short tokens can be guessed: whoever has it reads what the bot was asked. */
const MIN_TOKEN_LENGTH = 32;

/** The insights page (docs/insights.md): off unless INSIGHTS_TOKEN is set; counts kept INSIGHTS_RETENTION_DAYS days. */
export function insightsConfig(env: Env): InsightsConfig {
  const token = text(env, 'INSIGHTS_TOKEN', '');
  // A secret: the messages say what is wrong, never the value.
  if (token !== '' && token.length < MIN_TOKEN_LENGTH)
    throw new ConfigError('INSIGHTS_TOKEN', `must be at least ${MIN_TOKEN_LENGTH} characters long (try: openssl rand -hex 32)`);
  if (/[^\x21-\x7e]/.test(token)) throw new ConfigError('INSIGHTS_TOKEN', 'must be printable ASCII without spaces');
  return {
    token: token === '' ? undefined : token,
    retentionDays: integer(env, 'INSIGHTS_RETENTION_DAYS', 90, 1, 3_650),
  };
}
