/**
 * Range values (src/local/emulator/range.ts, cell-writes.ts) against Apps Script's documented
 * behaviour: dimension errors, formulas and apostrophes, clearing, dates, the 50,000-character
 * cell limit, last row / column, display values.
 */
import { describe, expect, it } from 'vitest';
import { MSG } from '../../src/local/emulator/messages';
import { errorOf, services } from './helpers';

function activeSheet() {
  const s = services();
  return { s, sheet: s.globals.SpreadsheetApp.getActiveSheet(), model: s.workbook.sheets[0]! };
}

describe('setValues / getValues', () => {
  it('round-trips strings, numbers, booleans and Dates; empty cells read ""', () => {
    const { sheet } = activeSheet();
    const when = new Date(Date.UTC(2025, 11, 15));
    sheet.getRange(2, 2, 2, 3).setValues([['a', 1.5, true], [when, 0, false]]);
    const values = sheet.getRange(1, 1, 3, 4).getValues();
    expect(values).toEqual([
      ['', '', '', ''],
      ['', 'a', 1.5, true],
      ['', when, 0, false],
    ]);
    expect(values[2]![1]).toBeInstanceOf(Date);
    expect(values[2]![1]).not.toBe(when);
  });

  it('returns copies: changing the result does not change the sheet', () => {
    const { sheet } = activeSheet();
    sheet.getRange('A1').setValue('kept');
    const values = sheet.getRange('A1:B1').getValues();
    values[0]![0] = 'changed';
    expect(sheet.getRange('A1').getValue()).toBe('kept');
  });

  it('throws the real message when the data has the wrong number of rows', () => {
    const { sheet } = activeSheet();
    const error = errorOf(() => sheet.getRange(1, 1, 3, 2).setValues([[1, 2], [3, 4]]));
    expect(error.message).toBe('The number of rows in the data does not match the number of rows in the range. The data has 2 but the range has 3.');
    expect(error.name).toBe('Exception');
    expect(String(error)).toBe(`Exception: ${error.message}`);
  });

  it('throws the real message when a row has the wrong number of columns, and writes nothing', () => {
    const { sheet, model } = activeSheet();
    const error = errorOf(() => sheet.getRange(1, 1, 2, 2).setValues([[1, 2], [3, 4, 5]]));
    expect(error.message).toBe(MSG.columnsMismatch(3, 2));
    expect(error.message).toBe('The number of columns in the data does not match the number of columns in the range. The data has 3 but the range has 2.');
    expect(model.values).toEqual([]);
  });

  it('refuses a value that is not a 2-D array', () => {
    const { sheet } = activeSheet();
    expect(errorOf(() => sheet.getRange('A1').setValues('x' as never)).message)
      .toBe("The parameters (String) don't match the method signature for SpreadsheetApp.Range.setValues.");
  });

  it('stores a string starting with = as a formula (its value reads "", nothing is evaluated)', () => {
    const { sheet, model } = activeSheet();
    sheet.getRange('A1:B1').setValues([['=1+1', '=SUM(A1)']]);
    expect(model.formulas[0]).toEqual(['=1+1', '=SUM(A1)']);
    expect(sheet.getRange('A1:B1').getFormulas()).toEqual([['=1+1', '=SUM(A1)']]);
    expect(sheet.getRange('A1:B1').getValues()).toEqual([['', '']]);
    expect(sheet.getLastRow()).toBe(1);
    sheet.getRange('A1').setValue(5);
    expect(sheet.getRange('A1:B1').getFormulas()).toEqual([['', '=SUM(A1)']]);
  });

  it("stores a string starting with ' as the text without the apostrophe", () => {
    const { sheet } = activeSheet();
    sheet.getRange('A1:B1').setValues([["'=HYPERLINK(\"x\")", "'0123"]]);
    expect(sheet.getRange('A1:B1').getValues()).toEqual([['=HYPERLINK("x")', '0123']]);
    expect(sheet.getRange('A1:B1').getFormulas()).toEqual([['', '']]);
  });

  it('clears cells written with null or undefined', () => {
    const { sheet } = activeSheet();
    sheet.getRange('A1:B1').setValues([['x', '=1']]);
    sheet.getRange('A1:B1').setValues([[null, undefined]]);
    expect(sheet.getRange('A1:B1').getValues()).toEqual([['', '']]);
    expect(sheet.getRange('A1:B1').getFormulas()).toEqual([['', '']]);
    expect(sheet.getLastRow()).toBe(0);
  });

  it('refuses a cell over 50,000 characters, and writes nothing of the block', () => {
    const { sheet, model } = activeSheet();
    const error = errorOf(() => sheet.getRange('A1:B1').setValues([['ok', 'x'.repeat(50_001)]]));
    expect(error.message).toBe('Your input contains more than the maximum of 50000 characters in a single cell.');
    expect(model.values).toEqual([]);
    sheet.getRange('A1').setValue('x'.repeat(50_000));
    expect(String(sheet.getRange('A1').getValue()).length).toBe(50_000);
  });

  it('says "Not emulated" for values it cannot store rather than guessing', () => {
    const { sheet } = activeSheet();
    expect(errorOf(() => sheet.getRange('A1').setValue({ a: 1 })).message).toMatch(/^Not emulated: /);
    expect(errorOf(() => sheet.getRange('A1').setValue(Number.NaN)).message).toMatch(/^Not emulated: /);
  });

  it('setValue fills every cell of the range', () => {
    const { sheet } = activeSheet();
    sheet.getRange('A1:B2').setValue('x');
    expect(sheet.getRange('A1:B2').getValues()).toEqual([['x', 'x'], ['x', 'x']]);
  });

  it('getValue reads the top-left cell', () => {
    const { sheet } = activeSheet();
    sheet.getRange('B2:C2').setValues([[7, 8]]);
    expect(sheet.getRange('B2:C3').getValue()).toBe(7);
    expect(sheet.getRange('Z99').getValue()).toBe('');
  });

  it('keeps the model dense: no holes, numbers and Dates stored as such', () => {
    const { sheet, model } = activeSheet();
    sheet.getRange('C3').setValue(new Date(0));
    expect(model.values.length).toBe(3);
    expect(model.values[2]).toEqual(['', '', new Date(0)]);
    expect(model.values[2]![2]).toBeInstanceOf(Date);
    for (const row of model.values) expect(row.includes(undefined as never)).toBe(false);
  });
});

describe('last row and column', () => {
  it('are 0 on an empty sheet and follow the last value or formula written anywhere', () => {
    const { sheet } = activeSheet();
    expect([sheet.getLastRow(), sheet.getLastColumn()]).toEqual([0, 0]);
    sheet.getRange('C5').setValue('x');
    expect([sheet.getLastRow(), sheet.getLastColumn()]).toEqual([5, 3]);
    sheet.getRange('E2').setValue('=1');
    expect([sheet.getLastRow(), sheet.getLastColumn()]).toEqual([5, 5]);
    sheet.getRange('C5').setValue('');
    expect([sheet.getLastRow(), sheet.getLastColumn()]).toEqual([2, 5]);
  });

  it('ignore notes and backgrounds (they are not content)', () => {
    const { sheet } = activeSheet();
    sheet.getRange('D9').setBackground('red').setNote('n');
    expect([sheet.getLastRow(), sheet.getLastColumn()]).toEqual([0, 0]);
  });

  it('getDataRange covers A1 to the last used cell, A1 on an empty sheet', () => {
    const { sheet } = activeSheet();
    expect(sheet.getDataRange().getA1Notation()).toBe('A1');
    sheet.getRange('B3').setValue(false);
    expect(sheet.getDataRange().getA1Notation()).toBe('A1:B3');
  });
});

describe('display values', () => {
  it('show text as is, booleans in capitals, decimals and dates in the vi_VN way', () => {
    const { sheet } = activeSheet();
    const midnightHanoi = new Date(Date.UTC(2025, 11, 14, 17, 0, 0));
    const morningHanoi = new Date(Date.UTC(2025, 11, 15, 1, 30, 5));
    sheet.getRange('A1:E1').setValues([['chữ', true, 3.5, midnightHanoi, morningHanoi]]);
    expect(sheet.getRange('A1:F1').getDisplayValues()).toEqual([['chữ', 'TRUE', '3,5', '15/12/2025', '15/12/2025 8:30:05', '']]);
    expect(sheet.getRange('C1').getDisplayValue()).toBe('3,5');
  });
});

describe('geometry', () => {
  it('reports its position and size', () => {
    const { sheet } = activeSheet();
    const range = sheet.getRange(2, 3, 4, 5);
    expect([range.getRow(), range.getColumn(), range.getNumRows(), range.getNumColumns()]).toEqual([2, 3, 4, 5]);
    expect([range.getLastRow(), range.getLastColumn()]).toEqual([5, 7]);
    expect(range.getA1Notation()).toBe('C2:G5');
    expect(range.getSheet().getName()).toBe('Trang tính1');
    expect(range.getCell(2, 2).getA1Notation()).toBe('D3');
    expect(range.offset(1, 0, 1, 1).getA1Notation()).toBe('C3');
  });
});
