/**
 * SpreadsheetApp.Range over the plain SheetModel: values, formulas, display values, notes,
 * backgrounds, font weights and data validations, read and written in blocks. Reads copy
 * rows by slice into arrays of the script's realm; writes check dimensions and cell limits
 * first, then write everything (all or nothing).
 */
import { formatA1 } from './a1';
import { checkWritable, fillBlock, isDate, writeBlock } from './cell-writes';
import { DEFAULT_BACKGROUND, normaliseColour } from './colours';
import { DataValidation } from './data-validation';
import { displayValue } from './display';
import type { Env } from './env';
import { cellKey, clearRect, FILL, rowFor, type ClearOptions, type GridName } from './grid';
import { declareNotEmulated, Emulated, ENV, instrument } from './instrument';
import { describeArgTypes, MSG, notEmulated } from './messages';
import { checkedRange } from './range-resolution';
import { SHEETS_SCOPES } from './scopes';
import { Sheet } from './sheet';
import type { CellValue, DataValidationModel, SheetModel } from './workbook-model';

const Q = 'SpreadsheetApp.Range';

/** A rectangle of cells of one sheet. */
export class Range extends Emulated {
  readonly #sheet: SheetModel;
  readonly #row: number;
  readonly #column: number;
  readonly #numRows: number;
  readonly #numColumns: number;

  /** Coordinates are 1-based and already checked against the grid. */
  constructor(env: Env, sheet: SheetModel, row: number, column: number, numRows: number, numColumns: number) {
    super(env);
    this.#sheet = sheet;
    this.#row = row;
    this.#column = column;
    this.#numRows = numRows;
    this.#numColumns = numColumns;
  }

  // ---- values and formulas -------------------------------------------------------------

  /**
   * Values of the range. Nothing is evaluated here: a formula written by a script reads '';
   * a formula cell read from an .xlsx file reads the value cached in the file.
   */
  getValues(): CellValue[][] {
    return this.#read('values');
  }

  getValue(): CellValue {
    const v = this.#sheet.values[this.#row - 1]?.[this.#column - 1];
    if (v === undefined) return '';
    return isDate(v) ? this[ENV].realm.date(v.getTime()) : v;
  }

  setValues(values: unknown): Range {
    const data = this.#checkBlock(values, 'setValues');
    checkWritable(this[ENV], data);
    writeBlock(this.#sheet, this.#row - 1, this.#column - 1, data);
    return this;
  }

  /** Writes `value` into every cell of the range. */
  setValue(value: unknown): Range {
    checkWritable(this[ENV], [[value]]);
    fillBlock(this.#sheet, this.#row - 1, this.#column - 1, this.#numRows, this.#numColumns, value);
    return this;
  }

  getDisplayValues(): string[][] {
    const { locale, timeZone } = this[ENV].workbook;
    const values = this.#hostBlock('values');
    const shown = values.map((row) => row.map((v) => displayValue(v, locale, timeZone)));
    return this[ENV].realm.block(shown, 0, 0, this.#numRows, this.#numColumns, '');
  }

  getDisplayValue(): string {
    const { locale, timeZone } = this[ENV].workbook;
    return displayValue(this.#sheet.values[this.#row - 1]?.[this.#column - 1] ?? '', locale, timeZone);
  }

  getFormulas(): string[][] {
    return this.#read('formulas');
  }

  getFormula(): string {
    return this.#sheet.formulas[this.#row - 1]?.[this.#column - 1] ?? '';
  }

  setFormula(formula: unknown): Range {
    if (typeof formula !== 'string') throw this[ENV].exception(MSG.signature(describeArgTypes([formula]), `${Q}.setFormula`));
    const text = formula.startsWith('=') ? formula : `=${formula}`;
    checkWritable(this[ENV], [[text]]);
    fillBlock(this.#sheet, this.#row - 1, this.#column - 1, this.#numRows, this.#numColumns, text);
    return this;
  }

  setFormulas(formulas: unknown): Range {
    const data = this.#checkBlock(formulas, 'setFormulas');
    const texts = data.map((row) => row.map((f) => (typeof f === 'string' && f !== '' && !f.startsWith('=') ? `=${f}` : f)));
    checkWritable(this[ENV], texts);
    writeBlock(this.#sheet, this.#row - 1, this.#column - 1, texts);
    return this;
  }

  isBlank(): boolean {
    return this.#hostBlock('values').every((row) => row.every((v) => v === ''))
      && this.#hostBlock('formulas').every((row) => row.every((f) => f === ''));
  }

  // ---- backgrounds, notes, font weights ------------------------------------------------

  getBackgrounds(): string[][] {
    return this.#read('backgrounds');
  }

  getBackground(): string {
    return this.#sheet.backgrounds[this.#row - 1]?.[this.#column - 1] ?? DEFAULT_BACKGROUND;
  }

  setBackgrounds(colors: unknown): Range {
    const data = this.#checkBlock(colors, 'setBackgrounds');
    this.#writeGrid('backgrounds', data.map((row) => row.map(colour)));
    return this;
  }

  /** Colours every cell; null resets to white. */
  setBackground(color: unknown): Range {
    this.#fillGrid('backgrounds', colour(color));
    return this;
  }

  getNotes(): string[][] {
    return this.#read('notes');
  }

  getNote(): string {
    return this.#sheet.notes[this.#row - 1]?.[this.#column - 1] ?? '';
  }

  setNotes(notes: unknown): Range {
    const data = this.#checkBlock(notes, 'setNotes');
    this.#writeGrid('notes', data.map((row) => row.map(noteText)));
    return this;
  }

  setNote(note: unknown): Range {
    this.#fillGrid('notes', noteText(note));
    return this;
  }

  clearNote(): Range {
    this.#fillGrid('notes', '');
    return this;
  }

  getFontWeights(): string[][] {
    return this.#read('fontWeights');
  }

  getFontWeight(): string {
    return this.#sheet.fontWeights[this.#row - 1]?.[this.#column - 1] ?? 'normal';
  }

  setFontWeights(fontWeights: unknown): Range {
    const data = this.#checkBlock(fontWeights, 'setFontWeights');
    this.#writeGrid('fontWeights', data.map((row) => row.map(fontWeight)));
    return this;
  }

  /** 'bold' or 'normal' (null resets to normal). */
  setFontWeight(fontWeight: unknown): Range {
    this.#fillGrid('fontWeights', fontWeight === null ? 'normal' : fontWeightOf(fontWeight));
    return this;
  }

  // ---- data validation -----------------------------------------------------------------

  /** Applies `rule` to every cell; null removes validation. */
  setDataValidation(rule: unknown): Range {
    const model = this.#ruleModel(rule, 'setDataValidation');
    this.#eachCell((r, c) => this.#setRule(r, c, model));
    return this;
  }

  setDataValidations(rules: unknown): Range {
    const data = this.#checkBlock(rules, 'setDataValidations');
    const models = data.map((row) => row.map((rule) => this.#ruleModel(rule, 'setDataValidations')));
    this.#eachCell((r, c) => this.#setRule(r, c, models[r - this.#row]?.[c - this.#column] ?? null));
    return this;
  }

  getDataValidation(): DataValidation | null {
    const model = this.#sheet.validations.get(cellKey(this.#row, this.#column));
    return model === undefined ? null : new DataValidation(this[ENV], model);
  }

  getDataValidations(): (DataValidation | null)[][] {
    const env = this[ENV];
    const rows: (DataValidation | null)[][] = [];
    for (let r = this.#row; r < this.#row + this.#numRows; r++) {
      const row: (DataValidation | null)[] = [];
      for (let c = this.#column; c < this.#column + this.#numColumns; c++) {
        const model = this.#sheet.validations.get(cellKey(r, c));
        row.push(model === undefined ? null : new DataValidation(env, model));
      }
      rows.push(row);
    }
    return env.realm.block(rows, 0, 0, this.#numRows, this.#numColumns, null);
  }

  clearDataValidations(): Range {
    this.#clear({ validationsOnly: true });
    return this;
  }

  // ---- clearing --------------------------------------------------------------------------

  /**
   * Clears contents and formats (backgrounds, font weights); with options, only what they
   * name (`contentsOnly`, `formatOnly`, `validationsOnly`). Notes stay, as in Sheets.
   */
  clear(options?: unknown): Range {
    this.#clear(clearOptions(options));
    return this;
  }

  clearContent(): Range {
    this.#clear({ contentsOnly: true });
    return this;
  }

  clearFormat(): Range {
    this.#clear({ formatOnly: true });
    return this;
  }

  // ---- geometry ----------------------------------------------------------------------------

  getRow(): number {
    return this.#row;
  }

  getColumn(): number {
    return this.#column;
  }

  getLastRow(): number {
    return this.#row + this.#numRows - 1;
  }

  getLastColumn(): number {
    return this.#column + this.#numColumns - 1;
  }

  getNumRows(): number {
    return this.#numRows;
  }

  getNumColumns(): number {
    return this.#numColumns;
  }

  getHeight(): number {
    return this.#numRows;
  }

  getWidth(): number {
    return this.#numColumns;
  }

  getA1Notation(): string {
    return formatA1({ row: this.#row, column: this.#column, numRows: this.#numRows, numColumns: this.#numColumns });
  }

  getSheet(): Sheet {
    return new Sheet(this[ENV], this.#sheet);
  }

  /** The cell at 1-based (row, column) within this range. */
  getCell(row: number, column: number): Range {
    if (row < 1 || column < 1 || row > this.#numRows || column > this.#numColumns) throw this[ENV].exception('Cell reference out of range');
    return new Range(this[ENV], this.#sheet, this.#row + row - 1, this.#column + column - 1, 1, 1);
  }

  offset(rowOffset: number, columnOffset: number, numRows?: number, numColumns?: number): Range {
    return checkedRange(this[ENV], this.#sheet, this.#row + rowOffset, this.#column + columnOffset,
      numRows ?? this.#numRows, numColumns ?? this.#numColumns);
  }

  /** Makes the range's sheet the active sheet. */
  activate(): Range {
    this[ENV].activeSheetId = this.#sheet.sheetId;
    return this;
  }

  // ---- formatting the model does not store (accepted, no effect) ----------------------------

  setWrap(_isWrapEnabled: unknown): Range {
    return this;
  }

  setNumberFormat(_numberFormat: unknown): Range {
    return this;
  }

  setNumberFormats(numberFormats: unknown): Range {
    this.#checkBlock(numberFormats, 'setNumberFormats');
    return this;
  }

  setVerticalAlignment(_alignment: unknown): Range {
    return this;
  }

  setHorizontalAlignment(_alignment: unknown): Range {
    return this;
  }

  // ---- internals ---------------------------------------------------------------------------

  #read<T>(name: GridName): T[][] {
    const grid = this.#sheet[name] as unknown as (T[] | undefined)[];
    return this[ENV].realm.block(grid, this.#row - 1, this.#column - 1, this.#numRows, this.#numColumns, FILL[name] as T);
  }

  #hostBlock<N extends 'values' | 'formulas'>(name: N): SheetModel[N] {
    const grid = this.#sheet[name];
    const fill = FILL[name];
    const out: unknown[][] = [];
    for (let r = this.#row - 1; r < this.#row - 1 + this.#numRows; r++) {
      const src = grid[r];
      const row: unknown[] = [];
      for (let c = this.#column - 1; c < this.#column - 1 + this.#numColumns; c++) row.push(src?.[c] ?? fill);
      out.push(row);
    }
    return out as SheetModel[N];
  }

  /** Checks a 2-D argument against the range's size, with Apps Script's messages. */
  #checkBlock(data: unknown, method: string): unknown[][] {
    const env = this[ENV];
    if (!Array.isArray(data) || !data.every((row) => Array.isArray(row))) {
      throw env.exception(MSG.signature(describeArgTypes([data]), `${Q}.${method}`));
    }
    const rows = data as unknown[][];
    if (rows.length !== this.#numRows) throw env.exception(MSG.rowsMismatch(rows.length, this.#numRows));
    for (const row of rows) {
      if (row.length !== this.#numColumns) throw env.exception(MSG.columnsMismatch(row.length, this.#numColumns));
    }
    return rows;
  }

  #writeGrid(name: 'backgrounds' | 'notes' | 'fontWeights', data: string[][]): void {
    const grid = this.#sheet[name];
    const c0 = this.#column - 1;
    data.forEach((src, i) => {
      const row = rowFor(grid, this.#row - 1 + i, c0 + src.length - 1, FILL[name]);
      for (let j = 0; j < src.length; j++) row[c0 + j] = src[j] as string;
    });
  }

  #fillGrid(name: 'backgrounds' | 'notes' | 'fontWeights', value: string): void {
    const row = new Array<string>(this.#numColumns).fill(value);
    this.#writeGrid(name, new Array<string[]>(this.#numRows).fill(row));
  }

  #clear(options: ClearOptions): void {
    clearRect(this.#sheet, this.#row - 1, this.#column - 1, this.#numRows, this.#numColumns, options);
  }

  #eachCell(fn: (row: number, column: number) => void): void {
    for (let r = this.#row; r < this.#row + this.#numRows; r++) {
      for (let c = this.#column; c < this.#column + this.#numColumns; c++) fn(r, c);
    }
  }

  #setRule(row: number, column: number, model: DataValidationModel | null): void {
    if (model === null) this.#sheet.validations.delete(cellKey(row, column));
    else this.#sheet.validations.set(cellKey(row, column), model);
  }

  #ruleModel(rule: unknown, method: string): DataValidationModel | null {
    if (rule === null) return null;
    if (!(rule instanceof DataValidation)) throw this[ENV].exception(MSG.signature(describeArgTypes([rule]), `${Q}.${method}`));
    return DataValidation.modelOf(rule);
  }
}

/** Range.clear's options object, checked. */
export function clearOptions(options: unknown): ClearOptions {
  const opts = (options ?? {}) as Record<string, unknown>;
  if (opts.commentsOnly === true || opts.skipFilteredRows === true) {
    throw notEmulated('clear with commentsOnly or skipFilteredRows');
  }
  return { contentsOnly: opts.contentsOnly === true, formatOnly: opts.formatOnly === true, validationsOnly: opts.validationsOnly === true };
}

function colour(value: unknown): string {
  const normalised = normaliseColour(value);
  if (normalised === undefined) throw notEmulated(`the colour ${JSON.stringify(value)}`);
  return normalised;
}

function noteText(value: unknown): string {
  return value === null || value === undefined ? '' : String(value);
}

function fontWeight(value: unknown): string {
  return value === null ? 'normal' : fontWeightOf(value);
}

function fontWeightOf(value: unknown): string {
  if (value === 'bold' || value === 'normal') return value;
  throw notEmulated(`the font weight ${JSON.stringify(value)}`);
}

declareNotEmulated(Range, 'Range', [
  'merge', 'mergeAcross', 'mergeVertically', 'breakApart', 'sort', 'copyTo', 'copyValuesToRange', 'copyFormatToRange',
  'moveTo', 'protect', 'setFontColor', 'setFontColors', 'setFontSize', 'setFontSizes', 'setFontFamily',
  'setFontFamilies', 'setFontStyle', 'setFontStyles', 'setFontLine', 'setBorder', 'insertCheckboxes',
  'removeCheckboxes', 'check', 'uncheck', 'isChecked', 'getRichTextValue', 'getRichTextValues', 'setRichTextValue',
  'setRichTextValues', 'createFilter', 'getFilter', 'getMergedRanges', 'autoFill', 'autoFillToNeighbor',
  'trimWhitespace', 'removeDuplicates', 'createTextFinder', 'getNumberFormat', 'getNumberFormats', 'setTextRotation',
  'setShowHyperlink', 'randomize', 'getFontColor', 'getFontColors', 'getFontColorObject', 'getFontSize',
  'getFontSizes', 'getFontFamily', 'getHorizontalAlignment', 'getHorizontalAlignments', 'getVerticalAlignment',
  'getVerticalAlignments', 'getWrap', 'getWraps', 'setWraps', 'setWrapStrategy', 'getDataRegion', 'getNextDataCell',
  'splitTextToColumns', 'deleteCells', 'insertCells', 'setBackgroundRGB', 'setBackgroundColor',
  'getBackgroundObject', 'getBackgroundObjects', 'setBackgroundObject', 'setBackgroundObjects', 'getFormulaR1C1',
  'getFormulasR1C1', 'setFormulaR1C1', 'setFormulasR1C1', 'getDataSourceTables', 'shiftRowGroupDepth',
  'shiftColumnGroupDepth', 'activateAsCurrentCell', 'getGridId', 'getRangeList', 'getValuesAsJSON',
]);

instrument(Range, { service: 'SpreadsheetApp', className: 'Range', qualifiedName: Q, scopes: SHEETS_SCOPES });
