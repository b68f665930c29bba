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
import { locateRegistrationColumns, REQUIRED_ANSWERS, type RegistrationColumns } from './registration-columns';
import { readRoster, type RosterReading } from './roster';
import { readSettings, type Settings } from './settings';
import { checkStructure } from './sheet-structure';
import { reportSheetProblems } from './sheet-problems';
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
  /**
   * True when `Đăng ký` holds data but lacks a required answer column (or its header row is
   * not row 1): its rows are not judged, nothing is written to them and no reminder goes out.
   */
  structureBroken: boolean;
  /** The sentences saying why (also in `problems`), for the dialog, the sidebar and the console. */
  structureProblems: string[];
}

const REQUIRED_HEADERS = REQUIRED_ANSWERS.map((key) => ANSWER[key]);
const KNOWN_HEADERS = [...Object.values(ANSWER), ...OWNED_HEADERS, ...TIMESTAMP_ALIASES];
const HEADER_ALIASES = { [ANSWER.timestamp]: TIMESTAMP_ALIASES };

export function checkWorkbook(values: WorkbookValues, timeZone: string, today: CalendarDay): CheckOutcome {
  const { settings, problems: settingsProblems } = readSettings(values.config, timeZone);
  const { groups, problems: groupProblems } = readGroups(values.groups);
  const { fields, problems: fieldProblems } = readFields(values.fields);
  const roster = readRoster(values.units, groups, settings.registrationDeadline, timeZone);
  const problems = [...settingsProblems, ...groupProblems, ...fieldProblems, ...roster.problems];
  if (!settings.registrationDeadline && values.config) problems.push(MSG.noDeadline());

  problems.push(...reportSheetProblems(values, timeZone));

  const rows = new Map<number, RankedRow>();
  let columns: RegistrationColumns | undefined;
  const sheet = values.registrations;
  const structure = sheet ? checkStructure(SHEET.registrations, sheet, REQUIRED_HEADERS, KNOWN_HEADERS, HEADER_ALIASES)
    : { broken: false, problems: [] };
  if (!sheet) problems.push(MSG.missingSheet(SHEET.registrations));
  else if (sheet.length === 0) problems.push(MSG.emptySheet(SHEET.registrations));
  else if (structure.broken) {
    // Rows are not judged on a column that does not exist (issue 12, item 1).
    columns = locateRegistrationColumns(sheet[0], settings.onlyNewItems);
    problems.unshift(...structure.problems);
  } else {
    columns = locateRegistrationColumns(sheet[0], settings.onlyNewItems);
    problems.push(...columns.problems);
    const answerColumns = Object.values(columns.answers) as number[];
    const ctx = {
      columns, settings, unitsByKey: roster.byKey, unitNames: roster.units.map((u) => u.name),
      fields, timeZone, today,
    };
    const readings = [];
    for (let r = 1; r < sheet.length; r++) {
      if (answerColumns.length && isBlankRow(sheet[r], answerColumns)) continue;
      readings.push(validateRegistration(sheet[r], r + 1, ctx));
    }
    for (const ranked of rankRegistrations(readings)) rows.set(ranked.row, ranked);
  }

  const units = unitStatuses(roster.units, [...rows.values()], today);
  const rowCounts = Object.fromEntries(ROW_STATUS_ORDER.map((s) => [s, 0])) as Record<RowStatus, number>;
  rows.forEach((r) => rowCounts[r.status]++);
  const unitCounts = Object.fromEntries(UNIT_STATUS_ORDER.map((s) => [s, 0])) as Record<UnitStatus, number>;
  units.forEach((u) => unitCounts[u.status]++);
  return {
    settings, roster, columns, rows, units, rowCounts, unitCounts, problems, today, fields: [...fields.values()],
    structureBroken: structure.broken, structureProblems: structure.problems,
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
