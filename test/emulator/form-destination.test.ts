/**
 * A form's response sheet (src/local/emulator/form-destination.ts): the sheet setDestination
 * creates, columns for questions added or renamed later, the rows a submission writes.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createServices } from '../../src/local/emulator/services';
import { newWorkbookModel } from '../../src/local/emulator/workbook-model';
import { errorOf, FIXTURES, MONDAY_9AM_HANOI } from './helpers';

const FORMS_DIST = path.join(FIXTURES, 'forms');

function formServices(locale = 'vi_VN') {
  const workbook = newWorkbookModel();
  workbook.locale = locale;
  workbook.sheets[0]!.name = 'Cấu hình';
  return createServices({ distDir: FORMS_DIST, now: MONDAY_9AM_HANOI, workbook });
}

type S = ReturnType<typeof formServices>;

function registrationForm(s: S) {
  const form = s.globals.FormApp.create('Đăng ký');
  form.addListItem().setTitle('Đơn vị đăng ký').setChoiceValues(['Chi bộ thôn 1', 'Chi bộ thôn 2']).setRequired(true);
  form.addSectionHeaderItem().setTitle('Nội dung');
  form.addTextItem().setTitle('Tên mô hình');
  form.addDateItem().setTitle('Thời gian bắt đầu');
  form.addCheckboxItem().setTitle('Cam kết').setChoiceValues(['Mới', 'Có kế hoạch']);
  return form;
}

function sheetValues(s: S, name: string): unknown[][] {
  const sheet = s.workbook.sheets.find((x) => x.name === name);
  if (sheet === undefined) throw new Error(`no sheet ${name}`);
  return sheet.values;
}

describe('setDestination', () => {
  it('creates a new first sheet named by locale, with the header in form order and no section headers', () => {
    const s = formServices();
    const form = registrationForm(s);
    const { FormApp, SpreadsheetApp } = s.globals;
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    form.setDestination(FormApp.DestinationType.SPREADSHEET, ss.getId());
    expect(s.workbook.sheets.map((x) => x.name)).toEqual(['Câu trả lời biểu mẫu 1', 'Cấu hình']);
    const sheet = s.workbook.sheets[0]!;
    expect(sheet.values[0]).toEqual(['Dấu thời gian', 'Đơn vị đăng ký', 'Tên mô hình', 'Thời gian bắt đầu', 'Cam kết']);
    expect(sheet.frozenRows).toBe(1);
    expect(sheet.formId).toBe(form.getId());
    expect(form.getDestinationId()).toBe(ss.getId());
    expect(form.getDestinationType()).toBe(FormApp.DestinationType.SPREADSHEET);
    expect(SpreadsheetApp.getActiveSheet().getName()).toBe('Cấu hình');
  });

  it('an English spreadsheet gets "Form Responses 1" / "Timestamp"; linking again makes "Form Responses 2"', () => {
    const s = formServices('en_US');
    const form = registrationForm(s);
    const id = s.workbook.id;
    form.setDestination(s.globals.FormApp.DestinationType.SPREADSHEET, id);
    expect(s.workbook.sheets[0]!.name).toBe('Form Responses 1');
    expect(s.workbook.sheets[0]!.values[0]![0]).toBe('Timestamp');
    form.setDestination(s.globals.FormApp.DestinationType.SPREADSHEET, id);
    expect(s.workbook.sheets.map((x) => x.name)).toEqual(['Form Responses 2', 'Form Responses 1', 'Cấu hình']);
    expect(s.workbook.sheets[1]!.formId).toBeUndefined();
    expect(s.workbook.sheets[0]!.formId).toBe(form.getId());
  });

  it('responses submitted before linking are written under the header', () => {
    const s = formServices();
    const form = registrationForm(s);
    s.forms.submit(form.getId(), { 'Đơn vị đăng ký': 'Chi bộ thôn 1', 'Tên mô hình': 'A' }, { at: MONDAY_9AM_HANOI });
    s.forms.submit(form.getId(), { 'Đơn vị đăng ký': 'Chi bộ thôn 2', 'Tên mô hình': 'B' }, { at: MONDAY_9AM_HANOI + 60_000 });
    form.setDestination(s.globals.FormApp.DestinationType.SPREADSHEET, s.workbook.id);
    const values = sheetValues(s, 'Câu trả lời biểu mẫu 1');
    expect(values.slice(1).map((r) => [(r[0] as Date).getTime(), r[1], r[2]])).toEqual([
      [MONDAY_9AM_HANOI, 'Chi bộ thôn 1', 'A'],
      [MONDAY_9AM_HANOI + 60_000, 'Chi bộ thôn 2', 'B'],
    ]);
  });

  it('removeDestination unlinks (the sheet stays); another spreadsheet is not emulated', () => {
    const s = formServices();
    const form = registrationForm(s);
    form.setDestination(s.globals.FormApp.DestinationType.SPREADSHEET, s.workbook.id);
    form.removeDestination();
    expect(s.workbook.sheets[0]!.name).toBe('Câu trả lời biểu mẫu 1');
    expect(s.workbook.sheets[0]!.formId).toBeUndefined();
    expect(errorOf(() => form.getDestinationId()).message).toBe('The form currently has no response destination.');
    expect(errorOf(() => form.setDestination(s.globals.FormApp.DestinationType.SPREADSHEET, 'other')).message).toMatch(/^Not emulated/);
  });
});

describe('columns of a linked form', () => {
  it('a new question gets a column right after the last form column, shifting the columns to its right', () => {
    const s = formServices();
    const form = registrationForm(s);
    form.setDestination(s.globals.FormApp.DestinationType.SPREADSHEET, s.workbook.id);
    const sheet = s.globals.SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Câu trả lời biểu mẫu 1')!;
    sheet.getRange(1, 6, 1, 2).setValues([['Kết quả kiểm tra', 'Chi tiết']]);
    s.forms.submit(form.getId(), { 'Đơn vị đăng ký': 'Chi bộ thôn 1' });
    sheet.getRange(2, 6).setValue('Hợp lệ');
    form.addTextItem().setTitle('Quy mô');
    expect(sheet.getRange(1, 1, 1, 8).getValues()[0]).toEqual(
      ['Dấu thời gian', 'Đơn vị đăng ký', 'Tên mô hình', 'Thời gian bắt đầu', 'Cam kết', 'Quy mô', 'Kết quả kiểm tra', 'Chi tiết']);
    expect(sheet.getRange(2, 7).getValue()).toBe('Hợp lệ');
    s.forms.submit(form.getId(), { 'Đơn vị đăng ký': 'Chi bộ thôn 2', 'Quy mô': 'Toàn xã' });
    expect(sheet.getRange(3, 6, 1, 2).getValues()[0]).toEqual(['Toàn xã', '']);
  });

  it('a renamed question renames its header; a deleted one keeps its column and data', () => {
    const s = formServices();
    const form = registrationForm(s);
    form.setDestination(s.globals.FormApp.DestinationType.SPREADSHEET, s.workbook.id);
    s.forms.submit(form.getId(), { 'Đơn vị đăng ký': 'Chi bộ thôn 1', 'Tên mô hình': 'A' });
    form.getItems(s.globals.FormApp.ItemType.TEXT)[0]!.setTitle('Tên mô hình, phong trào, việc làm');
    const values = sheetValues(s, 'Câu trả lời biểu mẫu 1');
    expect(values[0]![2]).toBe('Tên mô hình, phong trào, việc làm');
    form.deleteItem(form.getItems(s.globals.FormApp.ItemType.TEXT)[0]!);
    expect(values[0]![2]).toBe('Tên mô hình, phong trào, việc làm');
    expect(values[1]![2]).toBe('A');
    s.forms.submit(form.getId(), { 'Đơn vị đăng ký': 'Chi bộ thôn 2' });
    expect(values[2]![1]).toBe('Chi bộ thôn 2');
    expect(values[2]![2] ?? '').toBe('');
  });

  it('answers still land under their headers after a script inserted a column among them', () => {
    const s = formServices();
    const form = registrationForm(s);
    form.setDestination(s.globals.FormApp.DestinationType.SPREADSHEET, s.workbook.id);
    const sheet = s.globals.SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Câu trả lời biểu mẫu 1')!;
    sheet.insertColumnBefore(3);
    sheet.getRange(1, 3).setValue('Ghi chú');
    s.forms.submit(form.getId(), { 'Đơn vị đăng ký': 'Chi bộ thôn 1', 'Tên mô hình': 'A' });
    expect(sheet.getRange(2, 1, 1, 4).getValues()[0]!.slice(1)).toEqual(['Chi bộ thôn 1', '', 'A']);
  });

  it('collecting addresses adds the email column after the timestamp', () => {
    const s = formServices();
    const form = registrationForm(s);
    form.setDestination(s.globals.FormApp.DestinationType.SPREADSHEET, s.workbook.id);
    form.setCollectEmail(true);
    const values = sheetValues(s, 'Câu trả lời biểu mẫu 1');
    expect(values[0]!.slice(0, 3)).toEqual(['Dấu thời gian', 'Địa chỉ email', 'Đơn vị đăng ký']);
    s.forms.submit(form.getId(), { 'Đơn vị đăng ký': 'Chi bộ thôn 1' }, { respondentEmail: 'bithu@thon1.example' });
    expect(values[1]!.slice(1, 3)).toEqual(['bithu@thon1.example', 'Chi bộ thôn 1']);
    expect(errorOf(() => s.forms.submit(form.getId(), { 'Đơn vị đăng ký': 'Chi bộ thôn 1' })).message).toMatch(/respondentEmail/);
  });
});

describe('the rows a submission writes', () => {
  it('timestamp as a Date of that instant, dates at local midnight, checkboxes joined, "=" text as text', () => {
    const s = formServices();
    const form = registrationForm(s);
    form.setDestination(s.globals.FormApp.DestinationType.SPREADSHEET, s.workbook.id);
    const at = MONDAY_9AM_HANOI + 1234;
    const submission = s.forms.submit(form.getId(), {
      'Đơn vị đăng ký': 'Chi bộ thôn 1',
      'Tên mô hình': '=HYPERLINK("http://x","y")',
      'Thời gian bắt đầu': '2026-01-05',
      'Cam kết': ['Mới', 'Có kế hoạch'],
    }, { at });
    expect(submission).toMatchObject({ sheetName: 'Câu trả lời biểu mẫu 1', row: 2, edit: false, runs: [] });
    const sheet = s.workbook.sheets[0]!;
    const row = sheet.values[1]!;
    expect(row[0]).toBeInstanceOf(Date);
    expect((row[0] as Date).getTime()).toBe(at);
    expect(row[1]).toBe('Chi bộ thôn 1');
    expect(row[2]).toBe('=HYPERLINK("http://x","y")');
    expect(sheet.formulas[1]?.[2] ?? '').toBe('');
    expect((row[3] as Date).toISOString()).toBe('2026-01-04T17:00:00.000Z');
    expect(row[4]).toBe('Mới, Có kế hoạch');
    const shown = s.globals.SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Câu trả lời biểu mẫu 1')!.getRange(2, 1, 1, 5).getDisplayValues()[0];
    expect(shown).toEqual(['15/12/2025 9:00:01', 'Chi bộ thôn 1', '=HYPERLINK("http://x","y")', '05/01/2026', 'Mới, Có kế hoạch']);
  });

  it('the hook refuses what the form would refuse', () => {
    const s = formServices();
    const form = registrationForm(s);
    expect(errorOf(() => s.forms.submit(form.getId(), { 'Tên mô hình': 'A' })).message).toMatch(/required question "Đơn vị đăng ký"/);
    expect(errorOf(() => s.forms.submit(form.getId(), { 'Đơn vị đăng ký': 'Thôn 9' })).message).toMatch(/no choice "Thôn 9"/);
    expect(errorOf(() => s.forms.submit(form.getId(), { 'Đơn vị đăng ký': 'Chi bộ thôn 1', 'Không có': 'x' })).message).toMatch(/no question/);
    form.setAcceptingResponses(false);
    expect(errorOf(() => s.forms.submit(form.getId(), { 'Đơn vị đăng ký': 'Chi bộ thôn 1' })).message).toMatch(/not accepting/);
  });

  it('a file-upload question added by hand (test hook) is read back as Drive links and file ids', () => {
    const s = formServices();
    const form = registrationForm(s);
    form.setDestination(s.globals.FormApp.DestinationType.SPREADSHEET, s.workbook.id);
    const id = s.forms.addFileUploadItem(form.getId(), 'Văn bản đăng ký');
    s.forms.submit(form.getId(), { 'Đơn vị đăng ký': 'Chi bộ thôn 1', 'Văn bản đăng ký': ['f1', 'f2'] });
    expect(s.workbook.sheets[0]!.values[1]![5]).toBe('https://drive.google.com/open?id=f1, https://drive.google.com/open?id=f2');
    const item = form.getItemById(id)!;
    expect(String(item.getType())).toBe('FILE_UPLOAD');
    expect(errorOf(() => item.asTextItem()).message).toBe('Invalid conversion for item type: FILE_UPLOAD');
    expect(form.getResponses()[0]!.getResponseForItem(item)!.getResponse()).toEqual(['f1', 'f2']);
  });
});
