/**
 * Compressed request bodies (Content-Encoding). These run against the entry point in a child
 * process, because a body the server cannot cope with may bring the whole process down, and
 * in-process that would take the test worker with it.
 */
import { randomBytes } from 'node:crypto';
import { request as httpRequest } from 'node:http';
import { deflateSync, gzipSync } from 'node:zlib';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { messageActivity, send } from '../../support/http';
import { exitWithin, startChildBot, type ChildBot } from '../../support/childBot';

const MAX_BODY_BYTES = 2048;

interface Outcome {
  readonly status?: number;
  readonly text?: string;
  readonly error?: string;
}

function post(port: number, headers: Record<string, string>, body: Buffer): Promise<Outcome> {
  return new Promise((resolve) => {
    const req = httpRequest(
      {
        host: '127.0.0.1',
        port,
        path: '/api/messages',
        method: 'POST',
        agent: false,
        timeout: 5_000,
        headers: { 'content-type': 'application/json', 'content-length': String(body.length), ...headers },
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8').on('data', (d: string) => (text += d));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
        res.on('error', (e: NodeJS.ErrnoException) => resolve({ error: e.code ?? e.message }));
      },
    );
    req.on('timeout', () => req.destroy(Object.assign(new Error('no answer within 5 s'), { code: 'TIMEOUT' })));
    req.on('error', (e: NodeJS.ErrnoException) => resolve({ error: `${e.code ?? ''} ${e.message}`.trim() }));
    req.end(body);
  });
}

const activityJson = (text: string) => Buffer.from(JSON.stringify(messageActivity({ text, locale: 'es' })));
/** Random base64: compresses poorly, so the gzip stays bigger than the limit. */
const incompressible = (bytes: number) => randomBytes(bytes).toString('base64');

const CASES: readonly { name: string; encoding: string; body: () => Buffer; statuses: readonly number[] }[] = [
  {
    name: 'Content-Encoding gzip on a body that is not gzip',
    encoding: 'gzip',
    body: () => activityJson('hola'),
    statuses: [400, 415],
  },
  {
    name: 'a gzip body bigger than MAX_BODY_BYTES (compressed)',
    encoding: 'gzip',
    body: () => {
      const gz = gzipSync(activityJson(incompressible(4_000)));
      if (gz.length <= MAX_BODY_BYTES) throw new Error('the test body must be over the limit once compressed');
      return gz;
    },
    statuses: [413, 415],
  },
  {
    name: 'a small gzip body that inflates past MAX_BODY_BYTES',
    encoding: 'gzip',
    body: () => {
      const json = activityJson(`¿Quién financia MIEUX+? ${'x'.repeat(20_000)}`);
      const gz = gzipSync(json);
      if (gz.length >= MAX_BODY_BYTES || json.length <= MAX_BODY_BYTES)
        throw new Error('the test body must be small compressed and big inflated');
      return gz;
    },
    statuses: [413, 415],
  },
  {
    name: 'Content-Encoding deflate',
    encoding: 'deflate',
    body: () => deflateSync(activityJson('hola')),
    statuses: [415],
  },
];

describe(`compressed bodies (MAX_BODY_BYTES ${MAX_BODY_BYTES})`, () => {
  let child: ChildBot | undefined;

  beforeEach(async () => {
    // A case that brings the process down must not fail the cases after it.
    if (!child || child.exit !== undefined) child = await startChildBot({ MAX_BODY_BYTES: String(MAX_BODY_BYTES) });
  });

  afterAll(async () => {
    await child?.kill();
  });

  it.each(CASES)('$name → one of $statuses with a JSON {error}, and the process keeps running', async ({ encoding, body, statuses }) => {
    const bot = child!;
    const outcome = await post(bot.port, { 'content-encoding': encoding }, body());
    const exit = await exitWithin(bot, 300);
    const crash =
      exit === 'running'
        ? ''
        : `\nthe bot exited (${JSON.stringify(exit)}); stderr:\n${bot.stderr
            .join('')
            .replace(/^.*DEP0111.*\n|^.*trace-deprecation.*\n/gm, '')
            .slice(0, 1_500)}`;
    expect(exit, `the bot process is still running${crash}`).toBe('running');
    expect(outcome.error, `the request got an HTTP answer${crash}`).toBeUndefined();
    expect(statuses, outcome.text).toContain(outcome.status);
    expect((JSON.parse(outcome.text!) as { error?: unknown }).error).toEqual(expect.any(String));

    const health = await send(`http://127.0.0.1:${bot.port}/healthz`);
    expect(health.status).toBe(200);
  });
});
