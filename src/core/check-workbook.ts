/**
 * The whole check as one pure function: the values of the sheets in, every row's result,
 * every unit's status and the sheet-level problems out (DESIGN.md §4). The adapters read
 * the sheets in one batch per sheet, call this, and write the plans it leads to.
 */
import { ANSWER, OWNED_HEADERS, ROW_STATUS, ROW_STATUS_ORDER, SHEET, TIMESTAMP_ALIASES, UNIT_STATUS_ORDER, type RowStatus, type UnitStatus } from './contract';
import type { CalendarDay } from './calendar-day';
import { readFields } from './fields';
import { readGroups } from './groups';
import { MSG } from './messages';
import { rankRegistrations, type RankedRow } from './rank-registrations';
import { locateRegistrationColumns, type RegistrationColumns } from './registration-columns';
import { readRoster, type RosterReading } from './roster';
import { readSettings, type Settings } from './settings';
import { readMilestoneDays } from './milestone-days';
import { readMilestones, type MilestoneReading } from './milestones/milestone-sheet';
import { computeProgress, type ProgressOutcome } from './milestones/progress';
import { EVALUATION_HEADER, PROGRESS_HEADER } from './contract';
import { MILESTONE_MSG, QUESTION_MSG } from './messages';
import { previousKey, readPreviousItems } from './milestones/previous-year';
import { isRequired, questionOfRole, readQuestions, type Question } from './questions';
import { readQuotas, type Quotas } from './quotas';
import { checkStructure } from './sheet-structure';
import { reportSheetProblems } from './sheet-problems';
import { isBlankRow } from './table';
import { unitStatuses, type UnitResult } from './unit-status';
import { validateRegistration } from './validate-registration';
import { RECOGNITION_HEADERS } from './contract';
import { readProposals } from './recognition/proposals';
import { readRecognitionSettings } from './recognition/recognition-settings';

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
  /** `Năm trước` (DESIGN.md §13): the rows of earlier years. */
  previousYear?: unknown[][];
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
  /**
   * True when `Đăng ký` holds data but lacks a required answer column (or its header row is
   * not row 1): its rows are not judged, nothing is written to them and no reminder goes out.
   */
  structureBroken: boolean;
  /** The sentences saying why (also in `problems`), for the dialog, the sidebar and the console. */
  structureProblems: string[];
  /**
   * Lines of recognition for `Chi tiết` by 1-based row (DESIGN.md §14): why a row that carries
   * a `Hình thức khen thưởng` is left out of the dossier, and warnings. Empty without that column.
   */
  recognitionLines: Map<number, string[]>;
  /** The plan's milestones (DESIGN.md §13). */
  milestones: MilestoneReading;
  /** The progress of the approved rows and their units through the milestones. */
  progress: ProgressOutcome;
}

const HEADER_ALIASES = { [ANSWER.timestamp]: TIMESTAMP_ALIASES };

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

  problems.push(...reportSheetProblems(values, timeZone));

  const rows = new Map<number, RankedRow>();
  let columns: RegistrationColumns | undefined;
  const sheet = values.registrations;
  // The headers a sheet holding data must have (issue 12, item 1): the timestamp and every required question.
  const requiredHeaders = [ANSWER.timestamp, ...questions.filter((q) => isRequired(q, settings.onlyNewItems)).map((q) => q.title)];
  const knownHeaders = [ANSWER.timestamp, ...questions.map((q) => q.title), ...OWNED_HEADERS, ...TIMESTAMP_ALIASES, ...RECOGNITION_HEADERS, PROGRESS_HEADER, EVALUATION_HEADER];
  const structure = sheet && !plan.broken ? checkStructure(SHEET.registrations, sheet, requiredHeaders, knownHeaders, HEADER_ALIASES)
    : { broken: false, problems: [] };
  if (plan.broken) { /* nothing is judged until Câu hỏi is fixed */ }
  else if (!sheet) problems.push(MSG.missingSheet(SHEET.registrations));
  else if (sheet.length === 0) problems.push(MSG.emptySheet(SHEET.registrations));
  else if (structure.broken) {
    // Rows are not judged on a column that does not exist (issue 12, item 1).
    columns = locateRegistrationColumns(sheet[0], settings.onlyNewItems, questions);
    problems.unshift(...structure.problems);
  } else {
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
    // §13: with only new items accepted, an item of the same unit in `Năm trước` is not new.
    const unitQuestion = questionOfRole(questions, 'unit');
    const nameQuestion = questionOfRole(questions, 'name');
    if (values.previousYear && unitQuestion && nameQuestion) {
      const previous = readPreviousItems(values.previousYear, unitQuestion.title, nameQuestion.title);
      problems.push(...previous.problems);
      if (settings.onlyNewItems) {
        for (const reading of readings) {
          const hit = reading.unit && reading.titleKey ? previous.byKey.get(previousKey(reading.unit.key, reading.titleKey)) : undefined;
          if (hit) reading.problems.push({ column: columns.roles.name, message: MILESTONE_MSG.sameAsLastYear(nameQuestion.title, hit.title, hit.year, hit.row) });
        }
      }
    }
    for (const ranked of rankRegistrations(readings, quotas)) rows.set(ranked.row, ranked);
  }

  const units = unitStatuses(roster.units, [...rows.values()], today);
  const milestoneReading = readMilestones(values.milestones, settings, timeZone, sheet?.[0]);
  problems.push(...milestoneReading.problems);
  const judged = columns !== undefined && !structure.broken;
  const progress = computeProgress({
    milestones: judged ? milestoneReading.milestones : [], values: sheet ?? [], rows, units, today,
    approvalColumn: columns?.owned.approval,
    progressColumn: columns?.headers.columnOf(PROGRESS_HEADER),
    evaluationColumn: columns?.headers.columnOf(EVALUATION_HEADER),
    idColumn: columns?.owned.registrationId,
  });
  const rowCounts = Object.fromEntries(ROW_STATUS_ORDER.map((s) => [s, 0])) as Record<RowStatus, number>;
  rows.forEach((r) => rowCounts[r.status]++);
  const unitCounts = Object.fromEntries(UNIT_STATUS_ORDER.map((s) => [s, 0])) as Record<UnitStatus, number>;
  units.forEach((u) => unitCounts[u.status]++);
  const outcome: CheckOutcome = {
    settings, roster, columns, rows, units, rowCounts, unitCounts, problems, today, fields: [...fields.values()],
    questions, categories, quotas, questionsBroken: plan.broken,
    structureBroken: structure.broken, structureProblems: structure.problems, recognitionLines: new Map(),
    milestones: milestoneReading, progress,
  };
  if (rows.size && sheet) {
    const recognition = readRecognitionSettings(values.config, timeZone, settings.documentFamily);
    outcome.recognitionLines = readProposals(sheet, outcome, recognition).linesByRow;
  }
  return outcome;
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
