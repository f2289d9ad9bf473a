import { LANGUAGES, type Lang, type Localized } from './languages';

export interface Detection {
  /** The language the text shows, or undefined when it is too short or mixed to tell. */
  readonly lang: Lang | undefined;
  readonly scores: Localized<number>;
}

// Letters only one of our languages uses (é and è are shared by Spanish and French).
const HINTS: ReadonlyArray<{ lang: Lang; pattern: RegExp; weight: number }> = [
  { lang: 'es', pattern: /[ñ¿¡]/, weight: 2 },
  { lang: 'es', pattern: /[áíóú]/, weight: 1 },
  { lang: 'fr', pattern: /[çœàèùâêîôûëï]/, weight: 1.5 },
];
/** For each character below this, the hints (a bit per HINTS index) it gives once lower-cased. */
const HINT_TABLE_LIMIT = 0x250;
const matchedHints = (char: string): number =>
  HINTS.reduce((bits, hint, index) => (hint.pattern.test(char.toLowerCase()) ? bits | (1 << index) : bits), 0);
// One pass with a table instead of lower-casing the message and running three expressions over it.
const HINT_TABLE: readonly number[] = Array.from({ length: HINT_TABLE_LIMIT }, (_, code) => matchedHints(String.fromCharCode(code)));
const hintsOf = (code: number): number => (code < HINT_TABLE_LIMIT ? (HINT_TABLE[code] ?? 0) : matchedHints(String.fromCharCode(code)));
const MIN_SCORE = 1;
const MIN_MARGIN = 1;

/**
 * Tells Spanish, English and French apart by the words a text uses. Each word votes for the
 * languages whose vocabulary (function words, small talk, knowledge-base words) contains it;
 * a word all three share ("mieux", "migration") casts no vote.
 */
export class LanguageDetector {
  private readonly votes = new Map<string, readonly Lang[]>();

  constructor(vocabularies: Localized<Iterable<string>>) {
    const owners = new Map<string, Set<Lang>>();
    for (const lang of LANGUAGES) {
      for (const word of vocabularies[lang]) {
        const set = owners.get(word) ?? new Set<Lang>();
        set.add(lang);
        owners.set(word, set);
      }
    }
    for (const [word, langs] of owners) if (langs.size < LANGUAGES.length) this.votes.set(word, [...langs]);
  }

  /** `raw` is the text as typed (for letters such as ñ); `tokens` its normalised words. */
  detect(raw: string, tokens: readonly string[]): Detection {
    const scores: Record<Lang, number> = { es: 0, en: 0, fr: 0 };
    for (const token of tokens) {
      const langs = this.votes.get(token);
      if (!langs) continue;
      // A word two languages share is weaker evidence than one only a single language has.
      const weight = langs.length === 1 ? 1 : 0.25;
      for (const lang of langs) scores[lang] += weight;
    }
    let hinted = 0;
    for (let i = 0; i < raw.length; i += 1) {
      const code = raw.charCodeAt(i);
      if (code >= 0x80) hinted |= hintsOf(code);
    }
    HINTS.forEach((hint, index) => {
      if (hinted & (1 << index)) scores[hint.lang] += hint.weight;
    });

    let first: Lang = LANGUAGES[0];
    for (const lang of LANGUAGES) if (scores[lang] > scores[first]) first = lang;
    let second = 0;
    for (const lang of LANGUAGES) if (lang !== first && scores[lang] > second) second = scores[lang];
    const decided = scores[first] >= MIN_SCORE && scores[first] - second >= MIN_MARGIN;
    return { lang: decided ? first : undefined, scores };
  }
}
