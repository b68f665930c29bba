/**
 * Small builders of DocumentSpec blocks shared by the notices and the report: styled
 * paragraphs, body paragraphs in the profile's layout, and bordered data tables with
 * group sub-heading rows. Widths are derived from the profile's page geometry.
 */
import { A4_PORTRAIT, MM, type CellSpec, type ParagraphSpec, type TableSpec, type TextRun, type Alignment } from './document-spec';
import type { ElementStyle, FormatProfile } from './format-profile';
import { keepWholeWidth, rebalanceColumns } from './table-columns';
import { MAX_KEEP_WHOLE } from './table-layout';

/** Width of the text block in points (portrait: 165 mm with 30/15 mm side margins). */
export function textWidth(profile: FormatProfile, landscape = false): number {
  const page = landscape ? A4_PORTRAIT.height : A4_PORTRAIT.width;
  return page - (profile.marginsMm.left + profile.marginsMm.right) * MM;
}

/** A run in an element's style (caps applied to the text). */
export function styledRun(text: string, style: ElementStyle): TextRun {
  const run: TextRun = { text: style.caps ? text.toLocaleUpperCase('vi') : text, size: style.size };
  if (style.bold) run.bold = true;
  if (style.italic) run.italic = true;
  if (style.underline) run.underline = true;
  return run;
}

/** One line in one style. */
export function styledParagraph(
  text: string, style: ElementStyle, align: Alignment, extra: Partial<ParagraphSpec> = {},
): ParagraphSpec {
  return { kind: 'paragraph', runs: [styledRun(text, style)], align, size: style.size, ...extra };
}

/** An empty line of a given size (signature space, gaps). */
export function emptyParagraph(size: number, align: Alignment = 'left'): ParagraphSpec {
  return { kind: 'paragraph', runs: [], align, size };
}

export interface BodyOptions {
  /** Whether the first line is indented (body text, bullets); headings of tables are not. */
  indent?: boolean;
  align?: Alignment;
  bold?: boolean;
  italic?: boolean;
  keepWithNext?: boolean;
}

/** A body paragraph: justified, first-line indent, spacing of the profile. */
export function bodyParagraph(profile: FormatProfile, text: string, options: BodyOptions = {}): ParagraphSpec {
  const run: TextRun = { text };
  if (options.bold) run.bold = true;
  if (options.italic) run.italic = true;
  const p: ParagraphSpec = {
    kind: 'paragraph',
    runs: [run],
    align: options.align ?? 'justify',
    size: profile.body.size,
    spacingAfter: profile.body.spacingAfter,
    lineSpacing: profile.body.lineSpacing,
  };
  if (options.indent !== false) p.indentFirstLine = profile.body.indentFirstLineMm * MM;
  if (options.keepWithNext) p.keepWithNext = true;
  return p;
}

/** A body paragraph in an element style (grounds, headings). */
export function bodyStyled(profile: FormatProfile, text: string, style: ElementStyle, options: BodyOptions = {}): ParagraphSpec {
  const p = bodyParagraph(profile, '', options);
  p.runs = [styledRun(text, style)];
  p.size = style.size;
  return p;
}

/** A row of a data table: a group sub-heading (one label, shaded) or an item. */
export type DataRow =
  | { kind: 'group'; number: string; label: string }
  | { kind: 'item'; cells: string[]; bold?: boolean };

export interface DataTableOptions {
  /** Column shares of the width (normalised). */
  fractions: readonly number[];
  /** Alignment per column (left by default). */
  align?: readonly Alignment[];
  landscape?: boolean;
  /** Font size of the table (the profile's table size by default). */
  size?: number;
  /** Columns whose cell lines must not wrap (table-layout.ts): at least as wide as their widest line. */
  keepWhole?: readonly boolean[];
}

function cellParagraph(text: string, size: number, align: Alignment, bold = false): ParagraphSpec {
  const run: TextRun = { text };
  if (bold) run.bold = true;
  return { kind: 'paragraph', runs: text ? [run] : [], align, size };
}

/**
 * A bordered data table: a bold, shaded header row that repeats on each page, then the rows.
 * A group row puts its number in the first column and its label, bold, in one cell merged
 * across the rest of the row (`columnSpan`), on a shaded background.
 */
export function dataTable(profile: FormatProfile, header: readonly string[], rows: readonly DataRow[], options: DataTableOptions): TableSpec {
  const size = options.size ?? profile.table.size;
  const width = textWidth(profile, options.landscape);
  const sum = options.fractions.reduce((a, b) => a + b, 0);
  let columnWidths = options.fractions.map((f) => (f / sum) * width);
  if (options.keepWhole?.some(Boolean)) {
    const items = rows.filter((r): r is Extract<DataRow, { kind: 'item' }> => r.kind === 'item');
    const minimums = columnWidths.map((_, c) => (options.keepWhole?.[c]
      ? keepWholeWidth(items.map((r) => r.cells[c] ?? ''), size, width * MAX_KEEP_WHOLE) : 0));
    columnWidths = rebalanceColumns(columnWidths, minimums);
  }
  const alignOf = (c: number): Alignment => options.align?.[c] ?? 'left';
  const headerRow: CellSpec[] = header.map((h) => ({
    paragraphs: [cellParagraph(h, size, 'center', true)],
    background: profile.table.headerBackground,
  }));
  const body: CellSpec[][] = rows.map((row) => {
    if (row.kind === 'group') {
      // The number in the first column, the label merged across the rest of the row.
      const label: CellSpec = { paragraphs: [cellParagraph(row.label, size, 'left', true)], background: profile.table.groupRowBackground };
      if (header.length > 2) label.columnSpan = header.length - 1;
      return [{ paragraphs: [cellParagraph(row.number, size, 'center', true)], background: profile.table.groupRowBackground }, label];
    }
    // A cell's lines (`\n`, e.g. the two dates of a period) are its paragraphs.
    return header.map((_, c) => ({ paragraphs: (row.cells[c] ?? '').split('\n').map((line) => cellParagraph(line, size, alignOf(c), row.bold)) }));
  });
  return { kind: 'table', columnWidths, borderWidth: profile.table.borderWidth, rows: [headerRow, ...body], headerRows: 1 };
}

/** Roman numerals for section and group numbers (I … MMMCMXCIX). */
export function roman(n: number): string {
  const table: Array<[number, string]> = [
    [1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'],
    [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I'],
  ];
  let rest = Math.max(0, Math.floor(n));
  let out = '';
  for (const [value, letters] of table) {
    while (rest >= value) { out += letters; rest -= value; }
  }
  return out;
}
