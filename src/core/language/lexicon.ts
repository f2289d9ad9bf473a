import { DamerauLevenshteinDistance } from 'natural/lib/natural/distance';
import { foldAccents, stripMentions } from './normalise';
import type { SoundKey } from './soundKeys';
import type { StemFn } from './stemmers';

const WORD = /[\p{L}\p{N}]+/gu;
// A four-letter word is one edit away from too many others ("code" / "come"): only longer words are
// corrected freely; a four-letter one only by a letter missing ("qien" → "quien", "tuch" → "touch",
// "duar" → "durar") or two neighbours swapped ("mnay" → "many", "lnog" → "long"), never by a letter
// changed: a swap keeps the word's letters, a change makes another word. A five-letter word one letter
// longer than a four-letter one is that word ("duera" → "dura"): from five letters to four, one edit is
// a letter added.
const MIN_FUZZY_LENGTH = 5;
const SHORT_WORD_LENGTH = 4;
const CORRECTION_CACHE_LIMIT = 5_000;

/**
 * The words of the knowledge base, each mapped to its stem, for two jobs the plain stemmer cannot
 * do: accent-free input (stemmed from the accented form, looked up folded) and typo tolerance
 * (the nearest knowledge-base word within one or two edits, never for a word the spelling
 * dictionary knows). Details: docs/architecture.md#lexicon-accents-and-typos-lexiconts
 */
export class Lexicon {
  private readonly stems = new Map<string, string>();
  private readonly frequency = new Map<string, number>();
  /** Words grouped by first letter and length, so a correction compares against a handful, not all. */
  private readonly buckets = new Map<string, string[]>();
  /** The stop words, grouped the same way: a typo of one is corrected only by the strictest rules (see correct). */
  private readonly stopWordBuckets = new Map<string, string[]>();
  private readonly corrections = new Map<string, string | null>();
  /** Bounded, like `corrections`: people type the same unknown words again and again. */
  private readonly unknownStems = new Map<string, string>();
  private readonly knownStems = new Set<string>();
  /** Each known stem by how it sounds (see soundKeys.ts); a sound two stems share is left out, since it tells neither. */
  private readonly stemsBySound = new Map<string, string | null>();

  /**
   * `isWord`: whether a normalised word is correctly spelled (in any language the bot reads);
   * `ignore`: words never used as corrections (stop words); `soundKey`: how a stem sounds, to read
   * a typo made by ear as the stem it sounds like.
   */
  constructor(
    private readonly stemmer: StemFn,
    texts: Iterable<string>,
    private readonly ignore: ReadonlySet<string> = new Set(),
    private readonly isWord: (word: string) => boolean = () => false,
    private readonly soundKey?: SoundKey,
  ) {
    for (const text of texts) {
      for (const match of stripMentions(text).toLowerCase().matchAll(WORD)) this.add(match[0]);
    }
    for (const word of ignore) if (word.length >= SHORT_WORD_LENGTH) addTo(this.stopWordBuckets, word);
    if (soundKey) {
      for (const stem of this.knownStems) {
        if (stem.length < SHORT_WORD_LENGTH) continue;
        const sound = soundKey(stem);
        this.stemsBySound.set(sound, this.stemsBySound.has(sound) && this.stemsBySound.get(sound) !== stem ? null : stem);
      }
    }
  }

  private add(word: string): void {
    const key = foldAccents(word).replace(/œ/g, 'oe').replace(/æ/g, 'ae');
    this.frequency.set(key, (this.frequency.get(key) ?? 0) + 1);
    if (this.stems.has(key)) return;
    const stem = this.stemmer(word);
    this.stems.set(key, stem);
    this.knownStems.add(stem);
    if (key.length >= SHORT_WORD_LENGTH && !this.ignore.has(key)) addTo(this.buckets, key);
  }

  has(word: string): boolean {
    return this.stems.has(word);
  }

  /** The words as the lexicon stores them (accent-free, lower-case). */
  words(): IterableIterator<string> {
    return this.stems.keys();
  }

  /** Stem of a normalised word: known word, else corrected typo, else the plain stemmer. */
  stem(word: string): string {
    const known = this.stems.get(word);
    if (known !== undefined) return known;
    const corrected = this.correct(word);
    const correctedStem =
      corrected === null ? undefined : (this.stems.get(corrected) ?? (this.ignore.has(corrected) ? corrected : undefined));
    if (correctedStem !== undefined) return correctedStem;
    let stem = this.unknownStems.get(word);
    if (stem === undefined) {
      stem = this.soundsLikeKnownStem(this.stemmer(word));
      if (this.unknownStems.size >= CORRECTION_CACHE_LIMIT) this.unknownStems.clear();
      this.unknownStems.set(word, stem);
    }
    return stem;
  }

  /**
   * "colavoramos" → "colabor", "aciones" → "accion": a stem the knowledge base never uses that
   * sounds like one it does is that one. Real words too: a spelling dictionary knows "aciones" (the
   * straps of a stirrup), which no one asks this bot about.
   */
  private soundsLikeKnownStem(stem: string): string {
    if (!this.soundKey || stem.length < SHORT_WORD_LENGTH || this.knownStems.has(stem)) return stem;
    return this.stemsBySound.get(this.soundKey(stem)) ?? stem;
  }

  /** True when the term is one the knowledge base uses. */
  isKnownStem(stem: string): boolean {
    return this.knownStems.has(stem);
  }

  /** The nearest knowledge-base word, or null when none is close enough. */
  correct(word: string): string | null {
    const short = word.length === SHORT_WORD_LENGTH;
    if ((word.length < MIN_FUZZY_LENGTH && !short) || /^\d+$/.test(word)) return null;
    const cached = this.corrections.get(word);
    if (cached !== undefined) return cached;
    if (this.isWord(word)) {
      this.remember(word, null);
      return null;
    }
    const maxEdits = word.length >= 8 ? 2 : 1;
    let best: string | null = null;
    let bestDistance = maxEdits + 1;
    let bestFrequency = 0;
    let bestKeepsLetters = false;
    // A typo rarely hits the first letter; keeping it narrows the search to a few dozen words.
    const lengths = short ? [word.length, word.length + 1] : range(word.length - maxEdits, word.length + maxEdits);
    for (const length of lengths) {
      for (const candidate of this.buckets.get(`${word[0]}:${length}`) ?? []) {
        if (short && candidate.length === word.length && !isNeighbourSwap(word, candidate)) continue;
        const distance = DamerauLevenshteinDistance(word, candidate, { restricted: true });
        if (distance > maxEdits) continue;
        const frequency = this.frequency.get(candidate) ?? 0;
        // At the same distance, a word that keeps every typed letter (letters missing, or two neighbours
        // swapped) is likelier than one with a letter changed: "achive" is "achieve", not "active".
        const keepsLetters = keepsTypedLetters(word, candidate, distance);
        const better =
          distance < bestDistance ||
          (distance === bestDistance && keepsLetters && !bestKeepsLetters) ||
          (distance === bestDistance && keepsLetters === bestKeepsLetters && frequency > bestFrequency);
        if (better) {
          best = candidate;
          bestDistance = distance;
          bestFrequency = frequency;
          bestKeepsLetters = keepsLetters;
        }
      }
    }
    best ??= this.stopWordFor(word);
    this.remember(word, best);
    return best;
  }

  /**
   * A typo of a word people wrap questions in ("wiht", "wich", "porqe", « commnet »): two neighbours
   * swapped or a letter missing, never a letter changed ("code" is no "come"). A stop word is no
   * topic, so it is the last resort: read as the stop word, the typo no longer counts as a word the
   * knowledge base does not know, and the phrases it belongs to ("connect me with") are read.
   */
  private stopWordFor(word: string): string | null {
    for (const length of [word.length, word.length + 1]) {
      for (const candidate of this.stopWordBuckets.get(`${word[0]}:${length}`) ?? []) {
        const swapped = candidate.length === word.length && isNeighbourSwap(word, candidate);
        const missing = candidate.length === word.length + 1 && DamerauLevenshteinDistance(word, candidate, { restricted: true }) === 1;
        if (swapped || missing) return candidate;
      }
    }
    return null;
  }

  private remember(word: string, correction: string | null): void {
    if (this.corrections.size >= CORRECTION_CACHE_LIMIT) this.corrections.clear();
    this.corrections.set(word, correction);
  }
}

/** Whether `candidate` is `typed` with letters added only, or with two neighbours swapped. */
function keepsTypedLetters(typed: string, candidate: string, distance: number): boolean {
  if (candidate.length === typed.length) return distance === 1 && isNeighbourSwap(typed, candidate);
  return candidate.length - typed.length === distance && isSubsequence(typed, candidate);
}

function isSubsequence(short: string, long: string): boolean {
  let at = 0;
  for (const letter of long) if (letter === short[at]) at += 1;
  return at === short.length;
}

/** True when `b` is `a` with two neighbouring letters swapped. */
function isNeighbourSwap(a: string, b: string): boolean {
  let first = 0;
  while (first < a.length && a[first] === b[first]) first += 1;
  if (first + 1 >= a.length) return false;
  return a[first] === b[first + 1] && a[first + 1] === b[first] && a.slice(first + 2) === b.slice(first + 2);
}

function addTo(buckets: Map<string, string[]>, word: string): void {
  const bucket = `${word[0]}:${word.length}`;
  const list = buckets.get(bucket) ?? [];
  list.push(word);
  buckets.set(bucket, list);
}

function range(from: number, to: number): number[] {
  const out: number[] = [];
  for (let n = from; n <= to; n += 1) out.push(n);
  return out;
}
