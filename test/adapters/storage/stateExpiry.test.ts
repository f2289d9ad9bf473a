/**
 * Conversation state on Azure Blob Storage expires, as it does in memory, and the contact
 * details of a hand-off are not kept in it once the hand-off is done. Azurite on loopback; the
 * sweeper is given the time, so nothing waits.
 */
import { STRINGS, t } from '../../../src/core/i18n/strings';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BlobServiceClient } from '@azure/storage-blob';
import { TestAdapter, type Activity } from 'botbuilder';
import { BlobsStorage } from 'botbuilder-azure-blobs';
import { loadConfig } from '../../../src/config';
import { areaLabelFor } from '../../../src/core/handoff/areaLabel';
import { createLogger } from '../../../src/logger';
import { composeBot, startServer } from '../../../src/index';
import { startAzurite, type Azurite } from '../../support/azurite';
import { messageActivity, send, uniqueId } from '../../support/http';
import { shippedKnowledge } from '../../support/shippedKnowledge';
import { ExpiringMemoryStorage } from '../../../src/adapters/storage/expiringMemoryStorage';

let azurite: Azurite;
beforeAll(async () => {
  azurite = await startAzurite();
});
afterAll(async () => {
  await azurite?.stop();
});

const container = () =>
  uniqueId('expiry')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, 63)
    .replace(/-+$/, '');
const HOUR = 3_600_000;

async function blobNames(containerName: string): Promise<string[]> {
  const client = BlobServiceClient.fromConnectionString(azurite.connectionString).getContainerClient(containerName);
  const names: string[] = [];
  for await (const blob of client.listBlobsFlat()) names.push(decodeURIComponent(blob.name));
  return names.sort();
}

describe('conversation state on Blob Storage expires', () => {
  it('the server sweeps conversations idle longer than AZURE_STORAGE_STATE_TTL_HOURS, and only them', { timeout: 30_000 }, async () => {
    const name = container();
    const config = loadConfig(
      {
        PORT: '0',
        HOST: '127.0.0.1',
        AZURE_STORAGE_CONNECTION_STRING: azurite.connectionString,
        AZURE_STORAGE_CONTAINER: name,
        AZURE_STORAGE_STATE_TTL_HOURS: '24',
      },
      null,
    );
    const { server, port, stateExpiry } = await startServer(config, createLogger('silent'));
    try {
      const conversationId = uniqueId('conv');
      const result = await send(
        `http://127.0.0.1:${port}/api/messages`,
        messageActivity({ text: 'Who funds MIEUX+?', locale: 'en', conversationId }),
      );
      expect(result.status).toBe(200);
      // What is not a conversation's state: never swept.
      const storage = new BlobsStorage(azurite.connectionString, name);
      await storage.write({ 'handoff-outbox/item/pending': { request: 'kept until sent' }, 'curation/questions/0': { text: 'kept' } });
      const before = await blobNames(name);
      expect(before).toContain(`test/conversations/${conversationId}`);

      // A day later, less a minute: nothing has expired yet.
      expect(await stateExpiry!.sweep(Date.now() + 24 * HOUR - 60_000)).toBe(0);
      expect(await blobNames(name)).toEqual(before);

      // A day and a minute later.
      expect(await stateExpiry!.sweep(Date.now() + 24 * HOUR + 60_000)).toBe(1);
      const after = await blobNames(name);
      expect(after).not.toContain(`test/conversations/${conversationId}`);
      expect(after).toContain('handoff-outbox/item/pending');
      expect(after).toContain('curation/questions/0');
    } finally {
      await server.close(1_000);
    }
  });

  it('in memory there is no sweeper: the storage expires items itself', async () => {
    const { server, stateExpiry } = await startServer(loadConfig({ PORT: '0', HOST: '127.0.0.1' }, null), createLogger('silent'));
    await server.close(1_000);
    expect(stateExpiry).toBeUndefined();
  });
});

describe('contact details after a hand-off', () => {
  it('are not kept in the conversation state once the request is done', async () => {
    const storage = new ExpiringMemoryStorage({ ttlMs: HOUR, maxItems: 100 });
    const { bot } = composeBot(loadConfig({ LOG_LEVEL: 'silent' }, null), createLogger('silent'), storage);
    const adapter = new TestAdapter((context) => bot.run(context));
    const say = async (text: string): Promise<Partial<Activity>[]> => {
      const start = adapter.activeQueue.length;
      await adapter.receiveActivity({ type: 'message', text, locale: 'en-US' });
      return adapter.activeQueue.splice(start);
    };
    const areaLabel = areaLabelFor(shippedKnowledge());
    const person = { name: 'Ana García', email: 'ana.garcia@interior.es', organisation: 'Ministerio del Interior', country: 'España' };
    for (const text of [
      'I want to take part',
      STRINGS['handoff.consentYes'].en,
      STRINGS['role.expert'].en,
      person.name,
      person.email,
      person.organisation,
      person.country,
      areaLabel('area-horizontal', 'en'),
      'A question for the team.',
    ])
      await say(text);
    const stateDuring = JSON.stringify(await storage.read(['test/conversations/Convo1/']));
    // Still in the form: the details are there, so the summary can show them.
    expect(stateDuring).toContain(person.email);

    const final = await say(STRINGS['handoff.confirmPrepare'].en);
    expect(final.at(-1)?.text).toContain(t('handoff.readyMailto', 'en', { email: loadConfig({}, null).contactEmail }));
    const stateAfter = JSON.stringify(await storage.read(['test/conversations/Convo1/']));
    for (const value of Object.values(person)) expect(stateAfter).not.toContain(value);
  });
});
