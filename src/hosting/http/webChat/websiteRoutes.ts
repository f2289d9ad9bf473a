import type { Config } from '../../../config';
import type { RouteModule } from '../routeModule';
import { ConversationStore } from '../directLine/conversationStore';
import { embeddedDirectLine } from '../directLine/embeddedDirectLine';
import { OriginPolicy } from '../directLine/originPolicy';
import { directLineTokenEndpoint, type TokenSource } from '../directLine/tokenEndpoint';
import { DirectLineTokens } from '../directLine/tokens';
import type { Branding } from '../../../core/branding/types';
import { brandStyleOptions } from '../../../core/branding/widgetConfig';
import type { WebChatBundle } from '../assets/webChatBundle';
import { brandAssets } from '../widget/brandAssets';
import { widgetRoutes } from '../widget/widgetRoutes';
import { webChatPage } from './webChatPage';

/** What the website serves besides the configuration: read once at start by the composition root. */
export interface WebsiteAssets {
  readonly branding: Branding;
  readonly bundle: WebChatBundle;
  /** The built widget.js (with its configuration placeholder); undefined when not built. */
  readonly widgetScript: string | undefined;
}

/**
 * What one conversation keeps that its page has not fetched yet; a page polls every second, so
 * only one that stopped polling comes near it. The oldest go first.
 */
const MAX_ACTIVITIES_PER_CONVERSATION = 100;
const MAX_CHARS_PER_CONVERSATION = 64 * 1024;
/** When the store or a client's share is full, a conversation idle this long makes room for a new one. */
export const IDLE_RECLAIM_MS = 5 * 60_000;

/**
 * The website chat: the page and its files, the token endpoint, and — without DIRECTLINE_SECRET —
 * the embedded Direct Line the page then talks to. With the secret, Azure's Direct Line carries
 * the conversation and the embedded one is not served at all.
 */
export function websiteRoutes(config: Pick<Config, 'directLine' | 'contactEmail'>, assets: WebsiteAssets): RouteModule[] {
  const { directLine } = config;
  const origins = new OriginPolicy(directLine.allowedOrigins);
  const images = brandAssets(assets.branding);
  const widget = widgetRoutes({ ...assets, contactEmail: config.contactEmail });
  const page = (connectSources: readonly string[]) =>
    webChatPage({
      contactEmail: config.contactEmail,
      connectSources,
      frameAncestors: directLine.allowedOrigins,
      bundleFile: assets.bundle.file,
      brand: {
        branding: assets.branding,
        logoPath: images.logo.path.slice(1),
        avatarPath: images.avatar.path.slice(1),
        styleOptions: brandStyleOptions(assets.branding),
      },
    });

  if (directLine.secret) {
    const source: TokenSource = { kind: 'azure', secret: directLine.secret, endpoint: directLine.endpoint };
    const azure = new URL(directLine.endpoint);
    // Web Chat streams from Azure's Direct Line over a WebSocket on the same host.
    const streaming = `${azure.protocol === 'https:' ? 'wss:' : 'ws:'}//${azure.host}`;
    return [page([azure.origin, streaming]), widget, directLineTokenEndpoint(source, origins)];
  }

  const tokens = new DirectLineTokens();
  const store = new ConversationStore({
    ttlMs: directLine.conversationTtlMs,
    maxConversations: directLine.maxConversations,
    maxConversationsPerClient: directLine.maxConversationsPerClient,
    idleReclaimMs: IDLE_RECLAIM_MS,
    maxActivitiesPerConversation: MAX_ACTIVITIES_PER_CONVERSATION,
    maxCharsPerConversation: MAX_CHARS_PER_CONVERSATION,
    maxChars: directLine.memoryMb * 1024 * 1024,
  });
  return [
    page([]),
    widget,
    directLineTokenEndpoint({ kind: 'embedded', tokens }, origins),
    embeddedDirectLine({ tokens, store, origins, secret: directLine.embeddedSecret }),
  ];
}
