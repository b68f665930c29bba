/**
 * The body of a DocumentSpec as WordprocessingML (`word/document.xml`'s `<w:body>`):
 * paragraphs with explicit run styles (font, size, bold, italic, underline), alignment,
 * indents, spacing, line spacing and "keep with next"; rules as an empty 2 pt paragraph with
 * a bottom border, indented so that it is `widthFraction` of the estimated width of the line
 * above (never underlined characters); tables with fixed column widths (no column narrower
 * than its longest word), borders, zero padding for the borderless layout tables, shading,
 * merged group cells (`gridSpan`), repeated header rows (`tblHeader`) and rows that do not
 * split across pages (`cantSplit`); page breaks, and a section break where the pages turn
 * landscape (the report's annex) or back. Google Docs imports every one of these.
 * Units: twips (1/20 pt) for lengths, half-points for font sizes, eighths of a point for borders.
 */
import type { Alignment, BlockSpec, CellSpec, DocumentSpec, ParagraphSpec, TableSpec, TextRun } from '../document-spec';
import { CELL_PADDING_SIDE_PT, fitColumns, longestWord, rebalanceColumns } from '../table-columns';
import { textWidthPt } from '../text-width';
import { el, escapeXml } from './xml';

export const twips = (pt: number): number => Math.round(pt * 20);
const halfPoints = (pt: number): number => Math.round(pt * 2);
const eighths = (pt: number): number => Math.max(2, Math.round(pt * 8));

/** Height of the paragraph that carries a rule, and the rule's width, points. */
const RULE_LINE_SIZE = 2;
const RULE_WIDTH = 0.75;
/** Space between a line and the rule under it, points (a dot below a letter must not touch it). */
const RULE_GAP = 2;
/** Cell padding of bordered tables, points (left/right; top/bottom). */
const CELL_PADDING_SIDE = CELL_PADDING_SIDE_PT;
const CELL_PADDING_TOP = 1;
/** A row holding more text than this may split across pages (it could not fit on one). */
const UNSPLITTABLE_ROW_CHARS = 1500;

const JC: Record<Alignment, string> = { left: 'left', center: 'center', right: 'right', justify: 'both' };

/** The section properties the body writer needs. */
export interface SectionInfo {
  /** `<w:sectPr>` of a section, portrait or landscape, first or not. */
  sectPr(landscape: boolean, first: boolean): string;
}

function runProps(run: TextRun | undefined, size: number, font: string): string {
  const f = escapeXml(font);
  let out = `<w:rFonts w:ascii="${f}" w:hAnsi="${f}" w:cs="${f}" w:eastAsia="${f}"/>`;
  if (run?.bold) out += '<w:b/><w:bCs/>';
  if (run?.italic) out += '<w:i/><w:iCs/>';
  // Schema order: colour comes before the size.
  if (run?.color && /^#[0-9a-fA-F]{6}$/.test(run.color)) out += `<w:color w:val="${run.color.slice(1).toUpperCase()}"/>`;
  const sz = halfPoints(run?.size ?? size);
  out += `<w:sz w:val="${sz}"/><w:szCs w:val="${sz}"/>`;
  if (run?.underline) out += '<w:u w:val="single"/>';
  return `<w:rPr>${out}</w:rPr>`;
}

/** A run's text: tabs and line breaks as their elements, everything else escaped. */
function runContent(text: string): string {
  return text.split(/(\r\n|\r|\n|\t)/).map((piece) => {
    if (piece === '\t') return '<w:tab/>';
    if (/^(\r\n|\r|\n)$/.test(piece)) return '<w:br/>';
    return piece === '' ? '' : `<w:t xml:space="preserve">${escapeXml(piece)}</w:t>`;
  }).join('');
}

interface ParaLayout {
  align: Alignment;
  left?: number;
  right?: number;
  firstLine?: number;
  before?: number;
  after?: number;
  line?: number;
  keepNext?: boolean;
  rule?: boolean;
}

function paragraphProps(l: ParaLayout, mark: string): string {
  let out = '';
  if (l.keepNext) out += '<w:keepNext/>';
  if (l.rule) out += `<w:pBdr><w:bottom w:val="single" w:sz="${eighths(RULE_WIDTH)}" w:space="0" w:color="000000"/></w:pBdr>`;
  out += el('w:spacing', {
    'w:before': twips(l.before ?? 0), 'w:after': twips(l.after ?? 0), 'w:line': Math.round((l.line ?? 1) * 240), 'w:lineRule': 'auto',
  });
  if (l.left || l.right || l.firstLine) {
    out += el('w:ind', {
      'w:left': l.left ? twips(l.left) : undefined, 'w:right': l.right ? twips(l.right) : undefined,
      'w:firstLine': l.firstLine ? twips(l.firstLine) : undefined,
    });
  }
  out += `<w:jc w:val="${JC[l.align]}"/>`;
  return `<w:pPr>${out}${mark}</w:pPr>`;
}

/** The estimated width of a paragraph's text, points. */
function lineWidth(p: ParagraphSpec): number {
  return p.runs.reduce((w, r) => w + textWidthPt(r.text, r.size ?? p.size, r.bold ?? false), 0);
}

/** A spec paragraph, then its rule when it has one, in a container `width` points wide. */
export function paragraphXml(p: ParagraphSpec, font: string, width: number): string {
  const runs = p.runs.filter((r) => r.text !== '');
  const last = runs[runs.length - 1];
  const layout: ParaLayout = {
    align: p.align, left: p.indentStart, firstLine: p.indentFirstLine, before: p.spacingBefore,
    after: p.ruleBelow ? 0 : p.spacingAfter, line: p.lineSpacing, keepNext: p.keepWithNext || p.ruleBelow !== undefined,
  };
  const body = runs.map((r) => `<w:r>${runProps(r, p.size, font)}${runContent(r.text)}</w:r>`).join('');
  let out = `<w:p>${paragraphProps(layout, runProps(last, p.size, font))}${body}</w:p>`;
  if (p.ruleBelow) {
    const length = Math.max(12, Math.min(lineWidth(p), width) * p.ruleBelow.widthFraction);
    const side = Math.max(0, (width - length) / 2);
    const rule: ParaLayout = {
      align: 'center', left: side, right: side, before: RULE_GAP, after: p.spacingAfter, line: 1, rule: true, keepNext: p.keepWithNext,
    };
    out += `<w:p>${paragraphProps(rule, runProps(undefined, RULE_LINE_SIZE, font))}</w:p>`;
  }
  return out;
}

/** An empty line (after a table that ends a section, before a section break). */
export function emptyParagraphXml(font: string, size = RULE_LINE_SIZE): string {
  return `<w:p>${paragraphProps({ align: 'left', line: 1 }, runProps(undefined, size, font))}</w:p>`;
}

function borderXml(width: number): string {
  const side = (name: string) => (width > 0
    ? `<w:${name} w:val="single" w:sz="${eighths(width)}" w:space="0" w:color="000000"/>`
    : `<w:${name} w:val="nil"/>`);
  return `<w:tblBorders>${['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map(side).join('')}</w:tblBorders>`;
}

/** Column widths in points for the width available: scaled to fit, and no column narrower than its longest word. */
function columnWidths(table: TableSpec, available: number): number[] {
  const widths = fitColumns(table.columnWidths, available);
  if (table.borderWidth === 0) return widths;
  const columns = widths.length;
  const minimums = Array.from({ length: columns }, () => 0);
  for (const row of table.rows) {
    let c = 0;
    for (const cell of row) {
      if ((cell.columnSpan ?? 1) === 1 && c < columns) {
        minimums[c] = Math.max(minimums[c], 2 * CELL_PADDING_SIDE + 1 + Math.max(0, ...cell.paragraphs.map(longestWord)));
      }
      c += cell.columnSpan ?? 1;
    }
  }
  return rebalanceColumns(widths, minimums);
}

const cellText = (cell: CellSpec): number => cell.paragraphs.reduce((n, p) => n + p.runs.reduce((m, r) => m + r.text.length, 0), 0);

/** A table; `available` is the text width of its section, points. */
export function tableXml(table: TableSpec, font: string, available: number): string {
  const widths = columnWidths(table, available);
  const bordered = table.borderWidth > 0;
  const side = bordered ? CELL_PADDING_SIDE : 0;
  const topBottom = bordered ? CELL_PADDING_TOP : 0;
  const margins = `<w:tblCellMar><w:top w:w="${twips(topBottom)}" w:type="dxa"/><w:left w:w="${twips(side)}" w:type="dxa"/>`
    + `<w:bottom w:w="${twips(topBottom)}" w:type="dxa"/><w:right w:w="${twips(side)}" w:type="dxa"/></w:tblCellMar>`;
  const total = widths.reduce((a, b) => a + b, 0);
  const props = `<w:tblPr><w:tblW w:w="${twips(total)}" w:type="dxa"/><w:tblInd w:w="0" w:type="dxa"/>${borderXml(table.borderWidth)}`
    + `<w:tblLayout w:type="fixed"/>${margins}<w:tblLook w:val="0000" w:firstRow="0" w:lastRow="0" w:firstColumn="0" w:lastColumn="0" w:noHBand="1" w:noVBand="1"/></w:tblPr>`;
  const grid = `<w:tblGrid>${widths.map((w) => `<w:gridCol w:w="${twips(w)}"/>`).join('')}</w:tblGrid>`;
  const headerRows = table.headerRows ?? 0;
  const rows = table.rows.map((row, r) => {
    const rowProps = (row.reduce((n, cell) => n + cellText(cell), 0) <= UNSPLITTABLE_ROW_CHARS ? '<w:cantSplit/>' : '')
      + (r < headerRows ? '<w:tblHeader/>' : '');
    let c = 0;
    const cells = row.map((cell) => {
      const span = Math.max(1, Math.min(cell.columnSpan ?? 1, widths.length - c));
      const width = widths.slice(c, c + span).reduce((a, b) => a + b, 0);
      c += span;
      let tcPr = `<w:tcW w:w="${twips(width)}" w:type="dxa"/>`;
      if (span > 1) tcPr += `<w:gridSpan w:val="${span}"/>`;
      if (cell.background) tcPr += `<w:shd w:val="clear" w:color="auto" w:fill="${cell.background.replace('#', '').toUpperCase()}"/>`;
      const inner = Math.max(0, width - 2 * side);
      const content = cell.paragraphs.map((p) => paragraphXml(p, font, inner)).join('')
        || emptyParagraphXml(font, table.rows[0]?.[0]?.paragraphs[0]?.size ?? 12);
      return `<w:tc><w:tcPr>${tcPr}</w:tcPr>${content}</w:tc>`;
    }).join('');
    return `<w:tr>${rowProps ? `<w:trPr>${rowProps}</w:trPr>` : ''}${cells}</w:tr>`;
  }).join('');
  return `<w:tbl>${props}${grid}${rows}</w:tbl>`;
}

/**
 * `<w:body>`: the blocks, a section break where the orientation changes (the paragraph that
 * ends a section carries its `sectPr`), and the last section's `sectPr`.
 */
export function bodyXml(spec: DocumentSpec, sections: SectionInfo): string {
  const font = spec.fontFamily;
  const page = spec.page;
  const portraitWidth = page.width - page.marginLeft - page.marginRight;
  const landscapeWidth = page.height - page.marginLeft - page.marginRight;
  let landscape = spec.landscape ?? false;
  let first = true;
  let lastWasTable = false;
  const parts: string[] = [];
  spec.blocks.forEach((block: BlockSpec) => {
    const width = landscape ? landscapeWidth : portraitWidth;
    if (block.kind === 'paragraph') {
      parts.push(paragraphXml(block, font, width));
      lastWasTable = false;
    } else if (block.kind === 'table') {
      parts.push(tableXml(block, font, width));
      lastWasTable = true;
    } else if ((block.landscape ?? false) !== landscape) {
      parts.push(`<w:p><w:pPr><w:spacing w:before="0" w:after="0" w:line="240" w:lineRule="auto"/>${sections.sectPr(landscape, first)}`
        + `<w:rPr><w:sz w:val="${halfPoints(RULE_LINE_SIZE)}"/></w:rPr></w:pPr></w:p>`);
      landscape = block.landscape ?? false;
      first = false;
      lastWasTable = false;
    } else {
      parts.push('<w:p><w:r><w:br w:type="page"/></w:r></w:p>');
      lastWasTable = false;
    }
  });
  if (lastWasTable || parts.length === 0) parts.push(emptyParagraphXml(font));
  return `<w:body>${parts.join('')}${sections.sectPr(landscape, first)}</w:body>`;
}
