import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';
import { hashOf, IMMUTABLE, type EncodedAsset } from './encodedAsset';

const gzipAsync = promisify(gzip);

/** What `npm run build` writes beside the bundle (scripts/deploy/copyWebChat.ts). */
interface BuiltManifest {
  readonly version: string;
  readonly hash: string;
  readonly files: { readonly identity: string; readonly br: string; readonly gzip: string };
}

/** Web Chat's bundle as the server serves it: under its content hash, in the encodings it has. */
export interface WebChatBundle {
  /** `webchat.<hash>.js`: the URL changes with the content, so it may be cached for good. */
  readonly file: string;
  readonly version: string;
  /** How it was found, for the start log. */
  readonly source: 'precompressed' | 'compressed on first request';
  asset(): Promise<EncodedAsset>;
}

const CONTENT_TYPE = 'text/javascript; charset=utf-8';

function readManifest(dir: string): BuiltManifest | undefined {
  try {
    return JSON.parse(readFileSync(join(dir, 'webchat-manifest.json'), 'utf8')) as BuiltManifest;
  } catch {
    return undefined;
  }
}

function installedBundle(): { path: string; version: string } | undefined {
  try {
    // The package exports neither package.json nor dist/: find its folder from its entry point.
    const packageDir = dirname(dirname(require.resolve('botframework-webchat')));
    const { version } = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')) as { version: string };
    return { path: join(packageDir, 'dist', 'webchat.js'), version };
  } catch {
    return undefined;
  }
}

/**
 * The bundle `npm run build` precompressed (brotli and gzip) in `builtDir`, when it is the one
 * installed (or nothing is installed, as in production). Otherwise — development, or a build older
 * than node_modules — the installed bundle, gzipped once on the first request: brotli at its best
 * takes seconds, which is the build's job.
 */
export function loadWebChatBundle(builtDir: string): WebChatBundle {
  const installed = installedBundle();
  const manifest = readManifest(builtDir);
  const plain = installed ? readFileSync(installed.path) : undefined;
  const hash = plain ? hashOf(plain) : manifest?.hash;
  if (manifest && manifest.hash === hash && Object.values(manifest.files).every((f) => existsSync(join(builtDir, f)))) {
    const read = (name: string) => readFileSync(join(builtDir, name));
    const asset: EncodedAsset = {
      contentType: CONTENT_TYPE,
      hash: manifest.hash,
      cacheControl: IMMUTABLE,
      bodies: { identity: read(manifest.files.identity), gzip: read(manifest.files.gzip), br: read(manifest.files.br) },
    };
    return { file: manifest.files.identity, version: manifest.version, source: 'precompressed', asset: () => Promise.resolve(asset) };
  }
  if (!installed || !plain || !hash)
    throw new Error(
      `loadWebChatBundle(): no Web Chat bundle: botframework-webchat is not installed and ${builtDir} has none (run npm run build)`,
    );
  let asset: Promise<EncodedAsset> | undefined;
  return {
    file: `webchat.${hash}.js`,
    version: installed.version,
    source: 'compressed on first request',
    asset: () =>
      (asset ??= gzipAsync(plain).then((gzipped) => ({
        contentType: CONTENT_TYPE,
        hash,
        cacheControl: IMMUTABLE,
        bodies: { identity: plain, gzip: gzipped },
      }))),
  };
}
