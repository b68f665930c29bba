/**
 * Issue 12, the property's counterexample (seed 99): a workbook whose `Dấu thời gian` header
 * lost its diacritics, with a person's note under it. The command line reports the broken
 * structure, makes no notice, report or commendation from the sheet (and says why), and a
 * second run over its output adds exactly one line to `Nhật ký` — the check's.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ANSWER, SHEET } from '../../src/core/contract';
import { normalizeName } from '../../src/core/names';
import { formatSummary } from '../../src/local/cli/print-summary';
import { runJob } from '../../src/local/cli/run-job';
import { readWorkbookXlsx } from '../../src/local/xlsx';
import { columnOf, editedDemo } from './hostile-helpers';

const logLength = async (file: string) =>
  (await readWorkbookXlsx(file)).sheets.find((s) => normalizeName(s.name) === normalizeName(SHEET.log))!.values.length;

describe('a misspelt required header, run twice', () => {
  it('makes no document from the broken sheet, says why, and the second run adds one log line', async () => {
    const { file, dir } = await editedDemo((wb) => {
      const reg = wb.getWorksheet(SHEET.registrations)!;
      const column = columnOf(reg, ANSWER.timestamp);
      reg.getCell(2, column).note = 'Ghi chú của cán bộ';
      reg.getCell(1, column).value = 'Dau thoi gian';
    });
    const first = await runJob({ workbook: file, today: '2025-12-20', outDir: path.join(dir, 'a') });
    expect(first.check.structureProblems?.join(' ')).toContain('"Dấu thời gian"');
    expect(first.documents).toBeUndefined();
    expect(first.recognition).toBeUndefined();
    expect(formatSummary(first)).toContain('Không tạo thông báo, báo cáo hay hồ sơ khen thưởng nào');
    const out1 = path.join(dir, 'a', 'dang-ky.xlsx');
    await runJob({ workbook: out1, today: '2025-12-20', outDir: path.join(dir, 'b') });
    expect(await logLength(path.join(dir, 'b', 'dang-ky.xlsx'))).toBe(await logLength(out1) + 1);
  }, 120_000);
});
