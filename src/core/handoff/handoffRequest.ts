import type { Lang } from '../language/languages';

/** Who is asking: decides nothing in the bot, but tells the team how to answer. */
export const ROLES = ['expert', 'memberStateInstitution', 'partnerInstitution', 'other'] as const;
export type Role = (typeof ROLES)[number];

/** The five thematic areas (entry ids in the knowledge base) or none of them. */
export const AREAS = [
  'area-irregular-migration',
  'area-legal-migration',
  'area-migration-development',
  'area-international-protection',
  'area-horizontal',
  'other',
] as const;
export type Area = (typeof AREAS)[number];

export const TEXT_FIELDS = ['name', 'email', 'organisation', 'country', 'message'] as const;
export type TextField = (typeof TEXT_FIELDS)[number];
export const FIELDS = ['role', 'name', 'email', 'organisation', 'country', 'area', 'message'] as const;
export type Field = (typeof FIELDS)[number];

/** What a person hands over to the MIEUX+ team, once they have consented. */
export interface HandoffRequest {
  readonly role: Role;
  readonly name: string;
  readonly email: string;
  readonly organisation: string;
  readonly country: string;
  readonly area: Area;
  readonly message: string;
  readonly lang: Lang;
}

/** Limits keep the e-mail readable and the mailto: link under what mail clients accept. */
export const MAX_LENGTH: Readonly<Record<TextField, number>> = {
  name: 100,
  email: 254,
  organisation: 150,
  country: 80,
  message: 1000,
};

// Deliberately plain: one @, a dot in the domain, no spaces or characters that break a header.
const EMAIL = /^[^\s@<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:"]+\.[^\s@<>()[\]\\,;:".]{2,}$/;

/** An RFC 2047 encoded word: a mail library may decode it inside a header into another address. */
const ENCODED_WORD = /=\?[^?\s]*\?[a-z]\?/i;
/** Invisible format characters (joiners and the like) left after INVISIBLE is taken out. */
const FORMAT_CHARACTER = /\p{Cf}/u;

export function isValidEmail(value: string): boolean {
  return value.length <= MAX_LENGTH.email && EMAIL.test(value) && !ENCODED_WORD.test(value) && !FORMAT_CHARACTER.test(value);
}

/**
 * Bidi embeddings, overrides and isolates, bidi marks, and zero-width spaces and joiners that
 * join nothing: invisible, they make a name or an address read differently from what it is
 * (U+202E shows "moc.live" as "evil.com"). The zero-width (non-)joiners, which scripts such as
 * Persian need, stay.
 */
const INVISIBLE = /[\u061c\u200b\u200e\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g;

export type FieldCheck =
  { readonly ok: true; readonly value: string } | { readonly ok: false; readonly problem: 'empty' | 'tooLong' | 'invalidEmail' };

/** C0 controls but tab and line feed, and DEL: matching them is the point of this pattern. */
// eslint-disable-next-line no-control-regex
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000b-\u001f\u007f]/g;

/**
 * Trims and checks a typed value; control characters are removed so they cannot reach a mail
 * header, and invisible bidi and format characters so the team reads what the person saw.
 */
export function checkTextField(field: TextField, raw: string): FieldCheck {
  const value = raw.replace(CONTROL_CHARACTERS, '').replace(INVISIBLE, '').trim();
  if (value.length === 0) return { ok: false, problem: 'empty' };
  if (value.length > MAX_LENGTH[field]) return { ok: false, problem: 'tooLong' };
  if (field === 'email' && !isValidEmail(value)) return { ok: false, problem: 'invalidEmail' };
  if (field !== 'message' && /[\r\n]/.test(value)) return { ok: true, value: value.replace(/\s*[\r\n]+\s*/g, ' ') };
  return { ok: true, value };
}
