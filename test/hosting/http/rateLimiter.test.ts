import { describe, expect, it } from 'vitest';
import type { Request } from 'restify';
import { clientAddress, RateLimiter } from '../../../src/hosting/http/rateLimiter';

function limiter(perMinute: number, maxKeys?: number) {
  let now = 0;
  const rl = new RateLimiter({ perMinute, now: () => now, ...(maxKeys === undefined ? {} : { maxKeys }) });
  return { rl, advance: (ms: number) => (now += ms) };
}

function takeN(rl: RateLimiter, key: string, n: number): boolean[] {
  return Array.from({ length: n }, () => rl.take(key).allowed);
}

describe('RateLimiter', () => {
  it('allows perMinute requests at once, then refuses with the seconds until the next one', () => {
    const { rl } = limiter(6);
    expect(takeN(rl, 'a', 6)).toEqual([true, true, true, true, true, true]);
    const refused = rl.take('a');
    expect(refused).toEqual({ allowed: false, retryAfterSeconds: 10 });
  });

  it('check() says whether a request would be refused, without taking anything', () => {
    const { rl } = limiter(2);
    expect(rl.check('a')).toEqual({ allowed: true });
    expect(takeN(rl, 'a', 2)).toEqual([true, true]);
    expect(rl.check('a')).toEqual({ allowed: false, retryAfterSeconds: 30 });
    expect(rl.check('a')).toEqual({ allowed: false, retryAfterSeconds: 30 });
    expect(rl.check('b')).toEqual({ allowed: true });
    expect(rl.take('b').allowed).toBe(true);
  });

  it('refills at perMinute per minute', () => {
    const { rl, advance } = limiter(6);
    takeN(rl, 'a', 6);
    advance(9_000);
    expect(rl.take('a').allowed).toBe(false);
    advance(1_000);
    expect(rl.take('a').allowed).toBe(true);
    expect(rl.take('a').allowed).toBe(false);
  });

  it('Retry-After is honest: waiting that long is enough', () => {
    const { rl, advance } = limiter(60);
    takeN(rl, 'a', 60);
    const refused = rl.take('a');
    if (refused.allowed) throw new Error('expected a refusal');
    advance(refused.retryAfterSeconds * 1000);
    expect(rl.take('a').allowed).toBe(true);
  });

  it('keeps keys apart', () => {
    const { rl } = limiter(2);
    expect(takeN(rl, 'a', 3)).toEqual([true, true, false]);
    expect(takeN(rl, 'b', 2)).toEqual([true, true]);
  });

  it('forgets a key once its bucket is full again, so it does not grow with every client ever seen', () => {
    const { rl, advance } = limiter(60);
    for (let i = 0; i < 1_000; i += 1) rl.take(`client-${i}`);
    expect(rl.size).toBe(1_000);
    advance(1_000);
    rl.take('late');
    // A second refills one token: every earlier client is full again and dropped.
    expect(rl.size).toBe(1);
  });

  it('remembers at most maxKeys', () => {
    const { rl } = limiter(60, 100);
    for (let i = 0; i < 1_000; i += 1) rl.take(`client-${i}`);
    expect(rl.size).toBe(100);
  });

  it('refuses a limit below one per minute', () => {
    expect(() => new RateLimiter({ perMinute: 0 })).toThrow(RangeError);
  });
});

function request(remoteAddress: string, forwardedFor?: string): Request {
  return {
    socket: { remoteAddress },
    header: (name: string) => (name.toLowerCase() === 'x-forwarded-for' ? forwardedFor : undefined),
  } as unknown as Request;
}

describe('clientAddress', () => {
  it('is the socket peer unless the proxy is trusted', () => {
    expect(clientAddress(request('10.0.0.5', '203.0.113.7'), false)).toBe('10.0.0.5');
  });

  it('behind a trusted proxy, is the last X-Forwarded-For entry (the one the proxy added), without its port', () => {
    expect(clientAddress(request('10.0.0.5', '198.51.100.1, 203.0.113.7:51234'), true)).toBe('203.0.113.7');
    expect(clientAddress(request('10.0.0.5', '[2001:db8::1]:443'), true)).toBe('2001:db8::1');
    expect(clientAddress(request('10.0.0.5', '2001:db8::1'), true)).toBe('2001:db8::1');
  });

  it('behind a trusted proxy without the header, is the socket peer', () => {
    expect(clientAddress(request('10.0.0.5'), true)).toBe('10.0.0.5');
  });
});
