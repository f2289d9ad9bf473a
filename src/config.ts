import { config as readDotenv } from 'dotenv';
import { join, resolve } from 'node:path';
import { ConfigError } from './errors';

export type AppType = 'MultiTenant' | 'SingleTenant' | 'UserAssignedMSI';
export type LogLevel = 'debug' | 'info' | 'warn' | 'error' | 'silent';

export interface Config {
  readonly port: number;
  /** Loopback by default in local anonymous mode, every interface with an app id. */
  readonly host: string;
  /**
   * Local anonymous mode only: where replies may be posted besides loopback addresses (URL
   * prefixes, no trailing slash). With an app id the channel's signed token vouches for the serviceUrl.
   */
  readonly allowedServiceUrls: readonly string[];
  readonly bot: {
    readonly appType: AppType;
    /** Empty in local anonymous mode. */
    readonly appId: string;
    readonly appPassword: string;
    readonly tenantId: string;
  };
  readonly knowledgeDir: string;
  /** Requests with a larger body get 413 before they are parsed. */
  readonly maxBodyBytes: number;
  /** Connections open at once from one client address; 0 = no cap. Not applied behind a proxy (TRUST_PROXY). */
  readonly maxConnectionsPerClient: number;
  /** The MIEUX+ team's address, offered to people and used for the hand-off. */
  readonly contactEmail: string;
  readonly logLevel: LogLevel;
  /** How long SIGTERM waits for turns in flight. */
  readonly shutdownTimeoutMs: number;
  /** How long one reply may take to reach a channel's serviceUrl, retries included. */
  readonly channelTimeoutMs: number;
  /** Where conversation state lives: Azure Blob Storage (several instances) or this process's memory. */
  readonly storage: StorageSettings;
  /** Per-client request limits; 0 = no limit. */
  readonly rateLimit: RateLimitSettings;
  /** Debugging only: the access log line of each message carries its text (personal data). */
  readonly logMessageText: boolean;
  /** Where channel tokens are checked, for sovereign or private clouds; undefined = Azure public cloud. */
  readonly channelAuth: ChannelAuthSettings | undefined;
  /** E-mail delivery of hand-off requests; undefined = the person sends the prepared e-mail (mailto:) only. */
  readonly smtp: SmtpConfig | undefined;
  /** Azure CLU, used first when all four CLU_* variables are set; undefined = local understanding only. */
  readonly clu: CluConfig | undefined;
  /**
   * The Teams app package's id (`npm run teams:package`): TEAMS_APP_ID, else the bot's app id, so
   * every rebuilt package updates the same Teams app. Empty when neither is set.
   */
  readonly teamsAppId: string;
  /** The website chat: Azure Direct Line, or the bot's own embedded Direct Line. */
  readonly directLine: DirectLineConfig;
  /** The curator's loop: unanswered questions recorded (scrubbed), helpful / not helpful after answers. */
  readonly curation: CurationConfig;
}

export interface CurationConfig {
  /** How many unanswered questions are kept (the oldest go first); 0 = none are recorded. */
  readonly maxQuestions: number;
  /** Offer helpful / not helpful buttons after an answer. */
  readonly feedback: boolean;
}

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

export const PROJECT_ROOT = resolve(__dirname, '..', __dirname.includes(`${join('dist', 'src')}`) ? '..' : '');

type Env = Readonly<Record<string, string | undefined>>;

function text(env: Env, name: string, fallback: string): string {
  const value = env[name]?.trim();
  return value === undefined || value === '' ? fallback : value;
}

function integer(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = text(env, name, String(fallback));
  if (!/^\d+$/.test(raw)) throw new ConfigError(name, `must be a whole number, got '${raw}'`);
  const value = Number(raw);
  if (value < min || value > max) throw new ConfigError(name, `must be between ${min} and ${max}, got ${value}`);
  return value;
}

function oneOf<T extends string>(env: Env, name: string, fallback: T, allowed: readonly T[]): T {
  const raw = text(env, name, fallback);
  const match = allowed.find((a) => a.toLowerCase() === raw.toLowerCase());
  if (!match) throw new ConfigError(name, `must be one of ${allowed.join(', ')}, got '${raw}'`);
  return match;
}

const EMAIL = /^[^\s@<>()"',;:]+@[^\s@<>()"',;:]+\.[a-z]{2,}$/i;

function email(env: Env, name: string, fallback: string): string {
  const value = text(env, name, fallback);
  if (!EMAIL.test(value)) throw new ConfigError(name, `must be an e-mail address, got '${value}'`);
  return value;
}

function fraction(env: Env, name: string, fallback: number): number {
  const raw = text(env, name, String(fallback));
  const value = /^(?:0|1|0?\.\d+|1\.0+)$/.test(raw) ? Number(raw) : Number.NaN;
  if (Number.isNaN(value)) throw new ConfigError(name, `must be a number from 0 to 1, got '${raw}'`);
  return value;
}

const CLU_REQUIRED = ['CLU_ENDPOINT', 'CLU_API_KEY', 'CLU_PROJECT_NAME', 'CLU_DEPLOYMENT_NAME'] as const;
/** CLU's naming rule for projects and deployments. */
const CLU_NAME = /^[A-Za-z0-9_.-]{1,50}$/;
const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

function cluEndpoint(raw: string): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError('CLU_ENDPOINT', `must be a URL such as https://<resource>.cognitiveservices.azure.com, got '${raw}'`);
  }
  // The API key travels in a header: plain http is only for a stand-in on this machine.
  const insecureOk = url.protocol === 'http:' && LOOPBACK_HOSTS.has(url.hostname);
  if (url.protocol !== 'https:' && !insecureOk) throw new ConfigError('CLU_ENDPOINT', `must use https (http only on a loopback address), got '${raw}'`);
  return url.toString().replace(/\/+$/, '');
}

/** All four CLU_* variables or none: half a CLU set-up is a mistake worth stopping for. */
function cluConfig(env: Env): CluConfig | undefined {
  const timeoutMs = integer(env, 'CLU_TIMEOUT_MS', 1500, 50, 60_000);
  const minConfidence = fraction(env, 'CLU_MIN_CONFIDENCE', 0.7);
  const set = CLU_REQUIRED.filter((name) => text(env, name, '') !== '');
  if (set.length === 0) return undefined;
  const missing = CLU_REQUIRED.filter((name) => !set.includes(name));
  if (missing.length > 0) throw new ConfigError(missing.join(', '), `${missing.length === 1 ? 'is' : 'are'} required when ${set.join(', ')} ${set.length === 1 ? 'is' : 'are'} set (Azure CLU needs all four)`);
  const name = (variable: string): string => {
    const value = text(env, variable, '');
    if (!CLU_NAME.test(value)) throw new ConfigError(variable, `must be 1 to 50 letters, digits, '_', '.' or '-', got '${value}'`);
    return value;
  };
  return {
    endpoint: cluEndpoint(text(env, 'CLU_ENDPOINT', '')),
    apiKey: text(env, 'CLU_API_KEY', ''),
    projectName: name('CLU_PROJECT_NAME'),
    deploymentName: name('CLU_DEPLOYMENT_NAME'),
    timeoutMs,
    minConfidence,
  };
}

/** SMTP_URL and HANDOFF_EMAIL_FROM together, or neither. */
function smtpConfig(env: Env): SmtpConfig | undefined {
  const raw = text(env, 'SMTP_URL', '');
  const pollMs = integer(env, 'HANDOFF_RETRY_POLL_MS', 15_000, 100, 3_600_000);
  const leaseMs = integer(env, 'HANDOFF_SEND_LEASE_MS', 120_000, 1_000, 3_600_000);
  if (raw === '') {
    if (text(env, 'HANDOFF_EMAIL_FROM', '') !== '') throw new ConfigError('SMTP_URL', 'is required when HANDOFF_EMAIL_FROM is set');
    return undefined;
  }
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError('SMTP_URL', 'must be a URL such as smtps://user:password@smtp.example.org:465');
  }
  if (url.protocol !== 'smtp:' && url.protocol !== 'smtps:') throw new ConfigError('SMTP_URL', `must start with smtp:// or smtps://, got '${url.protocol}//'`);
  if (text(env, 'HANDOFF_EMAIL_FROM', '') === '') throw new ConfigError('HANDOFF_EMAIL_FROM', 'is required when SMTP_URL is set');
  return { url: raw, from: email(env, 'HANDOFF_EMAIL_FROM', ''), pollMs, leaseMs };
}

/** A Microsoft app or Teams app id. */
export const GUID = /^[0-9a-f]{8}-(?:[0-9a-f]{4}-){3}[0-9a-f]{12}$/i;

/** A GUID when set; the fallback is the caller's to check, so an error never names the wrong variable. */
function optionalGuid(env: Env, name: string, fallback: string): string {
  const value = text(env, name, '');
  if (value === '') return fallback;
  if (!GUID.test(value)) throw new ConfigError(name, `must be a GUID such as 00000000-0000-0000-0000-000000000000, got '${value}'`);
  return value;
}

export type StorageSettings =
  | { readonly kind: 'memory'; readonly ttlMinutes: number; readonly maxItems: number }
  | {
      readonly kind: 'blobs';
      readonly connectionString: string;
      readonly container: string;
      /** A conversation's state not written for this long is deleted (BlobStateExpiry). */
      readonly stateTtlHours: number;
    };

export interface RateLimitSettings {
  /** Messages per conversation per minute on /api/messages. */
  readonly messagesPerMinute: number;
  /** Requests per client address per minute on the public endpoints that use it (Direct Line, tokens). */
  readonly ipPerMinute: number;
  /** Take the client address from X-Forwarded-For (only behind a proxy that sets it, such as App Service). */
  readonly trustProxy: boolean;
}

export interface ChannelAuthSettings {
  /** botbuilder's BotOpenIdMetadata: the OpenID document whose keys sign channel tokens. */
  readonly openIdMetadataUrl: string;
  /** botbuilder's ToBotFromChannelTokenIssuer: the `iss` of channel tokens. */
  readonly tokenIssuer: string;
}

function bool(env: Env, name: string, fallback: boolean): boolean {
  const raw = text(env, name, String(fallback)).toLowerCase();
  if (['true', '1', 'yes', 'on'].includes(raw)) return true;
  if (['false', '0', 'no', 'off'].includes(raw)) return false;
  throw new ConfigError(name, `must be true or false, got '${raw}'`);
}

/** Azure's rule for container names. */
const CONTAINER_NAME = /^(?=.{3,63}$)[a-z0-9]+(?:-[a-z0-9]+)*$/;

function storageSettings(env: Env): StorageSettings {
  const connectionString = text(env, 'AZURE_STORAGE_CONNECTION_STRING', '');
  const container = text(env, 'AZURE_STORAGE_CONTAINER', 'mieux-bot-state');
  const ttlMinutes = integer(env, 'MEMORY_STATE_TTL_MINUTES', 60, 1, 7 * 24 * 60);
  const maxItems = integer(env, 'MEMORY_STATE_MAX_ITEMS', 50_000, 100, 10_000_000);
  const stateTtlHours = integer(env, 'AZURE_STORAGE_STATE_TTL_HOURS', 24, 1, 24 * 365);
  if (!CONTAINER_NAME.test(container))
    throw new ConfigError('AZURE_STORAGE_CONTAINER', `must be 3 to 63 lowercase letters, digits and single hyphens, got '${container}'`);
  if (!connectionString) return { kind: 'memory', ttlMinutes, maxItems };
  // The value is a secret: the message names what is wrong, never the value.
  if (!/(?:^|;)\s*(?:AccountName|BlobEndpoint|UseDevelopmentStorage|SharedAccessSignature)\s*=/i.test(connectionString))
    throw new ConfigError('AZURE_STORAGE_CONNECTION_STRING', 'must be an Azure Storage connection string (AccountName=…;AccountKey=…; or BlobEndpoint=…)');
  return { kind: 'blobs', connectionString, container, stateTtlHours };
}

function httpUrl(env: Env, name: string): string {
  const raw = text(env, name, '');
  if (raw === '') return '';
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError(name, `must be an http(s) URL, got '${raw}'`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new ConfigError(name, `must be an http(s) URL, got '${raw}'`);
  return raw;
}

/** Both settings default to the public cloud's values; setting either switches to explicit settings. */
function channelAuthSettings(env: Env): ChannelAuthSettings | undefined {
  const openIdMetadataUrl = httpUrl(env, 'BotOpenIdMetadata');
  const tokenIssuer = text(env, 'ToBotFromChannelTokenIssuer', '');
  if (!openIdMetadataUrl && !tokenIssuer) return undefined;
  return {
    openIdMetadataUrl: openIdMetadataUrl || 'https://login.botframework.com/v1/.well-known/openidconfiguration',
    tokenIssuer: tokenIssuer || 'https://api.botframework.com',
  };
}

/** A comma-separated list of http(s) URLs, each checked and written by `entry` (undefined = not acceptable). */
function urlList(env: Env, name: string, expected: string, entry: (url: URL, raw: string) => string | undefined): string[] {
  return text(env, name, '')
    .split(',')
    .map((raw) => raw.trim())
    .filter((raw) => raw !== '')
    .map((raw) => {
      let url: URL | undefined;
      try {
        url = new URL(raw);
      } catch {
        url = undefined;
      }
      const value = url && (url.protocol === 'https:' || url.protocol === 'http:') ? entry(url, raw) : undefined;
      if (value === undefined) throw new ConfigError(name, `must list ${expected}, got '${raw}'`);
      return value;
    });
}

/** ALLOWED_ORIGINS: comma-separated origins, each exactly scheme://host[:port] as browsers send it. */
function origins(env: Env, name: string): string[] {
  return urlList(env, name, 'origins such as https://www.example.org (scheme, host and port only, no path)', (url, raw) =>
    url.origin.toLowerCase() === raw.replace(/\/$/, '').toLowerCase() ? url.origin : undefined,
  );
}

/** ALLOWED_SERVICE_URLS: comma-separated http(s) URLs, each a prefix a serviceUrl may start with. */
function serviceUrlPrefixes(env: Env, name: string): string[] {
  return urlList(env, name, 'http(s) URLs such as https://channel.example.org/bot (no query, no credentials)', (url) =>
    url.search || url.hash || url.username || url.password ? undefined : `${url.origin}${url.pathname}`.replace(/\/+$/, ''),
  );
}

function directLineConfig(env: Env): DirectLineConfig {
  const endpoint = text(env, 'DIRECTLINE_ENDPOINT', 'https://directline.botframework.com');
  let url: URL | undefined;
  try {
    url = new URL(endpoint);
  } catch {
    url = undefined;
  }
  // The secret travels to this address: plain http is only for a stand-in on this machine.
  const secure = url?.protocol === 'https:' || (url?.protocol === 'http:' && LOOPBACK_HOSTS.has(url.hostname));
  if (!url || !secure || url.search || url.hash)
    throw new ConfigError('DIRECTLINE_ENDPOINT', `must be an https address such as https://directline.botframework.com (http only on a loopback address), got '${endpoint}'`);
  const embeddedSecret = text(env, 'DIRECTLINE_EMBEDDED_SECRET', '');
  if (embeddedSecret !== '' && embeddedSecret.length < 32) throw new ConfigError('DIRECTLINE_EMBEDDED_SECRET', 'must be at least 32 characters long');
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

function deepFreeze<T extends object>(value: T): T {
  for (const inner of Object.values(value)) if (typeof inner === 'object' && inner !== null) deepFreeze(inner);
  return Object.freeze(value);
}

/**
 * Reads the configuration once, from the environment and an optional `.env` file (the
 * environment wins), validates it and returns it frozen. The only place that reads process.env.
 */
export function loadConfig(env: Env = process.env, dotenvPath: string | null = join(PROJECT_ROOT, '.env')): Config {
  const fromFile: Record<string, string> = {};
  if (dotenvPath) readDotenv({ path: dotenvPath, processEnv: fromFile, quiet: true });
  const merged: Env = { ...fromFile, ...env };

  const appType = oneOf<AppType>(merged, 'MicrosoftAppType', 'MultiTenant', ['MultiTenant', 'SingleTenant', 'UserAssignedMSI']);
  const appId = text(merged, 'MicrosoftAppId', '');
  const appPassword = text(merged, 'MicrosoftAppPassword', '');
  const tenantId = text(merged, 'MicrosoftAppTenantId', '');
  if (appId && appType !== 'UserAssignedMSI' && !appPassword)
    throw new ConfigError('MicrosoftAppPassword', `is required when MicrosoftAppId is set (MicrosoftAppType ${appType})`);
  if (appId && appType !== 'MultiTenant' && !tenantId)
    throw new ConfigError('MicrosoftAppTenantId', `is required when MicrosoftAppType is ${appType}`);
  if (!appId && appPassword) throw new ConfigError('MicrosoftAppId', 'is required when MicrosoftAppPassword is set');

  return deepFreeze({
    port: integer(merged, 'PORT', 3978, 0, 65535),
    // Local anonymous mode accepts anyone's requests: only this machine's, unless HOST says otherwise.
    host: text(merged, 'HOST', appId ? '0.0.0.0' : '127.0.0.1'),
    allowedServiceUrls: serviceUrlPrefixes(merged, 'ALLOWED_SERVICE_URLS'),
    bot: { appType, appId, appPassword, tenantId },
    knowledgeDir: resolve(PROJECT_ROOT, text(merged, 'KNOWLEDGE_DIR', 'knowledge')),
    maxBodyBytes: integer(merged, 'MAX_BODY_BYTES', 256 * 1024, 1024, 64 * 1024 * 1024),
    maxConnectionsPerClient: integer(merged, 'MAX_CONNECTIONS_PER_CLIENT', 128, 0, 100_000),
    contactEmail: email(merged, 'HANDOFF_EMAIL_TO', 'mieux-initiative@icmpd.org'),
    logLevel: oneOf<LogLevel>(merged, 'LOG_LEVEL', 'info', ['debug', 'info', 'warn', 'error', 'silent']),
    shutdownTimeoutMs: integer(merged, 'SHUTDOWN_TIMEOUT_MS', 10_000, 0, 600_000),
    channelTimeoutMs: integer(merged, 'CHANNEL_TIMEOUT_MS', 15_000, 100, 120_000),
    storage: storageSettings(merged),
    rateLimit: {
      messagesPerMinute: integer(merged, 'RATE_LIMIT_MESSAGES_PER_MINUTE', 60, 0, 1_000_000),
      ipPerMinute: integer(merged, 'RATE_LIMIT_IP_PER_MINUTE', 600, 0, 1_000_000),
      trustProxy: bool(merged, 'TRUST_PROXY', false),
    },
    logMessageText: bool(merged, 'LOG_MESSAGE_TEXT', false),
    channelAuth: channelAuthSettings(merged),
    smtp: smtpConfig(merged),
    clu: cluConfig(merged),
    teamsAppId: optionalGuid(merged, 'TEAMS_APP_ID', appId),
    directLine: directLineConfig(merged),
    curation: {
      maxQuestions: integer(merged, 'CURATION_MAX_QUESTIONS', 1_000, 0, 100_000),
      feedback: bool(merged, 'CURATION_FEEDBACK', true),
    },
  });
}
