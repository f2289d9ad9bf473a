/**
 * Driving Web Chat in Debian's Chromium (playwright-core, /usr/bin/chromium; .ci/run installs it):
 * launching, reading the bot's messages as a visitor sees them, typing.
 */
import type { Page } from 'playwright-core';

export { launchChromium } from '../../scripts/support/chromium';

export const BOT_BUBBLES = '.webchat__bubble:not(.webchat__bubble--from-user) .webchat__bubble__content';
export const SUGGESTED = 'button.webchat__suggested-actions__button';

export async function botTexts(page: Page): Promise<string[]> {
  // Web Chat puts zero-width spaces around links.
  return (await page.locator(BOT_BUBBLES).allInnerTexts()).map((t) =>
    t
      .replace(/\u200b/g, '')
      .replace(/\s+/g, ' ')
      .trim(),
  );
}

/** Waits until a bot message reads `expected`; returns its index among the bot's messages. */
export async function waitForBotText(page: Page, expected: string, timeout = 20_000): Promise<number> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const texts = await botTexts(page);
    const index = texts.findIndex((t) => t === expected);
    if (index >= 0) return index;
    if (Date.now() > deadline) throw new Error(`no bot message reading:\n  ${expected}\nbot messages so far:\n  ${texts.join('\n  ')}`);
    await page.waitForTimeout(100);
  }
}

/**
 * Clicks the element a CSS selector finds at its centre, as a visitor's mouse does, once it is visible, enabled and the
 * element found at that point. For clicks after a navigation: Playwright's own click also waits
 * for the element to be "stable" over animation frames, and headless Chromium under load has
 * produced no frame for a page it navigated to (CI: the call log stopped at "waiting for element
 * to be visible, enabled and stable" for 30 s). These checks need no frame.
 */
export async function clickAsVisitor(page: Page, cssSelector: string, timeout = 15_000): Promise<void> {
  const target = page.locator(cssSelector);
  const deadline = Date.now() + timeout;
  for (;;) {
    const box = (await target.isVisible()) && (await target.isEnabled()) ? await target.boundingBox() : null;
    if (box) {
      const x = box.x + box.width / 2;
      const y = box.y + box.height / 2;
      const css = JSON.stringify(cssSelector);
      const hit = await page.evaluate<boolean>(
        `(() => { const at = document.elementFromPoint(${x}, ${y}); return !!at && at.closest(${css}) === document.querySelector(${css}); })()`,
      );
      if (hit) {
        await page.mouse.click(x, y);
        return;
      }
    }
    if (Date.now() > deadline)
      throw new Error(`clickAsVisitor(): ${cssSelector} was not visible, enabled and uncovered within ${timeout} ms`);
    await page.waitForTimeout(100);
  }
}

/** Types a message in the send box of the Web Chat inside `scope` and sends it with Enter. */
export async function type(page: Page, scope: string, text: string): Promise<void> {
  const box = page.locator(scope).getByRole('textbox');
  await box.fill(text);
  await box.press('Enter');
}
