/**
 * `Khởi tạo bảng tính`: creates every missing sheet of the contract with its headers (and
 * the seed 000 defaults when the sheet is new or empty), appends missing headers at the
 * right of existing sheets and missing `Mục` rows to `Cấu hình`. Never overwrites a cell
 * that holds something. Idempotent: a second run writes nothing.
 */
import { CONFIG_HEADERS, OWNED, SHEET } from '../../core/contract';
import type { SetupResult } from '../../core/dto';
import { MSG } from '../../core/messages';
import { missingConfigKeys, newSheetGrid, planHeaderCompletion, SHEET_SPECS, type SheetSpec } from '../../core/plan-setup';
import { indexHeaders } from '../../core/table';
import { appendLog } from '../activity-log';
import { addApprovalDropdown } from '../approval-dropdown';
import { openStoredForm } from '../form-store';
import { withDocumentLock } from '../lock';
import { syncExisting } from './registration-form';
import type { Sheet, Spreadsheet } from '../sheet-io';
import { findSheet } from '../find-sheet';

export function setupWorkbookAction(ss: Spreadsheet): SetupResult {
  return withDocumentLock(() => {
    const created: string[] = [];
    const problems: string[] = [];
    let addedHeaders = 0;
    let sheetCount = ss.getSheets().length;
    for (const spec of SHEET_SPECS) {
      const existing = findSheet(ss, spec.name);
      const values = existing && existing.getLastRow() > 0 ? existing.getDataRange().getValues() : undefined;
      if (!existing || !values) {
        const sheet = existing ?? ss.insertSheet(spec.name, sheetCount++);
        createContent(sheet, spec);
        created.push(spec.name);
        continue;
      }
      const completion = planHeaderCompletion(spec, values);
      problems.push(...completion.problems);
      addedHeaders += completeHeaders(existing, spec, values, completion.append);
      if (spec.name === SHEET.config && !completion.problems.length) completeConfigKeys(existing, values);
    }
    const existingForm = openStoredForm();
    if (existingForm) syncExisting(ss, existingForm.form, new Date());
    const message = [MSG.setupDone(created, addedHeaders), ...problems].join('\n');
    // Logged when something was written; a sheet setup would not guess at is shown in the dialog
    // and logged by every check, so a second run adds no line of its own.
    if (created.length || addedHeaders) {
      appendLog(ss, [{ action: MSG.logSetup, content: message, result: problems.length ? MSG.logWarn : MSG.logOk }], new Date());
    }
    return {
      ok: true, message, createdSheets: created, addedHeaders, problems,
      alert: problems.length ? problems.join('\n\n') : undefined,
    };
  });
}

function createContent(sheet: Sheet, spec: SheetSpec): void {
  const grid = newSheetGrid(spec);
  ensureColumns(sheet, grid[0].length);
  sheet.getRange(1, 1, grid.length, grid[0].length).setValues(grid);
  sheet.getRange(1, 1, 1, grid[0].length).setFontWeight('bold');
  sheet.setFrozenRows(1);
  if (spec.name === SHEET.registrations) approvalDropdownFor(sheet, grid[0]);
}

function completeHeaders(sheet: Sheet, spec: SheetSpec, values: unknown[][], missing: readonly string[]): number {
  if (!missing.length) return 0;
  const first = values[0].length + 1;
  ensureColumns(sheet, values[0].length + missing.length);
  sheet.getRange(1, first, 1, missing.length).setValues([[...missing]]).setFontWeight('bold');
  if (spec.name === SHEET.registrations && missing.includes(OWNED.approval)) {
    approvalDropdownFor(sheet, [...values[0], ...missing]);
  }
  return missing.length;
}

function completeConfigKeys(sheet: Sheet, values: unknown[][]): void {
  const keyColumn = indexHeaders(values[0]).columnOf(CONFIG_HEADERS[0]) ?? 0;
  const missing = missingConfigKeys(values.slice(1).map((row) => row[keyColumn]));
  if (!missing.length) return;
  const width = values[0].length;
  const rows = missing.map((key) => Array.from({ length: width }, (_, c) => (c === keyColumn ? key : '')));
  sheet.getRange(values.length + 1, 1, rows.length, width).setValues(rows);
}

function approvalDropdownFor(sheet: Sheet, headerRow: readonly unknown[]): void {
  const column = indexHeaders(headerRow).columnOf(OWNED.approval);
  if (column !== undefined) addApprovalDropdown(sheet, column);
}

/** Real Sheets does not grow the grid on getRange: add columns first. */
function ensureColumns(sheet: Sheet, width: number): void {
  const max = sheet.getMaxColumns();
  if (width > max) sheet.insertColumnsAfter(max, width - max);
}

