import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { PROJECT_ROOT, loadConfig } from '../../src/config';
import { buildTeamsPackage, teamsIds } from './buildPackage';

/**
 * npm run teams:package [-- --out path/to/app.zip]
 * Builds the Teams app package from the configuration (MicrosoftAppId, TEAMS_APP_ID,
 * HANDOFF_EMAIL_TO), validates it against the vendored Teams schemas and writes the zip to
 * upload in Teams. Exits 1 with the reason when the configuration or the package is wrong.
 */
const DEFAULT_OUT = join(PROJECT_ROOT, 'dist', 'teams', 'mieux-plus-teams.zip');

function outPath(args: readonly string[]): string {
  const flag = args.indexOf('--out');
  if (flag < 0) return DEFAULT_OUT;
  const value = args[flag + 1];
  if (!value || value.startsWith('--')) throw new Error('teams:package: --out needs a file path');
  return resolve(value);
}

async function main(): Promise<void> {
  const out = outPath(process.argv.slice(2));
  const config = loadConfig();
  const { version } = JSON.parse(readFileSync(join(PROJECT_ROOT, 'package.json'), 'utf8')) as { version: string };
  const { botId, appId } = teamsIds(config);
  const { zip, files } = await buildTeamsPackage(config, version);
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, zip);
  console.log(`Teams app package written: ${relative(process.cwd(), out) || out}`);
  console.log(`  app id ${appId}${appId === botId ? ' (the bot id; set TEAMS_APP_ID for another)' : ''}, bot id ${botId}, version ${version}`);
  console.log(`  files: ${[...files.keys()].join(', ')}`);
  console.log('  manifest and localization files valid against teams/schema (Teams manifest v1.19)');
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
});
