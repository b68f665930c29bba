/**
 * The daily run (DESIGN.md §6): a time-driven trigger at `Giờ gửi nhắc` that re-checks the
 * sheet and sends the reminders due by the schedule. Installed once from the sidebar,
 * switched off there too.
 */
import { DAILY_HANDLER } from '../../core/contract';
import type { DailyTriggerResult, ReminderSendResult } from '../../core/dto';
import { MSG } from '../../core/messages';
import { readSettings } from '../../core/settings';
import { SHEET } from '../../core/contract';
import { appendLog } from '../activity-log';
import { withDocumentLock } from '../lock';
import type { Spreadsheet } from '../sheet-io';
import { sendRemindersAction } from './reminders';
import { findSheet } from '../find-sheet';

export function dailyTriggerInstalled(): boolean {
  return ScriptApp.getProjectTriggers().some((t) => t.getHandlerFunction() === DAILY_HANDLER);
}

export function setDailyTriggerAction(ss: Spreadsheet, enabled: boolean): DailyTriggerResult {
  return withDocumentLock(() => {
    for (const t of ScriptApp.getProjectTriggers()) if (t.getHandlerFunction() === DAILY_HANDLER) ScriptApp.deleteTrigger(t);
    const config = findSheet(ss, SHEET.config);
    const timeZone = ss.getSpreadsheetTimeZone();
    const { settings } = readSettings(config ? config.getDataRange().getValues() : undefined, timeZone);
    if (enabled) {
      ScriptApp.newTrigger(DAILY_HANDLER).timeBased().everyDays(1).atHour(settings.reminderHour).inTimezone(timeZone).create();
    }
    const message = enabled ? MSG.dailyOn(settings.reminderHour) : MSG.dailyOff;
    appendLog(ss, [{ action: MSG.logDaily, content: message, result: MSG.logOk }], new Date());
    return { ok: true, message, enabled };
  });
}

export function runDailyTasksAction(ss: Spreadsheet): ReminderSendResult {
  return sendRemindersAction(ss, undefined, 'daily');
}
