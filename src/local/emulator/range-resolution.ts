/**
 * Turning `getRange` arguments into a Range: `(row, column, numRows?, numColumns?)` with
 * Apps Script's checks and messages, or A1 notation (optionally with a sheet name). Real
 * Sheets never grows the grid on getRange: a range outside it is an error.
 */
import { parseA1, resolveA1 } from './a1';
import type { Env } from './env';
import { describeArgTypes, MSG } from './messages';
import { Range } from './range';
import type { SheetModel } from './workbook-model';

/** The sheet of the workbook with exactly this name. */
export function findSheet(env: Env, name: string): SheetModel | undefined {
  return env.workbook.sheets.find((s) => s.name === name);
}

/** The active sheet (the first one when none was activated or the active one is gone). */
export function activeSheet(env: Env): SheetModel {
  const sheets = env.workbook.sheets;
  const active = sheets.find((s) => s.sheetId === env.activeSheetId);
  const sheet = active ?? sheets[0];
  if (sheet === undefined) throw new Error('The emulated workbook has no sheet');
  return sheet;
}

/** A range from A1 notation; a sheet name in it overrides `defaultSheet`. */
export function rangeFromA1(env: Env, defaultSheet: SheetModel, text: string): Range {
  const ref = parseA1(text);
  if (ref === null) throw env.exception(MSG.rangeNotFound);
  const sheet = ref.sheetName === null ? defaultSheet : findSheet(env, ref.sheetName);
  if (sheet === undefined) throw env.exception(MSG.rangeNotFound);
  const rect = resolveA1(ref, sheet.maxRows, sheet.maxColumns);
  if (rect === null) throw env.exception(MSG.rangeNotFound);
  return new Range(env, sheet, rect.row, rect.column, rect.numRows, rect.numColumns);
}

/** A range from Sheet.getRange's arguments (numbers, or one A1 string). */
export function rangeFromArgs(env: Env, sheet: SheetModel, args: readonly unknown[], qualifiedMethod: string): Range {
  if (args.length === 1 && typeof args[0] === 'string') return rangeFromA1(env, sheet, args[0]);
  if (args.length < 2 || args.length > 4 || !args.every((a) => typeof a === 'number' && Number.isFinite(a))) {
    throw env.exception(MSG.signature(describeArgTypes(args), qualifiedMethod));
  }
  const [row, column, numRows = 1, numColumns = 1] = (args as number[]).map(Math.trunc);
  return checkedRange(env, sheet, row ?? 1, column ?? 1, numRows, numColumns);
}

/** A range at 1-based coordinates, with Apps Script's checks in Apps Script's order. */
export function checkedRange(env: Env, sheet: SheetModel, row: number, column: number, numRows: number, numColumns: number): Range {
  if (row < 1) throw env.exception(MSG.startRowTooSmall);
  if (column < 1) throw env.exception(MSG.startColumnTooSmall);
  if (numRows < 1) throw env.exception(MSG.numRowsTooSmall);
  if (numColumns < 1) throw env.exception(MSG.numColumnsTooSmall);
  if (row + numRows - 1 > sheet.maxRows || column + numColumns - 1 > sheet.maxColumns) throw env.exception(MSG.outsideSheet);
  return new Range(env, sheet, row, column, numRows, numColumns);
}
