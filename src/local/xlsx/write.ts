/**
 * Writes a WorkbookModel to an .xlsx file: every sheet in order with its values, formulas,
 * notes (as cell comments), backgrounds (solid fills), bold, list validations, column
 * widths, frozen rows and hidden state. What .xlsx cannot hold goes to hidden helper
 * sheets that readWorkbookXlsx takes out again: `_thidua_properties` (document properties,
 * time zone, sheet ids and grid sizes) and `_thidua_lists` (long dropdown lists).
 */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { DEFAULT_TIME_ZONE } from '../../core/contract';
import type { SheetModel, WorkbookModel } from '../emulator/workbook-model';
import { backgroundToFill } from './colors';
import { writeCell } from './cell-value';
import { inferredGrid, isUsedCell, usedExtent } from './grid';
import { propertiesRows, propertiesSheetName, type SheetLayout } from './properties-sheet';
import { ListFormulas, LISTS_SHEET, toExcelValidation } from './validations';
import { widthFromPixels } from './widths';
import './xml-chunks';

function addWorksheet(workbook: ExcelJS.Workbook, sheet: SheetModel): ExcelJS.Worksheet {
  return workbook.addWorksheet(sheet.name, {
    state: sheet.hidden ? 'hidden' : 'visible',
    views: sheet.frozenRows > 0 ? [{ state: 'frozen', xSplit: 0, ySplit: sheet.frozenRows }] : [],
  });
}

function writeCells(worksheet: ExcelJS.Worksheet, sheet: SheetModel, timeZone: string): void {
  const extent = usedExtent(sheet);
  for (let r = 0; r < extent.rows; r++) {
    for (let c = 0; c < extent.columns; c++) {
      if (!isUsedCell(sheet, r, c)) continue;
      const cell = worksheet.getCell(r + 1, c + 1);
      writeCell(cell, sheet.values[r]?.[c], sheet.formulas[r]?.[c], timeZone);
      const note = sheet.notes[r]?.[c];
      if (note) cell.note = note;
      const fill = backgroundToFill(sheet.backgrounds[r]?.[c]);
      if (fill) cell.fill = fill;
      if (sheet.fontWeights[r]?.[c] === 'bold') cell.font = { bold: true };
    }
  }
}

function writeValidations(worksheet: ExcelJS.Worksheet, sheet: SheetModel, formulas: ListFormulas): void {
  for (const [key, rule] of sheet.validations) {
    const [row, column] = key.split(',').map(Number);
    if (!Number.isInteger(row) || !Number.isInteger(column) || row < 1 || column < 1) continue;
    worksheet.getCell(row, column).dataValidation = toExcelValidation(rule, formulas);
  }
}

export function writeSheet(workbook: ExcelJS.Workbook, sheet: SheetModel, timeZone: string, formulas: ListFormulas): void {
  const worksheet = addWorksheet(workbook, sheet);
  for (const [column, pixels] of sheet.columnWidths) worksheet.getColumn(column).width = widthFromPixels(pixels);
  writeCells(worksheet, sheet, timeZone);
  writeValidations(worksheet, sheet, formulas);
}

/** A hidden sheet of plain text rows. */
export function addHiddenTextSheet(workbook: ExcelJS.Workbook, name: string, rows: string[][]): ExcelJS.Worksheet {
  const worksheet = workbook.addWorksheet(name, { state: 'hidden' });
  rows.forEach((row, r) => row.forEach((text, c) => {
    if (text !== '') worksheet.getCell(r + 1, c + 1).value = text;
  }));
  return worksheet;
}

export function writeListsSheet(workbook: ExcelJS.Workbook, formulas: ListFormulas): void {
  if (!formulas.sheetLists.length) return;
  const rows: string[][] = [];
  formulas.sheetLists.forEach((values, c) => values.forEach((value, r) => {
    rows[r] ??= [];
    rows[r][c] = value;
  }));
  addHiddenTextSheet(workbook, LISTS_SHEET, rows.map((row) => Array.from(row, (text) => text ?? '')));
}

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

/** Writes the hidden properties sheet under a name no user sheet has. */
export function writePropertiesSheet(workbook: ExcelJS.Workbook, model: WorkbookModel, sheets: SheetModel[]): void {
  if (!propertiesNeeded(model, sheets)) return;
  const layouts = layoutsToStore(sheets);
  const rows = propertiesRows({ documentProperties: model.documentProperties, timeZone: model.timeZone, layouts });
  const worksheet = addHiddenTextSheet(workbook, propertiesSheetName(workbook.worksheets.map((w) => w.name)), rows);
  worksheet.getColumn(1).width = 24;
  worksheet.getColumn(2).width = 60;
}

/** Opens on the first visible sheet (Excel refuses a hidden active sheet). */
function setActiveSheet(workbook: ExcelJS.Workbook, sheets: SheetModel[]): void {
  const activeTab = Math.max(0, sheets.findIndex((sheet) => !sheet.hidden));
  workbook.views = [{ x: 0, y: 0, width: 10000, height: 20000, firstSheet: 0, activeTab, visibility: 'visible' }];
}

/**
 * Writes `model` to the .xlsx `file` (its folder is created). Model dates (instants) become
 * wall times in `model.timeZone`. A user sheet named like a helper sheet is kept; the helper
 * sheet then takes another name.
 */
export async function writeWorkbookXlsx(model: WorkbookModel, file: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  const formulas = new ListFormulas();
  // Every sheet of the model is the user's (the reader took the helper sheets out): none is dropped.
  const sheets = model.sheets;
  for (const sheet of sheets) writeSheet(workbook, sheet, model.timeZone, formulas);
  writeListsSheet(workbook, formulas);
  writePropertiesSheet(workbook, model, sheets);
  setActiveSheet(workbook, sheets);
  await mkdir(path.dirname(path.resolve(file)), { recursive: true });
  await workbook.xlsx.writeFile(file);
}
