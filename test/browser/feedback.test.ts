/**
 * Helpful / not helpful in the real Web Chat: Debian's Chromium driven by playwright-core, against
 * the real bot (startServer) on a loopback port, through its web page and embedded Direct Line.
 * No browser is downloaded; without /usr/bin/chromium this test fails and says how to install it.
 */
import { STRINGS, t } from '../../src/core/i18n/strings';
import { type Browser, type Page } from 'playwright-core';
import { launchChromium } from '../../scripts/support/chromium';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config';
import type { Lang } from '../../src/core/language/languages';
import type { CurationSetup } from '../../src/app/curation/createCuration';
import { startServer } from '../../src/index';
import { createLogger } from '../../src/logger';
import type { BotServer } from '../../src/hosting/http/server';
import { replyText, shippedKnowledge } from '../support/shippedKnowledge';
import { rendered } from '../support/webChatText';

const BOT_BUBBLES = '.webchat__bubble:not(.webchat__bubble--from-user) .webchat__bubble__content';
const USER_BUBBLES = '.webchat__bubble--from-user .webchat__bubble__content';
const SUGGESTED = 'button.webchat__suggested-actions__button';
const CONTACT = 'mieux-initiative@icmpd.org';

const kb = shippedKnowledge();
const entry = (id: string, lang: Lang) => kb.entries.get(id)!.text[lang];

let browser: Browser;
let server: BotServer;
let curation: CurationSetup;
let base: string;

beforeAll(async () => {
  const started = await startServer(loadConfig({ PORT: '0', HOST: '127.0.0.1' }, null), createLogger('silent'));
  server = started.server;
  curation = started.curation;
  base = `http://127.0.0.1:${started.port}`;
  browser = await launchChromium();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.close(1_000);
});

async function texts(page: Page, selector: string): Promise<string[]> {
  return (await page.locator(selector).allInnerTexts()).map((t) =>
    t
      .replace(/\u200b/g, '')
      .replace(/\s+/g, ' ')
      .trim(),
  );
}

async function waitForBotText(page: Page, expected: string): Promise<void> {
  await expect.poll(async () => texts(page, BOT_BUBBLES), { timeout: 15_000 }).toContain(expected);
}

describe('helpful / not helpful in Web Chat', () => {
  it.each<{ lang: Lang; locale: string; question: string }>([
    { lang: 'en', locale: 'en-GB', question: 'Who funds MIEUX+?' },
    { lang: 'fr', locale: 'fr-FR', question: 'Qui finance MIEUX+ ?' },
  ])(
    '$locale: shown after an answer; a click shows the choice, thanks, and is counted',
    async ({ lang, locale, question }) => {
      const context = await browser.newContext({ locale });
      const problems: string[] = [];
      try {
        const page = await context.newPage();
        page.on('pageerror', (error) => problems.push(error.message));
        await page.goto(`${base}/`);
        await expect.poll(async () => (await texts(page, BOT_BUBBLES)).length, { timeout: 15_000 }).toBeGreaterThan(0);
        const before = (await curation.store.readFeedback()).funding?.down[lang] ?? 0;

        const box = page.getByRole('textbox');
        await box.fill(question);
        await box.press('Enter');
        await waitForBotText(page, rendered(replyText('funding', lang)));
        const followUps = kb.entries.get('funding')!.followUps.map((id) => entry(id, lang).title);
        await expect
          .poll(async () => texts(page, SUGGESTED))
          .toEqual([...followUps, STRINGS['feedback.up'][lang], STRINGS['feedback.down'][lang]]);

        await page.locator(SUGGESTED, { hasText: STRINGS['feedback.down'][lang] }).click();
        await waitForBotText(page, rendered(t('feedback.thanksDown', lang, { email: CONTACT })));
        // The press shows as the person's message, as a typed one would.
        expect((await texts(page, USER_BUBBLES)).at(-1)).toBe(STRINGS['feedback.down'][lang]);
        // The follow-ups are offered again, without a second vote.
        await expect.poll(async () => texts(page, SUGGESTED)).toEqual(followUps);

        await curation.flush();
        expect((await curation.store.readFeedback()).funding?.down[lang]).toBe(before + 1);
        expect(problems).toEqual([]);
      } finally {
        await context.close();
      }
    },
    90_000,
  );
});
