import JSZip from 'jszip';
import { GUID, type Config } from '../../src/config';
import { colorIcon, outlineIcon } from './icons';
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

/** The package's files, all at the root of the zip as Teams requires. */
export function teamsPackageFiles(config: Config, version: string): Map<string, Buffer> {
  const { botId, appId } = teamsIds(config);
  const app = buildTeamsApp({ appId, botId, version, contactEmail: config.contactEmail });
  const files = new Map<string, Buffer>([
    [MANIFEST_FILE, json(app.manifest)],
    [COLOR_ICON_FILE, colorIcon()],
    [OUTLINE_ICON_FILE, outlineIcon()],
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

/** Builds, validates and zips the package; throws TeamsPackageError listing every problem. */
export async function buildTeamsPackage(config: Config, version: string): Promise<{ zip: Buffer; files: Map<string, Buffer> }> {
  const files = teamsPackageFiles(config, version);
  const problems = packageProblems(files);
  if (problems.length > 0) throw new TeamsPackageError(problems);
  return { zip: await zipFiles(files), files };
}
