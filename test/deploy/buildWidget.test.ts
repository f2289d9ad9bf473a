import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadBranding } from '../../src/core/branding/loadBranding';
import { WIDGET_CONFIG_PLACEHOLDER, injectWidgetConfig, widgetConfig } from '../../src/core/branding/widgetConfig';
import { bundleWidget, sizesOf } from '../../scripts/deploy/buildWidget';

/**
 * The little of jsdom this test uses, typed here: jsdom's own types declare the DOM library for
 * the whole program, which the server code must not see.
 */
interface Node {
  getAttribute(name: string): string | null;
  readonly textContent: string | null;
  click(): void;
}
interface Window {
  readonly document: { querySelector(selector: string): Node | null; querySelectorAll(selector: string): { length: number } };
  close(): void;
}
interface JsdomModule {
  JSDOM: new (html: string, options: Record<string, unknown>) => { window: Window };
  ResourceLoader: new () => { fetch(url: string, options: unknown): Promise<Buffer> | null };
  VirtualConsole: new () => { on(event: string, listener: (...args: unknown[]) => void): void };
}
const jsdom = createRequire(__filename)('jsdom') as JsdomModule;

const BOT = 'https://bot.example/';
const branding = loadBranding(join(__dirname, '..', '..', 'branding'));
const config = widgetConfig({
  branding,
  contactEmail: 'team@example.org',
  tokenPath: '/api/directline/token',
  webChatBundle: '/webchat/webchat.abc.js',
  avatarPath: '/branding/avatar.png',
  logoPath: '/branding/logo.png',
});

/** A host page on another site with the one script tag, the served widget.js behind it. */
async function hostPage(script: string, tag: string, lang = 'fr'): Promise<{ window: Window; errors: unknown[] }> {
  const errors: unknown[] = [];
  class BotServer extends jsdom.ResourceLoader {
    override fetch(url: string, options: unknown) {
      if (url === `${BOT}widget.js`) return Promise.resolve(Buffer.from(script));
      return super.fetch(url, options);
    }
  }
  const virtualConsole = new jsdom.VirtualConsole();
  virtualConsole.on('jsdomError', (error) => errors.push(error));
  virtualConsole.on('error', (...args) => errors.push(args));
  const { window } = new jsdom.JSDOM(`<!doctype html><html lang="${lang}"><head></head><body><h1>Site</h1>${tag}</body></html>`, {
    url: 'https://www.site.example/page-1',
    runScripts: 'dangerously',
    resources: new BotServer(),
    virtualConsole,
  });
  await new Promise<void>((resolve, reject) => {
    const started = Date.now();
    const poll = () => {
      if (window.document.querySelector('.mieux-w-launcher')) resolve();
      else if (Date.now() - started > 5000) reject(new Error(`no launcher drawn: ${errors.map(String).join('; ')}`));
      else setTimeout(poll, 10);
    };
    poll();
  });
  return { window, errors };
}

describe('widget.js as built', () => {
  it('is one ES2019 classic script with the configuration placeholder once, and small', async () => {
    const code = await bundleWidget();
    expect(code.split(WIDGET_CONFIG_PLACEHOLDER)).toHaveLength(2);
    expect(code).not.toMatch(/\brequire\(|\bimport\s*[({]|\bexport\s/);
    // Syntax newer than ES2019 would break older embedded browsers; esbuild lowers it.
    expect(code).not.toMatch(/\?\?|\?\.[a-zA-Z_$]/);
    const { gzip } = sizesOf(Buffer.from(code));
    console.log(`widget.js: ${code.length} bytes, ${gzip} gzip (before the configuration is written in)`);
  });

  it('from one script tag on another site: draws the labelled launcher in the page language, and nothing more until opened', async () => {
    const script = injectWidgetConfig(await bundleWidget(), config);
    const { window, errors } = await hostPage(script, `<script src="${BOT}widget.js" async data-position="left"></script>`);
    const launcher = window.document.querySelector('.mieux-w-launcher')!;
    expect(launcher.getAttribute('aria-label')).toBe(branding.texts.launcherLabel.fr);
    expect(window.document.querySelector('.mieux-w')!.getAttribute('data-position')).toBe('left');
    expect(window.document.querySelector('#mieux-w-heading')!.textContent).toBe(branding.texts.heading.fr);
    expect(window.document.querySelector('.mieux-w-notice a')!.getAttribute('href')).toBe(branding.privacy.noticeUrl);
    expect(window.document.querySelector('.mieux-w-logo')!.getAttribute('src')).toBe(`${BOT}branding/logo.png`);
    // Only our own script: Web Chat's bundle waits for the visitor.
    expect(window.document.querySelectorAll('script')).toEqual(expect.objectContaining({ length: 1 }));
    expect(errors).toEqual([]);
    window.close();
  });

  it('data-lang wins over the page language; a second copy of the tag draws no second launcher', async () => {
    const script = injectWidgetConfig(await bundleWidget(), config);
    const tag = `<script src="${BOT}widget.js" data-lang="es"></script>`;
    const { window } = await hostPage(script, tag + tag, 'en');
    expect(window.document.querySelector('.mieux-w-launcher')!.getAttribute('aria-label')).toBe(branding.texts.launcherLabel.es);
    expect(window.document.querySelectorAll('.mieux-w-launcher')).toEqual(expect.objectContaining({ length: 1 }));
    window.close();
  });
});
