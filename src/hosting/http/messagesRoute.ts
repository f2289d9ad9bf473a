import type { Request, Response } from 'restify';
import { AuthenticationRefused, ChannelDeliveryError } from '../../errors';
import { annotateRequest, errorKind } from '../../logger';
import type { AuthenticatedTurn, InboundActivity } from '../turnHost';
import { validateActivity } from './activityValidation';
import { sendTooManyRequests } from './rateLimiter';
import type { RouteContext, RouteModule } from './routeModule';
import type { ServiceUrlPolicy } from './serviceUrlPolicy';
import { conversationKey } from './turnRunner';

export interface MessagesRouteOptions {
  /** Debugging only: put each message's text on its access log line. */
  readonly logMessageText?: boolean;
  /** Local anonymous mode: where replies may be posted; absent = wherever the (authenticated) channel says. */
  readonly serviceUrls?: ServiceUrlPolicy;
}

/**
 * `POST /api/messages`: the Bot Framework's endpoint, where channels (Teams, Azure Direct Line,
 * the Emulator) send activities. Checked, authenticated, then counted against the conversation's
 * allowance, then run in the conversation's turn order.
 */
export function messagesRoute(options: MessagesRouteOptions = {}): RouteModule {
  return {
    name: 'messages',
    register(context: RouteContext) {
      context.server.post('/api/messages', ...context.jsonBody(), async (req: Request, res: Response) => {
        const activity = acceptedActivity(req, res, context, options);
        if (!activity) return;
        const turn = await authenticated(req, res, context, activity);
        if (!turn) return;
        const decision = context.limits.perConversation?.take(conversationKey(activity.channelId, activity.conversation.id));
        if (decision && !decision.allowed) {
          sendTooManyRequests(res, decision.retryAfterSeconds);
          return;
        }
        await runTurn(res, context, activity, turn);
      });
    },
  };
}

function acceptedActivity(
  req: Request,
  res: Response,
  { sendError }: RouteContext,
  options: MessagesRouteOptions,
): InboundActivity | undefined {
  const checked = validateActivity(req.body);
  if (!checked.ok) {
    sendError(res, 400, checked.error);
    return undefined;
  }
  const activity = checked.activity;
  if (options.serviceUrls && !options.serviceUrls.allows(activity.serviceUrl)) {
    sendError(res, 403, 'activity.serviceUrl must be on this machine (loopback) or listed in ALLOWED_SERVICE_URLS in local anonymous mode');
    return undefined;
  }
  annotateRequest({ channel: activity.channelId, activityType: activity.type, ...(options.logMessageText ? { text: activity.text } : {}) });
  return activity;
}

/**
 * Authenticate first, then count: what a request without valid credentials may use up is its
 * own address's allowance, never the conversation's.
 */
async function authenticated(
  req: Request,
  res: Response,
  context: RouteContext,
  activity: InboundActivity,
): Promise<AuthenticatedTurn | undefined> {
  const { host, limits, sendError, logger } = context;
  const address = context.clientAddress(req);
  const slowedDown = limits.authFailures?.check(address);
  if (slowedDown && !slowedDown.allowed) {
    sendTooManyRequests(res, slowedDown.retryAfterSeconds);
    return undefined;
  }
  try {
    return await host.authenticate(req.header('authorization') ?? '', activity);
  } catch (error) {
    if (error instanceof AuthenticationRefused) {
      limits.authFailures?.take(address);
      sendError(res, 401, 'unauthorized');
    } else {
      // The token could not be checked (the OpenID keys could not be fetched): not the client's fault.
      logger.warn('authentication unavailable', { kind: errorKind(error) });
      sendError(res, 503, 'the request could not be authenticated right now; try again later');
    }
    return undefined;
  }
}

async function runTurn(
  res: Response,
  { runner, sendError, logger }: RouteContext,
  activity: InboundActivity,
  turn: AuthenticatedTurn,
): Promise<void> {
  try {
    const invoke = await runner.run(activity, turn);
    if (invoke?.body === undefined) res.send(invoke?.status ?? 200);
    else res.send(invoke.status, invoke.body);
  } catch (error) {
    // The turn's own errors are handled in onTurnError; what reaches here is a reply the
    // channel (serviceUrl) did not take, or a failure of the error handler itself.
    logger.warn('turn failed', { kind: errorKind(error), channel: activity.channelId, type: activity.type });
    if (error instanceof ChannelDeliveryError) sendError(res, 502, 'the reply could not be delivered to the channel');
    else sendError(res, 500, 'the bot could not handle this activity; try again later');
  }
}
