/** Spreadsheet and SpreadsheetApp (src/local/emulator/spreadsheet.ts, spreadsheet-app.ts). */
import { describe, expect, it } from 'vitest';
import { newSheetModel, newWorkbookModel } from '../../src/local/emulator/workbook-model';
import { errorOf, services } from './helpers';

describe('sheets of the spreadsheet', () => {
  it('insertSheet adds a 1000 × 26 sheet, at an index, and activates it', () => {
    const s = services();
    const ss = s.globals.SpreadsheetApp.getActiveSpreadsheet();
    const log = ss.insertSheet('Nhật ký');
    const first = ss.insertSheet('Cấu hình', 0);
    expect(ss.getSheets().map((x) => x.getName())).toEqual(['Cấu hình', 'Trang tính1', 'Nhật ký']);
    expect([first.getIndex(), log.getIndex()]).toEqual([1, 3]);
    expect([log.getMaxRows(), log.getMaxColumns()]).toEqual([1000, 26]);
    expect(ss.getActiveSheet().getName()).toBe('Cấu hình');
    expect(new Set(ss.getSheets().map((x) => x.getSheetId())).size).toBe(3);
    expect(ss.insertSheet().getName()).toBe('Trang tính4');
  });

  it('refuses a duplicate name with the real message', () => {
    const s = services();
    const ss = s.globals.SpreadsheetApp.getActive();
    ss.insertSheet('Đăng ký');
    expect(errorOf(() => ss.insertSheet('Đăng ký')).message)
      .toBe('A sheet with the name "Đăng ký" already exists. Please enter another name.');
  });

  it('getSheetByName finds exact names or returns null', () => {
    const s = services();
    const ss = s.globals.SpreadsheetApp.getActive();
    ss.insertSheet('Đơn vị');
    expect(ss.getSheetByName('Đơn vị')!.getName()).toBe('Đơn vị');
    expect(ss.getSheetByName('Không có')).toBeNull();
  });

  it('deleteSheet removes a sheet but never the last one', () => {
    const s = services();
    const ss = s.globals.SpreadsheetApp.getActive();
    const extra = ss.insertSheet('Tạm');
    ss.deleteSheet(extra);
    expect(ss.getNumSheets()).toBe(1);
    expect(errorOf(() => ss.deleteSheet(ss.getSheets()[0])).message).toBe("You can't remove all the sheets in a document.");
  });

  it('the active sheet follows activate() and setActiveSheet()', () => {
    const s = services();
    const app = s.globals.SpreadsheetApp;
    const ss = app.getActive();
    const other = ss.insertSheet('Khác');
    ss.getSheets()[0]!.activate();
    expect(app.getActiveSheet().getName()).toBe('Trang tính1');
    ss.setActiveSheet(other);
    expect(ss.getActiveSheet().getName()).toBe('Khác');
  });
});

describe('Spreadsheet.getRange', () => {
  it('reads quoted sheet names with Vietnamese letters', () => {
    const workbook = newWorkbookModel('Thọ Lập');
    workbook.sheets.push(newSheetModel('Đăng ký', 7));
    const s = services({ workbook });
    const range = s.globals.SpreadsheetApp.getActive().getRange("'Đăng ký'!A1:C3");
    range.setValue('x');
    expect(range.getSheet().getName()).toBe('Đăng ký');
    expect(range.getA1Notation()).toBe('A1:C3');
    expect(workbook.sheets[1]!.values[2]).toEqual(['x', 'x', 'x']);
  });

  it('uses the active sheet without a sheet name; an unknown sheet is "Range not found"', () => {
    const s = services();
    const ss = s.globals.SpreadsheetApp.getActive();
    expect(ss.getRange('B2').getSheet().getName()).toBe('Trang tính1');
    expect(errorOf(() => ss.getRange("'Không có'!A1")).message).toBe('Range not found');
  });
});

describe('spreadsheet facts', () => {
  it('id, name, url, time zone and locale come from the workbook', () => {
    const workbook = newWorkbookModel('Đăng ký thi đua 2026', 'Asia/Ho_Chi_Minh');
    const ss = services({ workbook }).globals.SpreadsheetApp.getActiveSpreadsheet();
    expect(ss.getId()).toBe('local-spreadsheet-1');
    expect(ss.getName()).toBe('Đăng ký thi đua 2026');
    expect(ss.getUrl()).toBe('https://docs.google.com/spreadsheets/d/local-spreadsheet-1/edit');
    expect(ss.getSpreadsheetTimeZone()).toBe('Asia/Ho_Chi_Minh');
    expect(ss.getSpreadsheetLocale()).toBe('vi_VN');
  });

  it('toasts are recorded with their title and timeout', () => {
    const s = services();
    const ss = s.globals.SpreadsheetApp.getActive();
    ss.toast('Đã kiểm tra 12 dòng');
    ss.toast('Xong', 'Thi đua', 10);
    expect(s.uiLog.toasts).toEqual([
      { message: 'Đã kiểm tra 12 dòng', title: '', timeoutSeconds: 5 },
      { message: 'Xong', title: 'Thi đua', timeoutSeconds: 10 },
    ]);
  });

  it('openById needs the full spreadsheets scope, which the add-in does not declare', () => {
    const s = services();
    expect(errorOf(() => s.globals.SpreadsheetApp.openById('local-spreadsheet-1')).message)
      .toBe('You do not have permission to call SpreadsheetApp.openById. Required permissions: https://www.googleapis.com/auth/spreadsheets');
  });

  it('flush is accepted and counted', () => {
    const s = services();
    s.globals.SpreadsheetApp.flush();
    expect(s.counter.count('SpreadsheetApp.flush')).toBe(1);
  });
});
