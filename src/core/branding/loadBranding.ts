import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parse, YAMLParseError } from 'yaml';
import { BrandingError } from '../../errors';
import type { Branding } from './types';
import { BrandingProblems, validateBranding } from './validateBranding';

export const BRANDING_FILE = 'branding.yaml';

export { BrandingError } from '../../errors';

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Buffer.isBuffer(value) && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

/**
 * Reads and checks the branding folder (branding.yaml and the images it names). Throws a
 * BrandingError listing every problem, each naming its field, so a broken file stops the bot at
 * start instead of showing a half-branded chat. `label` is how messages name the file.
 */
export function loadBranding(dir: string, label = join(basename(dir), BRANDING_FILE)): Branding {
  let source: string;
  try {
    source = readFileSync(join(dir, BRANDING_FILE), 'utf8');
  } catch (error) {
    throw new BrandingError(label, [`(file): cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})`]);
  }
  let raw: unknown;
  try {
    raw = parse(source);
  } catch (error) {
    if (!(error instanceof YAMLParseError)) throw error;
    const at = error.linePos?.[0];
    throw new BrandingError(label, [`${at ? `line ${at.line}, column ${at.col}` : '(file)'}: is not valid YAML (${error.code})`]);
  }
  const problems = new BrandingProblems();
  const branding = validateBranding(raw, label, (name) => readFileSync(join(dir, name)), problems);
  if (!branding) throw new BrandingError(label, problems.toArray());
  return deepFreeze(branding);
}
