import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { loadKnowledge } from '../../src/core/knowledge/loadKnowledge';
import { LANGUAGES } from '../../src/core/language/languages';
import { startAzurite, type Azurite } from '../dev/azurite';
import { PACKAGE_ZIP } from './package';
import { unzipTo } from './zip';
import { answerText } from '../../src/core/knowledge/answerText';

/**
 * npm run package:check [-- path/to/mieux-bot.zip] — run by CI (.ci/run) after `npm run package`.
 *
 * The zip is unzipped into an empty folder outside the project, so nothing can be borrowed from
 * the project's node_modules, and started the way App Service and the container start it (the
 * `start:prod` command), with Blob Storage on a local Azurite. The checks: production dependencies
 * only; ready; one answer in Spanish, English and French; the web chat page and its bundle;
 * SIGTERM ends it cleanly; the curators' commands run from the compiled code and read what it
 * recorded.
 */
const run = promisify(execFile);
const START = ['--disable-warning=DEP0111', '--max-old-space-size=256', 'dist/src/index.js'];
/** Outside the knowledge base in every language: the bot must say it does not know, and record it. */
const UNANSWERABLE = 'Quelle est la recette de la ratatouille provençale ?';

interface Check {
  readonly name: string;
  readonly run: () => Promise<void> | void;
}

function fail(message: string): never {
  throw new Error(message);
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (address === null || typeof address === 'string') fail('no free port');
  return address.port;
}

async function poll<T>(what: string, timeoutMs: number, attempt: () => Promise<T | undefined>): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  while (Date.now() < deadline) {
    try {
      const value = await attempt();
      if (value !== undefined) return value;
    } catch (error) {
      last = error;
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return fail(`${what} within ${timeoutMs} ms${last instanceof Error ? ` (${last.message})` : ''}`);
}

/** What the checks share: the unzipped package, the server they start and what it logged. */
interface PackageRun {
  readonly zipPath: string;
  readonly work: string;
  readonly app: string;
  readonly base: string;
  readonly port: number;
  azurite?: Azurite;
  server?: ChildProcess;
  serverLog: string;
  exit?: Promise<number | null>;
}

const kbOf = (r: PackageRun) => loadKnowledge(join(r.app, 'knowledge'));

const envFor = (r: PackageRun, storage: Azurite): NodeJS.ProcessEnv => ({
  // Only what the platform gives: no .env, no developer's settings.
  PATH: process.env.PATH,
  HOME: r.work,
  PORT: String(r.port),
  LOG_LEVEL: 'info',
  AZURE_STORAGE_CONNECTION_STRING: storage.connectionString,
  AZURE_STORAGE_CONTAINER: 'package-check',
});

/** The artefact itself: what the zip holds. */
function artefactChecks(r: PackageRun): Check[] {
  return [
    {
      name: 'the zip unzips into an empty folder',
      run: async () => {
        const files = await unzipTo(r.zipPath, r.app);
        console.log(`    ${files} files`);
      },
    },
    {
      name: 'only production dependencies are installed, and no source, test or .env file',
      run: () => {
        const lock = JSON.parse(readFileSync(join(r.app, 'package-lock.json'), 'utf8')) as { packages: Record<string, { dev?: boolean }> };
        const devOnly = Object.entries(lock.packages).filter(([path, info]) => path.startsWith('node_modules/') && info.dev === true);
        const present = devOnly.filter(([path]) => existsSync(join(r.app, path)));
        if (present.length > 0)
          fail(
            `development packages in the artefact: ${present
              .slice(0, 5)
              .map(([path]) => path)
              .join(', ')}`,
          );
        for (const name of ['node_modules/typescript', 'node_modules/tsx', 'node_modules/vitest', 'node_modules/botframework-webchat']) {
          if (existsSync(join(r.app, name))) fail(`${name} is in the artefact`);
        }
        for (const name of ['src', 'test', 'scripts', '.env', 'dist/test'])
          if (existsSync(join(r.app, name))) fail(`${name} is in the artefact`);
        console.log(`    ${devOnly.length} development-only packages of the lockfile absent`);
      },
    },
  ];
}

/** The server started from the artefact, as the platform starts it, answering in each language. */
function serverChecks(r: PackageRun): Check[] {
  return [
    {
      name: 'it starts with `node dist/src/index.js` and /readyz answers ready (knowledge and Blob Storage)',
      run: async () => {
        r.azurite = await startAzurite();
        const child = spawn(process.execPath, START, { cwd: r.app, env: envFor(r, r.azurite), stdio: ['ignore', 'pipe', 'pipe'] });
        r.server = child;
        child.stdout?.on('data', (chunk: Buffer) => (r.serverLog += chunk.toString('utf8')));
        child.stderr?.on('data', (chunk: Buffer) => (r.serverLog += chunk.toString('utf8')));
        r.exit = new Promise((resolve) => child.once('exit', (code) => resolve(code)));
        const ready = await poll('/readyz did not answer 200', 30_000, async () => {
          if (child.exitCode !== null) fail(`the server exited with ${child.exitCode}:\n${r.serverLog}`);
          const response = await fetch(`${r.base}/readyz`);
          return response.status === 200 ? ((await response.json()) as { status: string; checks: Record<string, string> }) : undefined;
        });
        if (ready.status !== 'ready' || ready.checks.storage !== 'ok') fail(`/readyz said ${JSON.stringify(ready)}`);
        const health = await fetch(`${r.base}/healthz`);
        if (health.status !== 200) fail(`/healthz answered ${health.status}`);
      },
    },
    ...LANGUAGES.map<Check>((lang) => ({
      name: `a question in ${lang} gets the knowledge base's ${lang} answer`,
      run: async () => {
        const knowledge = kbOf(r);
        const entry = knowledge.entries.get(knowledge.conversation.mainTopics[0] ?? '') ?? fail('the knowledge base has no main topic');
        const question = entry.text[lang].questions[0] ?? fail(`entry ${entry.id} has no ${lang} question`);
        const replies = await ask(r.base, question, lang);
        if (!replies.some((text) => text === answerText(entry, lang)))
          fail(`"${question}" got ${JSON.stringify(replies)}, not the ${lang} answer of ${entry.id}`);
      },
    })),
    {
      name: 'a question outside the knowledge base gets "I don\'t know"',
      run: async () => {
        const knowledge = kbOf(r);
        const answers = new Set([...knowledge.entries.values()].flatMap((e) => LANGUAGES.map((l) => answerText(e, l))));
        const replies = await ask(r.base, UNANSWERABLE, 'fr');
        if (replies.length === 0 || replies.some((text) => answers.has(text))) fail(`got ${JSON.stringify(replies)}`);
      },
    },
  ];
}

/** The website, a clean stop, and the curators' commands run from the compiled code. */
function websiteAndCommandChecks(r: PackageRun): Check[] {
  return [
    {
      name: 'the web chat page, its script, widget.js and the Web Chat bundle precompressed by the build are served',
      run: async () => {
        const page = await fetch(`${r.base}/`);
        if (page.status !== 200 || !(page.headers.get('content-type') ?? '').startsWith('text/html')) fail(`GET / answered ${page.status}`);
        const script = await (await fetch(`${r.base}/webchat/mieux-chat.js`)).text();
        const bundle = /webchat\/webchat\.[0-9a-f]{16}\.js/.exec(script)?.[0] ?? fail('mieux-chat.js names no Web Chat bundle');
        const body = await fetch(`${r.base}/${bundle}`, { headers: { 'accept-encoding': 'identity' } });
        const bytes = (await body.arrayBuffer()).byteLength;
        const expected = statSync(join(r.app, 'dist', 'webchat', 'webchat.js')).size;
        if (body.status !== 200 || bytes !== expected || bytes < 1_000_000)
          fail(`GET /${bundle} answered ${body.status} with ${bytes} bytes (expected ${expected})`);
        // The build's brotli file, not one made on request (production has no botframework-webchat).
        const br = await fetch(`${r.base}/${bundle}`, { method: 'HEAD', headers: { 'accept-encoding': 'br' } });
        if (br.headers.get('content-encoding') !== 'br') fail(`GET /${bundle} with Accept-Encoding: br was not sent in brotli`);
        const widget = await fetch(`${r.base}/widget.js`);
        if (widget.status !== 200 || !(await widget.text()).includes(bundle))
          fail(`GET /widget.js answered ${widget.status}, or without the bundle's address`);
      },
    },
    {
      name: 'SIGTERM stops it cleanly (exit code 0)',
      run: async () => {
        r.server?.kill('SIGTERM');
        const code = await Promise.race([r.exit, new Promise((resolve) => setTimeout(() => resolve('timeout'), 20_000))]);
        if (code !== 0) fail(`exit ${String(code)}:\n${r.serverLog}`);
        if (!r.serverLog.includes('"msg":"stopped"')) fail(`no "stopped" log line:\n${r.serverLog}`);
      },
    },
    {
      name: 'npm run kb:check:prod runs from the compiled code',
      run: async () => {
        const { stdout } = await run('npm', ['run', '--silent', 'kb:check:prod'], {
          cwd: r.app,
          env: { PATH: process.env.PATH, HOME: r.work },
        });
        if (!stdout.includes('knowledge base OK')) fail(stdout);
      },
    },
    {
      name: 'npm run kb:review:prod reads what the server recorded in Blob Storage',
      run: async () => {
        const { stdout } = await run('npm', ['run', '--silent', 'kb:review:prod'], {
          cwd: r.app,
          env: envFor(r, r.azurite ?? fail('no Azurite')),
        });
        if (!stdout.includes(UNANSWERABLE)) fail(`the unanswered question is not in the review:\n${stdout}`);
      },
    },
  ];
}

/** Runs the checks in order, stopping at the first failure (later checks build on earlier ones); cleans up. */
async function runChecks(r: PackageRun, checks: readonly Check[]): Promise<boolean> {
  try {
    for (const check of checks) {
      try {
        await check.run();
        console.log(`  ✓ ${check.name}`);
      } catch (error) {
        console.log(`  ✗ ${check.name}\n    ${error instanceof Error ? error.message : String(error)}`);
        return false;
      }
    }
    return true;
  } finally {
    if (r.server && r.server.exitCode === null) r.server.kill('SIGKILL');
    await r.azurite?.stop();
    rmSync(r.work, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const zipPath = process.argv[2] ?? PACKAGE_ZIP;
  if (!existsSync(zipPath)) fail(`${zipPath} does not exist: run npm run package first`);
  const work = mkdtempSync(join(tmpdir(), 'mieux-package-check-'));
  const port = await freePort();
  const r: PackageRun = { zipPath, work, app: join(work, 'app'), port, base: `http://127.0.0.1:${port}`, serverLog: '' };
  const checks = [...artefactChecks(r), ...serverChecks(r), ...websiteAndCommandChecks(r)];
  if (!(await runChecks(r, checks))) {
    console.log(`package check FAILED (${zipPath})`);
    process.exit(1);
  }
  console.log(`package check: all ${checks.length} checks met (${zipPath})`);
}

/** One message with expectReplies; the texts of the bot's message replies. */
async function ask(base: string, text: string, lang: string): Promise<string[]> {
  const response = await fetch(`${base}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      type: 'message',
      id: `check-${lang}`,
      text,
      locale: lang,
      channelId: 'package-check',
      serviceUrl: 'http://127.0.0.1:9',
      conversation: { id: `package-check-${lang}-${Date.now()}` },
      from: { id: 'package-check-user' },
      recipient: { id: 'bot' },
      deliveryMode: 'expectReplies',
    }),
    signal: AbortSignal.timeout(10_000),
  });
  if (response.status !== 200) fail(`POST /api/messages answered ${response.status}`);
  const body = (await response.json()) as { activities?: { type: string; text?: string }[] };
  return (body.activities ?? []).filter((a) => a.type === 'message' && typeof a.text === 'string').map((a) => a.text as string);
}

main().catch((error: unknown) => {
  console.error(`package check: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
