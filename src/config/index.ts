import { config as readDotenv } from 'dotenv';
import { join } from 'node:path';
import { botAuthSettings, channelAuthSettings, type BotAuthSettings, type ChannelAuthSettings } from './botAuth';
import { cluConfig, type CluConfig } from './clu';
import { curationConfig, type CurationConfig } from './curation';
import { directLineConfig, type DirectLineConfig } from './directLine';
import type { Env } from './env';
import { insightsConfig, type InsightsConfig } from './insights';
import { contactEmail, smtpConfig, type SmtpConfig } from './handoff';
import { PROJECT_ROOT } from './projectRoot';
import { serverSettings, type ServerSettings } from './server';
import { storageSettings, type StorageSettings } from './storage';
import { teamsAppId } from './teams';

export type { ChannelAuthSettings } from './botAuth';
export type { CluConfig } from './clu';
export type { CurationConfig } from './curation';
export type { DirectLineConfig } from './directLine';
export { GUID } from './env';
export type { SmtpConfig } from './handoff';
export type { InsightsConfig } from './insights';
export { PROJECT_ROOT } from './projectRoot';
export { WEBSITE_PATHS } from './website';
export type { LogLevel, RateLimitSettings } from './server';
export type { StorageSettings } from './storage';

/** The whole configuration; each part of the bot is handed only its slice (a Pick of it). */
export interface Config extends ServerSettings {
  readonly bot: BotAuthSettings;
  /** The MIEUX+ team's address, offered to people and used for the hand-off. */
  readonly contactEmail: string;
  /** Where conversation state lives: Azure Blob Storage (several instances) or this process's memory. */
  readonly storage: StorageSettings;
  /** Where channel tokens are checked, for sovereign or private clouds; undefined = Azure public cloud. */
  readonly channelAuth: ChannelAuthSettings | undefined;
  /** E-mail delivery of hand-off requests; undefined = the person sends the prepared e-mail (mailto:) only. */
  readonly smtp: SmtpConfig | undefined;
  /** Azure CLU, used first when all four CLU_* variables are set; undefined = local understanding only. */
  readonly clu: CluConfig | undefined;
  /** The Teams app package's id: TEAMS_APP_ID, else the bot's app id; empty when neither is set. */
  readonly teamsAppId: string;
  /** The website chat: Azure Direct Line, or the bot's own embedded Direct Line. */
  readonly directLine: DirectLineConfig;
  /** The curator's loop: unanswered questions recorded (scrubbed), helpful / not helpful after answers. */
  readonly curation: CurationConfig;
  /** The insights page and its counts: off without INSIGHTS_TOKEN; kept INSIGHTS_RETENTION_DAYS days. */
  readonly insights: InsightsConfig;
}

function deepFreeze<T extends object>(value: T): T {
  for (const inner of Object.values(value)) if (typeof inner === 'object' && inner !== null) deepFreeze(inner);
  return Object.freeze(value);
}

/**
 * Reads the configuration once, from the environment and an optional `.env` file (the
 * environment wins), validates it section by section and returns it frozen. The only place that
 * reads process.env.
 */
export function loadConfig(env: Env = process.env, dotenvPath: string | null = join(PROJECT_ROOT, '.env')): Config {
  const fromFile: Record<string, string> = {};
  if (dotenvPath) readDotenv({ path: dotenvPath, processEnv: fromFile, quiet: true });
  const merged: Env = { ...fromFile, ...env };
  const bot = botAuthSettings(merged);
  return deepFreeze({
    ...serverSettings(merged, !bot.appId),
    bot,
    contactEmail: contactEmail(merged),
    storage: storageSettings(merged),
    channelAuth: channelAuthSettings(merged),
    smtp: smtpConfig(merged),
    clu: cluConfig(merged),
    teamsAppId: teamsAppId(merged, bot.appId),
    directLine: directLineConfig(merged),
    curation: curationConfig(merged),
    insights: insightsConfig(merged),
  });
}
