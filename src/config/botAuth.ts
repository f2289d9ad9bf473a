import { ConfigError } from '../errors';
import { isHttp, oneOf, parseUrl, text, type Env } from './env';

export type AppType = 'MultiTenant' | 'SingleTenant' | 'UserAssignedMSI';

export interface BotAuthSettings {
  readonly appType: AppType;
  /** Empty in local anonymous mode. */
  readonly appId: string;
  readonly appPassword: string;
  readonly tenantId: string;
}

export interface ChannelAuthSettings {
  /** botbuilder's BotOpenIdMetadata: the OpenID document whose keys sign channel tokens. */
  readonly openIdMetadataUrl: string;
  /** botbuilder's ToBotFromChannelTokenIssuer: the `iss` of channel tokens. */
  readonly tokenIssuer: string;
}

/** The bot's identity with the Bot Framework: none (local anonymous mode), or an app id with what its type requires. */
export function botAuthSettings(env: Env): BotAuthSettings {
  const appType = oneOf<AppType>(env, 'MicrosoftAppType', 'MultiTenant', ['MultiTenant', 'SingleTenant', 'UserAssignedMSI']);
  const appId = text(env, 'MicrosoftAppId', '');
  const appPassword = text(env, 'MicrosoftAppPassword', '');
  const tenantId = text(env, 'MicrosoftAppTenantId', '');
  if (appId && appType !== 'UserAssignedMSI' && !appPassword)
    throw new ConfigError('MicrosoftAppPassword', `is required when MicrosoftAppId is set (MicrosoftAppType ${appType})`);
  if (appId && appType !== 'MultiTenant' && !tenantId)
    throw new ConfigError('MicrosoftAppTenantId', `is required when MicrosoftAppType is ${appType}`);
  if (!appId && appPassword) throw new ConfigError('MicrosoftAppId', 'is required when MicrosoftAppPassword is set');
  return { appType, appId, appPassword, tenantId };
}

/** Both settings default to the public cloud's values; setting either switches to explicit settings. */
export function channelAuthSettings(env: Env): ChannelAuthSettings | undefined {
  const openIdMetadataUrl = text(env, 'BotOpenIdMetadata', '');
  if (openIdMetadataUrl !== '' && !isHttp(parseUrl(openIdMetadataUrl)))
    throw new ConfigError('BotOpenIdMetadata', `must be an http(s) URL, got '${openIdMetadataUrl}'`);
  const tokenIssuer = text(env, 'ToBotFromChannelTokenIssuer', '');
  if (!openIdMetadataUrl && !tokenIssuer) return undefined;
  return {
    openIdMetadataUrl: openIdMetadataUrl || 'https://login.botframework.com/v1/.well-known/openidconfiguration',
    tokenIssuer: tokenIssuer || 'https://api.botframework.com',
  };
}
