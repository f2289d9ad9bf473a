/**
 * widget.js as a visitor meets it: a partner site on another origin (a second local port) embeds
 * the chat with one script tag. Real Chromium, the real bot with its embedded Direct Line, the
 * widget built from src/widget as `npm run build` builds it. Screenshots for the README go to
 * docs/images/ (committed), the rest to test-artifacts/.
 */
import AxeBuilder from '@axe-core/playwright';
import { mkdirSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundleWidget } from '../../scripts/deploy/buildWidget';
import { PROJECT_ROOT, WEBSITE_PATHS } from '../../src/config';
import { loadBranding } from '../../src/core/branding/loadBranding';
import { STRINGS, t } from '../../src/core/i18n/strings';
import type { Lang } from '../../src/core/language/languages';
import { startBot, type RunningBot } from '../support/directLine';
import { shippedKnowledge, replyText } from '../support/shippedKnowledge';
import { botTexts, clickAsVisitor, launchChromium, SUGGESTED, type, waitForBotText } from '../support/browser';
import { rendered } from '../support/webChatText';

const ARTIFACTS = join(PROJECT_ROOT, 'test-artifacts');
const IMAGES = join(PROJECT_ROOT, 'docs', 'images');
const TIMEOUT = 120_000;
const kb = shippedKnowledge();
const branding = loadBranding(WEBSITE_PATHS.brandingDir);
const question = (id: string, lang: Lang) => kb.entries.get(id)!.text[lang].questions[0]!;
const CHAT = '.mieux-w-chat';

let browser: Browser;
let bot: RunningBot;
let site: { server: Server; origin: string };

/**
 * The partner site: pages in a language, each with the one script tag (and its attributes) and a
 * link before it, so the keyboard has something to pass on its way to the launcher.
 */
async function partnerSite(botBase: () => string): Promise<{ server: Server; origin: string }> {
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://site');
    const match = /^\/(es|en|fr)\/(one|two)$/.exec(url.pathname);
    if (!match) {
      res.writeHead(url.pathname === '/favicon.ico' ? 204 : 404);
      res.end();
      return;
    }
    const [, lang, which] = match;
    const attributes = url.searchParams.get('attrs') ?? '';
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(`<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Partner ${which}</title></head><body><header><a href="/${lang}/${which === 'one' ? 'two' : 'one'}">Other page</a></header>
<main><h1>Partner site, page ${which}</h1><p>Some content of the partner's own.</p></main>
<script src="${botBase()}/widget.js" async ${attributes}></script></body></html>`);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  // localhost, not 127.0.0.1 like the bot: another origin.
  return { server, origin: `http://localhost:${(server.address() as AddressInfo).port}` };
}

interface Visit {
  readonly context: BrowserContext;
  readonly page: Page;
  readonly problems: string[];
  /** Requests for Web Chat's bundle, in order. */
  readonly bundleRequests: string[];
}

async function visit(
  path: string,
  options: { viewport?: { width: number; height: number }; reducedMotion?: 'reduce' | 'no-preference' } = {},
): Promise<Visit> {
  const context = await browser.newContext({
    viewport: options.viewport ?? { width: 1280, height: 800 },
    reducedMotion: options.reducedMotion ?? 'no-preference',
    ...(options.viewport && options.viewport.width < 500 ? { isMobile: true, hasTouch: true, deviceScaleFactor: 1 } : {}),
  });
  const page = await context.newPage();
  const problems: string[] = [];
  const bundleRequests: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('request', (r) => {
    if (/\/webchat\/webchat\.[0-9a-f]{16}\.js$/.test(r.url())) bundleRequests.push(r.url());
  });
  await page.goto(`${site.origin}${path}`);
  await page.locator('.mieux-w-launcher').waitFor();
  return { context, page, problems, bundleRequests };
}

/** What the visitor's own bubbles read, in order. */
async function userTexts(page: Page): Promise<string[]> {
  const bubbles = page.locator(`${CHAT} .webchat__bubble--from-user .webchat__bubble__content`);
  return (await bubbles.allInnerTexts()).map((text) =>
    text
      .replace(/\u200b/g, '')
      .replace(/\s+/g, ' ')
      .trim(),
  );
}

async function waitForAnswer(page: Page, id: string, lang: Lang): Promise<number> {
  return waitForBotText(page, rendered(replyText(id, lang, kb)));
}

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  mkdirSync(IMAGES, { recursive: true });
  let base = '';
  site = await partnerSite(() => base);
  bot = await startBot({ ALLOWED_ORIGINS: site.origin }, { widgetScript: await bundleWidget() });
  base = bot.base;
  browser = await launchChromium();
}, 90_000);

afterAll(async () => {
  await browser?.close();
  await bot?.close();
  if (site) await new Promise<void>((resolve) => site.server.close(() => resolve()));
});

describe('a partner site embeds the chat with one script tag', () => {
  it.each<Lang>(['es', 'en', 'fr'])(
    '%s: open, ask, go to another page and carry on, close, reopen',
    async (lang) => {
      const { context, page, problems, bundleRequests } = await visit(`/${lang}/one`);
      try {
        const launcher = page.locator('.mieux-w-launcher');
        // Labels in the page's language; nothing of Web Chat before the visitor asks for it.
        expect(await launcher.getAttribute('aria-label')).toBe(branding.texts.launcherLabel[lang]);
        expect(await launcher.getAttribute('aria-expanded')).toBe('false');
        await page.waitForLoadState('networkidle');
        expect(bundleRequests).toEqual([]);

        await launcher.click();
        const panel = page.getByRole('dialog', { name: branding.texts.heading[lang] });
        await expect.poll(() => panel.isVisible()).toBe(true);
        expect(await launcher.getAttribute('aria-expanded')).toBe('true');
        expect(await page.locator('.mieux-w-close').getAttribute('aria-label')).toBe(t('widget.close', lang));
        expect(await page.locator('.mieux-w-notice').innerText()).toContain(branding.privacy.kept[lang]);
        expect(await page.locator('.mieux-w-notice a').getAttribute('href')).toBe(branding.privacy.noticeUrl);

        await waitForBotText(page, rendered(STRINGS['bot.welcome'][lang]));
        expect(bundleRequests).toHaveLength(1);
        await type(page, CHAT, question('funding', lang));
        await waitForAnswer(page, 'funding', lang);
        // The README's picture, taken on the first page: a screenshot needs a rendered frame, and
        // headless Chromium under load has rendered none for the next page for over 30 s (CI).
        if (lang === 'en') {
          await page.waitForTimeout(300);
          await page.screenshot({ path: join(IMAGES, 'widget-desktop.png') });
        }

        const conversationOn = () =>
          page.evaluate<string>(
            `(() => { for (let i = 0; i < sessionStorage.length; i++) { const key = sessionStorage.key(i); if (key && key.startsWith('mieux-chat:')) return JSON.parse(sessionStorage.getItem(key)).conversation.conversationId; } return ''; })()`,
          );
        const firstConversation = await conversationOn();
        expect(firstConversation).not.toBe('');
        // A visitor reads the answer before moving on: Web Chat's next poll acknowledges it, and the
        // embedded Direct Line lets go of all the page has seen.
        await page.waitForTimeout(3000);

        // The next page of the same site: the same conversation, the panel open again, showing
        // what the visitor saw on the first page once. (The embedded Direct Line dropped what that
        // page acknowledged; the widget kept it in sessionStorage: docs/website.md.)
        await page.locator('header a').click();
        await page.waitForURL(`**/${lang}/two`);
        await expect.poll(() => page.locator('.mieux-w-panel').isVisible(), { timeout: 15_000 }).toBe(true);
        await page.locator(CHAT).getByRole('textbox').waitFor({ timeout: 20_000 });
        expect(await conversationOn()).toBe(firstConversation);
        await expect.poll(() => userTexts(page), { timeout: 10_000 }).toEqual([question('funding', lang)]);
        await waitForAnswer(page, 'funding', lang);
        const answered = rendered(replyText('funding', lang, kb));
        expect((await botTexts(page)).filter((text) => text === answered)).toHaveLength(1);
        await type(page, CHAT, question('regions', lang));
        await waitForAnswer(page, 'regions', lang);
        expect(await conversationOn()).toBe(firstConversation);
        // It went on: the first page's welcome once, no second one, which a new conversation would have sent.
        await page.waitForTimeout(1500);
        expect((await botTexts(page)).filter((text) => text === rendered(STRINGS['bot.welcome'][lang]))).toHaveLength(1);
        expect(await userTexts(page)).toEqual([question('funding', lang), question('regions', lang)]);

        await clickAsVisitor(page, '.mieux-w-close');
        await expect.poll(() => page.locator('.mieux-w-panel').isVisible()).toBe(false);
        expect(await page.evaluate('document.activeElement && document.activeElement.className')).toBe('mieux-w-launcher');

        await clickAsVisitor(page, '.mieux-w-launcher');
        await expect.poll(() => page.locator('.mieux-w-panel').isVisible()).toBe(true);
        await waitForAnswer(page, 'regions', lang);
        expect(problems).toEqual([]);
      } finally {
        await context.close();
      }
    },
    TIMEOUT,
  );

  it(
    'data attributes: data-lang over the page language, data-position="left", data-open opens without taking the focus',
    async () => {
      const attrs = encodeURIComponent('data-lang="fr" data-position="left" data-open');
      const { context, page, problems } = await visit(`/en/one?attrs=${attrs}`);
      try {
        await expect.poll(() => page.locator('.mieux-w-panel').isVisible()).toBe(true);
        await waitForBotText(page, rendered(STRINGS['bot.welcome'].fr));
        expect(await page.locator('.mieux-w-launcher').getAttribute('aria-label')).toBe(branding.texts.launcherLabel.fr);
        const launcher = await page.locator('.mieux-w-launcher').boundingBox();
        expect(launcher!.x).toBeLessThan(100);
        expect(await page.evaluate('document.activeElement === document.body')).toBe(true);
        expect(problems).toEqual([]);
      } finally {
        await context.close();
      }
    },
    TIMEOUT,
  );
});

describe('on a phone (390×844)', () => {
  it(
    'the panel is full screen, the header compact, and the buttons after an answer fit in few rows',
    async () => {
      const { context, page, problems } = await visit('/es/one', { viewport: { width: 390, height: 844 } });
      try {
        await page.locator('.mieux-w-launcher').click();
        await waitForBotText(page, rendered(STRINGS['bot.welcome'].es));
        const panel = await page.locator('.mieux-w-panel').boundingBox();
        expect(panel).toEqual({ x: 0, y: 0, width: 390, height: 844 });
        // The launcher would sit on the send button: it is hidden while the panel fills the screen.
        expect(await page.locator('.mieux-w-launcher').isVisible()).toBe(false);
        const header = await page.locator('.mieux-w-header').boundingBox();
        const notice = await page.locator('.mieux-w-notice').boundingBox();
        // Issue 14 measured ~200 px of heading on the old page; the header and the notice together stay under 130.
        expect(header!.height + notice!.height).toBeLessThan(130);

        await type(page, CHAT, question('become-expert', 'es'));
        await waitForAnswer(page, 'become-expert', 'es');
        const titles = (await page.locator(SUGGESTED).allInnerTexts()).map((s) => s.trim());
        const handoff = STRINGS['handoff.button'].es;
        expect(titles.filter((title) => title === handoff)).toHaveLength(1);
        expect(titles).not.toContain(kb.entries.get(kb.conversation.contactEntry)!.text.es.title);
        expect(titles.slice(-2)).toEqual([STRINGS['feedback.up'].es, STRINGS['feedback.down'].es]);
        const votes = await Promise.all(
          [STRINGS['feedback.up'].es, STRINGS['feedback.down'].es].map((title) =>
            page.locator(SUGGESTED, { hasText: title }).boundingBox(),
          ),
        );
        // One row: every button at the same height (the row scrolls sideways when it is too long).
        const rows = await Promise.all(
          (await page.locator(SUGGESTED).all()).map(async (button) => Math.round((await button.boundingBox())?.y ?? -1)),
        );
        expect(new Set(rows).size).toBe(1);
        expect(votes[0]!.y).toBe(votes[1]!.y);
        await page.waitForTimeout(300);
        await page.screenshot({ path: join(IMAGES, 'widget-phone.png') });
        expect(problems).toEqual([]);
      } finally {
        await context.close();
      }
    },
    TIMEOUT,
  );
});

describe('with the keyboard only', () => {
  it(
    'Tab to the launcher, Enter opens and moves the focus into the panel, type and send, Escape closes back to the launcher',
    async () => {
      const { context, page, problems } = await visit('/en/one');
      try {
        const focused = () =>
          page.evaluate<string>('document.activeElement ? (document.activeElement.className || document.activeElement.tagName) : ""');
        // The page's own link first, then the launcher (it is the last thing on the page).
        await page.keyboard.press('Tab');
        expect(await focused()).toBe('A');
        await page.keyboard.press('Tab');
        expect(await focused()).toBe('mieux-w-launcher');
        await page.keyboard.press('Enter');
        // The focus goes into the panel, then to the send box once Web Chat is there.
        await expect
          .poll(
            () =>
              page.evaluate<boolean>(
                '!!document.activeElement && !!document.activeElement.closest(".mieux-w-panel") && document.activeElement.getAttribute("role") !== "dialog" && /input|textarea/i.test(document.activeElement.tagName)',
              ),
            {
              timeout: 20_000,
            },
          )
          .toBe(true);
        await page.keyboard.type(question('areas', 'en'));
        await page.keyboard.press('Enter');
        await waitForAnswer(page, 'areas', 'en');
        await page.keyboard.press('Escape');
        await expect.poll(() => page.locator('.mieux-w-panel').isVisible()).toBe(false);
        expect(await focused()).toBe('mieux-w-launcher');
        expect(await page.locator('.mieux-w-launcher').getAttribute('aria-expanded')).toBe('false');
        // Enter on the launcher again: the same conversation.
        await page.keyboard.press('Enter');
        await waitForAnswer(page, 'areas', 'en');
        expect(problems).toEqual([]);
      } finally {
        await context.close();
      }
    },
    TIMEOUT,
  );
});

describe('motion', () => {
  it(
    'no animation or transition for a visitor who asked for reduced motion; the entrance animation otherwise',
    async () => {
      const styles = async (reducedMotion: 'reduce' | 'no-preference') => {
        const { context, page } = await visit('/en/one', { reducedMotion });
        try {
          await page.locator('.mieux-w-launcher').click();
          await page.locator('.mieux-w-panel').waitFor();
          return await page.evaluate<{ animation: string; transition: string }>(
            '({ animation: getComputedStyle(document.querySelector(".mieux-w-panel")).animationName, transition: getComputedStyle(document.querySelector(".mieux-w-launcher")).transitionDuration })',
          );
        } finally {
          await context.close();
        }
      };
      expect(await styles('reduce')).toEqual({ animation: 'none', transition: '0s' });
      const moving = await styles('no-preference');
      expect(moving.animation).toBe('mieux-w-in');
      expect(moving.transition).not.toBe('0s');
    },
    TIMEOUT,
  );
});

describe('accessibility', () => {
  it.each<{ name: string; viewport: { width: number; height: number } }>([
    { name: 'desktop', viewport: { width: 1280, height: 800 } },
    { name: 'phone', viewport: { width: 390, height: 844 } },
  ])(
    'axe-core finds nothing serious or critical in the open panel with an answer ($name)',
    async ({ viewport }) => {
      const { context, page } = await visit('/fr/one', { viewport });
      try {
        await page.locator('.mieux-w-launcher').click();
        await waitForBotText(page, rendered(STRINGS['bot.welcome'].fr));
        await type(page, CHAT, question('about', 'fr'));
        await waitForAnswer(page, 'about', 'fr');
        const results = await new AxeBuilder({ page }).include('.mieux-w').analyze();
        const serious = results.violations
          .filter((v) => v.impact === 'serious' || v.impact === 'critical')
          .map((v) => `${v.impact}: ${v.id} (${v.help}) at ${v.nodes.map((n) => n.target.join(' ')).join('; ')}`);
        expect(serious).toEqual([]);
        expect(results.passes.length).toBeGreaterThan(10);
      } finally {
        await context.close();
      }
    },
    TIMEOUT,
  );
});
