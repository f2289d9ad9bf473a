import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type Browser, type CDPSession, type Page } from 'playwright-core';
import { launchChromium } from '../support/chromium';
import { loadConfig } from '../../src/config';
import { startServer } from '../../src/index';
import { createLogger } from '../../src/logger';
import { bundleWidget } from '../deploy/buildWidget';
import { copyWebChat } from '../deploy/copyWebChat';

/**
 * npm run bench:web — how fast the chat is for a visitor, in Chromium, with no throttling and on
 * Chrome DevTools' "Fast 3G" (CDP Network.emulateNetworkConditions): a partner site's page with
 * widget.js (load event, launcher shown), and the time from pressing the launcher to the first bot
 * message (Web Chat's bundle, the token, the welcome); the same for the full page at / for
 * comparison. Every run in a new browser context (an empty cache), then once more with the cache
 * warm. Figures, not assertions: docs/website.md keeps them.
 */
const RUNS = Number(process.argv[2] ?? 3);
const BOT_BUBBLE = '.webchat__bubble:not(.webchat__bubble--from-user) .webchat__bubble__content';

/** Chrome DevTools' presets (front_end/core/sdk/NetworkManager.ts): bytes per second, latency in ms. */
const PROFILES = {
  'no throttling': undefined,
  'Fast 3G': { latency: 150 * 3.75, downloadThroughput: ((1.6 * 1000 * 1000) / 8) * 0.9, uploadThroughput: ((750 * 1000) / 8) * 0.9 },
} as const;
type Profile = keyof typeof PROFILES;

interface Run {
  /** Host page: navigation start → load event. */
  readonly pageLoad: number;
  /** Host page: navigation start → the launcher drawn. */
  readonly launcher: number;
  /** Press of the launcher (or navigation, for /) → the first bot message shown. */
  readonly firstMessage: number;
  /** Bytes over the wire, by what was fetched. */
  readonly bytes: { widget: number; webChat: number; total: number };
}

function partnerSite(botBase: () => string): Promise<{ server: Server; origin: string }> {
  const server = createServer((req, res) => {
    if (req.url !== '/') {
      res.writeHead(404);
      res.end();
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Partner</title></head><body><h1>A partner site</h1><p>Its own content.</p><script src="${botBase()}/widget.js" async></script></body></html>`,
    );
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => resolve({ server, origin: `http://localhost:${(server.address() as AddressInfo).port}` })),
  );
}

/** Counts the bytes each response took on the wire (compressed, headers included). */
function countBytes(cdp: CDPSession): { bytes: Run['bytes'] } {
  const urls = new Map<string, string>();
  const tally = { bytes: { widget: 0, webChat: 0, total: 0 } };
  cdp.on('Network.responseReceived', (event) => urls.set(event.requestId, event.response.url));
  cdp.on('Network.loadingFinished', (event) => {
    const url = urls.get(event.requestId) ?? '';
    tally.bytes.total += event.encodedDataLength;
    if (url.endsWith('/widget.js')) tally.bytes.widget += event.encodedDataLength;
    if (/\/webchat\/webchat\.[0-9a-f]+\.js$/.test(url)) tally.bytes.webChat += event.encodedDataLength;
  });
  return tally;
}

async function throttled(page: Page, profile: Profile): Promise<CDPSession> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  const conditions = PROFILES[profile];
  if (conditions) await cdp.send('Network.emulateNetworkConditions', { offline: false, ...conditions });
  return cdp;
}

async function measureWidget(browser: Browser, url: string, profile: Profile, warm?: Page): Promise<{ run: Run; page: Page }> {
  const page = warm ?? (await (await browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage());
  const cdp = await throttled(page, profile);
  const tally = countBytes(cdp);
  const started = Date.now();
  await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
  const pageLoad = Date.now() - started;
  await page.locator('.mieux-w-launcher').waitFor({ timeout: 120_000 });
  const launcher = Date.now() - started;
  const pressed = Date.now();
  await page.locator('.mieux-w-launcher').click();
  await page.locator(BOT_BUBBLE).first().waitFor({ timeout: 120_000 });
  const firstMessage = Date.now() - pressed;
  await cdp.detach();
  return { run: { pageLoad, launcher, firstMessage, bytes: { ...tally.bytes } }, page };
}

async function measurePage(browser: Browser, url: string, profile: Profile): Promise<Run> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const cdp = await throttled(page, profile);
  const tally = countBytes(cdp);
  const started = Date.now();
  await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
  const pageLoad = Date.now() - started;
  await page.locator(BOT_BUBBLE).first().waitFor({ timeout: 120_000 });
  const firstMessage = Date.now() - started;
  await context.close();
  return { pageLoad, launcher: Number.NaN, firstMessage, bytes: { ...tally.bytes } };
}

const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
};
const ms = (n: number) => (Number.isNaN(n) ? '–' : n >= 1000 ? `${(n / 1000).toFixed(2)} s` : `${Math.round(n)} ms`);
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

function row(label: string, profile: Profile, runs: readonly Run[]): string {
  const m = (pick: (r: Run) => number) => median(runs.map(pick));
  return `| ${label} | ${profile} | ${ms(m((r) => r.pageLoad))} | ${ms(m((r) => r.launcher))} | ${ms(m((r) => r.firstMessage))} | ${kb(m((r) => r.bytes.widget))} | ${kb(m((r) => r.bytes.webChat))} | ${kb(m((r) => r.bytes.total))} |`;
}

async function main(): Promise<void> {
  const built = copyWebChat();
  const widgetScript = await bundleWidget();
  let base = '';
  const site = await partnerSite(() => base);
  const config = loadConfig({ PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'silent', ALLOWED_ORIGINS: site.origin }, null);
  const { server, port } = await startServer(config, createLogger('silent'), { widgetScript });
  base = `http://127.0.0.1:${port}`;
  const browser = await launchChromium();
  const chromiumVersion = browser.version();
  const lines: string[] = [];
  try {
    for (const profile of Object.keys(PROFILES) as Profile[]) {
      const cold: Run[] = [];
      const warm: Run[] = [];
      const pages: Run[] = [];
      for (let i = 0; i < RUNS; i += 1) {
        const first = await measureWidget(browser, `${site.origin}/`, profile);
        cold.push(first.run);
        // The same visitor on the next page: the browser cache has widget.js (revalidated) and the bundle (immutable).
        const context = first.page.context();
        const next = await context.newPage();
        await first.page.close();
        warm.push((await measureWidget(browser, `${site.origin}/`, profile, next)).run);
        await context.close();
        pages.push(await measurePage(browser, `${base}/`, profile));
      }
      lines.push(row('partner page + widget.js, first visit', profile, cold));
      lines.push(row('partner page + widget.js, cache warm', profile, warm));
      lines.push(row('the page at / (Web Chat at once)', profile, pages));
    }
  } finally {
    await browser.close();
    await server.close(1000);
    site.server.close();
  }
  console.log(`Web Chat ${built.version} (${built.manifest.build} build), median of ${RUNS} runs, Chromium ${chromiumVersion}`);
  console.log('');
  console.log('| what | network | page load | launcher shown | → first bot message | widget.js | Web Chat bundle | all bytes |');
  console.log('|---|---|---|---|---|---|---|---|');
  for (const line of lines) console.log(line);
  console.log('');
  console.log(
    '"→ first bot message": from pressing the launcher (the widget) or from navigation (the page at /). Bytes as sent on the wire (compressed, headers included).',
  );
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
  process.exit(1);
});
