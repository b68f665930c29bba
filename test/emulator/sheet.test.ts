/**
 * Sheet (src/local/emulator/sheet.ts, range-resolution.ts, grid.ts): getRange checks and
 * messages, the grid limits (getRange never grows the grid; inserting does), appendRow,
 * inserting and deleting rows and columns, frozen rows, hiding, column widths.
 */
import { describe, expect, it } from 'vitest';
import { MSG } from '../../src/local/emulator/messages';
import { errorOf, services } from './helpers';

function setup() {
  const s = services();
  return { s, sheet: s.globals.SpreadsheetApp.getActiveSheet(), model: s.workbook.sheets[0]! };
}

describe('getRange', () => {
  it('checks coordinates in Apps Script order with Apps Script messages', () => {
    const { sheet } = setup();
    expect(errorOf(() => sheet.getRange(0, 1)).message).toBe('The starting row of the range is too small.');
    expect(errorOf(() => sheet.getRange(1, 0)).message).toBe('The starting column of the range is too small.');
    expect(errorOf(() => sheet.getRange(1, 1, 0, 1)).message).toBe('The number of rows in the range must be at least 1.');
    expect(errorOf(() => sheet.getRange(1, 1, 1, 0)).message).toBe('The number of columns in the range must be at least 1.');
    expect(errorOf(() => sheet.getRange(1, 1, 1001, 1)).message).toBe('The coordinates of the range are outside the dimensions of the sheet.');
    expect(errorOf(() => sheet.getRange(1, 27)).message).toBe(MSG.outsideSheet);
  });

  it('does not grow the grid', () => {
    const { sheet, model } = setup();
    errorOf(() => sheet.getRange(1, 27));
    expect([model.maxRows, model.maxColumns]).toEqual([1000, 26]);
    expect(sheet.getRange(1000, 26).getA1Notation()).toBe('Z1000');
  });

  it('accepts A1 notation, including whole columns; bad notation is "Range not found"', () => {
    const { sheet } = setup();
    expect(sheet.getRange('B2:D10').getA1Notation()).toBe('B2:D10');
    expect(sheet.getRange('A:A').getNumRows()).toBe(1000);
    for (const bad of ['A0', 'nonsense', 'AA1', 'A1001', "'Không có'!A1"]) {
      expect(errorOf(() => sheet.getRange(bad)).message, bad).toBe('Range not found');
    }
  });

  it('refuses arguments of the wrong type', () => {
    const { sheet } = setup();
    expect(errorOf(() => sheet.getRange('1' as never, 1 as never)).message)
      .toBe("The parameters (String,number) don't match the method signature for SpreadsheetApp.Sheet.getRange.");
  });
});

describe('growing and shrinking the grid', () => {
  it('insertColumnsAfter adds columns, shifting content, widths and validations right', () => {
    const { s, sheet, model } = setup();
    sheet.getRange('A1:C1').setValues([['a', 'b', 'c']]);
    sheet.setColumnWidth(3, 250);
    sheet.getRange('C2').setDataValidation(s.globals.SpreadsheetApp.newDataValidation().requireValueInList(['x']).build());
    sheet.insertColumnsAfter(1, 2);
    expect(model.maxColumns).toBe(28);
    expect(sheet.getRange('A1:E1').getValues()).toEqual([['a', '', '', 'b', 'c']]);
    expect(sheet.getColumnWidth(5)).toBe(250);
    expect([...model.validations.keys()]).toEqual(['2,5']);
    expect(sheet.getRange(1, 28).getA1Notation()).toBe('AB1');
  });

  it('insertColumnAfter at the last column makes room for a new header', () => {
    const { sheet, model } = setup();
    sheet.insertColumnAfter(26);
    expect(model.maxColumns).toBe(27);
    sheet.getRange(1, 27).setValue('Ghi chú');
    expect(sheet.getLastColumn()).toBe(27);
  });

  it('insertRowsAfter adds rows that take the formatting of the row above', () => {
    const { sheet, model } = setup();
    sheet.getRange('A1:B1').setValues([['Header', 'H2']]).setFontWeight('bold').setBackground('#cfe2f3');
    sheet.getRange('A2').setValue('data');
    sheet.insertRowsAfter(1, 2);
    expect(model.maxRows).toBe(1002);
    expect(sheet.getRange('A1:A4').getValues()).toEqual([['Header'], [''], [''], ['data']]);
    expect(sheet.getRange('A2:B3').getFontWeights()).toEqual([['bold', 'bold'], ['bold', 'bold']]);
    expect(sheet.getRange('A2').getBackground()).toBe('#cfe2f3');
  });

  it('deleteRows removes rows and their validations, and refuses to delete every row', () => {
    const { s, sheet, model } = setup();
    sheet.getRange('A1:A3').setValues([['a'], ['b'], ['c']]);
    sheet.getRange('A3').setDataValidation(s.globals.SpreadsheetApp.newDataValidation().requireValueInList(['c']).build());
    sheet.deleteRows(2, 1);
    expect(sheet.getRange('A1:A2').getValues()).toEqual([['a'], ['c']]);
    expect([...model.validations.keys()]).toEqual(['2,1']);
    expect(model.maxRows).toBe(999);
    expect(errorOf(() => sheet.deleteRows(999, 2)).message).toBe('Those rows are out of bounds.');
    expect(errorOf(() => sheet.deleteRows(1, 999)).message).toBe('Sorry, it is not possible to delete all non-frozen rows.');
  });

  it('appendRow writes after the last used row and grows the grid when full', () => {
    const s = services();
    s.workbook.sheets[0]!.maxRows = 2;
    const sheet = s.globals.SpreadsheetApp.getActiveSheet();
    sheet.appendRow(['a', 1]);
    sheet.appendRow(['b', 2]);
    sheet.appendRow(['c', '=1']);
    expect(sheet.getMaxRows()).toBe(3);
    expect(sheet.getRange('A1:B3').getValues()).toEqual([['a', 1], ['b', 2], ['c', '']]);
    expect(sheet.getRange('B3').getFormula()).toBe('=1');
  });
});

describe('sheet settings', () => {
  it('frozen rows, hidden state and column widths live in the model', () => {
    const { sheet, model } = setup();
    sheet.setFrozenRows(1);
    expect([sheet.getFrozenRows(), model.frozenRows]).toEqual([1, 1]);
    expect(sheet.isSheetHidden()).toBe(false);
    sheet.hideSheet();
    expect([sheet.isSheetHidden(), model.hidden]).toEqual([true, true]);
    sheet.showSheet();
    expect(model.hidden).toBe(false);
    expect(sheet.getColumnWidth(2)).toBe(100);
    sheet.setColumnWidths(2, 2, 180);
    expect([sheet.getColumnWidth(2), sheet.getColumnWidth(3), model.columnWidths.get(3)]).toEqual([180, 180, 180]);
  });

  it('clear empties values and formats of the whole sheet', () => {
    const { sheet } = setup();
    sheet.getRange('A1:B2').setValue('x').setBackground('red');
    sheet.clear();
    expect(sheet.getLastRow()).toBe(0);
    expect(sheet.getRange('A1').getBackground()).toBe('#ffffff');
  });

  it('names are unique regardless of case', () => {
    const { s, sheet } = setup();
    s.globals.SpreadsheetApp.getActive().insertSheet('Đăng ký');
    expect(errorOf(() => sheet.setName('ĐĂNG KÝ')).message)
      .toBe('A sheet with the name "ĐĂNG KÝ" already exists. Please enter another name.');
    sheet.setName('Cấu hình');
    expect(sheet.getName()).toBe('Cấu hình');
  });
});
