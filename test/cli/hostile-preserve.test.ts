/**
 * Issue 12, item 7: the command line writes into a copy of the user's workbook and changes
 * only the cells, colours and notes the add-in writes. Merged cells, hidden rows, filters,
 * frozen panes, number formats, rich text, hyperlinks, a person's note and a user sheet
 * named like the hidden properties sheet all come back as the user left them.
 */
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { runJob } from '../../src/local/cli/run-job';
import { readWorkbookXlsx } from '../../src/local/xlsx';
import { sheet } from '../support/bundle';
import { columnOf, editedDemo } from './hostile-helpers';

const RICH = { richText: [{ text: 'Mô hình ', font: { bold: true } }, { text: 'sạch đẹp', font: { italic: true } }] };
const LINK = { text: 'Văn bản', hyperlink: 'https://drive.google.com/file/d/abc/view' };

describe('the output is the user\'s workbook with only the run\'s changes', () => {
  it('keeps merges, hidden rows, filters, frozen panes, number formats, rich text, hyperlinks, notes and a sheet named _thidua_properties', async () => {
    let noteCell = '';
    const { file, dir } = await editedDemo((wb) => {
      const reg = wb.getWorksheet('Đăng ký')!;
      reg.getCell(2, columnOf(reg, 'Tên mô hình, phong trào, việc làm')).value = RICH;
      reg.getCell(2, columnOf(reg, 'Văn bản đăng ký')).value = LINK;
      reg.autoFilter = 'A1:D1';
      // A person's note on an empty answer cell of a row the check will mark.
      const scale = columnOf(reg, 'Quy mô');
      let row = 0;
      reg.eachRow((r, n) => { if (!row && n > 1 && (r.getCell(scale).value ?? '') === '') row = n; });
      noteCell = reg.getCell(row, scale).address;
      reg.getCell(noteCell).note = 'Đã gọi điện, đơn vị hứa bổ sung';
      const units = wb.getWorksheet('Đơn vị')!;
      units.getRow(5).hidden = true;
      units.getCell('M1').value = 'Ghi chú riêng';
      units.mergeCells('M2:N2');
      units.getCell('M2').value = 'ô gộp';
      units.getCell(3, columnOf(units, 'Tối đa')).value = 2;
      units.getCell(3, columnOf(units, 'Tối đa')).numFmt = '0.00';
      // The add-in's own hidden sheet moved aside by an earlier run, and a user sheet of that name.
      wb.getWorksheet('_thidua_properties')!.name = '_thidua_properties_2';
      const mine = wb.addWorksheet('_thidua_properties');
      mine.getCell('A1').value = 'Sổ tay của tôi';
      mine.views = [{ state: 'frozen', xSplit: 1, ySplit: 1 }];
    });
    const out = path.join(dir, 'ra');
    await runJob({ workbook: file, today: '2025-12-20', outDir: out });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(out, 'dang-ky.xlsx'));
    const reg = wb.getWorksheet('Đăng ký')!;
    expect(reg.getCell(2, columnOf(reg, 'Tên mô hình, phong trào, việc làm')).value).toEqual(RICH);
    expect(reg.getCell(2, columnOf(reg, 'Văn bản đăng ký')).value).toEqual(LINK);
    expect(reg.autoFilter).toBe('A1:D1');
    expect(reg.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    const note = reg.getCell(noteCell).note;
    const noteText = typeof note === 'string' ? note : (note?.texts ?? []).map((t) => t.text).join('');
    expect(noteText.startsWith('Đã gọi điện, đơn vị hứa bổ sung')).toBe(true);
    expect(noteText).toContain('[Thi đua] Quy mô');
    const units = wb.getWorksheet('Đơn vị')!;
    expect(units.getRow(5).hidden).toBe(true);
    expect(units.model.merges).toContain('M2:N2');
    expect(units.getCell('M2').value).toBe('ô gộp');
    expect(units.getCell(3, columnOf(units, 'Tối đa')).numFmt).toBe('0.00');
    const mine = wb.getWorksheet('_thidua_properties')!;
    expect(mine.getCell('A1').value).toBe('Sổ tay của tôi');
    expect(mine.state).toBe('visible');

    // The properties still travel: a run on the output continues from it.
    const model = await readWorkbookXlsx(path.join(out, 'dang-ky.xlsx'));
    expect(model.sheets.map((s) => s.name)).toContain('_thidua_properties');
    expect(Object.keys(model.documentProperties).length).toBeGreaterThan(0);
    expect(sheet(model, '_thidua_properties').values[0][0]).toBe('Sổ tay của tôi');
  });
});
