/**
 * Issue 12, item 6: one stray far-away cell (XFD1, A1048576) is neither a reason to fail
 * ("16385 is out of bounds", nothing written) nor to build a million-row grid: the data's
 * real extent is read and written, the stray cell is reported by its address and comes back
 * untouched.
 */
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { formatSummary } from '../../src/local/cli/print-summary';
import { runJob } from '../../src/local/cli/run-job';
import { readWorkbookXlsx } from '../../src/local/xlsx';
import { cell, sheet } from '../support/bundle';
import { columnOf, editedDemo } from './hostile-helpers';

describe('a stray cell far from the data', () => {
  it('is reported and kept, and the run reads, sets up and writes only the real extent', async () => {
    const { file, dir } = await editedDemo((wb) => {
      wb.getWorksheet('Đăng ký')!.getCell('A1048576').value = 'lạc dòng';
      const units = wb.getWorksheet('Đơn vị')!;
      units.getCell('XFD1').value = 'lạc cột';
      // A missing header makes setup append at the right of the real header row, not after XFD.
      units.getCell(1, columnOf(units, 'Cập nhật lúc')).value = null;
    });
    const stray: Array<{ sheet: string; cell: string }> = [];
    const model = await readWorkbookXlsx(file, { strayCells: stray });
    expect(stray).toHaveLength(2);
    expect(stray).toEqual(expect.arrayContaining([{ sheet: 'Đơn vị', cell: 'XFD1' }, { sheet: 'Đăng ký', cell: 'A1048576' }]));
    expect(sheet(model, 'Đăng ký').values.length).toBeLessThan(100);
    expect(sheet(model, 'Đơn vị').values[0].length).toBeLessThan(30);

    const out = path.join(dir, 'ra');
    const result = await runJob({ workbook: file, today: '2025-12-20', outDir: out });
    expect(result.setup.addedHeaders).toBe(1);
    expect(formatSummary(result)).toContain('Trang "Đăng ký", ô A1048576');
    const back = await readWorkbookXlsx(path.join(out, 'dang-ky.xlsx'));
    expect(cell(sheet(back, 'Đơn vị'), 1, 'Cập nhật lúc')).toBe('Cập nhật lúc');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(out, 'dang-ky.xlsx'));
    expect(wb.getWorksheet('Đăng ký')!.getCell('A1048576').value).toBe('lạc dòng');
    expect(wb.getWorksheet('Đơn vị')!.getCell('XFD1').value).toBe('lạc cột');
  }, 120_000);
});
