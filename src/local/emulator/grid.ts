/**
 * Operations on the plain SheetModel arrays: growing rows to a cell, the last used row and
 * column, and inserting or deleting rows and columns across every per-cell array and the
 * validation and column-width maps. Rows may be shorter than the grid; a missing cell reads
 * as its default. The arrays never get holes: growing pads with the default.
 */
import { DEFAULT_BACKGROUND } from './colours';
import type { SheetModel } from './workbook-model';

/** Defaults of the per-cell arrays. */
export const FILL = {
  values: '',
  formulas: '',
  notes: '',
  backgrounds: DEFAULT_BACKGROUND,
  fontWeights: 'normal',
} as const;

/** The per-cell arrays of a sheet model. */
export type GridName = keyof typeof FILL;
const GRID_NAMES = Object.keys(FILL) as GridName[];

/** Returns row `r` (0-based) of `grid`, padded so that column `c` (0-based) exists. */
export function rowFor<T>(grid: T[][], r: number, c: number, fill: T): T[] {
  while (grid.length <= r) grid.push([]);
  const row = grid[r] as T[];
  while (row.length <= c) row.push(fill);
  return row;
}

/** The last 1-based row holding a value or a formula (0 when none). */
export function lastUsedRow(sheet: SheetModel): number {
  const n = Math.max(sheet.values.length, sheet.formulas.length);
  for (let r = n - 1; r >= 0; r--) {
    if (rowUsed(sheet.values[r]) || rowUsed(sheet.formulas[r])) return r + 1;
  }
  return 0;
}

/** The last 1-based column holding a value or a formula (0 when none). */
export function lastUsedColumn(sheet: SheetModel): number {
  let last = 0;
  for (const grid of [sheet.values, sheet.formulas] as const) {
    for (const row of grid) {
      if (row === undefined) continue;
      for (let c = row.length - 1; c >= last; c--) {
        if (row[c] !== '' && row[c] !== undefined) {
          last = c + 1;
          break;
        }
      }
    }
  }
  return last;
}

function rowUsed(row: readonly unknown[] | undefined): boolean {
  if (row === undefined) return false;
  for (const v of row) if (v !== '' && v !== undefined) return true;
  return false;
}

/**
 * Inserts `count` rows before 0-based row `at`; the new rows take the formatting
 * (background, font weight) of row `formatFrom` (0-based) if given, as Sheets does.
 */
export function insertRows(sheet: SheetModel, at: number, count: number, formatFrom: number | null): void {
  for (const name of GRID_NAMES) {
    const grid = sheet[name] as unknown[][];
    if (grid.length <= at) continue;
    const template = formatFrom !== null && (name === 'backgrounds' || name === 'fontWeights') ? grid[formatFrom] : undefined;
    const fresh = Array.from({ length: count }, () => (template === undefined ? [] : template.slice()));
    grid.splice(at, 0, ...fresh);
  }
  if (formatFrom !== null) {
    for (const name of ['backgrounds', 'fontWeights'] as const) {
      const grid = sheet[name];
      const template = grid[formatFrom];
      if (template !== undefined && grid.length <= at) {
        for (let r = 0; r < count; r++) {
          const row = rowFor(grid, at + r, template.length - 1, FILL[name]);
          for (let c = 0; c < template.length; c++) row[c] = template[c] as string;
        }
      }
    }
  }
  sheet.validations = shiftKeys(sheet.validations, (row, col) => [row > at ? row + count : row, col]);
  sheet.maxRows += count;
}

/** Deletes `count` rows from 0-based row `at`. */
export function deleteRows(sheet: SheetModel, at: number, count: number): void {
  for (const name of GRID_NAMES) (sheet[name] as unknown[][]).splice(at, count);
  sheet.validations = shiftKeys(sheet.validations, (row, col) => {
    if (row > at && row <= at + count) return null;
    return [row > at + count ? row - count : row, col];
  });
  sheet.maxRows -= count;
  if (sheet.frozenRows > sheet.maxRows) sheet.frozenRows = sheet.maxRows;
}

/**
 * Inserts `count` columns before 0-based column `at`; new cells take the formatting of
 * column `formatFrom` (0-based) if given.
 */
export function insertColumns(sheet: SheetModel, at: number, count: number, formatFrom: number | null): void {
  for (const name of GRID_NAMES) {
    const fill = FILL[name];
    const formatted = formatFrom !== null && (name === 'backgrounds' || name === 'fontWeights');
    for (const row of sheet[name] as unknown[][]) {
      if (row.length <= at) continue;
      const value = formatted ? row[formatFrom] ?? fill : fill;
      row.splice(at, 0, ...new Array<unknown>(count).fill(value));
    }
  }
  sheet.validations = shiftKeys(sheet.validations, (row, col) => [row, col > at ? col + count : col]);
  const widths = new Map<number, number>();
  for (const [col, width] of sheet.columnWidths) widths.set(col > at ? col + count : col, width);
  if (formatFrom !== null) {
    const width = sheet.columnWidths.get(formatFrom + 1);
    if (width !== undefined) for (let c = 0; c < count; c++) widths.set(at + 1 + c, width);
  }
  sheet.columnWidths = widths;
  sheet.maxColumns += count;
}

/** Deletes `count` columns from 0-based column `at`. */
export function deleteColumns(sheet: SheetModel, at: number, count: number): void {
  for (const name of GRID_NAMES) for (const row of sheet[name] as unknown[][]) row.splice(at, count);
  sheet.validations = shiftKeys(sheet.validations, (row, col) => {
    if (col > at && col <= at + count) return null;
    return [row, col > at + count ? col - count : col];
  });
  const widths = new Map<number, number>();
  for (const [col, width] of sheet.columnWidths) {
    if (col > at && col <= at + count) continue;
    widths.set(col > at + count ? col - count : col, width);
  }
  sheet.columnWidths = widths;
  sheet.maxColumns -= count;
}

/** What Range.clear / Sheet.clear remove; no options means contents and formats. */
export interface ClearOptions {
  contentsOnly?: boolean;
  formatOnly?: boolean;
  validationsOnly?: boolean;
}

/** Clears a rectangle (0-based origin) as Range.clear does; notes stay, as in Sheets. */
export function clearRect(sheet: SheetModel, r0: number, c0: number, numRows: number, numColumns: number, options: ClearOptions): void {
  const only = options.contentsOnly === true || options.formatOnly === true || options.validationsOnly === true;
  if (!only || options.contentsOnly === true) {
    for (const name of ['values', 'formulas'] as const) resetRect(sheet[name], r0, c0, numRows, numColumns, FILL[name]);
  }
  if (!only || options.formatOnly === true) {
    for (const name of ['backgrounds', 'fontWeights'] as const) resetRect(sheet[name], r0, c0, numRows, numColumns, FILL[name]);
  }
  if (options.validationsOnly === true) {
    for (const key of [...sheet.validations.keys()]) {
      const [row, col] = key.split(',').map(Number) as [number, number];
      if (row > r0 && row <= r0 + numRows && col > c0 && col <= c0 + numColumns) sheet.validations.delete(key);
    }
  }
}

function resetRect<T>(grid: T[][], r0: number, c0: number, numRows: number, numColumns: number, fill: T): void {
  for (let r = r0; r < r0 + numRows && r < grid.length; r++) {
    const row = grid[r] as T[];
    for (let c = c0; c < c0 + numColumns && c < row.length; c++) row[c] = fill;
  }
}

/** The key of a cell in `SheetModel.validations` (1-based). */
export function cellKey(row: number, column: number): string {
  return `${row},${column}`;
}

function shiftKeys<V>(map: Map<string, V>, move: (row: number, col: number) => [number, number] | null): Map<string, V> {
  const out = new Map<string, V>();
  for (const [key, value] of map) {
    const [row, col] = key.split(',').map(Number) as [number, number];
    const to = move(row, col);
    if (to !== null) out.set(cellKey(to[0], to[1]), value);
  }
  return out;
}
