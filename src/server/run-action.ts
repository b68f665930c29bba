/**
 * Wraps every entry point: errors become a Vietnamese sentence that says what to do
 * (never a stack trace), are logged to `Nhật ký` when possible, and are shown in a dialog
 * when the action came from the menu. Results go to a toast from the menu, and back as a
 * plain object to the sidebar.
 */
import type { ActionError } from '../core/dto';
import { MSG } from '../core/messages';
import { appendLog } from './activity-log';
import type { Spreadsheet } from './sheet-io';
import { UserFacingError } from './user-facing-error';

/** How an entry point was reached: the sidebar passes `{ source: 'sidebar' }`, triggers `{ source: 'trigger' }`. */
export function sourceOf(arg: unknown): 'sidebar' | 'trigger' | 'menu' {
  const source = typeof arg === 'object' && arg !== null ? (arg as { source?: unknown }).source : undefined;
  return source === 'sidebar' || source === 'trigger' ? source : 'menu';
}

export function fromSidebar(arg: unknown): boolean {
  return sourceOf(arg) === 'sidebar';
}

export function runAction<T extends object>(
  actionName: string,
  arg: unknown,
  work: (ss: Spreadsheet) => T,
): T | ActionError {
  // Only a menu click has someone looking at the sheet: toasts and dialogs go there alone.
  const menu = sourceOf(arg) === 'menu';
  try {
    const ss = SpreadsheetApp.getActive();
    const result = work(ss);
    const message = (result as { message?: unknown }).message;
    if (menu && typeof message === 'string' && message) ss.toast(message, actionName, 10);
    // A result that must not go unnoticed (a sheet whose structure is broken) is also a dialog.
    const alert = (result as { alert?: unknown }).alert;
    if (menu && typeof alert === 'string' && alert) SpreadsheetApp.getUi().alert(alert);
    return result;
  } catch (error) {
    const message = error instanceof UserFacingError ? error.message : MSG.unexpected(describe(error));
    try {
      appendLog(SpreadsheetApp.getActive(), [{ action: actionName, content: message, result: MSG.logFailed }], new Date());
    } catch {
      // The log itself may be what failed (e.g. the lock): the user still gets the message.
    }
    if (menu) SpreadsheetApp.getUi().alert(message);
    return { ok: false, message };
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
