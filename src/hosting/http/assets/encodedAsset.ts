import { createHash } from 'node:crypto';
import type { Request, Response } from 'restify';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { chooseEncoding, type Encoding } from './contentEncoding';

/** One file served from memory in the encodings it was prepared in. */
export interface EncodedAsset {
  readonly contentType: string;
  /** Identifies the content (all encodings): a content hash. */
  readonly hash: string;
  readonly bodies: Partial<Record<Encoding, Buffer>> & { readonly identity: Buffer };
  readonly cacheControl: string;
}

/** A file whose URL carries its content hash: another content gets another URL, so it never changes. */
export const IMMUTABLE = 'public, max-age=31536000, immutable';
/** A file at a fixed URL (widget.js): cached, but checked with its ETag on every use, so a change shows at once. */
export const REVALIDATE = 'no-cache';

export function hashOf(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex').slice(0, 16);
}

/** A small text file (widget.js): compressed here, once, when the server starts. */
export function compressedAsset(bytes: Buffer, contentType: string, cacheControl: string): EncodedAsset {
  return {
    contentType,
    hash: hashOf(bytes),
    cacheControl,
    bodies: {
      identity: bytes,
      gzip: gzipSync(bytes, { level: constants.Z_BEST_COMPRESSION }),
      br: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY } }),
    },
  };
}

/** Each encoding is its own representation: its own strong ETag, so caches never mix them up. */
function etagOf(asset: EncodedAsset, encoding: Encoding): string {
  return `"${asset.hash}${encoding === 'identity' ? '' : `-${encoding}`}"`;
}

/** If-None-Match with the weak comparison RFC 9110 prescribes for it: W/ is ignored, `*` matches. */
export function matchesIfNoneMatch(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  if (header.trim() === '*') return true;
  return header.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag);
}

/**
 * Sends the asset in the encoding Accept-Encoding prefers, or 304 when If-None-Match names it.
 * `Vary: Accept-Encoding` so a shared cache keeps one copy per encoding; no body for HEAD.
 */
export function sendAsset(req: Request, res: Response, asset: EncodedAsset): void {
  const available = (Object.keys(asset.bodies) as Encoding[]).filter((e) => asset.bodies[e] !== undefined);
  const encoding = chooseEncoding(req.header('accept-encoding'), available);
  const body = asset.bodies[encoding] ?? asset.bodies.identity;
  const etag = etagOf(asset, encoding);
  const headers: Record<string, string> = {
    ETag: etag,
    'Cache-Control': asset.cacheControl,
    Vary: 'Accept-Encoding',
    'X-Content-Type-Options': 'nosniff',
    // Sites that isolate themselves (Cross-Origin-Embedder-Policy) may still load the chat.
    'Cross-Origin-Resource-Policy': 'cross-origin',
  };
  if (matchesIfNoneMatch(req.header('if-none-match'), etag)) {
    res.writeHead(304, headers);
    res.end();
    return;
  }
  headers['Content-Type'] = asset.contentType;
  headers['Content-Length'] = String(body.length);
  if (encoding !== 'identity') headers['Content-Encoding'] = encoding;
  res.writeHead(200, headers);
  res.end(req.method === 'HEAD' ? undefined : body);
}
