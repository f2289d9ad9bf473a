import { optionalGuid, type Env } from './env';

/**
 * The Teams app package's id (`npm run teams:package`): TEAMS_APP_ID, else the bot's app id, so
 * every rebuilt package updates the same Teams app. Empty when neither is set.
 */
export function teamsAppId(env: Env, appId: string): string {
  return optionalGuid(env, 'TEAMS_APP_ID', appId);
}
