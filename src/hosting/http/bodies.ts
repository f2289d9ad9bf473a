import restify, { type Next, type Request, type RequestHandler, type Response } from 'restify';
import { ACTIVITY_JSON_LIMITS, jsonShapeProblem } from './jsonShape';
import { reenterRequestScope } from './requestScope';

export function sendError(res: Response, status: number, message: string): void {
  res.send(status, { error: message });
}

/** Fixed texts for the body parser's errors: its own can quote the request body back. */
const BODY_ERRORS = {
  PayloadTooLarge: 'the request body is too large',
  InvalidContent: 'the request body is not valid JSON',
  BadRequest: 'the request body could not be read',
  UnsupportedMediaType: 'the request body must be JSON (Content-Type: application/json)',
} as const;

/** The fixed text for a restify error's code (its name without `Error`), if it is a body error. */
export function bodyErrorText(code: string): string | undefined {
  return Object.hasOwn(BODY_ERRORS, code) ? BODY_ERRORS[code as keyof typeof BODY_ERRORS] : undefined;
}

function isJson(req: Request): boolean {
  return /^application\/(?:[\w.+-]*\+)?json\b/i.test(req.header('content-type') ?? '');
}

function requireJson(req: Request, res: Response, next: Next): void {
  if (!isJson(req)) {
    sendError(res, 415, BODY_ERRORS.UnsupportedMediaType);
    return next(false);
  }
  // Channels send plain JSON. A compressed body would be inflated past the size limit, and
  // restify's gunzip stream crashes the process on a corrupt one: refuse it before reading.
  const encoding = (req.header('content-encoding') ?? 'identity').trim().toLowerCase();
  if (encoding !== 'identity' && encoding !== '') {
    sendError(res, 415, 'compressed request bodies are not accepted (Content-Encoding must be identity)');
    return next(false);
  }
  return next();
}

// Every JSON body, whatever the route: a few kilobytes can hold thousands of levels, which
// serialising a reply or a poll later cannot take.
function boundedShape(req: Request, res: Response, next: Next): void {
  const problem = req.body === undefined ? undefined : jsonShapeProblem(req.body, ACTIVITY_JSON_LIMITS);
  if (!problem) return next();
  sendError(res, 400, `the request body ${problem}`);
  return next(false);
}

/** Handlers that refuse non-JSON or compressed bodies and parse JSON up to `maxBytes`. */
export function jsonBodyHandlers(maxBytes: number): RequestHandler[] {
  return [
    requireJson,
    ...restify.plugins.bodyParser({ maxBodySize: maxBytes, mapParams: false, mapFiles: false }),
    reenterRequestScope(),
    boundedShape,
  ];
}

/**
 * A declared body over the limit is refused before any of it is read; the connection closes,
 * so the client need not send it. A `server.pre` handler.
 */
export function refuseDeclaredOversize(maxBodyBytes: number): RequestHandler {
  return (req: Request, res: Response, next: Next) => {
    const declared = Number(req.header('content-length') ?? '0');
    if (!(declared > maxBodyBytes)) return next();
    res.header('Connection', 'close');
    sendError(res, 413, BODY_ERRORS.PayloadTooLarge);
    return next(false);
  };
}
