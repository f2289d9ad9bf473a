/**
 * The pieces of the production artefact that can be tested alone: the Web Chat bundle the build
 * copies, the layout's refusals, and the zip round trip. The whole artefact is started by
 * `npm run package:check` in CI (.ci/run).
 */
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { copyWebChat } from '../../scripts/deploy/copyWebChat';
import { assembleLayout, LayoutError, RUNTIME_FILES } from '../../scripts/deploy/layout';
import { unzipTo, zipFolder } from '../../scripts/deploy/zip';

const work = mkdtempSync(join(tmpdir(), 'layout-test-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('copyWebChat (part of npm run build)', () => {
  it('copies the browser bundle and its version, which a production install does not have', () => {
    const target = join(work, 'webchat');
    const { version, bytes } = copyWebChat(target);
    const packageDir = dirname(dirname(require.resolve('botframework-webchat')));
    expect(version).toBe((JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')) as { version: string }).version);
    expect(readFileSync(join(target, 'webchat.js')).equals(readFileSync(join(packageDir, 'dist', 'webchat.js')))).toBe(true);
    expect(bytes).toBe(statSync(join(target, 'webchat.js')).size);
    expect(JSON.parse(readFileSync(join(target, 'package.json'), 'utf8'))).toEqual({
      name: 'botframework-webchat',
      version,
      license: 'MIT',
    });
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
