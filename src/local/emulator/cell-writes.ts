/**
 * Writing script values into cells, with Sheets' rules: a string starting with `=` is a
 * formula (stored in `formulas`; its value reads '' since nothing is evaluated here), a
 * string starting with `'` is text without the apostrophe, null/undefined clears the cell,
 * numbers, booleans and Dates (of any realm) are kept as such, and a cell holds at most
 * 50,000 characters. Strings are stored as given: unlike Sheets, no string is turned into a
 * number or date ("0123" stays text).
 */
import type { Env } from './env';
import { FILL, rowFor } from './grid';
import { MSG, notEmulated } from './messages';
import type { CellValue, SheetModel } from './workbook-model';

const MAX_CELL_CHARS = 50_000;

/** Checks a block of script values before any is written (a write is all or nothing). */
export function checkWritable(env: Env, data: readonly (readonly unknown[])[]): void {
  for (const row of data) {
    for (const v of row) {
      if (typeof v === 'string') {
        if (v.length > MAX_CELL_CHARS) throw env.exception(MSG.cellTooLong);
      } else if (typeof v === 'number') {
        if (!Number.isFinite(v)) throw notEmulated(`writing ${String(v)} to a cell`);
      } else if (typeof v === 'object' && v !== null) {
        if (!isDate(v)) throw notEmulated('writing an object that is not a Date to a cell');
        if (Number.isNaN(v.getTime())) throw notEmulated('writing an invalid Date to a cell');
      } else if (v !== null && v !== undefined && typeof v !== 'boolean') {
        throw notEmulated(`writing a ${typeof v} to a cell`);
      }
    }
  }
}

/** Writes a checked block with its top-left cell at 0-based (r0, c0). */
export function writeBlock(sheet: SheetModel, r0: number, c0: number, data: readonly (readonly unknown[])[]): void {
  for (let i = 0; i < data.length; i++) {
    const src = data[i] as readonly unknown[];
    if (src.length === 0) continue;
    const r = r0 + i;
    const values = rowFor(sheet.values, r, c0 + src.length - 1, FILL.values as CellValue);
    const formulas = sheet.formulas[r];
    for (let j = 0; j < src.length; j++) {
      const c = c0 + j;
      const v = src[j];
      if (typeof v === 'string' && v.length > 1 && v.charCodeAt(0) === 61 /* = */) {
        values[c] = '';
        rowFor(sheet.formulas, r, c, FILL.formulas)[c] = v;
        continue;
      }
      if (formulas !== undefined && c < formulas.length) formulas[c] = '';
      values[c] = storedValue(v);
    }
  }
}

/** Writes one checked value into every cell of a rectangle (Range.setValue). */
export function fillBlock(sheet: SheetModel, r0: number, c0: number, numRows: number, numColumns: number, value: unknown): void {
  const row = new Array<unknown>(numColumns).fill(value);
  const data = new Array<unknown[]>(numRows).fill(row);
  writeBlock(sheet, r0, c0, data);
}

function storedValue(v: unknown): CellValue {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v.charCodeAt(0) === 39 /* ' */ ? v.slice(1) : v;
  if (typeof v === 'number' || typeof v === 'boolean') return v;
  return new Date((v as Date).getTime());
}

/** Whether a value is a Date of any realm. */
export function isDate(v: unknown): v is Date {
  return typeof v === 'object' && v !== null && Object.prototype.toString.call(v) === '[object Date]';
}
