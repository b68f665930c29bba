/**
 * Thin SpreadsheetApp adapter: one batched read per sheet, one batched write per block.
 * Nothing here decides anything; it moves plain data between the sheets and the core.
 */
import { contiguousBlocks, type SheetWritePlan } from '../core/write-plan';
import { findSheet } from './find-sheet';

export type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
export type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export interface SheetRead {
  sheet: Sheet;
  /** `getDataRange().getValues()`, or [] for a sheet with nothing in it. */
  values: unknown[][];
  notes?: string[][];
  backgrounds?: string[][];
}

/** Reads a sheet's data range (values and, on request, notes/backgrounds) — 3 to 5 calls. */
export function readSheet(
  ss: Spreadsheet,
  name: string,
  extras: { notes?: boolean; backgrounds?: boolean } = {},
): SheetRead | undefined {
  const sheet = findSheet(ss, name);
  if (!sheet) return undefined;
  const range = sheet.getDataRange();
  const values = range.getValues() as unknown[][];
  if (values.length === 1 && values[0].length === 1 && values[0][0] === '') return { sheet, values: [], notes: [], backgrounds: [] };
  return {
    sheet,
    values,
    notes: extras.notes ? range.getNotes() : undefined,
    backgrounds: extras.backgrounds ? range.getBackgrounds() : undefined,
  };
}

/**
 * Applies a write plan to rows 1..rowCount of a sheet (`knownWidth` = columns already
 * read): grows the grid if owned columns were added, then one setValues per contiguous block of changed columns, one
 * setBackgrounds and one setNotes over the data rows.
 */
export function applyWritePlan(sheet: Sheet, plan: SheetWritePlan, rowCount: number, knownWidth: number): number {
  let writes = 0;
  if (plan.width > knownWidth) {
    // Only a plan that adds columns can need a bigger grid: real Sheets never grows it on getRange.
    const maxColumns = sheet.getMaxColumns();
    if (plan.width > maxColumns) { sheet.insertColumnsAfter(maxColumns, plan.width - maxColumns); writes++; }
  }
  for (const block of contiguousBlocks(plan.columns)) {
    sheet.getRange(1, block.column + 1, block.rows.length, block.rows[0].length).setValues(block.rows);
    writes++;
  }
  const dataRows = rowCount - 1;
  if (dataRows > 0 && plan.width > 0) {
    if (plan.backgrounds) { sheet.getRange(2, 1, dataRows, plan.width).setBackgrounds(plan.backgrounds); writes++; }
    if (plan.notes) { sheet.getRange(2, 1, dataRows, plan.width).setNotes(plan.notes); writes++; }
  }
  return writes;
}
