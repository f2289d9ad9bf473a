/**
 * .github/workflows: each file against GitHub's workflow schema (@action-validator/core, which
 * carries SchemaStore's github-workflow schema), then what each one promises: CI runs .ci/run,
 * curators' pull requests get kb:check, the evaluation and the summary, deployment logs in with
 * OpenID Connect and stores no password. The workflows never ran on GitHub from here.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { validateWorkflow } from '@action-validator/core';
import { parse } from 'yaml';
import { describe, expect, it, vi } from 'vitest';
import { PACKAGE_ZIP } from '../../scripts/deploy/package';
import { PROJECT, read } from '../support/deployFiles';

interface Step {
  readonly name?: string;
  readonly uses?: string;
  readonly run?: string;
  readonly with?: Record<string, unknown>;
  readonly if?: string;
}
interface Job {
  readonly 'runs-on': string;
  readonly container?: string;
  readonly needs?: string;
  readonly permissions?: Record<string, string>;
  readonly environment?: { name: string };
  readonly steps: readonly Step[];
}
interface Workflow {
  readonly on: Record<string, unknown>;
  readonly permissions?: Record<string, string>;
  readonly jobs: Record<string, Job>;
}

const DIR = join(PROJECT, '.github', 'workflows');
const files = readdirSync(DIR).filter((f) => f.endsWith('.yml') || f.endsWith('.yaml'));
const workflow = (file: string): Workflow => parse(read(join('.github', 'workflows', file))) as Workflow;
const steps = (w: Workflow): Step[] => Object.values(w.jobs).flatMap((j) => [...j.steps]);
const runs = (w: Workflow): string =>
  steps(w)
    .map((s) => s.run ?? '')
    .join('\n');
const scripts = (JSON.parse(read('package.json')) as { scripts: Record<string, string> }).scripts;

describe('the workflow files', () => {
  it('are the three the team needs', () => {
    expect(files.sort()).toEqual(['ci.yml', 'deploy.yml', 'knowledge.yml']);
  });

  it.each(files)('%s matches the official workflow schema', (file) => {
    // The validator warns that it cannot check path globs; the tests below check those paths.
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    try {
      const state = validateWorkflow(read(join('.github', 'workflows', file)));
      expect(state.errors).toEqual([]);
      for (const [message] of warn.mock.calls) expect(String(message)).toMatch(/^WARNING: Glob validation is not yet supported/);
    } finally {
      warn.mockRestore();
    }
  });

  it('the validator does reject a broken workflow (so the check above can fail)', () => {
    const broken = read(join('.github', 'workflows', 'ci.yml')).replace('runs-on:', 'runs_on:');
    expect(validateWorkflow(broken).errors.length).toBeGreaterThan(0);
  });

  it.each(files)('%s: runs only npm scripts and files that exist, with least privilege by default', (file) => {
    const w = workflow(file);
    expect(w.permissions).toEqual({ contents: 'read' });
    for (const match of runs(w).matchAll(/npm run (?:--silent )?([\w:.-]+)/g))
      expect(Object.keys(scripts), `npm run ${match[1]}`).toContain(match[1]);
    for (const match of runs(w).matchAll(/\b((?:test|scripts)\/[\w./-]+\.(?:ts|sh))\b/g))
      expect(existsSync(join(PROJECT, match[1]!)), match[1]).toBe(true);
    for (const job of Object.values(w.jobs)) if (job.container) expect(job.container).toMatch(/^node:20-bookworm$/);
  });

  it('store no password: no secrets, no publishing profile, no credentials JSON', () => {
    for (const file of files) {
      const text = read(join('.github', 'workflows', file));
      expect(text, file).not.toMatch(/secrets\.|publish-profile|creds:/);
    }
  });
});

describe('ci.yml', () => {
  const w = workflow('ci.yml');

  it("runs .ci/run, the same steps as the team's CI, on every pull request and on main", () => {
    expect(Object.keys(w.on).sort()).toEqual(['pull_request', 'push']);
    expect(runs(w)).toContain('bash .ci/run');
  });

  it('.ci/run builds the package and checks it before the tests', () => {
    const ci = read('.ci/run');
    const at = (text: string) => ci.indexOf(text);
    expect(at('npm ci')).toBeGreaterThan(-1);
    expect(at('npm run package\n')).toBeGreaterThan(at('npm ci'));
    expect(at('npm run package:check')).toBeGreaterThan(at('npm run package\n'));
    expect(at('npm test')).toBeGreaterThan(at('npm run package:check'));
  });

  it('.ci/run runs the linter, the formatting check and the dead-code check, each an npm script, before the tests', () => {
    const ci = read('.ci/run');
    const scripts = (JSON.parse(read('package.json')) as { scripts: Record<string, string> }).scripts;
    for (const [name, command] of [
      ['lint', 'eslint .'],
      ['format:check', 'prettier --check .'],
      ['knip', 'knip'],
    ] as const) {
      expect(scripts[name]).toBe(command);
      expect(ci.indexOf(`npm run ${name}\n`), name).toBeGreaterThan(ci.indexOf('npm ci'));
      expect(ci.indexOf(`npm run ${name}\n`), name).toBeLessThan(ci.indexOf('npm test'));
    }
  });
});

describe('knowledge.yml', () => {
  const w = workflow('knowledge.yml');

  it('runs on pull requests that change knowledge/', () => {
    expect(w.on).toEqual({ pull_request: { paths: ['knowledge/**'] } });
    expect(existsSync(join(PROJECT, 'knowledge', 'entries'))).toBe(true);
  });

  it("writes the curators' summary from the base and the changed knowledge, runs kb:check and the evaluation", () => {
    const text = runs(w);
    expect(text).toContain('git archive "$BASE_SHA" knowledge');
    expect(text).toMatch(
      /npm run --silent kb:compare -- --before "\$RUNNER_TEMP\/before\/knowledge" --after knowledge --out "\$GITHUB_STEP_SUMMARY"/,
    );
    expect(text).toContain('npm run kb:check');
    expect(text).toContain('test/core/understanding/evaluation.test.ts');
    // The checks after the summary still run when it reports a failure, so their output is there too.
    for (const step of steps(w).filter((s) => /kb:check|eval/.test(s.run ?? '') && !(s.run ?? '').includes('kb:compare')))
      expect(step.if).toBe('always()');
  });
});

describe('deploy.yml', () => {
  const w = workflow('deploy.yml');
  const deploy = w.jobs.deploy!;
  const build = w.jobs.build!;

  it('deploys on a release tag, on a merged knowledge change, and on demand for a given tag (roll back)', () => {
    expect(w.on.push).toEqual({ tags: ['v*'], branches: ['main'], paths: ['knowledge/**'] });
    expect(w.on.workflow_dispatch).toMatchObject({ inputs: { release: { required: true, type: 'string' } } });
    const pick = build.steps.find((s) => s.name?.startsWith('Pick'))!.run!;
    expect(pick).toContain('release-tree.sh" tag "$RELEASE"');
    expect(pick).toContain('release-tree.sh" tag "$REF_NAME"');
    expect(pick).toContain('release-tree.sh" knowledge "$GITHUB_SHA"');
  });

  it('builds the package, starts it and checks its answers before anything is deployed', () => {
    const order = build.steps.map((s) => s.run ?? s.uses ?? '');
    const at = (text: string) => order.findIndex((s) => s.includes(text));
    expect(at('npm run kb:check')).toBeGreaterThan(at('npm ci'));
    expect(order.indexOf('npm run package')).toBeGreaterThan(at('npm run kb:check'));
    expect(order.indexOf('npm run package:check')).toBeGreaterThan(order.indexOf('npm run package'));
    expect(at('actions/upload-artifact')).toBeGreaterThan(at('npm run package:check'));
    const upload = build.steps.find((s) => s.uses?.startsWith('actions/upload-artifact'))!;
    expect(join(PROJECT, String(upload.with?.path))).toBe(PACKAGE_ZIP);
    expect(deploy.needs).toBe('build');
  });

  it('logs in to Azure with OpenID Connect, in the production environment, and zip-deploys the checked package', () => {
    expect(deploy.permissions).toEqual({ contents: 'read', 'id-token': 'write' });
    expect(deploy.environment?.name).toBe('production');
    const login = deploy.steps.find((s) => s.uses?.startsWith('azure/login@'))!;
    expect(Object.keys(login.with ?? {}).sort()).toEqual(['client-id', 'subscription-id', 'tenant-id']);
    const zipDeploy = deploy.steps.find((s) => s.uses?.startsWith('azure/webapps-deploy@'))!;
    expect(zipDeploy.with).toMatchObject({ package: 'mieux-bot.zip', type: 'zip' });
    expect(deploy.steps.at(-1)?.run).toContain('/readyz');
  });
});
