import { createHash, timingSafeEqual } from 'node:crypto';
import type { Request, Response } from 'restify';
import { acceptedLocales } from '../../../core/language/acceptLanguage';
import { errorKind, type Logger } from '../../../logger';
import { sendTooManyRequests } from '../rateLimiter';
import type { RouteContext } from '../routeModule';
import { conversationKey } from '../turnRunner';
import type { DirectLineAuthorization } from './authorization';
import { bearer } from './authorization';
import { checkClientActivity } from './clientActivity';
import { clientKey, type ConversationStore } from './conversationStore';
import { randomId, type DirectLineTokens } from './tokens';
import { BOT_ACCOUNT, EMBEDDED_CHANNEL_ID, type Transcripts } from './transcript';

/** What every endpoint of the embedded Direct Line shares. */
export interface DirectLineParts {
  readonly route: RouteContext;
  readonly tokens: DirectLineTokens;
  readonly store: ConversationStore;
  readonly authorization: DirectLineAuthorization;
  readonly transcripts: Transcripts;
  /** What a website's own server presents to /tokens/generate; empty closes that endpoint. */
  readonly secret: string;
}

type Handler = (req: Request, res: Response) => Promise<void>;

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

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function logNotAnswered(logger: Logger, error: unknown, type: string): void {
  logger.warn('directline: turn failed', { kind: errorKind(error), type });
}

/**
 * POST conversations: starts the conversation the token names. The welcome is sent now, in the
 * locale the page starts with (Web Chat's conversationStartProperties), so it is there on the
 * first poll.
 */
export function startConversation({ route, tokens, store, authorization, transcripts }: DirectLineParts): Handler {
  return async (req, res) => {
    const claims = authorization.claims(req, res);
    if (!claims) return;
    const reply = { conversationId: claims.conversationId, token: bearer(req) ?? '', expires_in: tokens.secondsLeft(claims) };
    if (store.get(claims.conversationId)) {
      res.send(200, reply);
      return;
    }
    const bodyLocale = isRecord(req.body) && typeof req.body.locale === 'string' ? req.body.locale.slice(0, 100) : undefined;
    const locale = bodyLocale ?? acceptedLocales(req.header('accept-language'))[0];
    const created = store.create(claims.conversationId, claims.userId, locale, clientKey(route.clientAddress(req)));
    if (!created.ok) {
      res.header('Retry-After', String(created.retryAfterSeconds));
      const byClient = created.reason === 'client';
      route.sendError(
        res,
        429,
        byClient
          ? 'too many conversations are open from this address; try again later'
          : 'too many conversations are open right now; try again later',
      );
      route.logger.warn(byClient ? 'directline: conversations per client reached' : 'directline: conversation limit reached', {
        open: store.size,
      });
      return;
    }
    const conversation = created.conversation;
    route.logger.debug('directline: conversation started', { conversation: conversation.id, open: store.size });
    const joined = { type: 'conversationUpdate', id: randomId(8), membersAdded: [BOT_ACCOUNT, transcripts.user(conversation)] } as const;
    await transcripts.run(conversation, joined, false).catch((error: unknown) => logNotAnswered(route.logger, error, 'conversationUpdate'));
    res.send(201, reply);
  };
}

/** GET a conversation: reconnecting, the conversation and a token for it, if it is still open. */
export function reconnect({ tokens, authorization }: DirectLineParts): Handler {
  return async (req, res) => {
    const found = authorization.conversation(req, res);
    if (!found) return;
    res.send(200, { conversationId: found.conversation.id, token: bearer(req), expires_in: tokens.secondsLeft(found.claims) });
  };
}

/** POST activities: the person's message (or event) into the conversation, answered in its turn. */
export function postActivity({ route, authorization, transcripts }: DirectLineParts): Handler {
  return async (req, res) => {
    const conversation = authorization.conversation(req, res)?.conversation;
    if (!conversation) return;
    const checked = checkClientActivity(req.body);
    if (!checked.ok) {
      route.sendError(res, 400, checked.error);
      return;
    }
    const activity = checked.activity;
    // The bot does nothing with typing; Web Chat does not wait for it to come back.
    if (activity.type === 'typing') {
      res.send(200, { id: `${conversation.id}|typing` });
      return;
    }
    // The server's one allowance per conversation, as on /api/messages.
    const decision = route.limits.perConversation?.take(conversationKey(EMBEDDED_CHANNEL_ID, conversation.id));
    if (decision && !decision.allowed) {
      sendTooManyRequests(res, decision.retryAfterSeconds);
      return;
    }
    try {
      res.send(200, { id: await transcripts.run(conversation, activity, true) });
    } catch (error) {
      logNotAnswered(route.logger, error, activity.type);
      route.sendError(res, 500, 'the bot could not answer this activity; try again');
    }
  };
}

/** GET activities: what the page has not acknowledged yet, after its watermark. */
export function pollActivities({ route, store, authorization }: DirectLineParts): Handler {
  return async (req, res) => {
    const conversation = authorization.conversation(req, res)?.conversation;
    if (!conversation) return;
    const raw = new URL(req.url ?? '', 'http://localhost').searchParams.get('watermark') ?? '';
    if (raw !== '' && !/^\d{1,15}$/.test(raw)) {
      route.sendError(res, 400, 'watermark must be a whole number');
      return;
    }
    // Kept as JSON already: sent as it is.
    const page = store.since(conversation, raw === '' ? 0 : Number(raw));
    res.header('Content-Type', 'application/json');
    res.sendRaw(200, page.json);
  };
}

/** POST tokens/refresh: a fresh token for the same conversation. */
export function refreshToken({ tokens, authorization }: DirectLineParts): Handler {
  return async (req, res) => {
    const claims = authorization.claims(req, res);
    if (!claims) return;
    const { token, expiresIn } = tokens.issue(claims.conversationId, claims.userId);
    res.send(200, { conversationId: claims.conversationId, token, expires_in: expiresIn });
  };
}

const USER_ID = /^[A-Za-z0-9_.:@-]{1,64}$/;

function sameSecret(given: string, expected: string): boolean {
  const digest = (value: string) => createHash('sha256').update(value).digest();
  return timingSafeEqual(digest(given), digest(expected));
}

/** POST tokens/generate: for a website's own server, as with Azure: the secret in, a conversation token out. */
export function generateToken({ route, tokens, secret }: DirectLineParts): Handler {
  return async (req, res) => {
    const given = bearer(req);
    if (!given) {
      res.header('WWW-Authenticate', 'Bearer');
      route.sendError(res, 401, 'the Direct Line secret is required (Authorization: Bearer <secret>)');
      return;
    }
    if (!secret || !sameSecret(given, secret)) {
      route.sendError(res, 403, 'the secret is not valid (DIRECTLINE_EMBEDDED_SECRET)');
      return;
    }
    const requested = isRecord(req.body) && isRecord(req.body.user) ? req.body.user.id : undefined;
    if (requested !== undefined && (typeof requested !== 'string' || !USER_ID.test(requested))) {
      route.sendError(res, 400, 'user.id must be 1 to 64 letters, digits or _ . : @ -');
      return;
    }
    res.send(200, issueConversationToken(tokens, requested));
  };
}
