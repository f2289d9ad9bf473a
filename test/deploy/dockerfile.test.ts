/**
 * The Dockerfile, checked as far as these machines allow (no image can be pulled, no daemon):
 * Microsoft's Dockerfile validator (dockerfile-utils, the VS Code Docker extension's), and its
 * instructions read with dockerfile-ast. What the image runs is the layout `npm run package:check`
 * starts in CI: the build stage makes it with the same script.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { DockerfileParser, ModifiableInstruction, type Instruction } from 'dockerfile-ast';
import { validate } from 'dockerfile-utils';
import { describe, expect, it } from 'vitest';
import { RUNTIME_FILES } from '../../scripts/deploy/layout';
import { PROJECT, read, variablesReadByApp } from '../support/deployFiles';

const text = read('Dockerfile');
const dockerfile = DockerfileParser.parse(text);
const instructions = dockerfile.getInstructions();
const froms = dockerfile.getFROMs();
const finalStageStart = froms[froms.length - 1]!.getRange().start.line;
const stage = (which: 'build' | 'runtime'): Instruction[] =>
  instructions.filter((i) =>
    which === 'runtime' ? i.getRange().start.line >= finalStageStart : i.getRange().start.line < finalStageStart,
  );
const args = (i: Instruction): string => i.getArgumentsContent() ?? '';
const jsonArgs = (i: Instruction): string[] => JSON.parse(args(i).replace(/\\\n/g, '')) as string[];
const startProd = (JSON.parse(read('package.json')) as { scripts: Record<string, string> }).scripts['start:prod']!;

describe('Dockerfile', () => {
  it('has no syntax or instruction problems (dockerfile-utils)', () => {
    expect(validate(text)).toEqual([]);
  });

  it('is multi-stage: a build stage, then a slim Node 20 runtime', () => {
    expect(froms.map((f) => f.getBuildStage())).toEqual(['build', 'runtime']);
    const image = /^ARG NODE_IMAGE=(\S+)$/m.exec(text)?.[1];
    expect(image).toMatch(/^node:20(?:\.\d+)*-[a-z]+-slim$/);
    for (const from of froms) expect(from.getImage()).toBe('${NODE_IMAGE}');
  });

  it('builds the runtime layout with the script the packaged-artefact check uses, and the runtime only copies it', () => {
    const build = stage('build');
    expect(build.some((i) => i.getKeyword() === 'RUN' && args(i) === 'npm run build && node dist/scripts/deploy/layout.js /app')).toBe(
      true,
    );
    const runtime = stage('runtime');
    expect(runtime.filter((i) => i.getKeyword() === 'RUN')).toEqual([]);
    const copies = runtime.filter((i) => i.getKeyword() === 'COPY');
    const flags = (c: Instruction) =>
      c instanceof ModifiableInstruction ? c.getFlags().map((f) => `${f.getName()}=${f.getValue() ?? ''}`) : [];
    expect(copies.map((c) => [flags(c), args(c)])).toEqual([[['from=build'], '/app /app']]);
  });

  it('copies into the build stage every source the runtime layout is made from', () => {
    const copied = stage('build')
      .filter((i) => i.getKeyword() === 'COPY')
      .flatMap((i) => args(i).split(/\s+/).slice(0, -1));
    for (const source of copied) expect(existsSync(join(PROJECT, source)), source).toBe(true);
    const sources = [
      'src',
      'dialogs',
      'scripts',
      'tsconfig.json',
      'tsconfig.build.json',
      ...RUNTIME_FILES.filter((f) => !f.startsWith('dist/')),
    ];
    for (const needed of sources) expect(copied, needed).toContain(needed);
  });

  it('runs as a non-root user, starts node itself (PID 1, so it gets SIGTERM) with the start:prod command', () => {
    const runtime = stage('runtime');
    const user = runtime.filter((i) => i.getKeyword() === 'USER').map(args);
    expect(user).toEqual(['node']);
    const cmd = runtime.find((i) => i.getKeyword() === 'CMD')!;
    expect(jsonArgs(cmd).join(' ')).toBe(startProd);
    expect(runtime.find((i) => i.getKeyword() === 'STOPSIGNAL') && args(runtime.find((i) => i.getKeyword() === 'STOPSIGNAL')!)).toBe(
      'SIGTERM',
    );
  });

  it('checks /healthz on the port it listens on, and sets only variables the app reads', () => {
    const runtime = stage('runtime');
    const health = args(runtime.find((i) => i.getKeyword() === 'HEALTHCHECK')!);
    expect(health).toContain('/healthz');
    expect(health).toContain('process.env.PORT');
    const env = runtime
      .filter((i) => i.getKeyword() === 'ENV')
      .flatMap((i) =>
        args(i)
          .split(/\s+/)
          .map((pair) => pair.split('=')),
      );
    const reads = variablesReadByApp();
    for (const [name] of env) expect(reads, `ENV ${name}`).toContain(name);
    const port = env.find(([name]) => name === 'PORT')?.[1];
    expect(runtime.filter((i) => i.getKeyword() === 'EXPOSE').map(args)).toEqual([port]);
  });

  it('keeps secrets and local folders out of the build context', () => {
    const ignored = read('.dockerignore').split('\n');
    for (const entry of ['.env', '.env.*', 'node_modules', 'dist', '.git']) expect(ignored).toContain(entry);
    expect(ignored).toContain('!.env.example');
  });
});
