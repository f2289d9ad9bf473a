import { ConfigError } from '../errors';
import { fraction, integer, isSecureOrLoopback, parseUrl, text, type Env } from './env';

export interface CluConfig {
  /** The Language resource's endpoint, without a trailing slash. */
  readonly endpoint: string;
  readonly apiKey: string;
  readonly projectName: string;
  readonly deploymentName: string;
  /** How long a turn waits for CLU before answering with the local recognizer. */
  readonly timeoutMs: number;
  /** CLU's top intent below this confidence is not trusted: the local recognizer answers. */
  readonly minConfidence: number;
}

const CLU_REQUIRED = ['CLU_ENDPOINT', 'CLU_API_KEY', 'CLU_PROJECT_NAME', 'CLU_DEPLOYMENT_NAME'] as const;
/** CLU's naming rule for projects and deployments. */
const CLU_NAME = /^[A-Za-z0-9_.-]{1,50}$/;

function cluEndpoint(raw: string): string {
  const url = parseUrl(raw);
  if (!url) throw new ConfigError('CLU_ENDPOINT', `must be a URL such as https://<resource>.cognitiveservices.azure.com, got '${raw}'`);
  // The API key travels in a header: plain http is only for a stand-in on this machine.
  if (!isSecureOrLoopback(url)) throw new ConfigError('CLU_ENDPOINT', `must use https (http only on a loopback address), got '${raw}'`);
  return url.toString().replace(/\/+$/, '');
}

function cluName(env: Env, variable: string): string {
  const value = text(env, variable, '');
  if (!CLU_NAME.test(value)) throw new ConfigError(variable, `must be 1 to 50 letters, digits, '_', '.' or '-', got '${value}'`);
  return value;
}

/** All four CLU_* variables or none: half a CLU set-up is a mistake worth stopping for. */
export function cluConfig(env: Env): CluConfig | undefined {
  const timeoutMs = integer(env, 'CLU_TIMEOUT_MS', 1500, 50, 60_000);
  const minConfidence = fraction(env, 'CLU_MIN_CONFIDENCE', 0.7);
  const set = CLU_REQUIRED.filter((name) => text(env, name, '') !== '');
  if (set.length === 0) return undefined;
  const missing = CLU_REQUIRED.filter((name) => !set.includes(name));
  if (missing.length > 0)
    throw new ConfigError(
      missing.join(', '),
      `${missing.length === 1 ? 'is' : 'are'} required when ${set.join(', ')} ${set.length === 1 ? 'is' : 'are'} set (Azure CLU needs all four)`,
    );
  return {
    endpoint: cluEndpoint(text(env, 'CLU_ENDPOINT', '')),
    apiKey: text(env, 'CLU_API_KEY', ''),
    projectName: cluName(env, 'CLU_PROJECT_NAME'),
    deploymentName: cluName(env, 'CLU_DEPLOYMENT_NAME'),
    timeoutMs,
    minConfidence,
  };
}
