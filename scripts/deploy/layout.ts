import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../../src/config';
import { UserFacingError } from '../../src/errors';

/**
 * What the running service needs, relative to the project folder: compiled code, the knowledge
 * base, the web page's files, and what `npm ci` needs to install the production dependencies.
 * The container image's /app and the App Service zip are both made by assembleLayout() from this
 * list, so the packaged-artefact check (checkPackage.ts) tests what both ship.
 */
export const RUNTIME_FILES = [
  'package.json',
  'package-lock.json',
  // yes=true: botbuilder-dialogs' install script asks npx for confirmation otherwise.
  '.npmrc',
  'dist/src',
  'dist/dialogs',
  // kb:check:prod and kb:review:prod run from here on the server.
  'dist/scripts',
  'dist/webchat',
  // widget.js, bundled by the build; the branding the bot checks at start.
  'dist/widget',
  'branding',
  'knowledge',
  'public',
] as const;

/** The production install: no dev dependency, and no install script of any dependency runs. */
export const PRODUCTION_INSTALL = ['ci', '--omit=dev', '--ignore-scripts', '--no-audit', '--no-fund'] as const;

/**
 * Settings an outer `npm run` passes down that would point this install at the project folder or
 * change what it installs; the rest (registry, cache, certificates) is kept.
 */
const PROJECT_NPM_SETTINGS = new Set(
  ['local_prefix', 'omit', 'include', 'production', 'only', 'also', 'workspace', 'workspaces', 'global', 'dry_run', 'ignore_scripts'].map(
    (s) => `npm_config_${s}`,
  ),
);

/** The package cannot be laid out as asked (a folder not empty, a file missing). */
export class LayoutError extends UserFacingError {}

/**
 * Copies RUNTIME_FILES from `root` into the empty or missing folder `dest` and installs the
 * production dependencies there. `root` must have been built (`npm run build`).
 */
export function assembleLayout(dest: string, root = PROJECT_ROOT, npmOutput: 'inherit' | 'ignore' = 'inherit'): void {
  if (existsSync(dest) && readdirSync(dest).length > 0) throw new LayoutError(`assembleLayout(): ${dest} is not empty`);
  for (const file of RUNTIME_FILES) {
    if (!existsSync(join(root, file)))
      throw new LayoutError(
        `assembleLayout(): ${file} is missing in ${root}${file.startsWith('dist/') ? ': run npm run build first' : ''}`,
      );
  }
  mkdirSync(dest, { recursive: true });
  for (const file of RUNTIME_FILES) cpSync(join(root, file), join(dest, file), { recursive: true });
  const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !PROJECT_NPM_SETTINGS.has(name.toLowerCase())));
  execFileSync('npm', PRODUCTION_INSTALL, { cwd: dest, stdio: ['ignore', npmOutput, npmOutput], env });
}

if (require.main === module) {
  const dest = process.argv[2];
  if (!dest) {
    console.error('usage: node dist/scripts/deploy/layout.js <empty folder>');
    process.exit(2);
  }
  try {
    assembleLayout(dest);
    console.log(`runtime layout written to ${dest}`);
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  }
}
