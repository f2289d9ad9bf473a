import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { PROJECT_ROOT, loadConfig } from '../../src/config';
import { loadBranding } from '../../src/core/branding/loadBranding';
import { TEAMS_URL_FIELDS, placeholderUrls } from '../../src/core/branding/placeholders';
import { buildTeamsPackage, teamsIds } from './buildPackage';

/**
 * npm run teams:package [-- --out path/to/app.zip] [-- --test-build]
 * Builds the Teams app package from the configuration (MicrosoftAppId, TEAMS_APP_ID,
 * HANDOFF_EMAIL_TO) and the branding (branding/branding.yaml: listing texts, icons, the
 * developer's pages), validates it against the vendored Teams schemas and writes the zip to
 * upload in Teams. Placeholder privacy or terms pages are refused unless --test-build says the
 * package is only for trying out. Exits 1 with the reason when anything is wrong.
 */
const DEFAULT_OUT = join(PROJECT_ROOT, 'dist', 'teams', 'mieux-plus-teams.zip');
export const BRANDING_DIR = join(PROJECT_ROOT, 'branding');
const FLAGS = ['--out', '--test-build'];

interface Options {
  readonly out: string;
  readonly testBuild: boolean;
}

export function parseArgs(args: readonly string[]): Options {
  let out = DEFAULT_OUT;
  let testBuild = false;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    if (arg === '--test-build') testBuild = true;
    else if (arg === '--out') {
      const value = args[++i];
      if (!value || value.startsWith('--')) throw new Error('teams:package: --out needs a file path');
      out = resolve(value);
    } else throw new Error(`teams:package: unknown argument '${arg}' (expected ${FLAGS.join(', ')})`);
  }
  return { out, testBuild };
}

async function main(): Promise<void> {
  const { out, testBuild } = parseArgs(process.argv.slice(2));
  const config = loadConfig();
  const branding = loadBranding(BRANDING_DIR, relative(PROJECT_ROOT, join(BRANDING_DIR, 'branding.yaml')));
  const { version } = JSON.parse(readFileSync(join(PROJECT_ROOT, 'package.json'), 'utf8')) as { version: string };
  const { botId, appId } = teamsIds(config);
  const { zip, files } = await buildTeamsPackage(config, version, branding, { testBuild });
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, zip);
  console.log(`Teams app package written: ${relative(process.cwd(), out) || out}`);
  console.log(`  app id ${appId}${appId === botId ? ' (the bot id; set TEAMS_APP_ID for another)' : ''}, bot id ${botId}, version ${version}`);
  console.log(`  files: ${[...files.keys()].join(', ')}`);
  console.log('  manifest and localization files valid against teams/schema (Teams manifest v1.19)');
  const placeholders = placeholderUrls(branding, TEAMS_URL_FIELDS);
  if (testBuild && placeholders.length > 0)
    console.log(`  TEST BUILD, not for publishing: ${placeholders.map((p) => p.field).join(', ')} still placeholders in ${branding.file}`);
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exitCode = 1;
  });
}
