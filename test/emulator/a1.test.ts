/** A1 notation (src/local/emulator/a1.ts): parsing, resolving against a grid, formatting. */
import { describe, expect, it } from 'vitest';
import { columnLetters, columnNumber, formatA1, parseA1, quoteSheetName, resolveA1 } from '../../src/local/emulator/a1';

describe('parseA1', () => {
  it('reads single cells and rectangles, with or without $', () => {
    expect(parseA1('A1')).toEqual({ sheetName: null, startRow: 1, startColumn: 1, endRow: 1, endColumn: 1 });
    expect(parseA1('B2:D10')).toEqual({ sheetName: null, startRow: 2, startColumn: 2, endRow: 10, endColumn: 4 });
    expect(parseA1('$B$2:$D$10')).toEqual(parseA1('B2:D10'));
    expect(parseA1('b2:d10')).toEqual(parseA1('B2:D10'));
  });

  it('orders reversed corners', () => {
    expect(parseA1('D10:B2')).toEqual(parseA1('B2:D10'));
  });

  it('reads whole columns, whole rows and open-ended columns', () => {
    expect(parseA1('A:C')).toEqual({ sheetName: null, startRow: null, startColumn: 1, endRow: null, endColumn: 3 });
    expect(parseA1('2:5')).toEqual({ sheetName: null, startRow: 2, startColumn: null, endRow: 5, endColumn: null });
    expect(parseA1('A2:C')).toEqual({ sheetName: null, startRow: 2, startColumn: 1, endRow: null, endColumn: 3 });
  });

  it('reads quoted sheet names with Vietnamese letters, spaces and escaped quotes', () => {
    expect(parseA1("'Đăng ký'!A1:C3")).toMatchObject({ sheetName: 'Đăng ký', startRow: 1, endColumn: 3 });
    expect(parseA1("'Nhật ký của ''xã'''!B2")).toMatchObject({ sheetName: "Nhật ký của 'xã'", startRow: 2, startColumn: 2 });
    expect(parseA1('Khối!A1')).toMatchObject({ sheetName: 'Khối' });
  });

  it('rejects what is not A1 notation', () => {
    for (const bad of ['', 'A', '1', 'A0', 'AAAA1', 'A1:B2:C3', '1A', 'A1:', ':A1', "'Đăng ký!A1", 'Đăng ký!A1', "''!A1", 'A:B2']) {
      expect(parseA1(bad), bad).toBeNull();
    }
  });
});

describe('resolveA1', () => {
  it('fills open bounds from the grid and refuses what does not fit', () => {
    expect(resolveA1(parseA1('A:A')!, 1000, 26)).toEqual({ row: 1, column: 1, numRows: 1000, numColumns: 1 });
    expect(resolveA1(parseA1('3:4')!, 1000, 26)).toEqual({ row: 3, column: 1, numRows: 2, numColumns: 26 });
    expect(resolveA1(parseA1('B2:C')!, 50, 26)).toEqual({ row: 2, column: 2, numRows: 49, numColumns: 2 });
    expect(resolveA1(parseA1('AA1')!, 1000, 26)).toBeNull();
    expect(resolveA1(parseA1('A1001')!, 1000, 26)).toBeNull();
  });
});

describe('formatting', () => {
  it('converts column numbers and letters both ways', () => {
    for (const [n, letters] of [[1, 'A'], [26, 'Z'], [27, 'AA'], [52, 'AZ'], [703, 'AAA'], [18278, 'ZZZ']] as const) {
      expect(columnLetters(n)).toBe(letters);
      expect(columnNumber(letters)).toBe(n);
    }
  });

  it('writes one cell as B2 and a rectangle as B2:D10', () => {
    expect(formatA1({ row: 2, column: 2, numRows: 1, numColumns: 1 })).toBe('B2');
    expect(formatA1({ row: 2, column: 2, numRows: 9, numColumns: 3 })).toBe('B2:D10');
  });

  it('quotes sheet names that need it', () => {
    expect(quoteSheetName('Sheet1')).toBe('Sheet1');
    expect(quoteSheetName('Đăng ký')).toBe("'Đăng ký'");
    expect(quoteSheetName("it's")).toBe("'it''s'");
  });
});
