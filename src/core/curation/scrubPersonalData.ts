import { normalise, stripMentions } from '../language/normalise';
import { STOP_WORDS } from '../language/stopWords';
import { LANGUAGES } from '../language/languages';
import { NOT_NAME_ENDINGS, NOT_NAMES } from './notNames';

/** What replaces each kind of personal data in a recorded question. */
export const PLACEHOLDERS = {
  email: '[email]',
  phone: '[phone]',
  number: '[number]',
  date: '[date]',
  url: '[url]',
  name: '[name]',
  address: '[address]',
} as const;

/** A recorded question is cut to this many characters, after scrubbing. */
export const MAX_RECORDED_CHARS = 200;

/**
 * Only this much of a message is scrubbed: more than the recorded length, so personal data cut by
 * this limit lies beyond the part that is kept. Bounds the work on a pasted essay.
 */
const SCRUBBED_PREFIX_CHARS = 1_000;

// Any http(s) or www. address; its end is the first space or closing bracket/quote.
const URL = /\b(?:https?:\/\/|www\.)[^\s<>"'()[\]]+/giu;
// A domain with a path but no scheme or www. (linkedin.com/in/someone); a bare domain stays.
const BARE_URL = /(?<![\p{L}\p{N}@./-])(?:[\p{L}\p{N}-]+\.)+[a-z]{2,24}\/[^\s<>"'()[\]]*/giu;
const EMAIL = /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu;
// An address written to get past machines: "john [at] gmail [dot] com", "juan arroba gmail punto com".
const AT = String.raw`(?:\s*[[({<]\s*(?:at|arroba|@)\s*[\])}>]\s*|\s+(?:at|arroba)\s+|@)`;
const DOT = String.raw`(?:\s*[[({<]\s*(?:dot|punto|point|\.)\s*[\])}>]\s*|\s+(?:dot|punto|point)\s+|\.)`;
const LABEL = String.raw`[\p{L}\p{N}_%+-]+`;
const OBFUSCATED_EMAIL = new RegExp(String.raw`(?<![\p{L}\p{N}._%+-])([\p{L}\p{N}._%+-]+)${AT}(${LABEL}(?:${DOT}${LABEL})+)`, 'giu');
// Street addresses: the street type first and its number after (es: "Calle Mayor 5, 3º B",
// "C/ Alcalá, 45"), or the number first (fr: "12 rue de la Paix", en: "221B Baker Street").
const STREET_FIRST =
  /(?<![\p{L}])(?:calle|c\/|avenida|avda\.?|plaza|paseo|camino|carretera|ronda|travesía)\s*(?:[\p{L}'’.-]+\s+){0,5}?[\p{L}'’.-]*,?\s*(?:n[º°o]\.?\s*)?\d{1,5}[a-z]?(?:\s*,?\s*\d{1,3}\s*[º°ª]\s*\p{L}?(?![\p{L}]{2}))?(?![\p{L}\p{N}])/giu;
const NUMBER_FIRST_FR =
  /(?<![\p{L}\p{N}])\d{1,5}\s*(?:bis|ter)?,?\s+(?:rue|avenue|boulevard|bd|place|chemin|allée|impasse|quai|route)\s+(?:(?:de|du|des|la|le|les)\s+|[ld]['’]\s*)*\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*/gu;
const NUMBER_FIRST_EN =
  /(?<![\p{L}\p{N}])\d{1,5}[a-z]?\s+(?:[\p{L}'’-]+\s+){1,3}?(?:street|st|road|rd|avenue|ave|lane|drive|boulevard|blvd|square|terrace|crescent)\b\.?/giu;
// Country code, two check digits, then 11 to 30 letters or digits, in groups of four or not.
const IBAN = /\b[A-Z]{2}\d{2}(?:[ ]?[A-Z0-9]{4}){2,7}(?:[ ]?[A-Z0-9]{1,4})?\b/giu;
// A word mixing letters and digits: passport, identity-card, file and customer numbers.
const ALPHANUMERIC_ID = /(?<![\p{L}\p{N}])(?=[\p{L}]*\p{N})(?=\p{N}*\p{L})[\p{L}\p{N}]{6,}(?![\p{L}\p{N}])/gu;
// Digits, possibly grouped by spaces, dots, dashes, slashes or brackets; classified in code.
const DIGIT_RUN = /(?<![\p{L}\p{N}])(?:\+|\(\s?)?\d(?:[ \u00a0.\-/()]{0,2}\d)*\)?(?![\p{L}\p{N}])/gu;
// How people introduce themselves; the name follows.
const NAME_INTRODUCTION =
  /(?<![\p{L}])(?:me llamo|mi nombre es|my name is|my name['’]s|je m['’]appelle|mon nom est|mon prénom est|moi,? c['’]est)\s+/giu;
// Self-descriptions followed by a name only when the next word is capitalised. Case is spelt
// out because with the `i` flag \p{Lu} would match lower-case letters too.
const CAPITALISED_INTRODUCTION =
  /(?<![\p{L}])(?:[Ss]oy|[Ii] am|[Ii]['’]m|[Jj]e suis|[Tt]his is|[Ll]e (?:escribe|saluda)|[Cc]['’]est)\s+(?=\p{Lu}\p{Ll})/gu;
// The same, with a name written in lower case: taken only when it looks like one (lowercaseName).
const LOWERCASE_INTRODUCTION = /(?<![\p{L}])(?:[Ss]oy|[Ii] am|[Ii]['’]m|[Jj]e suis)\s+(?=\p{Ll})/gu;
const NAME_WORD = /^[\p{L}][\p{L}'’.-]*/u;
const MAX_NAME_WORDS = 3;
/** Lower-case words inside names ("María de la Fuente", "Ludwig van Beethoven"), when a capitalised word follows. */
const NAME_PARTICLES: ReadonlySet<string> = new Set([
  'de',
  'del',
  'la',
  'las',
  'los',
  'da',
  'das',
  'do',
  'dos',
  'di',
  'du',
  'des',
  'le',
  'van',
  'von',
  'der',
  'den',
  'ter',
  'y',
]);

/** Words that end a name: any function word of the three languages ("y", "and", "et", "de"…). */
const NAME_ENDS: ReadonlySet<string> = new Set(LANGUAGES.flatMap((lang) => [...STOP_WORDS[lang]]));

/**
 * Figures people quote ("1.500.000 euros", "15 000 experts") are grouped by thousands; a phone
 * number or an identifier is not.
 */
function isGroupedFigure(run: string, groups: readonly string[]): boolean {
  const separators = new Set(run.replace(/\d/g, ''));
  if (separators.size !== 1 || groups.length < 2) return false;
  const [separator] = separators;
  const [first = '', ...rest] = groups;
  if (!rest.every((g) => g.length === 3)) return false;
  if (separator === '.' || separator === ',') return first.length <= 3;
  // With spaces, "612 345 678" is a Spanish mobile number; "1 500 000" a French-style figure.
  return (separator === ' ' || separator === '\u00a0') && first.length <= 2;
}

const isYear = (group: string): boolean => /^(?:19|20)\d\d$/.test(group);
function isDate(groups: readonly string[]): boolean {
  const [day, month, year, ...more] = groups;
  return (
    day !== undefined &&
    month !== undefined &&
    year !== undefined &&
    more.length === 0 &&
    day.length <= 2 &&
    month.length <= 2 &&
    (year.length === 2 || year.length === 4)
  );
}

/** A run of digits: a phone number, a date, an identifier, or an ordinary figure that is kept. */
function classifyDigits(run: string): string {
  const groups = run.match(/\d+/g) ?? [];
  const digits = groups.join('').length;
  const longest = Math.max(...groups.map((g) => g.length));
  // Phone numbers have at most 15 digits (E.164); longer runs are card or account numbers.
  const phoneOrNumber = digits > 15 ? PLACEHOLDERS.number : PLACEHOLDERS.phone;
  if (run.startsWith('+') && digits >= 6) return phoneOrNumber;
  if (isGroupedFigure(run, groups)) return run;
  if (/[/.-]/.test(run) && isDate(groups)) return PLACEHOLDERS.date;
  if (groups.length >= 2 && digits >= 7 && !groups.every(isYear)) return phoneOrNumber;
  if (longest >= 5) return PLACEHOLDERS.number;
  return run;
}

/** Particles from `cursor` on, and the word after them when it is capitalised: how far that reaches, if it does. */
function particlesThenCapitalised(text: string, cursor: number): number | undefined {
  const run = /^((?:[\p{Ll}]+[ \u00a0]+){1,3})(\p{Lu}[\p{L}'’-]*)/u.exec(text.slice(cursor));
  if (!run) return undefined;
  const particles = (run[1] ?? '').trim().split(/[ \u00a0]+/);
  return particles.every((p) => NAME_PARTICLES.has(p)) ? cursor + run[0].length : undefined;
}

/**
 * The end of a name introduced at `start`: up to three words, stopping at punctuation or a
 * function word, with particles ("de la", "van") followed by a capitalised word taken in.
 */
function nameEnd(text: string, start: number): number {
  let end = start;
  let cursor = start;
  for (let words = 0; words < MAX_NAME_WORDS; words += 1) {
    const word = NAME_WORD.exec(text.slice(cursor))?.[0];
    if (!word || word.startsWith('[')) break;
    const bare = word.toLowerCase().replace(/[.'’-]+$/, '');
    const through = words > 0 && NAME_PARTICLES.has(bare) ? particlesThenCapitalised(text, cursor) : undefined;
    if (through !== undefined) {
      end = through;
    } else if (words > 0 && NAME_ENDS.has(bare)) {
      break;
    } else {
      end = cursor + word.replace(/[.'’-]+$/, '').length;
    }
    const gap = /^[ \u00a0]+/.exec(text.slice(end))?.[0];
    if (!gap) break;
    cursor = end + gap.length;
  }
  return end;
}

const isFunctionWord = (word: string): boolean => NAME_ENDS.has(word) || NAME_ENDS.has(normalise(word));

/** A word that can be part of a name written in lower case: not a function word, role, nationality or verb form. */
function looksLikeLowercaseName(word: string): boolean {
  const plain = normalise(word);
  if (plain.length < 2 || plain.includes(' ') || isFunctionWord(word) || NOT_NAMES.has(plain)) return false;
  return !(plain.length >= 6 && NOT_NAME_ENDINGS.test(plain));
}

/**
 * The end of a name written in lower case after an introduction ("soy juan pérez"): two or three
 * words that each look like part of a name; one word alone ("soy experta") is not taken.
 */
function lowercaseNameEnd(text: string, start: number): number {
  let cursor = start;
  let end = start;
  let taken = 0;
  for (; taken < MAX_NAME_WORDS; taken += 1) {
    const word = /^[\p{Ll}'’-]+/u.exec(text.slice(cursor))?.[0];
    if (!word || !looksLikeLowercaseName(word)) break;
    end = cursor + word.length;
    const gap = /^[ \u00a0]+/.exec(text.slice(end))?.[0];
    if (!gap) {
      taken += 1;
      break;
    }
    cursor = end + gap.length;
  }
  return taken >= 2 ? end : start;
}

type NameMode = 'any' | 'capitalised' | 'lowercase';

function scrubNames(text: string, introduction: RegExp, mode: NameMode): string {
  let out = '';
  let from = 0;
  for (const match of text.matchAll(introduction)) {
    const start = match.index + match[0].length;
    if (start < from) continue;
    let end = mode === 'lowercase' ? lowercaseNameEnd(text, start) : nameEnd(text, start);
    if (mode === 'capitalised') {
      // Only the capitalised words: "soy Ana García y…" but not "soy Ana, experta en…" beyond Ana.
      const words = text.slice(start, end).split(/[ \u00a0]+/);
      const kept = words.findIndex((w) => !/^\p{Lu}/u.test(w));
      if (kept === 0) continue;
      if (kept > 0) end = start + words.slice(0, kept).join(' ').length;
    }
    if (end === start) continue;
    out += text.slice(from, start) + PLACEHOLDERS.name;
    from = end;
  }
  return out + text.slice(from);
}

/**
 * "at the point of entry" has the shape of "john at gmail dot com": an address written out has no
 * function word among its parts, and ends in a top-level domain of letters.
 */
function isObfuscatedEmail(local: string, domain: string): boolean {
  const labels = domain.split(/\s*[[({<]\s*(?:dot|punto|point|\.)\s*[\])}>]\s*|\s+(?:dot|punto|point)\s+|\./i);
  // Top-level domains are often function words too ("es", "it", "at"); only they are exempt.
  const parts = [...local.split('.'), ...labels.slice(0, -1)];
  return /^[a-z]{2,6}$/i.test(labels[labels.length - 1] ?? '') && parts.every((p) => p !== '' && !isFunctionWord(p.toLowerCase()));
}

/** Cuts at a word boundary when there is one near the limit, and says that it was cut. */
function cut(text: string, max: number): string {
  if (text.length <= max) return text;
  const head = text.slice(0, max - 1);
  const space = head.lastIndexOf(' ');
  return `${space > max * 0.6 ? head.slice(0, space) : head}…`;
}

/**
 * A question as it may be recorded for curators: e-mail addresses, phone numbers, long numbers,
 * dates, web addresses with a path, street addresses, mentions and introduced names replaced with
 * placeholders, white space collapsed, cut to `max` characters (after scrubbing, so no fragment of
 * a number survives). What it cannot catch, and why records carry no ids: docs/architecture.md#scrubbing-personal-data-scrubpersonaldatats
 */
export function scrubPersonalData(text: string, max = MAX_RECORDED_CHARS): string {
  let out = stripMentions(text.slice(0, SCRUBBED_PREFIX_CHARS));
  out = out.replace(URL, (url) => (/^(?:https?:\/\/)?[^/?#]+\/?$/i.test(url) ? url : PLACEHOLDERS.url));
  out = out.replace(BARE_URL, PLACEHOLDERS.url);
  out = out.replace(EMAIL, PLACEHOLDERS.email);
  out = out.replace(OBFUSCATED_EMAIL, (found, local: string, domain: string) =>
    isObfuscatedEmail(local, domain) ? PLACEHOLDERS.email : found,
  );
  out = out.replace(STREET_FIRST, PLACEHOLDERS.address);
  out = out.replace(NUMBER_FIRST_FR, PLACEHOLDERS.address);
  out = out.replace(NUMBER_FIRST_EN, PLACEHOLDERS.address);
  out = out.replace(IBAN, PLACEHOLDERS.number);
  out = out.replace(ALPHANUMERIC_ID, (word) => ((word.match(/\p{N}/gu) ?? []).length >= 4 ? PLACEHOLDERS.number : word));
  out = out.replace(DIGIT_RUN, classifyDigits);
  out = out.replace(/\s+/g, ' ').trim();
  out = scrubNames(out, NAME_INTRODUCTION, 'any');
  out = scrubNames(out, CAPITALISED_INTRODUCTION, 'capitalised');
  out = scrubNames(out, LOWERCASE_INTRODUCTION, 'lowercase');
  return cut(out, max);
}
