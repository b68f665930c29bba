/**
 * Sidebar `Duyệt tất cả dòng hợp lệ` (issue 5): every row of `Đăng ký` whose check result is
 * `Hợp lệ` or `Trễ hạn` (computed now, not read from a possibly stale `Kết quả kiểm tra`) and
 * whose `Trạng thái phê duyệt` is `Chờ duyệt` becomes `Đã duyệt`. Nothing else changes: rows
 * staff marked otherwise, empty cells, invalid rows. One write (the approval cells from the
 * first to the last approved row; the cells in between are written back as read, under the
 * lock) and one line in `Nhật ký`.
 */
import { APPROVAL, OWNED, SHEET } from '../../core/contract';
import type { ApproveAllResult } from '../../core/dto';
import { MSG } from '../../core/messages';
import { normalizeName } from '../../core/names';
import { isCounted } from '../../core/rank-registrations';
import { appendLog } from '../activity-log';
import { withDocumentLock } from '../lock';
import type { Spreadsheet } from '../sheet-io';
import { UserFacingError } from '../user-facing-error';
import { readAndCheck } from './check-registrations';

export function approveAllValidAction(ss: Spreadsheet): ApproveAllResult {
  return withDocumentLock(() => {
    const now = new Date();
    const { outcome, registrations } = readAndCheck(ss, now);
    const column = outcome.columns?.owned.approval;
    if (!registrations || column === undefined) throw new UserFacingError(MSG.missingHeader(SHEET.registrations, OWNED.approval));
    const pending = normalizeName(APPROVAL.pending);
    const rows: number[] = [];
    for (const [row, ranked] of outcome.rows) {
      if (isCounted(ranked.status) && normalizeName(registrations.values[row - 1]?.[column]) === pending) rows.push(row);
    }
    rows.sort((a, b) => a - b);
    if (rows.length) {
      const first = rows[0];
      const last = rows[rows.length - 1];
      const chosen = new Set(rows);
      const block = registrations.values.slice(first - 1, last).map((r, i) => [chosen.has(first + i) ? APPROVAL.approved : r[column] ?? '']);
      registrations.sheet.getRange(first, column + 1, block.length, 1).setValues(block);
    }
    const message = MSG.approveAllDone(rows.length);
    appendLog(ss, [{
      action: MSG.logApproveAll,
      content: rows.length ? `${message}\n${MSG.approveAllRows(rows)}` : message,
      result: MSG.logOk,
    }], now);
    return { ok: true, message, approved: rows.length, rows };
  });
}
