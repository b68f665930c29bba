/**
 * One worksheet of an .xlsx into a SheetModel: used cells into dense arrays (values,
 * formulas, notes, backgrounds, bold), list validations, column widths, frozen rows,
 * hidden state, and the grid a reader infers for it.
 */
import ExcelJS from 'exceljs';
import { NO_COLOR } from '../../core/contract';
import type { CellValue, SheetModel } from '../emulator/workbook-model';
import { fillToBackground } from './colors';
import { readCell } from './cell-value';
import { inferredGrid } from './grid';
import { columnNumber, fromExcelValidation, type RangeReader } from './validations';
import { pixelsFromWidth } from './widths';

export interface SparseCell {
  row: number;
  column: number;
  value: CellValue;
  formula: string;
  note: string;
  background: string;
  bold: boolean;
}

function noteText(note: ExcelJS.Cell['note'] | undefined): string {
  if (!note) return '';
  if (typeof note === 'string') return note;
  return (note.texts ?? []).map((run) => run.text ?? '').join('');
}

function isUsed(cell: SparseCell): boolean {
  return cell.value !== '' || cell.formula !== '' || cell.note !== '' || cell.background !== NO_COLOR || cell.bold;
}

/** exceljs keeps rows and cells in sparse arrays: walking them visits only what the file holds. */
interface SparseRows { _rows: Array<{ _cells: Array<ExcelJS.Cell | undefined> } | undefined> }

/** Every used cell of a worksheet (anything the model keeps), visiting only the cells the file holds. */
function usedCells(worksheet: ExcelJS.Worksheet, timeZone: string): SparseCell[] {
  const cells: SparseCell[] = [];
  // Rows whose only content is a colour, a note or bold have no "values" for exceljs, so
  // eachRow would skip them; and eachRow/eachCell with includeEmpty would create an object
  // for every row and column up to a stray cell at A1048576 or XFD1.
  (worksheet as unknown as SparseRows)._rows.forEach((row, r) => {
    row?._cells.forEach((cell, c) => {
      if (!cell) return;
      const { value, formula } = readCell(cell, timeZone);
      const sparse: SparseCell = {
        row: r + 1, column: c + 1, value, formula,
        note: noteText(cell.note),
        background: fillToBackground(cell.fill),
        bold: cell.font?.bold === true,
      };
      if (isUsed(sparse)) cells.push(sparse);
    });
  });
  return cells;
}

/** Empty rows / columns between the data and a cell that make that cell a stray one. */
export const STRAY_GAP = { rows: 1000, columns: 100 } as const;

/**
 * The cells of the data's real extent, and the stray ones: a cell beyond a gap of more than
 * 1,000 empty rows or 100 empty columns from everything before it (a key pressed by accident
 * at A1048576 or XFD1). Stray cells are left out of the model — and so kept untouched in the
 * file a run writes into — and reported by their address.
 */
export function splitStray(cells: SparseCell[]): { kept: SparseCell[]; stray: SparseCell[] } {
  const limit = (values: number[], gap: number) => {
    const sorted = [...new Set(values)].sort((a, b) => a - b);
    let last = 0;
    for (const v of sorted) { if (v - last > gap + 1) return last; last = v; }
    return last;
  };
  const maxRow = limit(cells.map((c) => c.row), STRAY_GAP.rows);
  const maxColumn = limit(cells.map((c) => c.column), STRAY_GAP.columns);
  const kept: SparseCell[] = [];
  const stray: SparseCell[] = [];
  for (const cell of cells) (cell.row <= maxRow && cell.column <= maxColumn ? kept : stray).push(cell);
  return { kept, stray };
}

/** Dense row-major arrays over the used extent. */
function denseGrid(sheet: SheetModel, cells: SparseCell[]): void {
  const rows = cells.reduce((max, c) => Math.max(max, c.row), 0);
  const columns = cells.reduce((max, c) => Math.max(max, c.column), 0);
  const fill = <T>(empty: T): T[][] => Array.from({ length: rows }, () => new Array<T>(columns).fill(empty));
  sheet.values = fill<CellValue>('');
  sheet.formulas = fill('');
  sheet.notes = fill('');
  sheet.backgrounds = fill(NO_COLOR);
  sheet.fontWeights = fill('normal');
  for (const cell of cells) {
    const r = cell.row - 1;
    const c = cell.column - 1;
    sheet.values[r][c] = cell.value;
    sheet.formulas[r][c] = cell.formula;
    sheet.notes[r][c] = cell.note;
    sheet.backgrounds[r][c] = cell.background;
    sheet.fontWeights[r][c] = cell.bold ? 'bold' : 'normal';
  }
}

function rangeReader(workbook: ExcelJS.Workbook, current: ExcelJS.Worksheet, timeZone: string): RangeReader {
  return (sheetName, top, left, bottom, right) => {
    const worksheet = sheetName === undefined ? current : workbook.getWorksheet(sheetName);
    const values: string[] = [];
    if (!worksheet) return values;
    for (let r = top; r <= Math.min(bottom, worksheet.rowCount); r++) {
      for (let c = left; c <= right; c++) {
        const cell = worksheet.findCell(r, c);
        const value = cell ? readCell(cell, timeZone).value : '';
        if (value !== '') values.push(value instanceof Date ? value.toISOString() : String(value));
      }
    }
    return values;
  };
}

function readValidations(sheet: SheetModel, worksheet: ExcelJS.Worksheet, readRange: RangeReader): void {
  // exceljs keeps the rules per cell address (ranges expanded) but does not type the property.
  const { model } = (worksheet as unknown as { dataValidations: { model: Record<string, ExcelJS.DataValidation | undefined> } })
    .dataValidations;
  const cache = new Map<ExcelJS.DataValidation, ReturnType<typeof fromExcelValidation>>();
  for (const [address, rule] of Object.entries(model)) {
    if (!rule) continue;
    const decoded = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(address);
    if (!decoded) continue;
    if (!cache.has(rule)) cache.set(rule, fromExcelValidation(rule, readRange));
    const converted = cache.get(rule);
    if (!converted) continue;
    sheet.validations.set(`${Number(decoded[2])},${columnNumber(decoded[1])}`, { ...converted, values: [...converted.values] });
  }
}

function readColumnWidths(sheet: SheetModel, worksheet: ExcelJS.Worksheet): void {
  (worksheet.columns ?? []).forEach((column, index) => {
    if (column.width !== undefined) sheet.columnWidths.set(index + 1, pixelsFromWidth(column.width));
  });
}

function frozenRows(worksheet: ExcelJS.Worksheet): number {
  const view = worksheet.views?.[0] as { state?: string; ySplit?: number } | undefined;
  return view?.state === 'frozen' ? Math.max(0, Math.round(view.ySplit ?? 0)) : 0;
}

/**
 * The model of one worksheet; `index` is its position, used as its id unless one is stored.
 * The A1 addresses of stray cells (left out) are pushed to `strayCells`.
 */
export function readSheet(
  workbook: ExcelJS.Workbook, worksheet: ExcelJS.Worksheet, index: number, timeZone: string, strayCells: string[] = [],
): SheetModel {
  const sheet: SheetModel = {
    name: worksheet.name, sheetId: index, hidden: worksheet.state !== 'visible', frozenRows: frozenRows(worksheet),
    maxRows: 0, maxColumns: 0, values: [], formulas: [], notes: [], backgrounds: [], fontWeights: [],
    validations: new Map(), columnWidths: new Map(),
  };
  const { kept, stray } = splitStray(usedCells(worksheet, timeZone));
  for (const cell of stray) strayCells.push(worksheet.getCell(cell.row, cell.column).address);
  denseGrid(sheet, kept);
  readValidations(sheet, worksheet, rangeReader(workbook, worksheet, timeZone));
  readColumnWidths(sheet, worksheet);
  const grid = inferredGrid(sheet);
  sheet.maxRows = grid.rows;
  sheet.maxColumns = grid.columns;
  return sheet;
}
