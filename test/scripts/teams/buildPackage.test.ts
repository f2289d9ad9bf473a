import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { PNG } from 'pngjs';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config';
import { loadBranding } from '../../../src/core/branding/loadBranding';
import type { Branding } from '../../../src/core/branding/types';
import { TeamsConfigError, buildTeamsPackage, teamsIds, teamsPackageFiles, unzipFiles } from '../../../scripts/teams/buildPackage';
import { BRANDING_DIR, parseArgs } from '../../../scripts/teams/package';
import { TeamsPackageError, packageProblems } from '../../../scripts/teams/validate';

const run = promisify(execFile);
const PROJECT = join(__dirname, '..', '..', '..');
const BOT_ID = '0d5a3f2e-1c4b-4e8a-9f70-3b2d6c1e8a94';
const TEAMS_APP_ID = '6f1e2d3c-4b5a-4978-8695-a4b3c2d1e0f9';
const EXPECTED_FILES = ['color.png', 'es.json', 'fr.json', 'manifest.json', 'outline.png'];

/** The shipped branding: its privacy and terms pages are still placeholders. */
const BRANDING = loadBranding(BRANDING_DIR, 'branding/branding.yaml');
const TEST_BUILD = { testBuild: true } as const;
/** The branding once ICMPD has published the pages. */
const PUBLISHED: Branding = {
  ...BRANDING,
  teams: { ...BRANDING.teams, privacyUrl: 'https://www.icmpd.org/privacy-notice', termsOfUseUrl: 'https://www.icmpd.org/terms-of-use' },
};

const configWith = (env: Record<string, string> = {}) => loadConfig({ MicrosoftAppId: BOT_ID, MicrosoftAppPassword: 'test-secret', ...env }, null);
const manifestOf = (files: ReadonlyMap<string, Buffer>) => JSON.parse(files.get('manifest.json')!.toString('utf8')) as { id: string; bots: { botId: string }[] };

const tmp = mkdtempSync(join(tmpdir(), 'teams-package-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('Teams package ids', () => {
  it('refuses to build without a bot id, naming MicrosoftAppId', () => {
    expect(() => teamsIds(loadConfig({}, null))).toThrow(/^teams:package: MicrosoftAppId is empty/);
  });

  it('refuses a bot id that is not a GUID', () => {
    expect(() => teamsIds(configWith({ MicrosoftAppId: 'my-bot' }))).toThrow("teams:package: MicrosoftAppId must be a GUID (the Azure Bot's Microsoft App ID), got 'my-bot'");
  });

  it('uses the bot id as the app id unless TEAMS_APP_ID is set', () => {
    expect(teamsIds(configWith())).toEqual({ botId: BOT_ID, appId: BOT_ID });
    expect(teamsIds(configWith({ TEAMS_APP_ID }))).toEqual({ botId: BOT_ID, appId: TEAMS_APP_ID });
  });
});

describe('Teams package zip', () => {
  it('holds the manifest, both icons and both localization files at the root, and passes its own checks', async () => {
    const { zip } = await buildTeamsPackage(configWith({ TEAMS_APP_ID }), '2.0.0', PUBLISHED);
    const files = await unzipFiles(zip);
    expect([...files.keys()].sort()).toEqual(EXPECTED_FILES);
    expect(packageProblems(files)).toEqual([]);
    const manifest = manifestOf(files);
    expect(manifest.id).toBe(TEAMS_APP_ID);
    expect(manifest.bots[0]!.botId).toBe(BOT_ID);
  });

  it('is the same, byte for byte, when built twice from the same configuration', async () => {
    const first = await buildTeamsPackage(configWith(), '2.0.0', BRANDING, TEST_BUILD);
    const second = await buildTeamsPackage(configWith(), '2.0.0', BRANDING, TEST_BUILD);
    expect(first.zip.equals(second.zip)).toBe(true);
  });

  it('names a missing localization file, a file in a folder and icons swapped round', () => {
    const files = teamsPackageFiles(configWith(), '2.0.0', BRANDING);
    const colour = files.get('color.png')!;
    files.delete('fr.json');
    files.set('color.png', files.get('outline.png')!);
    files.set('outline.png', colour);
    files.set('extra/readme.txt', Buffer.from('x'));
    expect(packageProblems(files)).toEqual([
      'package: files must be at the root of the zip, found extra/readme.txt',
      'color.png: must be 192×192 pixels, is 32×32',
      'outline.png: must be 32×32 pixels, is 192×192',
      'fr.json: named in manifest.json localizationInfo but not in the package',
    ]);
  });

  it('names a translation of a command the manifest does not have, and an outline icon with colour', () => {
    const files = teamsPackageFiles(configWith(), '2.0.0', BRANDING);
    const es = JSON.parse(files.get('es.json')!.toString('utf8')) as Record<string, string>;
    es['bots[0].commandLists[0].commands[9].title'] = '¿Una más?';
    files.set('es.json', Buffer.from(JSON.stringify(es)));
    const outline = PNG.sync.read(BRANDING.teams.icons.outline.bytes);
    outline.data.set([255, 0, 0, 255], 0);
    files.set('outline.png', PNG.sync.write(outline));
    expect(packageProblems(files)).toEqual([
      'outline.png: pixel (0, 0) is rgba(255, 0, 0, 255); only white and transparent are allowed',
      'es.json /bots[0].commandLists[0].commands[9].title: translates a string manifest.json does not have',
    ]);
  });

  it('refuses to build a package that breaks the schema, listing each problem', async () => {
    // An absurdly long (but well-formed) team address pushes every full description over 4000 characters.
    const config = configWith({ HANDOFF_EMAIL_TO: `${'a'.repeat(3500)}@example.org` });
    const failure = await buildTeamsPackage(config, '2.0.0', BRANDING, TEST_BUILD).then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(failure).toBeInstanceOf(TeamsPackageError);
    expect((failure as TeamsPackageError).problems).toEqual([
      'manifest.json /description/full: must NOT have more than 4000 characters',
      'es.json /description.full: must NOT have more than 4000 characters',
      'fr.json /description.full: must NOT have more than 4000 characters',
    ]);
    expect((failure as Error).message).toMatch(/^teams package: 3 problem\(s\)\n {2}manifest\.json \/description\/full/);
  });
});

describe('Teams package and placeholder pages', () => {
  it('refuses placeholder privacy and terms pages, naming each field and the way out', async () => {
    const failure = await buildTeamsPackage(configWith(), '2.0.0', BRANDING).then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(failure).toBeInstanceOf(TeamsConfigError);
    expect((failure as Error).message).toBe(
      'teams:package: teams.privacyUrl in branding/branding.yaml is a placeholder (https://www.example.org/mieux-plus/privacy); ' +
        'teams.termsOfUseUrl in branding/branding.yaml is a placeholder (https://www.example.org/mieux-plus/terms-of-use). ' +
        'Put the published pages there before building a package to upload, or pass --test-build for a package only to try out.',
    );
  });

  it('refuses a single placeholder too, and builds with the real pages in the manifest', async () => {
    const half: Branding = { ...PUBLISHED, teams: { ...PUBLISHED.teams, termsOfUseUrl: 'https://terms.test/' } };
    await expect(buildTeamsPackage(configWith(), '2.0.0', half)).rejects.toThrow(/^teams:package: teams\.termsOfUseUrl in branding\/branding\.yaml is a placeholder \(https:\/\/terms\.test\/\)\. Put/);
    const { files } = await buildTeamsPackage(configWith(), '2.0.0', PUBLISHED);
    const manifest = JSON.parse(files.get('manifest.json')!.toString('utf8')) as { developer: { privacyUrl: string; termsOfUseUrl: string } };
    expect(manifest.developer).toMatchObject({ privacyUrl: 'https://www.icmpd.org/privacy-notice', termsOfUseUrl: 'https://www.icmpd.org/terms-of-use' });
  });

  it('puts the branding icon files in the package, byte for byte', () => {
    const files = teamsPackageFiles(configWith(), '2.0.0', BRANDING);
    expect(files.get('color.png')!.equals(BRANDING.teams.icons.colour.bytes)).toBe(true);
    expect(files.get('outline.png')!.equals(BRANDING.teams.icons.outline.bytes)).toBe(true);
  });

  it.each([
    [[], { testBuild: false }],
    [['--test-build'], { testBuild: true }],
    [['--out', 'x.zip', '--test-build'], { testBuild: true, out: expect.stringMatching(/x\.zip$/) }],
  ])('reads the arguments %j', (args, expected) => {
    expect(parseArgs(args)).toMatchObject(expected);
  });

  it('refuses an argument it does not know, rather than building without it', () => {
    expect(() => parseArgs(['--testbuild'])).toThrow("teams:package: unknown argument '--testbuild' (expected --out, --test-build)");
  });
});

describe('npm run teams:package', () => {
  // Every Bot Framework variable is given, even empty: empty values override a developer's .env.
  const childEnv = (vars: Record<string, string>) => ({
    ...process.env,
    MicrosoftAppId: '',
    MicrosoftAppPassword: '',
    MicrosoftAppType: 'MultiTenant',
    MicrosoftAppTenantId: '',
    TEAMS_APP_ID: '',
    ...vars,
  });

  it('writes a valid package for the configured bot id when told it is a test build, and says so', async () => {
    const out = join(tmp, 'ok', 'app.zip');
    const { stdout } = await run('npm', ['run', '--silent', 'teams:package', '--', '--out', out, '--test-build'], {
      cwd: PROJECT,
      env: childEnv({ MicrosoftAppId: BOT_ID, MicrosoftAppPassword: 'test-secret' }),
    });
    expect(stdout).toContain('Teams app package written');
    expect(stdout).not.toContain('test-secret');
    expect(stdout).toContain('TEST BUILD, not for publishing: teams.privacyUrl, teams.termsOfUseUrl still placeholders in branding/branding.yaml');
    const files = await unzipFiles(readFileSync(out));
    expect([...files.keys()].sort()).toEqual(EXPECTED_FILES);
    expect(packageProblems(files)).toEqual([]);
    expect(manifestOf(files).bots[0]!.botId).toBe(BOT_ID);
    expect(manifestOf(files).id).toBe(BOT_ID);
  }, 60_000);

  it('exits non-zero naming the placeholder pages without --test-build, and writes nothing', async () => {
    const out = join(tmp, 'placeholder', 'app.zip');
    const failure = await run('npm', ['run', '--silent', 'teams:package', '--', '--out', out], {
      cwd: PROJECT,
      env: childEnv({ MicrosoftAppId: BOT_ID, MicrosoftAppPassword: 'test-secret' }),
    }).then(
      () => undefined,
      (error: unknown) => error as { code?: number; stderr?: string },
    );
    expect(failure?.code).toBe(1);
    expect(failure?.stderr).toContain('teams.privacyUrl in branding/branding.yaml is a placeholder');
    expect(failure?.stderr).toContain('--test-build');
    expect(existsSync(out)).toBe(false);
  }, 60_000);

  it('exits non-zero naming MicrosoftAppId when it is not set, and writes nothing', async () => {
    const out = join(tmp, 'none', 'app.zip');
    const failure = await run('npm', ['run', '--silent', 'teams:package', '--', '--out', out], { cwd: PROJECT, env: childEnv({}) }).then(
      () => undefined,
      (error: unknown) => error as { code?: number; stderr?: string },
    );
    expect(failure?.code).not.toBe(0);
    expect(failure?.code).toBeDefined();
    expect(failure?.stderr).toContain('MicrosoftAppId is empty');
    expect(existsSync(out)).toBe(false);
  }, 60_000);
});
