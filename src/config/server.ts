import { resolve } from 'node:path';
import { bool, integer, oneOf, text, urlList, type Env } from './env';
import { PROJECT_ROOT } from './projectRoot';

export type LogLevel = 'debug' | 'info' | 'warn' | 'error' | 'silent';

export interface RateLimitSettings {
  /** Messages per conversation per minute on /api/messages. */
  readonly messagesPerMinute: number;
  /** Requests per client address per minute on the public endpoints that use it (Direct Line, tokens). */
  readonly ipPerMinute: number;
  /** Take the client address from X-Forwarded-For (only behind a proxy that sets it, such as App Service). */
  readonly trustProxy: boolean;
}

export interface ServerSettings {
  readonly port: number;
  /** Loopback by default in local anonymous mode, every interface with an app id. */
  readonly host: string;
  /**
   * Local anonymous mode only: where replies may be posted besides loopback addresses (URL
   * prefixes, no trailing slash). With an app id the channel's signed token vouches for the serviceUrl.
   */
  readonly allowedServiceUrls: readonly string[];
  readonly knowledgeDir: string;
  /** Requests with a larger body get 413 before they are parsed. */
  readonly maxBodyBytes: number;
  /** Connections open at once from one client address; 0 = no cap. Not applied behind a proxy (TRUST_PROXY). */
  readonly maxConnectionsPerClient: number;
  readonly logLevel: LogLevel;
  /** How long SIGTERM waits for turns in flight. */
  readonly shutdownTimeoutMs: number;
  /** How long one reply may take to reach a channel's serviceUrl, retries included. */
  readonly channelTimeoutMs: number;
  /** Per-client request limits; 0 = no limit. */
  readonly rateLimit: RateLimitSettings;
  /** Debugging only: the access log line of each message carries its text (personal data). */
  readonly logMessageText: boolean;
}

/** ALLOWED_SERVICE_URLS: comma-separated http(s) URLs, each a prefix a serviceUrl may start with. */
function serviceUrlPrefixes(env: Env, name: string): string[] {
  return urlList(env, name, 'http(s) URLs such as https://channel.example.org/bot (no query, no credentials)', (url) =>
    url.search || url.hash || url.username || url.password ? undefined : `${url.origin}${url.pathname}`.replace(/\/+$/, ''),
  );
}

/** `anonymous`: no app id, so the bot accepts anyone's requests, and listens on this machine only unless HOST says otherwise. */
export function serverSettings(env: Env, anonymous: boolean): ServerSettings {
  return {
    port: integer(env, 'PORT', 3978, 0, 65535),
    host: text(env, 'HOST', anonymous ? '127.0.0.1' : '0.0.0.0'),
    allowedServiceUrls: serviceUrlPrefixes(env, 'ALLOWED_SERVICE_URLS'),
    knowledgeDir: resolve(PROJECT_ROOT, text(env, 'KNOWLEDGE_DIR', 'knowledge')),
    maxBodyBytes: integer(env, 'MAX_BODY_BYTES', 256 * 1024, 1024, 64 * 1024 * 1024),
    maxConnectionsPerClient: integer(env, 'MAX_CONNECTIONS_PER_CLIENT', 128, 0, 100_000),
    logLevel: oneOf<LogLevel>(env, 'LOG_LEVEL', 'info', ['debug', 'info', 'warn', 'error', 'silent']),
    shutdownTimeoutMs: integer(env, 'SHUTDOWN_TIMEOUT_MS', 10_000, 0, 600_000),
    channelTimeoutMs: integer(env, 'CHANNEL_TIMEOUT_MS', 15_000, 100, 120_000),
    rateLimit: {
      messagesPerMinute: integer(env, 'RATE_LIMIT_MESSAGES_PER_MINUTE', 60, 0, 1_000_000),
      ipPerMinute: integer(env, 'RATE_LIMIT_IP_PER_MINUTE', 600, 0, 1_000_000),
      trustProxy: bool(env, 'TRUST_PROXY', false),
    },
    logMessageText: bool(env, 'LOG_MESSAGE_TEXT', false),
  };
}
