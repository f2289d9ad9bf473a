import { config as readDotenv } from 'dotenv';
import { join, resolve } from 'node:path';

export type AppType = 'MultiTenant' | 'SingleTenant' | 'UserAssignedMSI';
export type LogLevel = 'debug' | 'info' | 'warn' | 'error' | 'silent';

export interface Config {
  readonly port: number;
  readonly host: string;
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
  /** The MIEUX+ team's address, offered to people and used for the hand-off. */
  readonly contactEmail: string;
  readonly logLevel: LogLevel;
  /** How long SIGTERM waits for turns in flight. */
  readonly shutdownTimeoutMs: number;
}

export class ConfigError extends Error {
  constructor(variable: string, problem: string) {
    super(`config: ${variable} ${problem}`);
    this.name = 'ConfigError';
  }
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
    host: text(merged, 'HOST', '0.0.0.0'),
    bot: { appType, appId, appPassword, tenantId },
    knowledgeDir: resolve(PROJECT_ROOT, text(merged, 'KNOWLEDGE_DIR', 'knowledge')),
    maxBodyBytes: integer(merged, 'MAX_BODY_BYTES', 256 * 1024, 1024, 64 * 1024 * 1024),
    contactEmail: email(merged, 'HANDOFF_EMAIL_TO', 'mieux-initiative@icmpd.org'),
    logLevel: oneOf<LogLevel>(merged, 'LOG_LEVEL', 'info', ['debug', 'info', 'warn', 'error', 'silent']),
    shutdownTimeoutMs: integer(merged, 'SHUTDOWN_TIMEOUT_MS', 10_000, 0, 600_000),
  });
}
