/**
 * "Chuyển sang năm mới" (`startNewYear`, DESIGN.md §10, §13), after a confirmation: the
 * year's rows of `Đăng ký` (with their results) are appended to `Năm trước`, the dates of
 * `Cấu hình` and `Mốc thời gian` move one year on, the rows leave `Đăng ký` and the owned
 * columns of `Đơn vị` are cleared. All under the document lock, one batched call per step.
 * Where it stands is kept in `thiDua.newYear`: a run cut off half-way (the time budget, a
 * crash) is completed by the next one without doing a step twice; a second run after it is
 * done does nothing.
 */
import { DOC_PROPERTY, PREVIOUS_YEAR_SHEET, PROGRESS_HEADER, SHEET, UNIT_HEADER } from '../../core/contract';
import type { NewYearResult } from '../../core/dto';
import { MILESTONE_MSG } from '../../core/messages';
import {
  dataRows, keysHashOf, planDateMoves, planPreviousYearAppend, type NewYearMarker,
} from '../../core/milestones/new-year';
import { readSettings } from '../../core/settings';
import { indexHeaders } from '../../core/table';
import { appendLog } from '../activity-log';
import { withDocumentLock } from '../lock';
import { readSheet, type Spreadsheet } from '../sheet-io';
import { UserFacingError } from '../user-facing-error';

/** Stop starting a step when this much of Apps Script's 6-minute limit is used. */
export const NEW_YEAR_BUDGET_MS = 4.5 * 60 * 1000;
export const LOG_ACTION = 'Chuyển sang năm mới';


function readMarker(): NewYearMarker | undefined {
  const text = PropertiesService.getDocumentProperties().getProperty(DOC_PROPERTY.newYear);
  if (!text) return undefined;
  try {
    const m = JSON.parse(text) as NewYearMarker;
    return typeof m.from === 'number' && typeof m.to === 'number' ? m : undefined;
  } catch {
    return undefined;
  }
}

function saveMarker(marker: NewYearMarker): void {
  PropertiesService.getDocumentProperties().setProperty(DOC_PROPERTY.newYear, JSON.stringify(marker));
}

/** The confirmation the menu asks (the sidebar asks its own before calling with `confirmed`). */
export function newYearFromMenu(ss: Spreadsheet): NewYearResult {
  const config = readSheet(ss, SHEET.config);
  const reg = readSheet(ss, SHEET.registrations);
  const { settings } = readSettings(config?.values, ss.getSpreadsheetTimeZone());
  if (!settings.year) throw new UserFacingError(MILESTONE_MSG.newYearNoYear);
  const ui = SpreadsheetApp.getUi();
  const rows = reg && reg.values.length ? dataRows(reg.values).length : 0;
  const answer = ui.alert(LOG_ACTION, MILESTONE_MSG.newYearConfirm(settings.year, settings.year + 1, rows), ui.ButtonSet.YES_NO);
  if (answer !== ui.Button.YES) return { ok: true, message: MILESTONE_MSG.newYearCancelled, done: false, moved: 0 };
  return startNewYearAction(ss);
}

export function startNewYearAction(ss: Spreadsheet): NewYearResult {
  return withDocumentLock(() => {
    const started = Date.now();
    const now = new Date();
    const timeZone = ss.getSpreadsheetTimeZone();
    const config = readSheet(ss, SHEET.config);
    const reg = readSheet(ss, SHEET.registrations);
    const ms = readSheet(ss, SHEET.milestones);
    const { settings } = readSettings(config?.values, timeZone);
    const regValues = reg?.values ?? [];
    const rows = regValues.length ? dataRows(regValues) : [];
    let marker = readMarker();
    const year = settings.year;
    if (!year) throw new UserFacingError(MILESTONE_MSG.newYearNoYear);

    if (marker?.done && marker.to === year && rows.length === 0) {
      return { ok: true, message: MILESTONE_MSG.newYearAlready(year), done: true, moved: 0 };
    }
    const resuming = marker !== undefined && !marker.done;
    if (resuming && marker!.from !== year && marker!.to !== year) throw new UserFacingError(MILESTONE_MSG.newYearMarkerBroken(year));
    if (!resuming) {
      const moves = planDateMoves(config?.values, ms?.values, year, timeZone);
      marker = { from: year, to: year + 1, count: rows.length, keysHash: keysHashOf(regValues, rows), ...moves, done: false };
      saveMarker(marker);
    }
    const m = marker!;
    const outOfTime = () => Date.now() - started > NEW_YEAR_BUDGET_MS;
    const stop = (): NewYearResult => {
      appendLog(ss, [{ action: LOG_ACTION, content: MILESTONE_MSG.newYearStopped(m.to), result: 'Hoãn' }], now);
      return { ok: true, message: MILESTONE_MSG.newYearStopped(m.to), done: false, moved: 0 };
    };

    // 1. Append the rows to `Năm trước` (those already there from an interrupted run are not appended again).
    let moved = 0;
    let already = 0;
    const stillThere = rows.length >= m.count && m.count > 0 && keysHashOf(regValues, rows.slice(0, m.count)) === m.keysHash;
    if (regValues.length && rows.length) {
      const previous = readSheet(ss, PREVIOUS_YEAR_SHEET);
      const plan = planPreviousYearAppend(regValues, previous?.values, m.from);
      // Rows that are not those the run started with, some of them already copied: someone changed the sheet meanwhile.
      if (!stillThere && plan.alreadyThere > 0) throw new UserFacingError(MILESTONE_MSG.newYearRowsChanged(m.count));
      if (stillThere) {
        const sheet = previous?.sheet ?? ss.insertSheet(PREVIOUS_YEAR_SHEET);
        if (plan.headerChanged) {
          if (sheet.getMaxColumns() < plan.header.length) sheet.insertColumnsAfter(sheet.getMaxColumns(), plan.header.length - sheet.getMaxColumns());
          sheet.getRange(1, 1, 1, plan.header.length).setValues([plan.header]);
        }
        if (plan.rows.length) {
          const first = Math.max(previous?.values.length ?? 0, 1) + 1;
          const needed = first + plan.rows.length - 1;
          if (sheet.getMaxRows() < needed) sheet.insertRowsAfter(sheet.getMaxRows(), needed - sheet.getMaxRows());
          sheet.getRange(first, 1, plan.rows.length, plan.header.length).setValues(plan.rows);
        }
        moved = plan.rows.length;
        already = plan.alreadyThere;
      }
    }
    if (outOfTime()) return stop();

    // 2. The dates of `Cấu hình` and `Mốc thời gian`, written from the values remembered at the start.
    if (config && m.config.length) writeColumn(config.sheet, m.config, indexHeaders(config.values[0]).columnOf('Giá trị') ?? 1);
    if (ms && m.milestones.length) writeColumn(ms.sheet, m.milestones, indexHeaders(ms.values[0]).columnOf('Hạn') ?? 1);
    if (outOfTime()) return stop();

    // 3. The moved rows leave `Đăng ký` (rows 2 to the last moved one: exactly those appended).
    if (reg && stillThere) {
      const last = rows[m.count - 1];
      // Sheets refuses to delete every non-frozen row: keep one empty row under the header.
      if (reg.sheet.getMaxRows() <= last) reg.sheet.insertRowsAfter(reg.sheet.getMaxRows(), 1);
      reg.sheet.deleteRows(2, last - 1);
    }
    // 4. The owned columns of `Đơn vị` start empty (the next check fills them); `Đường dẫn đăng ký` stays.
    const units = readSheet(ss, SHEET.units);
    if (units && units.values.length > 1) {
      const h = indexHeaders(units.values[0]);
      for (const header of [UNIT_HEADER.validCount, UNIT_HEADER.status, UNIT_HEADER.updatedAt, PROGRESS_HEADER]) {
        const c = h.columnOf(header);
        if (c !== undefined) units.sheet.getRange(2, c + 1, units.values.length - 1, 1).clearContent();
      }
    }
    saveMarker({ ...m, done: true });
    const message = MILESTONE_MSG.newYearDone(m.from, m.to, moved, already);
    appendLog(ss, [{ action: LOG_ACTION, content: message, result: 'Thành công' }], now);
    return { ok: true, message, done: true, moved };
  });
}

/** One `setValues` over the rows from the first to the last written, the cells between written back as read. */
function writeColumn(sheet: GoogleAppsScript.Spreadsheet.Sheet, writes: Array<[number, string]>, column: number): void {
  const first = Math.min(...writes.map(([r]) => r));
  const last = Math.max(...writes.map(([r]) => r));
  const range = sheet.getRange(first, column + 1, last - first + 1, 1);
  const values = range.getValues();
  for (const [r, v] of writes) values[r - first][0] = v;
  range.setValues(values);
}
