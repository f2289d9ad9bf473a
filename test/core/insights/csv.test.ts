import { describe, expect, it } from 'vitest';
import { csvCell, toCsv, type Cell } from '../../../src/core/insights/csv';

describe('csvCell', () => {
  it.each<[Cell, string]>([
    ['plain', 'plain'],
    ['¿Qué es MIEUX+?', '¿Qué es MIEUX+?'],
    ['a, b', '"a, b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['cr\r\nlf', '"cr\r\nlf"'],
    ['', ''],
    [null, ''],
    [0, '0'],
    [42, '42'],
    [0.6667, '0.6667'],
    [Number.NaN, ''],
    [Number.POSITIVE_INFINITY, ''],
    // Formula injection: text a spreadsheet would run gets a leading apostrophe.
    ['=1+1', "'=1+1"],
    ['+33 1 23', "'+33 1 23"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1:A2)', "'@SUM(A1:A2)"],
    ['\tTAB', "'\tTAB"],
    ['\r=1', `"'\r=1"`],
    ['=HYPERLINK("http://x","y")', `"'=HYPERLINK(""http://x"",""y"")"`],
    ['=a,b', `"'=a,b"`],
    // Only at the start.
    ['1+1=2', '1+1=2'],
    ['a@b', 'a@b'],
  ])('%j → %j', (value, expected) => {
    expect(csvCell(value)).toBe(expected);
  });
});

describe('toCsv', () => {
  it('writes a byte order mark, the header, then each row, every record ended by CRLF', () => {
    const csv = toCsv({
      columns: ['Entry', 'Count'],
      rows: [
        ['areas', 3],
        ['=cmd', null],
      ],
    });
    expect(csv).toBe("\uFEFFEntry,Count\r\nareas,3\r\n'=cmd,\r\n");
  });

  it('an empty table is its header', () => {
    expect(toCsv({ columns: ['a', 'b, c'], rows: [] })).toBe('\uFEFFa,"b, c"\r\n');
  });

  it('refuses a row of another width, naming it', () => {
    expect(() => toCsv({ columns: ['a', 'b'], rows: [['x', 1], ['y']] })).toThrow(/toCsv\(\): row 2 has 1 cells, the header 2/);
  });
});
