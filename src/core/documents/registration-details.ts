/**
 * The registration rows as the documents need them: the ranked rows of a CheckOutcome carry
 * the unit, title and status, but not the type, field, dates, implementing and partner units,
 * scale, person in charge or the staff's approval columns, so these are read here from the
 * `Đăng ký` values (one `getValues`) and the located columns. Rows come in roster order (a
 * unit's rows in sheet order), rows of units outside the roster last.
 */
import { APPROVAL_VALUES, DEFAULT_TIME_ZONE, type AnswerKey, type RowStatus } from '../contract';
import { formatDayVi, type CalendarDay } from '../calendar-day';
import type { CheckOutcome } from '../check-workbook';
import { readDateCell } from '../date-parsing';
import { matchType } from '../groups';
import { normalizeName } from '../names';
import type { OwnedKey, RegistrationColumns } from '../registration-columns';
import { cellText } from '../table';
import { oneLine } from './document-text';

export interface RegistrationDetail {
  /** 1-based sheet row of `Đăng ký`. */
  row: number;
  /** `Mã đăng ký` ('' when not written yet). */
  registrationId: string;
  /** `Kết quả kiểm tra` as the check computed it. */
  status: RowStatus;
  /** The roster's name of the unit, or the text typed when it is not in the roster. */
  unit: string;
  /** `Khối` of the unit ('' outside the roster or without a group). */
  group: string;
  /** Whether the unit is in the roster. */
  inRoster: boolean;
  title: string;
  /** `Mô hình` / `Phong trào` / `Việc làm`, or the text typed. */
  type: string;
  /** The field as written in `Lĩnh vực`, or the text typed. */
  field: string;
  scale: string;
  start: CalendarDay | undefined;
  end: CalendarDay | undefined;
  leadUnit: string;
  implementingUnit: string;
  partnerUnits: string;
  responsiblePerson: string;
  /** `Trạng thái phê duyệt` as in the contract's dropdown, or the text typed ('' when empty). */
  approval: string;
  /** `Ý kiến phê duyệt`. */
  comment: string;
  submittedDay: CalendarDay | undefined;
  /** The text of every question without a role, by normalised title (for the plan's own columns). */
  extra: Record<string, string>;
}

/**
 * Reads every checked row of `Đăng ký` (`values` includes the header row; `columns` from
 * `locateRegistrationColumns`). Date cells are read as calendar days in `timeZone`.
 */
export function readRegistrationDetails(
  values: readonly (readonly unknown[])[],
  columns: RegistrationColumns | undefined,
  outcome: CheckOutcome,
  timeZone: string = DEFAULT_TIME_ZONE,
): RegistrationDetail[] {
  const fieldsByKey = new Map(outcome.fields.map((f) => [normalizeName(f), f]));
  const approvalByKey = new Map(APPROVAL_VALUES.map((a) => [normalizeName(a), a as string]));
  const details: Array<RegistrationDetail & { order: number }> = [];
  for (const ranked of outcome.rows.values()) {
    const row = values[ranked.row - 1] ?? [];
    const answer = (key: AnswerKey): unknown => {
      const c = columns?.answers[key];
      return c === undefined ? '' : row[c];
    };
    const owned = (key: OwnedKey): string => {
      const c = columns?.owned[key];
      return c === undefined ? '' : oneLine(cellText(row[c]));
    };
    const text = (key: AnswerKey) => oneLine(cellText(answer(key)));
    const day = (key: AnswerKey): CalendarDay | undefined => {
      const reading = readDateCell(answer(key), timeZone);
      return reading.ok ? reading.day : undefined;
    };
    const approvalText = owned('approval');
    details.push({
      row: ranked.row,
      registrationId: owned('registrationId'),
      status: ranked.status,
      unit: ranked.unit?.name ?? text('unit'),
      group: ranked.unit?.groupName ?? '',
      inRoster: ranked.unit !== undefined,
      title: ranked.title ? oneLine(ranked.title) : text('title'),
      type: ranked.category || (matchType(answer('type')) ?? text('type')),
      field: fieldsByKey.get(normalizeName(answer('field'))) ?? text('field'),
      scale: text('scale'),
      start: day('start'),
      end: day('end'),
      leadUnit: text('leadUnit'),
      implementingUnit: text('implementingUnit'),
      partnerUnits: text('partnerUnits'),
      responsiblePerson: text('responsiblePerson'),
      approval: approvalByKey.get(normalizeName(approvalText)) ?? approvalText,
      comment: owned('approvalComment'),
      submittedDay: ranked.submittedDay,
      extra: Object.fromEntries((columns?.questions ?? [])
        .filter((q) => !q.question.role && q.column !== undefined)
        .map((q) => [normalizeName(q.question.title), answerText(row[q.column!], q.question.kind, timeZone)])),
      order: ranked.unit ? ranked.unit.row : Number.MAX_SAFE_INTEGER,
    });
  }
  details.sort((a, b) => a.order - b.order || a.row - b.row);
  return details.map(({ order: _order, ...detail }) => detail);
}

/** An answer as a document writes it: a date as dd/MM/yyyy, anything else on one line. */
function answerText(value: unknown, kind: string, timeZone: string): string {
  if (kind === 'date' || Object.prototype.toString.call(value) === '[object Date]') {
    const reading = readDateCell(value, timeZone);
    if (reading.ok) return formatDayVi(reading.day);
  }
  return oneLine(cellText(value));
}
