/**
 * Whether the spreadsheet has a plan yet (DESIGN.md §12.3): none of the plan's sheets holds
 * anything below its headers. An export with registrations or a roster but no `Cấu hình` is an
 * existing plan of §3.5, not a new one. Read by setup (to ask which plan) and the sidebar.
 */
import { SHEET } from '../core/contract';
import { findSheet } from './find-sheet';
import type { Spreadsheet } from './sheet-io';

export function hasNoPlan(ss: Spreadsheet): boolean {
  return [SHEET.config, SHEET.questions, SHEET.groups, SHEET.units, SHEET.registrations]
    .every((name) => (findSheet(ss, name)?.getLastRow() ?? 0) <= 1);
}
