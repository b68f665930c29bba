/**
 * Makes the form's response sheet the `Đăng ký` sheet (DESIGN.md §8). Google always writes
 * responses to a NEW sheet; when `Đăng ký` already holds registrations they are copied,
 * cell for cell (values, notes, colours, owned columns and extra columns included), under
 * the new sheet's headers, and the old sheet is kept, renamed, so nothing is lost or left
 * unchecked.
 */
import { SHEET } from '../core/contract';
import { normalizeName } from '../core/names';
import { MSG } from '../core/messages';
import type { Sheet, Spreadsheet } from './sheet-io';
import { findSheet } from './find-sheet';

export interface AdoptResult {
  copiedRows: number;
  /** The name the previous `Đăng ký` sheet was kept under, if it held data. */
  keptAs?: string;
}

/** The sheet that receives this form's responses (Google creates it on setDestination). */
export function findResponseSheet(ss: Spreadsheet, formId: string): Sheet | undefined {
  for (const sheet of ss.getSheets()) {
    const url = sheet.getFormUrl();
    if (url && FormApp.openByUrl(url).getId() === formId) return sheet;
  }
  return undefined;
}

export function adoptResponseSheet(ss: Spreadsheet, responses: Sheet, backupDate: string): AdoptResult {
  const old = findSheet(ss, SHEET.registrations);
  const result: AdoptResult = { copiedRows: 0 };
  if (old && old.getSheetId() !== responses.getSheetId()) {
    const range = old.getDataRange();
    const values = range.getValues();
    if (values.length > 1) {
      copyRows(responses, values, range.getNotes(), range.getBackgrounds());
      result.copiedRows = values.length - 1;
      result.keptAs = uniqueName(ss, MSG.oldRegistrationsSheet(backupDate));
      old.setName(result.keptAs);
    } else {
      ss.deleteSheet(old);
    }
  }
  responses.setName(SHEET.registrations);
  responses.setFrozenRows(1);
  return result;
}

/** Copies data rows under the response sheet's headers, appending headers it lacks. */
function copyRows(target: Sheet, values: unknown[][], notes: string[][], backgrounds: string[][]): void {
  const width = target.getLastColumn();
  const header = target.getRange(1, 1, 1, width).getValues()[0];
  const index = new Map(header.map((h, c) => [normalizeName(h), c]));
  const extra: string[] = [];
  const map = values[0].map((h) => {
    const key = normalizeName(h === 'Timestamp' ? header[0] : h);
    if (!key) return -1;
    if (!index.has(key)) { index.set(key, width + extra.length); extra.push(String(h)); }
    return index.get(key)!;
  });
  const total = width + extra.length;
  if (total > target.getMaxColumns()) target.insertColumnsAfter(target.getMaxColumns(), total - target.getMaxColumns());
  if (extra.length) target.getRange(1, width + 1, 1, extra.length).setValues([extra]);
  const place = <T>(grid: T[][], fill: T) => grid.slice(1).map((row) => {
    const out = new Array<T>(total).fill(fill);
    row.forEach((v, c) => { if (map[c] >= 0) out[map[c]] = v; });
    return out;
  });
  const rows = values.length - 1;
  const start = Math.max(target.getLastRow(), 1) + 1;
  if (start + rows - 1 > target.getMaxRows()) target.insertRowsAfter(target.getMaxRows(), start + rows - 1 - target.getMaxRows());
  const block = target.getRange(start, 1, rows, total);
  // Text goes in with Sheets' apostrophe prefix: stored as the same text, never parsed
  // into a formula, number or date (getValues returns it without the apostrophe).
  const asText = (v: unknown) => (typeof v === 'string' && v !== '' ? `'${v}` : v);
  block.setValues(place(values, '' as unknown).map((row) => row.map(asText)));
  block.setNotes(place(notes, ''));
  block.setBackgrounds(place(backgrounds, '#ffffff'));
}

function uniqueName(ss: Spreadsheet, base: string): string {
  let name = base;
  for (let i = 2; findSheet(ss, name); i++) name = `${base} (${i})`;
  return name;
}
