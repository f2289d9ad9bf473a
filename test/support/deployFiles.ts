/**
 * Reading the deployment files and the app's own lists of settings, for the tests that check they
 * agree (test/deploy/). Bicep cannot be compiled on these machines: infra/main.bicep is read as
 * text, in the layout it keeps on purpose (one `var …Settings` object per group of app settings,
 * merged with union() in the `appsettings` resource). Not a test file.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

export const PROJECT = join(__dirname, '..', '..');
export const BICEP_FILE = join(PROJECT, 'infra', 'main.bicep');

export const read = (path: string): string => readFileSync(join(PROJECT, path), 'utf8');

/**
 * The configuration modules: src/config.ts today; src/config/**.ts once it is split. Only they
 * read the environment (the developers' guide), so the variable names are in them.
 */
export function configSources(): string[] {
  const files: string[] = [];
  if (existsSync(join(PROJECT, 'src', 'config.ts'))) files.push(join(PROJECT, 'src', 'config.ts'));
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.ts')) files.push(path);
    }
  };
  if (existsSync(join(PROJECT, 'src', 'config'))) walk(join(PROJECT, 'src', 'config'));
  return files.map((file) => relative(PROJECT, file));
}

/**
 * Environment variable names as the configuration code spells them: string literals in
 * SCREAMING_SNAKE_CASE, plus botbuilder's own setting names, which the app keeps
 * (Microsoft…, BotOpenIdMetadata, ToBotFrom…).
 */
const ENV_NAME = /^(?:[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*|Microsoft[A-Z][A-Za-z]+|BotOpenIdMetadata|ToBotFrom[A-Z][A-Za-z]+)$/;

export function variablesReadByApp(): Set<string> {
  const names = new Set<string>();
  for (const file of configSources()) {
    const source = read(file).replace(/^\s*(?:\/\/|\*).*$/gm, '');
    for (const match of source.matchAll(/'([^'\n]*)'|"([^"\n]*)"/g)) {
      const literal = match[1] ?? match[2] ?? '';
      if (ENV_NAME.test(literal)) names.add(literal);
    }
  }
  return names;
}

/** Every variable .env.example names, set or commented out. */
export function variablesInEnvExample(): Set<string> {
  return new Set([...read('.env.example').matchAll(/^#?\s*([A-Za-z_][A-Za-z0-9_]*)=/gm)].map((m) => m[1]!));
}

/** The Configuration table (docs/configuration.md, linked from the README): variable → its default column. */
export function configurationTable(): Map<string, string> {
  const table = read('docs/configuration.md');
  return new Map([...table.matchAll(/^\| `([A-Za-z_][A-Za-z0-9_]*)` \| ([^|]*) \|/gm)].map((m) => [m[1] ?? '', (m[2] ?? '').trim()]));
}

export interface BicepSetting {
  /** The `var …Settings` group it is in. */
  readonly group: string;
  readonly name: string;
  /** The Bicep expression, as written. */
  readonly value: string;
}

/** The top-level statements of a Bicep file, each with the lines that continue it. */
export function bicepStatements(text: string): string[] {
  const statements: string[] = [];
  for (const line of text.split('\n')) {
    if (/^\S/.test(line) && !/^[}\])]/.test(line)) statements.push(line);
    else if (statements.length > 0) statements.push(`${statements.pop() ?? ''}\n${line}`);
  }
  return statements.filter((s) => !s.startsWith('//'));
}

export function bicepSettings(text = readFileSync(BICEP_FILE, 'utf8')): BicepSetting[] {
  const settings: BicepSetting[] = [];
  for (const statement of bicepStatements(text)) {
    const head = /^var (\w+Settings) = /.exec(statement);
    if (!head) continue;
    for (const line of statement.split('\n')) {
      const entry = /^\s+([A-Za-z_][A-Za-z0-9_]*): (.+)$/.exec(line.replace(/\s+\/\/.*$/, ''));
      if (entry) settings.push({ group: head[1]!, name: entry[1]!, value: entry[2]!.trim() });
    }
  }
  return settings;
}

/** `param name type = default` → the default's Bicep expression (undefined when there is none). */
export function bicepParams(text = readFileSync(BICEP_FILE, 'utf8')): Map<string, string | undefined> {
  return new Map([...text.matchAll(/^param (\w+) \w+(?: = (.+))?$/gm)].map((m) => [m[1]!, m[2]?.trim()]));
}

/** `var name = 'text'` → text, for the string variables. */
export function bicepStringVars(text = readFileSync(BICEP_FILE, 'utf8')): Map<string, string> {
  return new Map([...text.matchAll(/^var (\w+) = '([^'$]*)'$/gm)].map((m) => [m[1]!, m[2]!]));
}
