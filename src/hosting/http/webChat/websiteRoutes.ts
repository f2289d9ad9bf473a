import type { Config } from '../../../config';
import type { RouteModule } from '../routeModule';
import { ConversationStore } from '../directLine/conversationStore';
import { embeddedDirectLine } from '../directLine/embeddedDirectLine';
import { OriginPolicy } from '../directLine/originPolicy';
import { directLineTokenEndpoint, type TokenSource } from '../directLine/tokenEndpoint';
import { DirectLineTokens } from '../directLine/tokens';
import { webChatPage } from './webChatPage';

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
export function websiteRoutes(config: Pick<Config, 'directLine' | 'contactEmail'>): RouteModule[] {
  const { directLine } = config;
  const origins = new OriginPolicy(directLine.allowedOrigins);
  const page = (connectSources: readonly string[]) =>
    webChatPage({ contactEmail: config.contactEmail, connectSources, frameAncestors: directLine.allowedOrigins });

  if (directLine.secret) {
    const source: TokenSource = { kind: 'azure', secret: directLine.secret, endpoint: directLine.endpoint };
    const azure = new URL(directLine.endpoint);
    // Web Chat streams from Azure's Direct Line over a WebSocket on the same host.
    const streaming = `${azure.protocol === 'https:' ? 'wss:' : 'ws:'}//${azure.host}`;
    return [page([azure.origin, streaming]), directLineTokenEndpoint(source, origins)];
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
    directLineTokenEndpoint({ kind: 'embedded', tokens }, origins),
    embeddedDirectLine({ tokens, store, origins, secret: directLine.embeddedSecret }),
  ];
}
