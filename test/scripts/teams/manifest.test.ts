import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config';
import { LANGUAGES } from '../../../src/core/language/languages';
import { LocalRecognizer } from '../../../src/core/understanding/localRecognizer';
import { loadBranding } from '../../../src/core/branding/loadBranding';
import { BRANDING_DIR } from '../../../scripts/teams/package';
import { LOCALIZATION_SCHEMA_URL, buildTeamsApp, localizationFile, type TeamsApp } from '../../../scripts/teams/manifest';
import { localizationProblems, manifestProblems } from '../../../scripts/teams/validate';
import { shippedKnowledge } from '../../support/shippedKnowledge';

const BOT_ID = '0d5a3f2e-1c4b-4e8a-9f70-3b2d6c1e8a94';
const APP_ID = '6f1e2d3c-4b5a-4978-8695-a4b3c2d1e0f9';
const LISTING = loadBranding(BRANDING_DIR).teams;
const COMMANDS = LISTING.commands;

function app(overrides: Partial<Parameters<typeof buildTeamsApp>[0]> = {}): TeamsApp {
  return buildTeamsApp({ appId: APP_ID, botId: BOT_ID, version: '1.2.3', contactEmail: 'team@example.org', listing: LISTING, ...overrides });
}

/** The parts of the manifest the tests read or break. */
interface ManifestShape {
  id: string;
  version: string;
  manifestVersion: string;
  botName?: string;
  developer: { name: string };
  name: { short: string; full: string };
  description: { short: string; full: string };
  icons: { color?: string; outline?: string };
  localizationInfo: unknown;
  bots: { botId?: string; scopes: string[]; commandLists: { scopes: string[]; commands: { title: string; description: string }[] }[] }[];
}

const shape = (manifest: unknown): ManifestShape => manifest as ManifestShape;

/** A deep copy to break on purpose. */
function copy(): ManifestShape {
  return shape(JSON.parse(JSON.stringify(app().manifest)));
}

describe('Teams manifest', () => {
  it('validates against the vendored Teams v1.19 schema, as do its localization files', () => {
    const { manifest, localizations } = app();
    expect(manifestProblems(manifest)).toEqual([]);
    expect([...localizations.keys()].sort()).toEqual(['es.json', 'fr.json']);
    for (const [file, strings] of localizations) expect(localizationProblems(file, strings)).toEqual([]);
  });

  it('carries the bot id, the app id and the version it is given, and a bot in personal, team and group chat', () => {
    const manifest = shape(app().manifest);
    expect(manifest.id).toBe(APP_ID);
    expect(manifest.version).toBe('1.2.3');
    expect(manifest.bots).toHaveLength(1);
    expect(manifest.bots[0]).toMatchObject({ botId: BOT_ID, supportsFiles: false, isNotificationOnly: false });
    expect([...manifest.bots[0]!.scopes].sort()).toEqual(['groupChat', 'personal', 'team']);
    expect([...manifest.bots[0]!.commandLists[0]!.scopes].sort()).toEqual(['groupChat', 'personal', 'team']);
    expect(manifest.developer.name).toBe('ICMPD');
    expect(manifest.name).toEqual({ short: 'MIEUX+', full: 'MIEUX+ Migration EU Expertise assistant' });
  });

  it('quotes the configured team address in every language', () => {
    const { manifest: raw, localizations } = app({ contactEmail: 'someone-else@example.org' });
    const manifest = shape(raw);
    expect(manifest.description.full).toContain('someone-else@example.org');
    for (const strings of localizations.values()) expect(strings['description.full']).toContain('someone-else@example.org');
    expect(JSON.stringify(manifest)).not.toContain('{email}');
  });

  it('translates the name, descriptions and every command into Spanish and French', () => {
    const { manifest: raw, localizations } = app();
    const manifest = shape(raw);
    expect(manifest.localizationInfo).toEqual({
      defaultLanguageTag: 'en',
      additionalLanguages: [
        { languageTag: 'es', file: 'es.json' },
        { languageTag: 'fr', file: 'fr.json' },
      ],
    });
    const commands = manifest.bots[0]!.commandLists[0]!.commands;
    for (const lang of ['es', 'fr'] as const) {
      const strings = localizations.get(localizationFile(lang))!;
      expect(strings.$schema).toBe(LOCALIZATION_SCHEMA_URL);
      commands.forEach((command, i) => {
        const title = strings[`bots[0].commandLists[0].commands[${i}].title`];
        expect(title).toBe(COMMANDS[i]!.text[lang].title);
        expect(title).not.toBe(command.title);
        expect(strings[`bots[0].commandLists[0].commands[${i}].description`]).toBe(COMMANDS[i]!.text[lang].description);
      });
    }
  });

  // Teams sends a command's title, in the user's language, as the message: it must be answered.
  it.each(LANGUAGES)('every %s sample question is answered with its knowledge entry', async (lang) => {
    const recognizer = new LocalRecognizer(shippedKnowledge());
    for (const command of COMMANDS) {
      const recognition = await recognizer.recognize({ text: command.text[lang].title, context: {} });
      expect({ q: command.text[lang].title, lang: recognition.lang, kind: recognition.kind, entry: 'entryId' in recognition ? recognition.entryId : undefined }).toEqual({
        q: command.text[lang].title,
        lang,
        kind: 'answer',
        entry: command.answers,
      });
    }
  });

  it('takes the manifest version from package.json through the configuration path the script uses', () => {
    const { version } = JSON.parse(readFileSync(join(__dirname, '..', '..', '..', 'package.json'), 'utf8')) as { version: string };
    const config = loadConfig({ MicrosoftAppId: BOT_ID, MicrosoftAppPassword: 'pw' }, null);
    const { manifest } = buildTeamsApp({ appId: config.teamsAppId, botId: config.bot.appId, version, contactEmail: config.contactEmail, listing: LISTING });
    expect(manifest.version).toBe(version);
    expect(manifest.id).toBe(BOT_ID);
    expect(manifestProblems(manifest)).toEqual([]);
  });
});

describe('Teams manifest validation rejects, naming the field', () => {
  it('a command title longer than 32 characters', () => {
    const manifest = copy();
    manifest.bots[0]!.commandLists[0]!.commands[2]!.title = 'x'.repeat(33);
    expect(manifestProblems(manifest)).toEqual(['manifest.json /bots/0/commandLists/0/commands/2/title: must NOT have more than 32 characters']);
  });

  it('a command description longer than 128 characters', () => {
    const manifest = copy();
    manifest.bots[0]!.commandLists[0]!.commands[0]!.description = 'x'.repeat(129);
    expect(manifestProblems(manifest)).toEqual(['manifest.json /bots/0/commandLists/0/commands/0/description: must NOT have more than 128 characters']);
  });

  it('a bot without a bot id', () => {
    const manifest = copy();
    delete manifest.bots[0]!.botId;
    expect(manifestProblems(manifest)).toEqual(["manifest.json /bots/0/botId: must have required property 'botId'"]);
  });

  it('a bot id or app id that is not a GUID', () => {
    const manifest = copy();
    manifest.bots[0]!.botId = 'not-a-guid';
    manifest.id = '1234';
    const problems = manifestProblems(manifest);
    expect(problems).toContainEqual(expect.stringMatching(/^manifest\.json \/bots\/0\/botId: must match pattern/));
    expect(problems).toContainEqual(expect.stringMatching(/^manifest\.json \/id: must match pattern/));
  });

  it('more than 10 commands in a list', () => {
    const manifest = copy();
    const commands = manifest.bots[0]!.commandLists[0]!.commands;
    while (commands.length < 11) commands.push({ title: 'More', description: 'More' });
    expect(manifestProblems(manifest)).toEqual(['manifest.json /bots/0/commandLists/0/commands: must NOT have more than 10 items']);
  });

  it('a scope spelt the old way', () => {
    const manifest = copy();
    manifest.bots[0]!.scopes = ['personal', 'groupchat'];
    expect(manifestProblems(manifest)).toEqual(['manifest.json /bots/0/scopes/1: must be equal to one of the allowed values (team, personal, groupChat)']);
  });

  it('a field the schema does not know, a missing icon and another manifest version', () => {
    const manifest = copy();
    manifest.botName = 'MIEUX+';
    delete manifest.icons.outline;
    manifest.manifestVersion = '1.17';
    expect(manifestProblems(manifest).sort()).toEqual([
      "manifest.json /botName: must NOT have additional properties",
      "manifest.json /icons/outline: must have required property 'outline'",
      'manifest.json /manifestVersion: must be equal to constant',
    ]);
  });

  it('a short description over 80 characters', () => {
    const manifest = copy();
    manifest.description.short = 'x'.repeat(81);
    expect(manifestProblems(manifest)).toEqual(['manifest.json /description/short: must NOT have more than 80 characters']);
  });

  it('a localization file with a too-long command title, a missing name or the wrong schema version', () => {
    const strings = { ...app().localizations.get('fr.json')! } as Record<string, unknown>;
    strings['bots[0].commandLists[0].commands[1].title'] = 'y'.repeat(33);
    delete strings['name.full'];
    strings.$schema = 'https://developer.microsoft.com/en-us/json-schemas/teams/v1.17/MicrosoftTeams.Localization.schema.json';
    expect(localizationProblems('fr.json', strings).sort()).toEqual([
      'fr.json /$schema: must be ' + LOCALIZATION_SCHEMA_URL,
      "fr.json /bots[0].commandLists[0].commands[1].title: must NOT have more than 32 characters",
      "fr.json /name.full: must have required property 'name.full'",
    ]);
  });
});

describe('Teams manifest from the branding', () => {
  it("takes the developer's pages, accent colour, names and commands from branding.yaml's teams section", () => {
    const listing = {
      ...LISTING,
      developerName: 'ICMPD Comms',
      websiteUrl: 'https://www.icmpd.org/our-work',
      privacyUrl: 'https://www.icmpd.org/privacy-notice',
      termsOfUseUrl: 'https://www.icmpd.org/terms',
      accentColour: '#1A5E20',
      name: { ...LISTING.name, en: { short: 'MIEUX+ bot', full: 'The MIEUX+ bot' }, fr: { short: 'Robot MIEUX+', full: 'Le robot MIEUX+' } },
      commands: [COMMANDS[1]!, COMMANDS[0]!],
    };
    const { manifest: raw, localizations } = buildTeamsApp({ appId: APP_ID, botId: BOT_ID, version: '1.0.0', contactEmail: 'team@example.org', listing });
    const manifest = raw as unknown as ManifestShape & { developer: Record<string, string>; accentColor: string; validDomains: string[] };
    expect(manifest.developer).toEqual({
      name: 'ICMPD Comms',
      websiteUrl: 'https://www.icmpd.org/our-work',
      privacyUrl: 'https://www.icmpd.org/privacy-notice',
      termsOfUseUrl: 'https://www.icmpd.org/terms',
    });
    expect(manifest.accentColor).toBe('#1A5E20');
    expect(manifest.validDomains).toEqual(['www.icmpd.org']);
    expect(manifest.name).toEqual({ short: 'MIEUX+ bot', full: 'The MIEUX+ bot' });
    expect(localizations.get('fr.json')!['name.short']).toBe('Robot MIEUX+');
    expect(manifest.bots[0]?.commandLists[0]?.commands.map((c) => c.title)).toEqual([COMMANDS[1]!.text.en.title, COMMANDS[0]!.text.en.title]);
    expect(manifestProblems(manifest)).toEqual([]);
  });
});
