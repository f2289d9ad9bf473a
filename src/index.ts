import { createRecognizer } from './adapters/clu/createRecognizer';
import { createHandoffDelivery, type HandoffDelivery } from './adapters/smtp/handoffDelivery';
import { BlobStateExpiry } from './adapters/storage/blobStateExpiry';
import { createStorage, curationStorageFor, describeStorage, outboxStorageFor, type StateStorage } from './adapters/storage/createStorage';
import { createCuration, curationStoreFor, type CurationSetup } from './app/curation/createCuration';
import type { AggregateStore } from './app/insights/aggregateStore';
import { createInsights, type InsightsSetup } from './app/insights/createInsights';
import { insightsStoreFor } from './adapters/storage/insightsStore';
import { ReplyBuilder } from './app/replies';
import type { DocumentStorage } from './app/storage/documentStorage';
import { loadConfig, PROJECT_ROOT, WEBSITE_PATHS, type Config } from './config';
import { checkStrings } from './core/i18n/strings';
import { loadKnowledge } from './core/knowledge/loadKnowledge';
import type { Lang } from './core/language/languages';
import type { KnowledgeBase } from './core/knowledge/types';
import { LocalRecognizer } from './core/understanding/localRecognizer';
import { createAdapter, type BotAdapter } from './hosting/botframework/adapter';
import { botFrameworkHost } from './hosting/botframework/botHost';
import { createBotState } from './hosting/botframework/botState';
import { TeamsMiddleware } from './hosting/botframework/teamsMiddleware';
import type { MieuxBot } from './hosting/botframework/mieuxBot';
import { wireBot } from './wireBot';
import { createTurnErrorHandler } from './hosting/botframework/turnErrorHandler';
import { readinessRoute } from './hosting/http/readiness';
import { CONNECTION_DEFAULTS, createBotServer, type BotServer } from './hosting/http/server';
import { ServiceUrlPolicy } from './hosting/http/serviceUrlPolicy';
import { websiteRoutes, type WebsiteAssets } from './hosting/http/webChat/websiteRoutes';
import { loadWebChatBundle } from './hosting/http/assets/webChatBundle';
import { loadBranding } from './core/branding/loadBranding';
import { readIfPresent } from './hosting/http/widget/builtWidget';
import { insightsRoute } from './hosting/http/insights/insightsRoute';
import { join } from 'node:path';
import { UserFacingError } from './errors';
import { createLogger, type Logger } from './logger';

/** How often Blob Storage is swept for idle conversations (AZURE_STORAGE_STATE_TTL_HOURS). */
const STATE_SWEEP_EVERY_MS = 3_600_000;

export interface ComposedBot {
  readonly kb: KnowledgeBase;
  readonly adapter: BotAdapter;
  readonly bot: MieuxBot;
  /** E-mail delivery of hand-off requests: start() with the server, stop() on shutdown. */
  readonly handoffDelivery: HandoffDelivery;
  /** The curator's loop: flush() its queued records on shutdown. */
  readonly curation: CurationSetup;
  /** The insights page's counts, when INSIGHTS_TOKEN is set: retention.start() with the server, stop() on shutdown. */
  readonly insights: InsightsSetup | undefined;
}

/** What tests may put in place of what composeBot makes itself. */
export interface ComposeOptions {
  /** The hand-off outbox's storage (by default outboxStorageFor the configuration). */
  readonly outboxStorage?: DocumentStorage;
  /** How long a hand-off request whose turn has not committed is kept (by default an hour). */
  readonly unconfirmedHandoffTtlMs?: number;
  /** The insights' day documents (by default insightsStoreFor the configuration). */
  readonly insightsStore?: AggregateStore;
}

/** The insights page's counts and data, only when INSIGHTS_TOKEN is set: counts nobody can read are not kept. */
function insightsFor(
  config: Config,
  kb: KnowledgeBase,
  curationStorage: DocumentStorage,
  logger: Logger,
  store?: AggregateStore,
): InsightsSetup | undefined {
  if (!config.insights.token) return undefined;
  let vectoriser: LocalRecognizer | undefined;
  const sources = {
    entryIds: () => kb.entries.keys(),
    titleOf: (lang: Lang) => (id: string) => kb.entries.get(id)?.text[lang].title,
    curation: curationStoreFor(config, curationStorage),
    // Grouped as kb:review groups them; built on the first page view, not at start.
    vectorise: (text: string, lang: Lang) => (vectoriser ??= new LocalRecognizer(kb)).termVector(text, lang),
  };
  return createInsights(store ?? insightsStoreFor(config), sources, { retentionDays: config.insights.retentionDays }, logger);
}

/** config → storage/state → recognizer → dialogs → bot. Shared by the server and the terminal chat. */
export function composeBot(
  config: Config,
  logger: Logger,
  storage: StateStorage = createStorage(config.storage),
  options: ComposeOptions = {},
): ComposedBot {
  checkStrings();
  const kb = loadKnowledge(config.knowledgeDir);
  const { conversationState, dialogState, turns } = createBotState(storage);

  const recognizer = createRecognizer(kb, config.clu, logger);
  const replies = new ReplyBuilder(kb, config.contactEmail);
  const curationStorage = curationStorageFor(config, storage);
  const insights = insightsFor(config, kb, curationStorage, logger, options.insightsStore);
  const reporter = insights ? { insights: insights.reporter } : {};
  const curation = createCuration(config, { storage: curationStorage, replies, logger, ...reporter });
  const handoffDelivery = createHandoffDelivery(
    config,
    kb,
    { outbox: options.outboxStorage ?? outboxStorageFor(config, storage), state: storage },
    logger,
    options.unconfirmedHandoffTtlMs === undefined ? {} : { unconfirmedTtlMs: options.unconfirmedHandoffTtlMs },
  );
  const bot = wireBot({
    kb,
    conversationState,
    dialogState,
    turns,
    recognizer,
    replies,
    teamEmail: config.contactEmail,
    submitter: handoffDelivery.submitter,
    logger,
    curation: curation.curation,
    ...reporter,
  });

  const adapter = createAdapter(config.bot, config.channelAuth, config.channelTimeoutMs);
  // Teams' mentions, channels, buttons and formatting, kept out of the bot and its dialogs.
  adapter.use(new TeamsMiddleware());
  adapter.onTurnError = createTurnErrorHandler(logger, replies, conversationState);
  return { kb, adapter, bot, handoffDelivery, curation, insights };
}

/**
 * The website's branding, Web Chat's bundle and widget.js, read and checked once at start: a
 * broken branding.yaml stops the bot with the file and field named. Tests may pass their own.
 */
export function loadWebsite(logger: Logger, given: Partial<WebsiteAssets> = {}): WebsiteAssets {
  const branding = given.branding ?? loadBranding(WEBSITE_PATHS.brandingDir);
  const bundle = given.bundle ?? loadWebChatBundle(WEBSITE_PATHS.webChatDir);
  const widgetScript = 'widgetScript' in given ? given.widgetScript : readIfPresent(WEBSITE_PATHS.widgetScript);
  if (widgetScript === undefined) logger.warn('widget.js is not built (npm run build): /widget.js answers 503');
  logger.debug('website', { webChat: bundle.version, bundle: bundle.file, source: bundle.source });
  return { branding, bundle, widgetScript };
}

/** In memory, idle conversations expire in the storage itself; Blob Storage keeps blobs for ever. */
function createStateExpiry(storage: Config['storage'], logger: Logger): BlobStateExpiry | undefined {
  return storage.kind === 'blobs'
    ? new BlobStateExpiry(
        storage.connectionString,
        storage.container,
        { ttlMs: storage.stateTtlHours * 3_600_000, everyMs: STATE_SWEEP_EVERY_MS },
        logger,
      )
    : undefined;
}

export async function startServer(
  config: Config,
  logger: Logger,
  website: Partial<WebsiteAssets> = {},
): Promise<{
  server: BotServer;
  port: number;
  handoffDelivery: HandoffDelivery;
  curation: CurationSetup;
  stateExpiry: BlobStateExpiry | undefined;
  insights: InsightsSetup | undefined;
}> {
  const websiteAssets = loadWebsite(logger, website);
  const storage = createStorage(config.storage);
  const stateExpiry = createStateExpiry(config.storage, logger);
  const { kb, adapter, bot, handoffDelivery, curation, insights } = composeBot(config, logger, storage);
  // Sends what an earlier run left in the outbox, and from now on what people submit.
  await handoffDelivery.start();
  const anonymous = !config.bot.appId;
  if (anonymous) {
    logger.warn(
      `MicrosoftAppId is not set: running in local anonymous mode, accepting unauthenticated requests, listening on ${config.host} (loopback unless HOST says otherwise), and posting replies only to loopback serviceUrls or those in ALLOWED_SERVICE_URLS. Set MicrosoftAppId and MicrosoftAppPassword before exposing this bot.`,
    );
  }
  const server = createBotServer({
    host: botFrameworkHost(adapter, bot),
    logger,
    maxBodyBytes: config.maxBodyBytes,
    rateLimit: config.rateLimit,
    logMessageText: config.logMessageText,
    ...(anonymous ? { serviceUrls: new ServiceUrlPolicy(config.allowedServiceUrls) } : {}),
    // Behind a proxy every connection comes from the proxy: it is the one to cap them.
    connections: { ...CONNECTION_DEFAULTS, perAddress: config.rateLimit.trustProxy ? 0 : config.maxConnectionsPerClient },
    routes: [
      readinessRoute({ knowledgeEntries: kb.entries.size, storage }),
      ...websiteRoutes(config, websiteAssets),
      ...(insights && config.insights.token
        ? [insightsRoute({ token: config.insights.token, insights, publicDir: join(PROJECT_ROOT, 'public', 'insights') })]
        : []),
    ],
  });
  if (config.logMessageText)
    logger.warn('LOG_MESSAGE_TEXT is on: message texts are logged. For debugging only; turn it off in production.');
  const port = await server.listen(config.port, config.host);
  stateExpiry?.start();
  insights?.retention.start();
  logger.info('listening', {
    port,
    entries: kb.entries.size,
    endpoint: `http://localhost:${port}/api/messages`,
    chat: `http://localhost:${port}/`,
    ...describeStorage(config.storage),
    ...(insights ? { insights: `http://localhost:${port}/insights` } : {}),
  });
  return { server, port, handoffDelivery, curation, stateExpiry, insights };
}

async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config.logLevel);
  const { server, handoffDelivery, curation, stateExpiry, insights } = await startServer(config, logger);
  const stop = (signal: string) => {
    logger.info('stopping', { signal });
    // A request still in the outbox stays there for the next start (or another instance).
    void server
      .close(config.shutdownTimeoutMs)
      .then(() => handoffDelivery.stop())
      .then(() => stateExpiry?.stop())
      // The last unanswered questions and votes of this run, written before the process ends.
      .then(() => curation.flush(config.shutdownTimeoutMs))
      // The sweep stopped, and this run's last counts written.
      .then(() => insights?.stop(config.shutdownTimeoutMs))
      .then(() => {
        logger.info('stopped');
        process.exit(0);
      });
  };
  process.once('SIGTERM', () => stop('SIGTERM'));
  process.once('SIGINT', () => stop('SIGINT'));
}

if (require.main === module) {
  main().catch((error: unknown) => {
    // Configuration and knowledge errors are written for people; anything else is a bug, so the stack helps.
    const message =
      error instanceof UserFacingError ? error.message : error instanceof Error ? (error.stack ?? error.message) : String(error);
    process.stderr.write(`mieux-bot could not start: ${message}\n`);
    process.exit(1);
  });
}
