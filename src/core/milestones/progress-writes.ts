/**
 * What the milestones add to a check's writes (DESIGN.md §13), folded into the same plans so
 * the number of service calls does not change: the owned column `Tiến độ` of `Đăng ký` (one
 * line per milestone for each approved row, empty for the others) with each approved row's
 * milestone cells coloured by state; the staff column `Đánh giá kết quả` created (header
 * only) when milestones are tracked and it is missing; and in `Đơn vị` the owned column
 * `Tiến độ` (the unit's current milestone) with that cell coloured. Nothing else is touched.
 */
import { EVALUATION_HEADER, NO_COLOR, PROGRESS_COLOR, PROGRESS_HEADER } from '../contract';
import { indexHeaders } from '../table';
import { sameCell, sameGrid, type ColumnWrite, type SheetWritePlan } from '../write-plan';
import type { ProgressOutcome } from './progress';

export interface ProgressPlan<P extends SheetWritePlan> {
  plan: P;
  /** 0-based column of `Đánh giá kết quả` when this plan creates it (it then needs its dropdown). */
  createdEvaluationColumn?: number;
}

/** Columns to write (existing ones where they are, new ones after `width`). */
function place(headerRow: readonly unknown[], width: number, wanted: ReadonlyArray<{ header: string; create: boolean }>) {
  const headers = indexHeaders(headerRow);
  let next = width;
  return wanted.map(({ header, create }) => {
    const existing = headers.columnOf(header);
    if (existing !== undefined) return { header, column: existing, isNew: false };
    return create ? { header, column: next++, isNew: true } : { header, column: -1, isNew: false };
  }).filter((x) => x.column >= 0);
}

function padRows<T>(grid: T[][] | undefined, width: number, fill: (r: number) => T): T[][] | undefined {
  return grid?.map((row, r) => (row.length >= width ? row : [...row, ...new Array<T>(width - row.length).fill(fill(r))]));
}

export function addRegistrationProgress<P extends SheetWritePlan>(
  plan: P,
  values: readonly unknown[][],
  progress: ProgressOutcome,
): ProgressPlan<P> {
  const headerRow = values[0];
  const headerWidth = headerRow.length;
  const cols = place(headerRow, plan.width, [
    { header: PROGRESS_HEADER, create: progress.tracked },
    { header: EVALUATION_HEADER, create: progress.tracked },
  ]);
  if (!cols.length) return { plan };
  const width = Math.max(plan.width, ...cols.map((c) => c.column + 1));
  const cell = (r: number, c: number): unknown => (c < headerWidth ? values[r]?.[c] ?? '' : '');
  const writes: ColumnWrite[] = [...plan.columns];
  let createdEvaluationColumn: number | undefined;
  for (const c of cols) {
    if (c.header === EVALUATION_HEADER) {
      // A staff column: only its header is ever written, when it is created.
      if (c.isNew) { writes.push({ column: c.column, cells: [EVALUATION_HEADER, ...values.slice(1).map(() => '')] }); createdEvaluationColumn = c.column; }
      continue;
    }
    const cells: unknown[] = [c.isNew ? PROGRESS_HEADER : headerRow[c.column]];
    let changed = c.isNew;
    for (let r = 1; r < values.length; r++) {
      const v = progress.rows.get(r + 1)?.text ?? '';
      if (!sameCell(v, cell(r, c.column))) changed = true;
      cells.push(v);
    }
    if (changed) writes.push({ column: c.column, cells });
  }
  const backgrounds = padRows(plan.backgrounds, width, (r) => plan.backgrounds![r][0] ?? NO_COLOR);
  if (backgrounds) {
    for (const rp of progress.rows.values()) {
      const bg = backgrounds[rp.row - 2];
      if (!bg) continue;
      for (const s of rp.states) if (s.milestone.columnIndex !== undefined && s.milestone.columnIndex < width) bg[s.milestone.columnIndex] = PROGRESS_COLOR[s.state];
    }
  }
  return {
    plan: { ...plan, columns: writes, backgrounds, notes: padRows(plan.notes, width, () => ''), width },
    createdEvaluationColumn,
  };
}

export function addUnitProgress(
  plan: SheetWritePlan,
  values: readonly unknown[][],
  oldBackgrounds: readonly string[][],
  progress: ProgressOutcome,
  /** Rows of `Đơn vị` that are units (their colour is their status colour, also in a new column). */
  unitRows: ReadonlySet<number> = new Set(),
): SheetWritePlan {
  const headerRow = values[0];
  const headerWidth = headerRow.length;
  const cols = place(headerRow, plan.width, [{ header: PROGRESS_HEADER, create: progress.tracked }]);
  if (!cols.length) return plan;
  const { column, isNew } = cols[0];
  const width = Math.max(plan.width, column + 1);
  const cell = (r: number, c: number): unknown => (c < headerWidth ? values[r]?.[c] ?? '' : '');
  const byRow = progress.units;
  const cells: unknown[] = [isNew ? PROGRESS_HEADER : headerRow[column]];
  let changed = isNew;
  for (let r = 1; r < values.length; r++) {
    const v = byRow.get(r + 1)?.text ?? '';
    if (!sameCell(v, cell(r, column))) changed = true;
    cells.push(v);
  }
  const columns = changed ? [...plan.columns, { column, cells }] : plan.columns;
  // Backgrounds: what the unit plan wants (or what is there when it wants no change), with the Tiến độ cell coloured.
  const old = values.slice(1).map((_, i) => Array.from({ length: width }, (_, c) => oldBackgrounds[i + 1]?.[c] ?? NO_COLOR));
  const base = plan.backgrounds ?? old.map((row) => row.slice(0, plan.width));
  const next = base.map((row, i) => {
    const isUnit = unitRows.has(i + 2);
    const out = [...row, ...old[i].slice(row.length, width).map((c) => (isUnit ? row[0] ?? c : c))];
    const u = byRow.get(i + 2);
    if (u) out[column] = PROGRESS_COLOR[u.state];
    return out;
  });
  return { ...plan, columns, backgrounds: sameGrid(old, next) ? undefined : next, width };
}
