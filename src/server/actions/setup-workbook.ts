/**
 * `Khởi tạo bảng tính`: on a spreadsheet with no plan yet, asks which plan it follows (menu:
 * a numbered prompt of the five presets; sidebar and command line: `{ preset }`) and fills
 * every sheet from that preset (DESIGN.md §12.3). Otherwise creates every missing sheet with
 * its headers, appends missing headers at the right of existing sheets (a column for each
 * question of `Câu hỏi`) and missing `Mục` rows to `Cấu hình`. Never overwrites a cell that
 * holds something. Idempotent: a second run writes nothing.
 */
import * as z from 'zod/mini';
import { CONFIG_HEADERS, DEFAULT_PRESET, OWNED, SHEET } from '../../core/contract';
import type { SetupResult } from '../../core/dto';
import { MSG, PRESET_MSG } from '../../core/messages';
import { missingConfigKeys, newSheetGrid, planHeaderCompletion, sheetSpecs, type SheetSpec } from '../../core/plan-setup';
import { PRESETS, presetById } from '../../core/presets';
import { presetQuestionGrid } from '../../core/presets/preset-questions';
import type { Preset } from '../../core/presets/preset-types';
import { readQuestions } from '../../core/questions';
import { readSettings } from '../../core/settings';
import { indexHeaders } from '../../core/table';
import { sourceOf } from '../run-action';
import { UserFacingError } from '../user-facing-error';
import { appendLog } from '../activity-log';
import { addApprovalDropdown } from '../approval-dropdown';
import { openStoredForm } from '../form-store';
import { withDocumentLock } from '../lock';
import { syncExisting } from './registration-form';
import type { Sheet, Spreadsheet } from '../sheet-io';
import { findSheet } from '../find-sheet';
import { hasNoPlan } from '../plan-state';

const SetupRequest = z.object({ preset: z.optional(z.string()) });

/** The preset a request names, or — from the menu — the one the user picks; undefined = cancelled. */
function choosePreset(arg: unknown): Preset | undefined {
  const parsed = SetupRequest.safeParse(typeof arg === 'object' && arg !== null ? arg : {});
  const named = parsed.success ? parsed.data.preset : undefined;
  if (named !== undefined) {
    const preset = presetById(named);
    if (!preset) throw new UserFacingError(PRESET_MSG.unknown(named, presetList().map((p) => p.id)));
    return preset;
  }
  if (sourceOf(arg) !== 'menu') return presetById(DEFAULT_PRESET);
  const ui = SpreadsheetApp.getUi();
  const list = presetList();
  const reply = ui.prompt(PRESET_MSG.promptTitle, PRESET_MSG.prompt(list.map((p) => `${p.label} — ${p.description}`)), ui.ButtonSet.OK_CANCEL);
  if (reply.getSelectedButton() !== ui.Button.OK) return undefined;
  const text = reply.getResponseText().trim();
  if (text === '') return list[0];
  const n = Number(text);
  const picked = Number.isInteger(n) && n >= 1 && n <= list.length ? list[n - 1] : presetById(text);
  if (!picked) throw new UserFacingError(PRESET_MSG.badChoice(text, list.length));
  return picked;
}

function presetList(): Preset[] {
  return Object.values(PRESETS).filter((p): p is Preset => p !== undefined);
}

export function setupWorkbookAction(ss: Spreadsheet, arg?: unknown): SetupResult {
  const timeZone = ss.getSpreadsheetTimeZone();
  const configSheet = findSheet(ss, SHEET.config);
  const configValues = configSheet && configSheet.getLastRow() > 1 ? configSheet.getDataRange().getValues() : undefined;
  const newPlan = !configValues && hasNoPlan(ss);
  let preset: Preset;
  if (newPlan) {
    const chosen = choosePreset(arg);
    if (!chosen) return { ok: true, message: PRESET_MSG.cancelled, createdSheets: [], addedHeaders: 0 };
    preset = chosen;
  } else {
    preset = presetById(readSettings(configValues, timeZone).settings.planPreset) ?? presetById(DEFAULT_PRESET)!;
  }
  return withDocumentLock(() => {
    const created: string[] = [];
    const problems: string[] = [];
    let addedHeaders = 0;
    let sheetCount = ss.getSheets().length;
    const questionsSheet = findSheet(ss, SHEET.questions);
    const milestonesSheet = findSheet(ss, SHEET.milestones);
    const questionValues = questionsSheet && questionsSheet.getLastRow() > 0 ? questionsSheet.getDataRange().getValues() : undefined;
    const questions = newPlan
      ? readQuestions(presetQuestionGrid(preset), preset.milestones.map((m) => m.name))
      : readQuestions(questionValues);
    const specs = sheetSpecs({
      preset, questions: questions.broken ? [] : questions.questions, newPlan,
      hasQuestionsSheet: questionsSheet !== null, hasMilestonesSheet: milestonesSheet !== null,
    });
    for (const spec of specs) {
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
    if (questions.broken) problems.push(...questions.problems);
    const done = MSG.setupDone(created, addedHeaders);
    const message = [newPlan ? `${PRESET_MSG.filled(preset.label)} ${done}` : done, ...problems].join('\n');
    if (created.length || addedHeaders || problems.length) {
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

