/**
 * What a Markdown text reads like once Web Chat has rendered it: no markup (bold, _italics_), links as their text,
 * typographic apostrophes (its renderer's typographer), spaces collapsed.
 */
export function rendered(markdown: string): string {
  return (
    markdown
      .replace(/\*\*/g, '')
      .replace(/(^|\s)_([^_\n]+)_(?=\s|$)/g, '$1$2')
      .replace(/(\p{L})'(\p{L})/gu, '$1’$2')
      // Web Chat's Markdown typesets straight double quotes as curly ones ("Actions" → “Actions”).
      .replace(/"([^"\n]*)"/g, '“$1”')
      .replace(/\[([^\]]+)\]\([^)]+\)/g, '$1')
      .replace(/^\s*[-*]\s+/gm, '')
      .replace(/\s+/g, ' ')
      .trim()
  );
}
