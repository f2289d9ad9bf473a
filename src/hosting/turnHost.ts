/**
 * The seam between the HTTP layer (hosting/http) and the framework that runs the bot's turns
 * (hosting/botframework): the HTTP layer checks requests, orders turns and answers; it knows
 * activities only as checked JSON, and nothing of the SDK.
 */

/** An activity as the HTTP layer has checked it (activityValidation.ts, directLine/clientActivity.ts). */
export interface InboundActivity {
  readonly type: string;
  readonly id?: string;
  readonly channelId: string;
  readonly serviceUrl: string;
  readonly conversation: { readonly id: string };
  readonly text?: string;
  readonly locale?: string;
  readonly deliveryMode?: string;
  readonly [field: string]: unknown;
}

/** What a turn answers over HTTP: a status and, for expectReplies or an invoke, a body. */
export interface TurnResponse {
  readonly status: number;
  readonly body?: unknown;
}

/** A request whose credentials were accepted: its turn, ready to run. */
export interface AuthenticatedTurn {
  run(): Promise<TurnResponse | undefined>;
}

export interface TurnHost {
  /**
   * Checks the request's credentials (a Bot Framework token; none in local anonymous mode).
   * Throws AuthenticationRefused (src/errors.ts) for credentials refused, anything else when
   * they could not be checked.
   */
  authenticate(authorization: string, activity: InboundActivity): Promise<AuthenticatedTurn>;
  /**
   * Runs an activity this server vouches for itself (the embedded Direct Line has checked its
   * own token) with deliveryMode expectReplies: the replies come back in the body.
   */
  runLocal(activity: InboundActivity): Promise<TurnResponse | undefined>;
}
