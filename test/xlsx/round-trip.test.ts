/** WorkbookModel → .xlsx → WorkbookModel keeps every feature the model has. */
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { newSheetModel, newWorkbookModel, type WorkbookModel } from '../../src/local/emulator/workbook-model';
import { readWorkbookXlsx, writeWorkbookXlsx } from '../../src/local/xlsx';
import { denseView, tempDir } from './helpers';

/** An instant given as Asia/Ho_Chi_Minh wall time (UTC+7). */
function vn(year: number, month: number, day: number, hour = 0, minute = 0, second = 0, ms = 0): Date {
  return new Date(Date.UTC(year, month - 1, day, hour - 7, minute, second, ms));
}

const LONG_LIST = Array.from({ length: 32 }, (_, i) => `Chi bộ thôn ${i + 1} (xã Thọ Lập)`);

function richModel(): WorkbookModel {
  const model = newWorkbookModel('Thi đua Thọ Lập 2026');
  model.documentProperties = {
    lastRun: '2025-12-20T01:00:00.000Z',
    registrationIds: '{"r1":"DK-0001"}',
    formulaLike: '=SUM(1,2)',
  };

  const config = newSheetModel('Cấu hình', 3, 1200, 26);
  config.frozenRows = 1;
  config.values = [
    ['Mục', 'Giá trị', 'Ghi chú'],
    ['Năm', 2026, true],
    ['Hạn đăng ký', vn(2025, 12, 15), false],
    ['Gấp đôi', 4052, ''],
    ['Nội dung', '=HYPERLINK("http://x","y")', ''],
    ['Dài', 'x'.repeat(50_000), ''],
    ['', '', ''],
    ['', '', ''],
    ['', '', ''],
  ];
  config.formulas = [[], [], [], ['', '=B2*2', ''], [], [], [], [], []];
  config.notes = [[], [], ['', 'Hạn chót của kế hoạch', '']];
  config.backgrounds = [
    ['#d9ead3', '#d9ead3', '#d9ead3'],
    [], [], [], [], [],
    ['#fce5cd', '#ffffff', '#ffffff'],
    ['#ffffff', '#ffffff', '#ffffff'],
  ];
  config.fontWeights = [['bold', 'bold', 'normal']];
  config.validations.set('2,3', { kind: 'list', values: ['Có', 'Không'], showDropdown: true, allowInvalid: false });
  config.validations.set('3,3', {
    kind: 'list', values: ['Khối Ban Đảng', 'Khối Mặt trận, đoàn thể'], showDropdown: true, allowInvalid: true,
  });
  config.validations.set('4,3', { kind: 'list', values: LONG_LIST, showDropdown: true, allowInvalid: false });
  config.validations.set('30,2', { kind: 'list', values: ['Có', 'Không'], showDropdown: true, allowInvalid: false });
  config.columnWidths.set(1, 200);
  config.columnWidths.set(2, 350);

  const log = newSheetModel('Nhật ký', 9);
  log.hidden = true;
  log.values = [
    ['Thời gian', 'Thao tác'],
    [vn(2025, 12, 20, 8, 0, 5, 123), 'Gửi nhắc'],
    [vn(2025, 12, 15, 23, 59, 59), 'Kiểm tra'],
  ];

  const empty = newSheetModel('Trống', 12, 50, 5);
  model.sheets = [config, log, empty];
  return model;
}

describe('writeWorkbookXlsx → readWorkbookXlsx', () => {
  let dir = '';
  let cleanup = async (): Promise<void> => {};
  beforeEach(async () => ({ dir, cleanup } = await tempDir()));
  afterEach(() => cleanup());

  it('keeps sheets, values, formulas, notes, colours, bold, rules, widths, frozen rows and properties', async () => {
    const model = richModel();
    const file = path.join(dir, 'nested', 'round-trip.xlsx');
    await writeWorkbookXlsx(model, file);
    const back = await readWorkbookXlsx(file);

    expect(back.name).toBe('round-trip');
    expect(back.timeZone).toBe(model.timeZone);
    expect(back.documentProperties).toEqual(model.documentProperties);
    expect(back.sheets.map((s) => s.name)).toEqual(['Cấu hình', 'Nhật ký', 'Trống']);
    for (const [i, sheet] of model.sheets.entries()) {
      const read = back.sheets[i];
      expect(read.sheetId).toBe(sheet.sheetId);
      expect(read.hidden).toBe(sheet.hidden);
      expect(read.frozenRows).toBe(sheet.frozenRows);
      expect([read.maxRows, read.maxColumns]).toEqual([sheet.maxRows, sheet.maxColumns]);
      expect(denseView(read)).toEqual(denseView(sheet));
      expect(read.validations).toEqual(sheet.validations);
      expect(read.columnWidths).toEqual(sheet.columnWidths);
    }
  });

  it('keeps values dense only up to the used extent (a coloured empty row counts)', async () => {
    const file = path.join(dir, 'extent.xlsx');
    await writeWorkbookXlsx(richModel(), file);
    const config = (await readWorkbookXlsx(file)).sheets[0];
    expect(config.values).toHaveLength(7);
    expect(config.values.every((row) => row.length === 3)).toBe(true);
    expect(config.backgrounds[6][0]).toBe('#fce5cd');
    expect(config.values[4][1]).toBe('=HYPERLINK("http://x","y")');
    expect(config.formulas[4][1]).toBe('');
    expect((config.values[5][1] as string).length).toBe(50_000);
  });

  it('writes real Excel features: fills, comments, bold, frozen view, hidden state, list rules', async () => {
    const file = path.join(dir, 'excel.xlsx');
    await writeWorkbookXlsx(richModel(), file);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    const config = workbook.getWorksheet('Cấu hình')!;
    expect(config.getCell('A1').fill).toMatchObject({ type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9EAD3' } });
    expect(config.getCell('A1').font?.bold).toBe(true);
    expect(config.getCell('B3').note).toBe('Hạn chót của kế hoạch');
    expect(config.getCell('B4').formula).toBe('B2*2');
    expect(config.getCell('B4').result).toBe(4052);
    expect(config.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(config.getCell('C2').dataValidation).toMatchObject({ type: 'list', formulae: ['"Có,Không"'] });
    expect(config.getColumn(2).width).toBeCloseTo(50, 5);
    expect(workbook.getWorksheet('Nhật ký')!.state).toBe('hidden');
    expect(workbook.getWorksheet('_thidua_properties')!.state).toBe('hidden');
    expect(workbook.getWorksheet('_thidua_lists')!.state).toBe('hidden');
  });

  it('adds no helper sheet when there is nothing to store', async () => {
    const model = newWorkbookModel('Plain');
    model.sheets[0].values = [['Khối', 'Tối đa'], ['Khối chi bộ thôn', 2]];
    const file = path.join(dir, 'plain.xlsx');
    await writeWorkbookXlsx(model, file);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['Trang tính1']);
    const back = await readWorkbookXlsx(file);
    expect(back.documentProperties).toEqual({});
    expect(back.sheets[0]).toMatchObject({ sheetId: 0, maxRows: 1000, maxColumns: 26 });
    expect(back.sheets[0].values).toEqual(model.sheets[0].values);
  });

  it('keeps a non-default time zone and the instants of its dates (daylight saving included)', async () => {
    const model = newWorkbookModel('Berlin', 'Europe/Berlin');
    const summer = new Date('2026-07-01T21:59:00.000Z'); // 23:59 in Berlin (UTC+2)
    const winter = new Date('2026-01-15T22:59:00.000Z'); // 23:59 in Berlin (UTC+1)
    model.sheets[0].values = [[summer, winter]];
    const file = path.join(dir, 'berlin.xlsx');
    await writeWorkbookXlsx(model, file);

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    expect(workbook.getWorksheet('Trang tính1')!.getCell('A1').value).toEqual(new Date(Date.UTC(2026, 6, 1, 23, 59)));

    const back = await readWorkbookXlsx(file, { timeZone: 'Asia/Ho_Chi_Minh' });
    expect(back.timeZone).toBe('Europe/Berlin');
    expect(back.sheets[0].values[0]).toEqual([summer, winter]);
  });
});
