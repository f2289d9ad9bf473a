import type { Lang } from '../language/languages';
import { normalise } from '../language/normalise';
import type { StemFn } from '../language/stemmers';
import { STOP_WORDS } from '../language/stopWords';
import { tokenise } from '../language/tokenise';

/** At least this share of the shorter question's words must reappear for two questions to be one asked twice. */
const SHARED = 0.5;

/** The programme's name is in most questions and tells nothing about which one is asked. */
const NAMES: ReadonlySet<string> = new Set(['mieux', 'plus']);

function contentStems(text: string, lang: Lang, stem: StemFn): Set<string> {
  return new Set(
    tokenise(normalise(text))
      .filter((t) => !STOP_WORDS[lang].has(t) && !NAMES.has(t))
      .map((t) => stem(t)),
  );
}

/**
 * True when `next` asks `previous` again in other words: most of the words of the shorter one
 * (stems, function words left out) are in the other, and the two are not the same text. A person
 * who does that right after an answer most likely did not get what they asked for. `stem`: the
 * language's stemmer (stemmerFor).
 */
export function asksAgain(previous: string, next: string, lang: Lang, stem: StemFn): boolean {
  const a = contentStems(previous, lang, stem);
  const b = contentStems(next, lang, stem);
  if (a.size === 0 || b.size === 0 || normalise(previous) === normalise(next)) return false;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let shared = 0;
  for (const stem of small) if (large.has(stem)) shared += 1;
  return shared / small.size >= SHARED;
}
