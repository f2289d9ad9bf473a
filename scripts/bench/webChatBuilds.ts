import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';

import { WEBCHAT_BUILDS, precompress, webChatPackageDir, type WebChatBuild } from '../deploy/copyWebChat';
import { launchChromium } from '../support/chromium';

/**
 * npm run bench:webchat — which of Web Chat's prebuilt bundles can the bot use? For each build,
 * its size (raw, gzip, brotli at the settings the build uses) and, in Chromium, whether it
 * renders what the bot sends: Markdown in answers, suggested actions (follow-ups, 👍/👎) and the
 * hero card that ends the hand-off with its mailto button. A fake Direct Line in the page sends
 * one such activity; nothing else runs.
 */

/** What the hand-off's last message looks like (dialogs/handoffDialog.ts), in the page. */
const PAGE = (bundle: string) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><script src="/${bundle}"></script></head>
<body><div id="chat" style="height:600px"></div>
<script>
function subject(initial) {
  var listeners = [], value = initial;
  var observable = {
    next: function (v) { value = v; listeners.slice().forEach(function (l) { l.next(v); }); },
    subscribe: function (observer, error, complete) {
      var l = typeof observer === 'function' ? { next: observer, error: error, complete: complete } : observer;
      listeners.push(l);
      if (value !== undefined) l.next(value);
      return { closed: false, unsubscribe: function () { listeners = listeners.filter(function (x) { return x !== l; }); } };
    }
  };
  // Web Chat reads observables through Symbol.observable (the TC39 interop point).
  observable[(typeof Symbol === 'function' && Symbol.observable) || '@@observable'] = function () { return observable; };
  return observable;
}
var connection = subject(0), activities = subject(undefined);
var directLine = {
  connectionStatus$: connection,
  activity$: activities,
  postActivity: function () { return subject('id-1'); },
  end: function () {}
};
window.WebChat.renderWebChat({ directLine: directLine, locale: 'en-US', userID: 'dl_user' }, document.getElementById('chat'));
setTimeout(function () {
  connection.next(1); connection.next(2);
  activities.next({
    type: 'message', id: 'a1', timestamp: new Date().toISOString(), from: { id: 'bot', role: 'bot' },
    text: 'Your message is ready. **Press the button** to open it in your e-mail program.',
    attachments: [{ contentType: 'application/vnd.microsoft.card.hero', content: { buttons: [{ type: 'openUrl', title: 'Write the e-mail', value: 'mailto:team@example.org?subject=MIEUX%2B' }] } }],
    suggestedActions: { actions: [{ type: 'imBack', title: '\\ud83d\\udc4d', value: 'helpful' }] }
  });
}, 200);
</script></body></html>`;

interface Finding {
  readonly build: WebChatBuild;
  readonly raw: number;
  readonly gzip: number;
  readonly brotli: number;
  readonly markdown: boolean;
  readonly heroCardButton: boolean;
  readonly suggestedAction: boolean;
  readonly transcript: string;
  readonly pageErrors: readonly string[];
}

function serve(files: Map<string, Buffer>): Promise<Server> {
  const server = createServer((req, res) => {
    const body = files.get(req.url ?? '');
    if (!body) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'Content-Type': req.url?.endsWith('.js') ? 'text/javascript' : 'text/html' }).end(body);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

async function main(): Promise<void> {
  const dist = join(webChatPackageDir(), 'dist');
  const files = new Map<string, Buffer>();
  for (const [build, file] of Object.entries(WEBCHAT_BUILDS)) {
    files.set(`/${file}`, readFileSync(join(dist, file)));
    files.set(`/${build}.html`, Buffer.from(PAGE(file)));
  }
  const server = await serve(files);
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const browser = await launchChromium();
  const findings: Finding[] = [];
  try {
    for (const build of Object.keys(WEBCHAT_BUILDS) as WebChatBuild[]) {
      const bytes = files.get(`/${WEBCHAT_BUILDS[build]}`);
      if (!bytes) throw new Error(`bench:webchat: ${WEBCHAT_BUILDS[build]} was not read`);
      const { br, gzip } = precompress(bytes);
      const page = await browser.newPage();
      const pageErrors: string[] = [];
      page.on('pageerror', (error) => pageErrors.push(error.message));
      await page.goto(`${origin}/${build}.html`);
      // The message bubble is there once Web Chat has rendered the activity at all.
      await page.waitForSelector('text=Your message is ready', { timeout: 15_000 });
      await page.waitForTimeout(500);
      findings.push({
        build,
        raw: bytes.length,
        gzip: gzip.length,
        brotli: br.length,
        markdown: (await page.locator('#chat strong', { hasText: 'Press the button' }).count()) > 0,
        // A button or a link: either would do, if it is there at all.
        heroCardButton:
          (await page.getByRole('button', { name: 'Write the e-mail' }).count()) +
            (await page.getByRole('link', { name: 'Write the e-mail' }).count()) >
          0,
        transcript: (await page.locator('.webchat__basic-transcript__activity').last().innerText()).replace(/\s+/g, ' ').slice(0, 300),
        suggestedAction: (await page.locator('button.webchat__suggested-actions__button').count()) > 0,
        pageErrors,
      });
      await page.close();
    }
  } finally {
    await browser.close();
    server.close();
  }
  const kb = (n: number) => `${Math.round(n / 1024)} KB`;
  console.log('Web Chat 4.18 builds: size, and what each renders of what the bot sends');
  console.log('build     raw        gzip     brotli   Markdown  hero card (mailto)  suggested actions');
  for (const f of findings) {
    const yes = (b: boolean) => (b ? 'yes' : 'NO');
    console.log(
      `${f.build.padEnd(9)} ${kb(f.raw).padStart(8)} ${kb(f.gzip).padStart(9)} ${kb(f.brotli).padStart(9)}   ${yes(f.markdown).padEnd(9)} ${yes(f.heroCardButton).padEnd(19)} ${yes(f.suggestedAction)}` +
        (f.pageErrors.length > 0 ? `   page errors: ${f.pageErrors.join('; ')}` : ''),
    );
  }
  for (const f of findings) console.log(`${f.build} transcript as shown: ${f.transcript}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
});
