/** Sidebar: clicking a unit in a list selects its row in `Đơn vị` (no write). */
import { SHEET } from '../../core/contract';
import { MSG } from '../../core/messages';
import type { Spreadsheet } from '../sheet-io';
import { UserFacingError } from '../user-facing-error';
import { findSheet } from '../find-sheet';

export function showUnitRowAction(ss: Spreadsheet, row: number): { ok: true; message: string } {
  const sheet = findSheet(ss, SHEET.units);
  if (!sheet) throw new UserFacingError(MSG.missingSheet(SHEET.units));
  sheet.activate();
  sheet.getRange(row, 1, 1, Math.max(sheet.getLastColumn(), 1)).activate();
  return { ok: true, message: '' };
}
