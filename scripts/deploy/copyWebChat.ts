import { copyFileSync, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { PROJECT_ROOT } from '../../src/config';

/**
 * Part of `npm run build`: copies Web Chat's prebuilt browser bundle into dist/webchat, where the
 * server finds it when botframework-webchat is not installed. A production install leaves that
 * package out: it is a development dependency, because its ~470 MB of dependencies (React, Babel,
 * the speech SDK…) only serve to build this one 3.9 MB file.
 */
export const WEBCHAT_COPY_DIR = join(PROJECT_ROOT, 'dist', 'webchat');

export function copyWebChat(target = WEBCHAT_COPY_DIR): { version: string; bytes: number } {
  // The package exports neither package.json nor dist/: find its folder from its entry point.
  const packageDir = dirname(dirname(require.resolve('botframework-webchat')));
  const manifest = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')) as { name: string; version: string; license: string };
  mkdirSync(target, { recursive: true });
  copyFileSync(join(packageDir, 'dist', 'webchat.js'), join(target, 'webchat.js'));
  const notices = join(packageDir, 'dist', 'webchat.js.LICENSE.txt');
  if (existsSync(notices)) copyFileSync(notices, join(target, 'webchat.js.LICENSE.txt'));
  // The server reads the version from here, as it does from the package in development.
  writeFileSync(
    join(target, 'package.json'),
    `${JSON.stringify({ name: manifest.name, version: manifest.version, license: manifest.license }, null, 2)}\n`,
  );
  return { version: manifest.version, bytes: statSync(join(target, 'webchat.js')).size };
}

if (require.main === module) {
  const { version, bytes } = copyWebChat();
  console.log(`Web Chat ${version} bundle copied to dist/webchat (${(bytes / 1e6).toFixed(1)} MB)`);
}
