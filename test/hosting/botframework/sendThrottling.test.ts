import { describe, expect, it } from 'vitest';
import { ConnectorClient, MicrosoftAppCredentials } from 'botframework-connector';
import {
  installThrottlingRetry,
  retryAfterMs,
  THROTTLING_RETRY,
  THROTTLING_RETRY_POLICY,
  throttlingRetryPolicy,
  type ThrottlingRetryOptions,
} from '../../../src/hosting/botframework/sendThrottling';

/** A response as the pipeline gives it: a status and case-insensitive headers. */
function response(status: number, headers: Record<string, string> = {}) {
  const map = new Map(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v]));
  return {
    status,
    headers: {
      get: (name: string) => map.get(name.toLowerCase()),
      delete: (name: string) => void map.delete(name.toLowerCase()),
      has: (name: string) => map.has(name.toLowerCase()),
    },
  };
}
type FakeResponse = ReturnType<typeof response>;

/** Runs the policy against a channel answering `answers` in turn (the last one for ever). */
async function run(answers: FakeResponse[], options: Partial<ThrottlingRetryOptions> = {}) {
  const waits: number[] = [];
  let requests = 0;
  const policy = throttlingRetryPolicy({
    ...THROTTLING_RETRY,
    random: () => 0.5,
    sleep: async (ms) => void waits.push(ms),
    ...options,
  });
  const final = (await policy.sendRequest({}, async () => answers[Math.min(requests++, answers.length - 1)]!)) as FakeResponse;
  return { final, requests, waits };
}

describe('throttlingRetryPolicy', () => {
  it('a 200 goes through at once', async () => {
    const { final, requests, waits } = await run([response(200)]);
    expect(final.status).toBe(200);
    expect(requests).toBe(1);
    expect(waits).toEqual([]);
  });

  it.each<{ name: string; headers: Record<string, string>; wait: number }>([
    { name: 'Retry-After in seconds', headers: { 'Retry-After': '2' }, wait: 2_000 },
    { name: 'Retry-After: 0', headers: { 'Retry-After': '0' }, wait: 0 },
    { name: 'retry-after-ms', headers: { 'retry-after-ms': '250' }, wait: 250 },
    { name: 'x-ms-retry-after-ms', headers: { 'x-ms-retry-after-ms': '1500' }, wait: 1_500 },
    { name: 'no Retry-After: the first back-off (1 s, jitter at its middle)', headers: {}, wait: 1_000 },
  ])('429 with $name, then 200 → one retry after $wait ms', async ({ headers, wait }) => {
    const { final, requests, waits } = await run([response(429, headers), response(200)]);
    expect(final.status).toBe(200);
    expect(requests).toBe(2);
    expect(waits).toEqual([wait]);
  });

  it('a channel that keeps answering 429 gets maxAttempts requests, then the 429 without its Retry-After', async () => {
    const { final, requests, waits } = await run([response(429, { 'Retry-After': '1' })]);
    expect(requests).toBe(THROTTLING_RETRY.maxAttempts);
    expect(waits).toEqual(Array(THROTTLING_RETRY.maxAttempts - 1).fill(1_000));
    expect(final.status).toBe(429);
    // So the pipeline's default retry policy, outside this one, does not start over.
    expect(final.headers.has('retry-after')).toBe(false);
  });

  it('without Retry-After the waits grow exponentially, capped at maxWaitMs', async () => {
    const { requests, waits } = await run([response(429)], { maxAttempts: 5, baseBackoffMs: 1_000, maxWaitMs: 5_000 });
    expect(requests).toBe(5);
    expect(waits).toEqual([1_000, 2_000, 4_000, 5_000]);
  });

  it.each([0, 0.999])('the jitter stays within ±20%% (random %s)', async (r) => {
    const { waits } = await run([response(429), response(200)], { random: () => r });
    expect(waits[0]).toBeGreaterThanOrEqual(800);
    expect(waits[0]).toBeLessThanOrEqual(1_200);
  });

  it('a Retry-After longer than maxWaitMs ends the attempts at once', async () => {
    const { final, requests, waits } = await run([response(429, { 'Retry-After': '3600' }), response(200)]);
    expect(requests).toBe(1);
    expect(waits).toEqual([]);
    expect(final.status).toBe(429);
    expect(final.headers.has('retry-after')).toBe(false);
  });

  it.each([500, 502, 503, 404])('a %i is not this policy’s business: returned as it is', async (status) => {
    const { final, requests } = await run([response(status, { 'Retry-After': '1' }), response(200)]);
    expect(final.status).toBe(status);
    expect(requests).toBe(1);
    expect(final.headers.has('retry-after')).toBe(true);
  });
});

describe('retryAfterMs', () => {
  const now = Date.parse('2026-01-01T00:00:00Z');
  it.each<{ headers: Record<string, string>; ms: number | undefined }>([
    { headers: { 'Retry-After': '5' }, ms: 5_000 },
    { headers: { 'Retry-After': '1.5' }, ms: 1_500 },
    { headers: { 'Retry-After': 'Thu, 01 Jan 2026 00:00:03 GMT' }, ms: 3_000 },
    { headers: { 'Retry-After': 'Wed, 31 Dec 2025 23:59:00 GMT' }, ms: 0 },
    { headers: { 'Retry-After': 'soon' }, ms: undefined },
    { headers: { 'Retry-After': '-3' }, ms: undefined },
    { headers: {}, ms: undefined },
    { headers: { 'retry-after-ms': '20', 'Retry-After': '9' }, ms: 20 },
  ])('$headers → $ms', ({ headers, ms }) => {
    expect(retryAfterMs(response(429, headers).headers, now)).toBe(ms);
  });
});

describe('installThrottlingRetry', () => {
  const policyNames = (client: ConnectorClient): string[] =>
    (client as unknown as { client: { pipeline: { getOrderedPolicies(): { name: string }[] } } }).client.pipeline
      .getOrderedPolicies()
      .map((p) => p.name);

  it('puts the policy right inside the default retry policy of a real ConnectorClient, once', () => {
    const client = new ConnectorClient(new MicrosoftAppCredentials('', ''), { baseUri: 'http://127.0.0.1:9' });
    expect(policyNames(client)).not.toContain(THROTTLING_RETRY_POLICY);
    installThrottlingRetry(client);
    installThrottlingRetry(client);
    const names = policyNames(client);
    expect(names.filter((n) => n === THROTTLING_RETRY_POLICY)).toHaveLength(1);
    expect(names.indexOf(THROTTLING_RETRY_POLICY)).toBe(names.indexOf('defaultRetryPolicy') + 1);
  });

  it('refuses, naming itself, a client without the pipeline it expects', () => {
    expect(() => installThrottlingRetry({})).toThrow(/installThrottlingRetry\(\)/);
  });
});
