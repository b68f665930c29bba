/**
 * SpreadsheetApp.Spreadsheet over the WorkbookModel: its sheets (find, insert, delete,
 * activate), A1 ranges with sheet names, time zone and locale, and toasts.
 */
import type { Env } from './env';
import { declareNotEmulated, Emulated, ENV, instrument } from './instrument';
import { describeArgTypes, MSG, notEmulated } from './messages';
import type { Range } from './range';
import { activeSheet, rangeFromA1 } from './range-resolution';
import { SHEETS_SCOPES } from './scopes';
import { Sheet } from './sheet';
import { newSheetModel } from './workbook-model';

const Q = 'SpreadsheetApp.Spreadsheet';
/** Seconds a toast stays when no timeout is given. */
const DEFAULT_TOAST_SECONDS = 5;

/** The spreadsheet the script is bound to. */
export class Spreadsheet extends Emulated {
  constructor(env: Env) {
    super(env);
  }

  getId(): string {
    return this[ENV].workbook.id;
  }

  getName(): string {
    return this[ENV].workbook.name;
  }

  rename(newName: unknown): void {
    this[ENV].workbook.name = String(newName);
  }

  getUrl(): string {
    return `https://docs.google.com/spreadsheets/d/${this[ENV].workbook.id}/edit`;
  }

  getSheets(): Sheet[] {
    const env = this[ENV];
    return env.realm.array(env.workbook.sheets.map((s) => new Sheet(env, s)));
  }

  getNumSheets(): number {
    return this[ENV].workbook.sheets.length;
  }

  /** The sheet with exactly this name, or null. */
  getSheetByName(name: unknown): Sheet | null {
    const env = this[ENV];
    const sheet = env.workbook.sheets.find((s) => s.name === name);
    return sheet === undefined ? null : new Sheet(env, sheet);
  }

  getSheetById(id: unknown): Sheet | null {
    const env = this[ENV];
    const sheet = env.workbook.sheets.find((s) => s.sheetId === id);
    return sheet === undefined ? null : new Sheet(env, sheet);
  }

  /**
   * `insertSheet()`, `insertSheet(index)`, `insertSheet(name)`, `insertSheet(name, index)`:
   * adds an empty 1000 × 26 sheet (at 0-based `index`, else last) and activates it.
   */
  insertSheet(...args: unknown[]): Sheet {
    const env = this[ENV];
    const sheets = env.workbook.sheets;
    const [first, second] = args;
    const name = typeof first === 'string' ? first : undefined;
    const index = typeof first === 'number' ? first : typeof second === 'number' ? second : undefined;
    const wellFormed = args.length <= 2
      && (first === undefined || typeof first === 'string' || (typeof first === 'number' && args.length === 1))
      && (second === undefined || (typeof second === 'number' && typeof first === 'string'));
    if (!wellFormed) {
      if (args.length <= 3 && args.some((a) => typeof a === 'object' && a !== null)) throw notEmulated('insertSheet with options');
      throw env.exception(MSG.signature(describeArgTypes(args), `${Q}.insertSheet`));
    }
    if (index !== undefined && (!Number.isInteger(index) || index < 0 || index > sheets.length)) {
      throw notEmulated(`insertSheet at index ${index} of ${sheets.length} sheets`);
    }
    const finalName = name ?? defaultSheetName(env);
    if (sheets.some((s) => s.name.toLowerCase() === finalName.toLowerCase())) throw env.exception(MSG.sheetExists(finalName));
    const sheetId = sheets.reduce((max, s) => Math.max(max, s.sheetId), -1) + 1;
    const model = newSheetModel(finalName, sheetId);
    sheets.splice(index ?? sheets.length, 0, model);
    env.activeSheetId = sheetId;
    return new Sheet(env, model);
  }

  deleteSheet(sheet: unknown): void {
    const env = this[ENV];
    if (!(sheet instanceof Sheet)) throw env.exception(MSG.signature(describeArgTypes([sheet]), `${Q}.deleteSheet`));
    const model = Sheet.modelOf(sheet);
    const sheets = env.workbook.sheets;
    const at = sheets.indexOf(model);
    if (at < 0) return;
    if (sheets.length === 1) throw env.exception(MSG.removeAllSheets);
    sheets.splice(at, 1);
    if (env.activeSheetId === model.sheetId) env.activeSheetId = (sheets[Math.max(0, at - 1)] ?? sheets[0])?.sheetId ?? null;
  }

  getActiveSheet(): Sheet {
    const env = this[ENV];
    return new Sheet(env, activeSheet(env));
  }

  setActiveSheet(sheet: unknown): Sheet {
    const env = this[ENV];
    if (!(sheet instanceof Sheet)) throw env.exception(MSG.signature(describeArgTypes([sheet]), `${Q}.setActiveSheet`));
    env.activeSheetId = Sheet.modelOf(sheet).sheetId;
    return sheet;
  }

  /** A range in A1 notation; without a sheet name, on the active sheet. */
  getRange(a1Notation: unknown): Range {
    const env = this[ENV];
    if (typeof a1Notation !== 'string') throw env.exception(MSG.signature(describeArgTypes([a1Notation]), `${Q}.getRange`));
    return rangeFromA1(env, activeSheet(env), a1Notation);
  }

  getSpreadsheetTimeZone(): string {
    return this[ENV].workbook.timeZone;
  }

  setSpreadsheetTimeZone(timezone: unknown): void {
    this[ENV].workbook.timeZone = String(timezone);
  }

  getSpreadsheetLocale(): string {
    return this[ENV].workbook.locale;
  }

  setSpreadsheetLocale(locale: unknown): void {
    this[ENV].workbook.locale = String(locale);
  }

  /** Shows a toast (recorded in uiLog.toasts). */
  toast(msg: unknown, title?: unknown, timeoutSeconds?: unknown): void {
    this[ENV].uiLog.toasts.push({
      message: String(msg),
      title: title === undefined || title === null ? '' : String(title),
      timeoutSeconds: typeof timeoutSeconds === 'number' ? timeoutSeconds : DEFAULT_TOAST_SECONDS,
    });
  }
}

function defaultSheetName(env: Env): string {
  const base = env.workbook.locale.startsWith('vi') ? 'Trang tính' : 'Sheet';
  const taken = new Set(env.workbook.sheets.map((s) => s.name.toLowerCase()));
  let n = env.workbook.sheets.length + 1;
  while (taken.has(`${base}${n}`.toLowerCase())) n += 1;
  return `${base}${n}`;
}

declareNotEmulated(Spreadsheet, 'Spreadsheet', [
  'getRangeByName', 'getNamedRanges', 'setNamedRange', 'getOwner', 'getEditors', 'getViewers', 'addEditor',
  'addEditors', 'removeEditor', 'addViewer', 'removeViewer', 'getFormUrl', 'getActiveRange', 'getActiveCell',
  'getSelection', 'setActiveRange', 'duplicateActiveSheet', 'copy', 'moveActiveSheet', 'getAs', 'getBlob',
  'addMenu', 'updateMenu', 'removeMenu', 'show', 'getProtections', 'getDeveloperMetadata', 'addDeveloperMetadata',
  'createTextFinder', 'getRangeList', 'insertSheetWithDataSourceTable', 'getDataSourceSheets', 'getSpreadsheetTheme',
  'setRecalculationInterval', 'getRecalculationInterval', 'setIterativeCalculationEnabled',
]);

instrument(Spreadsheet, { service: 'SpreadsheetApp', className: 'Spreadsheet', qualifiedName: Q, scopes: SHEETS_SCOPES });
