/**
 * Issue 12, the property: random hostile edits of a real workbook — header spellings, sheet-name
 * variants, error values, numbers in date cells, booleans, rich text, hyperlinks, notes, far
 * cells — go through `npm start -- --workbook`. The run never throws; every problem names its
 * sheet; no cell the user typed (value, number format, note) or sheet is changed or lost; and a
 * second run over the output changes nothing but one new line in `Nhật ký`.
 */
import path from 'node:path';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ANSWER, OWNED_HEADERS, PROGRESS_HEADER, RECOGNITION_COLUMN, SHEET, UNIT_OWNED_HEADERS } from '../../src/core/contract';
import { normalizeName } from '../../src/core/names';
import { runJob } from '../../src/local/cli/run-job';
import { editedDemo } from './hostile-helpers';

const SHEETS = [SHEET.config, SHEET.groups, SHEET.units, SHEET.fields, SHEET.registrations] as const;
const ANSWER_HEADERS = Object.values(ANSWER);
// The columns the add-in owns (§3.5, §13, §14): the only cells a run may change.
const ADDIN_HEADERS = new Set([...OWNED_HEADERS, ...UNIT_OWNED_HEADERS, PROGRESS_HEADER, RECOGNITION_COLUMN.dossier].map(normalizeName));

const nameVariant = fc.constantFrom<(s: string) => string>(
  (s) => s, (s) => `${s} `, (s) => s.toUpperCase(), (s) => s.toLowerCase(), (s) => s.normalize('NFD'),
);
const headerVariant = fc.constantFrom<(s: string) => string>(
  (s) => s, (s) => ` ${s.toUpperCase()} `, (s) => s.normalize('NFD'),
  (s) => s.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D'), // `Linh vuc`: a real misspelling
);
const cellValue = fc.constantFrom<ExcelJS.CellValue | 'date-number'>(
  { error: '#N/A' } as ExcelJS.CellErrorValue, { error: '#REF!' } as ExcelJS.CellErrorValue, true, false, 20260105, 'date-number',
  { richText: [{ text: 'chữ ', font: { bold: true } }, { text: 'đậm', font: { italic: true } }] },
  { text: 'liên kết', hyperlink: 'https://example.com/a' }, '=1+1', '<b>x</b>',
);
const edit = fc.record({
  sheetName: fc.tuple(fc.constantFrom(...SHEETS), nameVariant),
  header: fc.tuple(fc.constantFrom(...ANSWER_HEADERS), headerVariant),
  cells: fc.array(fc.tuple(fc.integer({ min: 2, max: 40 }), fc.constantFrom(...ANSWER_HEADERS), cellValue), { maxLength: 6 }),
  note: fc.tuple(fc.integer({ min: 2, max: 40 }), fc.constantFrom(...ANSWER_HEADERS)),
  farCell: fc.boolean(),
});
type Edit = typeof edit extends fc.Arbitrary<infer T> ? T : never;

function columnOfHeader(ws: ExcelJS.Worksheet, header: string): number {
  let found = 0;
  ws.getRow(1).eachCell((c, n) => { if (!found && normalizeName(c.value) === normalizeName(header)) found = n; });
  return found;
}

function apply(wb: ExcelJS.Workbook, e: Edit): void {
  const reg = wb.getWorksheet(SHEET.registrations)!;
  for (const [row, header, value] of e.cells) {
    const column = columnOfHeader(reg, header);
    if (!column) continue;
    const cell = reg.getCell(row, column);
    if (value === 'date-number') { cell.value = 912345678; cell.numFmt = 'dd/mm/yyyy'; } else cell.value = value;
  }
  const noteColumn = columnOfHeader(reg, e.note[1]);
  if (noteColumn) reg.getCell(e.note[0], noteColumn).note = 'Ghi chú của cán bộ';
  if (e.farCell) reg.getCell('B3000').value = 'ô lạc';
  const headerColumn = columnOfHeader(reg, e.header[0]);
  if (headerColumn) reg.getCell(1, headerColumn).value = e.header[1](e.header[0]);
  const [sheetName, variant] = e.sheetName;
  const ws = wb.getWorksheet(sheetName)!;
  ws.name = 'tạm'; // exceljs refuses a rename that differs only in case from the sheet's own name
  ws.name = variant(sheetName);
}

/** Every cell a person typed: sheet → address → [value, number format, note]. */
async function userCells(file: string): Promise<Map<string, string>> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const cells = new Map<string, string>();
  for (const ws of wb.worksheets) {
    if (ws.state !== 'visible' || normalizeName(ws.name) === normalizeName(SHEET.log)) continue;
    const addinColumns = new Set<number>();
    ws.getRow(1).eachCell((c, n) => { if (ADDIN_HEADERS.has(normalizeName(c.value))) addinColumns.add(n); });
    ws.eachRow((row, r) => row.eachCell((cell, c) => {
      if (r > 1 && addinColumns.has(c)) return;
      const note = typeof cell.note === 'string' ? cell.note : (cell.note?.texts ?? []).map((t) => t.text).join('');
      // The add-in's part of a note is its own: the person's part must be kept above it.
      const userNote = note.split('[Thi đua] ')[0].trim();
      cells.set(`${normalizeName(ws.name)}!${cell.address}`, JSON.stringify([cell.value, cell.numFmt ?? '', userNote]));
    }));
  }
  return cells;
}

async function sheetValues(file: string): Promise<Map<string, unknown[][]>> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const sheets = new Map<string, unknown[][]>();
  for (const ws of wb.worksheets) {
    const rows: unknown[][] = [];
    ws.eachRow((row, r) => { rows[r - 1] = JSON.parse(JSON.stringify(row.values)); });
    sheets.set(ws.name, rows);
  }
  return sheets;
}

describe('hostile workbooks through the command line (property)', () => {
  it('never throws, names the sheet of every problem, keeps every user cell, and a second run adds one log line', async () => {
    await fc.assert(fc.asyncProperty(edit, async (e) => {
      const { file, dir } = await editedDemo((wb) => apply(wb, e));
      const first = await runJob({ workbook: file, today: '2025-12-20', outDir: path.join(dir, 'a') });
      for (const problem of first.dashboard.problems) expect(problem).toMatch(/[Tt]rang "/);
      const out1 = path.join(dir, 'a', 'dang-ky.xlsx');
      const before = await userCells(file);
      const after = await userCells(out1);
      for (const [key, cell] of before) expect(after.get(key), key).toBe(cell);

      await runJob({ workbook: out1, today: '2025-12-20', outDir: path.join(dir, 'b') });
      const a = await sheetValues(out1);
      const b = await sheetValues(path.join(dir, 'b', 'dang-ky.xlsx'));
      const logName = [...a.keys()].find((n) => normalizeName(n) === normalizeName(SHEET.log))!;
      for (const [name, rows] of a) {
        if (name === logName || name.startsWith('_thidua')) continue;
        expect(b.get(name), name).toEqual(rows);
      }
      expect(b.get(logName)!.length).toBe(a.get(logName)!.length + 1);
    }), { numRuns: 5, seed: 12 });
  }, 300_000);
});
