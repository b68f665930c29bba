/**
 * The proposals of a dossier (DESIGN.md §14, vn-recognition-format.md §8): the checked rows of
 * `Đăng ký` that carry a `Hình thức khen thưởng`, each with its recipient, kind, position or
 * address, achievement, form and amount — and for each row that cannot be commended, the
 * reason for `Chi tiết`. Pure: the check calls it (reasons), the generator too (documents).
 *
 * Rules: only a valid row (`Hợp lệ`, `Trễ hạn`) is proposed; its form must be one of
 * `Cấu hình` › `Hình thức khen thưởng` and within the commune's authority on the decision date
 * (R1); a recipient and an achievement are required (and short enough to print); the same
 * recipient twice with the same form is refused on the later row, with another form it is a
 * warning (R8: one achievement is not commended twice). The recipient is the row's `Tên` when
 * its `Loại` names a person, household or collective, else the unit (a collective).
 */
import { RECOGNITION_COLUMN, ROW_STATUS } from '../contract';
import { formatDayVi, type CalendarDay } from '../calendar-day';
import type { CheckOutcome } from '../check-workbook';
import { normalizeName } from '../names';
import { cellText, indexHeaders } from '../table';
import { kindOfWord, type RecognitionSettings } from './recognition-settings';
import { RECOGNITION_MSG } from './recognition-text';
import {
  awardAmount, canonicalForm, RULE_TABLE, withinCommuneAuthority, type AwardAmount, type RecipientKind, type RuleTable,
} from './rule-table';

/** Longest recipient name and achievement that still print on a certificate. */
export const MAX_RECIPIENT_CHARS = 200;
export const MAX_ACHIEVEMENT_CHARS = 600;

export interface Proposal {
  /** 1-based row of `Đăng ký`. */
  row: number;
  unit: string;
  category: string;
  kind: RecipientKind;
  recipient: string;
  /** Position and workplace, or address ('' when the plan has no such question). */
  position: string;
  achievement: string;
  /** The form as the rule table names it (`Giấy khen`), or as typed when it has no canonical name. */
  form: string;
  amount: AwardAmount | undefined;
}

export interface RecognitionColumns {
  form: number | undefined;
  achievement: number | undefined;
  dossier: number | undefined;
}

export interface ProposalsReading {
  columns: RecognitionColumns;
  proposals: Proposal[];
  /** Lines for `Chi tiết` by 1-based row (reasons and warnings). */
  linesByRow: Map<number, string[]>;
  /** Rows that carry a form but are left out of the documents. */
  excludedRows: number[];
  decisionDay: CalendarDay;
}

/** The recognition columns of `Đăng ký`'s header row. */
export function locateRecognitionColumns(headerRow: readonly unknown[] | undefined): RecognitionColumns {
  const headers = indexHeaders(headerRow ?? []);
  return {
    form: headers.columnOf(RECOGNITION_COLUMN.form),
    achievement: headers.columnOf(RECOGNITION_COLUMN.achievement),
    dossier: headers.columnOf(RECOGNITION_COLUMN.dossier),
  };
}

const POSITION_TITLE = /(chức vụ|địa chỉ|nơi công tác|đơn vị công tác|nơi ở)/;

/** Reads the proposals of `Đăng ký` (`values` with its header row) after a check. */
export function readProposals(
  values: readonly unknown[][] | undefined, outcome: CheckOutcome, recognition: RecognitionSettings, table: RuleTable = RULE_TABLE,
): ProposalsReading {
  const decisionDay = recognition.decisionDate ?? outcome.today;
  const columns = locateRecognitionColumns(values?.[0]);
  const linesByRow = new Map<number, string[]>();
  const proposals: Proposal[] = [];
  const excludedRows: number[] = [];
  if (!values || columns.form === undefined || !outcome.columns) return { columns, proposals, linesByRow, excludedRows, decisionDay };

  const family = outcome.settings.documentFamily;
  const signer = family === 'Đảng' ? 'Ban Thường vụ Đảng ủy xã' : 'Chủ tịch Ủy ban nhân dân xã';
  const nameColumn = outcome.columns.roles.name;
  const nameHeader = outcome.questions.find((q) => q.role === 'name')?.title ?? 'Tên';
  const positionColumn = outcome.columns.questions.find((q) => q.column !== undefined && POSITION_TITLE.test(normalizeName(q.question.title)))?.column;
  const allowed = new Map(recognition.forms.map((f) => [normalizeName(f), f]));
  const seen = new Map<string, { row: number; form: string }[]>();

  for (let r = 1; r < values.length; r++) {
    const row = r + 1;
    const typedForm = cellText(values[r][columns.form]).replace(/\s+/g, ' ').trim();
    if (!typedForm) continue;
    const lines: string[] = [];
    const refuse = (line: string) => { lines.push(line); };
    const checked = outcome.rows.get(row);
    if (!checked || (checked.status !== ROW_STATUS.valid && checked.status !== ROW_STATUS.late)) {
      linesByRow.set(row, [RECOGNITION_MSG.rowNotValid]);
      excludedRows.push(row);
      continue;
    }
    const form = canonicalForm(typedForm, table) ?? typedForm;
    if (!allowed.has(normalizeName(typedForm))) refuse(RECOGNITION_MSG.formUnknown(typedForm, recognition.forms));
    else if (!withinCommuneAuthority(typedForm, decisionDay, family, table)) refuse(RECOGNITION_MSG.formOutsideAuthority(typedForm, signer));

    const category = checked.category;
    const kind = recognition.kindByCategory.get(normalizeName(category)) ?? kindOfWord(category);
    const unit = checked.unit?.name ?? '';
    const recipient = (kind ? cellText(nameColumn !== undefined ? values[r][nameColumn] : '') : unit).replace(/\s+/g, ' ').trim();
    const recipientColumn = kind ? nameHeader : outcome.columns.questions.find((q) => q.question.role === 'unit')?.question.title ?? 'Đơn vị';
    if (!recipient) refuse(RECOGNITION_MSG.recipientMissing(recipientColumn));
    else if (recipient.length > MAX_RECIPIENT_CHARS) refuse(RECOGNITION_MSG.recipientTooLong(recipientColumn, recipient.length, MAX_RECIPIENT_CHARS));

    const achievement = columns.achievement === undefined ? '' : cellText(values[r][columns.achievement]).replace(/\s+/g, ' ').trim();
    if (!achievement) refuse(RECOGNITION_MSG.achievementMissing);
    else if (achievement.length > MAX_ACHIEVEMENT_CHARS) refuse(RECOGNITION_MSG.achievementTooLong(achievement.length, MAX_ACHIEVEMENT_CHARS));

    const recipientKind: RecipientKind = kind ?? 'collective';
    if (recipient && recipient.length <= MAX_RECIPIENT_CHARS) {
      const key = `${recipientKind}|${normalizeName(recipient)}`;
      const earlier = seen.get(key) ?? [];
      const same = earlier.find((e) => normalizeName(e.form) === normalizeName(form));
      if (same && !lines.length) refuse(RECOGNITION_MSG.duplicateRecipient(recipient, same.row));
      if (!lines.length) {
        const other = earlier.find((e) => normalizeName(e.form) !== normalizeName(form));
        if (other) lines.push(RECOGNITION_MSG.sameAchievementTwice(recipient, other.row));
        seen.set(key, [...earlier, { row, form }]);
      }
    }

    const refused = lines.some((l) => !l.startsWith('Lưu ý'));
    if (refused) {
      linesByRow.set(row, lines);
      excludedRows.push(row);
      continue;
    }
    const amount = awardAmount(form, recipientKind, family, decisionDay, table, recognition.extraSalary);
    if (!amount) lines.push(RECOGNITION_MSG.noAmount(form, formatDayVi(decisionDay)));
    if (lines.length) linesByRow.set(row, lines);
    proposals.push({
      row, unit, category, kind: recipientKind, recipient, achievement, form, amount,
      position: positionColumn !== undefined ? cellText(values[r][positionColumn]).replace(/\s+/g, ' ').trim() : (kind ? unit : ''),
    });
  }
  return { columns, proposals, linesByRow, excludedRows, decisionDay };
}
