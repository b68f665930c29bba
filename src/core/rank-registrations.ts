/**
 * Gives each registration row its `Kết quả kiểm tra` (DESIGN.md §4): rows with a problem
 * are `Cần bổ sung`; the others are taken in order ("earlier" = by `Dấu thời gian`, then
 * by row) and become `Trùng lặp` (same unit and same name as an earlier row that was not
 * `Cần bổ sung`), `Vượt số lượng` (the unit already has `Tối đa` valid rows), `Trễ hạn`
 * (submitted after the unit's deadline) or `Hợp lệ`.
 */
import { ROW_STATUS, type RowStatus } from './contract';
import { compareDays, daysBetween } from './calendar-day';
import { MSG } from './messages';
import { normalizeName } from './names';
import type { Quotas } from './quotas';
import type { RowReading } from './validate-registration';

export interface RankedRow extends RowReading {
  status: RowStatus;
  /** Every reason, one per line, for `Chi tiết`. */
  reasons: string[];
}

/**
 * Ranks rows; the result is in the input order. `quotas` adds the plan-wide caps of §12.2:
 * a row past its category's share or past `Tổng số tối đa` is `Vượt số lượng`.
 */
export function rankRegistrations(readings: readonly RowReading[], quotas?: Quotas): RankedRow[] {
  const ranked = new Map<RowReading, RankedRow>();
  const candidates: RowReading[] = [];
  for (const r of readings) {
    if (r.problems.length) {
      ranked.set(r, { ...r, status: ROW_STATUS.needsFix, reasons: [...r.problems.map((p) => p.message), ...r.warnings] });
    } else candidates.push(r);
  }
  candidates.sort((a, b) => a.submittedAt - b.submittedAt || a.row - b.row);
  const firstRowByKey = new Map<string, number>();
  const validCount = new Map<string, number>();
  const categoryCount = new Map<string, number>();
  let totalCount = 0;
  for (const r of candidates) {
    const unitKey = r.unit!.key;
    const key = `${unitKey}\u0000${r.titleKey}`;
    const earlier = firstRowByKey.get(key);
    if (earlier !== undefined) {
      ranked.set(r, { ...r, status: ROW_STATUS.duplicate, reasons: [MSG.duplicateOf(earlier), ...r.warnings] });
      continue;
    }
    firstRowByKey.set(key, r.row);
    const count = validCount.get(unitKey) ?? 0;
    if (count >= r.unit!.max) {
      ranked.set(r, { ...r, status: ROW_STATUS.overQuota, reasons: [MSG.overQuota(count, r.unit!.max), ...r.warnings] });
      continue;
    }
    const categoryKey = normalizeName(r.category);
    const categoryCap = quotas?.categoryCaps.get(categoryKey);
    if (categoryCap && (categoryCount.get(categoryKey) ?? 0) >= categoryCap.cap) {
      const reason = MSG.categoryCapReached(categoryCap.category, categoryCap.cap, categoryCap.percent, quotas!.totalMax!);
      ranked.set(r, { ...r, status: ROW_STATUS.overQuota, reasons: [reason, ...r.warnings] });
      continue;
    }
    if (quotas?.totalMax !== undefined && totalCount >= quotas.totalMax) {
      ranked.set(r, { ...r, status: ROW_STATUS.overQuota, reasons: [MSG.totalCapReached(quotas.totalMax), ...r.warnings] });
      continue;
    }
    validCount.set(unitKey, count + 1);
    categoryCount.set(categoryKey, (categoryCount.get(categoryKey) ?? 0) + 1);
    totalCount++;
    const deadline = r.unit!.deadline;
    if (deadline && r.submittedDay && compareDays(r.submittedDay, deadline) > 0) {
      const late = MSG.lateBy(r.submittedDay, deadline, daysBetween(deadline, r.submittedDay));
      ranked.set(r, { ...r, status: ROW_STATUS.late, reasons: [late, ...r.warnings] });
    } else {
      ranked.set(r, { ...r, status: ROW_STATUS.valid, reasons: [...r.warnings] });
    }
  }
  return readings.map((r) => ranked.get(r)!);
}

/** Rows that count for a unit: `Hợp lệ` or `Trễ hạn`. */
export function isCounted(status: RowStatus): boolean {
  return status === ROW_STATUS.valid || status === ROW_STATUS.late;
}
