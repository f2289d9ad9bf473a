import { section } from '../../../core/i18n/strings';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Request, Response } from 'restify';
import { PROJECT_ROOT } from '../../../config';
import { LANGUAGES, type Localized } from '../../../core/language/languages';
import { acceptedLocales, preferredLang } from '../../../core/language/acceptLanguage';
import type { RouteContext, RouteModule } from '../routeModule';
import { TOKEN_PATH } from '../directLine/tokenEndpoint';
import type { WebChatStyleOptions } from '../../../core/branding/webChatStyle';
import { brandCss } from '../widget/brandAssets';
import { renderPage, type PageBranding } from './pageHtml';

export interface WebChatPageOptions {
  readonly contactEmail: string;
  /** Where the page's Direct Line traffic goes besides the bot itself (Azure's Direct Line). */
  readonly connectSources: readonly string[];
  /** Other sites that may show the page in a frame (ALLOWED_ORIGINS). */
  readonly frameAncestors: readonly string[];
  /** Web Chat's bundle as served by the widget routes, e.g. `webchat.<hash>.js`. */
  readonly bundleFile: string;
  /** Branding, the logo's and the avatar's paths (without the leading slash). */
  readonly brand: PageBranding & { readonly avatarPath: string; readonly styleOptions: WebChatStyleOptions };
}

const PUBLIC_DIR = join(PROJECT_ROOT, 'public', 'webchat');
const CONFIG_PLACEHOLDER = '__MIEUX_CONFIG__';

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

/** The page script with its configuration: its strings in every language, the bundle's and the token's paths, Web Chat's style. */
function pageScript(contactEmail: string, bundleFile: string, brand: WebChatPageOptions['brand']): string {
  const strings = Object.fromEntries(
    LANGUAGES.map((lang) => [
      lang,
      Object.fromEntries(Object.entries(section('script')).map(([key, text]) => [key, text[lang].replace('{email}', contactEmail)])),
    ]),
  );
  const source = readFileSync(join(PUBLIC_DIR, 'mieux-chat.js'), 'utf8');
  if (source.split(CONFIG_PLACEHOLDER).length !== 2)
    throw new Error(`webChatPage: mieux-chat.js must contain ${CONFIG_PLACEHOLDER} exactly once`);
  return source.replace(
    CONFIG_PLACEHOLDER,
    JSON.stringify({
      strings,
      bundle: `webchat/${bundleFile}`,
      tokenPath: TOKEN_PATH.slice(1),
      styleOptions: brand.styleOptions,
      avatar: brand.avatarPath,
    }),
  );
}

/** A file of this server's own, re-validated on every use. */
function sendFile(res: Response, body: string, contentType: string): void {
  res.sendRaw(200, body, { 'Content-Type': contentType, 'X-Content-Type-Options': 'nosniff', 'Cache-Control': 'no-cache' });
}

/**
 * `GET /`: the branded chat page, and the files it (or another website embedding the chat) loads:
 * `/webchat/mieux-chat.js`, `/webchat/mieux-chat.css`, `/webchat/brand.css` (the branding's
 * colours); Web Chat's bundle, the logo and the avatar are the widget routes'.
 */
export function webChatPage(options: WebChatPageOptions): RouteModule {
  const script = pageScript(options.contactEmail, options.bundleFile, options.brand);
  const brandStyles = brandCss(options.brand.branding);
  const styles = readFileSync(join(PUBLIC_DIR, 'mieux-chat.css'), 'utf8');
  const csp = contentSecurityPolicy(options.connectSources, options.frameAncestors);
  const pages: Localized<string> = {
    es: renderPage('es', options.contactEmail, options.brand),
    en: renderPage('en', options.contactEmail, options.brand),
    fr: renderPage('fr', options.contactEmail, options.brand),
  };

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
      server.get('/webchat/brand.css', async (_req: Request, res: Response) => sendFile(res, brandStyles, 'text/css; charset=utf-8'));
    },
  };
}
