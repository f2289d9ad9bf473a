/** The encodings a file is kept in, best first: brotli is about a third smaller than gzip on Web Chat. */
const ENCODINGS = ['br', 'gzip', 'identity'] as const;
export type Encoding = (typeof ENCODINGS)[number];

/** Accept-Encoding as weights: `br;q=0` and `*;q=0` refuse, an absent header accepts only identity. */
function weights(header: string): Map<string, number> {
  const found = new Map<string, number>();
  for (const part of header.split(',')) {
    const [name = '', ...params] = part.trim().toLowerCase().split(';');
    if (!name) continue;
    const q = params.map((p) => /^\s*q\s*=(.*)$/.exec(p)?.[1]).find((v) => v !== undefined);
    // A weight that is not a number refuses rather than accepts.
    const weight = q === undefined ? 1 : /^\s*[0-9.]+\s*$/.test(q) ? Number(q) : 0;
    found.set(name, Number.isFinite(weight) ? Math.min(Math.max(weight, 0), 1) : 0);
  }
  return found;
}

/**
 * The encoding to send, among those `available` (identity always is): the one the client weighs
 * highest, ties broken by size (br, gzip, identity). Identity unless refused outright; a client
 * that refuses everything still gets identity rather than a 406, as most servers do.
 */
export function chooseEncoding(acceptEncoding: string | undefined, available: readonly Encoding[]): Encoding {
  if (acceptEncoding === undefined || acceptEncoding.trim() === '') return 'identity';
  const q = weights(acceptEncoding);
  const star = q.get('*');
  // Identity, when not named, is acceptable but the last choice: a listed gzip;q=0.5 still wins.
  const weightOf = (encoding: Encoding): number => q.get(encoding) ?? (encoding === 'identity' ? (star ?? 0.001) : (star ?? 0));
  let best: Encoding = 'identity';
  let bestWeight = 0;
  for (const encoding of ENCODINGS) {
    if (encoding !== 'identity' && !available.includes(encoding)) continue;
    const weight = weightOf(encoding);
    if (weight > bestWeight) {
      best = encoding;
      bestWeight = weight;
    }
  }
  return best;
}
