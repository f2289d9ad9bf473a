import type { LogLevel } from './config';

export type LogFields = Readonly<Record<string, string | number | boolean | null | undefined>>;

/**
 * Structured JSON lines. Callers pass facts (ids, kinds, counts, timings) — never message
 * texts or anything a person typed: logs must hold no personal data.
 */
export interface Logger {
  debug(message: string, fields?: LogFields): void;
  info(message: string, fields?: LogFields): void;
  warn(message: string, fields?: LogFields): void;
  error(message: string, fields?: LogFields): void;
}

const ORDER: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40, silent: 100 };

export function createLogger(level: LogLevel, write: (line: string) => void = (line) => process.stdout.write(`${line}\n`)): Logger {
  const log = (at: Exclude<LogLevel, 'silent'>) => (message: string, fields: LogFields = {}) => {
    if (ORDER[at] < ORDER[level]) return;
    write(JSON.stringify({ time: new Date().toISOString(), level: at, msg: message, ...fields }));
  };
  return { debug: log('debug'), info: log('info'), warn: log('warn'), error: log('error') };
}

/**
 * Only the kind of an error, not its message: messages can carry request content. Wrapped
 * errors (botbuilder's DialogContextError, `cause`) are followed to the one that started it.
 */
export function errorKind(error: unknown): string {
  const kinds: string[] = [];
  let current: unknown = error;
  for (let depth = 0; current instanceof Error && depth < 5; depth += 1) {
    const code = 'code' in current && current.code ? `:${String(current.code)}` : '';
    kinds.push(`${current.name}${code}`);
    const inner: unknown = 'error' in current ? current.error : current.cause;
    current = inner;
  }
  return kinds.length > 0 ? kinds.join('>') : typeof error;
}
