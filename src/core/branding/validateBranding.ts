import { createHash } from 'node:crypto';
import { LANGUAGES, type Lang, type Localized } from '../language/languages';
import { normaliseHexColour } from './contrast';
import { contrastProblems } from './contrastPairs';
import { pngSize } from './pngSize';
import { COLOUR_ROLES, type BrandImage, type Branding, type Colours, type TeamsCommand } from './types';

/** Reads a file of the branding folder by name; throws (ENOENT…) when it cannot. */
export type ReadBrandingFile = (name: string) => Buffer;

/** Every problem found, each naming its field, so the comms team sees them all at once. */
export class BrandingProblems {
  private readonly list: string[] = [];

  add(field: string, message: string): void {
    this.list.push(`${field}: ${message}`);
  }

  get count(): number {
    return this.list.length;
  }

  toArray(): readonly string[] {
    return this.list;
  }
}

const LANGUAGE_NAMES: Localized<string> = { es: 'Spanish', en: 'English', fr: 'French' };
const ENTRY_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const IMAGE_FILE = /^[A-Za-z0-9][A-Za-z0-9._-]*\.png$/;
/** Images are sent to every visitor who opens the chat: keep them light. */
export const MAX_IMAGE_BYTES = 256 * 1024;
/** Teams allows at most 10 commands per list. */
const MAX_COMMANDS = 10;

type Raw = Record<string, unknown>;

function isRecord(value: unknown): value is Raw {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A misspelt field ('colors', 'heading_es') would otherwise be ignored without a word. */
function unknownFields(raw: Raw, known: readonly string[], where: string, problems: BrandingProblems): void {
  for (const key of Object.keys(raw)) if (!known.includes(key)) problems.add(where ? `${where}.${key}` : key, `is not a branding field (expected one of ${known.join(', ')})`);
}

function section(raw: Raw, key: string, where: string, known: readonly string[], problems: BrandingProblems): Raw {
  const field = where ? `${where}.${key}` : key;
  const value = raw[key];
  if (!isRecord(value)) {
    problems.add(field, `is missing (a mapping with ${known.join(', ')})`);
    return {};
  }
  unknownFields(value, known, field, problems);
  return value;
}

function text(value: unknown, field: string, maxLength: number, problems: BrandingProblems): string {
  if (typeof value !== 'string' || value.trim() === '') {
    problems.add(field, 'is missing or empty');
    return '';
  }
  const trimmed = value.trim();
  if (trimmed.length > maxLength) problems.add(field, `is ${trimmed.length} characters long; at most ${maxLength} fit`);
  return trimmed;
}

function localized(raw: Raw, key: string, where: string, maxLength: number, problems: BrandingProblems): Localized<string> {
  const field = where ? `${where}.${key}` : key;
  const value = raw[key];
  if (!isRecord(value)) {
    problems.add(field, 'is missing (a text in es, en and fr)');
    return { es: '', en: '', fr: '' };
  }
  unknownFields(value, LANGUAGES, field, problems);
  const out = {} as Record<Lang, string>;
  for (const lang of LANGUAGES) {
    if (value[lang] === undefined) problems.add(`${field}.${lang}`, `has no ${LANGUAGE_NAMES[lang]} text`);
    else out[lang] = text(value[lang], `${field}.${lang}`, maxLength, problems);
    out[lang] ??= '';
  }
  return out;
}

/** Localized pairs of texts such as {short, full} or {title, description}. */
function localizedPair<K extends string>(
  raw: unknown,
  field: string,
  limits: Readonly<Record<K, number>>,
  problems: BrandingProblems,
): Localized<Readonly<Record<K, string>>> {
  const keys = Object.keys(limits) as K[];
  const record = isRecord(raw) ? raw : {};
  if (!isRecord(raw)) problems.add(field, 'is missing (es, en and fr, each with ' + keys.join(' and ') + ')');
  else unknownFields(record, LANGUAGES, field, problems);
  const out = {} as Record<Lang, Record<K, string>>;
  for (const lang of LANGUAGES) {
    const texts = record[lang];
    const inLang = {} as Record<K, string>;
    if (isRecord(raw) && !isRecord(texts)) problems.add(`${field}.${lang}`, `has no ${LANGUAGE_NAMES[lang]} texts (${keys.join(' and ')})`);
    else if (isRecord(texts)) unknownFields(texts, keys, `${field}.${lang}`, problems);
    for (const key of keys) inLang[key] = isRecord(texts) ? text(texts[key], `${field}.${lang}.${key}`, limits[key], problems) : '';
    out[lang] = inLang;
  }
  return out;
}

function httpsUrl(value: unknown, field: string, problems: BrandingProblems): string {
  if (typeof value !== 'string' || value.trim() === '') {
    problems.add(field, 'is missing (an https:// address)');
    return '';
  }
  const trimmed = value.trim();
  let url: URL | undefined;
  try {
    url = new URL(trimmed);
  } catch {
    url = undefined;
  }
  if (!url || url.protocol !== 'https:') problems.add(field, `'${trimmed}' is not an https:// address`);
  else if (trimmed.length > 2048) problems.add(field, 'is longer than 2048 characters');
  return trimmed;
}

function colour(value: unknown, field: string, problems: BrandingProblems): string {
  const normalised = typeof value === 'string' ? normaliseHexColour(value.trim()) : undefined;
  if (!normalised) {
    problems.add(field, `${JSON.stringify(value ?? null)} is not a colour; write it as '#RRGGBB' in quotes, e.g. '#003399'`);
    return '';
  }
  return normalised;
}

interface ImageRule {
  readonly min: number;
  readonly max: number;
  readonly square: true;
}

function image(value: unknown, field: string, rule: ImageRule, read: ReadBrandingFile, problems: BrandingProblems): BrandImage | undefined {
  if (typeof value !== 'string' || !IMAGE_FILE.test(value.trim())) {
    problems.add(field, `${JSON.stringify(value ?? null)} is not the name of a .png file in the branding folder`);
    return undefined;
  }
  const file = value.trim();
  let bytes: Buffer;
  try {
    bytes = read(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    problems.add(field, code === 'ENOENT' ? `${file} is not in the branding folder` : `${file} cannot be read (${code ?? String(error)})`);
    return undefined;
  }
  const size = pngSize(bytes);
  if (!size) {
    problems.add(field, `${file} is not a PNG image`);
    return undefined;
  }
  const before = problems.count;
  if (bytes.length > MAX_IMAGE_BYTES) problems.add(field, `${file} is ${Math.ceil(bytes.length / 1024)} KB; at most ${MAX_IMAGE_BYTES / 1024} KB`);
  if (rule.square && size.width !== size.height) problems.add(field, `${file} is ${size.width}×${size.height} pixels; it must be square`);
  else if (size.width < rule.min || size.width > rule.max)
    problems.add(field, rule.min === rule.max ? `${file} is ${size.width}×${size.height} pixels; it must be ${rule.min}×${rule.max}` : `${file} is ${size.width}×${size.height} pixels; it must be ${rule.min} to ${rule.max} pixels wide`);
  if (problems.count > before) return undefined;
  return { file, contentType: 'image/png', bytes, ...size, hash: createHash('sha256').update(bytes).digest('hex').slice(0, 16) };
}

function commands(value: unknown, field: string, problems: BrandingProblems): TeamsCommand[] {
  if (!Array.isArray(value) || value.length === 0 || value.length > MAX_COMMANDS) {
    problems.add(field, `must be a list of 1 to ${MAX_COMMANDS} commands (Teams shows at most ${MAX_COMMANDS})`);
    return [];
  }
  return value.map((raw, i): TeamsCommand => {
    const where = `${field}[${i}]`;
    const record = isRecord(raw) ? raw : {};
    if (!isRecord(raw)) problems.add(where, 'is not a mapping with answers, es, en and fr');
    else unknownFields(record, ['answers', ...LANGUAGES], where, problems);
    const answers = record.answers;
    if (typeof answers !== 'string' || !ENTRY_ID.test(answers)) problems.add(`${where}.answers`, 'must be the id of the knowledge entry that answers the question');
    const texts = localizedPair({ es: record.es, en: record.en, fr: record.fr }, where, { title: 32, description: 128 }, problems);
    return { answers: typeof answers === 'string' ? answers : '', text: texts };
  });
}

const TOP_LEVEL = ['botName', 'images', 'colours', 'texts', 'privacy', 'teams'] as const;

/**
 * Checks the parsed branding file and reads the images it names; returns the branding, or
 * undefined after recording every problem. `file` is only used in the result, for messages.
 */
export function validateBranding(raw: unknown, file: string, read: ReadBrandingFile, problems: BrandingProblems): Branding | undefined {
  if (!isRecord(raw)) {
    problems.add('(file)', `is not a YAML mapping with ${TOP_LEVEL.join(', ')}`);
    return undefined;
  }
  unknownFields(raw, TOP_LEVEL, '', problems);
  const botName = localized(raw, 'botName', '', 40, problems);

  const images = section(raw, 'images', '', ['avatar', 'logo'], problems);
  const avatar = image(images.avatar, 'images.avatar', { min: 48, max: 512, square: true }, read, problems);
  const logo = image(images.logo, 'images.logo', { min: 32, max: 512, square: true }, read, problems);

  const rawColours = section(raw, 'colours', '', COLOUR_ROLES, problems);
  const colours = Object.fromEntries(COLOUR_ROLES.map((role) => [role, colour(rawColours[role], `colours.${role}`, problems)])) as Colours;
  for (const problem of contrastProblems(colours)) problems.add(problem.field, problem.message);

  const texts = section(raw, 'texts', '', ['launcherLabel', 'heading', 'intro'], problems);
  const privacy = section(raw, 'privacy', '', ['kept', 'linkText', 'noticeUrl'], problems);

  const teams = section(raw, 'teams', '', ['developerName', 'websiteUrl', 'privacyUrl', 'termsOfUseUrl', 'accentColour', 'icons', 'name', 'description', 'commands'], problems);
  const icons = section(teams, 'icons', 'teams', ['colour', 'outline'], problems);
  // Teams' own sizes; its outline colour rule needs the pixels and is checked when packaging.
  const colourIcon = image(icons.colour, 'teams.icons.colour', { min: 192, max: 192, square: true }, read, problems);
  const outlineIcon = image(icons.outline, 'teams.icons.outline', { min: 32, max: 32, square: true }, read, problems);

  const rest = {
    file,
    botName,
    colours,
    texts: {
      launcherLabel: localized(texts, 'launcherLabel', 'texts', 40, problems),
      heading: localized(texts, 'heading', 'texts', 60, problems),
      intro: localized(texts, 'intro', 'texts', 200, problems),
    },
    privacy: {
      kept: localized(privacy, 'kept', 'privacy', 300, problems),
      linkText: localized(privacy, 'linkText', 'privacy', 40, problems),
      noticeUrl: httpsUrl(privacy.noticeUrl, 'privacy.noticeUrl', problems),
    },
    teams: {
      developerName: text(teams.developerName, 'teams.developerName', 32, problems),
      websiteUrl: httpsUrl(teams.websiteUrl, 'teams.websiteUrl', problems),
      privacyUrl: httpsUrl(teams.privacyUrl, 'teams.privacyUrl', problems),
      termsOfUseUrl: httpsUrl(teams.termsOfUseUrl, 'teams.termsOfUseUrl', problems),
      accentColour: colour(teams.accentColour, 'teams.accentColour', problems),
      name: localizedPair(teams.name, 'teams.name', { short: 30, full: 100 }, problems),
      description: localizedPair(teams.description, 'teams.description', { short: 80, full: 4000 }, problems),
      commands: commands(teams.commands, 'teams.commands', problems),
    },
  };
  // A missing image has its problem recorded already.
  if (problems.count > 0 || !avatar || !logo || !colourIcon || !outlineIcon) return undefined;
  return { ...rest, images: { avatar, logo }, teams: { ...rest.teams, icons: { colour: colourIcon, outline: outlineIcon } } };
}
