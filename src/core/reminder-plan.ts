/**
 * Who gets which reminder today (DESIGN.md §6), as plain data: units `Chưa đăng ký` /
 * `Không đăng ký` and `Cần bổ sung` at each stage of their calendar, units `Trễ hạn` once.
 * A reminder is identified by its key (stage + reason); a key already sent — by hand or by
 * the daily run — is never planned again. Units postponed for lack of quota come first.
 */
import { UNIT_STATUS } from './contract';
import { formatDayVi, type CalendarDay } from './calendar-day';
import { shortHash } from './answer-fingerprint';
import type { EmailContent } from './receipt';
import { planReminderEmail, type ReminderReason } from './reminder-email';
import { EARLY_STAGE, stageOn } from './reminder-schedule';
import type { Settings } from './settings';
import type { UnitResult } from './unit-status';

export type ReminderMode = 'daily' | 'manual';

export interface PlannedReminder {
  unitName: string;
  unitRow: number;
  reason: ReminderReason;
  /** `sau-3/chua-dang-ky`, `truoc-1/can-bo-sung-1x2k9`, `mot-lan/tre-han`. */
  key: string;
  addresses: string[];
  content: EmailContent;
  postponedBefore: boolean;
}

export interface ReminderInput {
  units: readonly UnitResult[];
  today: CalendarDay;
  settings: Settings;
  /** `<unit name>|<key>` of every reminder already sent (from `Nhật ký`). */
  sent: ReadonlySet<string>;
  /** Unit names whose last reminder was postponed and not sent since. */
  postponed: ReadonlySet<string>;
  /** Pre-filled form link per unit name. */
  links: ReadonlyMap<string, string>;
  mode: ReminderMode;
}

export const sentKey = (unitName: string, key: string) => `${unitName}|${key}`;

export function planReminders(input: ReminderInput): PlannedReminder[] {
  const { settings } = input;
  const planned: PlannedReminder[] = [];
  for (const result of input.units) {
    const { unit } = result;
    if (!unit.deadline) continue;
    const reason = reasonOf(result.status);
    if (!reason) continue;
    const stage = stageOn(input.today, unit.deadline, settings.remindBeforeDays, settings.remindAfterDays);
    let stageKey: string;
    if (reason === 'tre-han') stageKey = 'mot-lan';
    else if (stage.stage === EARLY_STAGE && input.mode === 'daily') continue;
    else stageKey = stage.stage;
    const problems = reason === 'can-bo-sung'
      ? result.rows.filter((r) => r.status === 'Cần bổ sung').map((r) => ({ row: r.row, title: r.title, reasons: r.reasons }))
      : [];
    const reasonKey = reason === 'can-bo-sung' ? `${reason}-${shortHash(JSON.stringify(problems.map((p) => [p.title, p.reasons])))}` : reason;
    const key = `${stageKey}/${reasonKey}`;
    if (input.sent.has(sentKey(unit.name, key))) continue;
    planned.push({
      unitName: unit.name, unitRow: unit.row, reason, key, addresses: unit.emails,
      postponedBefore: input.postponed.has(unit.name),
      content: planReminderEmail({
        unitName: unit.name, reason, deadline: formatDayVi(unit.deadline), daysLeft: stage.daysLeft,
        validCount: result.validCount, min: unit.min, problems, formLink: input.links.get(unit.name) ?? '',
        contactUnit: settings.contactUnit, planTitle: settings.planTitle, itemNoun: settings.itemNoun,
      }),
    });
  }
  // Postponed first, then in roster order (stable).
  return planned.sort((a, b) => Number(b.postponedBefore) - Number(a.postponedBefore) || a.unitRow - b.unitRow);
}

function reasonOf(status: UnitResult['status']): ReminderReason | undefined {
  if (status === UNIT_STATUS.notYet || status === UNIT_STATUS.notRegistered) return 'chua-dang-ky';
  if (status === UNIT_STATUS.needsFix) return 'can-bo-sung';
  if (status === UNIT_STATUS.late) return 'tre-han';
  return undefined;
}
