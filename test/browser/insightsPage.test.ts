/**
 * The insights page in a real browser (Debian's Chromium, playwright-core), under its real CSP,
 * rendering what the core computes from recorded events over several days. A small stand-in
 * server answers the page's two data requests as the bot's route does — bearer token, period, the
 * report, the CSV — from the same core functions, so the test sees every request the page makes
 * (its header, its query) and can make one fail. The bot's own route, on the real server after
 * real conversations, is tested in insightsEndToEnd.test.ts. Screenshots go to test-artifacts/.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import { type Browser, type Page } from 'playwright-core';
import { launchChromium } from '../../scripts/support/chromium';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config';
import { addDays, dayOf } from '../../src/core/insights/events';
import { buildInsightsPayload, csvFileName, tableCsv, type InsightsPayload } from '../../src/core/insights/insightsTables';
import { INSIGHTS_PAGE_STRINGS } from '../../src/core/i18n/insightsStrings';
import { parsePeriod } from '../../src/core/insights/period';
import { reviewData } from '../../src/core/insights/reviewData';
import { acceptedLocales, preferredLang } from '../../src/core/language/acceptLanguage';
import { isLang, type Lang } from '../../src/core/language/languages';
import { LocalRecognizer } from '../../src/core/understanding/localRecognizer';
import { InsightsRecorder } from '../../src/app/insights/insightsRecorder';
import {
  chartJsFile,
  INSIGHTS_CSP,
  INSIGHTS_HEADERS,
  INSIGHTS_PATHS,
  renderInsightsPage,
} from '../../src/hosting/http/insights/insightsPage';
import { MemoryAggregateStore } from '../../src/adapters/storage/memoryAggregateStore';
import { shippedKnowledge } from '../support/shippedKnowledge';
import { handoff, picked, question, started, times, vote } from '../support/insightsEvents';
import { recordingLogger } from '../support/testBot';

const ARTIFACTS = join(PROJECT_ROOT, 'test-artifacts');
const PUBLIC_DIR = join(PROJECT_ROOT, 'public', 'insights');
const TOKEN = 'a-long-random-insights-token-for-the-test-0123456789';
const RETENTION_DAYS = 90;
const kb = shippedKnowledge();
const recognizer = new LocalRecognizer(kb);
const TODAY = dayOf(new Date());
const YESTERDAY = addDays(TODAY, -1);
const LONG_AGO = addDays(TODAY, -20);

/** A scrubbed question as the curation store keeps it, with text a spreadsheet would run. */
const UNANSWERED = '=HYPERLINK("http://x","What is the capital of France?")';

let browser: Browser;
let server: Server;
let origin: string;
/** Every request the page made of the server: path and query. */
const seen: { path: string; query: URLSearchParams; auth: string | undefined }[] = [];

async function recordTraffic(store: MemoryAggregateStore): Promise<void> {
  const recorder = new InsightsRecorder(store, recordingLogger(), { flushDelayMs: 0 });
  const today = { day: TODAY };
  const events = [
    ...times(3, started(today)),
    ...times(2, started({ day: YESTERDAY, lang: 'fr', channel: 'teams' })),
    started({ day: LONG_AGO, lang: 'en' }),
    ...times(4, question('answered', ['areas'], today)),
    question('notFound', undefined, { day: YESTERDAY, lang: 'fr', channel: 'teams' }),
    question('didYouMean', undefined, today),
    picked('funding', today),
    vote('down', 'areas', today),
    vote('up', 'areas', today),
    question('answered', ['regions'], { day: LONG_AGO, lang: 'en' }),
    ...(['offered', 'started', 'consentGiven', 'role', 'name', 'email'] as const).map((step) => handoff(step, today)),
    ...(
      [
        'offered',
        'started',
        'consentGiven',
        'role',
        'name',
        'email',
        'organisation',
        'country',
        'area',
        'message',
        'summary',
        'mailto',
      ] as const
    ).map((step) => handoff(step, today)),
  ];
  for (const event of events) recorder.record(event);
  await recorder.flush();
}

async function payloadFor(store: MemoryAggregateStore, from: string, to: string, lang: Lang): Promise<InsightsPayload> {
  const review = reviewData(
    {
      questions: [
        { at: `${TODAY}T10:00:00.000Z`, lang: 'en', kind: 'notFound', text: UNANSWERED, candidates: [{ entryId: 'about', score: 0.2 }] },
      ],
      feedback: {},
      capacity: 100,
    },
    (text, l) => recognizer.termVector(text, l),
  );
  return buildInsightsPayload({
    days: await store.read({ from, to }),
    period: { from, to },
    entryIds: kb.entries.keys(),
    titleOf: (id) => kb.entries.get(id)?.text[lang].title,
    review,
    lang,
    retentionDays: RETENTION_DAYS,
    now: new Date(),
  });
}

/** The route phase B adds to the bot, reduced to what the page needs. */
function insightsServer(store: MemoryAggregateStore): Server {
  const send = (res: ServerResponse, status: number, type: string, body: string | Buffer, extra: Record<string, string> = {}) => {
    res.writeHead(status, { 'Content-Type': type, 'Content-Security-Policy': INSIGHTS_CSP, ...INSIGHTS_HEADERS, ...extra });
    res.end(body);
  };
  const files: Record<string, [string, string]> = {
    [INSIGHTS_PATHS.script]: [join(PUBLIC_DIR, 'insights.js'), 'text/javascript; charset=utf-8'],
    [INSIGHTS_PATHS.styles]: [join(PUBLIC_DIR, 'insights.css'), 'text/css; charset=utf-8'],
    [INSIGHTS_PATHS.chartJs]: [chartJsFile(), 'text/javascript; charset=utf-8'],
  };
  return createServer((req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    seen.push({ path: url.pathname, query: url.searchParams, auth: req.headers.authorization });
    if (url.pathname === INSIGHTS_PATHS.page) {
      const lang = preferredLang(acceptedLocales(req.headers['accept-language']));
      return send(res, 200, 'text/html; charset=utf-8', renderInsightsPage(lang, { publicDir: PUBLIC_DIR, retentionDays: RETENTION_DAYS }));
    }
    const file = files[url.pathname];
    if (file) return send(res, 200, file[1], readFileSync(file[0]));
    if (url.pathname === INSIGHTS_PATHS.report || url.pathname === INSIGHTS_PATHS.csv) {
      if (req.headers.authorization !== `Bearer ${TOKEN}`)
        return send(res, 401, 'application/json', '{"error":"unauthorized"}', { 'WWW-Authenticate': 'Bearer' });
      const checked = parsePeriod(
        { from: url.searchParams.get('from') ?? undefined, to: url.searchParams.get('to') ?? undefined },
        TODAY,
        RETENTION_DAYS,
      );
      if (!checked.ok) return send(res, 400, 'application/json', JSON.stringify({ error: checked.problem }));
      const langParam = url.searchParams.get('lang');
      const lang: Lang = isLang(langParam) ? langParam : 'es';
      void payloadFor(store, checked.period.from, checked.period.to, lang).then((payload) => {
        if (url.pathname === INSIGHTS_PATHS.report)
          return send(res, 200, 'application/json', JSON.stringify(payload), { 'Cache-Control': 'no-store' });
        const table = payload.tables.find((t) => t.id === url.searchParams.get('table'));
        if (!table) return send(res, 400, 'application/json', '{"error":"no such table"}');
        return send(res, 200, 'text/csv; charset=utf-8', tableCsv(table), {
          'Content-Disposition': `attachment; filename="${csvFileName(table.id, payload.report)}"`,
          'Cache-Control': 'no-store',
        });
      });
      return;
    }
    // The browser asks for /favicon.ico by itself; the bot's server answers it (see websiteRoutes).
    if (url.pathname === '/favicon.ico') return send(res, 204, 'image/x-icon', '');
    send(res, 404, 'text/plain', 'not found');
  });
}

interface Watched {
  readonly page: Page;
  readonly problems: string[];
  readonly elsewhere: string[];
}

async function open(locale: string, acceptDownloads = false): Promise<Watched> {
  const context = await browser.newContext({ locale, acceptDownloads, viewport: { width: 1200, height: 1400 } });
  const page = await context.newPage();
  const problems: string[] = [];
  const elsewhere: string[] = [];
  page.on('console', (message) => {
    // The browser reports the 401 of a wrong key as a failed resource; that one is expected.
    if (message.type() === 'error' && !/status of 401/.test(message.text())) problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('request', (request) => {
    if (!request.url().startsWith(origin) && !request.url().startsWith('blob:')) elsewhere.push(request.url());
  });
  await page.goto(`${origin}${INSIGHTS_PATHS.page}`);
  return { page, problems, elsewhere };
}

async function signIn(page: Page, token: string): Promise<void> {
  await page.fill('#insights-token', token);
  await page.click('form.login button[type=submit]');
}

/** What axe-core finds serious or critical on the page as it is now: rule id and how many elements. */
async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.nodes.length}): ${v.help}`);
}

/** A table's rows as the page shows them, header cells included. */
const tableRows = (page: Page, id: string): Promise<string[][]> =>
  page.$$eval(`table[data-table="${id}"] tbody tr`, (rows) =>
    rows.map((row) => [...row.children].map((cell) => (cell.textContent ?? '').trim())),
  );

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  const store = new MemoryAggregateStore({ maxDays: RETENTION_DAYS });
  await recordTraffic(store);
  server = insightsServer(store);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await launchChromium();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
});

describe('the insights page', () => {
  it('asks for the key before any data, refuses a wrong one, then shows the traffic in tables and charts', async () => {
    const { page, problems, elsewhere } = await open('en-GB');
    await page.waitForSelector('form.login:not(.hidden)');
    expect(await page.textContent('h1')).toBe(INSIGHTS_PAGE_STRINGS.heading.en);
    expect(await seriousViolations(page)).toEqual([]);
    expect(seen.some((r) => r.path === INSIGHTS_PATHS.report)).toBe(false);

    await signIn(page, 'not-the-key');
    await page.waitForSelector('#insights-login-error:not(.hidden)');
    expect(await page.textContent('#insights-login-error')).toBe(INSIGHTS_PAGE_STRINGS.wrongToken.en);
    expect(seen.filter((r) => r.path === INSIGHTS_PATHS.report).map((r) => r.auth)).toEqual(['Bearer not-the-key']);

    await signIn(page, TOKEN);
    await page.waitForSelector('table[data-table="perDay"]');
    // The default period: the last 30 days, today included.
    const asked = seen.filter((r) => r.path === INSIGHTS_PATHS.report).at(-1)!;
    expect([asked.query.get('from'), asked.query.get('to'), asked.query.get('lang')]).toEqual([addDays(TODAY, -29), TODAY, 'en']);

    expect(await page.$$eval('[data-totals] .value', (values) => values.map((v) => v.textContent))).toEqual(['6', '7', '6', '1']);
    expect(await tableRows(page, 'perLanguage')).toEqual([
      ['Spanish', '3', '5'],
      ['English', '1', '1'],
      ['French', '2', '1'],
    ]);
    expect(await tableRows(page, 'perChannel')).toEqual([
      ['Website', '4', '6'],
      ['Teams', '2', '1'],
      ['Other', '0', '0'],
    ]);
    const days = await tableRows(page, 'perDay');
    expect(days).toHaveLength(30);
    expect(days.at(-1)!.slice(0, 3)).toEqual([TODAY, '3', '5']);
    expect(days.at(-2)!.slice(0, 3)).toEqual([YESTERDAY, '2', '1']);
    expect((await tableRows(page, 'outcomes')).slice(0, 4)).toEqual([
      ['Answered', '5', '71.4%'],
      ['Answered after "did you mean"', '1', '14.3%'],
      ['"Did you mean" with nothing picked', '0', '0%'],
      ['Not found', '1', '14.3%'],
    ]);
    const funnel = Object.fromEntries((await tableRows(page, 'funnel')).map((row) => [row[0], row.slice(1)]));
    expect(funnel['Form started']).toEqual(['2', '100%', '']);
    expect(funnel['E-mail']).toEqual(['2', '100%', '0']);
    expect(funnel.Organisation).toEqual(['1', '50%', '1']);
    expect(funnel['E-mail prepared or sent']).toEqual(['1', '50%', '0']);
    const entries = await tableRows(page, 'entries');
    expect(entries[0]).toEqual(['areas', kb.entries.get('areas')!.text.en.title, '4', '0', '1', '1', '50%', '0']);
    // Answered only 20 days ago: counted, as the period includes that day.
    expect(entries.map((e) => e[0])).toEqual(['areas', 'funding', 'regions']);
    const never = (await tableRows(page, 'neverAsked')).map((row) => row[0]);
    expect(never).not.toContain('areas');
    expect(never).toContain('about');
    expect((await tableRows(page, 'unanswered'))[0]![2]).toBe(UNANSWERED);

    // A chart beside each table that has one, described for screen readers.
    const charts = await page.$$eval('figure.chart canvas', (canvases) =>
      canvases.map((c) => [c.getAttribute('role'), c.getAttribute('aria-label'), c.width > 0]),
    );
    expect(charts).toHaveLength(7);
    for (const [role, label, drawn] of charts) {
      expect(role).toBe('img');
      expect(label).toMatch(/^Chart: .+\. The same data is in the table that follows\.$/);
      expect(drawn).toBe(true);
    }
    await page.screenshot({ path: join(ARTIFACTS, 'insights-page.png'), fullPage: true });
    expect(await seriousViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
    expect(elsewhere).toEqual([]);
    await page.context().close();
  });

  it('downloads each table as the CSV the server makes, with the key, formulas neutralised', async () => {
    const { page, problems } = await open('en-GB', true);
    await signIn(page, TOKEN);
    await page.waitForSelector('button[data-csv="unanswered"]');
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('button[data-csv="unanswered"]')]);
    expect(download.suggestedFilename()).toBe(`mieux-insights-unanswered-${addDays(TODAY, -29)}-${TODAY}.csv`);
    const csv = readFileSync(await download.path(), 'utf8');
    expect(csv.startsWith('\uFEFFTimes,Language,Question,')).toBe(true);
    expect(csv).toContain(`"'=HYPERLINK(""http://x"",""What is the capital of France?"")"`);
    const request = seen.filter((r) => r.path === INSIGHTS_PATHS.csv).at(-1)!;
    expect([request.query.get('table'), request.auth]).toEqual(['unanswered', `Bearer ${TOKEN}`]);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('shows another period when one is chosen, and keeps the key for the tab until signing out', async () => {
    const { page, problems } = await open('en-GB');
    await signIn(page, TOKEN);
    await page.waitForSelector('table[data-table="perDay"]');
    await page.check('#insights-last-7');
    await page.click('form.period button[type=submit]');
    await expect.poll(async () => (await tableRows(page, 'perDay')).length).toBe(7);
    // The day 20 days ago is outside: its English conversation and question are gone.
    expect(await tableRows(page, 'perLanguage')).toContainEqual(['English', '0', '0']);

    await page.fill('#insights-from', YESTERDAY);
    await page.fill('#insights-to', YESTERDAY);
    await page.click('form.period button[type=submit]');
    await expect.poll(async () => (await tableRows(page, 'perDay')).map((row) => row.slice(0, 3))).toEqual([[YESTERDAY, '2', '1']]);

    // A day before the retention: the browser's own check stops it before any request.
    expect(await page.getAttribute('#insights-from', 'min')).toBe(addDays(TODAY, -(RETENTION_DAYS - 1)));
    const requests = seen.length;
    await page.fill('#insights-from', addDays(TODAY, -200));
    await page.click('form.period button[type=submit]');
    expect(await page.$('#insights-from:invalid')).not.toBeNull();
    expect(seen.slice(requests).filter((r) => r.path === INSIGHTS_PATHS.report)).toEqual([]);

    // The server failing: said plainly, and the tables shown stay.
    await page.fill('#insights-from', YESTERDAY);
    await page.route(`**${INSIGHTS_PATHS.report}?*`, (route) => route.fulfill({ status: 500, body: 'no' }));
    await page.click('form.period button[type=submit]');
    await page.waitForSelector('p.error[role=alert]:not(.hidden)');
    expect(await page.textContent('p.error[role=alert]:not(.hidden)')).toBe(INSIGHTS_PAGE_STRINGS.loadFailed.en);
    expect(await tableRows(page, 'perDay')).toEqual([[YESTERDAY, '2', '1', '0', '0', '1', '0', '1', '0']]);
    await page.unroute(`**${INSIGHTS_PATHS.report}?*`);
    problems.splice(0, problems.length, ...problems.filter((p) => !/status of 500/.test(p)));

    await page.reload();
    await page.waitForSelector('table[data-table="perDay"]');
    expect(await page.isVisible('form.login')).toBe(false);
    await page.click('.toolbar button.secondary');
    await page.waitForSelector('form.login:not(.hidden)');
    expect(await page.evaluate('window.sessionStorage.length')).toBe(0);
    expect(await page.$('table')).toBeNull();
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it.each<[string, Lang, string, string]>([
    ['fr-FR', 'fr', 'Jour', 'Espagnol'],
    ['es-ES', 'es', 'Día', 'Español'],
  ])('speaks the browser language (%s)', async (locale, lang, dayHeader, spanish) => {
    const { page, problems } = await open(locale);
    expect(await page.getAttribute('html', 'lang')).toBe(lang);
    expect(await page.textContent('form.login button')).toBe(INSIGHTS_PAGE_STRINGS.signIn[lang]);
    await signIn(page, TOKEN);
    await page.waitForSelector('table[data-table="perDay"]');
    expect(await page.textContent('table[data-table="perDay"] thead th')).toBe(dayHeader);
    expect((await tableRows(page, 'perLanguage'))[0]![0]).toBe(spanish);
    expect(problems).toEqual([]);
    await page.context().close();
  });
});
