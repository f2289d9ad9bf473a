/**
 * What a Markdown text reads like once Web Chat has rendered it: no markup, links as their text,
 * typographic apostrophes (its renderer's typographer), spaces collapsed.
 */
export function rendered(markdown: string): string {
  return markdown
    .replace(/\*\*/g, '')
    .replace(/(\p{L})'(\p{L})/gu, '$1’$2')
    .replace(/\[([^\]]+)\]\([^)]+\)/g, '$1')
    .replace(/^\s*[-*]\s+/gm, '')
    .replace(/\s+/g, ' ')
    .trim();
}
