import type { Request, RequestHandler, Response } from 'restify';
import type { RouteContext, RouteModule } from '../routeModule';
import { DirectLineAuthorization } from './authorization';
import type { ConversationStore } from './conversationStore';
import { generateToken, pollActivities, postActivity, reconnect, refreshToken, startConversation, type DirectLineParts } from './endpoints';
import type { OriginPolicy } from './originPolicy';
import type { DirectLineTokens } from './tokens';
import { Transcripts } from './transcript';

export const DIRECT_LINE_PATH = '/v3/directline';

export interface EmbeddedDirectLineOptions {
  readonly tokens: DirectLineTokens;
  readonly store: ConversationStore;
  readonly origins: OriginPolicy;
  /** What a website's own server presents to /tokens/generate; empty closes that endpoint. */
  readonly secret: string;
  readonly now?: () => number;
}

/** A posted activity: a chat message of at most MAX_TEXT_CHARS (see clientActivity.ts) and a small value. */
const MAX_ACTIVITY_BODY_BYTES = 32 * 1024;

function hasBody(req: Request): boolean {
  const length = req.header('content-length');
  return req.header('transfer-encoding') !== undefined || (length !== undefined && length !== '0');
}

/**
 * The Direct Line 3.0 REST protocol, as Web Chat's client (botframework-directlinejs) speaks it
 * when polling, served by the bot itself: with no Azure account, `npm start` gives a working
 * web chat. One handler per endpoint (endpoints.ts) behind one authorisation step
 * (authorization.ts); turns run through the server's one turn order and count against its one
 * allowance per conversation, as /api/messages does (docs/architecture.md has the design).
 */
export function embeddedDirectLine(options: EmbeddedDirectLineOptions): RouteModule {
  const { tokens, store, origins } = options;
  return {
    name: 'embedded-directline',
    register(route: RouteContext) {
      const parts: DirectLineParts = {
        route,
        tokens,
        store,
        secret: options.secret,
        authorization: new DirectLineAuthorization(tokens, store, route.sendError),
        transcripts: new Transcripts(store, route.runner, options.now ?? Date.now),
      };
      const cors: RequestHandler = (req, res, next) => {
        origins.applyCors(req, res);
        return next();
      };
      // Direct Line accepts these POSTs with no body at all; when there is one it must be JSON.
      const optionalJsonBody = route.jsonBody().map(
        (handler): RequestHandler =>
          (req, res, next): unknown =>
            hasBody(req) ? handler(req, res, next) : next(),
      );
      const { server, limitPerClient } = route;
      const paths = {
        conversations: `${DIRECT_LINE_PATH}/conversations`,
        conversation: `${DIRECT_LINE_PATH}/conversations/:conversationId`,
        activities: `${DIRECT_LINE_PATH}/conversations/:conversationId/activities`,
        refresh: `${DIRECT_LINE_PATH}/tokens/refresh`,
        generate: `${DIRECT_LINE_PATH}/tokens/generate`,
      };
      for (const path of Object.values(paths)) server.opts(path, async (req: Request, res: Response) => origins.preflight(req, res));
      server.post(paths.conversations, cors, limitPerClient, ...optionalJsonBody, startConversation(parts));
      server.get(paths.conversation, cors, reconnect(parts));
      server.post(paths.activities, cors, limitPerClient, ...route.jsonBody(MAX_ACTIVITY_BODY_BYTES), postActivity(parts));
      // Polling (once a second per open chat) is not limited per address: many readers can share one.
      server.get(paths.activities, cors, pollActivities(parts));
      server.post(paths.refresh, cors, limitPerClient, refreshToken(parts));
      server.post(paths.generate, cors, limitPerClient, ...optionalJsonBody, generateToken(parts));
    },
  };
}
