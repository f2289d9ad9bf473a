import { randomUUID } from 'node:crypto';
import type { Next, Request, RequestHandler, Response } from 'restify';
import { runInRequestScope, type Logger, type RequestScope } from '../../logger';

/** A caller's own id (a proxy's, a channel's) is kept when it looks like one; anything else is replaced. */
const GIVEN_ID = /^[A-Za-z0-9._:-]{1,100}$/;
/** Probes hit these every few seconds: their access lines are debug, not info. */
const PROBES = new Set(['/healthz', '/readyz']);

const scopes = new WeakMap<Request, RequestScope>();

/**
 * A `server.pre` handler: a request id (a sensible X-Request-Id, else a UUID) returned in the
 * response, a scope so every log line carries `reqId`, and one access line when the response is
 * done (route pattern, never the raw path or query). Details: docs/architecture.md#request-scope-and-access-line-requestscopets
 */
export function requestScope(logger: Logger): RequestHandler {
  return (req: Request, res: Response, next: Next) => {
    const given = req.header('x-request-id');
    const scope: RequestScope = { requestId: given && GIVEN_ID.test(given) ? given : randomUUID(), fields: {} };
    scopes.set(req, scope);
    res.header('x-request-id', scope.requestId);
    const started = performance.now();
    res.once('close', () => {
      const route = req.getRoute()?.path;
      const fields = {
        method: req.method,
        route: typeof route === 'string' ? route : '(no route)',
        status: res.statusCode,
        ms: Math.round((performance.now() - started) * 10) / 10,
        ...(res.writableFinished ? {} : { aborted: true }),
        ...scope.fields,
      };
      runInRequestScope(scope, () => (PROBES.has(fields.route) ? logger.debug('request', fields) : logger.info('request', fields)));
    });
    return runInRequestScope(scope, () => next());
  };
}

/**
 * Reading a body runs the next handlers from the socket's stream events, outside the request's
 * scope; put this after a body parser to carry on inside it.
 */
export function reenterRequestScope(): RequestHandler {
  return (req: Request, _res: Response, next: Next) => {
    const scope = scopes.get(req);
    return scope ? runInRequestScope(scope, () => next()) : next();
  };
}
