/**
 * The website chat in a real browser: Debian's Chromium (installed by .ci/run), driven by
 * playwright-core, against the real bot on a loopback port with its embedded Direct Line. No
 * browser is downloaded; without /usr/bin/chromium these tests fail and say how to install it.
 * Screenshots go to test-artifacts/.
 */
import { STRINGS, t } from '../../src/core/i18n/strings';
import { mkdirSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { type Browser, type BrowserContext, type Page } from 'playwright-core';
import { BOT_BUBBLES, SUGGESTED, botTexts, launchChromium, waitForBotText } from '../support/browser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT, WEBSITE_PATHS, loadConfig } from '../../src/config';
import { loadBranding } from '../../src/core/branding/loadBranding';
import { areaLabelFor } from '../../src/core/handoff/areaLabel';
import { loadKnowledge } from '../../src/core/knowledge/loadKnowledge';
import type { Lang } from '../../src/core/language/languages';
import { LocalRecognizer } from '../../src/core/understanding/localRecognizer';
import { startBot, type RunningBot } from '../support/directLine';
import { rendered } from '../support/webChatText';
import { replyText } from '../support/shippedKnowledge';

const ARTIFACTS = join(PROJECT_ROOT, 'test-artifacts');
const CONTACT = 'mieux-initiative@icmpd.org';
const BROWSER_TIMEOUT = 90_000;

const kb = loadKnowledge(loadConfig({}, null).knowledgeDir);
const branding = loadBranding(WEBSITE_PATHS.brandingDir);
const entry = (id: string, lang: Lang) => kb.entries.get(id)!.text[lang];

interface Watched {
  readonly page: Page;
  readonly context: BrowserContext;
  /** Console errors, page errors, CSP violations. */
  readonly problems: string[];
  /** Every request that left for somewhere other than the bot (or the host page's own server). */
  readonly elsewhere: string[];
  /** Addresses the page asked window.open to open. */
  readonly opened: () => Promise<string[]>;
}

let browser: Browser;
let bot: RunningBot;
let site: { server: Server; origin: string };
let otherSite: { server: Server; origin: string };

/** A website that embeds the chat with the snippet of docs/website.md. */
async function hostSite(snippet: (botBase: string) => string): Promise<{ server: Server; origin: string; setBot(base: string): void }> {
  let botBase = '';
  const server = createServer((req, res) => {
    if (req.url !== '/') {
      // The browser asks for /favicon.ico: nothing there, and no error in the console either.
      res.writeHead(req.url === '/favicon.ico' ? 204 : 404);
      res.end();
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(`<!doctype html><html><head><title>A partner site</title></head><body><h1>Partner</h1>${snippet(botBase)}</body></html>`);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  return { server, origin: `http://localhost:${(server.address() as AddressInfo).port}`, setBot: (base) => (botBase = base) };
}

/** The snippet exactly as docs/website.md gives it to websites, pointed at the bot under test. */
const DOCUMENTED_SNIPPET = /## The snippet[\s\S]*?```html\n([\s\S]*?)```/.exec(
  readFileSync(join(PROJECT_ROOT, 'docs', 'website.md'), 'utf8'),
)?.[1];
if (!DOCUMENTED_SNIPPET?.includes('https://bot.example.org/')) throw new Error('docs/website.md: no html snippet under "## The snippet"');
const SNIPPET = (botBase: string) => DOCUMENTED_SNIPPET.replaceAll('https://bot.example.org', botBase);

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  const listed = await hostSite(SNIPPET);
  const unlisted = await hostSite(SNIPPET);
  site = listed;
  otherSite = unlisted;
  bot = await startBot({ ALLOWED_ORIGINS: listed.origin });
  listed.setBot(bot.base);
  unlisted.setBot(bot.base);
  browser = await launchChromium();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await bot?.close();
  for (const s of [site, otherSite]) if (s) await new Promise<void>((resolve) => s.server.close(() => resolve()));
});

async function open(url: string, locale: string, allowedHosts: readonly string[] = [bot.base]): Promise<Watched> {
  const context = await browser.newContext({ locale, viewport: { width: 900, height: 1100 } });
  // Records what Web Chat asks window.open to open (a mailto: opens the mail program, not a page).
  // Browser-side code is a string: the tests are type-checked without the DOM library.
  await context.addInitScript({
    content: `window.__opened = []; const open = window.open.bind(window); window.open = (url, ...rest) => { window.__opened.push(String(url)); return open(url, ...rest); };`,
  });
  const page = await context.newPage();
  const problems: string[] = [];
  const elsewhere: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('request', (request) => {
    const address = request.url();
    if (!address.startsWith('blob:') && !address.startsWith('data:') && !allowedHosts.some((host) => address.startsWith(host)))
      elsewhere.push(address);
  });
  await page.goto(url);
  return { page, context, problems, elsewhere, opened: () => page.evaluate<string[]>('window.__opened') };
}

async function waitForBotCount(page: Page, count: number): Promise<void> {
  await page
    .locator(BOT_BUBBLES)
    .nth(count - 1)
    .waitFor({ timeout: 15_000 });
}

/** Types a message, sends it with Enter, and returns the bot's next message once it arrives. */
async function say(page: Page, text: string): Promise<string> {
  const before = await page.locator(BOT_BUBBLES).count();
  const box = page.locator('#mieux-chat').getByRole('textbox');
  await box.fill(text);
  await box.press('Enter');
  await waitForBotCount(page, before + 1);
  return (await botTexts(page))[before]!;
}

async function suggestedTitles(page: Page): Promise<string[]> {
  return (await page.locator(SUGGESTED).allInnerTexts()).map((t) => t.trim());
}

/** The buttons shown begin with these (the bot may add its own after them, such as feedback). */
async function expectButtonsStartWith(page: Page, titles: readonly string[]): Promise<void> {
  await expect.poll(async () => (await suggestedTitles(page)).slice(0, titles.length)).toEqual(titles);
}

describe('the chat page in each language', () => {
  it.each<{ lang: Lang; locale: string }>([
    { lang: 'es', locale: 'es-ES' },
    { lang: 'en', locale: 'en-GB' },
    { lang: 'fr', locale: 'fr-FR' },
  ])(
    '$locale: welcome, a question answered, a suggested action followed ($lang)',
    async ({ lang, locale }) => {
      const { page, context, problems, elsewhere } = await open(`${bot.base}/`, locale);
      try {
        expect(await page.title()).toBe(branding.botName[lang]);
        expect(await page.locator('html').getAttribute('lang')).toBe(lang);
        expect(await page.locator('#mieux-chat').getAttribute('aria-label')).toBe(STRINGS['script.chatLabel'][lang]);

        // The welcome, in the browser's language, with the main topics as buttons and one way to
        // reach the team, the hand-off (the contact entry is not a button of its own: issue 14).
        await waitForBotText(page, rendered(STRINGS['bot.welcome'][lang]));
        const mainTopics = [
          ...kb.conversation.mainTopics.filter((id) => id !== kb.conversation.contactEntry).map((id) => entry(id, lang).title),
          STRINGS['handoff.button'][lang],
        ];
        await expectButtonsStartWith(page, mainTopics);

        // A question typed in this language gets its answer.
        const answer = await say(page, entry('funding', lang).questions[0]!);
        expect(answer).toBe(rendered(replyText('funding', lang)));
        const followUps = kb.entries.get('funding')!.followUps;
        await expectButtonsStartWith(
          page,
          followUps.map((id) => entry(id, lang).title),
        );

        // Clicking a follow-up asks for that entry.
        const next = followUps[0]!;
        await page
          .locator(SUGGESTED, { hasText: entry(next, lang).title })
          .first()
          .click();
        await waitForBotText(page, rendered(replyText(next, lang)));

        await page.screenshot({ path: join(ARTIFACTS, `webchat-${lang}.png`), fullPage: true });
        expect(problems).toEqual([]);
        expect(elsewhere).toEqual([]);
      } finally {
        await context.close();
      }
    },
    BROWSER_TIMEOUT,
  );
});

describe('cards, links and buttons', () => {
  it(
    'links in answers open in a new tab; e-mail addresses are mailto: links',
    async () => {
      const { page, context, problems } = await open(`${bot.base}/`, 'en-US');
      try {
        await waitForBotText(page, rendered(STRINGS['bot.welcome'].en));
        await say(page, entry('contact', 'en').title);
        await waitForBotText(page, rendered(replyText('contact', 'en')));
        const answer = page.locator(BOT_BUBBLES).last();
        const web = answer.locator('a[href^="http"]');
        expect(await web.count()).toBeGreaterThan(0);
        for (const link of await web.all()) {
          expect(await link.getAttribute('target')).toBe('_blank');
          expect(await link.getAttribute('rel')).toMatch(/noopener/);
        }
        expect(await answer.locator(`a[href="mailto:${CONTACT}"]`).count()).toBe(1);
        expect(problems).toEqual([]);
      } finally {
        await context.close();
      }
    },
    BROWSER_TIMEOUT,
  );

  it(
    '"did you mean" offers its options as buttons, and one click answers',
    async () => {
      // A one-word question the recognizer finds ambiguous, found with the bot's own recognizer.
      const recognizer = new LocalRecognizer(kb);
      const context = { lang: 'en' as const, offered: kb.conversation.mainTopics };
      const ambiguous = ['experts', 'expertise', 'institutions', 'migration', 'EU', 'actions', 'Actions?']
        .map((text) => ({ text, recognition: recognizer.recognizeSync({ text, locale: 'en-US', context }) }))
        .find(({ recognition }) => recognition.kind === 'clarify');
      if (!ambiguous || ambiguous.recognition.kind !== 'clarify')
        throw new Error('none of the candidate words gets a "did you mean" any more: pick new ones');
      const options = ambiguous.recognition.options;

      const { page, context: browserContext, problems } = await open(`${bot.base}/`, 'en-US');
      try {
        await waitForBotText(page, rendered(STRINGS['bot.welcome'].en));
        expect(await say(page, ambiguous.text)).toBe(rendered(STRINGS['bot.clarify'].en));
        await expectButtonsStartWith(
          page,
          options.map((id) => entry(id, 'en').title),
        );
        await page
          .locator(SUGGESTED, { hasText: entry(options[0]!, 'en').title })
          .first()
          .click();
        await waitForBotText(page, rendered(replyText(options[0]!, 'en')));
        expect(problems).toEqual([]);
      } finally {
        await browserContext.close();
      }
    },
    BROWSER_TIMEOUT,
  );

  it(
    'the hand-off ends with a card whose button opens the prepared e-mail (mailto:), and the e-mail as text to copy',
    async () => {
      const lang: Lang = 'en';
      const areaLabel = areaLabelFor(kb);
      const answers: Array<[string, string]> = [
        [t('handoff.askRole', lang), STRINGS['role.expert'][lang]],
        [t('handoff.askName', lang), 'John Smith'],
        [t('handoff.askEmail', lang), 'j.smith@migration.ie'],
        [t('handoff.askOrganisation', lang), 'Department of Justice'],
        [t('handoff.askCountry', lang), 'Ireland'],
        [t('handoff.askArea', lang), areaLabel('area-legal-migration', lang)],
        [t('handoff.askMessage', lang, { max: '1000' }), 'We would like to start a request on labour migration.'],
      ];
      const { page, context, problems, opened } = await open(`${bot.base}/`, 'en-US');
      try {
        await waitForBotText(page, rendered(STRINGS['bot.welcome'].en));
        await say(page, 'I want to take part');
        let question = await say(page, STRINGS['handoff.consentYes'][lang]);
        for (let i = 0; i < 10 && question !== t('handoff.askConfirm', lang); i += 1) {
          const answer = answers.find(([asked]) => asked === question);
          if (!answer) throw new Error(`the hand-off asked something this test cannot answer: ${question}`);
          const replies = await page.locator(BOT_BUBBLES).count();
          question = await say(page, answer[1]);
          // The summary comes before the confirmation question, in the same turn.
          if (question.startsWith(t('handoff.summary', lang))) {
            await waitForBotCount(page, replies + 2);
            question = (await botTexts(page)).at(-1)!;
          }
        }
        expect(question).toBe(t('handoff.askConfirm', lang));
        await page.locator(SUGGESTED, { hasText: new RegExp(`^${STRINGS['handoff.confirmPrepare'][lang]}$`) }).click();

        const button = page.locator('button.ac-pushButton', { hasText: STRINGS['handoff.mailtoButton'][lang] });
        await button.waitFor({ timeout: 15_000 });
        // The button is the one way to the prepared e-mail; the text says it is not sent yet and shows it to copy.
        expect(await page.locator(`${BOT_BUBBLES} a[href^="mailto:${CONTACT}?subject="]`).count()).toBe(0);
        const copy = page.locator(`${BOT_BUBBLES} pre`).last();
        expect(await copy.innerText()).toContain(`${t('handoff.copyTo', lang)}: ${CONTACT}`);
        expect(await copy.innerText()).toContain('We would like to start a request on labour migration.');
        await page.screenshot({ path: join(ARTIFACTS, 'webchat-handoff-en.png'), fullPage: true });

        await button.click();
        await expect.poll(opened).toEqual([expect.stringMatching(new RegExp(`^mailto:${CONTACT}\\?subject=.*&body=.*John%20Smith`))]);
        expect(problems).toEqual([]);
      } finally {
        await context.close();
      }
    },
    BROWSER_TIMEOUT,
  );
});

describe('embedded in another website with the snippet', () => {
  it(
    'works on a site listed in ALLOWED_ORIGINS, loading everything from the bot',
    async () => {
      const { page, context, problems, elsewhere } = await open(`${site.origin}/`, 'fr-FR', [bot.base, site.origin]);
      try {
        await waitForBotText(page, rendered(STRINGS['bot.welcome'].fr));
        const answer = await say(page, entry('funding', 'fr').questions[0]!);
        expect(answer).toBe(rendered(replyText('funding', 'fr')));
        await page.screenshot({ path: join(ARTIFACTS, 'webchat-embedded-fr.png'), fullPage: true });
        expect(problems).toEqual([]);
        expect(elsewhere).toEqual([]);
      } finally {
        await context.close();
      }
    },
    BROWSER_TIMEOUT,
  );

  it(
    'shows a short notice with the team’s address on a site that is not listed',
    async () => {
      const { page, context } = await open(`${otherSite.origin}/`, 'en-US', [bot.base, otherSite.origin]);
      try {
        const notice = STRINGS['script.unavailable'].en.replace('{email}', CONTACT);
        await expect.poll(() => page.locator('#mieux-chat [role="status"]').innerText(), { timeout: 15_000 }).toBe(notice);
        expect(await page.locator(BOT_BUBBLES).count()).toBe(0);
      } finally {
        await context.close();
      }
    },
    BROWSER_TIMEOUT,
  );
});
