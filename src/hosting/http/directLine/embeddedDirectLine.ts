import { createHash, timingSafeEqual } from 'node:crypto';
import type { Request, RequestHandler, Response } from 'restify';
import type { Activity, ConversationAccount } from 'botbuilder';
import { acceptedLocales } from '../../../core/language/acceptLanguage';
import { errorKind, type Logger } from '../../../logger';
import type { RouteContext, RouteModule } from '../server';
import { RateLimiter, sendTooManyRequests } from '../rateLimiter';
import { TurnQueue } from '../turnQueue';
import { checkClientActivity, type ClientActivity } from './clientActivity';
import { clientKey, type Conversation, type ConversationStore } from './conversationStore';
import type { OriginPolicy } from './originPolicy';
import { randomId, type DirectLineTokens, type TokenClaims } from './tokens';

export const DIRECT_LINE_PATH = '/v3/directline';
export const EMBEDDED_CHANNEL_ID = 'directline';
const BOT_ACCOUNT = { id: 'mieux-bot', name: 'MIEUX+', role: 'bot' } as const;
/**
 * Never called: every turn runs with deliveryMode expectReplies, so the adapter returns the
 * replies instead of posting them. `.invalid` can never resolve should anything try.
 */
const SERVICE_URL = 'https://embedded-directline.invalid/';

export interface EmbeddedDirectLineOptions {
  /** MicrosoftAppId (empty in local anonymous mode): the identity the bot's turns run under. */
  readonly appId: string;
  readonly tokens: DirectLineTokens;
  readonly store: ConversationStore;
  readonly origins: OriginPolicy;
  /** What a website's own server presents to /tokens/generate; empty closes that endpoint. */
  readonly secret: string;
  /** Messages per conversation per minute, as on /api/messages (RATE_LIMIT_MESSAGES_PER_MINUTE); 0 = no limit. */
  readonly messagesPerMinute: number;
  readonly now?: () => number;
}

/** What Direct Line answers when it hands out a token. */
export interface TokenResponse {
  readonly conversationId: string;
  readonly token: string;
  readonly expires_in: number;
}

/** A token for a new conversation with a new user: nothing is stored until the page starts it. */
export function issueConversationToken(tokens: DirectLineTokens, userId = `dl_${randomId(12)}`): TokenResponse {
  const conversationId = randomId();
  const { token, expiresIn } = tokens.issue(conversationId, userId);
  return { conversationId, token, expires_in: expiresIn };
}

function bearer(req: Request): string | undefined {
  return /^Bearer\s+(\S+)$/i.exec((req.header('authorization') ?? '').trim())?.[1];
}

function sameSecret(given: string, expected: string): boolean {
  const digest = (value: string) => createHash('sha256').update(value).digest();
  return timingSafeEqual(digest(given), digest(expected));
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const USER_ID = /^[A-Za-z0-9_.:@-]{1,64}$/;
/** A posted activity: a chat message of at most MAX_TEXT_CHARS (see clientActivity.ts) and a small value. */
const MAX_ACTIVITY_BODY_BYTES = 32 * 1024;

/**
 * The Direct Line 3.0 REST protocol, as Web Chat's client (botframework-directlinejs) speaks it
 * when polling, served by the bot itself: with no Azure account, `npm start` gives a working
 * web chat. Activities from the page go through the same turn runner (adapter, bot,
 * per-conversation order) as /api/messages.
 *
 * Design: each turn runs with deliveryMode `expectReplies`, so the adapter hands the replies
 * back and they are appended to the conversation's activity log, which the page polls with a
 * watermark. That avoids an HTTP loop back into this server through a serviceUrl; the cost is
 * that the bot can only speak within a turn (no proactive messages), which this bot never does.
 */
export function embeddedDirectLine(options: EmbeddedDirectLineOptions): RouteModule {
  const { tokens, store, origins } = options;
  const now = options.now ?? Date.now;
  const queue = new TurnQueue();
  const perConversation = options.messagesPerMinute > 0 ? new RateLimiter({ perMinute: options.messagesPerMinute }) : undefined;

  return {
    name: 'embedded-directline',
    register({ server, runner, logger, jsonBody, sendError, limitPerClient, clientAddress }: RouteContext) {
      const cors: RequestHandler = (req, res, next) => {
        origins.applyCors(req, res);
        return next();
      };
      // Direct Line accepts these POSTs with no body at all; when there is one it must be JSON.
      const optionalJsonBody = (): RequestHandler[] =>
        jsonBody().map((handler): RequestHandler => (req, res, next) => (hasBody(req) ? handler(req, res, next) : next()));

      const authorize = (req: Request, res: Response, conversationId?: string): TokenClaims | undefined => {
        const token = bearer(req);
        if (!token) {
          res.header('WWW-Authenticate', 'Bearer');
          sendError(res, 401, 'a Direct Line token is required (Authorization: Bearer <token>)');
          return undefined;
        }
        const check = tokens.verify(token);
        if (!check.ok) {
          sendError(res, 403, check.reason === 'expired' ? 'the token has expired' : 'the token is not valid');
          return undefined;
        }
        if (conversationId !== undefined && check.claims.conversationId !== conversationId) {
          sendError(res, 403, 'the token is not valid for this conversation');
          return undefined;
        }
        return check.claims;
      };

      const conversationOf = (req: Request, res: Response): { conversation: Conversation; claims: TokenClaims } | undefined => {
        const claims = authorize(req, res, String(req.params?.conversationId ?? ''));
        if (!claims) return undefined;
        const conversation = store.get(claims.conversationId);
        if (!conversation) {
          sendError(res, 404, 'the conversation has ended or expired');
          return undefined;
        }
        return { conversation, claims };
      };

      const timestamp = () => new Date(now()).toISOString();
      // Web Chat shows no names; the role is what tells it which side of the transcript to use.
      const user = (conversation: Conversation) => ({ id: conversation.userId, name: '', role: 'user' });

      /** Runs one turn and appends the bot's replies to the conversation's log. */
      const runTurn = async (conversation: Conversation, activity: Partial<Activity>): Promise<void> => {
        // Only what a Direct Line channel sends: its conversation account is just an id.
        const turn: Partial<Activity> = {
          ...activity,
          timestamp: new Date(now()),
          channelId: EMBEDDED_CHANNEL_ID,
          serviceUrl: SERVICE_URL,
          conversation: { id: conversation.id } as ConversationAccount,
          from: user(conversation),
          recipient: BOT_ACCOUNT,
          locale: activity.locale ?? conversation.locale,
          deliveryMode: 'expectReplies',
        };
        const response = await runner.runLocal(turn as Activity, options.appId);
        const replies = (response?.body as { activities?: Partial<Activity>[] } | undefined)?.activities ?? [];
        for (const reply of replies) {
          const { serviceUrl: _internal, deliveryMode: _mode, ...visible } = reply;
          store.append(conversation, {
            ...visible,
            timestamp: timestamp(),
            channelId: EMBEDDED_CHANNEL_ID,
            conversation: { id: conversation.id },
            from: BOT_ACCOUNT,
            recipient: user(conversation),
            ...(turn.id ? { replyToId: turn.id } : {}),
          });
        }
      };

      const paths = {
        conversations: `${DIRECT_LINE_PATH}/conversations`,
        conversation: `${DIRECT_LINE_PATH}/conversations/:conversationId`,
        activities: `${DIRECT_LINE_PATH}/conversations/:conversationId/activities`,
        refresh: `${DIRECT_LINE_PATH}/tokens/refresh`,
        generate: `${DIRECT_LINE_PATH}/tokens/generate`,
      };
      for (const path of Object.values(paths)) server.opts(path, async (req: Request, res: Response) => origins.preflight(req, res));

      // Start a conversation: the token names it. The welcome is sent now, in the locale the page
      // starts with (Web Chat's conversationStartProperties), so it is there on the first poll.
      server.post(paths.conversations, cors, limitPerClient, ...optionalJsonBody(), async (req: Request, res: Response) => {
        const claims = authorize(req, res);
        if (!claims) return;
        const token = bearer(req)!;
        const reply = { conversationId: claims.conversationId, token, expires_in: tokens.secondsLeft(claims) };
        if (store.get(claims.conversationId)) {
          res.send(200, reply);
          return;
        }
        const bodyLocale = isRecord(req.body) && typeof req.body.locale === 'string' ? req.body.locale.slice(0, 100) : undefined;
        const locale = bodyLocale ?? acceptedLocales(req.header('accept-language'))[0];
        const created = store.create(claims.conversationId, claims.userId, locale, clientKey(clientAddress(req)));
        if (!created.ok) {
          res.header('Retry-After', String(created.retryAfterSeconds));
          if (created.reason === 'client') {
            sendError(res, 429, 'too many conversations are open from this address; try again later');
            logger.warn('directline: conversations per client reached', { open: store.size });
          } else {
            sendError(res, 429, 'too many conversations are open right now; try again later');
            logger.warn('directline: conversation limit reached', { open: store.size });
          }
          return;
        }
        const conversation = created.conversation;
        logger.debug('directline: conversation started', { conversation: conversation.id, open: store.size });
        await queue.run(conversation.id, async () => {
          try {
            await runTurn(conversation, {
              type: 'conversationUpdate',
              id: randomId(8),
              membersAdded: [BOT_ACCOUNT, user(conversation)],
            });
          } catch (error) {
            logNotAnswered(logger, error, 'conversationUpdate');
          }
        });
        res.send(201, reply);
      });

      // Reconnect: the conversation and a token for it, if it is still open.
      server.get(paths.conversation, cors, async (req: Request, res: Response) => {
        const found = conversationOf(req, res);
        if (!found) return;
        res.send(200, { conversationId: found.conversation.id, token: bearer(req), expires_in: tokens.secondsLeft(found.claims) });
      });

      server.post(paths.activities, cors, limitPerClient, ...jsonBody(MAX_ACTIVITY_BODY_BYTES), async (req: Request, res: Response) => {
        const conversation = conversationOf(req, res)?.conversation;
        if (!conversation) return;
        const checked = checkClientActivity(req.body);
        if (!checked.ok) {
          sendError(res, 400, checked.error);
          return;
        }
        const activity: ClientActivity = checked.activity;
        // The bot does nothing with typing; Web Chat does not wait for it to come back.
        if (activity.type === 'typing') {
          res.send(200, { id: `${conversation.id}|typing` });
          return;
        }
        const decision = perConversation?.take(conversation.id);
        if (decision && !decision.allowed) {
          sendTooManyRequests(res, decision.retryAfterSeconds);
          return;
        }
        try {
          const id = await queue.run(conversation.id, async () => {
            store.touch(conversation);
            const echoId = store.append(conversation, {
              ...activity,
              timestamp: timestamp(),
              channelId: EMBEDDED_CHANNEL_ID,
              conversation: { id: conversation.id },
              from: user(conversation),
              recipient: BOT_ACCOUNT,
            });
            await runTurn(conversation, { ...activity, id: echoId } as Partial<Activity>);
            return echoId;
          });
          res.send(200, { id });
        } catch (error) {
          logNotAnswered(logger, error, activity.type);
          sendError(res, 500, 'the bot could not answer this activity; try again');
        }
      });

      // Polling (once a second per open chat) is not limited per address: many readers can share one.
      server.get(paths.activities, cors, async (req: Request, res: Response) => {
        const conversation = conversationOf(req, res)?.conversation;
        if (!conversation) return;
        const raw = new URL(req.url ?? '', 'http://localhost').searchParams.get('watermark') ?? '';
        if (raw !== '' && !/^\d{1,15}$/.test(raw)) {
          sendError(res, 400, 'watermark must be a whole number');
          return;
        }
        // Kept as JSON already: sent as it is.
        const page = store.since(conversation, raw === '' ? 0 : Number(raw));
        res.header('Content-Type', 'application/json');
        res.sendRaw(200, page.json);
      });

      server.post(paths.refresh, cors, limitPerClient, async (req: Request, res: Response) => {
        const claims = authorize(req, res);
        if (!claims) return;
        const { token, expiresIn } = tokens.issue(claims.conversationId, claims.userId);
        res.send(200, { conversationId: claims.conversationId, token, expires_in: expiresIn });
      });

      // For a website's own server, as with Azure: the secret in, a conversation token out.
      server.post(paths.generate, cors, limitPerClient, ...optionalJsonBody(), async (req: Request, res: Response) => {
        const given = bearer(req);
        if (!given) {
          res.header('WWW-Authenticate', 'Bearer');
          sendError(res, 401, 'the Direct Line secret is required (Authorization: Bearer <secret>)');
          return;
        }
        if (!options.secret || !sameSecret(given, options.secret)) {
          sendError(res, 403, 'the secret is not valid (DIRECTLINE_EMBEDDED_SECRET)');
          return;
        }
        const requested = isRecord(req.body) && isRecord(req.body.user) ? req.body.user.id : undefined;
        if (requested !== undefined && (typeof requested !== 'string' || !USER_ID.test(requested))) {
          sendError(res, 400, 'user.id must be 1 to 64 letters, digits or _ . : @ -');
          return;
        }
        res.send(200, issueConversationToken(tokens, requested));
      });
    },
  };
}

function hasBody(req: Request): boolean {
  const length = req.header('content-length');
  return req.header('transfer-encoding') !== undefined || (length !== undefined && length !== '0');
}

function logNotAnswered(logger: Logger, error: unknown, type: string): void {
  logger.warn('directline: turn failed', { kind: errorKind(error), type });
}
