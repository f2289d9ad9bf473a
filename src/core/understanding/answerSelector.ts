import type { ScoredEntry } from './retrievalIndex';
import { DEFAULT_TUNING, type Tuning } from './tuning';

export type Selection =
  | { readonly kind: 'answer'; readonly entryId: string }
  | { readonly kind: 'clarify'; readonly options: readonly string[] }
  | { readonly kind: 'notFound' };

/** Picks what to do with ranked entries: answer the clear winner, offer a close call, or admit not knowing. */
export function selectAnswer(ranked: readonly ScoredEntry[], bands: Tuning = DEFAULT_TUNING): Selection {
  const [top, second] = ranked;
  if (!top || top.score < bands.clarifyMin) return { kind: 'notFound' };
  const lead = top.score - (second?.score ?? 0);
  if (top.score >= bands.answerMin && lead >= bands.margin) return { kind: 'answer', entryId: top.entryId };
  const options = ranked
    .filter((c) => c.score >= bands.clarifyMin && top.score - c.score <= bands.clarifySpread)
    .slice(0, bands.maxOptions)
    .map((c) => c.entryId);
  if (options.length === 1) return top.score >= bands.answerMin ? { kind: 'answer', entryId: top.entryId } : { kind: 'clarify', options };
  return { kind: 'clarify', options };
}
