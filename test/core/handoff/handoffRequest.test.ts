/**
 * What the hand-off form accepts in its fields: what would reach a mail header or be shown to
 * the team must be what the person visibly typed.
 */
import { describe, expect, it } from 'vitest';
import { checkTextField, isValidEmail, TEXT_FIELDS } from '../../../src/core/handoff/handoffRequest';

/** Bidi embeddings, overrides and isolates, marks, and invisible format characters. */
const INVISIBLE = [
  '\u202a',
  '\u202b',
  '\u202c',
  '\u202d',
  '\u202e',
  '\u2066',
  '\u2067',
  '\u2068',
  '\u2069',
  '\u200e',
  '\u200f',
  '\u061c',
  '\u200b',
  '\u2060',
  '\ufeff',
];

describe('e-mail addresses', () => {
  it.each([
    ['an RFC 2047 encoded word as the local part', '=?utf-8?B?Ym9zc0BldmlsLmNvbQ==?=@example.org'],
    ['an encoded word inside the local part', 'ana=?utf-8?Q?=41?=@example.org'],
    ['an encoded word in the domain', 'ana@=?utf-8?B?ZXZpbA==?=.org'],
  ])('refuses %s', (_kind, value) => {
    expect(isValidEmail(value)).toBe(false);
    expect(checkTextField('email', value)).toEqual({ ok: false, problem: 'invalidEmail' });
  });

  it('still accepts "=" and "?" on their own, which RFC 5322 allows in a local part', () => {
    expect(isValidEmail('ana=garcia@example.org')).toBe(true);
  });

  it.each(INVISIBLE.map((c) => [`U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`, c]))(
    'takes %s out of an address, so what is used is what is shown',
    (_name, c) => {
      expect(checkTextField('email', `moc.live${c}@ana.example.org`)).toEqual({ ok: true, value: 'moc.live@ana.example.org' });
    },
  );

  it('refuses other invisible format characters in an address (a joiner has no place in one)', () => {
    expect(checkTextField('email', 'ana\u200d@example.org')).toEqual({ ok: false, problem: 'invalidEmail' });
  });
});

describe('bidi controls and invisible characters in text fields', () => {
  for (const field of TEXT_FIELDS.filter((f) => f !== 'email')) {
    it.each(INVISIBLE.map((c) => [`U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`, c]))(
      `${field}: %s is removed`,
      (_name, c) => {
        expect(checkTextField(field, `Ana ${c}García${c}`)).toEqual({ ok: true, value: 'Ana García' });
      },
    );
  }

  it('a value that is nothing but controls is empty', () => {
    expect(checkTextField('name', '\u202e\u2066\u200f')).toEqual({ ok: false, problem: 'empty' });
  });

  it('keeps the zero-width non-joiner that Persian names are written with', () => {
    expect(checkTextField('name', 'می\u200cخواهم')).toEqual({ ok: true, value: 'می\u200cخواهم' });
  });
});
