/**
 * npm run kb:review: the review built from what the bot recorded — in-process on a MemoryStorage
 * filled by the bot, and end to end: the real server on Azure Blob Storage (Azurite on a random
 * loopback port) records, and the command, run as a child process, reads the same container.
 */
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { BlobsStorage } from 'botbuilder-azure-blobs';
import { MemoryStorage, type Activity, type CardAction } from 'botbuilder';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildReview, formatReview } from '../../scripts/review';
import { loadConfig } from '../../src/config';
import type { Lang } from '../../src/core/language/languages';
import { LocalRecognizer } from '../../src/core/understanding/localRecognizer';
import { Curation } from '../../src/app/curation/curation';
import { CurationRecorder } from '../../src/app/curation/curationRecorder';
import { CurationStore } from '../../src/app/curation/curationStore';
import { startServer } from '../../src/index';
import { createLogger } from '../../src/logger';
import { startAzurite, type Azurite } from '../support/azurite';
import { messageActivity, send, uniqueId } from '../support/http';
import { shippedKnowledge } from '../support/shippedKnowledge';
import { CONTACT, createTestBot, recordingLogger } from '../support/testBot';

const run = promisify(execFile);
const PROJECT = join(__dirname, '..', '..');
const kb = shippedKnowledge();
const recognizer = new LocalRecognizer(kb);
const vectorise = (text: string, lang: Lang) => recognizer.termVector(text, lang);

const feedbackAction = (activity: Partial<Activity> | undefined, vote: 'up' | 'down'): CardAction =>
  (activity?.suggestedActions?.actions ?? []).find((a) => (a.value as { feedback?: string } | undefined)?.feedback === vote)!;

/** Unanswered questions people asked, several of them the same question in other words. */
const ASKED = [
  'What is the capital of France?',
  'capital of France',
  "What's the capital of France? My name is John Smith",
  'Who won the football match yesterday?',
  '¿Cuál es la capital de Francia?',
];

describe('the review, from records the bot made (in-process)', () => {
  it('groups the unanswered questions and ranks entries by "not helpful"', async () => {
    const store = new CurationStore(new MemoryStorage(), 100);
    const recorder = new CurationRecorder(store, recordingLogger());
    const bot = createTestBot({
      curation: ({ replies }) => new Curation({ recorder, recordQuestions: true, offerFeedback: true, replies, email: CONTACT }),
    });
    for (const text of ASKED) await bot.say(text);
    for (const [question, vote] of [
      ['Who funds MIEUX+?', 'down'],
      ['¿Quién financia MIEUX+?', 'down'],
      ['Which regions does MIEUX+ cover?', 'down'],
      ['Which regions does MIEUX+ cover?', 'up'],
      ['What is MIEUX+?', 'up'],
    ] as const) {
      const [answer] = await bot.say(question);
      await bot.send({ type: 'message', value: feedbackAction(answer, vote).value });
    }
    await recorder.flush();

    const review = await buildReview(store, vectorise);
    // Five unanswered, and the three questions whose answers got 👎.
    expect(review.questions).toBe(8);
    expect(review.groups.map((g) => [g.lang, g.size])).toEqual([
      ['en', 3],
      ['es', 1],
      ['en', 1],
    ]);
    expect(review.doubtful.map((g) => [g.lang, g.representative, g.kinds, g.answered])).toEqual(
      expect.arrayContaining([
        ['en', 'Who funds MIEUX+?', { downvoted: 1 }, [{ entryId: 'funding', count: 1 }]],
        ['es', '¿Quién financia MIEUX+?', { downvoted: 1 }, [{ entryId: 'funding', count: 1 }]],
        ['en', 'Which regions does MIEUX+ cover?', { downvoted: 1 }, [{ entryId: 'regions', count: 1 }]],
      ]),
    );
    expect(review.doubtful).toHaveLength(3);
    expect(review.feedback.map((f) => [f.entryId, f.down, f.up])).toEqual([
      ['funding', 2, 0],
      ['regions', 1, 1],
      ['about', 0, 1],
    ]);

    const text = formatReview(review, kb);
    expect(text).toContain('Recorded questions: 8 (the newest 100 are kept)');
    expect(text).toContain('Answers that may have been wrong');
    expect(text).toMatch(/ {3}3× \[en\] "[^"]*capital of France[^"]*"/i);
    expect(text).toContain('[name]');
    expect(text).not.toContain('John Smith');
    expect(text).toMatch(/👎 {3}2 {2}👍 {3}0 {2}100% not helpful {2}funding \("[^"]+"\) {2}\[👎 es 1, en 1\]/);
    // Most "not helpful" first.
    expect(text.indexOf('funding (')).toBeLessThan(text.indexOf('regions ('));
  });

  it('says when there is nothing yet', async () => {
    const review = await buildReview(new CurationStore(new MemoryStorage(), 10), vectorise);
    const text = formatReview(review, kb);
    expect(text).toContain('none recorded yet');
    expect(text).toContain('no votes yet');
  });
});

describe('npm run kb:review', () => {
  const childEnv = (vars: Record<string, string>) => ({
    ...process.env,
    AZURE_STORAGE_CONNECTION_STRING: '',
    AZURE_STORAGE_CONTAINER: '',
    ...vars,
  });
  const kbReview = (args: string[], env: Record<string, string>) =>
    run('npm', ['run', '--silent', 'kb:review', '--', ...args], { cwd: PROJECT, env: childEnv(env) }).then(
      ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
      (error: unknown) => {
        const failed = error as { code?: number; stdout?: string; stderr?: string };
        return { code: failed.code, stdout: failed.stdout ?? '', stderr: failed.stderr ?? '' };
      },
    );

  it('without Blob Storage, explains there is nothing persistent to read', async () => {
    const { code, stderr } = await kbReview([], {});
    expect(code).toBe(1);
    expect(stderr).toContain('AZURE_STORAGE_CONNECTION_STRING is not set');
  }, 60_000);

  it('refuses an unknown option or a bad threshold, naming it', async () => {
    expect(await kbReview(['--everything'], {})).toMatchObject({ code: 2, stderr: expect.stringContaining('unknown option --everything') });
    expect(await kbReview(['--threshold', '2'], {})).toMatchObject({
      code: 2,
      stderr: expect.stringContaining("--threshold must be a number above 0 and at most 1, got '2'"),
    });
  }, 60_000);

  describe('on Azure Blob Storage (Azurite), against what the real server recorded', () => {
    let azurite: Azurite;

    beforeAll(async () => {
      azurite = await startAzurite();
    });

    afterAll(async () => {
      await azurite?.stop();
    });

    it('lists the grouped questions and the entries by negative feedback; --delete removes them', async () => {
      const container = uniqueId('curation')
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .slice(0, 63)
        .replace(/-+$/, '');
      const env = { AZURE_STORAGE_CONNECTION_STRING: azurite.connectionString, AZURE_STORAGE_CONTAINER: container };
      const config = loadConfig({ PORT: '0', HOST: '127.0.0.1', ...env }, null);
      const { server, port, curation } = await startServer(config, createLogger('silent'));
      try {
        const api = `http://127.0.0.1:${port}/api/messages`;
        const say = async (conversationId: string, text: string, value?: unknown): Promise<Partial<Activity>[]> => {
          const result = await send(api, { ...messageActivity({ conversationId, text }), ...(value === undefined ? {} : { value }) });
          expect(result.status, result.text.slice(0, 200)).toBe(200);
          return (result.json as { activities: Partial<Activity>[] }).activities.filter((a) => a.type === 'message');
        };
        for (const text of ASKED) await say(uniqueId('conv'), text);
        const conversation = uniqueId('conv');
        const [answer] = await say(conversation, 'Who funds MIEUX+?');
        const down = feedbackAction(answer, 'down');
        await say(conversation, String(down.text), down.value);
        await curation.flush();

        // What is in the container: scrubbed text only.
        const blobs = new BlobsStorage(azurite.connectionString, container);
        const stored = JSON.stringify(await blobs.read(Array.from({ length: 5 }, (_, i) => `curation/questions/slot/${i}`)));
        expect(stored).toContain('[name]');
        expect(stored).not.toContain('John Smith');

        const review = await kbReview([], env);
        expect(review.stderr).toBe('');
        expect(review.code).toBe(0);
        // Five unanswered questions, and the one answered before the 👎.
        expect(review.stdout).toContain('Recorded questions: 6');
        expect(review.stdout).toMatch(/ {3}3× \[en\] /);
        expect(review.stdout).toMatch(/ {3}1× \[es\] "¿Cuál es la capital de Francia\?"/);
        const doubtful = review.stdout.slice(review.stdout.indexOf('Answers that may have been wrong'));
        expect(doubtful).toMatch(/ {3}1× \[en\] "Who funds MIEUX\+\?" {2}\(👎 1;/);
        expect(doubtful).toContain('answered with: funding ×1');
        expect(review.stdout).toMatch(/👎 {3}1 {2}👍 {3}0 .*funding/);

        const strict = await kbReview(['--threshold', '0.99', '--limit', '1'], env);
        expect(strict.stdout).toMatch(/… and \d+ smaller groups/);

        const deleted = await kbReview(['--delete'], env);
        expect(deleted.stdout).toContain('deleted 6 recorded questions and every feedback vote');
        const after = await kbReview([], env);
        expect(after.stdout).toContain('none recorded yet');
        expect(after.stdout).toContain('no votes yet');
      } finally {
        await server.close(2_000);
      }
    }, 120_000);
  });
});
