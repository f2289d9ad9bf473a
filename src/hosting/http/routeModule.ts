/** What a route module of the HTTP server (/api/messages, the website, the Direct Line) registers with. */
import type { Request, RequestHandler, Response, Server } from 'restify';
import type { TurnHost } from '../turnHost';
import type { Logger } from '../../logger';
import type { RateLimiter } from './rateLimiter';
import type { TurnRunner } from './turnRunner';

/** The server's one set of limits, shared by every route that counts. */
export interface SharedLimits {
  /** Messages per conversation (RATE_LIMIT_MESSAGES_PER_MINUTE), whichever way they come in; undefined = no limit. */
  readonly perConversation: RateLimiter | undefined;
  /**
   * Requests refused for their credentials, per client address: they must not cost a real
   * conversation its messages, but an address that keeps sending them is slowed down.
   */
  readonly authFailures: RateLimiter | undefined;
}

/** What a route module gets to register its endpoints with. */
export interface RouteContext {
  readonly server: Server;
  readonly host: TurnHost;
  /** The one per-conversation turn order. */
  readonly runner: TurnRunner;
  readonly limits: SharedLimits;
  readonly logger: Logger;
  readonly maxBodyBytes: number;
  /** Handlers that refuse non-JSON or compressed bodies and parse JSON up to the size limit (or `maxBytes`, when smaller). */
  readonly jsonBody: (maxBytes?: number) => RequestHandler[];
  /** The client's address (through TRUST_PROXY's X-Forwarded-For when set). */
  readonly clientAddress: (req: Request) => string;
  readonly sendError: (res: Response, status: number, message: string) => void;
  /**
   * Put in front of a public endpoint's handlers: 429 with Retry-After past RATE_LIMIT_IP_PER_MINUTE
   * requests per client address (shared by every endpoint that uses it).
   */
  readonly limitPerClient: RequestHandler;
}

export interface RouteModule {
  readonly name: string;
  register(context: RouteContext): void;
}
