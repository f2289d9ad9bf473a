import { MemoryStorage, type Storage } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import { ReplyBuilder } from '../../../src/app/replies';
import { loadConfig } from '../../../src/config';
import { createCuration } from '../../../src/app/curation/createCuration';
import { curationStorageFor } from '../../../src/adapters/storage/createStorage';
import { ExpiringMemoryStorage } from '../../../src/adapters/storage/expiringMemoryStorage';
import { azuriteConnectionString } from '../../support/azurite';
import { shippedKnowledge } from '../../support/shippedKnowledge';
import { CONTACT, recordingLogger } from '../../support/testBot';

describe('curationStorageFor', () => {
  const state = new ExpiringMemoryStorage({ ttlMs: 60_000, maxItems: 100 });

  it('with Blob Storage, keeps the records beside the conversations, where every instance and kb:review see them', () => {
    const config = loadConfig({ AZURE_STORAGE_CONNECTION_STRING: azuriteConnectionString(10000) }, null);
    expect(curationStorageFor(config, state)).toBe(state);
  });

  it('in memory, gives them a store of their own, which idle conversations expiring cannot empty', async () => {
    const config = loadConfig({}, null);
    const own = curationStorageFor(config, state);
    expect(own).not.toBe(state);
    await own.write({ probe: { n: 1 } });
    expect(await state.read(['probe'])).toEqual({});
  });
});

describe('createCuration', () => {
  it('flush waits at most the time given when the storage hangs', async () => {
    const hanging: Storage = {
      read: () => new Promise(() => undefined),
      write: () => new Promise(() => undefined),
      delete: async () => undefined,
    };
    const setup = createCuration(loadConfig({}, null), {
      storage: hanging,
      replies: new ReplyBuilder(shippedKnowledge(), CONTACT),
      logger: recordingLogger(),
    });
    setup.recorder.recordQuestion({ at: '2026-11-28T10:00:00.000Z', lang: 'en', kind: 'notFound', text: 'q', candidates: [] });
    // Without the limit this would never resolve, and the test would fail on its timeout.
    await expect(setup.flush(50)).resolves.toBeUndefined();
  });

  it('uses the configured ring size, at least one slot', () => {
    const parts = { storage: new MemoryStorage(), replies: new ReplyBuilder(shippedKnowledge(), CONTACT), logger: recordingLogger() };
    expect(createCuration(loadConfig({ CURATION_MAX_QUESTIONS: '250' }, null), parts).store.capacity).toBe(250);
    expect(createCuration(loadConfig({ CURATION_MAX_QUESTIONS: '0' }, null), parts).store.capacity).toBe(1);
  });
});
