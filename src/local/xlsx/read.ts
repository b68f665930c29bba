/**
 * Reads an .xlsx file (exported by Google Sheets, or written by writeWorkbookXlsx) into a
 * WorkbookModel: every sheet in order with its values, formulas, notes, backgrounds, bold,
 * list validations, column widths, frozen rows and hidden state. The hidden helper sheets
 * are taken out: `_thidua_properties` fills documentProperties, the time zone and the
 * sheets' ids and grid sizes; `_thidua_lists` only backs list validations.
 */
import path from 'node:path';
import ExcelJS from 'exceljs';
import './serial-dates';
import { DEFAULT_TIME_ZONE } from '../../core/contract';
import { newWorkbookModel, type CellValue, type SheetModel, type WorkbookModel } from '../emulator/workbook-model';
import { readCell } from './cell-value';
import { coveredExtent } from './grid';
import { isPropertiesSheet, parsePropertiesRows, type SheetLayout } from './properties-sheet';
import { readSheet } from './read-sheet';
import { LISTS_SHEET } from './validations';
import type { HelperSheets } from './write-copy';

/** Options of readWorkbookXlsx. */
export interface ReadOptions {
  /** Time zone of the file's wall times when the file does not store one (default Asia/Ho_Chi_Minh). */
  timeZone?: string;
  /** Receives `{ sheet, cell }` for every stray cell far from the data, left out of the model. */
  strayCells?: Array<{ sheet: string; cell: string }>;
  /** Receives what the file holds of the add-in's hidden sheets, for a run that writes into a copy of it. */
  helpers?: HelperSheets;
}

/**
 * Applies stored ids and grid sizes (never smaller than what the sheet covers). A sheet
 * renamed since (no layout of its name) whose positional id another sheet now holds gets a
 * fresh id: two sheets never share one.
 */
function applyLayouts(sheets: SheetModel[], layouts: SheetLayout[] | undefined): void {
  const laidOut = new Set<SheetModel>();
  for (const layout of layouts ?? []) {
    const sheet = sheets.find((s) => s.name === layout.name);
    if (!sheet) continue;
    const covered = coveredExtent(sheet);
    sheet.sheetId = layout.sheetId;
    sheet.maxRows = Math.max(layout.maxRows, covered.rows);
    sheet.maxColumns = Math.max(layout.maxColumns, covered.columns);
    laidOut.add(sheet);
  }
  const taken = new Set([...laidOut].map((s) => s.sheetId));
  let next = Math.max(-1, ...sheets.map((s) => s.sheetId)) + 1;
  for (const sheet of sheets) {
    if (laidOut.has(sheet)) continue;
    if (taken.has(sheet.sheetId)) sheet.sheetId = next++;
    taken.add(sheet.sheetId);
  }
}

/** The rows of the properties sheet as plain values. */
function propertiesSheetRows(worksheet: ExcelJS.Worksheet): CellValue[][] {
  const rows: CellValue[][] = [];
  worksheet.eachRow({ includeEmpty: false }, (row) => {
    // Values are text: the time zone is irrelevant to them.
    rows.push([1, 2].map((column) => readCell(row.getCell(column), DEFAULT_TIME_ZONE).value));
  });
  return rows;
}

/** The add-in's hidden properties sheet (never a user's sheet that happens to have its name). */
export function findPropertiesWorksheet(workbook: ExcelJS.Workbook): ExcelJS.Worksheet | undefined {
  return workbook.worksheets.find((worksheet) => {
    const first = [1, 2].map((column) => worksheet.getRow(1).getCell(column).value);
    return isPropertiesSheet(worksheet.name, worksheet.state !== 'visible', first);
  });
}

/** The hidden sheet that backs long dropdown lists (a visible sheet of that name is the user's). */
export function isListsWorksheet(worksheet: ExcelJS.Worksheet): boolean {
  return worksheet.name === LISTS_SHEET && worksheet.state !== 'visible';
}

/**
 * Reads the .xlsx `file` into a WorkbookModel. Dates are wall times in the stored time zone,
 * else in `options.timeZone`, else Asia/Ho_Chi_Minh; they become instants in the model.
 */
export async function readWorkbookXlsx(file: string, options: ReadOptions = {}): Promise<WorkbookModel> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const propertiesSheet = findPropertiesWorksheet(workbook);
  const listsSheet = workbook.worksheets.find(isListsWorksheet);
  if (options.helpers) {
    options.helpers.propertiesSheet = propertiesSheet?.name;
    options.helpers.listsSheet = listsSheet ? { name: listsSheet.name, columns: listsSheet.columnCount } : undefined;
  }
  const stored = propertiesSheet ? parsePropertiesRows(propertiesSheetRows(propertiesSheet)) : { documentProperties: {} };
  const timeZone = stored.timeZone || options.timeZone || DEFAULT_TIME_ZONE;

  const model = newWorkbookModel(path.basename(file).replace(/\.xlsx$/i, ''), timeZone);
  model.documentProperties = stored.documentProperties;
  model.sheets = workbook.worksheets
    .filter((worksheet) => worksheet !== propertiesSheet && !isListsWorksheet(worksheet))
    .map((worksheet, index) => {
      const stray: string[] = [];
      const sheet = readSheet(workbook, worksheet, index, timeZone, stray);
      options.strayCells?.push(...stray.map((cell) => ({ sheet: worksheet.name, cell })));
      return sheet;
    });
  applyLayouts(model.sheets, stored.layouts);
  return model;
}
