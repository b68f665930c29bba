/**
 * A document as plain data — what the notices and the report contain and how they are laid
 * out — built by the pure core, written as a .docx by `docx/` and imported by Drive into a
 * Google Doc (src/server/documents/). Sizes are in points (1 pt = 1/72 inch; 1 mm ≈ 2.835 pt).
 */

export type Alignment = 'left' | 'center' | 'right' | 'justify';

export interface TextRun {
  text: string;
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  /** Font size in points; the paragraph's size when absent. */
  size?: number;
  /** Text colour `#rrggbb` (the red lines of a Giấy khen); black when absent. */
  color?: string;
}

export interface ParagraphSpec {
  kind: 'paragraph';
  runs: TextRun[];
  align: Alignment;
  /** Default font size of the runs (points). */
  size: number;
  indentFirstLine?: number;
  indentStart?: number;
  spacingBefore?: number;
  spacingAfter?: number;
  /** Line spacing as a multiple (1 = single, 1.15, 1.5). */
  lineSpacing?: number;
  /**
   * A solid rule drawn under the paragraph (the official format's lines under the Tiêu ngữ,
   * the issuing body and the subject), as a fraction of the text width it sits under.
   */
  ruleBelow?: { widthFraction: number };
  /** Keep with the next paragraph (titles). */
  keepWithNext?: boolean;
}

export interface CellSpec {
  paragraphs: ParagraphSpec[];
  /** Cell background, `#rrggbb`. */
  background?: string;
  /**
   * The cell spans this many columns (a group row merged across the table); the cells it
   * covers are left out of the row. Absent = 1.
   */
  columnSpan?: number;
}

export interface TableSpec {
  kind: 'table';
  /** Column widths in points; they sum to the text width. */
  columnWidths: number[];
  /** 0 = borderless (header and signature blocks); 0.5–1 for data tables. */
  borderWidth: number;
  rows: CellSpec[][];
  /** Number of leading rows that repeat as a header (data tables). */
  headerRows?: number;
}

export interface PageBreakSpec {
  kind: 'pageBreak';
  /** The pages after the break are landscape (annex tables). */
  landscape?: boolean;
}

export type BlockSpec = ParagraphSpec | TableSpec | PageBreakSpec;

export interface PageSpec {
  /** A4 portrait: 595.3 × 841.9 pt. */
  width: number;
  height: number;
  marginTop: number;
  marginBottom: number;
  marginLeft: number;
  marginRight: number;
}

export interface DocumentSpec {
  /** The Google Doc's file name. */
  name: string;
  page: PageSpec;
  fontFamily: string;
  blocks: BlockSpec[];
  /** Page numbers centred in the top margin from page 2 on (NĐ 30). */
  pageNumbersFromPage2: boolean;
  /** Font size of the page numbers (points; the body's size when absent). */
  pageNumberSize?: number;
  /** The document starts landscape (a certificate); `page` stays given as portrait. */
  landscape?: boolean;
}

export const MM = 72 / 25.4;
export const A4_PORTRAIT = { width: 210 * MM, height: 297 * MM } as const;
