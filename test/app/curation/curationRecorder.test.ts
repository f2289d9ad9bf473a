import { MemoryStorage, type Storage, type StoreItems } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import type { QuestionRecord } from '../../../src/core/curation/curationRecords';
import { CurationRecorder } from '../../../src/app/curation/curationRecorder';
import { CurationStore } from '../../../src/app/curation/curationStore';
import { recordingLogger } from '../../support/testBot';

const record = (text: string): QuestionRecord => ({ at: '2026-11-28T10:00:00.000Z', lang: 'es', kind: 'notFound', text, candidates: [] });

/** A storage whose writes wait until released: Blob Storage having a slow moment. */
function held(inner: Storage = new MemoryStorage()): Storage & { release(): void; writesStarted: number } {
  let release: () => void = () => undefined;
  const gate = new Promise<void>((resolve) => (release = resolve));
  const storage = {
    writesStarted: 0,
    release: () => release(),
    read: (keys: string[]) => inner.read(keys),
    write: async (changes: StoreItems) => {
      storage.writesStarted += 1;
      await gate;
      return inner.write(changes);
    },
    delete: (keys: string[]) => inner.delete(keys),
  };
  return storage;
}

describe('CurationRecorder', () => {
  it('queues without waiting for the storage, and writes in the background', async () => {
    const inner = new MemoryStorage();
    const storage = held(inner);
    const recorder = new CurationRecorder(new CurationStore(storage, 10), recordingLogger());
    // Returns at once (no promise to await) although the storage will not answer yet: the value
    // returned is what is checked, a void method could still return a promise.
    // eslint-disable-next-line @typescript-eslint/no-confusing-void-expression
    expect(recorder.recordQuestion(record('¿pregunta uno?'))).toBeUndefined();
    recorder.recordQuestion(record('¿pregunta dos?'));
    const flushed = recorder.flush();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(storage.writesStarted).toBeGreaterThan(0);
    expect(await new CurationStore(inner, 10).readQuestions()).toEqual([]);
    storage.release();
    await flushed;
    expect((await new CurationStore(inner, 10).readQuestions()).map((q) => q.text)).toEqual(['¿pregunta uno?', '¿pregunta dos?']);
  });

  it('keeps at most maxPending waiting records, dropping the oldest, and says how many', async () => {
    const inner = new MemoryStorage();
    const storage = held(inner);
    const logger = recordingLogger();
    const recorder = new CurationRecorder(new CurationStore(storage, 100), logger, { maxPending: 3 });
    for (let n = 1; n <= 8; n += 1) recorder.recordQuestion(record(`q${n}`));
    storage.release();
    await recorder.flush();
    expect((await new CurationStore(inner, 100).readQuestions()).map((q) => q.text)).toEqual(['q6', 'q7', 'q8']);
    const drops = logger.lines
      .map((l) => JSON.parse(l) as Record<string, unknown>)
      .filter((l) => l.msg === 'curation records dropped: the storage is not keeping up');
    expect(drops.reduce((sum, l) => sum + Number(l.dropped), 0)).toBe(5);
  });

  it('a storage that fails loses the batch, logs its size and error kind — never a text — and never throws', async () => {
    const logger = recordingLogger();
    const failing: Storage = {
      read: async () => {
        throw Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:10000'), { code: 'ECONNREFUSED' });
      },
      write: async () => undefined,
      delete: async () => undefined,
    };
    const recorder = new CurationRecorder(new CurationStore(failing, 10), logger);
    recorder.recordQuestion(record('Me llamo [name], ¿qué es MIEUX+?'));
    recorder.recordFeedback({ entryId: 'funding', vote: 'down', lang: 'es', at: '2026-11-28T10:00:00.000Z' });
    await expect(recorder.flush()).resolves.toBeUndefined();
    const lines = logger.lines.map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          level: 'warn',
          msg: 'curation records not stored',
          what: 'questions',
          dropped: 1,
          kind: 'Error:ECONNREFUSED',
        }),
        expect.objectContaining({ level: 'warn', msg: 'curation records not stored', what: 'feedback', dropped: 1 }),
      ]),
    );
    expect(logger.lines.join('\n')).not.toContain('MIEUX+');
  });

  it('what arrives during a write goes in the next one', async () => {
    const inner = new MemoryStorage();
    const storage = held(inner);
    const recorder = new CurationRecorder(new CurationStore(storage, 10), recordingLogger());
    recorder.recordQuestion(record('first'));
    await new Promise((resolve) => setTimeout(resolve, 10));
    recorder.recordQuestion(record('second'));
    storage.release();
    await recorder.flush();
    expect((await new CurationStore(inner, 10).readQuestions()).map((q) => q.text)).toEqual(['first', 'second']);
  });
});
