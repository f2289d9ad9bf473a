import { describe, expect, it } from 'vitest';
import { chooseEncoding, type Encoding } from '../../../../src/hosting/http/assets/contentEncoding';
import { matchesIfNoneMatch } from '../../../../src/hosting/http/assets/encodedAsset';

const ALL: readonly Encoding[] = ['br', 'gzip', 'identity'];

describe('chooseEncoding', () => {
  it.each<{ header: string | undefined; available?: readonly Encoding[]; expected: Encoding }>([
    { header: 'gzip, deflate, br, zstd', expected: 'br' },
    { header: 'gzip, deflate', expected: 'gzip' },
    { header: 'br;q=0, gzip', expected: 'gzip' },
    { header: 'gzip;q=0.5, br;q=0.4', expected: 'gzip' },
    { header: 'identity', expected: 'identity' },
    { header: undefined, expected: 'identity' },
    { header: '', expected: 'identity' },
    { header: '*', expected: 'br' },
    { header: '*;q=0, gzip', expected: 'gzip' },
    { header: 'BR', expected: 'br' },
    { header: 'gzip, br', available: ['gzip', 'identity'], expected: 'gzip' },
    { header: 'br', available: ['identity'], expected: 'identity' },
    // Refusing everything still gets the plain file rather than a 406.
    { header: 'identity;q=0', expected: 'identity' },
    { header: 'gzip;q=nonsense, br;q=', expected: 'identity' },
  ])('Accept-Encoding $header → $expected', ({ header, available = ALL, expected }) => {
    expect(chooseEncoding(header, available)).toBe(expected);
  });
});

describe('matchesIfNoneMatch', () => {
  it.each<{ header: string | undefined; expected: boolean }>([
    { header: '"abc-br"', expected: true },
    { header: 'W/"abc-br"', expected: true },
    { header: '"x", "abc-br"', expected: true },
    { header: '*', expected: true },
    { header: '"abc"', expected: false },
    { header: '"abc-gzip"', expected: false },
    { header: '', expected: false },
    { header: undefined, expected: false },
  ])('If-None-Match $header against "abc-br" → $expected', ({ header, expected }) => {
    expect(matchesIfNoneMatch(header, '"abc-br"')).toBe(expected);
  });
});
