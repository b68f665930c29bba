/**
 * The layout of the documents' fixed tables (the lists of items are item-columns.ts's): column shares, alignment, and the columns
 * whose cells must never wrap inside a line (issue 11, defect 3): `STT`, `Loại` (`Việc làm`,
 * `Hộ gia đình` on one line, not `Việc / làm`), `Thời gian thực hiện` (each date whole, on
 * its own line: `05/01/2026 -` / `30/10/2026`), `Tình trạng`. Such a column is made at least
 * as wide as its widest cell line (at most MAX_KEEP_WHOLE of the table), the width taken from
 * the other columns (table-columns.ts `rebalanceColumns`). Pure data and helpers.
 */
import type { Alignment } from './document-spec';
import { DOC_TEXT } from './document-text';

export interface TableLayout {
  fractions: readonly number[];
  align: readonly Alignment[];
  /** Columns whose every line stays whole (no wrapping inside a line). */
  keepWhole?: readonly boolean[];
}

/** A keep-whole column never takes more than this share of the table. */
export const MAX_KEEP_WHOLE = 0.3;

const T = true;
const F = false;

export const TABLE_LAYOUT = {
  /** TT, Đơn vị, Khối, Tình trạng, Ghi chú. */
  unitsBehind: {
    fractions: [0.06, 0.25, 0.2, 0.17, 0.32],
    align: ['center', 'left', 'left', 'left', 'left'],
    keepWhole: [T, F, F, T, F],
  },
  /** Nhóm, Số lượng, Tỷ lệ. */
  figures: {
    fractions: [0.62, 0.19, 0.19],
    align: ['left', 'center', 'center'],
  },
} as const satisfies Record<string, TableLayout>;

/** A period in a table cell: each date whole, the second on its own line. */
export function periodCell(start: string, end: string): string {
  return start && end ? `${start} -\n${end}` : DOC_TEXT.period(start, end);
}
