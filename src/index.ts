import { ConversationState, MemoryStorage, type Storage } from 'botbuilder';
import type { DialogState } from 'botbuilder-dialogs';
import { createAdapter, type BotAdapter } from './bot/adapter';
import { CONVERSATION_PROFILE_PROPERTY, DIALOG_STATE_PROPERTY, type ConversationProfile } from './bot/conversationProfile';
import { MieuxBot } from './bot/mieuxBot';
import { QuestionAnswerer } from './bot/questionAnswerer';
import { ReplyBuilder } from './bot/replies';
import { createTurnErrorHandler } from './bot/turnErrorHandler';
import { loadConfig, type Config } from './config';
import { loadKnowledge } from './core/knowledge/loadKnowledge';
import type { KnowledgeBase } from './core/knowledge/types';
import { LocalRecognizer } from './core/understanding/localRecognizer';
import { createLogger, type Logger } from './logger';
import { createBotServer, type BotServer } from './server/createServer';

export interface ComposedBot {
  readonly kb: KnowledgeBase;
  readonly adapter: BotAdapter;
  readonly bot: MieuxBot;
}

/** config → storage/state → recognizer → dialogs → bot. Shared by the server and the terminal chat. */
export function composeBot(config: Config, logger: Logger, storage: Storage = new MemoryStorage()): ComposedBot {
  const kb = loadKnowledge(config.knowledgeDir);
  const conversationState = new ConversationState(storage);
  const profile = conversationState.createProperty<ConversationProfile>(CONVERSATION_PROFILE_PROPERTY);
  const dialogState = conversationState.createProperty<DialogState>(DIALOG_STATE_PROPERTY);

  const recognizer = new LocalRecognizer(kb);
  const replies = new ReplyBuilder(kb, config.contactEmail);
  const answerer = new QuestionAnswerer({ recognizer, replies, profile });
  const bot = new MieuxBot({ conversationState, dialogState, profile, dialogs: [], answerer, replies });

  const adapter = createAdapter(config.bot);
  adapter.onTurnError = createTurnErrorHandler(logger, replies, conversationState);
  return { kb, adapter, bot };
}

export async function startServer(config: Config, logger: Logger): Promise<{ server: BotServer; port: number }> {
  const { kb, adapter, bot } = composeBot(config, logger);
  if (!config.bot.appId) {
    logger.warn('MicrosoftAppId is not set: running in local anonymous mode, accepting unauthenticated requests. Set MicrosoftAppId and MicrosoftAppPassword before exposing this bot.');
  }
  const server = createBotServer({ adapter, bot, logger, maxBodyBytes: config.maxBodyBytes });
  const port = await server.listen(config.port, config.host);
  logger.info('listening', { port, entries: kb.entries.size, endpoint: `http://localhost:${port}/api/messages` });
  return { server, port };
}

async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config.logLevel);
  const { server } = await startServer(config, logger);
  const stop = (signal: string) => {
    logger.info('stopping', { signal });
    void server.close(config.shutdownTimeoutMs).then(() => {
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
    const message = error instanceof Error && ['ConfigError', 'KnowledgeError'].includes(error.name) ? error.message : error instanceof Error ? (error.stack ?? error.message) : String(error);
    process.stderr.write(`mieux-bot could not start: ${message}\n`);
    process.exit(1);
  });
}
