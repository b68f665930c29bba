/**
 * What a check writes to `Đơn vị` (DESIGN.md §3.3, §4): `Số đăng ký hợp lệ`, `Trạng
 * thái`, and `Cập nhật lúc` (only for units whose count or status changed, so a second run
 * changes nothing), plus the status colour of each unit's row. Staff columns and rows
 * that are not units keep their values and colours.
 */
import { UNIT_HEADER, UNIT_OWNED_HEADERS, UNIT_STATUS_COLOR } from './contract';
import type { UnitResult } from './unit-status';
import { cellText, indexHeaders } from './table';
import { sameCell, sameGrid, type ColumnWrite, type SheetWritePlan } from './write-plan';

export function planUnitWrites(
  values: readonly unknown[][],
  backgrounds: readonly string[][],
  units: readonly UnitResult[],
  now: Date,
): SheetWritePlan {
  const headers = indexHeaders(values[0]);
  const headerWidth = values[0].length;
  const at: Record<string, number> = {};
  let next = headerWidth;
  for (const h of UNIT_OWNED_HEADERS) at[h] = headers.columnOf(h) ?? next++;
  const width = next;
  const cell = (r: number, c: number): unknown => (c < headerWidth ? values[r][c] : '');
  const resultByRow = new Map(units.map((u) => [u.unit.row, u]));

  const cellsOf = (header: string) => Array.from({ length: values.length }, (_, r) =>
    r === 0 ? (at[header] >= headerWidth ? header : values[0][at[header]]) : cell(r, at[header]));
  const count = cellsOf(UNIT_HEADER.validCount);
  const status = cellsOf(UNIT_HEADER.status);
  const updated = cellsOf(UNIT_HEADER.updatedAt);
  for (const [row, u] of resultByRow) {
    const r = row - 1;
    const changed = cellText(count[r]) !== String(u.validCount) || cellText(status[r]) !== u.status;
    if (!changed) continue;
    count[r] = u.validCount;
    status[r] = u.status;
    updated[r] = now;
  }
  const writes: ColumnWrite[] = [];
  const link = cellsOf(UNIT_HEADER.formLink);
  for (const [header, cells] of [
    [UNIT_HEADER.validCount, count], [UNIT_HEADER.status, status], [UNIT_HEADER.formLink, link], [UNIT_HEADER.updatedAt, updated],
  ] as const) {
    const column = at[header];
    if (column >= headerWidth || cells.some((v, r) => !sameCell(v, cell(r, column)))) writes.push({ column, cells: [...cells] });
  }

  const oldBackgrounds = values.slice(1).map((_, i) =>
    Array.from({ length: width }, (_, c) => backgrounds[i + 1]?.[c] ?? '#ffffff'));
  const newBackgrounds = oldBackgrounds.map((row, i) => {
    const u = resultByRow.get(i + 2);
    return u ? row.map(() => UNIT_STATUS_COLOR[u.status]) : row;
  });
  return {
    columns: writes,
    backgrounds: sameGrid(oldBackgrounds, newBackgrounds) ? undefined : newBackgrounds,
    width,
  };
}
