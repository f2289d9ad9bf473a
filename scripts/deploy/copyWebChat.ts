import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { PROJECT_ROOT } from '../../src/config';

/**
 * Part of `npm run build`: copies Web Chat's prebuilt browser bundle into dist/webchat, where the
 * server finds it when botframework-webchat is not installed. A production install leaves that
 * package out: it is a development dependency, because its ~470 MB of dependencies (React, Babel,
 * the speech SDK…) only serve to build this one 3.9 MB file.
 *
 * Beside the plain copy (webchat.js, which the server serves today) it writes the bundle under a
 * content-hashed name with its brotli and gzip forms, made once here so no request waits for a
 * 3.9 MB compression, and webchat-manifest.json saying which file is which: the server serves
 * `/webchat/<file>` with the encoding the browser accepts, an ETag from the hash, and
 * `Cache-Control: immutable`, because another bundle gets another name.
 */
export const WEBCHAT_COPY_DIR = join(PROJECT_ROOT, 'dist', 'webchat');
export const WEBCHAT_MANIFEST = 'webchat-manifest.json';

/** Web Chat's prebuilt bundles (botframework-webchat/dist). */
export const WEBCHAT_BUILDS = { full: 'webchat.js', minimal: 'webchat-minimal.js' } as const;
export type WebChatBuild = keyof typeof WEBCHAT_BUILDS;
/**
 * The full build: the minimal one renders neither cards (the hand-off ends with a hero card
 * holding the mailto button) nor Markdown (every answer uses it). Measured by
 * `npm run bench:webchat` (scripts/bench/webChatBuilds.ts); see docs/website.md.
 */
export const SERVED_BUILD: WebChatBuild = 'full';

export interface Sizes {
  readonly raw: number;
  readonly gzip: number;
  readonly brotli: number;
}

/** What the server reads to serve the bundle (phase B: src/hosting/http). */
export interface WebChatManifest {
  readonly name: string;
  readonly version: string;
  readonly build: WebChatBuild;
  /** The first 16 hex digits of the SHA-256 of the plain bundle: its name and its ETag. */
  readonly hash: string;
  /** File names in the same folder. */
  readonly files: { readonly identity: string; readonly br: string; readonly gzip: string };
  readonly sizes: Sizes;
}

export function contentHash(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex').slice(0, 16);
}

/** The strongest settings: done once per bundle at build time, read by every visitor. */
export function precompress(bytes: Buffer): { br: Buffer; gzip: Buffer } {
  return {
    br: brotliCompressSync(bytes, {
      params: {
        [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
        [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
        [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
      },
    }),
    gzip: gzipSync(bytes, { level: constants.Z_BEST_COMPRESSION }),
  };
}

export function webChatPackageDir(): string {
  // The package exports neither package.json nor dist/: find its folder from its entry point.
  return dirname(dirname(require.resolve('botframework-webchat')));
}

function readManifest(path: string): WebChatManifest | undefined {
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as WebChatManifest;
  } catch {
    return undefined;
  }
}

export function copyWebChat(
  target = WEBCHAT_COPY_DIR,
  build: WebChatBuild = SERVED_BUILD,
  packageDir = webChatPackageDir(),
): { version: string; bytes: number; manifest: WebChatManifest; compressed: boolean } {
  const pkg = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')) as { name: string; version: string; license: string };
  mkdirSync(target, { recursive: true });
  copyFileSync(join(packageDir, 'dist', 'webchat.js'), join(target, 'webchat.js'));
  const notices = join(packageDir, 'dist', 'webchat.js.LICENSE.txt');
  if (existsSync(notices)) copyFileSync(notices, join(target, 'webchat.js.LICENSE.txt'));
  // The server reads the version from here, as it does from the package in development.
  writeFileSync(
    join(target, 'package.json'),
    `${JSON.stringify({ name: pkg.name, version: pkg.version, license: pkg.license }, null, 2)}\n`,
  );

  const source = join(packageDir, 'dist', WEBCHAT_BUILDS[build]);
  const bytes = readFileSync(source);
  if (existsSync(`${source}.LICENSE.txt`)) copyFileSync(`${source}.LICENSE.txt`, join(target, `${WEBCHAT_BUILDS[build]}.LICENSE.txt`));
  const hash = contentHash(bytes);
  const base = WEBCHAT_BUILDS[build].replace(/\.js$/, '');
  const files = { identity: `${base}.${hash}.js`, br: `${base}.${hash}.js.br`, gzip: `${base}.${hash}.js.gz` };
  const manifestPath = join(target, WEBCHAT_MANIFEST);
  const previous = readManifest(manifestPath);
  // Brotli at its best takes ~15 s on 3.9 MB; `npm start` builds every time, so once per bundle.
  const upToDate =
    previous?.hash === hash &&
    previous.build === build &&
    Object.entries(files).every(
      ([encoding, name]) => existsSync(join(target, name)) && statSync(join(target, name)).size === sizeOf(previous.sizes, encoding),
    );
  let manifest: WebChatManifest;
  if (upToDate) manifest = previous;
  else {
    const { br, gzip } = precompress(bytes);
    writeFileSync(join(target, files.identity), bytes);
    writeFileSync(join(target, files.br), br);
    writeFileSync(join(target, files.gzip), gzip);
    manifest = {
      name: pkg.name,
      version: pkg.version,
      build,
      hash,
      files,
      sizes: { raw: bytes.length, gzip: gzip.length, brotli: br.length },
    };
    writeFileSync(manifestPath, `${JSON.stringify(manifest, null, 2)}\n`);
  }
  return { version: pkg.version, bytes: statSync(join(target, 'webchat.js')).size, manifest, compressed: !upToDate };
}

function sizeOf(sizes: Sizes, encoding: string): number {
  return encoding === 'br' ? sizes.brotli : encoding === 'gzip' ? sizes.gzip : sizes.raw;
}

const kb = (n: number) => `${Math.round(n / 1024)} KB`;

if (require.main === module) {
  const { version, manifest, compressed } = copyWebChat();
  const { raw, gzip, brotli } = manifest.sizes;
  console.log(
    `Web Chat ${version} (${manifest.build} build) copied to dist/webchat as ${manifest.files.identity}: ` +
      `${kb(raw)}, ${kb(gzip)} gzip, ${kb(brotli)} brotli${compressed ? '' : ' (already compressed)'}`,
  );
}
