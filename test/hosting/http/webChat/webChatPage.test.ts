/**
 * The chat page and its files over HTTP: the page in the browser's language under a strict
 * Content-Security-Policy, the page script, and Web Chat's bundle served from node_modules.
 */
import { section } from '../../../../src/core/i18n/strings';
import { loadBranding } from '../../../../src/core/branding/loadBranding';
import { WEBSITE_PATHS } from '../../../../src/config';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { request } from 'node:http';
import { Script } from 'node:vm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LANGUAGES, type Lang } from '../../../../src/core/language/languages';
import { dl, startBot, type RunningBot } from '../../../support/directLine';

const CONTACT = 'mieux-initiative@icmpd.org';
const webChatDir = dirname(dirname(require.resolve('botframework-webchat')));
const branding = loadBranding(WEBSITE_PATHS.brandingDir);
const original = readFileSync(join(webChatDir, 'dist', 'webchat.js'));
const hash = createHash('sha256').update(original).digest('hex').slice(0, 16);

let bot: RunningBot;

beforeAll(async () => {
  bot = await startBot({ ALLOWED_ORIGINS: 'https://www.example.org' });
});

afterAll(async () => {
  await bot.close();
});

describe('GET /', () => {
  it.each<{ acceptLanguage: string; lang: Lang }>([
    { acceptLanguage: 'es-ES,es;q=0.9', lang: 'es' },
    { acceptLanguage: 'en-GB,en;q=0.9', lang: 'en' },
    { acceptLanguage: 'fr-BE,fr;q=0.9', lang: 'fr' },
    { acceptLanguage: 'de-DE,de;q=0.9', lang: 'es' },
  ])('speaks $lang to a browser asking for $acceptLanguage', async ({ acceptLanguage, lang }) => {
    const page = await dl(`${bot.base}/`, { headers: { 'accept-language': acceptLanguage } });
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('content-language')).toBe(lang);
    expect(page.text).toContain(`<html lang="${lang}">`);
    expect(page.text).toContain(`<title>${branding.botName[lang]}</title>`);
    expect(page.text).toContain(`<h1>${branding.texts.heading[lang]}</h1>`);
    // What is kept, with the privacy notice, under the heading.
    expect(page.text).toContain(`<p class="kept">${branding.privacy.kept[lang]} <a href="${branding.privacy.noticeUrl}"`);
    expect(page.text).toMatch(/<img class="mieux-logo" src="branding\/logo\.[0-9a-f]{16}\.png" alt=""/);
    expect(page.text).toContain('<div id="mieux-chat" class="mieux-chat"></div>');
  });

  it('forbids inline and third-party scripts, and has none', async () => {
    const page = await dl(`${bot.base}/`);
    const csp = (page.headers.get('content-security-policy') ?? '').split(';').map((d) => d.trim());
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("style-src 'self' 'unsafe-inline'");
    expect(csp).toContain("connect-src 'self'");
    expect(csp).toContain("frame-ancestors 'self' https://www.example.org");
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    expect(page.headers.get('referrer-policy')).toBe('no-referrer');
    // Every script has a src on this server; no inline code, no event-handler attributes.
    const scripts = [...page.text.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
    expect(scripts.length).toBeGreaterThan(0);
    for (const [, attributes, body] of scripts) {
      expect(attributes).toMatch(/\ssrc="webchat\/[\w.-]+\.js"/);
      expect(body).toBe('');
    }
    expect(page.text).not.toMatch(/\son\w+=/i);
    // Everything the page loads comes from this server; the one absolute address is the privacy notice's link.
    expect(page.text).not.toMatch(/\s(?:src|href)="https?:\/\/(?!www\.example\.org\/mieux-plus\/privacy")/);
  });
});

describe('the page script', () => {
  it('is valid JavaScript with the texts of all three languages filled in', async () => {
    const script = await dl(`${bot.base}/webchat/mieux-chat.js`);
    expect(script.status).toBe(200);
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(script.text).not.toContain('__MIEUX_CONFIG__');
    expect(() => new Script(script.text)).not.toThrow();
    for (const lang of LANGUAGES) {
      for (const text of Object.values(section('script')))
        expect(script.text).toContain(JSON.stringify(text[lang].replace('{email}', CONTACT)));
    }
    expect(script.text).toContain(`"bundle":"webchat/webchat.${hash}.js"`);
    // Web Chat in the branding's colours, with its avatar.
    expect(script.text).toContain(`"bubbleFromUserBackground":"${branding.colours.primary}"`);
    expect(script.text).toMatch(/"avatar":"branding\/avatar\.[0-9a-f]{16}\.png"/);
    expect(script.text).toContain('"tokenPath":"api/directline/token"');
  });

  it('the stylesheet is served', async () => {
    const css = await dl(`${bot.base}/webchat/mieux-chat.css`);
    expect(css.status).toBe(200);
    expect(css.headers.get('content-type')).toBe('text/css; charset=utf-8');
    expect(css.text).toContain('.mieux-chat');
  });

  it("the branding's colours are served as CSS properties", async () => {
    const css = await dl(`${bot.base}/webchat/brand.css`);
    expect(css.status).toBe(200);
    expect(css.text).toContain(`--mieux-primary: ${branding.colours.primary};`);
    expect(css.text).toContain(`--mieux-link: ${branding.colours.link};`);
  });
});

describe("Web Chat's bundle", () => {
  const bundleUrl = () => `${bot.base}/webchat/webchat.${hash}.js`;

  it('is served under its content hash, compressed for browsers that accept gzip, cached for good', async () => {
    const response = await fetch(bundleUrl(), { headers: { 'accept-encoding': 'gzip' }, signal: AbortSignal.timeout(10_000) });
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    // fetch inflates it: the bytes are Web Chat's own file.
    expect(Buffer.from(await response.arrayBuffer()).equals(original)).toBe(true);
    expect(response.headers.get('content-encoding')).toBe('gzip');
  });

  it('is sent plain to a client that does not accept gzip', async () => {
    const body = await new Promise<{ encoding: string | undefined; bytes: Buffer }>((resolve, reject) => {
      request(bundleUrl(), { headers: { 'accept-encoding': 'identity' } }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ encoding: res.headers['content-encoding'], bytes: Buffer.concat(chunks) }));
        res.on('error', reject);
      })
        .on('error', reject)
        .end();
    });
    expect(body.encoding).toBeUndefined();
    expect(body.bytes.equals(original)).toBe(true);
  });

  it('only the current bundle is served', async () => {
    expect((await dl(`${bot.base}/webchat/webchat.0000000000000000.js`)).status).toBe(404);
    expect((await dl(`${bot.base}/webchat/botframework-webchat-4.18.1.js`)).status).toBe(404);
  });
});

it('answers /favicon.ico with 204, so browsers log no error', async () => {
  expect((await dl(`${bot.base}/favicon.ico`)).status).toBe(204);
});
