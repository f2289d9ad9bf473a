/**
 * The pieces of the production artefact that can be tested alone: the Web Chat bundle the build
 * copies, the layout's refusals, and the zip round trip. The whole artefact is started by
 * `npm run package:check` in CI (.ci/run).
 */
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { WEBCHAT_MANIFEST, contentHash, copyWebChat, type WebChatManifest } from '../../scripts/deploy/copyWebChat';
import { assembleLayout, LayoutError, RUNTIME_FILES } from '../../scripts/deploy/layout';
import { unzipTo, zipFolder } from '../../scripts/deploy/zip';

const work = mkdtempSync(join(tmpdir(), 'layout-test-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('copyWebChat (part of npm run build)', () => {
  it('copies the browser bundle and its version, which a production install does not have', () => {
    const target = join(work, 'webchat');
    const { version, bytes } = copyWebChat(target, 'full');
    const packageDir = dirname(dirname(require.resolve('botframework-webchat')));
    expect(version).toBe((JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')) as { version: string }).version);
    expect(readFileSync(join(target, 'webchat.js')).equals(readFileSync(join(packageDir, 'dist', 'webchat.js')))).toBe(true);
    expect(bytes).toBe(statSync(join(target, 'webchat.js')).size);
    expect(JSON.parse(readFileSync(join(target, 'package.json'), 'utf8'))).toEqual({
      name: 'botframework-webchat',
      version,
      license: 'MIT',
    });
    const manifest = JSON.parse(readFileSync(join(target, WEBCHAT_MANIFEST), 'utf8')) as WebChatManifest;
    expect(readFileSync(join(target, manifest.files.identity)).equals(readFileSync(join(packageDir, 'dist', 'webchat.js')))).toBe(true);
    // Brotli at its best on the real 3.9 MB bundle: about 15 s of one core.
  }, 120_000);
});

describe('copyWebChat: the precompressed, content-addressed bundle', () => {
  /** A botframework-webchat package in miniature: compressing the real 3.9 MB takes ~15 s. */
  function fakePackage(name: string, full: string, minimal = 'minimal();'): string {
    const dir = join(work, name);
    mkdirSync(join(dir, 'dist'), { recursive: true });
    writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'botframework-webchat', version: '9.9.9', license: 'MIT' }));
    writeFileSync(join(dir, 'dist', 'webchat.js'), full);
    writeFileSync(join(dir, 'dist', 'webchat.js.LICENSE.txt'), 'notices');
    writeFileSync(join(dir, 'dist', 'webchat-minimal.js'), minimal);
    return dir;
  }
  const bundle = `window.WebChat = {}; ${'/* Web Chat */ '.repeat(2000)}`;
  const manifestIn = (dir: string) => JSON.parse(readFileSync(join(dir, WEBCHAT_MANIFEST), 'utf8')) as WebChatManifest;

  it('writes the bundle under its content hash, with brotli and gzip forms that decompress to it, and a manifest', () => {
    const target = join(work, 'hashed');
    const { manifest, compressed } = copyWebChat(target, 'full', fakePackage('pkg-1', bundle));
    const hash = contentHash(Buffer.from(bundle));
    expect(compressed).toBe(true);
    expect(manifest).toEqual(manifestIn(target));
    expect(manifest).toMatchObject({
      version: '9.9.9',
      build: 'full',
      hash,
      files: { identity: `webchat.${hash}.js`, br: `webchat.${hash}.js.br`, gzip: `webchat.${hash}.js.gz` },
    });
    expect(hash).toBe(createHash('sha256').update(bundle).digest('hex').slice(0, 16));
    expect(readFileSync(join(target, manifest.files.identity), 'utf8')).toBe(bundle);
    expect(brotliDecompressSync(readFileSync(join(target, manifest.files.br))).toString('utf8')).toBe(bundle);
    expect(gunzipSync(readFileSync(join(target, manifest.files.gzip))).toString('utf8')).toBe(bundle);
    expect(manifest.sizes).toEqual({
      raw: bundle.length,
      gzip: statSync(join(target, manifest.files.gzip)).size,
      brotli: statSync(join(target, manifest.files.br)).size,
    });
    expect(manifest.sizes.brotli).toBeLessThan(manifest.sizes.gzip);
    // The plain copy the server serves today stays.
    expect(readFileSync(join(target, 'webchat.js'), 'utf8')).toBe(bundle);
  });

  it('compresses once per bundle: again only when the bundle changed or a file is missing', () => {
    const target = join(work, 'again');
    const pkg = fakePackage('pkg-2', bundle);
    expect(copyWebChat(target, 'full', pkg).compressed).toBe(true);
    expect(copyWebChat(target, 'full', pkg).compressed).toBe(false);
    const first = manifestIn(target);
    rmSync(join(target, first.files.br));
    expect(copyWebChat(target, 'full', pkg).compressed).toBe(true);
    writeFileSync(join(pkg, 'dist', 'webchat.js'), `${bundle} // 4.18.2`);
    const second = copyWebChat(target, 'full', pkg);
    expect(second.compressed).toBe(true);
    expect(second.manifest.hash).not.toBe(first.hash);
  });

  it('can serve the minimal build instead, under its own name', () => {
    const target = join(work, 'minimal');
    const { manifest } = copyWebChat(target, 'minimal', fakePackage('pkg-3', bundle, 'window.WebChat = { minimal: true };'));
    expect(manifest.build).toBe('minimal');
    expect(manifest.files.identity).toMatch(/^webchat-minimal\.[0-9a-f]{16}\.js$/);
    expect(readFileSync(join(target, manifest.files.identity), 'utf8')).toBe('window.WebChat = { minimal: true };');
  });
});

describe('assembleLayout', () => {
  it('ships the compiled code, the knowledge base and the page, nothing to build', () => {
    expect(RUNTIME_FILES).toEqual(
      expect.arrayContaining(['dist/src', 'dist/dialogs', 'dist/webchat', 'knowledge', 'public', 'package-lock.json']),
    );
    expect(RUNTIME_FILES.filter((f) => ['src', 'test', '.env', 'tsconfig.json'].includes(f))).toEqual([]);
  });

  it('refuses a project that was not built, naming what is missing', () => {
    const project = join(work, 'unbuilt');
    mkdirSync(project);
    for (const file of ['package.json', 'package-lock.json', '.npmrc']) writeFileSync(join(project, file), '{}');
    expect(() => assembleLayout(join(work, 'out-1'), project, 'ignore')).toThrow(
      new LayoutError(`assembleLayout(): dist/src is missing in ${project}: run npm run build first`),
    );
  });

  it('refuses to write into a folder that is not empty', () => {
    const dest = join(work, 'full');
    mkdirSync(dest);
    writeFileSync(join(dest, 'something'), 'x');
    expect(() => assembleLayout(dest, join(__dirname, '..', '..'), 'ignore')).toThrow(
      new LayoutError(`assembleLayout(): ${dest} is not empty`),
    );
  });
});

describe('zipFolder and unzipTo', () => {
  it('round-trip files and their modes, and leave symbolic links out', async () => {
    const source = join(work, 'zip-source');
    mkdirSync(join(source, 'bin'), { recursive: true });
    writeFileSync(join(source, 'a.txt'), 'á');
    writeFileSync(join(source, 'bin', 'run.sh'), '#!/bin/sh\n');
    chmodSync(join(source, 'bin', 'run.sh'), 0o755);
    symlinkSync('../a.txt', join(source, 'bin', 'link'));
    const zip = join(work, 'out', 'test.zip');
    expect(await zipFolder(source, zip)).toEqual({ files: 2, skippedLinks: 1 });
    const dest = join(work, 'zip-dest');
    expect(await unzipTo(zip, dest)).toBe(2);
    expect(readFileSync(join(dest, 'a.txt'), 'utf8')).toBe('á');
    expect(statSync(join(dest, 'bin', 'run.sh')).mode & 0o777).toBe(0o755);
    expect(() => statSync(join(dest, 'bin', 'link'))).toThrow();
  });

  it('write the same tree into the same bytes', async () => {
    const source = join(work, 'zip-source');
    await zipFolder(source, join(work, 'out', 'one.zip'));
    await zipFolder(source, join(work, 'out', 'two.zip'));
    expect(readFileSync(join(work, 'out', 'one.zip')).equals(readFileSync(join(work, 'out', 'two.zip')))).toBe(true);
  });
});
