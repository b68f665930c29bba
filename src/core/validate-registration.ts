/**
 * Checks one registration row on its own (DESIGN.md §3.5 and §4): required answers, the
 * unit in the roster (with the closest name as a suggestion), the type allowed for the
 * unit's group, the field, the dates and the plan's window, and the "new item" pledge.
 * Rules that need other rows (duplicates, quota) live in `rank-registrations.ts`.
 */
import { ANSWER, CONFIG_KEY, SHEET, type AnswerKey } from './contract';
import { compareDays, type CalendarDay } from './calendar-day';
import { readDateCell, type DateReading } from './date-parsing';
import { matchType } from './groups';
import { MSG } from './messages';
import { closestName, normalizeName } from './names';
import { REQUIRED_ANSWERS, type RegistrationColumns } from './registration-columns';
import type { Unit } from './roster';
import type { Settings } from './settings';
import { cellText } from './table';

export interface RowProblem {
  /** The answer column at fault (its cell gets a note), if any. */
  column?: AnswerKey;
  message: string;
}

export interface RowReading {
  /** 1-based sheet row. */
  row: number;
  unit: Unit | undefined;
  title: string;
  titleKey: string;
  submittedDay: CalendarDay | undefined;
  /** Sort key: local wall minutes of `Dấu thời gian` (Infinity when unreadable). */
  submittedAt: number;
  problems: RowProblem[];
  warnings: string[];
}

export interface RowContext {
  columns: RegistrationColumns;
  settings: Settings;
  unitsByKey: Map<string, Unit>;
  unitNames: readonly string[];
  fields: Map<string, string>;
  timeZone: string;
  today: CalendarDay;
}

const NO_WORDS = new Set(['không', 'khong', 'no', 'false', '0', 'chưa']);

/** A ticked checkbox, or any non-empty answer other than a "no". */
export function isPledged(value: unknown): boolean {
  if (value === true) return true;
  if (value === false) return false;
  const text = normalizeName(value);
  return text !== '' && !NO_WORDS.has(text);
}

export function validateRegistration(row: readonly unknown[], rowNumber: number, ctx: RowContext): RowReading {
  const { columns, settings } = ctx;
  const problems: RowProblem[] = [];
  const warnings: string[] = [];
  const has = (key: AnswerKey) => columns.answers[key] !== undefined;
  const raw = (key: AnswerKey): unknown => (has(key) ? row[columns.answers[key]!] : '');
  const text = (key: AnswerKey) => cellText(raw(key));

  const required = [...REQUIRED_ANSWERS, ...(settings.onlyNewItems ? (['newItemPledge'] as AnswerKey[]) : [])];
  const missing = new Set<AnswerKey>();
  for (const key of required) {
    if (!has(key)) { problems.push({ message: MSG.missingColumn(ANSWER[key], SHEET.registrations) }); missing.add(key); }
    else if (text(key) === '' && raw(key) !== true) {
      if (key === 'newItemPledge') problems.push({ column: key, message: MSG.pledgeMissing(ANSWER[key]) });
      else problems.push({ column: key, message: MSG.missingAnswer(ANSWER[key]) });
      missing.add(key);
    }
  }

  // Dấu thời gian
  let submittedDay: CalendarDay | undefined;
  let submittedAt = Infinity;
  if (!missing.has('timestamp')) {
    const reading = readDateCell(raw('timestamp'), ctx.timeZone);
    if (reading.ok) { submittedDay = reading.day; submittedAt = reading.wallMinutes; }
    else problems.push({ column: 'timestamp', message: MSG.badTimestamp(ANSWER.timestamp, raw('timestamp')) });
  }

  // Đơn vị đăng ký
  let unit: Unit | undefined;
  if (!missing.has('unit')) {
    unit = ctx.unitsByKey.get(normalizeName(raw('unit')));
    if (!unit) problems.push({ column: 'unit', message: MSG.unitNotInRoster(closestName(text('unit'), ctx.unitNames)) });
  }

  // Loại đăng ký
  if (!missing.has('type')) {
    const type = matchType(raw('type'));
    const allowedAll = ['Mô hình', 'Phong trào', 'Việc làm'];
    if (!type) problems.push({ column: 'type', message: MSG.unknownType(raw('type'), allowedAll) });
    else if (unit && !unit.group.allowedTypes.includes(type)) {
      problems.push({ column: 'type', message: MSG.typeNotAllowed(unit.group.name || unit.name, unit.group.allowedTypes) });
    }
  }

  // Lĩnh vực
  if (!missing.has('field') && !ctx.fields.has(normalizeName(raw('field')))) {
    problems.push({ column: 'field', message: MSG.unknownField(raw('field'), SHEET.fields) });
  }

  // Thời gian bắt đầu / hoàn thành
  const start = missing.has('start') ? undefined : dateOf('start', raw('start'), ctx.timeZone, problems);
  const end = missing.has('end') ? undefined : dateOf('end', raw('end'), ctx.timeZone, problems);
  if (start && settings.earliestStart && compareDays(start, settings.earliestStart) < 0) {
    problems.push({ column: 'start', message: MSG.startTooEarly(ANSWER.start, start, settings.earliestStart, CONFIG_KEY.earliestStart) });
  }
  if (end && start && compareDays(end, start) < 0) {
    problems.push({ column: 'end', message: MSG.endBeforeStart(ANSWER.end, end, start) });
  }
  if (end && settings.resultsDeadline && compareDays(end, settings.resultsDeadline) > 0) {
    problems.push({ column: 'end', message: MSG.endTooLate(ANSWER.end, end, settings.resultsDeadline, CONFIG_KEY.resultsDeadline) });
  }

  // Kế hoạch thực hiện: optional before `Hạn xây dựng kế hoạch`, a warning after it.
  if (settings.planDeadline && compareDays(ctx.today, settings.planDeadline) > 0 && text('planFile') === '') {
    warnings.push(MSG.planMissingWarning(ANSWER.planFile, settings.planDeadline));
  }

  return {
    row: rowNumber, unit, title: text('title'), titleKey: normalizeName(raw('title')),
    submittedDay, submittedAt, problems, warnings,
  };
}

function dateOf(key: 'start' | 'end', value: unknown, timeZone: string, problems: RowProblem[]): CalendarDay | undefined {
  const reading: DateReading = readDateCell(value, timeZone);
  if (reading.ok) return reading.day;
  problems.push({ column: key, message: MSG.badDate(ANSWER[key], value) });
  return undefined;
}
