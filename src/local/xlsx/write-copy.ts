/**
 * Writes the result of a run into a copy of the user's own .xlsx (issue 12, item 7): the
 * original file is loaded, and only what the run changed — cell values and formulas, row
 * colours, notes, bold, dropdowns, frozen rows, column widths, new sheets and the hidden
 * properties sheet — is written over it. Everything else (merged cells, hidden rows,
 * filters, number formats, rich text, hyperlinks, other sheets, a user sheet named like the
 * properties sheet) is as the user left it.
 */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { CellValue, DataValidationModel, SheetModel, WorkbookModel } from '../emulator/workbook-model';
import { backgroundToFill } from './colors';
import { writeCell } from './cell-value';
import { findPropertiesWorksheet, isListsWorksheet } from './read';
import './serial-dates';
import './xml-chunks';
import { ListFormulas, LISTS_SHEET, toExcelValidation } from './validations';
import { addHiddenTextSheet, writePropertiesSheet, writeSheet } from './write';
import { widthFromPixels } from './widths';

/** What a sheet held when it was read: the parts a run may change, and the model sheet it is of. */
export type SheetSnapshot = Pick<SheetModel,
  'name' | 'sheetId' | 'frozenRows' | 'values' | 'formulas' | 'notes' | 'backgrounds' | 'fontWeights' | 'validations' | 'columnWidths'>
  & { sheet: SheetModel };

/** A copy of every sheet as read (rows are copied, cells are shared: a run replaces cells, never mutates them). */
export function snapshotModel(model: WorkbookModel): SheetSnapshot[] {
  const rows = <T>(grid: T[][]) => grid.map((row) => row.slice());
  return model.sheets.map((s) => ({
    sheet: s, name: s.name, sheetId: s.sheetId, frozenRows: s.frozenRows,
    values: rows(s.values), formulas: rows(s.formulas), notes: rows(s.notes), backgrounds: rows(s.backgrounds),
    fontWeights: rows(s.fontWeights),
    validations: new Map([...s.validations].map(([k, v]) => [k, { ...v, values: [...v.values] }])),
    columnWidths: new Map(s.columnWidths),
  }));
}

const sameValue = (a: CellValue | undefined, b: CellValue | undefined): boolean => {
  const x = a ?? '';
  const y = b ?? '';
  if (x instanceof Date && y instanceof Date) return x.getTime() === y.getTime();
  return x === y;
};

const sameRule = (a: DataValidationModel | undefined, b: DataValidationModel | undefined) =>
  JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/**
 * Styles of a loaded file are shared between cells; a changed colour or weight gives a cell
 * a derived style, and every cell with the same original style and the same change shares
 * that one derived style object. exceljs then writes it once (its style index is keyed by
 * object), instead of copying, hashing and storing a style per cell — at 50,000 rows × 22
 * columns of row colour that is what made writing slow and heavy.
 */
class DerivedStyles {
  private readonly byOriginal = new Map<Partial<ExcelJS.Style> | undefined, Map<string, Partial<ExcelJS.Style>>>();

  styleFor(original: Partial<ExcelJS.Style> | undefined, background: string | undefined, bold: boolean | undefined): Partial<ExcelJS.Style> {
    let derived = this.byOriginal.get(original);
    if (!derived) { derived = new Map(); this.byOriginal.set(original, derived); }
    const key = `${background ?? ''}|${bold ?? ''}`;
    let style = derived.get(key);
    if (!style) {
      style = { ...original };
      if (background !== undefined) style.fill = backgroundToFill(background) ?? { type: 'pattern', pattern: 'none' };
      if (bold !== undefined) style.font = { ...original?.font, bold };
      derived.set(key, style);
    }
    return style;
  }
}

/** Writes the cells of `after` that differ from `before` into `worksheet`. */
function applyChanges(
  worksheet: ExcelJS.Worksheet, before: SheetSnapshot, after: SheetModel, timeZone: string, formulas: ListFormulas, styles: DerivedStyles,
): void {
  const rowCount = Math.max(before.values.length, after.values.length, before.notes.length, after.notes.length,
    before.backgrounds.length, after.backgrounds.length, before.fontWeights.length, after.fontWeights.length);
  for (let r = 0; r < rowCount; r++) {
    const width = Math.max(before.values[r]?.length ?? 0, after.values[r]?.length ?? 0, before.notes[r]?.length ?? 0,
      after.notes[r]?.length ?? 0, before.backgrounds[r]?.length ?? 0, after.backgrounds[r]?.length ?? 0,
      before.fontWeights[r]?.length ?? 0, after.fontWeights[r]?.length ?? 0);
    for (let c = 0; c < width; c++) {
      const value = after.values[r]?.[c];
      const formula = after.formulas[r]?.[c] ?? '';
      const valueChanged = !sameValue(before.values[r]?.[c], value) || (before.formulas[r]?.[c] ?? '') !== formula;
      const note = after.notes[r]?.[c] ?? '';
      const noteChanged = (before.notes[r]?.[c] ?? '') !== note;
      const background = after.backgrounds[r]?.[c] ?? '#ffffff';
      const backgroundChanged = (before.backgrounds[r]?.[c] ?? '#ffffff') !== background;
      const bold = after.fontWeights[r]?.[c] === 'bold';
      const boldChanged = (before.fontWeights[r]?.[c] === 'bold') !== bold;
      if (!valueChanged && !noteChanged && !backgroundChanged && !boldChanged) continue;
      const cell = worksheet.getCell(r + 1, c + 1);
      // A cell merged away under the user's merge shows nothing in Sheets: writing it would overwrite the merge's value.
      if (cell.isMerged && cell.master !== cell) continue;
      if (backgroundChanged || boldChanged) {
        cell.style = styles.styleFor(cell.style, backgroundChanged ? background : undefined, boldChanged ? bold : undefined);
      }
      // A date written sets its number format on the cell's style: give that cell a style of its own first.
      if (valueChanged && value instanceof Date) cell.style = { ...cell.style };
      if (valueChanged) {
        if ((value === undefined || value === '') && !formula) cell.value = null;
        else writeCell(cell, value, formula, timeZone);
      }
      if (noteChanged) {
        if (note) cell.note = note;
        else (cell as unknown as { _comment?: unknown })._comment = undefined;
      }
    }
  }
  const keys = new Set([...before.validations.keys(), ...after.validations.keys()]);
  for (const key of keys) {
    const rule = after.validations.get(key);
    if (sameRule(before.validations.get(key), rule)) continue;
    const [row, column] = key.split(',').map(Number);
    const cell = worksheet.getCell(row, column);
    if (rule) cell.dataValidation = toExcelValidation(rule, formulas);
    else (cell as unknown as { dataValidation?: unknown }).dataValidation = undefined;
  }
  if (before.frozenRows !== after.frozenRows) {
    worksheet.views = after.frozenRows > 0 ? [{ state: 'frozen', xSplit: 0, ySplit: after.frozenRows }] : [];
  }
  for (const [column, pixels] of after.columnWidths) {
    if (before.columnWidths.get(column) !== pixels) worksheet.getColumn(column).width = widthFromPixels(pixels);
  }
}

/** Long dropdown lists of new or changed rules go after the columns an existing lists sheet already uses. */
function listsFrom(workbook: ExcelJS.Workbook): { formulas: ListFormulas; existing?: ExcelJS.Worksheet } {
  const existing = workbook.worksheets.find(isListsWorksheet);
  return { formulas: new ListFormulas(existing ? existing.columnCount : 0), existing };
}

/**
 * Writes `after` into a copy of the original file (its path, or the workbook the reader
 * loaded from it) at `file`: `before` is what the reader made of the original
 * (snapshotModel right after readWorkbookXlsx).
 */
export async function writeIntoCopy(
  original: string | ExcelJS.Workbook, before: readonly SheetSnapshot[], after: WorkbookModel, file: string,
): Promise<void> {
  // The workbook the reader loaded (not changed by reading), or the file loaded again.
  const workbook = typeof original === 'string' ? new ExcelJS.Workbook() : original;
  if (typeof original === 'string') await workbook.xlsx.readFile(original);
  const oldProperties = findPropertiesWorksheet(workbook);
  if (oldProperties) workbook.removeWorksheet(oldProperties.id);
  const { formulas, existing: listsSheet } = listsFrom(workbook);
  const bySheet = new Map(before.map((s) => [s.sheet, s]));
  const styles = new DerivedStyles();
  for (const sheet of after.sheets) {
    const original = bySheet.get(sheet);
    const worksheet = original ? workbook.getWorksheet(original.name) : undefined;
    if (!original || !worksheet) { writeSheet(workbook, sheet, after.timeZone, formulas); continue; }
    if (worksheet.name !== sheet.name) worksheet.name = sheet.name;
    applyChanges(worksheet, original, sheet, after.timeZone, formulas, styles);
  }
  const start = formulas.firstColumn;
  formulas.sheetLists.forEach((values, i) => {
    const target = listsSheet ?? workbook.getWorksheet(LISTS_SHEET) ?? addHiddenTextSheet(workbook, LISTS_SHEET, []);
    values.forEach((value, r) => { target.getCell(r + 1, start + i + 1).value = value; });
  });
  writePropertiesSheet(workbook, after, after.sheets);
  await mkdir(path.dirname(path.resolve(file)), { recursive: true });
  await workbook.xlsx.writeFile(file);
}
