/**
 * `Kiểm tra và tô màu`: reads every sheet once, runs the pure check, writes the owned
 * columns, colours and notes of `Đăng ký` and `Đơn vị`, and logs one line — all under the
 * document lock. Running it twice changes nothing (the plans leave out unchanged columns).
 */
import { OWNED, PREVIOUS_YEAR_SHEET, SHEET } from '../../core/contract';
import { dayInZone } from '../../core/calendar-day';
import { checkWorkbook, summarizeCheck, type CheckOutcome } from '../../core/check-workbook';
import { MSG } from '../../core/messages';
import { planRegistrationWrites } from '../../core/plan-registration-writes';
import { planUnitWrites } from '../../core/plan-unit-writes';
import type { CheckResult } from '../../core/dto';
import { appendLog } from '../activity-log';
import { withDocumentLock } from '../lock';
import { addApprovalDropdown, addEvaluationDropdown } from '../approval-dropdown';
import { addRegistrationProgress, addUnitProgress } from '../../core/milestones/progress-writes';
import { applyWritePlan, readSheet, type Spreadsheet } from '../sheet-io';

/** Reads the workbook and checks it without writing anything (also used by the dashboard). */
export function readAndCheck(ss: Spreadsheet, now: Date) {
  const timeZone = ss.getSpreadsheetTimeZone();
  const config = readSheet(ss, SHEET.config);
  const groups = readSheet(ss, SHEET.groups);
  const fields = readSheet(ss, SHEET.fields);
  const units = readSheet(ss, SHEET.units, { backgrounds: true });
  const registrations = readSheet(ss, SHEET.registrations, { notes: true });
  const questions = readSheet(ss, SHEET.questions);
  const milestones = readSheet(ss, SHEET.milestones);
  const previousYear = readSheet(ss, PREVIOUS_YEAR_SHEET);
  const outcome = checkWorkbook(
    {
      config: config?.values, groups: groups?.values, fields: fields?.values, units: units?.values,
      registrations: registrations?.values, questions: questions?.values, milestones: milestones?.values,
      previousYear: previousYear?.values,
    },
    timeZone,
    dayInZone(now, timeZone),
  );
  return { outcome, units, registrations, timeZone };
}

export interface CheckRun {
  outcome: CheckOutcome;
  /** `Mã đăng ký` by 1-based row of `Đăng ký`, after the run. */
  idByRow: Map<number, string>;
  /** What `Đăng ký` held when read (for the submit handler's fingerprints). */
  registrationValues: unknown[][];
}

/** The whole check, writes included. Call under the document lock. */
export function checkAndWrite(ss: Spreadsheet, now: Date, logLine = true): CheckRun {
  const { outcome, units, registrations } = readAndCheck(ss, now);
  let idByRow = new Map<number, string>();
  // A broken structure (a required column missing, a header row below row 1): nothing is written to either sheet.
  const writable = !outcome.structureBroken && !outcome.questionsBroken;
  if (writable && registrations && registrations.values.length && outcome.columns) {
    const { plan, createdEvaluationColumn } = addRegistrationProgress(
      planRegistrationWrites(registrations.values, registrations.notes ?? [], outcome), registrations.values, outcome.progress);
    idByRow = plan.idByRow;
    applyWritePlan(registrations.sheet, plan, registrations.values.length, registrations.values[0].length);
    if (outcome.columns.missingOwned.includes('approval')) {
      const column = plan.columns.find((c) => c.cells[0] === OWNED.approval)!.column;
      addApprovalDropdown(registrations.sheet, column);
    }
    if (createdEvaluationColumn !== undefined) addEvaluationDropdown(registrations.sheet, createdEvaluationColumn);
  }
  if (writable && units && units.values.length) {
    const plan = addUnitProgress(planUnitWrites(units.values, units.backgrounds ?? [], outcome.units, now),
      units.values, units.backgrounds ?? [], outcome.progress, new Set(outcome.units.map((u) => u.unit.row)));
    applyWritePlan(units.sheet, plan, units.values.length, units.values[0].length);
  }
  if (logLine) {
    appendLog(ss, [{
      action: MSG.logCheck,
      content: [summarizeCheck(outcome), ...outcome.problems].join('\n'),
      result: outcome.problems.length ? MSG.logWarn : MSG.logOk,
    }], now);
  }
  return { outcome, idByRow, registrationValues: registrations?.values ?? [] };
}

/** Entry point body: lock, check, write, and a plain result for the sidebar or a toast. */
export function checkRegistrationsAction(ss: Spreadsheet): CheckResult {
  return withDocumentLock(() => {
    const { outcome } = checkAndWrite(ss, new Date());
    return {
      ok: true,
      message: outcome.structureBroken ? outcome.structureProblems.join('\n') : summarizeCheck(outcome),
      alert: outcome.structureBroken ? outcome.structureProblems.join('\n\n') : undefined,
      structureProblems: outcome.structureProblems,
      rowCounts: outcome.rowCounts,
      unitCounts: outcome.unitCounts,
      problems: outcome.problems,
    };
  });
}
