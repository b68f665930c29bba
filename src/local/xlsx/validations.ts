/**
 * List data validations between the model and .xlsx. A list is written inline
 * ("a,b,c") when Excel allows it; a list with a comma in an item or longer than Excel's
 * 255-character limit goes to the hidden sheet `_thidua_lists` and is referenced as a
 * range. On reading, inline lists and range references (also Google's "dropdown from a
 * range") become the list of values. Read lists always show their dropdown (Excel's
 * `showDropDown` is not kept).
 */
import type { DataValidationModel } from '../emulator/workbook-model';

/** A rule as the file states it: its type, formulas and how it rejects a value. */
export interface FileValidation {
  type: string;
  formulae?: unknown[];
  showErrorMessage?: boolean;
  errorStyle?: string;
  allowBlank?: boolean;
}

/** Name of the hidden sheet holding lists that cannot be written inline. */
export const LISTS_SHEET = '_thidua_lists';
const INLINE_LIMIT = 255;

/** 1-based column number → letters ('A', …, 'Z', 'AA', …). */
export function columnLetters(column: number): string {
  let letters = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

/** Letters → 1-based column number ('A' → 1, 'AA' → 27). */
export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** Chooses the formula of each list, collecting the lists that need `_thidua_lists`. */
export class ListFormulas {
  /** One column of `_thidua_lists` per distinct long list, in column order. */
  readonly sheetLists: string[][] = [];
  private readonly byValues = new Map<string, string>();

  /** `firstColumn`: columns of `_thidua_lists` already used (by a file being written into). */
  constructor(readonly firstColumn = 0) {}

  /** The `formula1` of a list rule with these values. */
  formulaFor(values: string[]): string {
    const inner = values.map((v) => v.replace(/"/g, '""')).join(',');
    if (!values.some((v) => v.includes(',')) && inner.length <= INLINE_LIMIT) return `"${inner}"`;
    const key = JSON.stringify(values);
    let formula = this.byValues.get(key);
    if (!formula) {
      this.sheetLists.push(values);
      const column = columnLetters(this.firstColumn + this.sheetLists.length);
      formula = `'${LISTS_SHEET}'!$${column}$1:$${column}$${Math.max(values.length, 1)}`;
      this.byValues.set(key, formula);
    }
    return formula;
  }
}

/** Reads the text values of a range such as `'Sheet'!$A$1:$A$5` (or of the current sheet). */
export type RangeReader = (sheetName: string | undefined, top: number, left: number, bottom: number, right: number) => string[];

const SHEET_PREFIX = String.raw`(?:(?:'((?:[^']|'')+)'|([^'!]+))!)?`;
/** `A1`, `$A$1:$B$9` (rows required) or `A:A` (whole columns), after an optional sheet name. */
const CELL_RANGE = new RegExp(String.raw`^${SHEET_PREFIX}\$?([A-Za-z]{1,3})\$?(\d+)(?::\$?([A-Za-z]{1,3})\$?(\d+))?$`);
const COLUMN_RANGE = new RegExp(String.raw`^${SHEET_PREFIX}\$?([A-Za-z]{1,3}):\$?([A-Za-z]{1,3})$`);
const LAST_ROW = 1_048_576;

function listValues(formula: string, readRange: RangeReader): string[] | null {
  const text = formula.trim();
  if (text.startsWith('"') && text.endsWith('"') && text.length >= 2) {
    const inner = text.slice(1, -1).replace(/""/g, '"');
    return inner === '' ? [] : inner.split(',');
  }
  const cells = CELL_RANGE.exec(text);
  const columns = cells ? null : COLUMN_RANGE.exec(text);
  const match = cells ?? columns;
  if (!match) return null;
  const sheetName = match[1] !== undefined ? match[1].replace(/''/g, "'") : match[2];
  const [left, right, top, bottom] = cells
    ? [columnNumber(cells[3]), columnNumber(cells[5] ?? cells[3]), Number(cells[4]), Number(cells[6] ?? cells[4])]
    : [columnNumber(match[3]), columnNumber(match[4]), 1, LAST_ROW];
  return readRange(sheetName, Math.min(top, bottom), Math.min(left, right), Math.max(top, bottom), Math.max(left, right));
}

/** The model rule of a file's rule, or null when it is not a list the model can hold. */
export function fromExcelValidation(rule: FileValidation, readRange: RangeReader): DataValidationModel | null {
  if (rule.type !== 'list' || !rule.formulae?.length) return null;
  const values = listValues(String(rule.formulae[0]), readRange);
  if (!values) return null;
  const rejects = rule.showErrorMessage === true && (rule.errorStyle === undefined || rule.errorStyle === 'stop');
  return { kind: 'list', values, showDropdown: true, allowInvalid: !rejects };
}
