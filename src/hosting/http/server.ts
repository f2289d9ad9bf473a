import restify, { type Request, type Response, type Server } from 'restify';
import type { TurnContext } from 'botbuilder';
import type { AuthenticateRequestResult } from 'botframework-connector';
import type { BotAdapter } from '../botframework/adapter';
import { ChannelDeliveryError } from '../botframework/channelDelivery';
import type { RateLimitSettings } from '../../config';
import { annotateRequest, errorKind, type Logger } from '../../logger';
import { validateActivity } from './activityValidation';
import { isAuthenticationFailure } from '../botframework/authFailure';
import { ConnectionGuard, type ConnectionLimits } from './connectionGuard';
import { ACTIVITY_JSON_LIMITS, jsonShapeProblem } from './jsonShape';
import { clientAddress, limitPerClient, RateLimiter, sendTooManyRequests } from './rateLimiter';
import { reenterRequestScope, requestScope } from './requestScope';
import { restifyLog } from './restifyLog';
import type { ServiceUrlPolicy } from './serviceUrlPolicy';
import { TurnRunner } from './turnRunner';

export interface ServerDependencies {
  readonly adapter: BotAdapter;
  readonly bot: { run(context: TurnContext): Promise<void> };
  readonly logger: Logger;
  readonly maxBodyBytes: number;
  /** More endpoints (web chat page, Direct Line, …), each registered by its own module. */
  readonly routes?: readonly RouteModule[];
  /** Per-client limits; absent (as in tests and benchmarks that do not set it) = no limit. */
  readonly rateLimit?: RateLimitSettings;
  /** Debugging only: put each message's text on its access log line. */
  readonly logMessageText?: boolean;
  /** Local anonymous mode: where replies may be posted; absent = wherever the (authenticated) channel says. */
  readonly serviceUrls?: ServiceUrlPolicy;
  /** How long one turn may hold its conversation's queue (TurnQueue); DEFAULT_TURN_HOLD_MS when absent. */
  readonly turnHoldMs?: number;
  /** Connections per client address and the time a request may take to arrive; CONNECTION_DEFAULTS when absent. */
  readonly connections?: ConnectionLimits;
}

/** Headers within 10 s, a body within 20 s (256 KiB at 15 KB/s), 128 connections per address. */
export const CONNECTION_DEFAULTS: ConnectionLimits = { perAddress: 128, headersTimeoutMs: 10_000, bodyTimeoutMs: 20_000 };

/** What a route module gets to register its endpoints with. */
export interface RouteContext {
  readonly server: Server;
  readonly runner: TurnRunner;
  readonly logger: Logger;
  readonly maxBodyBytes: number;
  /** Handlers that refuse non-JSON or compressed bodies and parse JSON up to the size limit (or `maxBytes`, when smaller). */
  readonly jsonBody: (maxBytes?: number) => restify.RequestHandler[];
  /** The client's address (through TRUST_PROXY's X-Forwarded-For when set). */
  readonly clientAddress: (req: Request) => string;
  readonly sendError: (res: Response, status: number, message: string) => void;
  /**
   * Put in front of a public endpoint's handlers: 429 with Retry-After past RATE_LIMIT_IP_PER_MINUTE
   * requests per client address (shared by every endpoint that uses it).
   */
  readonly limitPerClient: restify.RequestHandler;
}

export interface RouteModule {
  readonly name: string;
  register(context: RouteContext): void;
}

export interface BotServer {
  readonly server: Server;
  listen(port: number, host: string): Promise<number>;
  /** Stops accepting connections and waits for requests in flight, up to `timeoutMs`. */
  close(timeoutMs: number): Promise<void>;
}

function sendError(res: Response, status: number, message: string): void {
  res.send(status, { error: message });
}

function isJson(req: Request): boolean {
  return /^application\/(?:[\w.+-]*\+)?json\b/i.test(req.header('content-type') ?? '');
}

/** Fixed texts for the body parser's errors: its own can quote the request body back. */
const BODY_ERRORS: Readonly<Record<string, string>> = {
  PayloadTooLarge: 'the request body is too large',
  InvalidContent: 'the request body is not valid JSON',
  BadRequest: 'the request body could not be read',
  UnsupportedMediaType: 'the request body must be JSON (Content-Type: application/json)',
};

export function createBotServer({ adapter, bot, logger, maxBodyBytes, routes = [], rateLimit, logMessageText = false, serviceUrls, connections = CONNECTION_DEFAULTS, turnHoldMs }: ServerDependencies): BotServer {
  // restify 11 logs with pino; @types/restify still describes restify 8's bunyan logger.
  const log = restifyLog(logger) as unknown as restify.ServerOptions['log'];
  const server = restify.createServer({ name: 'mieux-bot', handleUncaughtExceptions: false, log });
  const runner = new TurnRunner(adapter, bot, turnHoldMs);
  new ConnectionGuard(connections).install(server.server);
  let inFlight = 0;
  let drained: (() => void) | undefined;

  server.pre((_req, res, next) => {
    inFlight += 1;
    res.once('close', () => {
      inFlight -= 1;
      if (inFlight === 0) drained?.();
    });
    return next();
  });

  server.pre(requestScope(logger));
  // A declared body over the limit is refused before any of it is read; the connection closes,
  // so the client need not send it.
  server.pre((req: Request, res: Response, next: restify.Next) => {
    const declared = Number(req.header('content-length') ?? '0');
    if (!(declared > maxBodyBytes)) return next();
    res.header('Connection', 'close');
    sendError(res, 413, BODY_ERRORS.PayloadTooLarge!);
    return next(false);
  });
  const perConversation = rateLimit?.messagesPerMinute ? new RateLimiter({ perMinute: rateLimit.messagesPerMinute }) : undefined;
  const perClient = rateLimit?.ipPerMinute ? new RateLimiter({ perMinute: rateLimit.ipPerMinute }) : undefined;
  // Requests refused for their credentials, per client address: they must not cost a real
  // conversation its messages, but an address that keeps sending them is slowed down.
  const authFailures = rateLimit?.ipPerMinute ? new RateLimiter({ perMinute: rateLimit.ipPerMinute }) : undefined;
  const trustProxy = rateLimit?.trustProxy ?? false;
  const limitClients = limitPerClient(perClient, trustProxy);

  server.on('restifyError', (_req: Request, _res: Response, err: Error & { toJSON?: () => unknown; body?: unknown }, callback: () => void) => {
    const code = (err.name ?? '').replace(/Error$/, '');
    const message = BODY_ERRORS[code] ?? (err.message || 'request failed');
    err.toJSON = () => ({ error: message });
    return callback();
  });

  server.get('/healthz', async (_req: Request, res: Response) => {
    res.send(200, { status: 'ok' });
  });

  const requireJson = (req: Request, res: Response, next: restify.Next): void => {
    if (!isJson(req)) {
      sendError(res, 415, BODY_ERRORS.UnsupportedMediaType!);
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
  };

  // Every JSON body, whatever the route: a few kilobytes can hold thousands of levels, which
  // serialising a reply or a poll later cannot take.
  const boundedShape = (req: Request, res: Response, next: restify.Next): void => {
    const problem = req.body === undefined ? undefined : jsonShapeProblem(req.body, ACTIVITY_JSON_LIMITS);
    if (!problem) return next();
    sendError(res, 400, `the request body ${problem}`);
    return next(false);
  };

  const jsonBody = (maxBytes = maxBodyBytes): restify.RequestHandler[] => [
    requireJson,
    ...restify.plugins.bodyParser({ maxBodySize: Math.min(maxBytes, maxBodyBytes), mapParams: false, mapFiles: false }),
    reenterRequestScope(),
    boundedShape,
  ];

  server.post(
    '/api/messages',
    ...jsonBody(),
    async (req: Request, res: Response) => {
      const checked = validateActivity(req.body);
      if (!checked.ok) {
        sendError(res, 400, checked.error);
        return;
      }
      const activity = checked.activity;
      if (serviceUrls && !serviceUrls.allows(activity.serviceUrl)) {
        sendError(res, 403, 'activity.serviceUrl must be on this machine (loopback) or listed in ALLOWED_SERVICE_URLS in local anonymous mode');
        return;
      }
      annotateRequest({ channel: activity.channelId, activityType: activity.type, ...(logMessageText ? { text: activity.text } : {}) });
      // Authenticate first, then count: what a request without valid credentials may use up is
      // its own address's allowance, never the conversation's.
      const address = clientAddress(req, trustProxy);
      const slowedDown = authFailures?.check(address);
      if (slowedDown && !slowedDown.allowed) {
        sendTooManyRequests(res, slowedDown.retryAfterSeconds);
        return;
      }
      let authenticated: AuthenticateRequestResult;
      try {
        authenticated = await adapter.authenticate(req.header('authorization') ?? '', activity);
      } catch (error) {
        if (isAuthenticationFailure(error)) {
          authFailures?.take(address);
          sendError(res, 401, 'unauthorized');
        } else {
          // The token could not be checked (the OpenID keys could not be fetched): not the client's fault.
          logger.warn('authentication unavailable', { kind: errorKind(error) });
          sendError(res, 503, 'the request could not be authenticated right now; try again later');
        }
        return;
      }
      const decision = perConversation?.take(`${activity.channelId}/${activity.conversation.id}`);
      if (decision && !decision.allowed) {
        sendTooManyRequests(res, decision.retryAfterSeconds);
        return;
      }
      try {
        const invoke = await runner.run(activity, authenticated);
        if (invoke?.body === undefined) res.send(invoke?.status ?? 200);
        else res.send(invoke.status, invoke.body);
      } catch (error) {
        // The turn's own errors are handled in onTurnError; what reaches here is a reply the
        // channel (serviceUrl) did not take, or a failure of the error handler itself.
        logger.warn('turn failed', { kind: errorKind(error), channel: activity.channelId, type: activity.type });
        if (error instanceof ChannelDeliveryError) sendError(res, 502, 'the reply could not be delivered to the channel');
        else sendError(res, 500, 'the bot could not handle this activity; try again later');
      }
    },
  );

  const addressOf = (req: Request): string => clientAddress(req, trustProxy);
  for (const module of routes) module.register({ server, runner, logger, maxBodyBytes, jsonBody, sendError, limitPerClient: limitClients, clientAddress: addressOf });

  return {
    server,
    listen: (port, host) =>
      new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, host, () => {
          server.removeListener('error', reject);
          resolve(server.address().port);
        });
      }),
    close: (timeoutMs) =>
      new Promise((resolve) => {
        const timer = setTimeout(() => {
          logger.warn('shutdown timeout: requests still in flight', { inFlight });
          server.server.closeAllConnections();
        }, timeoutMs);
        // Keep-alive connections (and ones that never sent a request) would hold close() open:
        // once no request is in flight, every connection left is idle and can go.
        drained = () => server.server.closeAllConnections();
        server.close(() => {
          clearTimeout(timer);
          resolve();
        });
        if (inFlight === 0) server.server.closeAllConnections();
        else server.server.closeIdleConnections();
      }),
  };
}
