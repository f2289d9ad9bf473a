/**
 * Issue 15's "the same page works on Blob Storage with two instances": two bots on one Azurite
 * container take traffic at the same time, and each one's /insights report shows the sum.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../../../src/config';
import { startServer } from '../../../../src/index';
import { createLogger } from '../../../../src/logger';
import { INSIGHTS_PATHS } from '../../../../src/hosting/http/insights/insightsPage';
import { azuriteConnectionString, startAzurite, type Azurite } from '../../../support/azurite';
import { messageActivity, send, uniqueId } from '../../../support/http';

const TOKEN = 'two-instances-'.padEnd(48, 'x');
type Started = Awaited<ReturnType<typeof startServer>>;

let azurite: Azurite;
const bots: Started[] = [];

beforeAll(async () => {
  azurite = await startAzurite();
  const env = {
    PORT: '0',
    HOST: '127.0.0.1',
    INSIGHTS_TOKEN: TOKEN,
    AZURE_STORAGE_CONNECTION_STRING: azuriteConnectionString(azurite.port),
    AZURE_STORAGE_CONTAINER: 'two-instances',
  };
  for (let i = 0; i < 2; i++) bots.push(await startServer(loadConfig(env, null), createLogger('silent')));
}, 60_000);

afterAll(async () => {
  for (const bot of bots) {
    await bot.server.close(1000);
    await bot.handoffDelivery.stop();
    await bot.curation.flush(1000);
    await bot.insights?.stop(1000);
    await bot.stateExpiry?.stop();
  }
  await azurite?.stop();
});

async function say(port: number, conversationId: string, text: string): Promise<void> {
  const activity = { ...messageActivity({ conversationId, text }), channelId: 'webchat', locale: 'en-GB' };
  const result = await send(`http://127.0.0.1:${port}/api/messages`, activity);
  expect(result.status, result.text.slice(0, 200)).toBe(200);
}

describe('insights on Blob Storage with two instances', () => {
  it('counts what both instances took at the same time, and either page shows the sum', async () => {
    const CONVERSATIONS_EACH = 5;
    await Promise.all(
      bots.flatMap((bot) =>
        Array.from({ length: CONVERSATIONS_EACH }, async (_, i) => {
          const conversation = uniqueId(`two-${bot.port}-${i}`);
          await say(bot.port, conversation, 'What is MIEUX+?');
          await say(bot.port, conversation, 'What is the capital of Peru?');
        }),
      ),
    );
    for (const bot of bots) await bot.insights?.recorder.flush();
    for (const bot of bots) {
      const response = await fetch(`http://127.0.0.1:${bot.port}${INSIGHTS_PATHS.report}`, {
        headers: { authorization: `Bearer ${TOKEN}` },
      });
      expect(response.status).toBe(200);
      const body = (await response.json()) as { report: { totals: { conversations: number; questions: number; answers: number } } };
      expect(body.report.totals).toMatchObject({
        conversations: 2 * CONVERSATIONS_EACH,
        questions: 4 * CONVERSATIONS_EACH,
        answers: 2 * CONVERSATIONS_EACH,
      });
    }
  }, 60_000);
});
