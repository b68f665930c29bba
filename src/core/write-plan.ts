/**
 * The shape of "what to write to a sheet", as plain data: whole columns the add-in owns,
 * the backgrounds of the data rows, the notes. Helpers to group changed columns into
 * contiguous blocks (one setValues each) and to merge the add-in's notes with a user's.
 */

/** One owned column to (re)write, rows 1..n of the sheet (header first). */
export interface ColumnWrite {
  /** 0-based column. */
  column: number;
  /** Header cell then one value per data row. */
  cells: unknown[];
}

export interface SheetWritePlan {
  /** Columns whose content changes (empty when nothing changes). */
  columns: ColumnWrite[];
  /** Backgrounds of rows 2..n over `width` columns, or undefined when unchanged / not planned. */
  backgrounds?: string[][];
  /** Notes of rows 2..n over `width` columns, or undefined when unchanged. */
  notes?: string[][];
  /** Number of columns the sheet must have (existing + created owned ones). */
  width: number;
}

/** Contiguous runs of columns: each becomes one `setValues` over rows 1..n. */
export function contiguousBlocks(columns: readonly ColumnWrite[]): Array<{ column: number; rows: unknown[][] }> {
  const sorted = [...columns].sort((a, b) => a.column - b.column);
  const blocks: Array<{ column: number; parts: ColumnWrite[] }> = [];
  for (const c of sorted) {
    const last = blocks[blocks.length - 1];
    if (last && last.column + last.parts.length === c.column) last.parts.push(c);
    else blocks.push({ column: c.column, parts: [c] });
  }
  return blocks.map((b) => ({
    column: b.column,
    rows: b.parts[0].cells.map((_, r) => b.parts.map((p) => p.cells[r])),
  }));
}

/** Prefix that marks the part of a note written by the add-in; the rest is the user's. */
export const NOTE_MARK = '[Thi đua] ';

/** The user's part of a note plus the add-in's current reasons for that cell. */
export function mergeNote(existing: string, reasons: readonly string[]): string {
  const at = existing.indexOf(NOTE_MARK);
  const userPart = (at >= 0 ? existing.slice(0, at) : existing).replace(/\s+$/, '');
  if (!reasons.length) return userPart;
  const ours = NOTE_MARK + reasons.join('\n');
  return userPart ? `${userPart}\n\n${ours}` : ours;
}

/** Same cell values, comparing Dates by time and everything else by strict equality. */
export function sameCell(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  const isDate = (v: unknown) => Object.prototype.toString.call(v) === '[object Date]';
  if (isDate(a) && isDate(b)) return (a as Date).getTime() === (b as Date).getTime();
  return false;
}

export function sameGrid(a: readonly (readonly unknown[])[], b: readonly (readonly unknown[])[]): boolean {
  if (a.length !== b.length) return false;
  for (let r = 0; r < a.length; r++) {
    if (a[r].length !== b[r].length) return false;
    for (let c = 0; c < a[r].length; c++) if (!sameCell(a[r][c], b[r][c])) return false;
  }
  return true;
}

/** A string the sheet must store as text: never let user text become a formula. */
export function asPlainText(text: string): string {
  return /^[=+\-@]/.test(text) ? `'${text}` : text;
}
