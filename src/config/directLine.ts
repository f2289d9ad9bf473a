import { ConfigError } from '../errors';
import { integer, isSecureOrLoopback, parseUrl, text, urlList, type Env } from './env';

export interface DirectLineConfig {
  /** DIRECTLINE_SECRET: Azure Bot Service Direct Line; empty = the bot's embedded Direct Line. */
  readonly secret: string;
  /** Azure Direct Line's address, without a trailing slash. */
  readonly endpoint: string;
  /** Other websites whose pages may show the chat (the bot's own page always may). */
  readonly allowedOrigins: readonly string[];
  /** Embedded Direct Line: a conversation with no activity for this long is forgotten. */
  readonly conversationTtlMs: number;
  /** Embedded Direct Line: conversations open at once; more get 429 unless an idle one can make room. */
  readonly maxConversations: number;
  /** Embedded Direct Line: conversations one client address may hold at once. */
  readonly maxConversationsPerClient: number;
  /** Embedded Direct Line: the memory budget of all transcripts together, in MiB of JSON. */
  readonly memoryMb: number;
  /** Embedded Direct Line: lets a website's own server call tokens/generate; empty = closed. */
  readonly embeddedSecret: string;
}

/** ALLOWED_ORIGINS: comma-separated origins, each exactly scheme://host[:port] as browsers send it. */
function origins(env: Env, name: string): string[] {
  return urlList(env, name, 'origins such as https://www.example.org (scheme, host and port only, no path)', (url, raw) =>
    url.origin.toLowerCase() === raw.replace(/\/$/, '').toLowerCase() ? url.origin : undefined,
  );
}

/** The website chat: Azure Direct Line with DIRECTLINE_SECRET, else the bot's own embedded Direct Line and its limits. */
export function directLineConfig(env: Env): DirectLineConfig {
  const endpoint = text(env, 'DIRECTLINE_ENDPOINT', 'https://directline.botframework.com');
  const url = parseUrl(endpoint);
  // The secret travels to this address: plain http is only for a stand-in on this machine.
  if (!isSecureOrLoopback(url) || url.search || url.hash)
    throw new ConfigError(
      'DIRECTLINE_ENDPOINT',
      `must be an https address such as https://directline.botframework.com (http only on a loopback address), got '${endpoint}'`,
    );
  const embeddedSecret = text(env, 'DIRECTLINE_EMBEDDED_SECRET', '');
  if (embeddedSecret !== '' && embeddedSecret.length < 32)
    throw new ConfigError('DIRECTLINE_EMBEDDED_SECRET', 'must be at least 32 characters long');
  return {
    secret: text(env, 'DIRECTLINE_SECRET', ''),
    endpoint: url.toString().replace(/\/+$/, ''),
    allowedOrigins: origins(env, 'ALLOWED_ORIGINS'),
    conversationTtlMs: integer(env, 'DIRECTLINE_CONVERSATION_TTL_MS', 30 * 60_000, 1_000, 24 * 3_600_000),
    maxConversations: integer(env, 'DIRECTLINE_MAX_CONVERSATIONS', 1_000, 1, 1_000_000),
    maxConversationsPerClient: integer(env, 'DIRECTLINE_MAX_CONVERSATIONS_PER_CLIENT', 20, 1, 1_000_000),
    memoryMb: integer(env, 'DIRECTLINE_MEMORY_MB', 32, 1, 4_096),
    embeddedSecret,
  };
}
