/**
 * The whole check as one pure function: the values of the sheets in, every row's result,
 * every unit's status and the sheet-level problems out (DESIGN.md §4). The adapters read
 * the sheets in one batch per sheet, call this, and write the plans it leads to.
 */
import { ROW_STATUS, ROW_STATUS_ORDER, SHEET, UNIT_STATUS_ORDER, type RowStatus, type UnitStatus } from './contract';
import type { CalendarDay } from './calendar-day';
import { readFields } from './fields';
import { readGroups } from './groups';
import { MSG } from './messages';
import { rankRegistrations, type RankedRow } from './rank-registrations';
import { locateRegistrationColumns, type RegistrationColumns } from './registration-columns';
import { readRoster, type RosterReading } from './roster';
import { readSettings, type Settings } from './settings';
import { readMilestoneDays } from './milestone-days';
import { QUESTION_MSG } from './messages';
import { questionOfRole, readQuestions, type Question } from './questions';
import { readQuotas, type Quotas } from './quotas';
import { isBlankRow } from './table';
import { unitStatuses, type UnitResult } from './unit-status';
import { validateRegistration } from './validate-registration';

/** The values of each sheet as `getDataRange().getValues()` returns them (undefined = no such sheet). */
export interface WorkbookValues {
  config?: unknown[][];
  groups?: unknown[][];
  fields?: unknown[][];
  units?: unknown[][];
  registrations?: unknown[][];
  /** `Câu hỏi` (DESIGN.md §12.1); undefined = the questions of §3.5. */
  questions?: unknown[][];
  /** `Mốc thời gian` (DESIGN.md §13). */
  milestones?: unknown[][];
}

export interface CheckOutcome {
  settings: Settings;
  roster: RosterReading;
  columns: RegistrationColumns | undefined;
  /** Ranked rows of `Đăng ký`, keyed by 1-based sheet row (blank rows absent). */
  rows: Map<number, RankedRow>;
  units: UnitResult[];
  rowCounts: Record<RowStatus, number>;
  unitCounts: Record<UnitStatus, number>;
  problems: string[];
  today: CalendarDay;
  /** The allowed fields of `Lĩnh vực`, as written there. */
  fields: string[];
  /** The plan's questions (from `Câu hỏi`, or those of §3.5). */
  questions: Question[];
  /** The categories: the choices of the `Loại` question ([] when the plan has none). */
  categories: string[];
  quotas: Quotas;
  /**
   * `Câu hỏi` cannot work (DESIGN.md §12.1): no row was judged and nothing may be written
   * until it is fixed; `problems` says why, row by row.
   */
  questionsBroken: boolean;
}

export function checkWorkbook(values: WorkbookValues, timeZone: string, today: CalendarDay): CheckOutcome {
  const { settings, problems: settingsProblems } = readSettings(values.config, timeZone);
  const milestones = readMilestoneDays(values.milestones, settings, timeZone);
  const plan = readQuestions(values.questions, milestones.names);
  const questions = plan.questions;
  const categories = [...(questionOfRole(questions, 'category')?.choices ?? [])];
  const hasField = questionOfRole(questions, 'field') !== undefined;
  const { groups, problems: groupProblems } = readGroups(values.groups, categories);
  const { fields, problems: fieldProblems } = readFields(values.fields);
  const roster = readRoster(values.units, groups, settings.registrationDeadline, timeZone, categories, fields);
  const quotas = readQuotas(settings, categories);
  const problems = [
    ...(plan.broken ? [QUESTION_MSG.broken(plan.problems.length)] : []), ...plan.problems,
    ...settingsProblems, ...groupProblems, ...(hasField ? fieldProblems : []), ...roster.problems, ...quotas.problems,
  ];
  if (!settings.registrationDeadline && values.config) problems.push(MSG.noDeadline());

  const rows = new Map<number, RankedRow>();
  let columns: RegistrationColumns | undefined;
  const sheet = values.registrations;
  if (plan.broken) { /* nothing is judged until Câu hỏi is fixed */ }
  else if (!sheet) problems.push(MSG.missingSheet(SHEET.registrations));
  else if (sheet.length === 0) problems.push(MSG.emptySheet(SHEET.registrations));
  else {
    columns = locateRegistrationColumns(sheet[0], settings.onlyNewItems, questions);
    problems.push(...columns.problems);
    const answerColumns = [columns.timestamp, ...columns.questions.map((q) => q.column)].filter((c): c is number => c !== undefined);
    const ctx = {
      columns, settings, unitsByKey: roster.byKey, unitNames: roster.units.map((u) => u.name),
      fields, timeZone, today, milestoneDays: milestones.days,
    };
    const readings = [];
    for (let r = 1; r < sheet.length; r++) {
      if (answerColumns.length && isBlankRow(sheet[r], answerColumns)) continue;
      readings.push(validateRegistration(sheet[r], r + 1, ctx));
    }
    for (const ranked of rankRegistrations(readings, quotas)) rows.set(ranked.row, ranked);
  }

  const units = unitStatuses(roster.units, [...rows.values()], today);
  const rowCounts = Object.fromEntries(ROW_STATUS_ORDER.map((s) => [s, 0])) as Record<RowStatus, number>;
  rows.forEach((r) => rowCounts[r.status]++);
  const unitCounts = Object.fromEntries(UNIT_STATUS_ORDER.map((s) => [s, 0])) as Record<UnitStatus, number>;
  units.forEach((u) => unitCounts[u.status]++);
  return {
    settings, roster, columns, rows, units, rowCounts, unitCounts, problems, today, fields: [...fields.values()],
    questions, categories, quotas, questionsBroken: plan.broken,
  };
}

/** The one-paragraph summary of a check, for the toast, the log and the sidebar. */
export function summarizeCheck(outcome: CheckOutcome): string {
  const r = outcome.rowCounts;
  const u = outcome.unitCounts;
  const lines = [
    MSG.checkDone(outcome.rows.size, r[ROW_STATUS.valid], r[ROW_STATUS.late], r[ROW_STATUS.needsFix],
      r[ROW_STATUS.duplicate] + r[ROW_STATUS.overQuota]),
    MSG.checkUnits(outcome.units.length, u['Đúng hạn'], u['Trễ hạn'], u['Cần bổ sung'], u['Chưa đăng ký'] + u['Không đăng ký']),
  ];
  if (outcome.problems.length) lines.push(MSG.problemsFound(outcome.problems.length));
  return lines.join(' ');
}
