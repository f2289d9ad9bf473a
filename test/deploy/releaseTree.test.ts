/**
 * scripts/deploy/release-tree.sh, which decides what the deploy workflow builds, run as a child
 * process on a small git repository made for the test: a release, then code and knowledge commits.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT } from '../support/deployFiles';

let repo: string;
let script: string;
const commits: Record<string, string> = {};

const git = (...args: string[]): string =>
  execFileSync(
    'git',
    ['-c', 'user.name=Test', '-c', 'user.email=test@example.org', '-c', 'commit.gpgsign=false', '-c', 'tag.gpgsign=false', ...args],
    {
      cwd: repo,
      encoding: 'utf8',
    },
  ).trim();

function write(files: Record<string, string | null>): void {
  for (const [path, content] of Object.entries(files)) {
    const full = join(repo, path);
    if (content === null) rmSync(full);
    else {
      mkdirSync(join(full, '..'), { recursive: true });
      writeFileSync(full, content);
    }
  }
}

function commit(name: string, files: Record<string, string | null>): void {
  write(files);
  git('add', '-A');
  git('commit', '-q', '-m', name);
  commits[name] = git('rev-parse', 'HEAD');
}

function releaseTree(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  // A fresh checkout of main each time, as the workflow's checkout gives it.
  git('checkout', '-q', '--force', 'main');
  git('clean', '-q', '-fdx');
  const result = spawnSync('bash', [script, ...args], { cwd: repo, encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const file = (path: string): string | undefined => (existsSync(join(repo, path)) ? readFileSync(join(repo, path), 'utf8') : undefined);

beforeAll(() => {
  const dir = mkdtempSync(join(tmpdir(), 'release-tree-'));
  repo = join(dir, 'repo');
  mkdirSync(repo);
  // Outside the repository, as the workflow runs it, since it checks out other commits.
  script = join(dir, 'release-tree.sh');
  copyFileSync(join(PROJECT, 'scripts', 'deploy', 'release-tree.sh'), script);
  git('init', '-q', '-b', 'main');
  commit('first knowledge, no release', { 'src/app.ts': 'v0\n', 'knowledge/entries/a.yaml': 'a0\n' });
  commit('release 1', { 'src/app.ts': 'v1\n', 'knowledge/entries/b.yaml': 'b1\n' });
  git('tag', '-a', 'v1.0.0', '-m', 'release 1');
  commit('unreleased code', { 'src/app.ts': 'v2 unreleased\n' });
  commit('knowledge change', { 'knowledge/entries/a.yaml': 'a2\n', 'knowledge/entries/b.yaml': null, 'knowledge/entries/c.yaml': 'c2\n' });
});

afterAll(() => rmSync(join(repo, '..'), { recursive: true, force: true }));

describe('release-tree.sh', () => {
  it("knowledge: the newest release's code with the merged knowledge (added, changed and removed entries)", () => {
    const result = releaseTree('knowledge', commits['knowledge change']!);
    expect(result.status).toBe(0);
    expect(result.stdout.split('\n')).toEqual(['code=v1.0.0', `knowledge=${commits['knowledge change']}`, '']);
    expect(file('src/app.ts')).toBe('v1\n');
    expect(file('knowledge/entries/a.yaml')).toBe('a2\n');
    expect(file('knowledge/entries/c.yaml')).toBe('c2\n');
    expect(file('knowledge/entries/b.yaml')).toBeUndefined();
  });

  it('tag: the release exactly as it was, knowledge included (how a roll-back deploys)', () => {
    const result = releaseTree('tag', 'v1.0.0');
    expect(result.status).toBe(0);
    expect(result.stdout).toBe(`code=v1.0.0\nknowledge=${commits['release 1']}\n`);
    expect(file('src/app.ts')).toBe('v1\n');
    expect(file('knowledge/entries/b.yaml')).toBe('b1\n');
    expect(file('knowledge/entries/c.yaml')).toBeUndefined();
  });

  it('refuses a tag that does not exist, naming it', () => {
    const result = releaseTree('tag', 'v9.9.9');
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("there is no tag 'v9.9.9'");
    expect(result.stdout).toBe('');
  });

  it('refuses a knowledge change made before any release: there is no released code to put it on', () => {
    const result = releaseTree('knowledge', commits['first knowledge, no release']!);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('no release tag');
    expect(result.stdout).toBe('');
  });

  it('refuses anything else with its usage', () => {
    expect(releaseTree('main').status).toBe(2);
    expect(releaseTree('branch', 'main').stderr).toContain('usage: release-tree.sh');
  });
});
