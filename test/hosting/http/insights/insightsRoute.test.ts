/**
 * The /insights route on the real server: absent without INSIGHTS_TOKEN (and nothing counted
 * then), and with it, the token checked exactly — in the Authorization header only, never from
 * the URL — and every malformed query a 400.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../../../src/config';
import { startServer } from '../../../../src/index';
import type { BotServer } from '../../../../src/hosting/http/server';
import { createLogger } from '../../../../src/logger';

const TOKEN = 'route-test-token-abcdefghijklmnopqrstuvwxyz012345';

describe('/insights without INSIGHTS_TOKEN', () => {
  it('is not served, and nothing is counted', async () => {
    const started = await startServer(loadConfig({ PORT: '0', HOST: '127.0.0.1' }, null), createLogger('silent'));
    try {
      expect(started.insights).toBeUndefined();
      for (const path of ['/insights', '/insights/api/report', '/insights/insights.js', '/insights/chart.umd.min.js'])
        expect((await fetch(`http://127.0.0.1:${started.port}${path}`)).status, path).toBe(404);
    } finally {
      await started.server.close(2_000);
    }
  });
});

describe('/insights with INSIGHTS_TOKEN', () => {
  let server: BotServer;
  let origin: string;
  let stop: () => Promise<void>;

  beforeAll(async () => {
    const started = await startServer(loadConfig({ PORT: '0', HOST: '127.0.0.1', INSIGHTS_TOKEN: TOKEN }, null), createLogger('silent'));
    server = started.server;
    origin = `http://127.0.0.1:${started.port}`;
    stop = () => started.insights?.stop(1_000) ?? Promise.resolve();
  }, 60_000);

  afterAll(async () => {
    await stop?.();
    await server?.close(2_000);
  });

  const report = (query: string, authorization?: string) =>
    fetch(`${origin}/insights/api/report${query}`, authorization === undefined ? {} : { headers: { authorization } });

  it.each([
    ['no header', undefined],
    ['another scheme', `Basic ${TOKEN}`],
    ['the token cut short', `Bearer ${TOKEN.slice(0, -1)}`],
    ['the token with more after it', `Bearer ${TOKEN}0`],
    ['two tokens', `Bearer ${TOKEN} ${TOKEN}`],
    ['an empty bearer', 'Bearer '],
  ])('refuses %s with 401', async (_what, authorization) => {
    const response = await report('', authorization);
    expect(response.status).toBe(401);
    expect(response.headers.get('x-robots-tag')).toContain('noindex');
  });

  it('does not take the token from the URL', async () => {
    expect((await report(`?token=${TOKEN}&access_token=${TOKEN}`)).status).toBe(401);
  });

  it('takes the token in the header, whatever the case of "Bearer"', async () => {
    expect((await report('', `Bearer ${TOKEN}`)).status).toBe(200);
    expect((await report('', `bearer ${TOKEN}`)).status).toBe(200);
  });

  it.each([
    ['?from=2026-01-01', /both from and to/],
    ['?from=2026-13-01&to=2026-13-02', /YYYY-MM-DD/],
    ['?from=2026-02-10&to=2026-02-01', /from must not be after to/],
    ['?from=2000-01-01&to=2000-12-31', /at most 90 days/],
    ['?from=2999-01-01&to=2999-01-02', /after today/],
    ['?lang=de', /lang must be one of es, en, fr/],
    ['?lang=en&lang=fr', /given once/],
  ])('answers %s with a 400 that says why', async (query, problem) => {
    const response = await report(query, `Bearer ${TOKEN}`);
    expect(response.status).toBe(400);
    expect(((await response.json()) as { error: string }).error).toMatch(problem);
  });
});
