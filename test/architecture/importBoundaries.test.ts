/**
 * The layers, as the imports show them (docs/architecture.md): the Bot Framework SDK only where
 * the bot is hosted on it, restify only in the HTTP layer, and no folder that imports a folder
 * importing it back. Read from the source text, so it fails the moment a file crosses a line;
 * the same checks run on small fixtures below, to show each of them can fail.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(__dirname, '..', '..');
/** What is checked: the bot's code. scripts/ and test/ may import anything. */
const SOURCE_DIRS = ['src', 'dialogs'];

/** Source files by path relative to the project root, with their text. */
type Sources = ReadonlyMap<string, string>;

function sourceFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

/** Every module a file imports or re-exports, as written. */
function importsIn(text: string): string[] {
  return [
    ...text.matchAll(
      /^\s*(?:import|export)\b[^'"]*?\bfrom\s+'([^']+)'|^\s*import\s+'([^']+)'|\brequire\('([^']+)'\)|\bimport\('([^']+)'\)/gm,
    ),
  ].map((m) => m[1] ?? m[2] ?? m[3] ?? m[4] ?? '');
}

/** The Bot Framework SDK: botbuilder and its parts, and the connector it is built on. */
const BOT_FRAMEWORK = /^(?:botbuilder(?:-[\w-]+)?|botframework-[\w-]+)(?:\/|$)/;
const RESTIFY = /^restify(?:\/|$)/;

const mayUseBotFramework = (file: string): boolean =>
  file.startsWith('src/hosting/botframework/') || file.startsWith('dialogs/') || file.startsWith('src/adapters/storage/');
const mayUseRestify = (file: string): boolean => file.startsWith('src/hosting/http/');

/** The files that import a package matching `pkg` without being allowed to. */
function packageCrossings(sources: Sources, pkg: RegExp, allowed: (file: string) => boolean): string[] {
  return [...sources].filter(([file, text]) => !allowed(file) && importsIn(text).some((s) => pkg.test(s))).map(([file]) => file);
}

/** The folder a file belongs to for the loop check: src/<layer>/<part> (src/app, src/core/language, …), or the file itself at the top. */
function folderOf(file: string): string {
  const parts = file.split('/');
  if (parts[0] === 'dialogs') return 'dialogs';
  if (parts.length <= 2) return file;
  return parts.slice(0, Math.min(parts.length - 1, 3)).join('/');
}

/** The source file a relative import names, if it is one of `sources`. */
function localTarget(sources: Sources, file: string, specifier: string): string | undefined {
  if (!specifier.startsWith('.')) return undefined;
  const target = relative(ROOT, resolve(ROOT, dirname(file), specifier));
  return [`${target}.ts`, join(target, 'index.ts')].find((candidate) => sources.has(candidate));
}

/** Local imports as `from -> to` pairs of files. */
function localImports(sources: Sources): [string, string][] {
  return [...sources].flatMap(([file, text]) =>
    importsIn(text)
      .map((s) => localTarget(sources, file, s))
      .filter((t): t is string => t !== undefined)
      .map((t): [string, string] => [file, t]),
  );
}

/** The core imports nothing outside itself but leaf modules (errors); the application layer nothing of hosting or adapters. */
function layerCrossings(sources: Sources): string[] {
  return localImports(sources)
    .filter(
      ([f, t]) =>
        (f.startsWith('src/core/') && !t.startsWith('src/core/') && t !== 'src/errors.ts') ||
        (f.startsWith('src/app/') && /^src\/(?:hosting|adapters)\//.test(t)),
    )
    .map(([f, t]) => `${f} -> ${t}`);
}

/** Every loop among folders (src/<layer>/<part>), as `a -> b -> a`. */
function folderLoops(sources: Sources): string[] {
  const edges = new Map<string, Set<string>>();
  for (const [file, target] of localImports(sources)) {
    const from = folderOf(file);
    const to = folderOf(target);
    if (from === to) continue;
    const next = edges.get(from) ?? new Set<string>();
    next.add(to);
    edges.set(from, next);
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
  return loops;
}

const project: Sources = new Map(SOURCE_DIRS.flatMap(sourceFiles).map((file) => [file, readFileSync(join(ROOT, file), 'utf8')]));

describe('import boundaries of the bot', () => {
  it('sees the source: botbuilder is used in hosting, restify in the HTTP layer', () => {
    expect(project.size).toBeGreaterThan(100);
    expect(packageCrossings(project, BOT_FRAMEWORK, () => false).length).toBeGreaterThan(0);
    expect(packageCrossings(project, RESTIFY, () => false).length).toBeGreaterThan(0);
  });

  it('botbuilder (and botframework-*) only under src/hosting/botframework/, dialogs/ and src/adapters/storage/', () => {
    expect(packageCrossings(project, BOT_FRAMEWORK, mayUseBotFramework)).toEqual([]);
  });

  it('restify only under src/hosting/http/', () => {
    expect(packageCrossings(project, RESTIFY, mayUseRestify)).toEqual([]);
  });

  it('the core imports nothing outside itself but leaf modules (errors), and the application layer nothing of hosting or adapters', () => {
    expect(layerCrossings(project)).toEqual([]);
  });

  it('no two folders import each other, directly or round a loop', () => {
    expect(folderLoops(project)).toEqual([]);
  });
});

describe('the checks themselves fail on code that crosses a line', () => {
  const fixture = (files: Record<string, string>): Sources => new Map(Object.entries(files));

  it('botbuilder outside hosting, dialogs and storage, in each way of importing it', () => {
    const sources = fixture({
      'src/app/answer.ts': "import { TurnContext } from 'botbuilder';",
      'src/core/language/x.ts': "import type { Activity } from 'botframework-schema';",
      'src/adapters/clu/y.ts': "const dialogs = require('botbuilder-dialogs');",
      'src/config/z.ts': "export { CardFactory } from 'botbuilder/lib/cardFactory';",
      'src/hosting/botframework/bot.ts': "import { ActivityHandler } from 'botbuilder';",
      'src/adapters/storage/blobs.ts': "import type { Storage } from 'botbuilder';",
      'dialogs/form.ts': "import { ComponentDialog } from 'botbuilder-dialogs';",
      'src/app/notTheSdk.ts': "import { botbuilderish } from './botbuilder';",
    });
    expect(packageCrossings(sources, BOT_FRAMEWORK, mayUseBotFramework).sort()).toEqual([
      'src/adapters/clu/y.ts',
      'src/app/answer.ts',
      'src/config/z.ts',
      'src/core/language/x.ts',
    ]);
  });

  it('restify outside the HTTP layer', () => {
    const sources = fixture({
      'src/hosting/botframework/adapter.ts': "import type { Request } from 'restify';",
      'src/index.ts': "void import('restify');",
      'src/hosting/http/server.ts': "import restify from 'restify';",
    });
    expect(packageCrossings(sources, RESTIFY, mayUseRestify).sort()).toEqual(['src/hosting/botframework/adapter.ts', 'src/index.ts']);
  });

  it('the core reaching into the application, and the application into hosting', () => {
    const sources = fixture({
      'src/core/knowledge/load.ts': "import { t } from '../../app/replies';\nimport { X } from '../../errors';",
      'src/app/replies.ts': "import { send } from '../hosting/botframework/replyActivity';",
      'src/hosting/botframework/replyActivity.ts': '',
      'src/errors.ts': '',
    });
    expect(layerCrossings(sources).sort()).toEqual([
      'src/app/replies.ts -> src/hosting/botframework/replyActivity.ts',
      'src/core/knowledge/load.ts -> src/app/replies.ts',
    ]);
  });

  it('two folders that import each other, and a longer loop', () => {
    const sources = fixture({
      'src/app/curation/curation.ts': "import { reply } from '../../hosting/botframework/bot';",
      'src/hosting/botframework/bot.ts': "import { record } from '../../app/curation/curation';",
      'src/core/a/one.ts': "import { two } from '../b/two';",
      'src/core/b/two.ts': "import { three } from '../c';",
      'src/core/c/index.ts': "import { one } from '../a/one';",
    });
    const loops = folderLoops(sources);
    expect(loops).toHaveLength(2);
    expect(loops).toContainEqual(expect.stringMatching(/^(src\/app\/curation|src\/hosting\/botframework) -> .* -> \1$/));
    expect(loops.join('\n')).toContain('src/core/a');
    expect(loops.join('\n')).toContain('src/core/c');
  });
});
