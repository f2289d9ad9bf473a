/**
 * restify writes log lines of its own (a reply it cannot serialise, for one), with its own pino
 * and pino's request serialiser: every header, the Authorization token included, and the body.
 * They go through the bot's logger instead, as a bounded line with the error's kind only.
 */
import { describe, expect, it } from 'vitest';
import type { Request, Response } from 'restify';
import { createAdapter } from '../../../src/hosting/botframework/adapter';
import { loadConfig } from '../../../src/config';
import { createLogger } from '../../../src/logger';
import { createBotServer } from '../../../src/hosting/http/server';
import type { RouteModule } from '../../../src/hosting/http/routeModule';
import { onBotFramework } from '../../support/botFrameworkServer';
import { send } from '../../support/http';

/** A route whose reply cannot be serialised: restify's formatter fails and restify logs it. */
const unserialisable: RouteModule = {
  name: 'unserialisable',
  register({ server, jsonBody }) {
    server.post('/test/unserialisable', ...jsonBody(), async (_req: Request, res: Response) => {
      const circular: Record<string, unknown> = {};
      circular.self = circular;
      res.send(200, circular);
    });
  },
};

describe("restify's own log lines", () => {
  it('go through the bot logger, without headers or body', async () => {
    const lines: string[] = [];
    const logger = createLogger('debug', (line) => lines.push(line));
    const config = loadConfig({ LOG_LEVEL: 'silent' }, null);
    const server = createBotServer(
      onBotFramework({
        adapter: createAdapter(config.bot),
        bot: { run: async () => undefined },
        logger,
        maxBodyBytes: 65_536,
        routes: [unserialisable],
      }),
    );
    const port = await server.listen(0, '127.0.0.1');
    try {
      const result = await send(
        `http://127.0.0.1:${port}/test/unserialisable`,
        { text: 'words the person typed' },
        { headers: { authorization: 'Bearer secret-token-xyz', cookie: 'session=abc' } },
      );
      expect(result.status).toBeGreaterThanOrEqual(500);
      const restifyLines = lines.filter((l) => (JSON.parse(l) as { msg: string }).msg.startsWith('restify: '));
      expect(restifyLines.length).toBeGreaterThan(0);
      const all = lines.join('\n');
      expect(all).not.toContain('secret-token-xyz');
      expect(all).not.toContain('session=abc');
      expect(all).not.toContain('words the person typed');
      for (const line of restifyLines) {
        expect(Object.keys(JSON.parse(line) as object).sort()).toEqual(['hostname', 'kind', 'level', 'msg', 'pid', 'reqId', 'time']);
      }
    } finally {
      await server.close(1_000);
    }
  });
});
