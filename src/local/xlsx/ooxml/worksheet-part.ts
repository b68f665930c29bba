/**
 * One worksheet part written into: the cells (sheet-data.ts), and around them only what the
 * run changed — frozen rows (`sheetViews`), column widths (`cols`), list validations
 * (`dataValidations`, the user's other rules kept), the link to the notes' drawing and the
 * `dimension`. Every other element (merges, filters, conditional formats, hyperlinks,
 * page setup, …) is kept as it was; new elements go where the schema orders them.
 */
import type { DataValidationModel } from '../../emulator/workbook-model';
import type { ListFormulas } from '../validations';
import { columnLetters } from '../validations';
import type { CellContext } from './cell-xml';
import { formatSqref, parseSqref, rectsOfCells, subtractCells, type Rect } from './cell-ranges';
import { patchSheetData, type SheetWrites } from './sheet-data';
import { attr, escapeXml, innerXml, setAttr, startTagOf, topLevelElements, withInner, type XmlElement } from './xml-text';

const SCHEMA_ORDER = ['sheetPr', 'dimension', 'sheetViews', 'sheetFormatPr', 'cols', 'sheetData', 'sheetCalcPr', 'sheetProtection',
  'protectedRanges', 'scenarios', 'autoFilter', 'sortState', 'dataConsolidate', 'customSheetViews', 'mergeCells', 'phoneticPr',
  'conditionalFormatting', 'dataValidations', 'hyperlinks', 'printOptions', 'pageMargins', 'pageSetup', 'headerFooter', 'rowBreaks',
  'colBreaks', 'customProperties', 'cellWatches', 'ignoredErrors', 'smartTags', 'drawing', 'legacyDrawing', 'legacyDrawingHF',
  'drawingHF', 'picture', 'oleObjects', 'controls', 'webPublishItems', 'tableParts', 'extLst'];

const RELATIONSHIPS_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** A new, empty worksheet part. */
export const EMPTY_WORKSHEET = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><dimension ref="A1"/><sheetViews><sheetView workbookViewId="0"/></sheetViews><sheetFormatPr defaultRowHeight="15"/><sheetData/><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>';

/** What the run changes in one worksheet, besides its notes' parts. */
export interface WorksheetEdit {
  writes: SheetWrites;
  /** The new number of frozen rows, when it changed. */
  frozenRows?: number;
  /** New widths (Excel units) by 1-based column. */
  columnWidths: Map<number, number>;
  /** Cells ('row,column', 1-based) whose list rule changed, with the new rule (undefined: none). */
  validations: Map<string, DataValidationModel | undefined>;
  formulas: ListFormulas;
  /** Relationship id of the notes' VML drawing, when the sheet must link one. */
  legacyDrawing?: string;
}

/** The element name prefix of a worksheet ('' or e.g. 'x:'). */
export function worksheetPrefix(xml: string): string {
  return /<((?:\w+:)?)worksheet\b/.exec(xml)?.[1] ?? '';
}

class Frame {
  constructor(public elements: XmlElement[], private readonly prefix: string) {}

  get(name: string): XmlElement | undefined {
    return this.elements.find((e) => e.name === name);
  }

  /** Replaces (or inserts, in schema order) element `name`; undefined removes it. */
  put(name: string, xml: string | undefined): void {
    const i = this.elements.findIndex((e) => e.name === name);
    if (xml === undefined) { if (i >= 0) this.elements.splice(i, 1); return; }
    if (i >= 0) { this.elements[i] = { name, xml }; return; }
    const rank = SCHEMA_ORDER.indexOf(name);
    const at = this.elements.findIndex((e) => SCHEMA_ORDER.indexOf(e.name) > rank);
    this.elements.splice(at < 0 ? this.elements.length : at, 0, { name, xml });
  }

  tag(name: string): string {
    return `${this.prefix}${name}`;
  }
}

/** The cells a merge hides (all but its top-left cell), as 'row,column'. */
function mergedAway(frame: Frame): (row: number, column: number) => boolean {
  const merges = topLevelElements(innerXml(frame.get('mergeCells')?.xml ?? '')).flatMap((m) => parseSqref(attr(m.xml, 'ref') ?? ''));
  if (!merges.length) return () => false;
  return (row, column) => merges.some((r) => row >= r.top && row <= r.bottom && column >= r.left && column <= r.right
    && !(row === r.top && column === r.left));
}

function frozenViews(frame: Frame, rows: number): void {
  const views = frame.get('sheetViews')?.xml ?? `<${frame.tag('sheetViews')}><${frame.tag('sheetView')} workbookViewId="0"/></${frame.tag('sheetViews')}>`;
  const viewList = topLevelElements(innerXml(views));
  const first = viewList[0]?.xml ?? `<${frame.tag('sheetView')} workbookViewId="0"/>`;
  const children = topLevelElements(innerXml(first)).filter((e) => e.name !== 'pane' && e.name !== 'selection');
  const oldPane = topLevelElements(innerXml(first)).find((e) => e.name === 'pane');
  const xSplit = oldPane && attr(oldPane.xml, 'state')?.startsWith('frozen') ? Number(attr(oldPane.xml, 'xSplit') ?? 0) : 0;
  let pane = '';
  if (rows > 0 || xSplit > 0) {
    const active = rows > 0 && xSplit > 0 ? 'bottomRight' : rows > 0 ? 'bottomLeft' : 'topRight';
    const topLeft = `${columnLetters(xSplit + 1)}${rows + 1}`;
    pane = `<${frame.tag('pane')}${xSplit ? ` xSplit="${xSplit}"` : ''}${rows ? ` ySplit="${rows}"` : ''} topLeftCell="${topLeft}" activePane="${active}" state="frozen"/>`
      + `<${frame.tag('selection')} pane="${active}" activeCell="${topLeft}" sqref="${topLeft}"/>`;
  }
  const view = withInner(first, pane + children.map((c) => c.xml).join(''));
  frame.put('sheetViews', withInner(views, [view, ...viewList.slice(1).map((v) => v.xml)].join('')));
}

function columnWidths(frame: Frame, widths: Map<number, number>): void {
  const cols = topLevelElements(innerXml(frame.get('cols')?.xml ?? '')).filter((e) => e.name === 'col').map((e) => e.xml);
  let list = cols.map((xml) => ({ min: Number(attr(xml, 'min')), max: Number(attr(xml, 'max')), xml }));
  for (const [column, width] of widths) {
    const next: typeof list = [];
    let found = false;
    for (const c of list) {
      if (column < c.min || column > c.max) { next.push(c); continue; }
      found = true;
      const piece = (min: number, max: number, xml: string) => ({ min, max, xml: setAttr(setAttr(xml, 'min', String(min)), 'max', String(max)) });
      if (c.min < column) next.push(piece(c.min, column - 1, c.xml));
      next.push(piece(column, column, setAttr(setAttr(c.xml, 'width', String(width)), 'customWidth', '1')));
      if (column < c.max) next.push(piece(column + 1, c.max, c.xml));
    }
    if (!found) next.push({ min: column, max: column, xml: `<${frame.tag('col')} min="${column}" max="${column}" width="${width}" customWidth="1"/>` });
    list = next.sort((a, b) => a.min - b.min);
  }
  const element = frame.get('cols')?.xml ?? `<${frame.tag('cols')}/>`;
  frame.put('cols', withInner(element, list.map((c) => c.xml).join('')));
}

function ruleXml(frame: Frame, rule: DataValidationModel, rects: Rect[], formulas: ListFormulas): string {
  const warn = rule.allowInvalid ? ' errorStyle="warning"' : '';
  return `<${frame.tag('dataValidation')} type="list" allowBlank="1" showErrorMessage="1"${warn} sqref="${formatSqref(rects)}">`
    + `<${frame.tag('formula1')}>${escapeXml(formulas.formulaFor(rule.values))}</${frame.tag('formula1')}></${frame.tag('dataValidation')}>`;
}

function validations(frame: Frame, changed: Map<string, DataValidationModel | undefined>, formulas: ListFormulas): void {
  const removed = new Map<number, number[]>();
  const added = new Map<string, { rule: DataValidationModel; rows: Map<number, number[]> }>();
  for (const [key, rule] of changed) {
    const [row, column] = key.split(',').map(Number);
    (removed.get(column) ?? removed.set(column, []).get(column)!).push(row);
    if (!rule) continue;
    const id = JSON.stringify(rule);
    const group = added.get(id) ?? added.set(id, { rule, rows: new Map() }).get(id)!;
    (group.rows.get(column) ?? group.rows.set(column, []).get(column)!).push(row);
  }
  const element = frame.get('dataValidations')?.xml;
  const kept: string[] = [];
  for (const e of topLevelElements(innerXml(element ?? ''))) {
    const rects = parseSqref(attr(e.xml, 'sqref') ?? '');
    const left = subtractCells(rects, removed);
    if (!left) kept.push(e.xml);
    else if (left.length) kept.push(setAttr(e.xml, 'sqref', formatSqref(left)));
  }
  for (const { rule, rows } of added.values()) kept.push(ruleXml(frame, rule, rectsOfCells(rows), formulas));
  if (!kept.length) { frame.put('dataValidations', undefined); return; }
  const base = element ?? `<${frame.tag('dataValidations')}/>`;
  frame.put('dataValidations', setAttr(withInner(base, kept.join('')), 'count', String(kept.length)));
}

/** The dimension covering the old one and every written cell. */
function dimension(frame: Frame, writes: SheetWrites): void {
  if (!writes.rows.length) return;
  const old = parseSqref(attr(frame.get('dimension')?.xml ?? '', 'ref') ?? 'A1')[0] ?? { top: 1, left: 1, bottom: 1, right: 1 };
  const bottom = Math.max(old.bottom, writes.rows[writes.rows.length - 1]);
  const right = Math.max(old.right, writes.maxColumn);
  const rect = { top: Math.min(old.top, writes.rows[0]), left: old.left, bottom, right };
  frame.put('dimension', `<${frame.tag('dimension')} ref="${formatSqref([rect])}"/>`);
}

/** The style a cell without an element shows: its row's (custom format), else its column's. */
function inheritedStyles(frame: Frame): (rowTag: string | undefined, column: number) => number {
  const cols = topLevelElements(innerXml(frame.get('cols')?.xml ?? ''))
    .map((e) => ({ min: Number(attr(e.xml, 'min')), max: Number(attr(e.xml, 'max')), style: Number(attr(e.xml, 'style') ?? 0) }));
  return (rowTag, column) => {
    if (rowTag && attr(rowTag, 'customFormat') === '1') return Number(attr(rowTag, 's') ?? 0);
    return cols.find((c) => column >= c.min && column <= c.max)?.style ?? 0;
  };
}

/** The worksheet `xml` with `edit` applied. */
export function patchWorksheet(xml: string, edit: WorksheetEdit, ctx: CellContext): string {
  const root = /<((?:\w+:)?)worksheet\b[^>]*>/.exec(xml);
  if (!root) throw new Error('not a worksheet');
  const prefix = root[1];
  const dataStart = xml.search(new RegExp(`<${prefix}sheetData\\b`));
  const dataOpen = startTagOf(xml.slice(dataStart));
  const dataEnd = dataOpen.endsWith('/>') ? dataStart + dataOpen.length : xml.indexOf(`</${prefix}sheetData>`, dataStart) + `</${prefix}sheetData>`.length;
  const closeRoot = xml.lastIndexOf(`</${prefix}worksheet>`);
  const head = topLevelElements(xml.slice(root.index + root[0].length, dataStart));
  const tail = topLevelElements(xml.slice(dataEnd, closeRoot));
  const frame = new Frame([...head, { name: 'sheetData', xml: '' }, ...tail], prefix);

  const hidden = mergedAway(frame);
  const inherited = inheritedStyles(frame);
  if (edit.frozenRows !== undefined) frozenViews(frame, edit.frozenRows);
  if (edit.columnWidths.size) columnWidths(frame, edit.columnWidths);
  if (edit.validations.size) validations(frame, edit.validations, edit.formulas);
  dimension(frame, edit.writes);
  let rootTag = root[0];
  if (edit.legacyDrawing && !frame.get('legacyDrawing')) {
    let r = Object.entries(namespaces(rootTag)).find(([, ns]) => ns === RELATIONSHIPS_NS)?.[0];
    if (!r) { r = 'r'; rootTag = setAttr(rootTag, 'xmlns:r', RELATIONSHIPS_NS); }
    frame.put('legacyDrawing', `<${frame.tag('legacyDrawing')} ${r}:id="${edit.legacyDrawing}"/>`);
  }
  const out: string[] = [xml.slice(0, root.index), rootTag];
  for (const element of frame.elements) {
    if (element.name === 'sheetData') patchSheetData(xml.slice(dataStart, dataEnd), edit.writes, hidden, inherited, { ...ctx, prefix }, out);
    else out.push(element.xml);
  }
  out.push(xml.slice(closeRoot));
  return out.join('');
}

/** The namespace prefixes a start tag declares. */
function namespaces(tag: string): Record<string, string> {
  const found: Record<string, string> = {};
  for (const m of tag.matchAll(/\sxmlns:([\w.-]+)="([^"]*)"/g)) found[m[1]] = m[2];
  return found;
}
