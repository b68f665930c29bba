/** The staff dropdown of `Trạng thái phê duyệt` (DESIGN.md §3.5), on every data row of the column. */
import { APPROVAL_VALUES } from '../core/contract';
import type { Sheet } from './sheet-io';

/** `column` is 0-based. One validation call for the whole column. */
export function addApprovalDropdown(sheet: Sheet, column: number): void {
  const rows = sheet.getMaxRows() - 1;
  if (rows < 1) return;
  const rule = SpreadsheetApp.newDataValidation().requireValueInList([...APPROVAL_VALUES], true).setAllowInvalid(false).build();
  sheet.getRange(2, column + 1, rows, 1).setDataValidation(rule);
}
