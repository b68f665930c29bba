/**
 * Cell ranges as `sqref` lists (`A2:A900 C5`) without expanding them into cells: a rule
 * over a million rows costs as little as one over ten. Used to take the cells whose
 * validation the run changed out of the user's rules, and to group the run's new rules.
 */
import { columnLetters, columnNumber } from '../validations';

/** A rectangle of cells, 1-based and inclusive. */
export interface Rect {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

const MAX_ROW = 1_048_576;
const MAX_COLUMN = 16_384;
const PART = /^\$?([A-Za-z]{0,3})\$?(\d*)$/;

/** The rectangles of an `sqref` (unreadable pieces are skipped). */
export function parseSqref(sqref: string): Rect[] {
  const rects: Rect[] = [];
  for (const piece of sqref.trim().split(/\s+/)) {
    if (!piece) continue;
    const [a, b = a] = piece.split(':');
    const pa = PART.exec(a);
    const pb = PART.exec(b);
    if (!pa || !pb || (!pa[1] && !pa[2]) || (!pb[1] && !pb[2])) continue;
    const left = pa[1] ? columnNumber(pa[1]) : 1;
    const right = pb[1] ? columnNumber(pb[1]) : MAX_COLUMN;
    const top = pa[2] ? Number(pa[2]) : 1;
    const bottom = pb[2] ? Number(pb[2]) : MAX_ROW;
    rects.push({ top: Math.min(top, bottom), left: Math.min(left, right), bottom: Math.max(top, bottom), right: Math.max(left, right) });
  }
  return rects;
}

export function formatSqref(rects: readonly Rect[]): string {
  return rects.map((r) => {
    const a = `${columnLetters(r.left)}${r.top}`;
    const b = `${columnLetters(r.right)}${r.bottom}`;
    return a === b ? a : `${a}:${b}`;
  }).join(' ');
}

/** Sorted, merged row intervals of a sorted list of rows. */
function intervalsOf(rows: readonly number[]): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const r of rows) {
    const last = out[out.length - 1];
    if (last && r <= last[1] + 1) last[1] = Math.max(last[1], r);
    else out.push([r, r]);
  }
  return out;
}

/** Rectangles of per-column row intervals: neighbouring columns with the same intervals are joined. */
function rectsOfColumns(columns: Map<number, Array<[number, number]>>): Rect[] {
  const rects: Rect[] = [];
  const sorted = [...columns.keys()].sort((a, b) => a - b);
  let i = 0;
  while (i < sorted.length) {
    const left = sorted[i];
    const key = JSON.stringify(columns.get(left));
    let right = left;
    while (i + 1 < sorted.length && sorted[i + 1] === right + 1 && JSON.stringify(columns.get(sorted[i + 1])) === key) right = sorted[++i];
    i++;
    for (const [top, bottom] of columns.get(left)!) if (top <= bottom) rects.push({ top, left, bottom, right });
  }
  return rects;
}

/** The rectangles of a set of cells given as rows by column. */
export function rectsOfCells(rowsByColumn: Map<number, number[]>): Rect[] {
  const columns = new Map<number, Array<[number, number]>>();
  for (const [column, rows] of rowsByColumn) columns.set(column, intervalsOf([...rows].sort((a, b) => a - b)));
  return rectsOfColumns(columns);
}

/** `rects` without the cells in `removed` (rows by column); undefined when nothing is taken out. */
export function subtractCells(rects: readonly Rect[], removed: Map<number, number[]>): Rect[] | undefined {
  const hit = rects.some((r) => [...removed.keys()].some((c) => c >= r.left && c <= r.right
    && removed.get(c)!.some((row) => row >= r.top && row <= r.bottom)));
  if (!hit) return undefined;
  const out: Rect[] = [];
  for (const rect of rects) {
    const columns = new Map<number, Array<[number, number]>>();
    const touched = [...removed.keys()].filter((c) => c >= rect.left && c <= rect.right);
    if (!touched.length) { out.push(rect); continue; }
    // Columns of the rectangle without removed cells stay one piece; each touched column is split.
    let from = rect.left;
    for (const column of touched.sort((a, b) => a - b)) {
      if (column > from) out.push({ ...rect, left: from, right: column - 1 });
      const rows = removed.get(column)!.filter((row) => row >= rect.top && row <= rect.bottom).sort((a, b) => a - b);
      const kept: Array<[number, number]> = [];
      let top = rect.top;
      for (const [a, b] of intervalsOf(rows)) {
        if (a > top) kept.push([top, a - 1]);
        top = b + 1;
      }
      if (top <= rect.bottom) kept.push([top, rect.bottom]);
      columns.set(column, kept);
      from = column + 1;
    }
    if (from <= rect.right) out.push({ ...rect, left: from, right: rect.right });
    out.push(...rectsOfColumns(columns));
  }
  return out;
}
