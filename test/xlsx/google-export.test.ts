/** Reading a workbook shaped like a Google Sheets export (built with exceljs directly). */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ANSWER, TIMESTAMP_ALIASES } from '../../src/core/contract';
import type { SheetModel, WorkbookModel } from '../../src/local/emulator/workbook-model';
import { readWorkbookXlsx } from '../../src/local/xlsx';
import { writeGoogleStyleExport } from '../fixtures/google-export';
import { tempDir } from './helpers';

describe('readWorkbookXlsx on a Google-style export', () => {
  let model: WorkbookModel;
  let responses: SheetModel;
  let cleanup = async (): Promise<void> => {};

  beforeAll(async () => {
    const temp = await tempDir();
    cleanup = temp.cleanup;
    const file = path.join(temp.dir, 'google-export.xlsx');
    await writeGoogleStyleExport(file);
    model = await readWorkbookXlsx(file);
    responses = model.sheets[0];
  });
  afterAll(() => cleanup());

  it('reads every sheet in order, with the default time zone and no document properties', () => {
    expect(model.sheets.map((s) => [s.name, s.sheetId, s.hidden])).toEqual([
      ['Đăng ký', 0, false], ['Khối', 1, false], ['Ghi chú', 2, true],
    ]);
    expect(model.timeZone).toBe('Asia/Ho_Chi_Minh');
    expect(model.documentProperties).toEqual({});
  });

  it('keeps the English Timestamp header and reads date cells as instants in the time zone', () => {
    expect(responses.values[0][0]).toBe(TIMESTAMP_ALIASES[0]);
    expect(responses.values[0][1]).toBe(ANSWER.unit);
    expect(responses.values[1][0]).toEqual(new Date(Date.UTC(2025, 11, 15, 16, 59, 30))); // 23:59:30 UTC+7
    expect(responses.values[1][3]).toEqual(new Date(Date.UTC(2026, 0, 9, 17, 0))); // 10/01/2026 00:00 UTC+7
    expect(responses.values[2][3]).toBe('01.02.2026');
  });

  it('reads rich text and hyperlinks as their text, errors as their code', () => {
    expect(responses.values[1][2]).toBe('Phong trào hiến đất mở rộng đường');
    expect(responses.values[1][4]).toBe('Văn bản đăng ký');
    expect(responses.values[2][6]).toBe('#N/A');
  });

  it('reads formulas with their text and cached result, shared formulas translated', () => {
    expect(responses.formulas[1][6]).toBe('=D2-DATE(2025,12,31)');
    expect(responses.values[1][6]).toBe(10);
    expect(responses.formulas[1][7]).toBe('=G2*2');
    expect(responses.formulas[2][7]).toBe('=G3*2');
    expect(responses.values[1][7]).toBe(20);
  });

  it('reads bold, fills, notes, frozen rows and column widths', () => {
    expect(responses.fontWeights[0].every((w) => w === 'bold')).toBe(true);
    expect(responses.fontWeights[1][0]).toBe('normal');
    expect(responses.backgrounds[1][0]).toBe('#d9ead3');
    expect(responses.backgrounds[1][1]).toBe('#ffffff');
    expect(responses.notes[1][1]).toBe('Đơn vị đúng danh sách');
    expect(responses.frozenRows).toBe(1);
    expect(responses.columnWidths.get(1)).toBe(140);
    expect(responses.columnWidths.get(3)).toBe(280);
  });

  it('ignores trailing styled empty rows: values are dense up to the used extent', () => {
    expect(responses.values).toHaveLength(3);
    expect(responses.values.every((row) => row.length === 8)).toBe(true);
    expect([responses.maxRows, responses.maxColumns]).toEqual([1000, 26]);
  });

  it('reads inline lists and lists from a range as list rules keyed by "row,col"', () => {
    expect(responses.validations.get('2,6')).toEqual({
      kind: 'list', values: ['Chờ duyệt', 'Đã duyệt', 'Yêu cầu bổ sung', 'Không duyệt'], showDropdown: true, allowInvalid: false,
    });
    expect(responses.validations.get('20,6')?.values).toHaveLength(4);
    expect(responses.validations.get('5,2')).toEqual({
      kind: 'list', values: ['Khối Ban Đảng', 'Khối Mặt trận, đoàn thể', 'Khối chi bộ thôn'], showDropdown: true, allowInvalid: true,
    });
    expect(responses.validations.size).toBe(38);
  });

  it('reads booleans and numbers of a hidden sheet', () => {
    expect(model.sheets[2].values).toEqual([[true, 42.5]]);
  });
});
