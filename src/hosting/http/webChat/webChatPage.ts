import { section } from '../../../core/i18n/strings';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';
import type { Request, Response } from 'restify';
import { PROJECT_ROOT } from '../../../config';
import { LANGUAGES, type Localized } from '../../../core/language/languages';
import { acceptedLocales, preferredLang } from '../../../core/language/acceptLanguage';
import type { RouteContext, RouteModule } from '../routeModule';
import { TOKEN_PATH } from '../directLine/tokenEndpoint';
import { renderPage } from './pageHtml';

export interface WebChatPageOptions {
  readonly contactEmail: string;
  /** Where the page's Direct Line traffic goes besides the bot itself (Azure's Direct Line). */
  readonly connectSources: readonly string[];
  /** Other sites that may show the page in a frame (ALLOWED_ORIGINS). */
  readonly frameAncestors: readonly string[];
}

const PUBLIC_DIR = join(PROJECT_ROOT, 'public', 'webchat');
const CONFIG_PLACEHOLDER = '__MIEUX_CONFIG__';

/**
 * Web Chat's own bundle, so the page loads nothing from a CDN: from node_modules in development;
 * a production install has no botframework-webchat (its ~470 MB of dependencies only build the
 * bundle), so there it is the copy `npm run build` made (scripts/deploy/copyWebChat.ts).
 */
function webChatBundle(): { readonly path: string; readonly version: string } {
  let packageDir: string;
  let path: string;
  try {
    // The package exports neither package.json nor dist/: find its folder from its entry point.
    packageDir = dirname(dirname(require.resolve('botframework-webchat')));
    path = join(packageDir, 'dist', 'webchat.js');
  } catch {
    packageDir = join(PROJECT_ROOT, 'dist', 'webchat');
    path = join(packageDir, 'webchat.js');
  }
  const { version } = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')) as { version: string };
  return { path, version };
}

/**
 * Only scripts from this server, and no inline script; Web Chat injects its styles at run time,
 * hence 'unsafe-inline' for styles only.
 */
export function contentSecurityPolicy(connectSources: readonly string[], frameAncestors: readonly string[]): string {
  return [
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "media-src 'self' data: blob:",
    `connect-src ${["'self'", ...connectSources].join(' ')}`,
    `frame-ancestors ${["'self'", ...frameAncestors].join(' ')}`,
    "base-uri 'none'",
    "form-action 'none'",
    "object-src 'none'",
  ].join('; ');
}

function acceptsGzip(req: Request): boolean {
  return /\bgzip\b/i.test(req.header('accept-encoding') ?? '');
}

/** The page script with its configuration: its strings in every language, the bundle's and the token's paths. */
function pageScript(contactEmail: string, bundleFile: string): string {
  const strings = Object.fromEntries(
    LANGUAGES.map((lang) => [
      lang,
      Object.fromEntries(Object.entries(section('script')).map(([key, text]) => [key, text[lang].replace('{email}', contactEmail)])),
    ]),
  );
  const source = readFileSync(join(PUBLIC_DIR, 'mieux-chat.js'), 'utf8');
  if (source.split(CONFIG_PLACEHOLDER).length !== 2)
    throw new Error(`webChatPage: mieux-chat.js must contain ${CONFIG_PLACEHOLDER} exactly once`);
  return source.replace(CONFIG_PLACEHOLDER, JSON.stringify({ strings, bundle: `webchat/${bundleFile}`, tokenPath: TOKEN_PATH.slice(1) }));
}

/** Web Chat's 3.9 MB bundle, read and compressed once, on first request, then served from memory. */
function lazyBundle(path: string): () => Promise<{ plain: Buffer; gzipped: Buffer }> {
  let body: Promise<{ plain: Buffer; gzipped: Buffer }> | undefined;
  return () => {
    body ??= (async () => {
      const plain = readFileSync(path);
      return { plain, gzipped: await promisify(gzip)(plain) };
    })();
    return body;
  };
}

/** A file of this server's own, re-validated on every use. */
function sendFile(res: Response, body: string, contentType: string): void {
  res.sendRaw(200, body, { 'Content-Type': contentType, 'X-Content-Type-Options': 'nosniff', 'Cache-Control': 'no-cache' });
}

/**
 * `GET /`: the chat page, and the files it (or another website embedding the chat) loads:
 * `/webchat/mieux-chat.js`, `/webchat/mieux-chat.css` and Web Chat's bundle under a versioned
 * name, so browsers may cache it for good.
 */
export function webChatPage(options: WebChatPageOptions): RouteModule {
  const bundle = webChatBundle();
  const bundleFile = `botframework-webchat-${bundle.version}.js`;
  const script = pageScript(options.contactEmail, bundleFile);
  const styles = readFileSync(join(PUBLIC_DIR, 'mieux-chat.css'), 'utf8');
  const csp = contentSecurityPolicy(options.connectSources, options.frameAncestors);
  const pages: Localized<string> = {
    es: renderPage('es', options.contactEmail),
    en: renderPage('en', options.contactEmail),
    fr: renderPage('fr', options.contactEmail),
  };
  const loadBundle = lazyBundle(bundle.path);

  return {
    name: 'webchat-page',
    register({ server }: RouteContext) {
      server.get('/', async (req: Request, res: Response) => {
        const lang = preferredLang(acceptedLocales(req.header('accept-language')));
        res.sendRaw(200, pages[lang], {
          'Content-Type': 'text/html; charset=utf-8',
          'Content-Security-Policy': csp,
          'X-Content-Type-Options': 'nosniff',
          // Links in answers open other sites: they need not learn where the reader came from.
          'Referrer-Policy': 'no-referrer',
          'Cache-Control': 'no-cache',
          'Content-Language': lang,
          Vary: 'Accept-Language',
        });
      });
      // Browsers ask for it on every page; there is none, and a 404 would be noise in their console.
      server.get('/favicon.ico', async (_req: Request, res: Response) => {
        res.sendRaw(204, '', { 'Cache-Control': 'public, max-age=86400' });
      });
      server.get('/webchat/mieux-chat.js', async (_req: Request, res: Response) => sendFile(res, script, 'text/javascript; charset=utf-8'));
      server.get('/webchat/mieux-chat.css', async (_req: Request, res: Response) => sendFile(res, styles, 'text/css; charset=utf-8'));
      server.get(`/webchat/${bundleFile}`, async (req: Request, res: Response) => {
        const body = await loadBundle();
        const gzipped = acceptsGzip(req);
        res.sendRaw(200, gzipped ? body.gzipped : body.plain, {
          'Content-Type': 'text/javascript; charset=utf-8',
          'X-Content-Type-Options': 'nosniff',
          // The name carries the version: a new Web Chat gets a new address.
          'Cache-Control': 'public, max-age=31536000, immutable',
          Vary: 'Accept-Encoding',
          ...(gzipped ? { 'Content-Encoding': 'gzip' } : {}),
        });
      });
    },
  };
}
