/** The staff dropdown of `Trạng thái phê duyệt` (DESIGN.md §3.5), on every data row of the column. */
import { APPROVAL_VALUES, EVALUATIONS } from '../core/contract';
import type { Sheet } from './sheet-io';

/** `column` is 0-based. One validation call for the whole column. */
export function addApprovalDropdown(sheet: Sheet, column: number): void {
  const rows = sheet.getMaxRows() - 1;
  if (rows < 1) return;
  const rule = SpreadsheetApp.newDataValidation().requireValueInList([...APPROVAL_VALUES], true).setAllowInvalid(false).build();
  sheet.getRange(2, column + 1, rows, 1).setDataValidation(rule);
}

/** The staff dropdown of `Đánh giá kết quả` (DESIGN.md §13), added once when the column is created. */
export function addEvaluationDropdown(sheet: Sheet, column: number): void {
  const rows = sheet.getMaxRows() - 1;
  if (rows < 1) return;
  const rule = SpreadsheetApp.newDataValidation().requireValueInList([...EVALUATIONS], true).setAllowInvalid(false).build();
  sheet.getRange(2, column + 1, rows, 1).setDataValidation(rule);
}
