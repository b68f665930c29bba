/**
 * Reads an .xlsx file (exported by Google Sheets, or written by writeWorkbookXlsx) into a
 * WorkbookModel: every sheet in order with its values, formulas, notes, backgrounds, bold,
 * list validations, column widths, frozen rows and hidden state. The hidden helper sheets
 * are taken out: `_thidua_properties` fills documentProperties, the time zone and the
 * sheets' ids and grid sizes; `_thidua_lists` only backs list validations.
 */
import path from 'node:path';
import ExcelJS from 'exceljs';
import { DEFAULT_TIME_ZONE, NO_COLOR } from '../../core/contract';
import { newWorkbookModel, type CellValue, type SheetModel, type WorkbookModel } from '../emulator/workbook-model';
import { fillToBackground } from './colors';
import { readCell } from './cell-value';
import { coveredExtent, inferredGrid } from './grid';
import { parsePropertiesRows, PROPERTIES_SHEET, type SheetLayout } from './properties-sheet';
import { fromExcelValidation, LISTS_SHEET, type RangeReader } from './validations';
import { pixelsFromWidth } from './widths';

/** Options of readWorkbookXlsx. */
export interface ReadOptions {
  /** Time zone of the file's wall times when the file does not store one (default Asia/Ho_Chi_Minh). */
  timeZone?: string;
}

interface SparseCell {
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

/** Every used cell of a worksheet (anything the model keeps). */
function usedCells(worksheet: ExcelJS.Worksheet, timeZone: string): SparseCell[] {
  const cells: SparseCell[] = [];
  // Rows whose only content is a colour, a note or bold have no "values" for exceljs.
  worksheet.eachRow({ includeEmpty: true }, (row, rowNumber) => {
    row.eachCell({ includeEmpty: true }, (cell, columnNumber) => {
      const { value, formula } = readCell(cell, timeZone);
      const sparse: SparseCell = {
        row: rowNumber, column: columnNumber, value, formula,
        note: noteText(cell.note),
        background: fillToBackground(cell.fill),
        bold: cell.font?.bold === true,
      };
      if (isUsed(sparse)) cells.push(sparse);
    });
  });
  return cells;
}

/** Dense row-major arrays over the used extent. */
function denseGrid(sheet: SheetModel, cells: SparseCell[]): void {
  const rows = Math.max(0, ...cells.map((c) => c.row));
  const columns = Math.max(0, ...cells.map((c) => c.column));
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
  const model = (worksheet.dataValidations as unknown as { model: Record<string, ExcelJS.DataValidation | undefined> }).model;
  const cache = new Map<ExcelJS.DataValidation, ReturnType<typeof fromExcelValidation>>();
  for (const [address, rule] of Object.entries(model)) {
    if (!rule) continue;
    const decoded = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(address);
    if (!decoded) continue;
    if (!cache.has(rule)) cache.set(rule, fromExcelValidation(rule, readRange));
    const converted = cache.get(rule);
    if (!converted) continue;
    const column = worksheet.getColumn(decoded[1].toUpperCase()).number;
    sheet.validations.set(`${Number(decoded[2])},${column}`, { ...converted, values: [...converted.values] });
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

function readSheet(workbook: ExcelJS.Workbook, worksheet: ExcelJS.Worksheet, index: number, timeZone: string): SheetModel {
  const sheet: SheetModel = {
    name: worksheet.name, sheetId: index, hidden: worksheet.state !== 'visible', frozenRows: frozenRows(worksheet),
    maxRows: 0, maxColumns: 0, values: [], formulas: [], notes: [], backgrounds: [], fontWeights: [],
    validations: new Map(), columnWidths: new Map(),
  };
  denseGrid(sheet, usedCells(worksheet, timeZone));
  readValidations(sheet, worksheet, rangeReader(workbook, worksheet, timeZone));
  readColumnWidths(sheet, worksheet);
  const grid = inferredGrid(sheet);
  sheet.maxRows = grid.rows;
  sheet.maxColumns = grid.columns;
  return sheet;
}

/** Applies stored ids and grid sizes (never smaller than what the sheet covers). */
function applyLayouts(sheets: SheetModel[], layouts: SheetLayout[] | undefined): void {
  for (const layout of layouts ?? []) {
    const sheet = sheets.find((s) => s.name === layout.name);
    if (!sheet) continue;
    const covered = coveredExtent(sheet);
    sheet.sheetId = layout.sheetId;
    sheet.maxRows = Math.max(layout.maxRows, covered.rows);
    sheet.maxColumns = Math.max(layout.maxColumns, covered.columns);
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

/**
 * Reads the .xlsx `file` into a WorkbookModel. Dates are wall times in the stored time zone,
 * else in `options.timeZone`, else Asia/Ho_Chi_Minh; they become instants in the model.
 */
export async function readWorkbookXlsx(file: string, options: ReadOptions = {}): Promise<WorkbookModel> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const propertiesSheet = workbook.getWorksheet(PROPERTIES_SHEET);
  const stored = propertiesSheet ? parsePropertiesRows(propertiesSheetRows(propertiesSheet)) : { documentProperties: {} };
  const timeZone = stored.timeZone || options.timeZone || DEFAULT_TIME_ZONE;

  const model = newWorkbookModel(path.basename(file).replace(/\.xlsx$/i, ''), timeZone);
  model.documentProperties = stored.documentProperties;
  model.sheets = workbook.worksheets
    .filter((worksheet) => worksheet.name !== PROPERTIES_SHEET && worksheet.name !== LISTS_SHEET)
    .map((worksheet, index) => readSheet(workbook, worksheet, index, timeZone));
  applyLayouts(model.sheets, stored.layouts);
  return model;
}
