import { AsyncLocalStorage } from 'node:async_hooks';
import pino from 'pino';
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

/** What every log line written while one HTTP request is handled carries. */
export interface RequestScope {
  readonly requestId: string;
  /** Facts learnt while handling the request (channel, activity type), for its access log line. */
  readonly fields: Record<string, string | number | boolean | undefined>;
}

const requestScope = new AsyncLocalStorage<RequestScope>();

/** Runs `work` (and everything it starts) as part of one request: its log lines carry `reqId`. */
export function runInRequestScope<T>(scope: RequestScope, work: () => T): T {
  return requestScope.run(scope, work);
}

export function currentRequestScope(): RequestScope | undefined {
  return requestScope.getStore();
}

/** Adds facts to the access log line of the request being handled, if there is one. */
export function annotateRequest(fields: RequestScope['fields']): void {
  const scope = requestScope.getStore();
  if (scope) Object.assign(scope.fields, fields);
}

/**
 * pino, writing one JSON object per line: `level` as a word, ISO `time`, `pid`, `hostname`
 * (which instance wrote it, once there are several), `reqId` inside a request, the fields, `msg`.
 * Writes synchronously to stdout, so nothing is lost when the process exits right after a line;
 * `write` receives each line (without its newline) instead, for tests and benchmarks.
 */
export function createLogger(level: LogLevel, write?: (line: string) => void): Logger {
  const destination = write
    ? { write: (line: string) => write(line.endsWith('\n') ? line.slice(0, -1) : line) }
    : pino.destination({ dest: 1, sync: true });
  const base = pino(
    {
      level,
      messageKey: 'msg',
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
      mixin: () => {
        const scope = requestScope.getStore();
        return scope ? { reqId: scope.requestId } : {};
      },
    },
    destination,
  );
  return {
    debug: (message, fields = {}) => base.debug(fields, message),
    info: (message, fields = {}) => base.info(fields, message),
    warn: (message, fields = {}) => base.warn(fields, message),
    error: (message, fields = {}) => base.error(fields, message),
  };
}

/**
 * Only the kind of an error, not its message: messages can carry request content. Wrapped
 * errors (botbuilder's DialogContextError, `cause`) are followed to the one that started it.
 */
export function errorKind(error: unknown): string {
  const kinds: string[] = [];
  let current: unknown = error;
  for (let depth = 0; current instanceof Error && depth < 5; depth += 1) {
    const code =
      'code' in current && (typeof current.code === 'string' || typeof current.code === 'number') && current.code ? `:${current.code}` : '';
    kinds.push(`${current.name}${code}`);
    const inner: unknown = 'error' in current ? current.error : current.cause;
    current = inner;
  }
  return kinds.length > 0 ? kinds.join('>') : typeof error;
}
