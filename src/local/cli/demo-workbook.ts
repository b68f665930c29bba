/**
 * The embedded default of `npm start`: what a staff member and the units would have typed
 * into the spreadsheet after `Khởi tạo bảng tính` — the roster's contact details, and the
 * sample form responses written into `Đăng ký` the way Google Forms appends them. It edits
 * the plain model directly, as a person typing would, not through the add-in.
 */
import { ANSWER, SHEET, UNIT_HEADER, type AnswerKey } from '../../core/contract';
import { normalizeName } from '../../core/names';
import { rowFor } from '../emulator/grid';
import type { CellValue, SheetModel, WorkbookModel } from '../emulator/workbook-model';
import { SAMPLE_RESPONSES, SAMPLE_UNIT_DETAILS } from './sample-data';

function sheetOf(model: WorkbookModel, name: string): SheetModel {
  const sheet = model.sheets.find((s) => s.name === name);
  if (!sheet) throw new Error(`The demo needs the sheet "${name}": run setupWorkbook first.`);
  return sheet;
}

function columnOf(sheet: SheetModel, header: string): number {
  const c = (sheet.values[0] ?? []).findIndex((h) => normalizeName(h) === normalizeName(header));
  if (c < 0) throw new Error(`The demo needs the column "${header}" in "${sheet.name}".`);
  return c;
}

function setCell(sheet: SheetModel, r: number, c: number, value: CellValue): void {
  rowFor(sheet.values, r, c, '' as CellValue)[c] = value;
}

/** The demo's contact address, typed into `Cấu hình` › `Email đầu mối`. */
export const DEMO_CONTACT_EMAIL = 'bxdd@tholap.example';

/** Types the roster's e-mails, persons and overrides into `Đơn vị`, and the contact e-mail into `Cấu hình`. */
export function typeUnitDetails(model: WorkbookModel): void {
  const config = sheetOf(model, SHEET.config);
  const contactRow = config.values.findIndex((r) => normalizeName(r[0]) === normalizeName('Email đầu mối'));
  if (contactRow > 0) setCell(config, contactRow, 1, DEMO_CONTACT_EMAIL);
  const sheet = sheetOf(model, SHEET.units);
  const nameCol = columnOf(sheet, UNIT_HEADER.name);
  const cols = {
    email: columnOf(sheet, UNIT_HEADER.email), person: columnOf(sheet, UNIT_HEADER.person),
    min: columnOf(sheet, UNIT_HEADER.min), max: columnOf(sheet, UNIT_HEADER.max), ownDeadline: columnOf(sheet, UNIT_HEADER.ownDeadline),
  };
  const byName = new Map(Object.entries(SAMPLE_UNIT_DETAILS).map(([name, d]) => [normalizeName(name), d]));
  for (let r = 1; r < sheet.values.length; r++) {
    const details = byName.get(normalizeName(sheet.values[r][nameCol]));
    if (!details) continue;
    setCell(sheet, r, cols.email, details.email);
    setCell(sheet, r, cols.person, details.person);
    if (details.min !== undefined) setCell(sheet, r, cols.min, details.min);
    if (details.max !== undefined) setCell(sheet, r, cols.max, details.max);
    if (details.ownDeadline !== undefined) setCell(sheet, r, cols.ownDeadline, details.ownDeadline);
  }
}

/** Appends sample responses (all by default) under the headers of `Đăng ký`, answer columns only. */
export function appendSampleResponses(model: WorkbookModel, responses: typeof SAMPLE_RESPONSES = SAMPLE_RESPONSES): number {
  const sheet = sheetOf(model, SHEET.registrations);
  const keys = Object.keys(ANSWER) as AnswerKey[];
  const columns = new Map(keys.map((k) => [k, columnOf(sheet, ANSWER[k])]));
  let r = Math.max(sheet.values.length, 1);
  for (const response of responses) {
    for (const key of keys) {
      const value = response[key];
      if (value !== undefined && value !== '') setCell(sheet, r, columns.get(key)!, value);
    }
    r++;
  }
  if (r > sheet.maxRows) sheet.maxRows = r;
  return responses.length;
}
