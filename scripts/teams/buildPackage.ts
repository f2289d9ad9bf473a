import JSZip from 'jszip';
import { GUID, type Config } from '../../src/config';
import { TEAMS_URL_FIELDS, placeholderUrls } from '../../src/core/branding/placeholders';
import type { Branding } from '../../src/core/branding/types';
import { COLOR_ICON_FILE, MANIFEST_FILE, OUTLINE_ICON_FILE, buildTeamsApp } from './manifest';
import { TeamsPackageError, packageProblems } from './validate';
import { UserFacingError } from '../../src/errors';

/** Fixed entry dates: the same configuration always gives the same zip, byte for byte. */
const ZIP_DATE = new Date('2024-01-01T00:00:00Z');

export class TeamsConfigError extends UserFacingError {
  constructor(message: string) {
    super(`teams:package: ${message}`);
  }
}

/** The bot id is what ties the Teams app to the bot: without it the package is useless. */
export function teamsIds(config: Config): { botId: string; appId: string } {
  const botId = config.bot.appId;
  if (!botId)
    throw new TeamsConfigError(
      "MicrosoftAppId is empty. Set it (environment or .env) to the Azure Bot's Microsoft App ID: a Teams package without a bot id cannot reach the bot.",
    );
  if (!GUID.test(botId)) throw new TeamsConfigError(`MicrosoftAppId must be a GUID (the Azure Bot's Microsoft App ID), got '${botId}'`);
  return { botId, appId: config.teamsAppId || botId };
}

function json(value: unknown): Buffer {
  return Buffer.from(`${JSON.stringify(value, null, 2)}\n`, 'utf8');
}

/**
 * Teams shows the privacy and terms pages to everyone who installs the app: a package that
 * points at a placeholder may only be built on purpose, for testing (`--test-build`).
 */
export function placeholderProblem(branding: Branding, file: string): string | undefined {
  const found = placeholderUrls(branding, TEAMS_URL_FIELDS);
  if (found.length === 0) return undefined;
  return (
    `${found.map((p) => `${p.field} in ${file} is a placeholder (${p.url})`).join('; ')}. ` +
    'Put the published pages there before building a package to upload, or pass --test-build for a package only to try out.'
  );
}

/** The package's files, all at the root of the zip as Teams requires. */
export function teamsPackageFiles(config: Config, version: string, branding: Branding): Map<string, Buffer> {
  const { botId, appId } = teamsIds(config);
  const app = buildTeamsApp({ appId, botId, version, contactEmail: config.contactEmail, listing: branding.teams });
  const files = new Map<string, Buffer>([
    [MANIFEST_FILE, json(app.manifest)],
    [COLOR_ICON_FILE, branding.teams.icons.colour.bytes],
    [OUTLINE_ICON_FILE, branding.teams.icons.outline.bytes],
  ]);
  for (const [name, strings] of app.localizations) files.set(name, json(strings));
  return files;
}

export async function zipFiles(files: ReadonlyMap<string, Buffer>): Promise<Buffer> {
  const zip = new JSZip();
  for (const [name, bytes] of files) zip.file(name, bytes, { date: ZIP_DATE });
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', platform: 'UNIX' });
}

export async function unzipFiles(zipped: Buffer): Promise<Map<string, Buffer>> {
  const zip = await JSZip.loadAsync(zipped);
  const files = new Map<string, Buffer>();
  for (const entry of Object.values(zip.files)) if (!entry.dir) files.set(entry.name, await entry.async('nodebuffer'));
  return files;
}

export interface TeamsBuildOptions {
  /** Allows placeholder privacy and terms pages: the package is only for trying the app out. */
  readonly testBuild?: boolean;
}

/**
 * Builds, validates and zips the package; throws TeamsConfigError for placeholder pages (unless
 * a test build) and TeamsPackageError listing every problem of the package itself.
 */
export async function buildTeamsPackage(
  config: Config,
  version: string,
  branding: Branding,
  options: TeamsBuildOptions = {},
): Promise<{ zip: Buffer; files: Map<string, Buffer> }> {
  const placeholders = options.testBuild ? undefined : placeholderProblem(branding, branding.file);
  if (placeholders) throw new TeamsConfigError(placeholders);
  const files = teamsPackageFiles(config, version, branding);
  const problems = packageProblems(files);
  if (problems.length > 0) throw new TeamsPackageError(problems);
  return { zip: await zipFiles(files), files };
}
