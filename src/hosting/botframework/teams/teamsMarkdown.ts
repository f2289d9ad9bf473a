/**
 * Rewrites the bot's Markdown into what Teams renders the same on desktop, web and mobile: one
 * line per source line ("\n\n"), bullets instead of list markers, headings as bold lines, tables
 * as lines of cells; rules and strikethrough go. What Teams renders, and why: docs/architecture.md#teams-markdown-teamsmarkdownts
 */

const BLANK = /^\s*$/;
const HEADING = /^ {0,3}#{1,6}[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$/;
const RULE = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
const TABLE_ROW = /^\s*\|.*\|\s*$/;
const TABLE_SEPARATOR = /^\s*\|?(?:\s*:?-+:?\s*\|)+\s*(?::?-+:?\s*)?$/;
const BULLET_ITEM = /^(\s*)[-*+][ \t]+(.*)$/;
const NUMBERED_ITEM = /^\s*(\d{1,9})[.)][ \t]+(.*)$/;
const STRIKETHROUGH = /~~(.+?)~~/g;

const BULLET = '•';
const NESTED_BULLET = '◦';
const CELL_SEPARATOR = ' · ';

function isBold(text: string): boolean {
  return /^\*\*.*\*\*$/.test(text) || /^__.*__$/.test(text);
}

function convertLine(line: string): string | undefined {
  if (BLANK.test(line) || RULE.test(line)) return undefined;
  const heading = HEADING.exec(line);
  if (heading) {
    const title = (heading[1] ?? '').trim();
    if (title === '') return undefined;
    return isBold(title) ? title : `**${title}**`;
  }
  if (TABLE_ROW.test(line)) {
    if (TABLE_SEPARATOR.test(line)) return undefined;
    const cells = line.trim().slice(1, -1).split('|').map((cell) => cell.trim()).filter((cell) => cell !== '');
    return cells.length > 0 ? cells.join(CELL_SEPARATOR) : undefined;
  }
  const bullet = BULLET_ITEM.exec(line);
  if (bullet) return `${(bullet[1] ?? '').replace(/\t/g, '  ').length >= 2 ? NESTED_BULLET : BULLET} ${(bullet[2] ?? '').trim()}`;
  const numbered = NUMBERED_ITEM.exec(line);
  if (numbered) return `${numbered[1] ?? ''}. ${(numbered[2] ?? '').trim()}`;
  return line.trim();
}

export function toTeamsMarkdown(markdown: string): string {
  const lines: string[] = [];
  for (const line of markdown.replace(/\r\n?/g, '\n').split('\n')) {
    const converted = convertLine(line.replace(STRIKETHROUGH, '$1'));
    if (converted !== undefined && converted !== '') lines.push(converted);
  }
  return lines.join('\n\n');
}
