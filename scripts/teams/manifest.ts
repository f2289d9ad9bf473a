import type { TeamsListing } from '../../src/core/branding/types';
import { LANGUAGES, type Lang } from '../../src/core/language/languages';

/** The manifest version of the schema vendored in teams/schema/. */
export const MANIFEST_VERSION = '1.19';
export const MANIFEST_SCHEMA_URL = `https://developer.microsoft.com/en-us/json-schemas/teams/v${MANIFEST_VERSION}/MicrosoftTeams.schema.json`;
export const LOCALIZATION_SCHEMA_URL = `https://developer.microsoft.com/en-us/json-schemas/teams/v${MANIFEST_VERSION}/MicrosoftTeams.Localization.schema.json`;

export const MANIFEST_FILE = 'manifest.json';
export const COLOR_ICON_FILE = 'color.png';
export const OUTLINE_ICON_FILE = 'outline.png';

/**
 * The manifest itself is in English; Spanish and French come from localization files. Tags are
 * language-only ("es", not "es-es"): Teams layers default → language → language-region strings,
 * so "es" also reaches es-MX or es-AR users, and "fr" reaches fr-CA, fr-BE or fr-SN users.
 */
export const MANIFEST_LANG: Lang = 'en';
export const localizationFile = (lang: Lang): string => `${lang}.json`;

export const BOT_SCOPES = ['personal', 'team', 'groupChat'] as const;

export interface TeamsAppInput {
  /** The Teams app's own id (a GUID). */
  readonly appId: string;
  /** The Azure Bot's Microsoft App ID (a GUID): where Teams sends the messages. */
  readonly botId: string;
  /** The app version shown in Teams: the project's package.json version. */
  readonly version: string;
  /** The team's address, quoted in the full description. */
  readonly contactEmail: string;
  /** Names, descriptions, commands and the developer's pages: branding/branding.yaml's `teams`. */
  readonly listing: TeamsListing;
}

type Json = Record<string, unknown>;

export interface TeamsApp {
  readonly manifest: Json;
  /** Localization file name → contents. */
  readonly localizations: ReadonlyMap<string, Json>;
}

function withEmail(text: string, email: string): string {
  return text.replaceAll('{email}', email);
}

/** The manifest and its localization files, as plain JSON; validation is separate (validate.ts). */
export function buildTeamsApp(input: TeamsAppInput): TeamsApp {
  const lang = MANIFEST_LANG;
  const { listing } = input;
  const manifest: Json = {
    $schema: MANIFEST_SCHEMA_URL,
    manifestVersion: MANIFEST_VERSION,
    version: input.version,
    id: input.appId,
    developer: {
      name: listing.developerName,
      websiteUrl: listing.websiteUrl,
      privacyUrl: listing.privacyUrl,
      termsOfUseUrl: listing.termsOfUseUrl,
    },
    name: { ...listing.name[lang] },
    description: { short: listing.description[lang].short, full: withEmail(listing.description[lang].full, input.contactEmail) },
    icons: { color: COLOR_ICON_FILE, outline: OUTLINE_ICON_FILE },
    accentColor: listing.accentColour,
    bots: [
      {
        botId: input.botId,
        scopes: [...BOT_SCOPES],
        supportsFiles: false,
        isNotificationOnly: false,
        commandLists: [{ scopes: [...BOT_SCOPES], commands: listing.commands.map((c) => ({ ...c.text[lang] })) }],
      },
    ],
    // The only site the app points people to.
    validDomains: [new URL(listing.websiteUrl).hostname],
    localizationInfo: {
      defaultLanguageTag: lang,
      additionalLanguages: LANGUAGES.filter((l) => l !== lang).map((l) => ({ languageTag: l, file: localizationFile(l) })),
    },
  };

  const localizations = new Map<string, Json>();
  for (const l of LANGUAGES) {
    if (l === lang) continue;
    const strings: Json = {
      $schema: LOCALIZATION_SCHEMA_URL,
      'name.short': listing.name[l].short,
      'name.full': listing.name[l].full,
      'description.short': listing.description[l].short,
      'description.full': withEmail(listing.description[l].full, input.contactEmail),
    };
    listing.commands.forEach((c, i) => {
      strings[`bots[0].commandLists[0].commands[${i}].title`] = c.text[l].title;
      strings[`bots[0].commandLists[0].commands[${i}].description`] = c.text[l].description;
    });
    localizations.set(localizationFile(l), strings);
  }
  return { manifest, localizations };
}
