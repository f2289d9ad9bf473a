import {
  ActivityTypes,
  CallerIdConstants,
  Channels,
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  DeliveryModes,
  type Activity,
  type InvokeResponse,
  type ResourceResponse,
  type TurnContext,
} from 'botbuilder';
import {
  AuthenticationConstants,
  type AuthenticateRequestResult,
  type ConnectorClient,
  type ConnectorFactory,
} from 'botframework-connector';
import type { Config } from '../../config';
import { ChannelDeliveryError } from '../../errors';
import { installChannelDeadline } from './channelDelivery';
import { installThrottlingRetry } from './sendThrottling';

/** How long one reply may take to reach the channel, retries included, unless configured. */
export const DEFAULT_CHANNEL_TIMEOUT_MS = 15_000;

/**
 * CloudAdapter with its turn processing exposed to our own HTTP route, so the route decides
 * the status codes and what is logged (the stock `process()` answers 500 with the raw error
 * text and prints the whole error, which can carry message content).
 */
export class BotAdapter extends CloudAdapter {
  constructor(
    botFrameworkAuthentication: ConfigurationBotFrameworkAuthentication,
    private readonly channelTimeoutMs: number = DEFAULT_CHANNEL_TIMEOUT_MS,
    /** MicrosoftAppId (empty in local anonymous mode): the identity the bot's own turns run under. */
    private readonly appId = '',
  ) {
    super(botFrameworkAuthentication);
  }

  /**
   * Checks the request's Bot Framework token (with no app id, anonymous requests pass). Apart from
   * the turn, so the server can refuse a bad token before anything is counted against the
   * conversation; throws what isAuthenticationFailure recognises.
   */
  authenticate(authHeader: string, activity: Activity): Promise<AuthenticateRequestResult> {
    return this.botFrameworkAuthentication.authenticateRequest(activity, authHeader);
  }

  /** Runs the turn of a request `authenticate` accepted. */
  async handle(
    authenticated: AuthenticateRequestResult,
    activity: Activity,
    logic: (context: TurnContext) => Promise<void>,
  ): Promise<InvokeResponse | undefined> {
    const response = await this.processActivity(authenticated, activity, logic);
    return activity.channelId === Channels.Emulator ? response : withoutTraces(response);
  }

  /**
   * Runs an activity that this server itself vouches for: the embedded Direct Line has already
   * checked its own token, so there is no Bot Framework JWT to validate (an empty header would be
   * refused once MicrosoftAppId is set). The identity is the bot's own, as for proactive turns.
   */
  async handleLocal(activity: Activity, logic: (context: TurnContext) => Promise<void>): Promise<InvokeResponse | undefined> {
    if (activity.deliveryMode !== DeliveryModes.ExpectReplies)
      throw new Error('BotAdapter.handleLocal(): only expectReplies turns, whose replies come back in the result');
    const claimsIdentity = this.createClaimsIdentity(this.appId);
    const result: AuthenticateRequestResult = {
      audience: AuthenticationConstants.ToChannelFromBotOAuthScope,
      claimsIdentity,
      connectorFactory: NO_CONNECTOR,
    };
    return withoutTraces(await this.processActivity(result, activity, logic));
  }

  /**
   * Replies go out within a deadline, with bounded retries when the channel throttles them (see
   * channelDelivery.ts, sendThrottling.ts); a reply the channel does not take fails as a
   * ChannelDeliveryError, so it is never mistaken for any other failure of the turn.
   */
  override async sendActivities(context: TurnContext, activities: Partial<Activity>[]): Promise<ResourceResponse[]> {
    const connector: unknown = context.turnState.get(this.ConnectorClientKey);
    if (connector) {
      installChannelDeadline(connector, this.channelTimeoutMs);
      installThrottlingRetry(connector);
    }
    try {
      return await super.sendActivities(context, activities);
    } catch (error) {
      throw new ChannelDeliveryError(error);
    }
  }
}

/**
 * An expectReplies turn's replies are buffered by the TurnContext and never reach a channel, but
 * CloudAdapter makes a ConnectorClient for every turn all the same: an HTTP pipeline of a dozen
 * policies, a tenth of the CPU time of a turn on the embedded Direct Line. Its turns get this
 * stand-in instead, which says so if anything ever reaches for it.
 */
const NO_CONNECTOR = {
  create: async (): Promise<ConnectorClient> =>
    new Proxy(Object.create(null) as ConnectorClient, {
      get: (_target, property) => {
        if (property === 'then') return undefined;
        throw new Error(`BotAdapter.handleLocal(): an expectReplies turn has no channel connector (ConnectorClient.${String(property)})`);
      },
    }),
} as unknown as ConnectorFactory;

/**
 * With no app id the adapter accepts unauthenticated requests: local anonymous mode. With
 * `channelAuth` (sovereign or private clouds, or a local key server in tests) channel tokens are
 * checked against its OpenID metadata and issuer; every other endpoint keeps the public cloud's
 * value, since botbuilder takes all of them as given once any one is set.
 */
export function createAdapter(
  bot: Config['bot'],
  channelAuth?: Config['channelAuth'],
  channelTimeoutMs: number = DEFAULT_CHANNEL_TIMEOUT_MS,
): BotAdapter {
  const auth = new ConfigurationBotFrameworkAuthentication({
    MicrosoftAppId: bot.appId,
    MicrosoftAppPassword: bot.appPassword,
    MicrosoftAppType: bot.appType,
    MicrosoftAppTenantId: bot.tenantId,
    ...(channelAuth && {
      ToBotFromChannelOpenIdMetadataUrl: channelAuth.openIdMetadataUrl,
      ToBotFromChannelTokenIssuer: channelAuth.tokenIssuer,
      ToChannelFromBotLoginUrl: AuthenticationConstants.ToChannelFromBotLoginUrl,
      ToChannelFromBotOAuthScope: AuthenticationConstants.ToChannelFromBotOAuthScope,
      OAuthUrl: AuthenticationConstants.OAuthUrl,
      ToBotFromEmulatorOpenIdMetadataUrl: AuthenticationConstants.ToBotFromEmulatorOpenIdMetadataUrl,
      CallerId: CallerIdConstants.PublicAzureChannel,
      ValidateAuthority: true,
    }),
  });
  return new BotAdapter(auth, channelTimeoutMs, bot.appId);
}

/**
 * The channel flow never sends trace activities outside the Emulator, but `expectReplies`
 * buffers them into the HTTP body; they hold a dialog-state snapshot, which includes what the
 * person wrote, so they are dropped here too.
 */
function withoutTraces(response: InvokeResponse | undefined): InvokeResponse | undefined {
  const body = response?.body as { activities?: Partial<Activity>[] } | undefined;
  if (!response || !Array.isArray(body?.activities)) return response;
  return { ...response, body: { ...body, activities: body.activities.filter((a) => a.type !== ActivityTypes.Trace) } };
}
