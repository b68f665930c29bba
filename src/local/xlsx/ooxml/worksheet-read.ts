/**
 * One worksheet part read as text, row by row: every cell the file holds with its value
 * (shared or inline text, number, boolean, error, a date serial under a date format as a
 * wall time), its formula (a shared formula's other cells get it moved, as spreadsheets do),
 * and its style index; cells hidden under a merge read as empty. Also the sheet's merges,
 * list rules, column widths and frozen rows. Nothing is built per cell but what it holds.
 */
import { createRequire } from 'node:module';
import { columnLetters, columnNumber } from '../validations';
import { parseSqref, type Rect } from './cell-ranges';
import { itemText } from './text-runs';
import { attr, innerXml, startTagOf, topLevelElements, unescapeXml } from './xml-text';

const require = createRequire(import.meta.url);
const { slideFormula } = require('exceljs/lib/utils/shared-formula.js') as {
  slideFormula: (formula: string, from: string, to: string) => string;
};

/** A cell's raw content: value by type, formula text without '=', style index. */
export interface RawCell {
  row: number;
  column: number;
  /** 's' shared string index, 'str' / 'inlineStr' text, 'b', 'e', 'n' number (may be a date serial), 'd' ISO date, '' none. */
  type: 's' | 'str' | 'b' | 'e' | 'n' | 'd' | '';
  text: string;
  formula: string;
  style: number;
}

/** A list rule as written: its cells, its first formula, and how it rejects. */
export interface RawValidation {
  rects: Rect[];
  type: string;
  formula1: string;
  showErrorMessage: boolean;
  errorStyle?: string;
}

export interface RawWorksheet {
  cells: RawCell[];
  merges: Rect[];
  validations: RawValidation[];
  /** Widths (Excel units) by 1-based column. */
  widths: Map<number, number>;
  frozenRows: number;
}

const ROW = /<(?:\w+:)?row\b[^>]*?(?:\/>|>([\s\S]*?)<\/(?:\w+:)?row>)/g;
const CELL = /<(?:\w+:)?c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:\w+:)?c>)/g;
const FORMULA = /<(?:\w+:)?f\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:\w+:)?f>)/;
const VALUE = /<(?:\w+:)?v(?:\s[^>]*)?>([\s\S]*?)<\/(?:\w+:)?v>/;
const INLINE = /<(?:\w+:)?is\b[^>]*>([\s\S]*?)<\/(?:\w+:)?is>/;
const REF = /^\$?([A-Za-z]{1,3})\$?(\d+)$/;
/** The attributes of a cell's start tag (names without a prefix: r, s, t). */
const CELL_ATTRIBUTE = /\s([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

function readCells(sheetData: string): RawCell[] {
  const cells: RawCell[] = [];
  const shared = new Map<string, { formula: string; address: string }>();
  let rowNumber = 0;
  ROW.lastIndex = 0;
  for (let row = ROW.exec(sheetData); row; row = ROW.exec(sheetData)) {
    const r = attr(row[0], 'r');
    rowNumber = r ? Number(r) : rowNumber + 1;
    const inner = row[1];
    if (!inner) continue;
    let column = 0;
    CELL.lastIndex = 0;
    for (let m = CELL.exec(inner); m; m = CELL.exec(inner)) {
      let ref: string | undefined;
      let t = 'n';
      let style = 0;
      CELL_ATTRIBUTE.lastIndex = 0;
      for (let a = CELL_ATTRIBUTE.exec(m[1]); a; a = CELL_ATTRIBUTE.exec(m[1])) {
        const value = a[2] ?? a[3] ?? '';
        if (a[1] === 'r') ref = value;
        else if (a[1] === 't') t = value;
        else if (a[1] === 's') style = Number(value);
      }
      const decoded = ref ? REF.exec(ref) : null;
      column = decoded ? columnNumber(decoded[1]) : column + 1;
      const body = m[2] ?? '';
      let formula = '';
      const f = body.includes('<') ? FORMULA.exec(body) : null;
      if (f) {
        const fTag = `<f${f[1]}>`;
        formula = unescapeXml(f[2] ?? '');
        const address = `${columnLetters(column)}${rowNumber}`;
        if (attr(fTag, 't') === 'shared') {
          const si = attr(fTag, 'si') ?? '';
          if (formula) shared.set(si, { formula, address });
          else {
            const master = shared.get(si);
            formula = master ? slideFormula(master.formula, master.address, address) : '';
          }
        }
      }
      let type: RawCell['type'] = '';
      let text = '';
      if (t === 'inlineStr') {
        const is = INLINE.exec(body);
        if (is) { type = 'str'; text = itemText(is[1]); }
      } else {
        const v = VALUE.exec(body);
        if (v) {
          text = v[1].includes('&') ? unescapeXml(v[1]) : v[1];
          type = t === 's' || t === 'str' || t === 'b' || t === 'e' || t === 'd' ? t : 'n';
        }
      }
      cells.push({ row: rowNumber, column, type, text, formula, style });
    }
  }
  return cells;
}

function readValidations(xml: string): RawValidation[] {
  const element = /<(?:\w+:)?dataValidations\b[^>]*?(?:\/>|>[\s\S]*?<\/(?:\w+:)?dataValidations>)/.exec(xml)?.[0];
  if (!element) return [];
  return topLevelElements(innerXml(element)).filter((e) => e.name === 'dataValidation').map((e) => {
    const formula1 = /<(?:\w+:)?formula1\b[^>]*>([\s\S]*?)<\/(?:\w+:)?formula1>/.exec(e.xml)?.[1];
    const show = attr(e.xml, 'showErrorMessage');
    return {
      rects: parseSqref(attr(e.xml, 'sqref') ?? ''),
      type: attr(e.xml, 'type') ?? 'any',
      formula1: formula1 === undefined ? '' : unescapeXml(formula1),
      showErrorMessage: show === '1' || show === 'true',
      errorStyle: attr(e.xml, 'errorStyle'),
    };
  });
}

function readWidths(head: string): Map<number, number> {
  const widths = new Map<number, number>();
  const cols = /<(?:\w+:)?cols\b[^>]*>([\s\S]*?)<\/(?:\w+:)?cols>/.exec(head)?.[1] ?? '';
  for (const col of topLevelElements(cols)) {
    const width = attr(col.xml, 'width');
    if (width === undefined) continue;
    const min = Number(attr(col.xml, 'min'));
    const max = Number(attr(col.xml, 'max'));
    for (let c = min; c <= max; c++) widths.set(c, parseFloat(width || '0'));
  }
  return widths;
}

function readFrozenRows(head: string): number {
  const view = /<(?:\w+:)?sheetView\b[^>]*?(?:\/>|>([\s\S]*?)<\/(?:\w+:)?sheetView>)/.exec(head);
  const pane = view?.[1] ? /<(?:\w+:)?pane\b[^>]*>/.exec(view[1])?.[0] : undefined;
  const state = pane ? attr(pane, 'state') : undefined;
  if (state !== 'frozen' && state !== 'frozenSplit') return 0;
  return Math.max(0, Math.round(Number(attr(pane!, 'ySplit') ?? 0)));
}

/** Reads a worksheet part. */
export function readWorksheet(xml: string): RawWorksheet {
  const dataStart = xml.search(/<(?:\w+:)?sheetData\b/);
  if (dataStart < 0) return { cells: [], merges: [], validations: [], widths: new Map(), frozenRows: 0 };
  const open = startTagOf(xml.slice(dataStart));
  const close = open.endsWith('/>') ? dataStart + open.length : xml.indexOf('sheetData>', dataStart + open.length) + 'sheetData>'.length;
  const head = xml.slice(0, dataStart);
  const tail = xml.slice(close);
  const merges = [...tail.matchAll(/<(?:\w+:)?mergeCell\b[^>]*>/g)].flatMap((m) => parseSqref(attr(m[0], 'ref') ?? ''));
  const cells = readCells(xml.slice(dataStart + open.length, close));
  if (merges.length) {
    for (const cell of cells) {
      const hidden = merges.some((r) => cell.row >= r.top && cell.row <= r.bottom && cell.column >= r.left && cell.column <= r.right
        && !(cell.row === r.top && cell.column === r.left));
      if (hidden) { cell.type = ''; cell.text = ''; cell.formula = ''; }
    }
  }
  return { cells, merges, validations: readValidations(tail), widths: readWidths(head), frozenRows: readFrozenRows(head) };
}
