/**
 * One worksheet of an .xlsx into a SheetModel: used cells into dense arrays (values,
 * formulas, notes, backgrounds, bold), list validations, column widths, frozen rows,
 * hidden state, and the grid a reader infers for it. The cells come from the package as
 * text (ooxml/worksheet-read.ts); what a value means is decided here.
 */
import { NO_COLOR } from '../../core/contract';
import type { CellValue, SheetModel } from '../emulator/workbook-model';
import { DEFAULT_GRID, inferredGrid } from './grid';
import type { CellLook } from './ooxml/styles-read';
import { lookOf } from './ooxml/styles-read';
import type { RawCell, RawWorksheet } from './ooxml/worksheet-read';
import { columnLetters, fromExcelValidation, type RangeReader } from './validations';
import { pixelsFromWidth } from './widths';
import { isReadableDate, wallTimeToInstant } from './wall-time';

export interface SparseCell {
  row: number;
  column: number;
  value: CellValue;
  formula: string;
  note: string;
  background: string;
  bold: boolean;
}

/** What reading a cell needs from the workbook. */
export interface ReadContext {
  strings: readonly string[];
  looks: readonly CellLook[];
  timeZone: string;
  date1904: boolean;
}

/**
 * The model value of a raw cell: text, number, boolean, error text ('#N/A'), or — for a
 * number under a date format — the instant of its wall time; a number no date can be
 * (`20260105` in a date cell: year 57,000) stays the number the user typed.
 */
export function cellValue(cell: RawCell, ctx: ReadContext): CellValue {
  switch (cell.type) {
    case '': return '';
    case 's': return ctx.strings[Number(cell.text)] ?? '';
    case 'str': case 'e': return cell.text;
    case 'b': return parseInt(cell.text, 10) !== 0;
    case 'd': {
      // An ISO date-time (`t="d"`) is a wall time, whatever the workbook's date system.
      const wall = new Date(Date.parse(/[zZ]|[+-]\d\d:?\d\d$/.test(cell.text) ? cell.text : `${cell.text}Z`));
      return isReadableDate(wall) ? wallTimeToInstant(wall, ctx.timeZone) : cell.text;
    }
    default: {
      if (cell.text.trim() === '') return '';
      const number = parseFloat(cell.text);
      if (!lookOf(ctx.looks, cell.style).date || Number.isNaN(number)) return number;
      const wall = new Date(Math.round((number - 25_569 + (ctx.date1904 ? 1_462 : 0)) * 86_400_000));
      return isReadableDate(wall) ? wallTimeToInstant(wall, ctx.timeZone) : number;
    }
  }
}

function isUsed(cell: SparseCell): boolean {
  return cell.value !== '' || cell.formula !== '' || cell.note !== '' || cell.background !== NO_COLOR || cell.bold;
}

/** A number for a cell position (1-based row and column). */
const positionOf = (row: number, column: number) => row * 20_000 + column;

/** Every used cell (anything the model keeps): its value, formula, note, colour and weight. */
function usedCells(raw: RawWorksheet, notes: Map<string, string>, ctx: ReadContext): SparseCell[] {
  const cells: SparseCell[] = [];
  const noteAt = new Map<number, string>();
  for (const [key, note] of notes) {
    const [row, column] = key.split(',').map(Number);
    if (note) noteAt.set(positionOf(row, column), note);
  }
  for (const cell of raw.cells) {
    const look = lookOf(ctx.looks, cell.style);
    let note = '';
    if (noteAt.size) {
      const position = positionOf(cell.row, cell.column);
      note = noteAt.get(position) ?? '';
      noteAt.delete(position);
    }
    const sparse: SparseCell = {
      row: cell.row, column: cell.column, value: cellValue(cell, ctx), formula: cell.formula ? `=${cell.formula}` : '',
      note, background: look.background, bold: look.bold,
    };
    if (isUsed(sparse)) cells.push(sparse);
  }
  // A note on a cell the sheet data does not list (allowed by the format).
  for (const [position, note] of noteAt) {
    cells.push({ row: Math.floor(position / 20_000), column: position % 20_000, value: '', formula: '', note, background: NO_COLOR, bold: false });
  }
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

/**
 * List rules by cell. A rule over a whole column (`E2:E1048576`) is kept for the rows a
 * grid of this sheet can have — the data and a margin of the stray gap, at least Google's
 * 1,000 rows; the file keeps the rest of it untouched.
 */
function readValidations(sheet: SheetModel, raw: RawWorksheet, readRange: RangeReader): void {
  const lastRow = Math.max(DEFAULT_GRID.rows, sheet.values.length) + STRAY_GAP.rows;
  const lastColumn = Math.max(DEFAULT_GRID.columns, sheet.values[0]?.length ?? 0) + STRAY_GAP.columns;
  for (const rule of raw.validations) {
    const converted = fromExcelValidation({
      type: rule.type, formulae: [rule.formula1], showErrorMessage: rule.showErrorMessage, errorStyle: rule.errorStyle,
    }, readRange);
    if (!converted) continue;
    for (const rect of rule.rects) {
      for (let r = rect.top; r <= Math.min(rect.bottom, lastRow); r++) {
        for (let c = rect.left; c <= Math.min(rect.right, lastColumn); c++) {
          sheet.validations.set(`${r},${c}`, { ...converted, values: [...converted.values] });
        }
      }
    }
  }
}

/**
 * The model of one worksheet; `index` is its position, used as its id unless one is stored.
 * The A1 addresses of stray cells (left out) are pushed to `strayCells`.
 */
export function readSheet(
  name: string, hidden: boolean, raw: RawWorksheet, notes: Map<string, string>, index: number, ctx: ReadContext,
  readRange: RangeReader, strayCells: string[] = [],
): SheetModel {
  const sheet: SheetModel = {
    name, sheetId: index, hidden, frozenRows: raw.frozenRows,
    maxRows: 0, maxColumns: 0, values: [], formulas: [], notes: [], backgrounds: [], fontWeights: [],
    validations: new Map(), columnWidths: new Map(),
  };
  const { kept, stray } = splitStray(usedCells(raw, notes, ctx));
  for (const cell of stray) strayCells.push(`${columnLetters(cell.column)}${cell.row}`);
  denseGrid(sheet, kept);
  readValidations(sheet, raw, readRange);
  for (const [column, width] of raw.widths) sheet.columnWidths.set(column, pixelsFromWidth(width));
  const grid = inferredGrid(sheet);
  sheet.maxRows = grid.rows;
  sheet.maxColumns = grid.columns;
  return sheet;
}
