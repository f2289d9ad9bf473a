import { ConfigError } from '../errors';

/** The environment as read: process.env merged over .env. */
export type Env = Readonly<Record<string, string | undefined>>;

export function text(env: Env, name: string, fallback: string): string {
  const value = env[name]?.trim();
  return value === undefined || value === '' ? fallback : value;
}

export function integer(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = text(env, name, String(fallback));
  if (!/^\d+$/.test(raw)) throw new ConfigError(name, `must be a whole number, got '${raw}'`);
  const value = Number(raw);
  if (value < min || value > max) throw new ConfigError(name, `must be between ${min} and ${max}, got ${value}`);
  return value;
}

export function bool(env: Env, name: string, fallback: boolean): boolean {
  const raw = text(env, name, String(fallback)).toLowerCase();
  if (['true', '1', 'yes', 'on'].includes(raw)) return true;
  if (['false', '0', 'no', 'off'].includes(raw)) return false;
  throw new ConfigError(name, `must be true or false, got '${raw}'`);
}

export function oneOf<T extends string>(env: Env, name: string, fallback: T, allowed: readonly T[]): T {
  const raw = text(env, name, fallback);
  const match = allowed.find((a) => a.toLowerCase() === raw.toLowerCase());
  if (!match) throw new ConfigError(name, `must be one of ${allowed.join(', ')}, got '${raw}'`);
  return match;
}

const EMAIL = /^[^\s@<>()"',;:]+@[^\s@<>()"',;:]+\.[a-z]{2,}$/i;

export function email(env: Env, name: string, fallback: string): string {
  const value = text(env, name, fallback);
  if (!EMAIL.test(value)) throw new ConfigError(name, `must be an e-mail address, got '${value}'`);
  return value;
}

export function fraction(env: Env, name: string, fallback: number): number {
  const raw = text(env, name, String(fallback));
  const value = /^(?:0|1|0?\.\d+|1\.0+)$/.test(raw) ? Number(raw) : Number.NaN;
  if (Number.isNaN(value)) throw new ConfigError(name, `must be a number from 0 to 1, got '${raw}'`);
  return value;
}

/** A Microsoft app or Teams app id. */
export const GUID = /^[0-9a-f]{8}-(?:[0-9a-f]{4}-){3}[0-9a-f]{12}$/i;

/** A GUID when set; the fallback is the caller's to check, so an error never names the wrong variable. */
export function optionalGuid(env: Env, name: string, fallback: string): string {
  const value = text(env, name, '');
  if (value === '') return fallback;
  if (!GUID.test(value)) throw new ConfigError(name, `must be a GUID such as 00000000-0000-0000-0000-000000000000, got '${value}'`);
  return value;
}

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** The one URL reader of the configuration: `raw` as a URL, or undefined when it is not one. */
export function parseUrl(raw: string): URL | undefined {
  try {
    return new URL(raw);
  } catch {
    return undefined;
  }
}

export const isHttp = (url: URL | undefined): url is URL => url?.protocol === 'https:' || url?.protocol === 'http:';

/** https, or plain http on this machine only: for addresses a secret or a key travels to (a local stand-in). */
export const isSecureOrLoopback = (url: URL | undefined): url is URL =>
  url?.protocol === 'https:' || (url?.protocol === 'http:' && LOOPBACK_HOSTS.has(url.hostname));

/** A comma-separated list of http(s) URLs, each checked and written by `entry` (undefined = not acceptable). */
export function urlList(env: Env, name: string, expected: string, entry: (url: URL, raw: string) => string | undefined): string[] {
  return text(env, name, '')
    .split(',')
    .map((raw) => raw.trim())
    .filter((raw) => raw !== '')
    .map((raw) => {
      const url = parseUrl(raw);
      const value = isHttp(url) ? entry(url, raw) : undefined;
      if (value === undefined) throw new ConfigError(name, `must list ${expected}, got '${raw}'`);
      return value;
    });
}
