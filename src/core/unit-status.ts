/**
 * The `Trạng thái` of each roster unit (DESIGN.md §4): `Không đăng ký` / `Chưa đăng ký`
 * with no row (before or after the deadline), `Cần bổ sung` with fewer valid rows than
 * `Tối thiểu`, then `Trễ hạn` or `Đúng hạn` by the row that reached `Tối thiểu`.
 */
import { UNIT_STATUS, type UnitStatus } from './contract';
import { compareDays, type CalendarDay } from './calendar-day';
import { isCounted, type RankedRow } from './rank-registrations';
import type { Unit } from './roster';

export interface UnitResult {
  unit: Unit;
  status: UnitStatus;
  validCount: number;
  /** All rows that name this unit, in sheet order. */
  rows: RankedRow[];
}

export function unitStatuses(units: readonly Unit[], rows: readonly RankedRow[], today: CalendarDay): UnitResult[] {
  const rowsByUnit = new Map<string, RankedRow[]>();
  for (const r of rows) {
    if (!r.unit) continue;
    const list = rowsByUnit.get(r.unit.key) ?? [];
    list.push(r);
    rowsByUnit.set(r.unit.key, list);
  }
  return units.map((unit) => {
    const own = rowsByUnit.get(unit.key) ?? [];
    const counted = own.filter((r) => isCounted(r.status)).sort((a, b) => a.submittedAt - b.submittedAt || a.row - b.row);
    return { unit, status: statusOf(unit, own.length, counted, today), validCount: counted.length, rows: own };
  });
}

function statusOf(unit: Unit, rowCount: number, counted: RankedRow[], today: CalendarDay): UnitStatus {
  if (rowCount === 0) {
    const passed = unit.deadline !== undefined && compareDays(today, unit.deadline) > 0;
    return passed ? UNIT_STATUS.notRegistered : UNIT_STATUS.notYet;
  }
  const needed = Math.max(unit.min, 1);
  if (counted.length < needed) return UNIT_STATUS.needsFix;
  return counted[needed - 1].status === 'Trễ hạn' ? UNIT_STATUS.late : UNIT_STATUS.onTime;
}
