/**
 * Appends lines to `Nhật ký` (DESIGN.md §3.6), creating the sheet with its headers when it
 * is missing. One write per call, whatever the number of lines.
 */
import { LOG_HEADERS, SHEET } from '../core/contract';
import { asPlainText } from '../core/write-plan';
import type { Spreadsheet } from './sheet-io';
import { findSheet } from './find-sheet';

export interface LogLine {
  action: string;
  unit?: string;
  content: string;
  result: string;
}

/** Google's per-cell limit; longer log text is cut with an ellipsis. */
const CELL_LIMIT = 50_000;

export function appendLog(ss: Spreadsheet, lines: readonly LogLine[], now: Date): void {
  if (!lines.length) return;
  let sheet = findSheet(ss, SHEET.log);
  if (!sheet) {
    sheet = ss.insertSheet(SHEET.log);
    sheet.getRange(1, 1, 1, LOG_HEADERS.length).setValues([[...LOG_HEADERS]]).setFontWeight('bold');
    sheet.setFrozenRows(1);
  }
  const rows = lines.map((l) => [now, l.action, asPlainText(l.unit ?? ''), asPlainText(cut(l.content)), l.result]);
  if (rows.length === 1) { sheet.appendRow(rows[0]); return; }
  const start = Math.max(sheet.getLastRow(), 1) + 1;
  const maxRows = sheet.getMaxRows();
  const lastNeeded = start + rows.length - 1;
  if (lastNeeded > maxRows) sheet.insertRowsAfter(maxRows, lastNeeded - maxRows);
  sheet.getRange(start, 1, rows.length, LOG_HEADERS.length).setValues(rows);
}

function cut(text: string): string {
  return text.length > CELL_LIMIT ? `${text.slice(0, CELL_LIMIT - 1)}…` : text;
}
