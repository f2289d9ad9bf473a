import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/** What an embedded Direct Line token grants: one conversation, as one user, until `expiresAt`. */
export interface TokenClaims {
  readonly conversationId: string;
  readonly userId: string;
  /** Seconds since the epoch, as in a JWT. */
  readonly expiresAt: number;
}

export type TokenCheck =
  { readonly ok: true; readonly claims: TokenClaims } | { readonly ok: false; readonly reason: 'malformed' | 'signature' | 'expired' };

export interface IssuedToken {
  readonly token: string;
  /** Seconds, as Direct Line's `expires_in`. */
  readonly expiresIn: number;
}

const ISSUER = 'mieux-bot/embedded-directline';
const HEADER = base64url(JSON.stringify({ alg: 'HS256', typ: 'JWT' }));

function base64url(value: string | Buffer): string {
  return Buffer.from(value).toString('base64url');
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Signs and checks the embedded Direct Line's tokens. They are HS256 JWTs because Web Chat reads
 * the user id from a Direct Line token's `user` claim (and then sends it as `from.id`), exactly
 * as with Azure's tokens. The key never leaves the process: conversations live in this process's
 * memory, so a token could not outlive them anyway.
 */
export class DirectLineTokens {
  private readonly key: Buffer;

  constructor(
    key: Buffer = randomBytes(32),
    private readonly lifetimeSeconds = 1800,
    private readonly now: () => number = Date.now,
  ) {
    if (key.length < 32) throw new Error('DirectLineTokens: the signing key must be at least 32 bytes');
    this.key = key;
  }

  issue(conversationId: string, userId: string): IssuedToken {
    const issuedAt = Math.floor(this.now() / 1000);
    const payload = base64url(
      // jti: every token differs, even two issued in the same second for the same conversation.
      JSON.stringify({
        iss: ISSUER,
        conv: conversationId,
        user: userId,
        iat: issuedAt,
        exp: issuedAt + this.lifetimeSeconds,
        jti: randomId(9),
      }),
    );
    return { token: `${HEADER}.${payload}.${this.sign(`${HEADER}.${payload}`)}`, expiresIn: this.lifetimeSeconds };
  }

  verify(token: string): TokenCheck {
    const [header, body, signature, ...more] = token.split('.');
    if (header !== HEADER || body === undefined || signature === undefined || more.length > 0) return { ok: false, reason: 'malformed' };
    const expected = Buffer.from(this.sign(`${header}.${body}`));
    const given = Buffer.from(signature);
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) return { ok: false, reason: 'signature' };
    let payload: unknown;
    try {
      payload = JSON.parse(Buffer.from(body, 'base64url').toString('utf8'));
    } catch {
      return { ok: false, reason: 'malformed' };
    }
    if (
      !isRecord(payload) ||
      payload.iss !== ISSUER ||
      typeof payload.conv !== 'string' ||
      typeof payload.user !== 'string' ||
      typeof payload.exp !== 'number'
    )
      return { ok: false, reason: 'malformed' };
    if (payload.exp * 1000 <= this.now()) return { ok: false, reason: 'expired' };
    return { ok: true, claims: { conversationId: payload.conv, userId: payload.user, expiresAt: payload.exp } };
  }

  /** Seconds left before a token with these claims expires. */
  secondsLeft(claims: TokenClaims): number {
    return Math.max(0, claims.expiresAt - Math.floor(this.now() / 1000));
  }

  private sign(data: string): string {
    return createHmac('sha256', this.key).update(data).digest('base64url');
  }
}

/** A random id that is safe in a URL path (Direct Line conversation ids, user ids). */
export function randomId(bytes = 16): string {
  return randomBytes(bytes).toString('base64url');
}
