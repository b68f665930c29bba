/**
 * The `<sheetData>` of a worksheet written into, row by row as text: rows the run does not
 * touch are copied as they are; in a touched row only the written cells are rebuilt (the
 * others, their order and the row's own attributes — height, hidden, outline — are kept);
 * rows and cells the sheet did not have are inserted in order.
 */
import { columnLetters, columnNumber } from '../validations';
import { cellXml, type CellContext, type CellWrite } from './cell-xml';
import { attr, setAttr, startTagOf } from './xml-text';

/** The cell writes of a sheet: the rows that have some (1-based, ascending), each row's made on demand. */
export interface SheetWrites {
  rows: number[];
  /** The right-most column written. */
  maxColumn: number;
  /** The writes of a row by 1-based column. */
  cellsOf(row: number): Map<number, CellWrite>;
}

/** Whether a merge hides a cell (all of a merge but its top-left cell). */
export type MergedAway = (row: number, column: number) => boolean;

/** Style index a cell without an element shows: its row's (custom format) or its column's. */
export type InheritedStyle = (rowTag: string | undefined, column: number) => number;

const ROW = /<((?:\w+:)?)row\b[^>]*?(?:\/>|>[\s\S]*?<\/(?:\w+:)?row>)/g;
const CELL = /<(?:\w+:)?c\b[^>]*?(?:\/>|>[\s\S]*?<\/(?:\w+:)?c>)/g;
const REF = /^([A-Z]{1,3})(\d+)$/;

function rowXml(rowNumber: number, original: string | undefined, writes: Map<number, CellWrite>, inherited: InheritedStyle, ctx: CellContext): string {
  const p = ctx.prefix;
  const tag = original ? startTagOf(original) : `<${p}row r="${rowNumber}">`;
  const cells: Array<{ column: number; xml: string }> = [];
  if (original && !tag.endsWith('/>')) {
    const inner = original.slice(tag.length, original.lastIndexOf('</'));
    let previous = 0;
    CELL.lastIndex = 0;
    for (let m = CELL.exec(inner); m; m = CELL.exec(inner)) {
      const ref = attr(m[0], 'r');
      const column = ref && REF.test(ref) ? columnNumber(REF.exec(ref)![1]) : previous + 1;
      previous = column;
      cells.push({ column, xml: m[0] });
    }
  }
  const rowTag = original ? tag : undefined;
  const byColumn = new Map(cells.map((c) => [c.column, c]));
  for (const [column, write] of writes) {
    const existing = byColumn.get(column);
    const xml = cellXml(existing?.xml, `${columnLetters(column)}${rowNumber}`, write, inherited(rowTag, column), ctx);
    if (existing) existing.xml = xml;
    else cells.push({ column, xml });
  }
  cells.sort((a, b) => a.column - b.column);
  let open = setAttr(setAttr(tag, 'r', String(rowNumber)), 'spans', undefined);
  if (open.endsWith('/>')) open = `${open.slice(0, -2).trimEnd()}>`;
  return `${open}${cells.map((c) => c.xml).join('')}</${p}row>`;
}

/**
 * The sheet data element `sheetData` (its whole text) with `writes` applied. Output is
 * pushed in pieces to `out` (a 50,000-row sheet is never one rebuilt string of rows).
 */
export function patchSheetData(
  sheetData: string, writes: SheetWrites, hidden: MergedAway, inherited: InheritedStyle, ctx: CellContext, out: string[],
): void {
  const p = ctx.prefix;
  const open = startTagOf(sheetData);
  const selfClosing = open.endsWith('/>');
  out.push(selfClosing ? `${open.slice(0, -2).trimEnd()}>` : open);
  const pending = writes.rows;
  const touched = new Set(pending);
  const cellsOf = (r: number) => {
    const cells = writes.cellsOf(r);
    for (const column of [...cells.keys()]) if (hidden(r, column)) cells.delete(column);
    return cells;
  };
  let next = 0;
  const flushBefore = (row: number) => {
    while (next < pending.length && pending[next] < row) {
      const r = pending[next++];
      const cells = cellsOf(r);
      if (cells.size) out.push(rowXml(r, undefined, cells, inherited, ctx));
    }
  };
  if (!selfClosing) {
    const inner = sheetData.slice(open.length, sheetData.lastIndexOf('</'));
    let previous = 0;
    let copiedFrom = 0;
    ROW.lastIndex = 0;
    for (let m = ROW.exec(inner); m; m = ROW.exec(inner)) {
      const r = Number(attr(m[0], 'r') ?? previous + 1);
      previous = r;
      const written = touched.has(r);
      if (!written && !(next < pending.length && pending[next] < r)) continue;
      out.push(inner.slice(copiedFrom, m.index));
      flushBefore(r);
      if (written) {
        out.push(rowXml(r, m[0], cellsOf(r), inherited, ctx));
        next++;
      } else out.push(m[0]);
      copiedFrom = m.index + m[0].length;
    }
    out.push(inner.slice(copiedFrom));
  }
  flushBefore(Number.POSITIVE_INFINITY);
  out.push(`</${p}sheetData>`);
}
