/**
 * A form's response sheet, written the way Google Forms writes it (not through the script's
 * services: nothing here is counted or authorized):
 *
 * - linking creates a NEW sheet named by the spreadsheet's language (`Câu trả lời biểu mẫu 1`,
 *   `Form Responses 1`, the next free number), placed first, row 1 frozen, with the header
 *   `Dấu thời gian`/`Timestamp` (+ `Địa chỉ email`/`Email Address` when the form collects
 *   addresses) + the question titles in form order (no column for section headers), and the
 *   existing responses below it;
 * - a question added later gets a new column right after the last form column (columns to
 *   its right shift); a renamed question renames its header cell; a deleted question keeps
 *   its column (and data) but is no longer linked; moving questions moves no column;
 * - a response is a new row below the last used row: the timestamp as a Date, answers in their
 *   columns (dates as Dates at local midnight, checkboxes as the choices joined by ", ", text
 *   as plain text even when it starts with `=`); an edited response rewrites its own row.
 *
 * Columns are remembered per question; when a script inserted or moved columns, a question's
 * column is found again by its header text (a header renamed by hand keeps its column).
 */
import { displayValue } from './display';
import type { Env } from './env';
import { FILL, insertColumns, lastUsedRow, rowFor } from './grid';
import {
  EMAIL_HEADERS, isQuestion, responseSheetLabels, TIMESTAMP_HEADERS,
  type AnswerValue, type DestinationModel, type FormItemModel, type FormModel, type FormResponseModel,
} from './form-model';
import { newSheetModel, type CellValue, type SheetModel } from './workbook-model';
import { instantFromZoned } from './zoned-time';

/** What a submission wrote: where, and the event fields Google derives from the row. */
export interface WrittenRow {
  sheetId: number;
  /** 1-based row. */
  row: number;
  /** Columns 1..lastColumn are the form's (the event's range spans them). */
  lastColumn: number;
  /** Display text of each cell of the range (blank for unchanged answers of an edit). */
  values: string[];
  /** Header → display texts (blank for unchanged answers of an edit). */
  namedValues: Record<string, string[]>;
}

/** The linked response sheet of `form`, or null (no destination, or the sheet was deleted). */
export function destinationSheet(env: Env, form: FormModel): SheetModel | null {
  const link = form.destination;
  if (link === null || link.spreadsheetId !== env.workbook.id) return null;
  return env.workbook.sheets.find((s) => s.sheetId === link.sheetId) ?? null;
}

/** Links `form` to a new response sheet of the bound spreadsheet (see the file comment). */
export function linkDestination(env: Env, form: FormModel): SheetModel {
  unlinkDestination(env, form);
  const workbook = env.workbook;
  const labels = responseSheetLabels(workbook.locale);
  const taken = new Set(workbook.sheets.map((s) => s.name.toLowerCase()));
  let n = 1;
  while (taken.has(labels.sheetName(n).toLowerCase())) n += 1;
  const questions = form.items.filter((i) => isQuestion(i.type));
  const header: string[] = [labels.timestamp];
  const link: DestinationModel = {
    spreadsheetId: workbook.id, sheetId: 0, timestampColumn: 1, emailColumn: null, columns: {}, rows: {},
  };
  if (form.collectEmail) {
    header.push(labels.email);
    link.emailColumn = header.length;
  }
  for (const item of questions) {
    header.push(item.title);
    link.columns[String(item.id)] = header.length;
  }
  link.sheetId = workbook.sheets.reduce((max, s) => Math.max(max, s.sheetId), -1) + 1;
  const sheet = newSheetModel(labels.sheetName(n), link.sheetId, 1000, Math.max(26, header.length));
  sheet.frozenRows = 1;
  sheet.formId = form.id;
  writeCells(sheet, 1, 1, header);
  if (env.activeSheetId === null && workbook.sheets[0] !== undefined) env.activeSheetId = workbook.sheets[0].sheetId;
  workbook.sheets.unshift(sheet);
  form.destination = link;
  const ordered = [...form.responses].sort((a, b) => a.timestamp.getTime() - b.timestamp.getTime());
  for (const response of ordered) writeResponseRow(env, form, response, null);
  return sheet;
}

/** Unlinks `form` from its response sheet (the sheet and its data stay). */
export function unlinkDestination(env: Env, form: FormModel): void {
  const sheet = destinationSheet(env, form);
  if (sheet !== null && sheet.formId === form.id) delete sheet.formId;
  form.destination = null;
}

/** Gives a question added to a linked form its column, right after the last form column. */
export function addQuestionColumn(env: Env, form: FormModel, item: FormItemModel): void {
  const sheet = destinationSheet(env, form);
  const link = form.destination;
  if (sheet === null || link === null || !isQuestion(item.type)) return;
  resolveColumns(form, sheet);
  const at = lastFormColumn(link) + 1;
  insertColumn(sheet, link, at);
  link.columns[String(item.id)] = at;
  writeCells(sheet, 1, at, [item.title]);
}

/** Renames the header cell of a question whose title changed. */
export function renameQuestionColumn(env: Env, form: FormModel, item: FormItemModel, oldTitle: string): void {
  const sheet = destinationSheet(env, form);
  const link = form.destination;
  if (sheet === null || link === null) return;
  resolveColumns(form, sheet, new Map([[item.id, oldTitle]]));
  const column = link.columns[String(item.id)];
  if (column !== undefined) writeCells(sheet, 1, column, [item.title]);
}

/** Forgets the column of a deleted question (its cells stay, as in Google). */
export function dropQuestionColumn(form: FormModel, itemId: number): void {
  if (form.destination !== null) delete form.destination.columns[String(itemId)];
}

/** Adds the respondent-email column after the timestamp when a linked form starts collecting addresses. */
export function addEmailColumn(env: Env, form: FormModel): void {
  const sheet = destinationSheet(env, form);
  const link = form.destination;
  if (sheet === null || link === null || link.emailColumn !== null) return;
  resolveColumns(form, sheet);
  const at = link.timestampColumn + 1;
  insertColumn(sheet, link, at);
  link.emailColumn = at;
  writeCells(sheet, 1, at, [responseSheetLabels(env.workbook.locale).email]);
}

/**
 * Writes `response` into its row (a new row below the last used one, or its own row when it
 * was written before) and returns the event fields. `changed` lists the item ids an edit
 * changed (their cells alone are non-blank in the event values); null means all.
 */
export function writeResponseRow(env: Env, form: FormModel, response: FormResponseModel, changed: ReadonlySet<number> | null): WrittenRow | null {
  const sheet = destinationSheet(env, form);
  const link = form.destination;
  if (sheet === null || link === null) return null;
  resolveColumns(form, sheet);
  const { timeZone, locale } = env.workbook;
  let row = link.rows[response.id];
  if (row === undefined) {
    row = lastUsedRow(sheet) + 1;
    link.rows[response.id] = row;
  }
  if (row > sheet.maxRows) sheet.maxRows = row;
  const lastColumn = lastFormColumn(link);
  if (lastColumn > sheet.maxColumns) sheet.maxColumns = lastColumn;
  const changedColumns = new Set<number>([link.timestampColumn]);
  writeCells(sheet, row, link.timestampColumn, [new Date(response.timestamp.getTime())]);
  if (link.emailColumn !== null) {
    writeCells(sheet, row, link.emailColumn, [response.respondentEmail]);
    if (changed === null) changedColumns.add(link.emailColumn);
  }
  const byId = new Map(form.items.map((i) => [i.id, i]));
  for (const [key, column] of Object.entries(link.columns)) {
    const item = byId.get(Number(key));
    if (item === undefined) continue;
    const answer = response.answers.find((a) => a.itemId === item.id);
    writeCells(sheet, row, column, [answer === undefined ? '' : answerCell(item, answer.value, timeZone)]);
    if (changed === null || changed.has(item.id)) changedColumns.add(column);
  }
  const values: string[] = [];
  const namedValues: Record<string, string[]> = {};
  const header = sheet.values[0] ?? [];
  const cells = sheet.values[row - 1] ?? [];
  for (let c = 1; c <= lastColumn; c++) {
    const shown = changedColumns.has(c) ? displayValue(cells[c - 1] ?? '', locale, timeZone) : '';
    values.push(shown);
    const name = String(header[c - 1] ?? '');
    (namedValues[name] ??= []).push(shown);
  }
  return { sheetId: sheet.sheetId, row, lastColumn, values, namedValues };
}

/** The cell Google writes for an answer. */
export function answerCell(item: FormItemModel, value: AnswerValue, timeZone: string): CellValue {
  if (item.type === 'DATE' && typeof value === 'string') {
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
    if (m !== null) return new Date(instantFromZoned(Number(m[1]), Number(m[2]), Number(m[3]), 0, 0, 0, timeZone));
    return value;
  }
  if (item.type === 'FILE_UPLOAD') {
    const ids = Array.isArray(value) ? value : [value];
    return ids.map((id) => `https://drive.google.com/open?id=${id}`).join(', ');
  }
  return Array.isArray(value) ? value.join(', ') : value;
}

/** The last column that belongs to the form (timestamp, email, questions). */
function lastFormColumn(link: DestinationModel): number {
  let last = Math.max(link.timestampColumn, link.emailColumn ?? 0);
  for (const column of Object.values(link.columns)) last = Math.max(last, column);
  return last;
}

/** Inserts one empty column before 1-based `at`, shifting the remembered columns. */
function insertColumn(sheet: SheetModel, link: DestinationModel, at: number): void {
  if (at <= sheet.maxColumns) insertColumns(sheet, at - 1, 1, null);
  else sheet.maxColumns = at;
  const shift = (c: number): number => (c >= at ? c + 1 : c);
  link.timestampColumn = shift(link.timestampColumn);
  if (link.emailColumn !== null) link.emailColumn = shift(link.emailColumn);
  for (const key of Object.keys(link.columns)) link.columns[key] = shift(link.columns[key] as number);
}

/**
 * Checks each remembered column against the header row; a column whose header no longer
 * matches is looked for by its text (a script moved or inserted columns). `oldTitles` gives
 * the header text to expect for items being renamed.
 */
function resolveColumns(form: FormModel, sheet: SheetModel, oldTitles: ReadonlyMap<number, string> = new Map()): void {
  const link = form.destination;
  if (link === null) return;
  const header = (sheet.values[0] ?? []).map((v) => String(v));
  const claimed = new Set<number>();
  const find = (accept: (h: string) => boolean, current: number): number => {
    if (accept(header[current - 1] ?? '') && !claimed.has(current)) return current;
    for (let c = 1; c <= header.length; c++) {
      if (!claimed.has(c) && accept(header[c - 1] ?? '')) return c;
    }
    return current;
  };
  link.timestampColumn = find((h) => TIMESTAMP_HEADERS.includes(h), link.timestampColumn);
  claimed.add(link.timestampColumn);
  if (link.emailColumn !== null) {
    link.emailColumn = find((h) => EMAIL_HEADERS.includes(h), link.emailColumn);
    claimed.add(link.emailColumn);
  }
  for (const item of form.items) {
    const key = String(item.id);
    const current = link.columns[key];
    if (current === undefined) continue;
    const expected = oldTitles.get(item.id) ?? item.title;
    const column = expected === '' ? current : find((h) => h === expected, current);
    link.columns[key] = column;
    claimed.add(column);
  }
}

/** Writes values into one row from 1-based (row, column): plain values, never formulas. */
function writeCells(sheet: SheetModel, row: number, column: number, values: readonly CellValue[]): void {
  const cells = rowFor(sheet.values, row - 1, column - 1 + values.length - 1, FILL.values as CellValue);
  const formulas = sheet.formulas[row - 1];
  values.forEach((v, i) => {
    cells[column - 1 + i] = v;
    if (formulas !== undefined && column - 1 + i < formulas.length) formulas[column - 1 + i] = '';
  });
}
