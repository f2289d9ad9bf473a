import { loadConfig } from '../src/config';
import { composeBot } from '../src/index';
import { createLogger } from '../src/logger';
import { createBotServer } from '../src/server/createServer';
const config = loadConfig({ PORT: '3990', HOST: '127.0.0.1', LOG_LEVEL: 'silent' }, null);
const { adapter, bot } = composeBot(config, createLogger('silent'));
const server = createBotServer({ adapter, bot, logger: createLogger('silent'), maxBodyBytes: 262144 });
void server.listen(3990, '127.0.0.1');
setTimeout(() => { void server.close(100).then(() => process.exit(0)); }, 12000);
