/**
 * `Nhật ký` as the record of reminders (DESIGN.md §6): which reminder keys each unit was
 * sent (or skipped for want of an address), and which units were postponed for lack of
 * quota and not sent since. One read of the log sheet.
 */
import { SHEET } from '../core/contract';
import { MSG } from '../core/messages';
import { sentKey } from '../core/reminder-plan';
import { cellText } from '../core/table';
import type { Spreadsheet } from './sheet-io';
import { findSheet } from './find-sheet';

export interface ReminderRecord {
  sent: Set<string>;
  postponed: Set<string>;
}

const KEY_LINE = /^Mã nhắc: (\S+)/;

/** The first line of a reminder's log content, which makes it findable again. */
export function reminderKeyLine(key: string): string {
  return `Mã nhắc: ${key}`;
}

export function readReminderRecord(ss: Spreadsheet): ReminderRecord {
  const record: ReminderRecord = { sent: new Set(), postponed: new Set() };
  const sheet = findSheet(ss, SHEET.log);
  if (!sheet || sheet.getLastRow() < 2) return record;
  for (const row of sheet.getDataRange().getValues().slice(1)) {
    if (cellText(row[1]) !== MSG.logReminder) continue;
    const unit = cellText(row[2]);
    const key = KEY_LINE.exec(cellText(row[3]))?.[1];
    const result = cellText(row[4]);
    if (!key || !unit) continue;
    if (result === MSG.logSent || result === MSG.logSkipped) { record.sent.add(sentKey(unit, key)); record.postponed.delete(unit); }
    else if (result === MSG.logPostponed) record.postponed.add(unit);
  }
  return record;
}
