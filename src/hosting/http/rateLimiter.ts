import type { Next, Request, RequestHandler, Response } from 'restify';

export interface RateLimiterOptions {
  /** Requests a key may make per minute on average; also the burst it may make at once. */
  readonly perMinute: number;
  /** Keys remembered at most; past that the least recently seen are forgotten (their bucket starts full again). */
  readonly maxKeys?: number;
  readonly now?: () => number;
}

export type RateDecision = { readonly allowed: true } | { readonly allowed: false; readonly retryAfterSeconds: number };

interface Bucket {
  tokens: number;
  at: number;
}

const DEFAULT_MAX_KEYS = 100_000;

/**
 * A token bucket per key (a conversation, a client address): `perMinute` tokens, refilled
 * continuously; a request takes one or is refused with the seconds until the next token.
 * Bounded: full buckets are dropped and past `maxKeys` the least recently seen go. docs/architecture.md#rate-limiter-ratelimiterts
 */
export class RateLimiter {
  private readonly buckets = new Map<string, Bucket>();
  private readonly ratePerMs: number;
  private readonly capacity: number;
  private readonly maxKeys: number;
  private readonly now: () => number;

  constructor(options: RateLimiterOptions) {
    if (!(options.perMinute >= 1)) throw new RangeError('RateLimiter: perMinute must be at least 1');
    this.capacity = options.perMinute;
    this.ratePerMs = options.perMinute / 60_000;
    this.maxKeys = options.maxKeys ?? DEFAULT_MAX_KEYS;
    this.now = options.now ?? (() => performance.now());
  }

  /** Keys with a bucket that is not full. */
  get size(): number {
    return this.buckets.size;
  }

  /** Whether `key` would be refused now, without taking anything. */
  check(key: string): RateDecision {
    const now = this.now();
    const bucket = this.buckets.get(key);
    const tokens = bucket ? Math.min(this.capacity, bucket.tokens + (now - bucket.at) * this.ratePerMs) : this.capacity;
    return tokens < 1
      ? { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((1 - tokens) / this.ratePerMs / 1000)) }
      : { allowed: true };
  }

  take(key: string): RateDecision {
    const now = this.now();
    this.sweep(now);
    const bucket = this.buckets.get(key);
    const tokens = bucket ? Math.min(this.capacity, bucket.tokens + (now - bucket.at) * this.ratePerMs) : this.capacity;
    if (tokens < 1) {
      if (bucket) this.remember(key, { tokens, at: now });
      return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((1 - tokens) / this.ratePerMs / 1000)) };
    }
    this.remember(key, { tokens: tokens - 1, at: now });
    return { allowed: true };
  }

  private remember(key: string, bucket: Bucket): void {
    this.buckets.delete(key);
    this.buckets.set(key, bucket);
    for (const oldest of this.buckets.keys()) {
      if (this.buckets.size <= this.maxKeys) break;
      this.buckets.delete(oldest);
    }
  }

  private sweep(now: number): void {
    for (const [key, bucket] of this.buckets) {
      if (bucket.tokens + (now - bucket.at) * this.ratePerMs < this.capacity) break;
      this.buckets.delete(key);
    }
  }
}

/** Answers 429 with Retry-After (whole seconds) and a JSON error. */
export function sendTooManyRequests(res: Response, retryAfterSeconds: number): void {
  res.header('Retry-After', String(retryAfterSeconds));
  res.send(429, { error: `too many requests: try again in ${retryAfterSeconds} s` });
}

/**
 * The client's address: the socket's peer, or — behind a reverse proxy that says who it forwards
 * for (`trustProxy`; Azure App Service's front end does) — the last address in X-Forwarded-For,
 * the one that proxy added. Earlier entries are whatever the client sent and cannot be trusted.
 */
export function clientAddress(req: Request, trustProxy: boolean): string {
  if (trustProxy) {
    const forwarded = req.header('x-forwarded-for');
    const last = forwarded?.split(',').pop()?.trim();
    if (last) return stripPort(last);
  }
  return req.socket?.remoteAddress ?? 'unknown';
}

function stripPort(address: string): string {
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(address)?.[1];
  if (bracketed) return bracketed;
  // One colon: IPv4 with a port (App Service writes "203.0.113.7:51234"); more: a bare IPv6 address.
  const [host = address, port, ...more] = address.split(':');
  return port !== undefined && more.length === 0 ? host : address;
}

/** A restify handler limiting each client address; `undefined` limiter = no limit. */
export function limitPerClient(limiter: RateLimiter | undefined, trustProxy: boolean): RequestHandler {
  return (req: Request, res: Response, next: Next) => {
    if (!limiter) return next();
    const decision = limiter.take(clientAddress(req, trustProxy));
    if (decision.allowed) return next();
    sendTooManyRequests(res, decision.retryAfterSeconds);
    return next(false);
  };
}
