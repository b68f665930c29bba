/**
 * SpreadsheetApp.Sheet over one SheetModel: ranges, the used extent, appending, inserting
 * and deleting rows and columns (which grows or shrinks the grid), frozen rows, hiding,
 * column widths, activation and renaming.
 */
import { checkWritable, writeBlock } from './cell-writes';
import type { Env } from './env';
import { clearRect, deleteColumns, deleteRows, insertColumns, insertRows, lastUsedColumn, lastUsedRow, type ClearOptions } from './grid';
import { declareNotEmulated, Emulated, ENV, instrument } from './instrument';
import { describeArgTypes, MSG } from './messages';
import { clearOptions, type Range } from './range';
import { checkedRange, rangeFromArgs } from './range-resolution';
import { SHEETS_SCOPES } from './scopes';
import { Spreadsheet } from './spreadsheet';
import type { SheetModel } from './workbook-model';

const Q = 'SpreadsheetApp.Sheet';
const DEFAULT_COLUMN_WIDTH = 100;

/** One sheet (tab) of the spreadsheet. */
export class Sheet extends Emulated {
  readonly #sheet: SheetModel;

  constructor(env: Env, sheet: SheetModel) {
    super(env);
    this.#sheet = sheet;
  }

  /** The model behind a Sheet (for the Spreadsheet; not a script method). */
  static modelOf(sheet: Sheet): SheetModel {
    return sheet.#sheet;
  }

  getName(): string {
    return this.#sheet.name;
  }

  getSheetName(): string {
    return this.#sheet.name;
  }

  /** Renames the sheet; names are unique regardless of case. */
  setName(name: unknown): Sheet {
    const env = this[ENV];
    if (typeof name !== 'string') throw env.exception(MSG.signature(describeArgTypes([name]), `${Q}.setName`));
    const taken = env.workbook.sheets.some((s) => s !== this.#sheet && s.name.toLowerCase() === name.toLowerCase());
    if (taken) throw env.exception(MSG.sheetExists(name));
    this.#sheet.name = name;
    return this;
  }

  getSheetId(): number {
    return this.#sheet.sheetId;
  }

  /** The URL of the form that sends its responses to this sheet, or null (set by Form.setDestination). */
  getFormUrl(): string | null {
    return this.#sheet.formId ? `https://docs.google.com/forms/d/${this.#sheet.formId}/viewform` : null;
  }

  /** 1-based position among the spreadsheet's sheets. */
  getIndex(): number {
    return this[ENV].workbook.sheets.indexOf(this.#sheet) + 1;
  }

  getParent(): Spreadsheet {
    return new Spreadsheet(this[ENV]);
  }

  /** Last row with a value or formula; 0 on an empty sheet. */
  getLastRow(): number {
    return lastUsedRow(this.#sheet);
  }

  /** Last column with a value or formula; 0 on an empty sheet. */
  getLastColumn(): number {
    return lastUsedColumn(this.#sheet);
  }

  getMaxRows(): number {
    return this.#sheet.maxRows;
  }

  getMaxColumns(): number {
    return this.#sheet.maxColumns;
  }

  /** `getRange(row, column, numRows?, numColumns?)` or `getRange(a1Notation)`. */
  getRange(...args: unknown[]): Range {
    return rangeFromArgs(this[ENV], this.#sheet, args, `${Q}.getRange`);
  }

  /** A1 to the last used cell (A1 on an empty sheet). */
  getDataRange(): Range {
    const rows = Math.max(1, lastUsedRow(this.#sheet));
    const columns = Math.max(1, lastUsedColumn(this.#sheet));
    return checkedRange(this[ENV], this.#sheet, 1, 1, rows, columns);
  }

  /** Writes a row below the last used row, growing the grid if needed. */
  appendRow(rowContents: unknown): Sheet {
    const env = this[ENV];
    if (!Array.isArray(rowContents)) throw env.exception(MSG.signature(describeArgTypes([rowContents]), `${Q}.appendRow`));
    checkWritable(env, [rowContents]);
    const row = lastUsedRow(this.#sheet) + 1;
    if (row > this.#sheet.maxRows) this.#sheet.maxRows = row;
    if (rowContents.length > this.#sheet.maxColumns) this.#sheet.maxColumns = rowContents.length;
    writeBlock(this.#sheet, row - 1, 0, [rowContents]);
    return this;
  }

  insertColumnsAfter(afterPosition: number, howMany: number): Sheet {
    this.#insertColumns(afterPosition, afterPosition, howMany, afterPosition);
    return this;
  }

  insertColumnAfter(afterPosition: number): Sheet {
    this.#insertColumns(afterPosition, afterPosition, 1, afterPosition);
    return this;
  }

  insertColumnsBefore(beforePosition: number, howMany: number): Sheet {
    this.#insertColumns(beforePosition, beforePosition - 1, howMany, beforePosition);
    return this;
  }

  insertColumnBefore(beforePosition: number): Sheet {
    this.#insertColumns(beforePosition, beforePosition - 1, 1, beforePosition);
    return this;
  }

  insertRowsAfter(afterPosition: number, howMany: number): Sheet {
    this.#insertRows(afterPosition, afterPosition, howMany, afterPosition);
    return this;
  }

  insertRowAfter(afterPosition: number): Sheet {
    this.#insertRows(afterPosition, afterPosition, 1, afterPosition);
    return this;
  }

  insertRowsBefore(beforePosition: number, howMany: number): Sheet {
    this.#insertRows(beforePosition, beforePosition - 1, howMany, beforePosition);
    return this;
  }

  insertRowBefore(beforePosition: number): Sheet {
    this.#insertRows(beforePosition, beforePosition - 1, 1, beforePosition);
    return this;
  }

  deleteRows(rowPosition: number, howMany: number): void {
    this.#deleteRows(rowPosition, howMany);
  }

  deleteRow(rowPosition: number): Sheet {
    this.#deleteRows(rowPosition, 1);
    return this;
  }

  deleteColumns(columnPosition: number, howMany: number): void {
    this.#deleteColumns(columnPosition, howMany);
  }

  deleteColumn(columnPosition: number): Sheet {
    this.#deleteColumns(columnPosition, 1);
    return this;
  }

  setFrozenRows(rows: number): void {
    if (!Number.isInteger(rows) || rows < 0 || rows > this.#sheet.maxRows) throw this[ENV].exception(MSG.rowsOutOfBounds);
    this.#sheet.frozenRows = rows;
  }

  getFrozenRows(): number {
    return this.#sheet.frozenRows;
  }

  hideSheet(): Sheet {
    this.#sheet.hidden = true;
    return this;
  }

  showSheet(): Sheet {
    this.#sheet.hidden = false;
    return this;
  }

  isSheetHidden(): boolean {
    return this.#sheet.hidden;
  }

  setColumnWidth(columnPosition: number, width: number): Sheet {
    this.#sheet.columnWidths.set(columnPosition, width);
    return this;
  }

  setColumnWidths(startColumn: number, numColumns: number, width: number): Sheet {
    for (let c = startColumn; c < startColumn + numColumns; c++) this.#sheet.columnWidths.set(c, width);
    return this;
  }

  getColumnWidth(columnPosition: number): number {
    return this.#sheet.columnWidths.get(columnPosition) ?? DEFAULT_COLUMN_WIDTH;
  }

  /** Accepted with no effect: the emulation has no text metrics to size columns by. */
  autoResizeColumns(_startColumn: number, _numColumns: number): Sheet {
    return this;
  }

  /** Accepted with no effect (see autoResizeColumns). */
  autoResizeColumn(_columnPosition: number): Sheet {
    return this;
  }

  /** Makes this the active sheet. */
  activate(): Sheet {
    this[ENV].activeSheetId = this.#sheet.sheetId;
    return this;
  }

  /** Clears contents and formats of the whole sheet (notes and validations stay). */
  clear(options?: unknown): Sheet {
    this.#clear(clearOptions(options));
    return this;
  }

  clearContents(): Sheet {
    this.#clear({ contentsOnly: true });
    return this;
  }

  clearFormats(): Sheet {
    this.#clear({ formatOnly: true });
    return this;
  }

  #clear(options: ClearOptions): void {
    clearRect(this.#sheet, 0, 0, this.#sheet.maxRows, this.#sheet.maxColumns, options);
  }

  #insertRows(position: number, at: number, howMany: number, formatRow: number): void {
    if (!Number.isInteger(position) || position < 1 || position > this.#sheet.maxRows) throw this[ENV].exception(MSG.rowsOutOfBounds);
    if (!Number.isInteger(howMany) || howMany < 1) throw this[ENV].exception(MSG.rowsOutOfBounds);
    insertRows(this.#sheet, at, howMany, formatRow - 1);
  }

  #insertColumns(position: number, at: number, howMany: number, formatColumn: number): void {
    if (!Number.isInteger(position) || position < 1 || position > this.#sheet.maxColumns) throw this[ENV].exception(MSG.columnsOutOfBounds);
    if (!Number.isInteger(howMany) || howMany < 1) throw this[ENV].exception(MSG.columnsOutOfBounds);
    insertColumns(this.#sheet, at, howMany, formatColumn - 1);
  }

  #deleteRows(rowPosition: number, howMany: number): void {
    const sheet = this.#sheet;
    if (!Number.isInteger(rowPosition) || !Number.isInteger(howMany) || rowPosition < 1 || howMany < 1
      || rowPosition + howMany - 1 > sheet.maxRows) throw this[ENV].exception(MSG.rowsOutOfBounds);
    if (sheet.maxRows - howMany <= sheet.frozenRows) throw this[ENV].exception(MSG.deleteAllRows);
    deleteRows(sheet, rowPosition - 1, howMany);
  }

  #deleteColumns(columnPosition: number, howMany: number): void {
    const sheet = this.#sheet;
    if (!Number.isInteger(columnPosition) || !Number.isInteger(howMany) || columnPosition < 1 || howMany < 1
      || columnPosition + howMany - 1 > sheet.maxColumns) throw this[ENV].exception(MSG.columnsOutOfBounds);
    if (sheet.maxColumns - howMany < 1) throw this[ENV].exception(MSG.deleteAllColumns);
    deleteColumns(sheet, columnPosition - 1, howMany);
  }
}

declareNotEmulated(Sheet, 'Sheet', [
  'setFrozenColumns', 'getFrozenColumns', 'protect', 'getProtections', 'sort', 'getCharts', 'insertChart',
  'copyTo', 'getNamedRanges', 'setTabColor', 'getTabColor', 'hideColumns', 'hideColumn', 'unhideColumn',
  'showColumns', 'hideRows', 'hideRow', 'unhideRow', 'showRows', 'setRowHeight', 'setRowHeights', 'getRowHeight',
  'getFilter', 'getConditionalFormatRules', 'setConditionalFormatRules', 'getActiveRange', 'getActiveCell',
  'setActiveRange', 'getSheetValues', 'createTextFinder', 'getRangeList', 'moveColumns', 'moveRows',
  'getDataSourceTables', 'getBandings', 'getImages', 'insertImage', 'getDrawings', 'getSelection', 'getType',
  'isRightToLeft', 'setRightToLeft', 'expandAllRowGroups', 'collapseAllRowGroups', 'getRowGroup', 'newChart',
  'autoResizeRows', 'isColumnHiddenByUser', 'isRowHiddenByUser', 'isRowHiddenByFilter', 'clearNotes',
  'clearConditionalFormatRules', 'getDeveloperMetadata', 'addDeveloperMetadata', 'showSheetIfHidden',
]);

instrument(Sheet, { service: 'SpreadsheetApp', className: 'Sheet', qualifiedName: Q, scopes: SHEETS_SCOPES });
