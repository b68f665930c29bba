/**
 * Issue 12, item 3: a number typed into a date cell (`20260105`, or `912345678` in a
 * date-formatted cell) never stops the run, gives a reason naming its row and column, and
 * the user's cell comes back exactly as it was — so the next run says the same, not "chưa điền".
 */
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { runJob } from '../../src/local/cli/run-job';
import { readWorkbookXlsx } from '../../src/local/xlsx';
import { cell, sheet } from '../support/bundle';
import { columnOf, editedDemo } from './hostile-helpers';

describe('a number in a date cell', () => {
  it('is read as the number, judged with a reason, and written back as it was', async () => {
    const { file, dir } = await editedDemo((wb) => {
      const reg = wb.getWorksheet('Đăng ký')!;
      const start = reg.getCell(2, columnOf(reg, 'Thời gian bắt đầu'));
      start.value = 20260105;
      start.numFmt = 'dd/mm/yyyy';
      const end = reg.getCell(3, columnOf(reg, 'Thời gian hoàn thành'));
      end.value = 912345678;
      end.numFmt = 'dd/mm/yyyy';
    });
    const model = await readWorkbookXlsx(file);
    expect(cell(sheet(model, 'Đăng ký'), 2, 'Thời gian bắt đầu')).toBe(20260105);
    expect(cell(sheet(model, 'Đăng ký'), 3, 'Thời gian hoàn thành')).toBe(912345678);

    const out = path.join(dir, 'ra');
    await runJob({ workbook: file, today: '2025-12-20', outDir: out });
    const back = await readWorkbookXlsx(path.join(out, 'dang-ky.xlsx'));
    const reg = sheet(back, 'Đăng ký');
    expect(cell(reg, 2, 'Thời gian bắt đầu')).toBe(20260105);
    expect(cell(reg, 3, 'Thời gian hoàn thành')).toBe(912345678);
    expect(String(cell(reg, 2, 'Chi tiết'))).toContain('Thời gian bắt đầu: "20260105" không phải ngày hợp lệ');
    expect(String(cell(reg, 3, 'Chi tiết'))).toContain('Thời gian hoàn thành: "912345678" không phải ngày hợp lệ');
    expect(String(cell(reg, 3, 'Chi tiết'))).not.toContain('Invalid Date');

    const raw = new ExcelJS.Workbook();
    await raw.xlsx.readFile(path.join(out, 'dang-ky.xlsx'));
    const ws = raw.getWorksheet('Đăng ký')!;
    expect(ws.getCell(3, columnOf(ws, 'Thời gian hoàn thành')).numFmt).toBe('dd/mm/yyyy');
  });
});
