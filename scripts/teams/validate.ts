import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { PROJECT_ROOT } from '../../src/config';
import { COLOR_ICON_SIZE, OUTLINE_ICON_SIZE, decodePng, outlineColourProblem } from './icons';
import { LOCALIZATION_SCHEMA_URL, MANIFEST_FILE, MANIFEST_SCHEMA_URL } from './manifest';
import { UserFacingError } from '../../src/errors';

/**
 * Checks a Teams app package offline against Microsoft's manifest and localization schemas,
 * vendored in teams/schema/ (see the README there), plus what the schemas cannot say: the files
 * the manifest names are in the package, and the icons have the sizes and colours Teams requires.
 */

export const SCHEMA_DIR = join(PROJECT_ROOT, 'teams', 'schema');

export class TeamsPackageError extends UserFacingError {
  constructor(readonly problems: readonly string[]) {
    super(`teams package: ${problems.length} problem(s)\n  ${problems.join('\n  ')}`);
  }
}

type Schema = Record<string, unknown>;

function loadSchema(file: string): Schema {
  // Ajv implements draft-07; Microsoft declares draft-04 but uses no keyword whose meaning
  // differs (no boolean exclusiveMinimum/Maximum, no `id`) and does use draft-06 `const`.
  // Without the declaration Ajv reads it as draft-07 instead of looking for a draft-04 meta-schema.
  const { $schema: _declaredDraft, ...schema } = JSON.parse(readFileSync(join(SCHEMA_DIR, file), 'utf8')) as Schema;
  return schema;
}

let compiled: { manifest: ValidateFunction; localization: ValidateFunction } | undefined;

function validators(): { manifest: ValidateFunction; localization: ValidateFunction } {
  if (compiled) return compiled;
  // strict: false — the official schema has keywords Ajv's strict mode flags (additionalProperties
  // on arrays). unicodeRegExp: false — one localization pattern ("\b]") is invalid with the u flag.
  // No loadSchema option: a remote $ref would fail instead of being fetched.
  const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
  addFormats(ajv);
  compiled = {
    manifest: ajv.compile(loadSchema('MicrosoftTeams.schema.json')),
    localization: ajv.compile(loadSchema('MicrosoftTeams.Localization.schema.json')),
  };
  return compiled;
}

/** "manifest.json /bots/0/commandLists/0/commands/3/title: must NOT have more than 32 characters" */
function describe(file: string, error: ErrorObject): string {
  const params = error.params as Record<string, unknown>;
  const child = params.missingProperty ?? params.additionalProperty;
  const where = `${error.instancePath}${typeof child === 'string' ? `/${child}` : ''}` || '/';
  const allowed = Array.isArray(params.allowedValues) ? ` (${params.allowedValues.join(', ')})` : '';
  return `${file} ${where}: ${error.message ?? error.keyword}${allowed}`;
}

function schemaProblems(validate: ValidateFunction, file: string, data: unknown): string[] {
  return validate(data) ? [] : (validate.errors ?? []).map((e) => describe(file, e));
}

export function manifestProblems(manifest: unknown): string[] {
  const problems = schemaProblems(validators().manifest, MANIFEST_FILE, manifest);
  const declared = (manifest as { $schema?: unknown } | null)?.$schema;
  if (declared !== undefined && declared !== MANIFEST_SCHEMA_URL)
    problems.push(`${MANIFEST_FILE} /$schema: must be ${MANIFEST_SCHEMA_URL}, the schema this package is checked against`);
  return problems;
}

export function localizationProblems(file: string, strings: unknown): string[] {
  const problems = schemaProblems(validators().localization, file, strings);
  // Teams requires the localization files to use the manifest's version.
  const declared = (strings as { $schema?: unknown } | null)?.$schema;
  if (declared !== LOCALIZATION_SCHEMA_URL) problems.push(`${file} /$schema: must be ${LOCALIZATION_SCHEMA_URL}`);
  return problems;
}

/** The value at a localization key such as "bots[0].commandLists[0].commands[3].title". */
function valueAt(root: unknown, key: string): unknown {
  let at = root;
  for (const step of key.match(/[^.[\]]+/g) ?? []) {
    if (typeof at !== 'object' || at === null) return undefined;
    at = (at as Record<string, unknown>)[step];
  }
  return at;
}

/** A translation of a string the manifest does not have would never be shown. */
function danglingKeys(file: string, strings: unknown, manifest: unknown): string[] {
  if (typeof strings !== 'object' || strings === null) return [];
  return Object.keys(strings)
    .filter((key) => key !== '$schema' && key !== 'localizationKeys' && typeof valueAt(manifest, key) !== 'string')
    .map((key) => `${file} /${key}: translates a string ${MANIFEST_FILE} does not have`);
}

function parseJson(file: string, bytes: Buffer, problems: string[]): unknown {
  try {
    return JSON.parse(bytes.toString('utf8')) as unknown;
  } catch (error) {
    problems.push(`${file}: not valid JSON (${(error as Error).message})`);
    return undefined;
  }
}

function iconProblems(file: string, bytes: Buffer | undefined, size: number, outline: boolean): string[] {
  if (!bytes) return [`${file}: named in ${MANIFEST_FILE} but not in the package`];
  let image;
  try {
    image = decodePng(bytes);
  } catch (error) {
    return [`${file}: not a PNG (${(error as Error).message})`];
  }
  if (image.width !== size || image.height !== size) return [`${file}: must be ${size}×${size} pixels, is ${image.width}×${image.height}`];
  const colour = outline ? outlineColourProblem(image) : undefined;
  return colour ? [`${file}: ${colour}`] : [];
}

interface ManifestFiles {
  icons?: { color?: unknown; outline?: unknown };
  localizationInfo?: { additionalLanguages?: { file?: unknown }[] };
}

/** Everything wrong with a package's files (name → bytes, all at the root); empty when it is good. */
export function packageProblems(files: ReadonlyMap<string, Buffer>): string[] {
  const problems: string[] = [];
  const nested = [...files.keys()].filter((name) => name.includes('/'));
  if (nested.length > 0) problems.push(`package: files must be at the root of the zip, found ${nested.join(', ')}`);
  const manifestBytes = files.get(MANIFEST_FILE);
  if (!manifestBytes) return [...problems, `package: no ${MANIFEST_FILE} at the root`];
  const manifest = parseJson(MANIFEST_FILE, manifestBytes, problems);
  if (manifest === undefined) return problems;
  problems.push(...manifestProblems(manifest));

  const named = manifest as ManifestFiles;
  if (typeof named.icons?.color === 'string') problems.push(...iconProblems(named.icons.color, files.get(named.icons.color), COLOR_ICON_SIZE, false));
  if (typeof named.icons?.outline === 'string') problems.push(...iconProblems(named.icons.outline, files.get(named.icons.outline), OUTLINE_ICON_SIZE, true));
  for (const language of named.localizationInfo?.additionalLanguages ?? []) {
    if (typeof language.file !== 'string') continue;
    const bytes = files.get(language.file);
    if (!bytes) {
      problems.push(`${language.file}: named in ${MANIFEST_FILE} localizationInfo but not in the package`);
      continue;
    }
    const strings = parseJson(language.file, bytes, problems);
    if (strings !== undefined) problems.push(...localizationProblems(language.file, strings), ...danglingKeys(language.file, strings, manifest));
  }
  return problems;
}
