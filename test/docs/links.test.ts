import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Every relative link in the README, docs/ and knowledge/README.md points at a file that exists,
 * and every #anchor at a heading of that file (GitHub's slugs), so moving a section never leaves a
 * dead link behind.
 */

const PROJECT = join(__dirname, '..', '..');
const DOCS = [
  'README.md',
  'knowledge/README.md',
  ...readdirSync(join(PROJECT, 'docs'))
    .filter((name) => name.endsWith('.md'))
    .map((name) => `docs/${name}`),
];

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces to hyphens. */
function slug(heading: string): string {
  return heading
    .trim()
    .toLowerCase()
    .replace(/<[^>]+>/g, '')
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-');
}

/** The text outside fenced code blocks and inline code, where links and headings count. */
function prose(markdown: string): string {
  return markdown.replace(/^```[\s\S]*?^```/gm, '').replace(/`[^`\n]*`/g, (code) => (code.includes('](') ? '' : code));
}

function anchorsOf(file: string): Set<string> {
  const seen = new Map<string, number>();
  const anchors = new Set<string>();
  for (const match of prose(readFileSync(file, 'utf8')).matchAll(/^#{1,6}\s+(.+?)\s*#*$/gm)) {
    const base = slug(match[1] ?? '');
    const count = seen.get(base) ?? 0;
    seen.set(base, count + 1);
    anchors.add(count === 0 ? base : `${base}-${count}`);
  }
  return anchors;
}

function linksOf(file: string): string[] {
  return [...prose(readFileSync(file, 'utf8')).matchAll(/\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g)].map((m) => m[1] ?? '');
}

describe('slug', () => {
  it.each([
    ["The curator's loop", 'the-curators-loop'],
    ['Reviewing: `npm run kb:review`', 'reviewing-npm-run-kbreview'],
    ['Why the bot is below 80%', 'why-the-bot-is-below-80'],
    ['Moving to the Microsoft 365 Agents SDK', 'moving-to-the-microsoft-365-agents-sdk'],
  ])('%s → %s', (heading, expected) => {
    expect(slug(heading)).toBe(expected);
  });
});

describe('README.md', () => {
  it('links to every document in docs/', () => {
    const linked = new Set(linksOf(join(PROJECT, 'README.md')).map((link) => link.split('#')[0]));
    const docs = DOCS.filter((doc) => doc.startsWith('docs/'));
    expect(docs.filter((doc) => !linked.has(doc))).toEqual([]);
  });
});

/** The .ts files under `dir`, recursively. */
function sources(dir: string): string[] {
  return readdirSync(join(PROJECT, dir), { withFileTypes: true }).flatMap((entry) => {
    const path = `${dir}/${entry.name}`;
    if (entry.isDirectory()) return sources(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

describe('comments in the code', () => {
  it('point only to docs/ files and headings that exist', () => {
    const broken: string[] = [];
    for (const source of ['src', 'dialogs', 'scripts'].flatMap(sources)) {
      for (const match of readFileSync(join(PROJECT, source), 'utf8').matchAll(/\bdocs\/([\w.-]+\.md)(?:#([\w-]+))?/g)) {
        const [reference, file = '', anchor] = match;
        const target = join(PROJECT, 'docs', file);
        if (!existsSync(target)) broken.push(`${source}: ${reference}: no such file`);
        else if (anchor && !anchorsOf(target).has(anchor)) broken.push(`${source}: ${reference}: no such heading`);
      }
    }
    expect(broken).toEqual([]);
  });
});

describe.each(DOCS)('%s', (doc) => {
  const file = join(PROJECT, doc);
  const links = linksOf(file).filter((link) => !/^[a-z][a-z0-9+.-]*:/i.test(link));

  it('links only to files and headings that exist', () => {
    const broken: string[] = [];
    for (const link of links) {
      const [path = '', anchor] = link.split('#');
      const target = path === '' ? file : resolve(dirname(file), decodeURIComponent(path));
      if (!existsSync(target)) {
        broken.push(`${link}: no file ${relative(PROJECT, target)}`);
        continue;
      }
      if (anchor && statSync(target).isFile() && target.endsWith('.md') && !anchorsOf(target).has(anchor)) {
        broken.push(`${link}: no heading #${anchor} in ${relative(PROJECT, target)}`);
      }
    }
    expect(broken).toEqual([]);
  });
});
