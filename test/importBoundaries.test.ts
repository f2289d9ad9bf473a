/**
 * The layers, as the imports show them (docs/architecture.md): the Bot Framework SDK only where
 * the bot is hosted on it, restify only in the HTTP layer, and no folder that imports a folder
 * importing it back. Read from the source text, so it fails the moment a file crosses a line.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(__dirname, '..');
const SOURCE_DIRS = ['src', 'dialogs'];

function sourceFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

/** Every module a file imports or re-exports, as written. */
function importsOf(file: string): string[] {
  const text = readFileSync(join(ROOT, file), 'utf8');
  return [
    ...text.matchAll(
      /^\s*(?:import|export)\b[^'"]*?\bfrom\s+'([^']+)'|^\s*import\s+'([^']+)'|\brequire\('([^']+)'\)|\bimport\('([^']+)'\)/gm,
    ),
  ].map((m) => m[1] ?? m[2] ?? m[3] ?? m[4] ?? '');
}

const files = SOURCE_DIRS.flatMap(sourceFiles);

/** The Bot Framework SDK: botbuilder and its parts, and the connector it is built on. */
const BOT_FRAMEWORK = /^(?:botbuilder(?:-[\w-]+)?|botframework-[\w-]+)(?:\/|$)/;
const RESTIFY = /^restify(?:\/|$)/;

const mayUseBotFramework = (file: string): boolean =>
  file.startsWith('src/hosting/botframework/') || file.startsWith('dialogs/') || file.startsWith('src/adapters/storage/');
const mayUseRestify = (file: string): boolean => file.startsWith('src/hosting/http/');

/** The folder a file belongs to for the loop check: src/<layer>/<part> (src/app, src/core/language, …), or the file itself at the top. */
function folderOf(file: string): string {
  const parts = file.split('/');
  if (parts[0] === 'dialogs') return 'dialogs';
  if (parts.length <= 2) return file;
  return parts.slice(0, Math.min(parts.length - 1, 3)).join('/');
}

function localTarget(file: string, specifier: string): string | undefined {
  if (!specifier.startsWith('.')) return undefined;
  const target = relative(ROOT, resolve(ROOT, dirname(file), specifier));
  return files.find((f) => f === `${target}.ts` || f === join(target, 'index.ts'));
}

describe('import boundaries', () => {
  it('sees the source: botbuilder is used in hosting, restify in the HTTP layer', () => {
    expect(files.length).toBeGreaterThan(100);
    expect(files.some((f) => importsOf(f).some((s) => BOT_FRAMEWORK.test(s)))).toBe(true);
    expect(files.some((f) => importsOf(f).some((s) => RESTIFY.test(s)))).toBe(true);
  });

  it('botbuilder (and botframework-*) only under src/hosting/botframework/, dialogs/ and src/adapters/storage/', () => {
    const crossing = files.filter((f) => !mayUseBotFramework(f) && importsOf(f).some((s) => BOT_FRAMEWORK.test(s)));
    expect(crossing).toEqual([]);
  });

  it('restify only under src/hosting/http/', () => {
    const crossing = files.filter((f) => !mayUseRestify(f) && importsOf(f).some((s) => RESTIFY.test(s)));
    expect(crossing).toEqual([]);
  });

  it('the core imports nothing outside itself but leaf modules (errors), and the application layer nothing of hosting or adapters', () => {
    const wrong = files.flatMap((f) =>
      importsOf(f)
        .map((s) => localTarget(f, s))
        .filter((t): t is string => t !== undefined)
        .filter(
          (t) =>
            (f.startsWith('src/core/') && !t.startsWith('src/core/') && t !== 'src/errors.ts') ||
            (f.startsWith('src/app/') && /^src\/(?:hosting|adapters)\//.test(t)),
        )
        .map((t) => `${f} -> ${t}`),
    );
    expect(wrong).toEqual([]);
  });

  it('no two folders import each other, directly or round a loop', () => {
    const edges = new Map<string, Set<string>>();
    for (const file of files) {
      for (const specifier of importsOf(file)) {
        const target = localTarget(file, specifier);
        if (!target || folderOf(target) === folderOf(file)) continue;
        const from = folderOf(file);
        if (!edges.has(from)) edges.set(from, new Set());
        edges.get(from)!.add(folderOf(target));
      }
    }
    const loops: string[] = [];
    const state = new Map<string, 'visiting' | 'done'>();
    const visit = (node: string, path: string[]): void => {
      if (state.get(node) === 'done') return;
      if (state.get(node) === 'visiting') {
        loops.push([...path.slice(path.indexOf(node)), node].join(' -> '));
        return;
      }
      state.set(node, 'visiting');
      for (const next of edges.get(node) ?? []) visit(next, [...path, node]);
      state.set(node, 'done');
    };
    for (const node of edges.keys()) visit(node, []);
    expect(loops).toEqual([]);
  });
});
