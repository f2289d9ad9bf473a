import restify, { type Request, type Response, type Server } from 'restify';
import type { RateLimitSettings } from '../../config';
import type { Logger } from '../../logger';
import type { TurnHost } from '../turnHost';
import { bodyErrorText, jsonBodyHandlers, refuseDeclaredOversize, sendError } from './bodies';
import { ConnectionGuard, type ConnectionLimits } from './connectionGuard';
import { messagesRoute, type MessagesRouteOptions } from './messagesRoute';
import { clientAddress, limitPerClient, RateLimiter } from './rateLimiter';
import { requestScope } from './requestScope';
import { restifyLog } from './restifyLog';
import type { RouteContext, RouteModule } from './routeModule';
import { TurnRunner } from './turnRunner';

export interface ServerDependencies extends MessagesRouteOptions {
  /** What runs the bot's turns (hosting/botframework/botHost.ts). */
  readonly host: TurnHost;
  readonly logger: Logger;
  readonly maxBodyBytes: number;
  /** More endpoints (web chat page, Direct Line, …), each registered by its own module, after /api/messages. */
  readonly routes?: readonly RouteModule[];
  /** Per-client limits; absent (as in tests and benchmarks that do not set it) = no limit. */
  readonly rateLimit?: RateLimitSettings;
  /** How long one turn may hold its conversation's queue (TurnQueue); DEFAULT_TURN_HOLD_MS when absent. */
  readonly turnHoldMs?: number;
  /** Connections per client address and the time a request may take to arrive; CONNECTION_DEFAULTS when absent. */
  readonly connections?: ConnectionLimits;
}

/** Headers within 10 s, a body within 20 s (256 KiB at 15 KB/s), 128 connections per address. */
export const CONNECTION_DEFAULTS: ConnectionLimits = { perAddress: 128, headersTimeoutMs: 10_000, bodyTimeoutMs: 20_000 };

export interface BotServer {
  readonly server: Server;
  listen(port: number, host: string): Promise<number>;
  /** Stops accepting connections and waits for requests in flight, up to `timeoutMs`. */
  close(timeoutMs: number): Promise<void>;
}

/**
 * The bot's HTTP server: restify behind a connection guard, a request scope for the logs, body
 * limits, /healthz, and the route modules (/api/messages first). The turn order and the limits
 * are made once here and shared by every route.
 */
export function createBotServer(deps: ServerDependencies): BotServer {
  const { logger, maxBodyBytes, rateLimit } = deps;
  // restify 11 logs with pino; @types/restify still describes restify 8's bunyan logger.
  const log = restifyLog(logger) as unknown as restify.ServerOptions['log'];
  const server = restify.createServer({ name: 'mieux-bot', handleUncaughtExceptions: false, log });
  new ConnectionGuard(deps.connections ?? CONNECTION_DEFAULTS).install(server.server);
  const inFlight = countRequestsInFlight(server);
  server.pre(requestScope(logger));
  server.pre(refuseDeclaredOversize(maxBodyBytes));
  server.on('restifyError', (_req: Request, _res: Response, err: Error & { toJSON?: () => unknown }, callback: () => void) => {
    const message = bodyErrorText((err.name ?? '').replace(/Error$/, '')) ?? (err.message || 'request failed');
    err.toJSON = () => ({ error: message });
    return callback();
  });
  server.get('/healthz', async (_req: Request, res: Response) => {
    res.send(200, { status: 'ok' });
  });

  const trustProxy = rateLimit?.trustProxy ?? false;
  const perAddress = rateLimit?.ipPerMinute ? new RateLimiter({ perMinute: rateLimit.ipPerMinute }) : undefined;
  const context: RouteContext = {
    server,
    host: deps.host,
    runner: new TurnRunner(deps.host, deps.turnHoldMs),
    limits: {
      perConversation: rateLimit?.messagesPerMinute ? new RateLimiter({ perMinute: rateLimit.messagesPerMinute }) : undefined,
      authFailures: rateLimit?.ipPerMinute ? new RateLimiter({ perMinute: rateLimit.ipPerMinute }) : undefined,
    },
    logger,
    maxBodyBytes,
    jsonBody: (maxBytes = maxBodyBytes) => jsonBodyHandlers(Math.min(maxBytes, maxBodyBytes)),
    clientAddress: (req) => clientAddress(req, trustProxy),
    sendError,
    limitPerClient: limitPerClient(perAddress, trustProxy),
  };
  const messages = messagesRoute({
    ...(deps.logMessageText === undefined ? {} : { logMessageText: deps.logMessageText }),
    ...(deps.serviceUrls ? { serviceUrls: deps.serviceUrls } : {}),
  });
  for (const module of [messages, ...(deps.routes ?? [])]) module.register(context);
  return { server, listen: (port, host) => listen(server, port, host), close: (timeoutMs) => close(server, inFlight, timeoutMs, logger) };
}

interface InFlight {
  readonly count: () => number;
  /** Called once no request is in flight, while the server is closing. */
  onDrained: (() => void) | undefined;
}

function countRequestsInFlight(server: Server): InFlight {
  let count = 0;
  const inFlight: InFlight = { count: () => count, onDrained: undefined };
  server.pre((_req, res, next) => {
    count += 1;
    res.once('close', () => {
      count -= 1;
      if (count === 0) inFlight.onDrained?.();
    });
    return next();
  });
  return inFlight;
}

function listen(server: Server, port: number, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.removeListener('error', reject);
      resolve(server.address().port);
    });
  });
}

function close(server: Server, inFlight: InFlight, timeoutMs: number, logger: Logger): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      logger.warn('shutdown timeout: requests still in flight', { inFlight: inFlight.count() });
      server.server.closeAllConnections();
    }, timeoutMs);
    // Keep-alive connections (and ones that never sent a request) would hold close() open:
    // once no request is in flight, every connection left is idle and can go.
    inFlight.onDrained = () => server.server.closeAllConnections();
    server.close(() => {
      clearTimeout(timer);
      resolve();
    });
    if (inFlight.count() === 0) server.server.closeAllConnections();
    else server.server.closeIdleConnections();
  });
}
