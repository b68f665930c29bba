/**
 * The plan's milestones (DESIGN.md §13), read from `Mốc thời gian` (`Mốc` | `Hạn` | `Cột
 * phải nộp` | `Nhắc trước hạn (ngày)` | `Nhắc sau hạn (ngày)`), or — for a workbook without
 * that sheet — the milestones every plan of §3.1 has: `Xây dựng kế hoạch` on `Hạn xây dựng
 * kế hoạch` into `Kế hoạch thực hiện`, and `Báo cáo kết quả` on `Hạn báo cáo kết quả` into a
 * column `Báo cáo kết quả` when `Đăng ký` has one. A row that cannot be tracked (no name, no
 * date, a date that does not parse, a column `Đăng ký` does not have, a column another
 * milestone already uses) is reported by sheet, row and column and left out; the others are
 * tracked. Milestones are returned in date order.
 */
import { ANSWER, MILESTONE_HEADER, SHEET } from '../contract';
import { compareDays, type CalendarDay } from '../calendar-day';
import { readDateCell } from '../date-parsing';
import { MILESTONE_MSG } from '../messages';
import { normalizeName } from '../names';
import type { Settings } from '../settings';
import { cellText, indexHeaders, isBlankRow } from '../table';

export interface Milestone {
  name: string;
  key: string;
  deadline: CalendarDay;
  /** The header of the column of `Đăng ký` that each approved row must receive. */
  column: string;
  /** 0-based column of `Đăng ký`, undefined when that sheet is not there yet. */
  columnIndex: number | undefined;
  remindBefore: number[];
  remindAfter: number[];
  /** 1-based row of `Mốc thời gian` (0 for a built-in milestone). */
  row: number;
}

export interface MilestoneReading {
  milestones: Milestone[];
  problems: string[];
  fromSheet: boolean;
}

export const BUILT_IN_MILESTONE = { plan: 'Xây dựng kế hoạch', results: 'Báo cáo kết quả' } as const;
/** The column of the built-in results milestone (a question the plan of §3.5 does not ask). */
export const BUILT_IN_RESULTS_COLUMN = 'Báo cáo kết quả';

/** `7, 3, 1` → [7, 3, 1]; undefined when it does not read as a list of day counts. */
export function readDayList(value: unknown): number[] | undefined {
  const text = cellText(value);
  if (typeof value === 'number') return Number.isInteger(value) && value >= 0 && value <= 365 ? [value] : undefined;
  const parts = text.split(/[,;\s]+/).filter(Boolean);
  const days = parts.map(Number);
  return days.every((d) => Number.isInteger(d) && d >= 0 && d <= 365) ? days : undefined;
}

export function readMilestones(
  values: readonly unknown[][] | undefined,
  settings: Settings,
  timeZone: string,
  registrationHeaders: readonly unknown[] | undefined,
): MilestoneReading {
  const regHeaders = registrationHeaders ? indexHeaders(registrationHeaders) : undefined;
  const defaults = { remindBefore: settings.remindBeforeDays, remindAfter: settings.remindAfterDays };
  if (!values || values.length < 2 || values.slice(1).every((r) => isBlankRow(r))) {
    const milestones: Milestone[] = [];
    if (!values) {
      if (settings.planDeadline) {
        milestones.push({ name: BUILT_IN_MILESTONE.plan, key: normalizeName(BUILT_IN_MILESTONE.plan), deadline: settings.planDeadline,
          column: ANSWER.planFile, columnIndex: regHeaders?.columnOf(ANSWER.planFile), row: 0, ...defaults });
      }
      const resultsColumn = regHeaders?.columnOf(BUILT_IN_RESULTS_COLUMN);
      if (settings.resultsDeadline && resultsColumn !== undefined) {
        milestones.push({ name: BUILT_IN_MILESTONE.results, key: normalizeName(BUILT_IN_MILESTONE.results), deadline: settings.resultsDeadline,
          column: BUILT_IN_RESULTS_COLUMN, columnIndex: resultsColumn, row: 0, ...defaults });
      }
      // A built-in milestone whose column is absent is simply not tracked (old workbooks keep working).
      return { milestones: milestones.filter((m) => !regHeaders || m.columnIndex !== undefined), problems: [], fromSheet: false };
    }
    return { milestones, problems: [], fromSheet: true };
  }
  const headers = indexHeaders(values[0]);
  const col = (h: string) => headers.columnOf(h);
  const nameCol = col(MILESTONE_HEADER.name);
  const dateCol = col(MILESTONE_HEADER.deadline);
  const columnCol = col(MILESTONE_HEADER.column);
  const beforeCol = col(MILESTONE_HEADER.remindBefore);
  const afterCol = col(MILESTONE_HEADER.remindAfter);
  const problems: string[] = [];
  const milestones: Milestone[] = [];
  const nameRow = new Map<string, number>();
  const columnRow = new Map<string, number>();
  if (nameCol === undefined) {
    return { milestones, problems: [`Trang "${SHEET.milestones}" thiếu cột "${MILESTONE_HEADER.name}" ở dòng 1.`], fromSheet: true };
  }
  for (let r = 1; r < values.length; r++) {
    const row = values[r];
    if (isBlankRow(row)) continue;
    const rowNumber = r + 1;
    const name = cellText(row[nameCol]).replace(/\s+/g, ' ');
    if (!name) { problems.push(MILESTONE_MSG.noName(rowNumber)); continue; }
    const key = normalizeName(name);
    const first = nameRow.get(key);
    if (first !== undefined) { problems.push(MILESTONE_MSG.duplicateName(rowNumber, name, first)); continue; }
    nameRow.set(key, rowNumber);
    const rawDate = dateCol === undefined ? '' : row[dateCol];
    if (cellText(rawDate) === '') { problems.push(MILESTONE_MSG.noDate(rowNumber, name)); continue; }
    const reading = readDateCell(rawDate, timeZone);
    if (!reading.ok) { problems.push(MILESTONE_MSG.badDate(rowNumber, name, rawDate)); continue; }
    const column = columnCol === undefined ? '' : cellText(row[columnCol]).replace(/\s+/g, ' ');
    if (!column) { problems.push(MILESTONE_MSG.noColumn(rowNumber, name)); continue; }
    const columnIndex = regHeaders?.columnOf(column);
    if (regHeaders && columnIndex === undefined) { problems.push(MILESTONE_MSG.unknownColumn(rowNumber, name, column)); continue; }
    const firstOnColumn = columnRow.get(normalizeName(column));
    if (firstOnColumn !== undefined) { problems.push(MILESTONE_MSG.sameColumn(rowNumber, name, column, firstOnColumn)); continue; }
    columnRow.set(normalizeName(column), rowNumber);
    const days = (c: number | undefined, header: string, fallback: number[]) => {
      if (c === undefined || cellText(row[c]) === '') return fallback;
      const list = readDayList(row[c]);
      if (!list) problems.push(MILESTONE_MSG.badDays(rowNumber, header, row[c]));
      return list ?? fallback;
    };
    milestones.push({
      name, key, deadline: reading.day, column, columnIndex, row: rowNumber,
      remindBefore: days(beforeCol, MILESTONE_HEADER.remindBefore, defaults.remindBefore),
      remindAfter: days(afterCol, MILESTONE_HEADER.remindAfter, defaults.remindAfter),
    });
  }
  milestones.sort((a, b) => compareDays(a.deadline, b.deadline) || a.row - b.row);
  return { milestones, problems, fromSheet: true };
}
