/**
 * The insights' stores: the same behaviour in memory and on Azure Blob Storage (Azurite on a
 * random loopback port), two instances adding to one day at once without losing a count, and the
 * retention sweep really deleting old days.
 */
import { randomUUID } from 'node:crypto';
import { BlobServiceClient, type ContainerClient } from '@azure/storage-blob';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aggregateEvents, type DayAggregate } from '../../../src/core/insights/dayAggregate';
import type { AggregateStore } from '../../../src/app/insights/aggregateStore';
import { BlobAggregateStore, INSIGHTS_BLOB_PREFIX } from '../../../src/adapters/storage/blobAggregateStore';
import { InsightsRetention } from '../../../src/app/insights/insightsRetention';
import { MemoryAggregateStore } from '../../../src/adapters/storage/memoryAggregateStore';
import { startAzurite, type Azurite } from '../../support/azurite';
import { question, started, vote } from '../../support/insightsEvents';
import { recordingLogger } from '../../support/testBot';

let azurite: Azurite;

beforeAll(async () => {
  azurite = await startAzurite();
});

afterAll(async () => {
  await azurite?.stop();
});

/** A fresh container per test: tests never see each other's days. */
function freshContainer(): ContainerClient {
  return BlobServiceClient.fromConnectionString(azurite.connectionString).getContainerClient(`insights-${randomUUID()}`);
}

const increment = (day: string, conversations = 1): DayAggregate =>
  aggregateEvents(Array.from({ length: conversations }, () => started({ day })))[0]!;

const IMPLEMENTATIONS: [string, () => AggregateStore][] = [
  ['in memory', () => new MemoryAggregateStore({ maxDays: 400 })],
  ['on Blob Storage (Azurite)', () => new BlobAggregateStore(freshContainer())],
];

describe.each(IMPLEMENTATIONS)('AggregateStore %s', (_name, create) => {
  it('adds increments into their day and reads a period back, oldest first', async () => {
    const store = create();
    const [a] = aggregateEvents([started(), question('answered', ['areas']), vote('down', 'areas')]);
    const [b] = aggregateEvents([
      started({ lang: 'fr', channel: 'teams' }),
      question('answered', ['areas'], { lang: 'fr', channel: 'teams' }),
    ]);
    await store.add(a!);
    await store.add(b!);
    await store.add(increment('2026-11-30', 4));
    await store.add(increment('2026-11-20', 2));
    expect(await store.days()).toEqual(['2026-11-20', '2026-11-28', '2026-11-30']);
    const read = await store.read({ from: '2026-11-21', to: '2026-11-30' });
    expect(read.map((d) => d.day)).toEqual(['2026-11-28', '2026-11-30']);
    expect(read[0]).toEqual({
      v: 1,
      day: '2026-11-28',
      slices: {
        'es.web': { conversations: 1, outcomes: { answered: 1 }, followUps: { votedDown: 1 } },
        'fr.teams': { conversations: 1, outcomes: { answered: 1 } },
      },
      entries: { areas: { es: { asked: 1, down: 1 }, fr: { asked: 1 } } },
    });
    expect(read[1]!.slices['es.web']).toEqual({ conversations: 4 });
  });

  it('reads nothing for a period without days', async () => {
    const store = create();
    expect(await store.read({ from: '2026-01-01', to: '2026-01-31' })).toEqual([]);
    expect(await store.days()).toEqual([]);
  });

  it('deletes days, counting those it had', async () => {
    const store = create();
    for (const day of ['2026-11-01', '2026-11-02', '2026-11-03']) await store.add(increment(day));
    expect(await store.delete(['2026-11-01', '2026-11-03', '2026-10-01', 'not-a-day'])).toBe(2);
    expect(await store.days()).toEqual(['2026-11-02']);
    expect(await store.delete(['2026-11-01'])).toBe(0);
  });

  it('the retention sweep deletes the days before the retention and keeps the rest', async () => {
    const store = create();
    const days = ['2025-12-31', '2026-01-01', '2026-02-15', '2026-03-31', '2026-04-01'];
    for (const day of days) await store.add(increment(day));
    const logger = recordingLogger();
    const retention = new InsightsRetention(
      store,
      { retentionDays: 90, everyMs: 60_000, now: () => new Date('2026-03-31T23:59:00Z') },
      logger,
    );
    expect(await retention.sweep()).toBe(1);
    // 90 days kept: 2026-01-01 to 2026-03-31; a day ahead (another instance's clock) stays too.
    expect(await store.days()).toEqual(['2026-01-01', '2026-02-15', '2026-03-31', '2026-04-01']);
    expect(logger.lines.map((l) => JSON.parse(l))).toContainEqual({
      level: 'info',
      msg: 'insights retention: old days deleted',
      deleted: 1,
      retentionDays: 90,
    });
    expect(await retention.sweep()).toBe(0);
  });
});

describe('BlobAggregateStore on Azurite', () => {
  it('two instances adding to the same day at once lose nothing, the day created by one of them in the race', async () => {
    const container = freshContainer();
    const connection = (): BlobAggregateStore =>
      new BlobAggregateStore(BlobServiceClient.fromConnectionString(azurite.connectionString).getContainerClient(container.containerName));
    const one = connection();
    const two = connection();
    const PER_INSTANCE = 15;
    // Every add of both instances in flight together: most of them read the same ETag.
    await Promise.all([
      ...Array.from({ length: PER_INSTANCE }, (_, i) =>
        one.add(aggregateEvents([started(), question('answered', ['areas']), ...(i % 3 === 0 ? [vote('up', 'areas')] : [])])[0]!),
      ),
      ...Array.from({ length: PER_INSTANCE }, () =>
        two.add(aggregateEvents([started({ lang: 'fr' }), question('notFound', undefined, { lang: 'fr' })])[0]!),
      ),
    ]);
    const [day] = await connection().read({ from: '2026-11-28', to: '2026-11-28' });
    expect(day!.slices).toEqual({
      'es.web': { conversations: PER_INSTANCE, outcomes: { answered: PER_INSTANCE }, followUps: { votedUp: 5 } },
      'fr.web': { conversations: PER_INSTANCE, outcomes: { notFound: PER_INSTANCE } },
    });
    expect(day!.entries).toEqual({ areas: { es: { asked: PER_INSTANCE, up: 5 } } });
    // The race really happened: writes were refused and re-applied.
    expect(one.conflicts + two.conflicts).toBeGreaterThan(0);
  });

  it('keeps each day in its own blob under insights/days/, and its listing and sweep ignore every other blob in the container', async () => {
    const container = freshContainer();
    const store = new BlobAggregateStore(container);
    await store.add(increment('2020-01-01'));
    const others = [
      'curation%2Ffeedback',
      'webchat%2Fconversations%2Fabc',
      `${INSIGHTS_BLOB_PREFIX}readme.txt`,
      `${INSIGHTS_BLOB_PREFIX}2019-02-30.json`,
    ];
    for (const name of others) await container.getBlockBlobClient(name).upload('{}', 2);
    const names = async () => {
      const out: string[] = [];
      for await (const blob of container.listBlobsFlat()) out.push(blob.name);
      return out.sort();
    };
    expect(await names()).toContain(`${INSIGHTS_BLOB_PREFIX}2020-01-01.json`);
    expect(await store.days()).toEqual(['2020-01-01']);
    const retention = new InsightsRetention(
      store,
      { retentionDays: 90, everyMs: 60_000, now: () => new Date('2026-03-31T00:00:00Z') },
      recordingLogger(),
    );
    expect(await retention.sweep()).toBe(1);
    expect(await names()).toEqual([...others].sort());
  });

  it('refuses to add to a day whose blob it cannot read, naming the blob, and leaves the blob as it was', async () => {
    const container = freshContainer();
    const store = new BlobAggregateStore(container);
    await store.add(increment('2026-11-28'));
    const blob = container.getBlockBlobClient(`${INSIGHTS_BLOB_PREFIX}2026-11-28.json`);
    for (const [body, message] of [
      ['not json', /blob 'insights\/days\/2026-11-28\.json' is not JSON/],
      ['{"v":7,"day":"2026-11-28","slices":{},"entries":{}}', /blob 'insights\/days\/2026-11-28\.json' has version 7/],
    ] as const) {
      await blob.upload(body, body.length);
      await expect(store.add(increment('2026-11-28'))).rejects.toThrow(message);
      expect((await blob.downloadToBuffer()).toString('utf8')).toBe(body);
    }
  });

  it('fails, rather than hangs, when the storage cannot be reached', async () => {
    const down = new BlobAggregateStore(
      BlobServiceClient.fromConnectionString(azurite.connectionString.replace(/127\.0\.0\.1:\d+/, '127.0.0.1:9'), {
        retryOptions: { maxTries: 1 },
      }).getContainerClient('insights-down'),
    );
    await expect(down.add(increment('2026-11-28'))).rejects.toThrow();
    await expect(down.days()).rejects.toThrow();
  });

  it('sweeps at start and on a timer, and stops', async () => {
    const store = new BlobAggregateStore(freshContainer());
    await store.add(increment('2020-01-01'));
    const retention = new InsightsRetention(
      store,
      { retentionDays: 30, everyMs: 50, now: () => new Date('2026-03-31T00:00:00Z') },
      recordingLogger(),
    );
    retention.start();
    await expect.poll(() => store.days(), { timeout: 5_000 }).toEqual([]);
    await store.add(increment('2020-01-02'));
    await expect.poll(() => store.days(), { timeout: 5_000 }).toEqual([]);
    await retention.stop();
    await store.add(increment('2020-01-03'));
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(await store.days()).toEqual(['2020-01-03']);
  });
});

describe('MemoryAggregateStore', () => {
  it('holds at most maxDays days, the oldest going first', async () => {
    const store = new MemoryAggregateStore({ maxDays: 2 });
    for (const day of ['2026-11-03', '2026-11-01', '2026-11-02']) await store.add(increment(day));
    expect(await store.days()).toEqual(['2026-11-02', '2026-11-03']);
  });

  it('shares no object with its callers', async () => {
    const store = new MemoryAggregateStore({ maxDays: 10 });
    const day = increment('2026-11-01');
    await store.add(day);
    const [read] = await store.read({ from: '2026-11-01', to: '2026-11-01' });
    (read!.slices as Record<string, unknown>)['es.web'] = { conversations: 99 };
    const [again] = await store.read({ from: '2026-11-01', to: '2026-11-01' });
    expect(again!.slices['es.web']).toEqual({ conversations: 1 });
  });
});
