import type { Request, Response } from 'restify';
import type { Branding } from '../../../core/branding/types';
import { injectWidgetConfig, widgetConfig } from '../../../core/branding/widgetConfig';
import { compressedAsset, REVALIDATE, sendAsset, type EncodedAsset } from '../assets/encodedAsset';
import type { WebChatBundle } from '../assets/webChatBundle';
import { TOKEN_PATH } from '../directLine/tokenEndpoint';
import type { RouteContext, RouteModule } from '../routeModule';
import { brandAssets } from './brandAssets';

export interface WidgetRoutesOptions {
  readonly branding: Branding;
  readonly contactEmail: string;
  readonly bundle: WebChatBundle;
  /** dist/widget/widget.js as built, with its configuration placeholder; undefined = not built. */
  readonly widgetScript: string | undefined;
}

/** GET and HEAD: a HEAD gets the headers only (sendAsset leaves the body out). */
function getAndHead(context: RouteContext, path: string, handler: (req: Request, res: Response) => Promise<void>): void {
  context.server.get(path, handler);
  context.server.head(path, handler);
}

/**
 * The website widget and what it loads: `/widget.js` with the branding written in, Web Chat's
 * bundle under its content hash (brotli, gzip or plain by Accept-Encoding, cached for good, with
 * an ETag), and the avatar and logo under theirs. Script tags and images need no CORS; the one
 * cross-origin call, the token, is the token endpoint's (ALLOWED_ORIGINS).
 */
export function widgetRoutes(options: WidgetRoutesOptions): RouteModule {
  const { branding, bundle } = options;
  const images = brandAssets(branding);
  const config = widgetConfig({
    branding,
    contactEmail: options.contactEmail,
    tokenPath: TOKEN_PATH,
    webChatBundle: `webchat/${bundle.file}`,
    avatarPath: images.avatar.path,
    logoPath: images.logo.path,
  });
  const widget: EncodedAsset | undefined =
    options.widgetScript === undefined
      ? undefined
      : compressedAsset(
          Buffer.from(injectWidgetConfig(options.widgetScript, config), 'utf8'),
          'text/javascript; charset=utf-8',
          REVALIDATE,
        );

  return {
    name: 'widget',
    register(context: RouteContext) {
      getAndHead(context, '/widget.js', async (req, res) => {
        if (!widget) {
          context.sendError(res, 503, 'widget.js is not built: run npm run build');
          return;
        }
        sendAsset(req, res, widget);
      });
      getAndHead(context, `/webchat/${bundle.file}`, async (req, res) => sendAsset(req, res, await bundle.asset()));
      for (const image of [images.avatar, images.logo])
        getAndHead(context, image.path, async (req, res) => sendAsset(req, res, image.asset));
    },
  };
}
