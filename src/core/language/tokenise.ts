/** Splits normalised text into words. Normalisation has already turned every separator into a space. */
export function tokenise(normalised: string): string[] {
  return normalised.length === 0 ? [] : normalised.split(' ').filter((t) => t.length > 0);
}
