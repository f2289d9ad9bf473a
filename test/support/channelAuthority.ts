/**
 * A stand-in for the Bot Framework's channel token authority on 127.0.0.1: an OpenID metadata
 * document and a key set (served to botbuilder through BotOpenIdMetadata and
 * ToBotFromChannelTokenIssuer, its own settings for clouds other than the public one), and
 * tokens signed here with a test key — so authentication runs offline, a good token included.
 */
import { generateKeyPairSync, type KeyObject } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import jwt from 'jsonwebtoken';
import { loadConfig, type Config } from '../../src/config';

export const APP_ID = '11111111-2222-3333-4444-555555555555';
export const ISSUER = 'https://issuer.test.invalid';
export const SERVICE_URL = 'http://127.0.0.1:9/channel';
const KEY_ID = 'test-key-1';

export interface KeyPair {
  readonly privateKey: KeyObject;
  readonly publicKey: KeyObject;
}

/** A key the authority does not list. */
export const strangerKey: KeyPair = generateKeyPairSync('rsa', { modulusLength: 2048 });

export interface TokenOptions {
  readonly audience?: string;
  readonly issuer?: string;
  readonly serviceUrl?: string;
  readonly key?: KeyPair;
  readonly keyId?: string;
  readonly expiresInSeconds?: number;
}

/** The authority's signing key; the same for every authority in a test file, so tokens can be made before one starts. */
const signingKey: KeyPair = generateKeyPairSync('rsa', { modulusLength: 2048 });

/** A channel token, good for any authority started here unless the options say otherwise. */
export function channelToken(options: TokenOptions = {}): string {
  return jwt.sign({ serviceurl: options.serviceUrl ?? SERVICE_URL }, (options.key ?? signingKey).privateKey, {
    algorithm: 'RS256',
    keyid: options.keyId ?? KEY_ID,
    audience: options.audience ?? APP_ID,
    issuer: options.issuer ?? ISSUER,
    expiresIn: options.expiresInSeconds ?? 300,
  });
}

export interface ChannelAuthority {
  /** Requests the authority has answered (metadata and keys). */
  readonly requests: () => number;
  /** The bot's configuration with MicrosoftAppId set and this authority's metadata. */
  config(env?: Record<string, string>): Config;
  close(): Promise<void>;
}

export async function startChannelAuthority(): Promise<ChannelAuthority> {
  const jwk = signingKey.publicKey.export({ format: 'jwk' });
  let requests = 0;
  const server = createServer((req, res) => {
    requests += 1;
    const { port } = server.address() as AddressInfo;
    res.setHeader('content-type', 'application/json');
    if (req.url === '/.well-known/openidconfiguration')
      res.end(JSON.stringify({ issuer: ISSUER, jwks_uri: `http://127.0.0.1:${port}/keys` }));
    else if (req.url === '/keys')
      res.end(JSON.stringify({ keys: [{ kty: 'RSA', use: 'sig', kid: KEY_ID, n: jwk.n, e: jwk.e, endorsements: ['test'] }] }));
    else res.writeHead(404).end('{}');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const metadataUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/.well-known/openidconfiguration`;
  return {
    requests: () => requests,
    config: (env = {}) =>
      loadConfig(
        {
          PORT: '0',
          HOST: '127.0.0.1',
          LOG_LEVEL: 'silent',
          MicrosoftAppId: APP_ID,
          MicrosoftAppPassword: 'not-used-offline',
          BotOpenIdMetadata: metadataUrl,
          ToBotFromChannelTokenIssuer: ISSUER,
          ...env,
        },
        null,
      ),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
