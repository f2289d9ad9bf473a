/** Index terms of a text with their weights: what two texts are compared on. */
export type TermVector = ReadonlyMap<string, number>;

/** Cosine similarity, 0 (nothing in common) … 1 (the same terms, in the same proportions). */
export function cosine(a: TermVector, b: TermVector): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [term, weight] of small) dot += weight * (large.get(term) ?? 0);
  if (dot === 0) return 0;
  return dot / (norm(a) * norm(b));
}

export function norm(v: TermVector): number {
  let sum = 0;
  for (const weight of v.values()) sum += weight * weight;
  return Math.sqrt(sum);
}
