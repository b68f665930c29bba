/**
 * Writes a WorkbookModel to a fresh .xlsx file: every sheet in order with its values,
 * formulas, notes, backgrounds, bold, list validations, column widths, frozen rows and
 * hidden state, added to an empty package exactly as a run adds a new sheet to a user's
 * file (write-copy.ts). What .xlsx cannot hold goes to hidden helper sheets that
 * readWorkbookXlsx takes out again: `_thidua_properties` (document properties, time zone,
 * sheet ids and grid sizes) and `_thidua_lists` (long dropdown lists).
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { DEFAULT_TIME_ZONE } from '../../core/contract';
import type { SheetModel, WorkbookModel } from '../emulator/workbook-model';
import { inferredGrid } from './grid';
import { emptyPackage } from './ooxml/empty-package';
import type { SheetLayout } from './properties-sheet';
import { writeModelIntoPackage } from './write-copy';

/** Ids and grid sizes a reader would not infer by itself. */
export function layoutsToStore(sheets: SheetModel[]): SheetLayout[] {
  return sheets
    .map((sheet, index) => ({ sheet, index, grid: inferredGrid(sheet) }))
    .filter(({ sheet, index, grid }) =>
      sheet.sheetId !== index || sheet.maxRows !== grid.rows || sheet.maxColumns !== grid.columns)
    .map(({ sheet }) => ({ name: sheet.name, sheetId: sheet.sheetId, maxRows: sheet.maxRows, maxColumns: sheet.maxColumns }));
}

/** Whether the workbook has anything for the properties sheet to keep. */
export function propertiesNeeded(model: WorkbookModel, sheets: SheetModel[]): boolean {
  return Object.keys(model.documentProperties).length > 0 || layoutsToStore(sheets).length > 0 || model.timeZone !== DEFAULT_TIME_ZONE;
}

/**
 * Writes `model` to the .xlsx `file` (its folder is created). Model dates (instants) become
 * wall times in `model.timeZone`. A user sheet named like a helper sheet is kept; the helper
 * sheet then takes another name.
 */
export async function writeWorkbookXlsx(model: WorkbookModel, file: string): Promise<void> {
  const bytes = writeModelIntoPackage(emptyPackage(), {}, [], model, true);
  await mkdir(path.dirname(path.resolve(file)), { recursive: true });
  await writeFile(file, bytes);
}
