/**
 * The embedded run of `npm start`: what a staff member and the units would have typed into
 * the spreadsheet after `Khởi tạo bảng tính` — the roster's contact details, and the sample
 * responses written into `Đăng ký` the way Google Forms appends them (by column header). It
 * edits the plain model directly, as a person typing would, not through the add-in.
 */
import { CONFIG_KEY, SHEET, UNIT_HEADER } from '../../core/contract';
import { normalizeName } from '../../core/names';
import { rowFor } from '../emulator/grid';
import type { CellValue, SheetModel, WorkbookModel } from '../emulator/workbook-model';
import { SAMPLE_RESPONSES, SAMPLE_UNIT_DETAILS } from './sample-data';
import { rowOfAnswers } from './samples/dang-ky-mo-hinh';
import type { SampleRow, UnitDetail } from './samples/sample-types';

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
export function typeUnitDetails(
  model: WorkbookModel,
  details: Readonly<Record<string, UnitDetail>> = SAMPLE_UNIT_DETAILS,
  contactEmail = DEMO_CONTACT_EMAIL,
): void {
  const config = sheetOf(model, SHEET.config);
  const contactRow = config.values.findIndex((r) => normalizeName(r[0]) === normalizeName(CONFIG_KEY.contactEmail));
  if (contactRow > 0) setCell(config, contactRow, 1, contactEmail);
  const sheet = sheetOf(model, SHEET.units);
  const nameCol = columnOf(sheet, UNIT_HEADER.name);
  const cols = {
    email: columnOf(sheet, UNIT_HEADER.email), person: columnOf(sheet, UNIT_HEADER.person),
    min: columnOf(sheet, UNIT_HEADER.min), max: columnOf(sheet, UNIT_HEADER.max), ownDeadline: columnOf(sheet, UNIT_HEADER.ownDeadline),
  };
  const byName = new Map(Object.entries(details).map(([name, d]) => [normalizeName(name), d]));
  for (let r = 1; r < sheet.values.length; r++) {
    const d = byName.get(normalizeName(sheet.values[r][nameCol]));
    if (!d) continue;
    setCell(sheet, r, cols.email, d.email);
    if (d.person !== undefined) setCell(sheet, r, cols.person, d.person);
    if (d.min !== undefined) setCell(sheet, r, cols.min, d.min);
    if (d.max !== undefined) setCell(sheet, r, cols.max, d.max);
    if (d.ownDeadline !== undefined) setCell(sheet, r, cols.ownDeadline, d.ownDeadline);
  }
}

/** Appends rows (header → value) under the headers of `Đăng ký`, answer columns only. */
export function appendSampleRows(model: WorkbookModel, rows: readonly SampleRow[]): number {
  const sheet = sheetOf(model, SHEET.registrations);
  let r = Math.max(sheet.values.length, 1);
  for (const row of rows) {
    for (const [header, value] of Object.entries(row)) {
      if (value !== undefined && value !== '') setCell(sheet, r, columnOf(sheet, header), value);
    }
    r++;
  }
  if (r > sheet.maxRows) sheet.maxRows = r;
  return rows.length;
}

/** Appends seed 000's sample responses (all by default). */
export function appendSampleResponses(model: WorkbookModel, responses: typeof SAMPLE_RESPONSES = SAMPLE_RESPONSES): number {
  return appendSampleRows(model, responses.map(rowOfAnswers));
}
