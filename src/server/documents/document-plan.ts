/**
 * Plans how a DocumentSpec becomes a Google Doc, before any service call: the blocks to
 * build with DocumentApp (one `appendParagraph` per paragraph, one `appendTable(string[][])`
 * per table with the cells' first lines, one `appendParagraph` per further line of a cell)
 * and, in document order, every paragraph the document will then hold with its full style
 * (alignment, indents, spacing, line spacing, rule, and its runs' font, size, bold, italic,
 * underline). The styles are applied afterwards in one Docs API `batchUpdate`
 * (docs-requests.ts), so nothing depends on what DocumentApp's paragraphs inherit.
 *
 * DocumentApp's own structure is part of the plan: a cleared body keeps one empty paragraph
 * (the header table is inserted before it, so it becomes the line after that table); a
 * table appended last gets an empty paragraph after it (an empty spec paragraph right
 * after a table takes that place instead of adding another). A rule (`ruleBelow`) becomes
 * an empty 2 pt paragraph whose bottom border, indented on both sides, is `widthFraction`
 * of the estimated width of the line above. Landscape pages cannot be made with DocumentApp
 * or the emulated Docs service: a table wider than the page is scaled to the text width and
 * set in 10 pt; in every bordered table no column is made narrower than its longest word.
 * Pure: no Apps Script globals.
 */
import type { Alignment, BlockSpec, CellSpec, DocumentSpec, PageSpec, ParagraphSpec, TableSpec, TextRun } from '../../core/documents/document-spec';
import { textWidthPt } from './text-width';

/** Character style of a run, every attribute explicit. */
export interface RunStyle {
  bold: boolean;
  italic: boolean;
  underline: boolean;
  size: number;
  font: string;
}

/** Paragraph style, every attribute explicit (points; line spacing in percent as the Docs API wants it). */
export interface ParaStyle {
  alignment: Alignment;
  indentStart: number;
  indentEnd: number;
  /** Absolute, from the margin (the Docs API's indentFirstLine). */
  indentFirstLine: number;
  spaceAbove: number;
  spaceBelow: number;
  lineSpacing: number;
  /** A solid bottom border (a rule). */
  rule: boolean;
}

export interface PlannedRun {
  /** UTF-16 offsets in the paragraph's text. */
  start: number;
  end: number;
  style: RunStyle;
}

export interface PlannedParagraph {
  text: string;
  runs: PlannedRun[];
  /** Style of the paragraph mark (the newline): the last run's, or the paragraph's size for an empty line. */
  mark: RunStyle;
  style: ParaStyle;
  /** The empty paragraph DocumentApp keeps after a table: may be absent in a real document. */
  filler?: boolean;
}

export interface PlannedTable {
  kind: 'table';
  /** The first paragraph of each cell, as `appendTable` takes them. */
  cells: string[][];
  /** Further paragraphs of each cell (appended with `TableCell.appendParagraph`). */
  extra: string[][][];
  columnWidths: number[];
  borderWidth: number;
  /** Cell backgrounds (`#rrggbb`) to set, by row and column. */
  backgrounds: Array<{ row: number; column: number; color: string }>;
  /** Borderless layout tables (header, signature) get zero cell padding. */
  zeroPadding: boolean;
}

export type PlannedBlock =
  | { kind: 'paragraph'; text: string; /** It takes the place of the empty line after the previous table. */ reuse: boolean }
  | PlannedTable
  | { kind: 'pageBreak' };

export interface DocumentPlan {
  name: string;
  page: PageSpec;
  blocks: PlannedBlock[];
  /** Every paragraph of the finished body, in document order. */
  paragraphs: PlannedParagraph[];
}

/** Height of the paragraph that carries a rule, points. */
export const RULE_LINE_SIZE = 2;
/** Width of the rules, points. */
export const RULE_WIDTH = 0.75;
/** Style of an empty line DocumentApp added that the spec does not have. */
const FILLER_SIZE = 2;

function runStyle(spec: ParagraphSpec, run: TextRun | undefined, font: string): RunStyle {
  return {
    bold: run?.bold ?? false,
    italic: run?.italic ?? false,
    underline: run?.underline ?? false,
    size: run?.size ?? spec.size,
    font,
  };
}

function paraStyle(spec: ParagraphSpec): ParaStyle {
  const start = spec.indentStart ?? 0;
  return {
    alignment: spec.align,
    indentStart: start,
    indentEnd: 0,
    indentFirstLine: start + (spec.indentFirstLine ?? 0),
    spaceAbove: spec.spacingBefore ?? 0,
    spaceBelow: spec.spacingAfter ?? 0,
    lineSpacing: Math.round((spec.lineSpacing ?? 1) * 100),
    rule: false,
  };
}

/** The text of a spec paragraph as one line (DocumentApp would turn a newline into a line break). */
export function paragraphText(spec: ParagraphSpec): string {
  return spec.runs.map((r) => r.text).join('').replace(/\r\n|\r|\n/g, ' ');
}

export function plannedParagraph(spec: ParagraphSpec, font: string): PlannedParagraph {
  const runs: PlannedRun[] = [];
  let at = 0;
  for (const run of spec.runs) {
    const text = run.text.replace(/\r\n|\r|\n/g, ' ');
    if (!text) continue;
    runs.push({ start: at, end: at + text.length, style: runStyle(spec, run, font) });
    at += text.length;
  }
  const mark = runs.length ? runs[runs.length - 1].style : runStyle(spec, undefined, font);
  return { text: paragraphText(spec), runs, mark, style: paraStyle(spec) };
}

/** An empty paragraph in a given size (fillers, rules). */
function emptyLine(size: number, font: string, style: Partial<ParaStyle> = {}): PlannedParagraph {
  return {
    text: '',
    runs: [],
    mark: { bold: false, italic: false, underline: false, size, font },
    style: { alignment: 'left', indentStart: 0, indentEnd: 0, indentFirstLine: 0, spaceAbove: 0, spaceBelow: 0, lineSpacing: 100, rule: false, ...style },
  };
}

/** The unplanned empty line after a table, or one a real document adds: as small as Docs allows. */
export function fillerParagraph(font: string): PlannedParagraph {
  return { ...emptyLine(FILLER_SIZE, font), filler: true };
}

/** The estimated width of a paragraph's text, points. */
function lineWidth(spec: ParagraphSpec): number {
  return spec.runs.reduce((w, r) => w + textWidthPt(r.text, r.size ?? spec.size, r.bold ?? false), 0);
}

/** Space between a line and the rule under it, points (a dot below a letter must not touch the rule). */
const RULE_GAP = 2;

/** The rule under `spec` in a container `width` points wide: centred, `widthFraction` of the line above. */
function ruleParagraph(spec: ParagraphSpec, width: number, font: string): PlannedParagraph {
  const fraction = spec.ruleBelow?.widthFraction ?? 1;
  const length = Math.max(12, Math.min(lineWidth(spec), width) * fraction);
  const side = Math.max(0, (width - length) / 2);
  return emptyLine(RULE_LINE_SIZE, font, {
    alignment: 'center', indentStart: side, indentEnd: side, indentFirstLine: side, rule: true,
    spaceAbove: RULE_GAP, spaceBelow: spec.spacingAfter ?? 0,
  });
}

/** The paragraphs a spec paragraph becomes: itself, then its rule (which takes the space after it). */
function paragraphsOf(spec: ParagraphSpec, width: number, font: string): PlannedParagraph[] {
  const line = plannedParagraph(spec, font);
  if (!spec.ruleBelow) return [line];
  return [{ ...line, style: { ...line.style, spaceBelow: 0 } }, ruleParagraph(spec, width, font)];
}

function isEmpty(spec: ParagraphSpec): boolean {
  return paragraphText(spec) === '' && !spec.ruleBelow;
}

/** Column widths that fit `available` (a landscape annex table on a portrait page is scaled down). */
export function fitColumns(widths: readonly number[], available: number): number[] {
  const total = widths.reduce((a, b) => a + b, 0);
  if (total <= available + 0.5 || total <= 0) return [...widths];
  return widths.map((w) => (w * available) / total);
}

/**
 * Widths where no column is narrower than its minimum (its longest word): the missing width
 * is taken from the other columns in proportion to what they have to spare. When the
 * minimums do not fit at all, the widths follow the minimums.
 */
export function rebalanceColumns(widths: readonly number[], minimums: readonly number[]): number[] {
  const total = widths.reduce((a, b) => a + b, 0);
  const needed = minimums.reduce((a, b) => a + b, 0);
  if (needed >= total) return minimums.map((m) => (m * total) / (needed || 1));
  let out = [...widths];
  for (let pass = 0; pass < widths.length; pass++) {
    const short = out.map((w, i) => Math.max(0, minimums[i] - w));
    const deficit = short.reduce((a, b) => a + b, 0);
    if (deficit < 0.01) break;
    const slack = out.map((w, i) => (short[i] > 0 ? 0 : Math.max(0, w - minimums[i])));
    const spare = slack.reduce((a, b) => a + b, 0);
    out = out.map((w, i) => (short[i] > 0 ? minimums[i] : w - (deficit * slack[i]) / (spare || 1)));
  }
  return out;
}

/** Font size of a table scaled down to the portrait page (the spec wanted a landscape page). */
export const SCALED_TABLE_SIZE = 10;
/** Docs' default cell padding is 5 pt on each side. */
const CELL_PADDING = 10;

/** A cell paragraph with its sizes capped (a scaled table). */
function capped(p: ParagraphSpec, size: number): ParagraphSpec {
  return { ...p, size: Math.min(p.size, size), runs: p.runs.map((r) => ({ ...r, size: Math.min(r.size ?? p.size, size) })) };
}

/** The width of the longest word of a cell paragraph, points. */
function longestWord(p: ParagraphSpec): number {
  let widest = 0;
  for (const run of p.runs) {
    for (const word of run.text.split(/\s+/)) widest = Math.max(widest, textWidthPt(word, run.size ?? p.size, run.bold ?? false));
  }
  return widest;
}

function planTable(spec: TableSpec, available: number, font: string): { table: PlannedTable; paragraphs: PlannedParagraph[] } {
  let widths = fitColumns(spec.columnWidths, available);
  const scaled = spec.columnWidths.reduce((a, b) => a + b, 0) > available + 0.5;
  const rows = scaled
    ? spec.rows.map((row) => row.map((cell) => ({ ...cell, paragraphs: cell.paragraphs.map((p) => capped(p, SCALED_TABLE_SIZE)) })))
    : spec.rows;
  const zeroPadding = spec.borderWidth === 0;
  const padding = zeroPadding ? 0 : CELL_PADDING;
  if (!zeroPadding) {
    const minimums = widths.map((_, c) => padding + 1 + Math.max(0, ...rows.map((row) => Math.max(0, ...(row[c]?.paragraphs ?? []).map(longestWord)))));
    widths = rebalanceColumns(widths, minimums);
  }
  const cells: string[][] = [];
  const extra: string[][][] = [];
  const backgrounds: PlannedTable['backgrounds'] = [];
  const paragraphs: PlannedParagraph[] = [];
  rows.forEach((row: CellSpec[], r) => {
    cells.push([]);
    extra.push([]);
    row.forEach((cell, c) => {
      const width = Math.max(0, (widths[c] ?? 0) - padding);
      const planned = cell.paragraphs.flatMap((p) => paragraphsOf(p, width, font));
      if (!planned.length) planned.push(emptyLine(rows[0]?.[0]?.paragraphs[0]?.size ?? 12, font));
      cells[r].push(planned[0].text);
      extra[r].push(planned.slice(1).map((p) => p.text));
      paragraphs.push(...planned);
      if (cell.background) backgrounds.push({ row: r, column: c, color: cell.background.toLowerCase() });
    });
  });
  return {
    table: { kind: 'table', cells, extra, columnWidths: widths, borderWidth: spec.borderWidth, backgrounds, zeroPadding },
    paragraphs,
  };
}

/** The plan of a whole document. */
export function planDocument(spec: DocumentSpec): DocumentPlan {
  const font = spec.fontFamily;
  const textWidth = spec.page.width - spec.page.marginLeft - spec.page.marginRight;
  const blocks: PlannedBlock[] = [];
  const paragraphs: PlannedParagraph[] = [];
  // After body.clear() the body holds one empty paragraph: a first table goes before it (it
  // becomes that table's trailing line); a first paragraph is written into it.
  let trailing = 'leftover' as 'leftover' | 'afterTable' | 'none';
  const closeTrailing = (): void => {
    if (trailing === 'afterTable') paragraphs.push(fillerParagraph(font));
    trailing = 'none';
  };
  spec.blocks.forEach((block: BlockSpec, index) => {
    if (block.kind === 'table') {
      closeTrailing();
      const { table, paragraphs: cellParagraphs } = planTable(block, textWidth, font);
      blocks.push(table);
      paragraphs.push(...cellParagraphs);
      trailing = 'afterTable';
      return;
    }
    if (block.kind === 'pageBreak') {
      closeTrailing();
      blocks.push({ kind: 'pageBreak' });
      paragraphs.push(emptyLine(FILLER_SIZE, font));
      return;
    }
    const planned = paragraphsOf(block, textWidth, font);
    const reuse = index === 0 || (trailing === 'afterTable' && isEmpty(block));
    if (reuse) trailing = 'none';
    else closeTrailing();
    blocks.push({ kind: 'paragraph', text: planned[0].text, reuse });
    paragraphs.push(planned[0]);
    for (const rule of planned.slice(1)) {
      blocks.push({ kind: 'paragraph', text: rule.text, reuse: false });
      paragraphs.push(rule);
    }
  });
  if (trailing === 'afterTable' || trailing === 'leftover') paragraphs.push(fillerParagraph(font));
  return { name: spec.name, page: spec.page, blocks, paragraphs };
}
