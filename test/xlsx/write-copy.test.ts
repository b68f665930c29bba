/**
 * writeIntoCopy (src/local/xlsx/write-copy.ts) writes a run's result into a copy of the
 * user's own .xlsx, the way run-job.ts uses it: read with helpers, snapshot, change the
 * model, write. Rules checked on a workbook with what users really have in theirs (a
 * bordered cell with a number format, rich text, a hyperlink, a merge, a hidden row, a
 * filter, a whole-number rule, a list rule over a column, a note, a sheet the run never
 * touches):
 * - parts the run has no reason to touch (theme, core properties, the untouched sheet) are
 *   byte for byte the original's;
 * - in the copy, everything of the user's is as it was, and what the run changed reads back
 *   (fill over the kept border and format, values, a date as wall time, a formula, notes,
 *   the new list on one cell of a column-wide rule, frozen rows, a width, a new sheet);
 * - readWorkbookXlsx of the copy is the changed model;
 * - writing the copy again with no change gives the same worksheets, styles and strings
 *   (idempotence), also when the run stored document properties (the properties sheet);
 * - text the run writes (sheet names, cell text) arrives as given even when it holds `$&`,
 *   `$1`, … (String.replace patterns) — the copy must stay a readable workbook.
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readZip, writeZip } from '../../src/local/emulator/zip-archive';
import { newSheetModel, type CellValue, type WorkbookModel } from '../../src/local/emulator/workbook-model';
import { readWorkbookXlsx, snapshotModel, writeIntoCopy, type HelperSheets } from '../../src/local/xlsx';
import { denseView, tempDir } from './helpers';

/** An instant given as Asia/Ho_Chi_Minh wall time (UTC+7). */
const vn = (year: number, month: number, day: number, hour = 0, minute = 0) => new Date(Date.UTC(year, month - 1, day, hour - 7, minute));

const SHEET = 'Đăng ký';
const OTHER = 'Khác';
const NEW_SHEET = 'Tổng hợp';
const OLD_LIST = ['Tốt', 'Khá', 'Đạt'];
const NEW_LIST = ['Xuất sắc', 'Hoàn thành'];
const UNITS = ['Thôn 1', 'Thôn 2', 'Chi bộ thôn 3', 'Hội Phụ nữ'];
const THIN = { style: 'thin' as const, color: { argb: 'FF000000' } };
const RICH: ExcelJS.CellRichTextValue = { richText: [{ text: 'Nguyễn ', font: { bold: true, color: { argb: 'FFC00000' } } }, { text: 'Văn An' }] };
const LINK = { text: 'Hồ sơ', hyperlink: 'https://example.com/ho-so?id=1&x=2' };
const WHOLE: ExcelJS.DataValidation = {
  type: 'whole', operator: 'between', allowBlank: true, showErrorMessage: true, formulae: [0, 1_000_000],
  errorTitle: 'Số tiền', error: 'Nhập số nguyên từ 0 đến 1.000.000',
};

/** The user's workbook, written by exceljs. */
async function writeOriginal(file: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Người dùng';
  const ws = workbook.addWorksheet(SHEET);
  ws.addRow(['STT', 'Họ và tên', 'Đơn vị', 'Số tiền', 'Xếp loại', 'Ngày đăng ký', 'Hồ sơ']);
  for (let i = 1; i <= 20; i++) {
    ws.addRow([i, `Người ${i}`, UNITS[i % UNITS.length], i * 1000, OLD_LIST[i % 3], new Date(Date.UTC(2025, 11, i, 9, 0))]);
  }
  ws.getCell('B2').value = RICH;
  ws.getCell('G2').value = LINK;
  ws.getCell('D3').border = { top: THIN, left: THIN, bottom: THIN, right: THIN };
  ws.getCell('D3').numFmt = '#,##0';
  ws.getCell('H1').value = 'Ghi chú chung';
  ws.mergeCells('H1:I1');
  ws.getRow(10).hidden = true;
  ws.autoFilter = 'A1:F21';
  for (let r = 2; r <= 21; r++) {
    ws.getCell(`D${r}`).dataValidation = WHOLE;
    ws.getCell(`E${r}`).dataValidation = { type: 'list', allowBlank: true, showErrorMessage: true, formulae: [`"${OLD_LIST.join(',')}"`] };
  }
  ws.getCell('C4').note = 'Đơn vị cũ';
  const other = workbook.addWorksheet(OTHER);
  other.addRow(['Mục', 'Giá trị']);
  other.addRow(['Năm', 2026]);
  other.getCell('A1').font = { bold: true };
  other.getCell('B3').value = { formula: 'B2+1', result: 2027 };
  await workbook.xlsx.writeFile(file);
}

/** Sets one cell of a model grid, growing the rows as needed (0-based). */
function put<T>(grid: T[][], r: number, c: number, value: T, empty: T): void {
  while (grid.length <= r) grid.push([]);
  const row = grid[r];
  while (row.length < c) row.push(empty);
  row[c] = value;
}

const FORMULA_ROW = 21; // row 22, 0-based
const DATE = vn(2026, 1, 5, 8, 30);

/** What a run does to the model: the changes of the brief. */
function mutate(model: WorkbookModel): void {
  const sheet = model.sheets.find((s) => s.name === SHEET)!;
  const value = (r: number, c: number, v: CellValue) => put(sheet.values, r, c, v, '');
  value(4, 1, 'Trần Thị Bình'); // B5: text
  value(5, 3, 12_345.5); // D6: number
  value(6, 5, DATE); // F7: a date (instant)
  const sum = sheet.values.slice(1, 21).reduce((s, row) => s + (typeof row[3] === 'number' ? row[3] : 0), 0);
  value(FORMULA_ROW, 3, sum); // D22: formula with its result
  put(sheet.formulas, FORMULA_ROW, 3, '=SUM(D2:D21)', '');
  value(FORMULA_ROW, 2, 'Tổng <cộng> & "hết"'); // C22: text with XML specials
  put(sheet.backgrounds, 2, 3, '#ffd966', '#ffffff'); // D3: the bordered, formatted cell
  put(sheet.fontWeights, 4, 1, 'bold', 'normal'); // B5
  put(sheet.fontWeights, 7, 2, 'bold', 'normal'); // C8: bold only
  put(sheet.notes, 5, 1, 'Đã xác minh', ''); // B6: new note
  put(sheet.notes, 3, 2, 'Đơn vị mới', ''); // C4: changed note
  sheet.validations.set('5,5', { kind: 'list', values: NEW_LIST, showDropdown: true, allowInvalid: false });
  sheet.frozenRows = 1;
  sheet.columnWidths.set(2, 240);
  const added = newSheetModel(NEW_SHEET, model.sheets.length);
  added.values = [['Khối', 'Số lượng'], ['Thôn', 3]];
  added.fontWeights = [['bold', 'bold']];
  model.sheets.push(added);
}

type Parts = Map<string, Buffer>;
const partsOf = async (file: string): Promise<Parts> => new Map(readZip(await readFile(file)).map((e) => [e.name, e.data]));

/** The worksheet part of each sheet name, from the workbook part and its relationships. */
function sheetParts(parts: Parts): Map<string, string> {
  const workbook = parts.get('xl/workbook.xml')!.toString('utf8');
  const rels = parts.get('xl/_rels/workbook.xml.rels')!.toString('utf8');
  const targets = new Map([...rels.matchAll(/<Relationship\b[^>]*>/g)].map((m) => [
    /\sId="([^"]+)"/.exec(m[0])![1], /\sTarget="([^"]+)"/.exec(m[0])![1].replace(/^\/?(xl\/)?/, 'xl/'),
  ]));
  const unescape = (s: string) => s.replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
  return new Map([...workbook.matchAll(/<sheet\b[^>]*>/g)].map((m) => [
    unescape(/\sname="([^"]*)"/.exec(m[0])![1]), targets.get(/\sr:id="([^"]+)"/.exec(m[0])![1])!,
  ]));
}

function noteText(note: ExcelJS.Cell['note']): string {
  if (!note) return '';
  if (typeof note === 'string') return note;
  return (note.texts ?? []).map((t) => t.text).join('');
}

async function openWithExcelJs(file: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  return workbook;
}

/** Reads `file` as run-job.ts does, lets `change` act on the model, and writes into a copy at `out`. */
async function run(file: string, out: string, change: (model: WorkbookModel) => void = () => {}): Promise<WorkbookModel> {
  const helpers: HelperSheets = {};
  const model = await readWorkbookXlsx(file, { helpers });
  const before = snapshotModel(model);
  change(model);
  await writeIntoCopy(file, helpers, before, model, out);
  return model;
}

/** Worksheet, styles and shared strings parts that differ between two packages. */
function changedParts(a: Parts, b: Parts): string[] {
  const names = [...new Set([...a.keys(), ...b.keys()])]
    .filter((n) => /^xl\/worksheets\/[^/]+\.xml$/.test(n) || n === 'xl/styles.xml' || n === 'xl/sharedStrings.xml');
  return names.filter((n) => !a.get(n) || !b.get(n) || !a.get(n)!.equals(b.get(n)!)).sort();
}

describe('writeIntoCopy: a run written into a copy of the user\'s workbook', () => {
  let dir = '';
  let cleanup = async (): Promise<void> => {};
  let original = '';
  let copy = '';
  let changed: WorkbookModel;
  beforeEach(async () => {
    ({ dir, cleanup } = await tempDir());
    original = path.join(dir, 'goc.xlsx');
    copy = path.join(dir, 'out', 'dang-ky.xlsx');
    await writeOriginal(original);
    changed = await run(original, copy, mutate);
  });
  afterEach(() => cleanup());

  it('keeps the parts the run has no reason to touch byte for byte', async () => {
    const before = await partsOf(original);
    const after = await partsOf(copy);
    for (const part of ['xl/theme/theme1.xml', 'docProps/core.xml', 'docProps/app.xml']) {
      expect(after.get(part), part).toBeDefined();
      expect(after.get(part)!.equals(before.get(part)!), `${part} is byte-identical`).toBe(true);
    }
    const otherPart = sheetParts(before).get(OTHER)!;
    expect(sheetParts(after).get(OTHER)).toBe(otherPart);
    expect(after.get(otherPart)!.toString('utf8')).toBe(before.get(otherPart)!.toString('utf8'));
    expect(after.get(otherPart)!.equals(before.get(otherPart)!)).toBe(true);
    // Every original part is still there (new ones may be added: the new sheet, notes).
    for (const name of before.keys()) expect(after.has(name), name).toBe(true);
  });

  it('keeps the user\'s formatting, rich text, link, merge, hidden row, filter and rules, with the run\'s changes over them', async () => {
    const before = (await openWithExcelJs(original)).getWorksheet(SHEET)!;
    const workbook = await openWithExcelJs(copy);
    const ws = workbook.getWorksheet(SHEET)!;

    // The bordered, formatted cell: border and number format kept, the new fill added, value kept.
    const d3 = ws.getCell('D3');
    expect(d3.border).toEqual(before.getCell('D3').border);
    expect(d3.border).toMatchObject({ top: { style: 'thin' }, left: { style: 'thin' }, bottom: { style: 'thin' }, right: { style: 'thin' } });
    expect(d3.numFmt).toBe('#,##0');
    expect(d3.fill).toMatchObject({ type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFD966' } });
    expect(d3.value).toBe(2000);

    expect(ws.getCell('B2').value).toEqual(RICH);
    expect(ws.getCell('G2').value).toEqual(LINK);
    expect(ws.getCell('H1').value).toBe('Ghi chú chung');
    expect(ws.getCell('I1').isMerged).toBe(true);
    expect(ws.getCell('I1').master.address).toBe('H1');
    expect(ws.getRow(10).hidden).toBe(true);
    expect(ws.getRow(9).hidden).toBe(false);
    expect(ws.autoFilter).toEqual(before.autoFilter);
    for (const r of [2, 5, 11, 21]) expect(ws.getCell(`D${r}`).dataValidation, `D${r}`).toEqual(before.getCell(`D${r}`).dataValidation);
    expect(ws.getCell('D5').dataValidation).toMatchObject({ type: 'whole', operator: 'between', formulae: [0, 1_000_000] });

    // The list rule: E5 has the new list, the rest of E2:E21 the old one.
    expect(ws.getCell('E5').dataValidation).toMatchObject({ type: 'list', formulae: [`"${NEW_LIST.join(',')}"`] });
    for (const r of [2, 3, 4, 6, 7, 21]) {
      expect(ws.getCell(`E${r}`).dataValidation, `E${r}`).toEqual(before.getCell(`E${r}`).dataValidation);
    }
    expect(ws.getCell('E22').dataValidation).toBeUndefined();

    // Values: text, number, a date (the instant's wall time in Asia/Ho_Chi_Minh), a formula with its result.
    expect(ws.getCell('B5').value).toBe('Trần Thị Bình');
    expect(ws.getCell('B5').font?.bold).toBe(true);
    expect(ws.getCell('C8').font?.bold).toBe(true);
    expect(ws.getCell('C8').value).toBe(before.getCell('C8').value);
    expect(ws.getCell('D6').value).toBe(12_345.5);
    expect(ws.getCell('F7').value).toEqual(new Date(Date.UTC(2026, 0, 5, 8, 30)));
    expect(ws.getCell('F7').numFmt).toMatch(/d.*m.*y/i);
    expect(ws.getCell('F8').value).toEqual(before.getCell('F8').value);
    expect(ws.getCell('D22').formula).toBe('SUM(D2:D21)');
    expect(ws.getCell('D22').result).toBe(changed.sheets[0].values[FORMULA_ROW][3]);
    expect(ws.getCell('C22').value).toBe('Tổng <cộng> & "hết"');

    // Notes, frozen rows, width.
    expect(noteText(ws.getCell('C4').note)).toBe('Đơn vị mới');
    expect(noteText(ws.getCell('B6').note)).toBe('Đã xác minh');
    expect(ws.getCell('B7').note).toBeUndefined();
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(ws.getColumn(2).width).toBeCloseTo(240 / 7, 5);

    // The other sheet as it was; the new sheet there, after it.
    expect(workbook.worksheets.map((w) => w.name)).toEqual([SHEET, OTHER, NEW_SHEET]);
    const other = workbook.getWorksheet(OTHER)!;
    expect(other.getCell('A1').font?.bold).toBe(true);
    expect(other.getCell('B3').formula).toBe('B2+1');
    const added = workbook.getWorksheet(NEW_SHEET)!;
    expect(added.getCell('A1').value).toBe('Khối');
    expect(added.getCell('B2').value).toBe(3);
    expect(added.getCell('B1').font?.bold).toBe(true);
  });

  it('reads back as the changed model', async () => {
    const back = await readWorkbookXlsx(copy);
    expect(back.sheets.map((s) => s.name)).toEqual([SHEET, OTHER, NEW_SHEET]);
    for (const sheet of changed.sheets) {
      const read = back.sheets.find((s) => s.name === sheet.name)!;
      expect(denseView(read), sheet.name).toEqual(denseView(sheet));
      expect(read.validations, sheet.name).toEqual(sheet.validations);
      expect(read.frozenRows, sheet.name).toBe(sheet.frozenRows);
      expect(read.columnWidths, sheet.name).toEqual(sheet.columnWidths);
      expect(read.hidden, sheet.name).toBe(false);
    }
    const main = back.sheets[0];
    expect(main.values[6][5]).toEqual(DATE);
    expect(main.formulas[FORMULA_ROW][3]).toBe('=SUM(D2:D21)');
    expect(main.validations.get('5,5')?.values).toEqual(NEW_LIST);
    expect(main.validations.get('4,5')?.values).toEqual(OLD_LIST);
    expect(main.validations.get('6,5')?.values).toEqual(OLD_LIST);
    expect(back.documentProperties).toEqual({});
  });

  it('written again with no change, gives the same worksheets, styles and shared strings', async () => {
    const again = path.join(dir, 'again.xlsx');
    await run(copy, again);
    const first = await partsOf(copy);
    const second = await partsOf(again);
    expect(changedParts(first, second)).toEqual([]);
    expect([...second.keys()].sort()).toEqual([...first.keys()].sort());
  });

  it('written again with no change after a run that stored document properties, gives the same parts too', async () => {
    // A real run stores the add-in's document properties: the copy then has the hidden properties sheet.
    const withProperties = path.join(dir, 'with-properties.xlsx');
    await run(original, withProperties, (model) => {
      mutate(model);
      model.documentProperties = { formId: 'form-123', lastRun: '2026-01-05T01:30:00.000Z' };
    });
    const back = await readWorkbookXlsx(withProperties);
    expect(back.documentProperties).toEqual({ formId: 'form-123', lastRun: '2026-01-05T01:30:00.000Z' });
    const again = path.join(dir, 'with-properties-again.xlsx');
    await run(withProperties, again);
    const first = await partsOf(withProperties);
    const second = await partsOf(again);
    expect(changedParts(first, second)).toEqual([]);
  });
});

describe('writeIntoCopy: text with `$` replacement patterns arrives as given', () => {
  let dir = '';
  let cleanup = async (): Promise<void> => {};
  beforeEach(async () => ({ dir, cleanup } = await tempDir()));
  afterEach(() => cleanup());

  it('a sheet renamed to, or added as, a name with `$1` / `$&` keeps that name (a copy that has the properties sheet)', async () => {
    const original = path.join(dir, 'goc.xlsx');
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Quỹ').getCell('A1').value = 'x';
    await workbook.xlsx.writeFile(original);
    const first = path.join(dir, 'first.xlsx');
    await run(original, first, (model) => { model.documentProperties = { formId: 'form-1' }; });
    const second = path.join(dir, 'second.xlsx');
    await run(first, second, (model) => {
      model.sheets[0].name = 'Quỹ $1';
      model.sheets.push(newSheetModel('Thu $& chi', 1));
    });
    const back = await readWorkbookXlsx(second);
    expect(back.sheets.map((s) => s.name)).toEqual(['Quỹ $1', 'Thu $& chi']);
    expect(back.documentProperties).toEqual({ formId: 'form-1' });
  });

  it('cell text with `$&` written into a file whose shared strings part is empty (`<sst/>`)', async () => {
    const original = path.join(dir, 'goc.xlsx');
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Số').getCell('A1').value = 5;
    await workbook.xlsx.writeFile(original);
    // Another producer's package: a shared strings part with no string in it, self-closed.
    const entries = readZip(await readFile(original));
    const text = (name: string) => entries.find((e) => e.name === name)!;
    const patch = (name: string, edit: (xml: string) => string) => { const e = text(name); e.data = Buffer.from(edit(e.data.toString('utf8'))); };
    patch('[Content_Types].xml', (xml) => xml.replace('</Types>',
      '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>'));
    patch('xl/_rels/workbook.xml.rels', (xml) => xml.replace('</Relationships>',
      '<Relationship Id="rId99" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>'));
    entries.push({ name: 'xl/sharedStrings.xml', data: Buffer.from('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="0" uniqueCount="0"/>') });
    const crafted = path.join(dir, 'crafted.xlsx');
    await writeFile(crafted, writeZip(entries));
    expect((await readWorkbookXlsx(crafted)).sheets[0].values).toEqual([[5]]);

    const copy = path.join(dir, 'copy.xlsx');
    await run(crafted, copy, (model) => { model.sheets[0].values = [[5, 'Giá $& đồng', "Mức $' và $1"]]; });
    const back = await readWorkbookXlsx(copy);
    expect(back.sheets[0].values).toEqual([[5, 'Giá $& đồng', "Mức $' và $1"]]);
  });
});
