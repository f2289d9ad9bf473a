import type { Request, RequestHandler, Response } from 'restify';
import { errorKind } from '../../../logger';
import type { RouteContext, RouteModule } from '../routeModule';
import { DIRECT_LINE_PATH } from './embeddedDirectLine';
import { issueConversationToken } from './endpoints';
import type { OriginPolicy } from './originPolicy';
import { randomId, type DirectLineTokens } from './tokens';
import { DirectLineError } from '../../../errors';

export const TOKEN_PATH = '/api/directline/token';

/** Where the page gets its Direct Line token. */
export type TokenSource =
  | { readonly kind: 'embedded'; readonly tokens: DirectLineTokens }
  | {
      readonly kind: 'azure';
      /** DIRECTLINE_SECRET: stays on this server, only ever sent to `endpoint`. */
      readonly secret: string;
      /** DIRECTLINE_ENDPOINT, e.g. https://directline.botframework.com, without a trailing slash. */
      readonly endpoint: string;
      readonly timeoutMs?: number;
    };

/**
 * What the page receives: Direct Line's own token answer, plus where to talk to Direct Line
 * (`domain`, relative to the bot's address for the embedded one) and whether to use WebSocket
 * streaming (Azure) or polling (embedded).
 */
export interface PageToken {
  readonly conversationId: string;
  readonly token: string;
  readonly expires_in: number;
  readonly domain: string;
  readonly webSocket: boolean;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * `POST /api/directline/token`: a Direct Line token for a new conversation bound to a newly
 * generated user id, for pages on allowed origins only. With DIRECTLINE_SECRET it exchanges the
 * secret at Azure's Direct Line (the page never sees the secret); without it the bot's embedded
 * Direct Line issues the token. The page uses this one endpoint either way.
 */
export function directLineTokenEndpoint(source: TokenSource, origins: OriginPolicy): RouteModule {
  return {
    name: 'directline-token',
    register({ server, logger, sendError, limitPerClient }: RouteContext) {
      server.opts(TOKEN_PATH, async (req: Request, res: Response) => origins.preflight(req, res));

      // CORS headers first, so an allowed page can read even a 429.
      const cors: RequestHandler = (req, res, next) => {
        origins.applyCors(req, res);
        return next();
      };

      // No body is read: the request carries nothing but its Origin.
      server.post(TOKEN_PATH, cors, limitPerClient, async (req: Request, res: Response) => {
        if (!origins.allows(req)) {
          sendError(res, 403, 'this origin is not allowed to use the chat (ALLOWED_ORIGINS)');
          return;
        }
        res.header('Cache-Control', 'no-store');
        if (source.kind === 'embedded') {
          const page: PageToken = { ...issueConversationToken(source.tokens), domain: DIRECT_LINE_PATH.slice(1), webSocket: false };
          res.send(200, page);
          return;
        }
        try {
          const token = await generateAzureToken(source);
          const page: PageToken = { ...token, domain: `${source.endpoint}${DIRECT_LINE_PATH}`, webSocket: true };
          res.send(200, page);
        } catch (error) {
          logger.warn('directline: Azure did not issue a token', {
            kind: errorKind(error),
            status: error instanceof DirectLineError ? error.status : undefined,
          });
          sendError(res, 502, 'Direct Line did not issue a token; try again later');
        }
      });
    },
  };
}

/** Direct Line 3.0 `POST /v3/directline/tokens/generate`, with the secret as bearer. */
async function generateAzureToken(source: Extract<TokenSource, { kind: 'azure' }>): Promise<Omit<PageToken, 'domain' | 'webSocket'>> {
  const response = await fetch(`${source.endpoint}${DIRECT_LINE_PATH}/tokens/generate`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${source.secret}`, 'Content-Type': 'application/json' },
    // A "dl_" user id is one Web Chat trusts only from inside a token, so it cannot be forged.
    body: JSON.stringify({ user: { id: `dl_${randomId(12)}` } }),
    signal: AbortSignal.timeout(source.timeoutMs ?? 10_000),
  });
  if (!response.ok) throw new DirectLineError('Direct Line tokens/generate failed', response.status);
  const body: unknown = await response.json().catch(() => undefined);
  if (!isRecord(body) || typeof body.token !== 'string' || typeof body.conversationId !== 'string')
    throw new DirectLineError('Direct Line tokens/generate answered without a token', response.status);
  const expiresIn = typeof body.expires_in === 'number' ? body.expires_in : 1800;
  return { conversationId: body.conversationId, token: body.token, expires_in: expiresIn };
}
