import { stripMentions } from '../language/normalise';
import { STOP_WORDS } from '../language/stopWords';
import { LANGUAGES } from '../language/languages';

/** What replaces each kind of personal data in a recorded question. */
export const PLACEHOLDERS = {
  email: '[email]',
  phone: '[phone]',
  number: '[number]',
  date: '[date]',
  url: '[url]',
  name: '[name]',
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
const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu;
// Country code, two check digits, then 11 to 30 letters or digits, in groups of four or not.
const IBAN = /\b[A-Z]{2}\d{2}(?:[ ]?[A-Z0-9]{4}){2,7}(?:[ ]?[A-Z0-9]{1,4})?\b/giu;
// A word mixing letters and digits: passport, identity-card, file and customer numbers.
const ALPHANUMERIC_ID = /(?<![\p{L}\p{N}])(?=[\p{L}]*\p{N})(?=\p{N}*\p{L})[\p{L}\p{N}]{6,}(?![\p{L}\p{N}])/gu;
// Digits, possibly grouped by spaces, dots, dashes, slashes or brackets; classified in code.
const DIGIT_RUN = /(?<![\p{L}\p{N}])(?:\+|\(\s?)?\d(?:[ \u00a0.\-/()]{0,2}\d)*\)?(?![\p{L}\p{N}])/gu;
// How people introduce themselves; the name follows.
const NAME_INTRODUCTION = /(?<![\p{L}])(?:me llamo|mi nombre es|my name is|je m['’]appelle|mon nom est)\s+/giu;
// Self-descriptions followed by a name only when the next word is capitalised. Case is spelt
// out because with the `i` flag \p{Lu} would match lower-case letters too.
const CAPITALISED_INTRODUCTION = /(?<![\p{L}])(?:[Ss]oy|[Ii] am|[Ii]['’]m|[Jj]e suis)\s+(?=\p{Lu}\p{Ll})/gu;
const NAME_WORD = /^[\p{L}][\p{L}'’.-]*/u;
const MAX_NAME_WORDS = 3;
/** Lower-case words inside names ("María de la Fuente", "Ludwig van Beethoven"), when a capitalised word follows. */
const NAME_PARTICLES: ReadonlySet<string> = new Set(['de', 'del', 'la', 'las', 'los', 'da', 'das', 'do', 'dos', 'di', 'du', 'des', 'le', 'van', 'von', 'der', 'den', 'ter', 'y']);

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
  const [first, ...rest] = groups;
  if (!rest.every((g) => g.length === 3)) return false;
  if (separator === '.' || separator === ',') return first!.length <= 3;
  // With spaces, "612 345 678" is a Spanish mobile number; "1 500 000" a French-style figure.
  return (separator === ' ' || separator === '\u00a0') && first!.length <= 2;
}

const isYear = (group: string): boolean => /^(?:19|20)\d\d$/.test(group);
const isDate = (groups: readonly string[]): boolean =>
  groups.length === 3 && groups[0]!.length <= 2 && groups[1]!.length <= 2 && (groups[2]!.length === 2 || groups[2]!.length === 4);

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
  const particles = run[1]!.trim().split(/[ \u00a0]+/);
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

function scrubNames(text: string, introduction: RegExp, capitalisedOnly: boolean): string {
  let out = '';
  let from = 0;
  for (const match of text.matchAll(introduction)) {
    const start = match.index + match[0].length;
    if (start < from) continue;
    let end = nameEnd(text, start);
    if (capitalisedOnly) {
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

/** Cuts at a word boundary when there is one near the limit, and says that it was cut. */
function cut(text: string, max: number): string {
  if (text.length <= max) return text;
  const head = text.slice(0, max - 1);
  const space = head.lastIndexOf(' ');
  return `${space > max * 0.6 ? head.slice(0, space) : head}…`;
}

/**
 * A question as it may be recorded for curators: e-mail addresses, phone numbers, long numbers
 * (identity, passport, account and card numbers, IBANs), dates, addresses with a path or query,
 * mentions and introduced names ("me llamo…", "my name is…", "je m'appelle…") replaced with
 * placeholders, white space collapsed, and cut to `max` characters.
 *
 * Scrubbing comes before cutting, so a number cut in half can never survive as a fragment.
 * It cannot recognise every piece of personal data (a name mentioned without an introduction),
 * which is why records carry no user or conversation ids and are bounded in number.
 */
export function scrubPersonalData(text: string, max = MAX_RECORDED_CHARS): string {
  let out = stripMentions(text.slice(0, SCRUBBED_PREFIX_CHARS));
  out = out.replace(URL, (url) => (/^(?:https?:\/\/)?[^/?#]+\/?$/i.test(url) ? url : PLACEHOLDERS.url));
  out = out.replace(EMAIL, PLACEHOLDERS.email);
  out = out.replace(IBAN, PLACEHOLDERS.number);
  out = out.replace(ALPHANUMERIC_ID, (word) => ((word.match(/\p{N}/gu) ?? []).length >= 4 ? PLACEHOLDERS.number : word));
  out = out.replace(DIGIT_RUN, classifyDigits);
  out = out.replace(/\s+/g, ' ').trim();
  out = scrubNames(out, NAME_INTRODUCTION, false);
  out = scrubNames(out, CAPITALISED_INTRODUCTION, true);
  return cut(out, max);
}
