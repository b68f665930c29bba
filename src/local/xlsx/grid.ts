/**
 * The used extent of a sheet and the grid size a reader infers for it. .xlsx files have
 * no grid size, so the reader gives each sheet Google's default grid (1000 × 26) grown to
 * cover what is used; the writer stores a size only when it differs from that inference.
 */
import { NO_COLOR } from '../../core/contract';
import type { SheetModel } from '../emulator/workbook-model';

/** Google's grid for a new sheet. */
export const DEFAULT_GRID = { rows: 1000, columns: 26 } as const;

/** Whether a cell holds anything the model keeps: a value, formula, note, colour or bold. */
export function isUsedCell(sheet: SheetModel, row: number, column: number): boolean {
  const value = sheet.values[row]?.[column];
  if (value !== undefined && value !== '') return true;
  if (sheet.formulas[row]?.[column]) return true;
  if (sheet.notes[row]?.[column]) return true;
  const background = sheet.backgrounds[row]?.[column];
  if (background && background.toLowerCase() !== NO_COLOR) return true;
  return sheet.fontWeights[row]?.[column] === 'bold';
}

/** Rows × columns of the dense arrays that hold every used cell (0 × 0 for an empty sheet). */
export function usedExtent(sheet: SheetModel): { rows: number; columns: number } {
  const arrays = [sheet.values, sheet.formulas, sheet.notes, sheet.backgrounds, sheet.fontWeights];
  const rowCount = Math.max(0, ...arrays.map((a) => a.length));
  let rows = 0;
  let columns = 0;
  for (let r = 0; r < rowCount; r++) {
    const width = Math.max(0, ...arrays.map((a) => a[r]?.length ?? 0));
    for (let c = width - 1; c >= 0; c--) {
      if (isUsedCell(sheet, r, c)) {
        rows = r + 1;
        columns = Math.max(columns, c + 1);
        break;
      }
    }
  }
  return { rows, columns };
}

/** Rows × columns a sheet must have to hold its cells, rules, column widths and frozen rows. */
export function coveredExtent(sheet: SheetModel): { rows: number; columns: number } {
  const used = usedExtent(sheet);
  let rows = Math.max(used.rows, sheet.frozenRows);
  let columns = used.columns;
  for (const key of sheet.validations.keys()) {
    const [row, column] = key.split(',').map(Number);
    rows = Math.max(rows, row);
    columns = Math.max(columns, column);
  }
  for (const column of sheet.columnWidths.keys()) columns = Math.max(columns, column);
  return { rows, columns };
}

/** The grid a reader gives a sheet without a stored size: Google's default grown to cover it. */
export function inferredGrid(sheet: SheetModel): { rows: number; columns: number } {
  const covered = coveredExtent(sheet);
  return { rows: Math.max(DEFAULT_GRID.rows, covered.rows), columns: Math.max(DEFAULT_GRID.columns, covered.columns) };
}
