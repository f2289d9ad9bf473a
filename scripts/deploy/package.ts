import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { PROJECT_ROOT } from '../../src/config';
import { assembleLayout } from './layout';
import { zipFolder } from './zip';

/** Where `npm run package` writes the App Service zip, and where `npm run package:check` looks for it. */
export const PACKAGE_ZIP = join(PROJECT_ROOT, 'dist', 'deploy', 'mieux-bot.zip');

/**
 * npm run package [-- out.zip]: one zip for Azure App Service's zip deploy, holding the compiled
 * code, knowledge/, public/ and the production node_modules, with nothing to build on the server.
 * `npm run build` has run first (the npm script does both).
 */
async function main(): Promise<void> {
  const out = process.argv[2] ?? PACKAGE_ZIP;
  const work = mkdtempSync(join(tmpdir(), 'mieux-package-'));
  try {
    const app = join(work, 'app');
    assembleLayout(app);
    const { files, skippedLinks } = await zipFolder(app, out);
    const mb = (statSync(out).size / 1e6).toFixed(1);
    console.log(
      `App Service package written: ${relative(process.cwd(), out) || out} (${mb} MB, ${files} files; ${skippedLinks} node_modules/.bin links left out)`,
    );
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(`package: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
}
