/**
 * Checks one registration row on its own (DESIGN.md §3.5, §4, §12): every question of the
 * plan by its `Bắt buộc` and `Kiểu` (a date parses, a number is a number, an e-mail an
 * address, a link a link, a choice one of its choices), then by its role: the unit in the
 * roster (with the closest name as a suggestion), the category allowed for the unit's group,
 * the field in `Lĩnh vực` and in the unit's `Lĩnh vực được giao`, the dates inside the plan's
 * window, and the "new item" pledge. A spreadsheet error (`#N/A`, `#REF!`) is never an
 * answer. Rules that need other rows (duplicates, quotas) live in `rank-registrations.ts`.
 */
import { ANSWER, APPROVAL, CONFIG_KEY, SHEET } from './contract';
import { compareDays, type CalendarDay } from './calendar-day';
import { readDateCell } from './date-parsing';
import { MILESTONE_MSG, MSG } from './messages';
import { isApproved } from './milestones/progress';
import { closestName, normalizeName } from './names';
import { isRequired, type Question } from './questions';
import type { RegistrationColumns } from './registration-columns';
import type { Unit } from './roster';
import type { Settings } from './settings';
import { cellText } from './table';

export interface RowProblem {
  /** The 0-based column at fault (its cell gets a note), if any. */
  column?: number;
  message: string;
}

export interface RowReading {
  /** 1-based sheet row. */
  row: number;
  unit: Unit | undefined;
  title: string;
  titleKey: string;
  /** The category (the `Loại` question's choice as written there), '' when the plan has none. */
  category: string;
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
  /** Dates of the milestones by normalised name (for `Sau <Mốc>` questions). */
  milestoneDays?: Map<string, CalendarDay>;
}

const NO_WORDS = new Set(['không', 'khong', 'no', 'false', '0', 'chưa', 'chua', 'sai']);

/** A ticked checkbox, or any non-empty answer other than a "no". */
export function isPledged(value: unknown): boolean {
  if (value === true) return true;
  if (value === false) return false;
  const text = normalizeName(value);
  return text !== '' && !NO_WORDS.has(text);
}

/** Error values a spreadsheet shows in a cell (`getValues` returns them as text). */
const ERROR_VALUE = /^#(?:N\/A|REF!|VALUE!|DIV\/0!|NAME\?|NUM!|NULL!|ERROR!|SPILL!|CALC!|GETTING_DATA)$/i;
export function isErrorValue(value: unknown): boolean {
  return typeof value === 'string' && ERROR_VALUE.test(value.trim());
}

/** A number typed or stored: 12, 12.5, "1.200" / "1,5" as people write them in Vietnamese. */
export function readNumber(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  const text = cellText(value).replace(/\s/g, '');
  if (!/^[+-]?\d{1,3}(?:\.\d{3})*(?:,\d+)?$|^[+-]?\d+(?:[.,]\d+)?$/.test(text)) return undefined;
  const normalized = /^[+-]?\d{1,3}(?:\.\d{3})+(?:,\d+)?$/.test(text) ? text.replace(/\./g, '').replace(',', '.') : text.replace(',', '.');
  const n = Number(normalized);
  return Number.isFinite(n) ? n : undefined;
}

/** One address, optionally with a display name: `a@x.vn` or `"Tên" <a@x.vn>`. */
const EMAIL = /^[^\s@<>(),;:"]+@[^\s@<>(),;:"]+\.[^\s@<>(),;:"]+$/;
export function isEmailAddress(text: string): boolean {
  const named = /^(?:"[^"]*"|[^<>"]*)\s*<([^<>]+)>$/.exec(text.trim());
  return EMAIL.test((named ? named[1] : text).trim());
}

/** Splits a list of addresses on `,`, `;` or lines, but not inside a quoted display name (`"Lê, Văn" <a@x.vn>`). */
export function splitAddresses(text: string): string[] {
  return (text.match(/(?:"[^"]*"|[^,;\n"])+/g) ?? []).map((s) => s.trim()).filter(Boolean);
}

const LINK = /^https?:\/\/[^\s/$.?#][^\s]*$/i;

export function validateRegistration(row: readonly unknown[], rowNumber: number, ctx: RowContext): RowReading {
  const { columns, settings } = ctx;
  const problems: RowProblem[] = [];
  const warnings: string[] = [];
  const at = (c: number | undefined): unknown => (c === undefined ? '' : row[c]);

  // Dấu thời gian
  let submittedDay: CalendarDay | undefined;
  let submittedAt = Infinity;
  const timestampColumn = columns.timestamp;
  if (timestampColumn === undefined) problems.push({ message: MSG.missingColumn(ANSWER.timestamp, SHEET.registrations) });
  else {
    const raw = at(timestampColumn);
    if (cellText(raw) === '') problems.push({ column: timestampColumn, message: MSG.missingAnswer(ANSWER.timestamp) });
    else {
      const reading = readDateCell(raw, ctx.timeZone);
      if (reading.ok) { submittedDay = reading.day; submittedAt = reading.wallMinutes; }
      else problems.push({ column: timestampColumn, message: MSG.badTimestamp(ANSWER.timestamp, raw) });
    }
  }

  let unit: Unit | undefined;
  let category = '';
  let title = '';
  let titleKey = '';
  const days: { start?: { day: CalendarDay; column: number; title: string }; end?: { day: CalendarDay; column: number; title: string } } = {};
  const answered = new Map<Question, unknown>();

  for (const { question, column } of columns.questions) {
    const required = isRequired(question, settings.onlyNewItems);
    if (column === undefined) {
      if (required) problems.push({ message: MSG.missingColumn(question.title, SHEET.registrations) });
      continue;
    }
    const raw = at(column);
    const empty = cellText(raw) === '' && raw !== true;
    if (!empty && isErrorValue(raw)) {
      problems.push({ column, message: MSG.errorValue(question.title, raw) });
      continue;
    }
    if (empty) {
      if (required) {
        problems.push({
          column,
          message: question.role === 'pledge' ? MSG.pledgeMissing(question.title, settings.itemNoun) : MSG.missingAnswer(question.title),
        });
      } else if (question.required.when === 'after') {
        // `Sau <Mốc>` (DESIGN.md §12.1, §13): required once the milestone has passed. An approved row keeps
        // its result — its missing answer is followed by `Tiến độ` (Quá hạn) and the `Nhắc báo cáo:` reminders.
        const due = ctx.milestoneDays?.get(normalizeName(question.required.milestone));
        if (due && compareDays(ctx.today, due) > 0) {
          // A row staff refused (`Không duyệt`) is not asked for anything more.
          const decision = columns.owned.approval === undefined ? '' : at(columns.owned.approval);
          if (isApproved(decision)) warnings.push(MSG.planMissingWarning(question.title, due));
          else if (normalizeName(decision) !== normalizeName(APPROVAL.rejected)) {
            problems.push({ column, message: MILESTONE_MSG.requiredAfter(question.title, question.required.milestone, due) });
          }
        }
      }
      continue;
    }
    answered.set(question, raw);
    const problem = checkAnswer(question, raw, column, ctx);
    if (problem) { problems.push(problem); continue; }
    switch (question.role) {
      case 'unit':
        unit = ctx.unitsByKey.get(normalizeName(raw));
        if (!unit) problems.push({ column, message: MSG.unitNotInRoster(closestName(cellText(raw), ctx.unitNames), question.title) });
        break;
      case 'category':
        category = question.choices.find((c) => normalizeName(c) === normalizeName(raw)) ?? cellText(raw);
        break;
      case 'name':
        title = cellText(raw);
        titleKey = normalizeName(raw);
        break;
      case 'start': case 'end': {
        const reading = readDateCell(raw, ctx.timeZone);
        if (reading.ok) days[question.role] = { day: reading.day, column, title: question.title };
        break;
      }
      case 'pledge':
        if (settings.onlyNewItems && !isPledged(raw)) {
          problems.push({ column, message: MSG.pledgeRefused(question.title, raw, settings.itemNoun) });
        }
        break;
      default:
        break;
    }
  }

  // Rules that need the unit: the category allowed for its group, the fields it answers for.
  for (const { question, column } of columns.questions) {
    if (!unit || column === undefined || !answered.has(question)) continue;
    if (question.role === 'category' && category && problems.every((p) => p.column !== column)) {
      const allowed = unit.group.allowedTypes;
      if (!allowed.some((a) => normalizeName(a) === normalizeName(category))) {
        problems.push({ column, message: MSG.typeNotAllowed(unit.group.name || unit.name, allowed, question.title) });
      }
    }
    if (question.role === 'field' && unit.assignedFields.length && problems.every((p) => p.column !== column)) {
      const value = normalizeName(answered.get(question));
      if (!unit.assignedFields.some((f) => normalizeName(f) === value)) {
        problems.push({ column, message: MSG.fieldNotAssigned(question.title, unit.name, unit.assignedFields) });
      }
    }
  }

  // The plan's window: start not before `Ngày bắt đầu thực hiện`, end after start and not after `Hạn báo cáo kết quả`.
  const { start, end } = days;
  if (start && settings.earliestStart && compareDays(start.day, settings.earliestStart) < 0) {
    problems.push({ column: start.column, message: MSG.startTooEarly(start.title, start.day, settings.earliestStart, CONFIG_KEY.earliestStart) });
  }
  if (end && start && compareDays(end.day, start.day) < 0) {
    problems.push({ column: end.column, message: MSG.endBeforeStart(end.title, end.day, start.day) });
  }
  if (end && settings.resultsDeadline && compareDays(end.day, settings.resultsDeadline) > 0) {
    problems.push({ column: end.column, message: MSG.endTooLate(end.title, end.day, settings.resultsDeadline, CONFIG_KEY.resultsDeadline) });
  }

  return { row: rowNumber, unit, title, titleKey, category, submittedDay, submittedAt, problems, warnings };
}

/** A question's choices, normalised once per run (not once per row). */
const choiceKeys = new WeakMap<Question, Set<string>>();
function isChoice(question: Question, value: unknown): boolean {
  let keys = choiceKeys.get(question);
  if (!keys) { keys = new Set(question.choices.map(normalizeName)); choiceKeys.set(question, keys); }
  return keys.has(normalizeName(value));
}

/** The check of one non-empty answer by its kind (roles that read a sheet are checked by the caller). */
function checkAnswer(question: Question, raw: unknown, column: number, ctx: RowContext): RowProblem | undefined {
  const title = question.title;
  switch (question.kind) {
    case 'date':
      return readDateCell(raw, ctx.timeZone).ok ? undefined : { column, message: MSG.badDate(title, raw) };
    case 'number':
      return readNumber(raw) === undefined ? { column, message: MSG.notANumber(title, raw) } : undefined;
    case 'email': {
      const parts = splitAddresses(cellText(raw));
      return parts.every(isEmailAddress) ? undefined : { column, message: MSG.notAnEmail(title, raw) };
    }
    case 'link': {
      const parts = cellText(raw).split(/[,\s]+/).filter(Boolean);
      return parts.every((p) => LINK.test(p)) ? undefined : { column, message: MSG.notALink(title, raw) };
    }
    case 'choice': case 'list': {
      if (question.role === 'unit') return undefined;
      if (question.role === 'field') {
        return ctx.fields.has(normalizeName(raw)) ? undefined : { column, message: MSG.unknownField(raw, SHEET.fields, title) };
      }
      if (isChoice(question, raw)) return undefined;
      return question.role === 'category'
        ? { column, message: MSG.unknownType(raw, question.choices, title) }
        : { column, message: MSG.notAChoice(title, raw, question.choices) };
    }
    default:
      if (question.role === 'field' && !ctx.fields.has(normalizeName(raw))) {
        return { column, message: MSG.unknownField(raw, SHEET.fields, title) };
      }
      if (question.role === 'category' && question.choices.length && !isChoice(question, raw)) {
        return { column, message: MSG.unknownType(raw, question.choices, title) };
      }
      return undefined;
  }
}
