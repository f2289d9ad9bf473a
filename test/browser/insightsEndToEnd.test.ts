/**
 * Issue 15 end to end: the real server (startServer, in-memory storage, INSIGHTS_TOKEN set) takes
 * conversations over the Bot Framework protocol — questions answered and not, a vote, a hand-off
 * in which a name and an e-mail address are typed — then /insights is opened in headless Chromium
 * with the token. The numbers it shows are the traffic sent; the typed name and address are
 * nowhere in the page, its data or its CSV files; without the token the data is refused (401).
 * Screenshots go to test-artifacts/ (docs/images/insights-page.png is a copy of insights-page.png).
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Activity, CardAction } from 'botbuilder';
import { type Browser, type Page } from 'playwright-core';
import { launchChromium } from '../../scripts/support/chromium';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InsightsSetup } from '../../src/app/insights/createInsights';
import { loadConfig, PROJECT_ROOT } from '../../src/config';
import { STRINGS, t } from '../../src/core/i18n/strings';
import { INSIGHTS_PAGE_STRINGS } from '../../src/core/i18n/insightsStrings';
import { startServer } from '../../src/index';
import type { BotServer } from '../../src/hosting/http/server';
import { createLogger } from '../../src/logger';
import { messageActivity, send, uniqueId } from '../support/http';
import { shippedKnowledge } from '../support/shippedKnowledge';

const ARTIFACTS = join(PROJECT_ROOT, 'test-artifacts');
const TOKEN = 'e2e-insights-token-0123456789abcdef0123456789abcdef';
const NAME = 'Zoltan Quixote-Brambleworth';
const EMAIL = 'zq.brambleworth@example.org';
const kb = shippedKnowledge();

let browser: Browser;
let server: BotServer;
let insights: InsightsSetup;
let origin: string;

type Channel = 'webchat' | 'msteams';

/** One message over the Bot Framework protocol (expectReplies); the bot's messages back. */
async function say(
  conversationId: string,
  channelId: Channel,
  text: string,
  extra: Record<string, unknown> = {},
): Promise<Partial<Activity>[]> {
  const activity = { ...messageActivity({ conversationId, text }), channelId, ...extra };
  const result = await send(`${origin}/api/messages`, activity);
  expect(result.status, result.text.slice(0, 200)).toBe(200);
  return (result.json as { activities: Partial<Activity>[] }).activities.filter((a) => a.type === 'message');
}

const last = (replies: Partial<Activity>[]) => replies[replies.length - 1]!;
/** A vote button: a suggested action on the web, a card's button in Teams (where suggested actions do not stay). */
const voteAction = (activity: Partial<Activity> | undefined, vote: 'up' | 'down'): CardAction | undefined =>
  [
    ...(activity?.suggestedActions?.actions ?? []),
    ...(activity?.attachments ?? []).flatMap((a) => (a.content as { buttons?: CardAction[] } | undefined)?.buttons ?? []),
  ].find((a) => (a.value as { feedback?: string } | undefined)?.feedback === vote);

/** The traffic: what the page must show afterwards. */
async function talk(): Promise<{ votedEntry: string }> {
  // A website visitor, in English: one answer, one "I don't know" (which offers the team).
  const web = uniqueId('web');
  const [about] = await say(web, 'webchat', 'What is MIEUX+?', { locale: 'en-GB' });
  expect(about?.text).toContain('MIEUX+');
  const [unknown] = await say(web, 'webchat', 'What is the capital of Peru?', { locale: 'en-GB' });
  expect(unknown?.text).toBe(t('bot.notFound', 'en', { email: 'mieux-initiative@icmpd.org' }));

  // Someone in Teams, in French: one answer, voted not helpful.
  const teams = uniqueId('teams');
  const [regions] = await say(teams, 'msteams', 'Dans quelles régions travaille MIEUX+ ?', { locale: 'fr-FR' });
  const down = voteAction(regions, 'down');
  expect(down, 'the answer offers a vote').toBeDefined();
  await say(teams, 'msteams', down!.title ?? '', { value: down!.value, locale: 'fr-FR' });

  // A website visitor, in Spanish, writing to the team: name and address typed.
  const form = uniqueId('form');
  const consent = await say(form, 'webchat', 'Quiero participar', { locale: 'es-ES' });
  expect(last(consent).text).toContain(STRINGS['handoff.consentMailto'].es.slice(0, 20));
  const answers = [
    STRINGS['handoff.consentYes'].es,
    STRINGS['role.expert'].es,
    NAME,
    EMAIL,
    'Ministerio de Ejemplos',
    'Irlanda',
    kb.entries.get('area-legal-migration')!.text.es.title,
    'Quisiera participar como experto.',
  ];
  for (const text of answers) await say(form, 'webchat', text, { locale: 'es-ES' });
  const done = await say(form, 'webchat', STRINGS['handoff.confirmPrepare'].es, { locale: 'es-ES' });
  expect(last(done).text).toContain(EMAIL);
  return { votedEntry: (down!.value as { entryId: string }).entryId };
}

async function signIn(page: Page): Promise<void> {
  await page.fill('#insights-token', TOKEN);
  await page.click('form.login button[type=submit]');
  await page.waitForSelector('table[data-table="perDay"]');
}

const tableRows = (page: Page, id: string): Promise<string[][]> =>
  page.$$eval(`table[data-table="${id}"] tbody tr`, (rows) =>
    rows.map((row) => [...row.children].map((cell) => (cell.textContent ?? '').trim())),
  );

let traffic: { votedEntry: string };

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  const config = loadConfig({ PORT: '0', HOST: '127.0.0.1', INSIGHTS_TOKEN: TOKEN }, null);
  const started = await startServer(config, createLogger('silent'));
  if (!started.insights) throw new Error('startServer did not set the insights up although INSIGHTS_TOKEN is set');
  server = started.server;
  insights = started.insights;
  origin = `http://127.0.0.1:${started.port}`;
  traffic = await talk();
  // Counts are written in the background after each turn; the page reads them once written.
  await insights.recorder.flush();
  browser = await launchChromium();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await insights?.stop(2_000);
  await server?.close(2_000);
});

describe('/insights on the real server, after real conversations', () => {
  it('refuses the data without the token, or with a wrong one (401), and says noindex everywhere', async () => {
    const none = await fetch(`${origin}/insights/api/report`);
    expect(none.status).toBe(401);
    expect(none.headers.get('www-authenticate')).toMatch(/^Bearer/);
    const wrong = await fetch(`${origin}/insights/api/csv?table=perDay`, { headers: { authorization: `Bearer ${TOKEN.slice(0, -1)}x` } });
    expect(wrong.status).toBe(401);
    for (const response of [none, wrong]) expect(await response.text()).not.toMatch(/conversations|questions/);
    const page = await fetch(`${origin}/insights`, { headers: { 'accept-language': 'fr-FR' } });
    expect(page.status).toBe(200);
    expect(page.headers.get('x-robots-tag')).toContain('noindex');
    expect(page.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(await page.text()).toContain(INSIGHTS_PAGE_STRINGS.heading.fr);
    // Bad input is the client's: 400, not 5xx.
    const bad = await fetch(`${origin}/insights/api/report?from=2026-02-30&to=yesterday`, {
      headers: { authorization: `Bearer ${TOKEN}` },
    });
    expect(bad.status).toBe(400);
    const table = await fetch(`${origin}/insights/api/csv?table=nope`, { headers: { authorization: `Bearer ${TOKEN}` } });
    expect(table.status).toBe(400);
  });

  it('shows the numbers of the traffic sent, with nothing a person typed, and only requests of its own', async () => {
    const context = await browser.newContext({ locale: 'en-GB', viewport: { width: 1200, height: 1400 } });
    const page = await context.newPage();
    const elsewhere: string[] = [];
    const problems: string[] = [];
    page.on('request', (request) => {
      if (!request.url().startsWith(origin) && !request.url().startsWith('blob:')) elsewhere.push(request.url());
    });
    page.on('pageerror', (error) => problems.push(error.message));
    await page.goto(`${origin}/insights`);
    await page.waitForSelector('form.login:not(.hidden)');
    expect(await page.$$('table[data-table]')).toHaveLength(0);
    await signIn(page);

    // Conversations, questions, answers, messages to the team.
    expect(await page.$$eval('[data-totals] .value', (values) => values.map((v) => v.textContent))).toEqual(['3', '3', '2', '1']);
    expect(await tableRows(page, 'perLanguage')).toEqual([
      ['Spanish', '1', '0'],
      ['English', '1', '2'],
      ['French', '1', '1'],
    ]);
    expect(await tableRows(page, 'perChannel')).toEqual([
      ['Website', '2', '2'],
      ['Teams', '1', '1'],
      ['Other', '0', '0'],
    ]);
    const outcomes = Object.fromEntries((await tableRows(page, 'outcomes')).map((row) => [row[0], row.slice(1)]));
    expect(outcomes.Answered).toEqual(['2', '66.7%']);
    expect(outcomes['Not found']).toEqual(['1', '33.3%']);
    const afterAnswer = Object.fromEntries((await tableRows(page, 'afterAnswer')).map((row) => [row[0], row.slice(1)]));
    expect(afterAnswer['Voted not helpful']).toEqual(['1', '50%']);
    const funnel = Object.fromEntries((await tableRows(page, 'funnel')).map((row) => [row[0], row[1]]));
    expect(funnel).toMatchObject({
      'Button offered': '1',
      'Form started': '1',
      'Consent given': '1',
      Name: '1',
      'E-mail': '1',
      Summary: '1',
      'E-mail prepared or sent': '1',
    });
    const voted = (await tableRows(page, 'entries')).find((row) => row[0] === traffic.votedEntry);
    expect(voted?.slice(2, 6)).toEqual(['1', '0', '0', '1']);
    expect((await tableRows(page, 'unanswered')).map((row) => row[2])).toEqual(['What is the capital of Peru?']);
    const never = (await tableRows(page, 'neverAsked')).map((row) => row[0]);
    expect(never).not.toContain(traffic.votedEntry);
    expect(never.length).toBe(kb.entries.size - 2);

    await page.screenshot({ path: join(ARTIFACTS, 'insights-page-full.png'), fullPage: true });
    // The first screen, as the README shows it.
    await page.screenshot({ path: join(ARTIFACTS, 'insights-page.png') });
    const everything = `${await page.content()}\n${await page.innerText('body')}`;
    for (const typed of [NAME, EMAIL, 'Brambleworth', 'example.org']) expect(everything).not.toContain(typed);
    expect(elsewhere).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('puts nothing a person typed in the data or in any CSV', async () => {
    const headers = { authorization: `Bearer ${TOKEN}` };
    const report = await fetch(`${origin}/insights/api/report?lang=es`, { headers });
    expect(report.status).toBe(200);
    const payload = (await report.json()) as { tables: { id: string }[] };
    expect(payload.tables.length).toBeGreaterThanOrEqual(9);
    const texts = [JSON.stringify(payload)];
    for (const { id } of payload.tables) {
      const csv = await fetch(`${origin}/insights/api/csv?table=${id}&lang=es`, { headers });
      expect(csv.status, id).toBe(200);
      expect(csv.headers.get('content-type')).toContain('text/csv');
      texts.push(await csv.text());
    }
    for (const text of texts) for (const typed of [NAME, EMAIL, 'Brambleworth', 'example.org']) expect(text).not.toContain(typed);
  });
});
