/** Writes each unit's pre-filled form link to `Đường dẫn đăng ký` in `Đơn vị` (one write). */
import { SHEET, UNIT_HEADER } from '../core/contract';
import { indexHeaders } from '../core/table';
import { prefilledLinks } from './form-builder';
import type { Spreadsheet } from './sheet-io';
import { findSheet } from './find-sheet';

/** `unitQuestionTitle`: the title of the plan's `Đơn vị` question. */
export function writeUnitLinks(ss: Spreadsheet, form: GoogleAppsScript.Forms.Form, unitQuestionTitle: string): number {
  const sheet = findSheet(ss, SHEET.units);
  if (!sheet || sheet.getLastRow() < 2) return 0;
  const values = sheet.getDataRange().getValues();
  const headers = indexHeaders(values[0]);
  const nameCol = headers.columnOf(UNIT_HEADER.name);
  let linkCol = headers.columnOf(UNIT_HEADER.formLink);
  if (nameCol === undefined) return 0;
  const rows = values.slice(1).map((r, i) => ({ row: i, name: String(r[nameCol]).trim() })).filter((r) => r.name);
  const links = prefilledLinks(form, unitQuestionTitle, rows.map((r) => r.name));
  const isNewColumn = linkCol === undefined;
  const column: unknown[][] = values.map((r) => [linkCol === undefined ? '' : r[linkCol]]);
  if (linkCol === undefined) {
    linkCol = values[0].length;
    if (linkCol + 1 > sheet.getMaxColumns()) sheet.insertColumnsAfter(sheet.getMaxColumns(), 1);
    column[0] = [UNIT_HEADER.formLink];
  }
  rows.forEach((r, i) => { column[r.row + 1] = [links[i]]; });
  const changed = isNewColumn || column.some((c, i) => i > 0 && c[0] !== values[i][linkCol!]);
  if (changed) sheet.getRange(1, linkCol + 1, column.length, 1).setValues(column);
  return rows.length;
}
