import pino from 'pino';
import { errorKind, type Logger } from '../../logger';

const MAX_MESSAGE_CHARS = 120;

/**
 * The logger handed to restify: its own default would write every header (the Authorization
 * token) and the body. This keeps restify's message, cut short, and the error's kind, through the
 * bot's logger. Details: docs/architecture.md#restifys-log-restifylogts
 */
export function restifyLog(logger: Logger): pino.Logger {
  return pino(
    {
      level: 'warn',
      base: null,
      timestamp: false,
      formatters: {
        // Everything restify passes (req, res, err, …) is dropped but the error's kind.
        log: (object: Record<string, unknown>) => (object.err === undefined ? {} : { kind: kindOf(object.err) }),
      },
    },
    {
      write(line: string) {
        const { level, msg, kind } = JSON.parse(line) as { level: number; msg?: unknown; kind?: string };
        const message = `restify: ${(typeof msg === 'string' ? msg : JSON.stringify(msg ?? '')).slice(0, MAX_MESSAGE_CHARS)}`;
        if (level >= 50) logger.error(message, { kind });
        else logger.warn(message, { kind });
      },
    },
  );
}

function kindOf(error: unknown): string {
  if (error instanceof Error) return errorKind(error);
  // Already serialised by pino's err serialiser: { type, message, stack }.
  const type = (error as { type?: unknown } | null)?.type;
  return typeof type === 'string' ? type.slice(0, 60) : typeof error;
}
