/** A table cell: text, a number, or nothing. */
export type Cell = string | number | null;

export interface CsvTable {
  readonly columns: readonly string[];
  readonly rows: readonly (readonly Cell[])[];
}

/**
 * Spreadsheets run a cell that starts with one of these as a formula ("=HYPERLINK(…)", "@SUM(…)"),
 * and some treat a leading tab or carriage return the same way: such text gets a leading
 * apostrophe, which spreadsheets show as text and do not run (OWASP, CSV injection).
 */
const FORMULA_START = /^[=+\-@\t\r]/;
/** RFC 4180: a field with a comma, a double quote or a line break is quoted, its quotes doubled. */
const NEEDS_QUOTES = /[",\r\n]/;

export function csvCell(value: Cell): string {
  if (value === null) return '';
  // Numbers are ours (counts, shares), never a person's text: written as they are, so a
  // spreadsheet reads them as numbers.
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * A table as CSV (RFC 4180: comma-separated, CRLF after every record, the header first). It
 * starts with a byte order mark, without which Excel reads UTF-8 as a legacy code page and
 * mangles "¿Qué…?" and "Français".
 */
export function toCsv(table: CsvTable): string {
  const width = table.columns.length;
  const line = (cells: readonly Cell[]): string => cells.map(csvCell).join(',');
  const lines = [line(table.columns)];
  table.rows.forEach((row, i) => {
    if (row.length !== width) throw new RangeError(`toCsv(): row ${i + 1} has ${row.length} cells, the header ${width}`);
    lines.push(line(row));
  });
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
