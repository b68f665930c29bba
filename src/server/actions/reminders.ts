/**
 * `Gửi nhắc nhở`, its preview, and the daily run (DESIGN.md §6). The preview lists every
 * reminder that would go out now (nothing is sent); sending re-plans under the lock and
 * sends only what was previewed and is still due; the daily run re-checks the sheet and
 * sends what the schedule says. The remaining quota is checked first, a run that nears the
 * time limit stops, and every send, skip, postponement and failure is a line in `Nhật ký`.
 */
import { ROW_STATUS, SHEET, UNIT_HEADER, UNIT_STATUS } from '../../core/contract';
import type { ReminderPreview, ReminderSendResult } from '../../core/dto';
import { MILESTONE_MSG, MSG, REMINDER_TEXT } from '../../core/messages';
import { planMilestoneReminders, type PlannedMilestoneReminder } from '../../core/milestones/milestone-reminders';
import { readEditLinks } from '../edit-links';
import { planReminders, type PlannedReminder, type ReminderMode } from '../../core/reminder-plan';
import { sortAddresses } from '../../core/emails';
import { indexHeaders } from '../../core/table';
import type { CheckOutcome } from '../../core/check-workbook';
import type { UnitResult } from '../../core/unit-status';
import { appendLog, type LogLine } from '../activity-log';
import { withDocumentLock } from '../lock';
import { remainingQuota, sendEmail } from '../mailer';
import { readReminderRecord, reminderKeyLine } from '../reminder-log';
import type { Spreadsheet } from '../sheet-io';
import { checkAndWrite, readAndCheck } from './check-registrations';
import { findSheet } from '../find-sheet';

/** Stop sending when this much of Apps Script's 6-minute limit is used. */
export const SEND_BUDGET_MS = 4.5 * 60 * 1000;

/** A registration reminder (§6) or a milestone reminder (§13, `milestone` set): both go through the same send. */
type Planned = PlannedReminder | (PlannedMilestoneReminder & { reason: 'bao-cao' });

function plan(ss: Spreadsheet, outcome: CheckOutcome, mode: ReminderMode): Planned[] {
  // No reminder goes out on a sheet whose structure is broken: every unit would look unregistered.
  if (outcome.structureBroken) return [];
  const record = readReminderRecord(ss);
  const registration = planReminders({
    units: outcome.units, today: outcome.today, settings: outcome.settings,
    sent: record.sent, postponed: record.postponed, links: unitLinks(ss), mode,
  });
  if (!outcome.progress.tracked) return registration;
  const milestone = planMilestoneReminders({
    progress: outcome.progress, units: outcome.units, today: outcome.today, settings: outcome.settings,
    sent: record.sent, postponed: record.postponed, editLinks: readEditLinks(), mode,
  }).map((m) => ({ ...m, reason: 'bao-cao' as const }));
  return [...registration, ...milestone]
    .sort((a, b) => Number(b.postponedBefore) - Number(a.postponedBefore) || a.unitRow - b.unitRow);
}

/** `Đường dẫn đăng ký` of each unit, by name. */
function unitLinks(ss: Spreadsheet): Map<string, string> {
  const links = new Map<string, string>();
  const sheet = findSheet(ss, SHEET.units);
  if (!sheet || sheet.getLastRow() < 2) return links;
  const values = sheet.getDataRange().getValues();
  const h = indexHeaders(values[0]);
  const name = h.columnOf(UNIT_HEADER.name);
  const link = h.columnOf(UNIT_HEADER.formLink);
  if (name === undefined || link === undefined) return links;
  for (const row of values.slice(1)) if (row[name]) links.set(String(row[name]).trim(), String(row[link] ?? ''));
  return links;
}

export function previewRemindersAction(ss: Spreadsheet): ReminderPreview {
  const { outcome } = readAndCheck(ss, new Date());
  const planned = plan(ss, outcome, 'manual');
  const quota = remainingQuota();
  const results = new Map(outcome.units.map((u) => [u.unit.name, u]));
  return {
    ok: true,
    message: outcome.structureBroken ? MSG.remindersBlocked(outcome.structureProblems) : MSG.reminderPreview(planned.length, quota),
    quota,
    reminders: planned.map((p) => {
      const { valid, invalid } = sortAddresses(p.addresses);
      return { unit: p.unitName, key: p.key, reason: previewReason(p, results.get(p.unitName)), addresses: valid, invalidAddresses: invalid, subject: p.content.subject };
    }),
  };
}

/** Why, as the preview shows it: `Chưa đăng ký` or `Không đăng ký` as in `Trạng thái`, `Cần bổ sung` with its rows' reasons. */
function previewReason(p: Planned, result: UnitResult | undefined): string {
  if (p.reason === 'bao-cao') return MILESTONE_MSG.reminderReason(p.milestone, p.missing);
  if (p.reason === 'chua-dang-ky' && result?.status === UNIT_STATUS.notRegistered) return UNIT_STATUS.notRegistered;
  const label = MSG.reminderReason(p.reason);
  if (p.reason !== 'can-bo-sung' || !result) return label;
  const rows = result.rows.filter((r) => r.status === ROW_STATUS.needsFix)
    .map((r) => `${REMINDER_TEXT.rowHead(r.row, r.title)} ${r.reasons.join(' ')}`);
  return rows.length ? `${label} — ${rows.join(' ')}` : label;
}

/** Sends the previewed reminders (`keys`: `unit|key`), or all due ones when `keys` is undefined. */
export function sendRemindersAction(ss: Spreadsheet, keys: readonly string[] | undefined, mode: ReminderMode = 'manual'): ReminderSendResult {
  return withDocumentLock(() => {
    const started = Date.now();
    const now = new Date();
    const { outcome } = mode === 'daily' ? checkAndWrite(ss, now) : readAndCheck(ss, now);
    const wanted = keys ? new Set(keys) : undefined;
    const due = plan(ss, outcome, mode).filter((p) => !wanted || wanted.has(`${p.unitName}|${p.key}`));
    if (outcome.structureBroken) {
      // Said once per run in `Nhật ký` by the check's own line; the caller shows this message.
      return { ok: true, message: MSG.remindersBlocked(outcome.structureProblems), sent: 0, postponed: 0, skipped: 0, failed: 0, results: [] };
    }
    return sendPlanned(ss, due, outcome, started, now);
  });
}

function sendPlanned(ss: Spreadsheet, due: Planned[], outcome: CheckOutcome, started: number, now: Date): ReminderSendResult {
  const quota = { left: remainingQuota() };
  const sender = { name: outcome.settings.issuingBody || outcome.settings.contactUnit, replyTo: outcome.settings.contactEmail };
  const lines: LogLine[] = [];
  const counts = { sent: 0, postponed: 0, skipped: 0, failed: 0 };
  const results: ReminderSendResult['results'] = [];
  for (const p of due) {
    const head = `${reminderKeyLine(p.key)}\n${p.content.subject}`;
    if (Date.now() - started > SEND_BUDGET_MS) {
      counts.postponed++;
      lines.push({ action: MSG.logReminder, unit: p.unitName, content: `${head}\n${MSG.mailOutOfTime()}`, result: MSG.logPostponed });
      results.push({ unit: p.unitName, status: 'postponed', detail: MSG.mailOutOfTime() });
      continue;
    }
    const outcomeOfSend = sendEmail(p.content, p.addresses, sender, quota);
    const detail = outcomeOfSend.status === 'sent' ? MSG.mailSent(outcomeOfSend.to) + (outcomeOfSend.invalid.length ? ` ${MSG.mailInvalidSome(outcomeOfSend.invalid)}` : '')
      : outcomeOfSend.status === 'no-address' ? MSG.mailNoAddress(outcomeOfSend.invalid)
        : outcomeOfSend.status === 'postponed' ? MSG.mailPostponed() : MSG.mailFailed(outcomeOfSend.error ?? '');
    const result = outcomeOfSend.status === 'sent' ? MSG.logSent : outcomeOfSend.status === 'no-address' ? MSG.logSkipped
      : outcomeOfSend.status === 'postponed' ? MSG.logPostponed : MSG.logFailed;
    counts[outcomeOfSend.status === 'no-address' ? 'skipped' : outcomeOfSend.status]++;
    lines.push({ action: MSG.logReminder, unit: p.unitName, content: `${head}\n${detail}`, result });
    results.push({ unit: p.unitName, status: outcomeOfSend.status, detail });
  }
  appendLog(ss, lines, now);
  const message = due.length ? MSG.reminderDone(counts.sent, counts.postponed, counts.skipped, counts.failed) : MSG.reminderNone;
  return { ok: true, message, ...counts, results };
}

/** Menu `Gửi nhắc nhở`: the preview in a dialog, then the confirmed send of exactly that list. */
export function sendRemindersFromMenu(ss: Spreadsheet): ReminderSendResult {
  const preview = previewRemindersAction(ss);
  const zero = { ok: true as const, sent: 0, postponed: 0, skipped: 0, failed: 0, results: [] };
  if (!preview.reminders.length) return { ...zero, message: preview.message.startsWith('Không gửi thư nhắc nào') ? preview.message : MSG.reminderNone };
  const ui = SpreadsheetApp.getUi();
  const lines = preview.reminders.map((r) => MSG.reminderConfirmLine(r.unit, r.reason, r.addresses.length > 0));
  const answer = ui.alert(MSG.logReminder, MSG.reminderConfirm(lines, preview.quota), ui.ButtonSet.YES_NO);
  if (answer !== ui.Button.YES) return { ...zero, message: MSG.reminderCancelled };
  return sendRemindersAction(ss, preview.reminders.map((r) => `${r.unit}|${r.key}`));
}
