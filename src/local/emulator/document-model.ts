/**
 * The plain-data model of a Google Doc that the emulated DocumentApp (and the Docs advanced
 * service) work on and that the .docx exporter reads. One source of truth: the element
 * objects a script holds are views over these nodes; nothing else keeps document state.
 *
 * Units are those of Apps Script: lengths in points, colours as '#rrggbb', font sizes in
 * points. A style field that is absent means "not set here" (Apps Script's getAttributes
 * then reports null and the document's defaults apply: Arial 11 pt, line spacing 1.15).
 */

export type HeadingName = 'NORMAL' | 'HEADING1' | 'HEADING2' | 'HEADING3' | 'HEADING4' | 'HEADING5' | 'HEADING6' | 'TITLE' | 'SUBTITLE';
export type AlignmentName = 'LEFT' | 'CENTER' | 'RIGHT' | 'JUSTIFY';
export type VerticalAlignmentName = 'TOP' | 'CENTER' | 'BOTTOM';

/** Character attributes (DocumentApp.Attribute BOLD, ITALIC, FONT_SIZE...). */
export interface TextStyle {
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  strikethrough?: boolean;
  fontFamily?: string;
  /** Points. */
  fontSize?: number;
  foregroundColor?: string;
  backgroundColor?: string;
  linkUrl?: string;
}

/** A paragraph border (Docs API ParagraphStyle.borderTop/Bottom/Left/Right; not settable with DocumentApp). */
export interface BorderModel {
  /** Points; 0 draws nothing. */
  width: number;
  color: string;
  dashStyle: 'SOLID' | 'DOT' | 'DASH';
  /** Distance between the text and the border, points. */
  padding: number;
}

/** Paragraph attributes (DocumentApp: HEADING, HORIZONTAL_ALIGNMENT, INDENT_*, SPACING_*, LINE_SPACING). */
export interface ParagraphStyle {
  heading: HeadingName;
  alignment?: AlignmentName;
  /** Points, measured from the start indent. */
  indentFirstLine?: number;
  indentStart?: number;
  indentEnd?: number;
  spacingBefore?: number;
  spacingAfter?: number;
  /** A multiple of single spacing (1, 1.15, 1.5, 2...). */
  lineSpacing?: number;
  leftToRight?: boolean;
  borderTop?: BorderModel;
  borderBottom?: BorderModel;
  borderLeft?: BorderModel;
  borderRight?: BorderModel;
  /** Docs API ParagraphStyle.keepWithNext (not settable with DocumentApp; a .docx import sets it). */
  keepWithNext?: boolean;
}

/** A run of text with one set of character attributes. '\r' in the text is a line break inside the paragraph. */
export interface TextRunModel {
  kind: 'text';
  text: string;
  style: TextStyle;
}

export interface PageBreakModel {
  kind: 'pageBreak';
}

export interface HorizontalRuleModel {
  kind: 'horizontalRule';
}

/** A field the editor fills in (Docs' page number / page count); DocumentApp can read but not create one. */
export interface AutoTextModel {
  kind: 'autoText';
  autoTextType: 'PAGE_NUMBER' | 'PAGE_COUNT';
  style: TextStyle;
}

export type InlineModel = TextRunModel | PageBreakModel | HorizontalRuleModel | AutoTextModel;

export interface ParagraphModel {
  kind: 'paragraph';
  style: ParagraphStyle;
  /** Attributes of the paragraph mark: what text typed into an empty paragraph gets, and the height of an empty line. */
  markStyle: TextStyle;
  inlines: InlineModel[];
  /**
   * A section break follows this paragraph (Docs API `sectionBreak`, made by a .docx import):
   * the next section's pages have the document's page size flipped (landscape) or not.
   */
  sectionBreakAfter?: { flipPageOrientation: boolean };
}

export interface CellStyle {
  backgroundColor?: string;
  verticalAlignment?: VerticalAlignmentName;
  /** Points (Docs' default is 5 pt on every side). */
  paddingTop?: number;
  paddingBottom?: number;
  paddingLeft?: number;
  paddingRight?: number;
  /** Merged cells (Docs API TableCellStyle.columnSpan, read-only there): the head cell spans this many columns. */
  columnSpan?: number;
}

export interface TableCellModel {
  kind: 'tableCell';
  style: CellStyle;
  /** Never empty: a cell always holds at least one paragraph. */
  children: BlockModel[];
}

export interface TableRowModel {
  kind: 'tableRow';
  /** Points. */
  minimumHeight?: number;
  /** Docs API TableRowStyle: repeated at the top of each page / never split across pages. */
  tableHeader?: boolean;
  preventOverflow?: boolean;
  cells: TableCellModel[];
}

export interface TableModel {
  kind: 'table';
  /** Points and '#rrggbb' for every border of the table (DocumentApp sets them per table); width 0 = no borders. */
  borderWidth: number;
  borderColor: string;
  /** Points per column; null = an equal share of what is left of the text width (null, not undefined: the model is saved as JSON). */
  columnWidths: (number | null)[];
  rows: TableRowModel[];
}

export type BlockModel = ParagraphModel | TableModel;

export type SectionKind = 'body' | 'header' | 'footer' | 'firstPageHeader' | 'firstPageFooter';

/** The body, a header or a footer. */
export interface SectionModel {
  kind: SectionKind;
  children: BlockModel[];
}

/** Page geometry, points. */
export interface PageModel {
  width: number;
  height: number;
  marginTop: number;
  marginBottom: number;
  marginLeft: number;
  marginRight: number;
  /** Distance of the header / footer from the page edge. */
  marginHeader: number;
  marginFooter: number;
}

export interface DocumentModel {
  id: string;
  name: string;
  page: PageModel;
  body: SectionModel;
  header: SectionModel | null;
  footer: SectionModel | null;
  /** Docs' "different first page": page 1 then uses these (null = empty). */
  useFirstPageHeaderFooter: boolean;
  firstPageHeader: SectionModel | null;
  firstPageFooter: SectionModel | null;
}

export type DocNode = SectionModel | ParagraphModel | TableModel | TableRowModel | TableCellModel;

/** A4 in points (210 × 297 mm). */
export const A4 = { width: 595.276, height: 841.89 } as const;
/** US Letter in points. */
export const LETTER = { width: 612, height: 792 } as const;
/** Docs' defaults for text nobody styled. */
export const DOCS_DEFAULT_TEXT = { fontFamily: 'Arial', fontSize: 11, lineSpacing: 1.15 } as const;
/** Docs' default cell padding, points. */
export const DEFAULT_CELL_PADDING = 5;

export function newParagraph(text = '', style: Partial<ParagraphStyle> = {}, textStyle: TextStyle = {}): ParagraphModel {
  return {
    kind: 'paragraph',
    style: { heading: 'NORMAL', ...style },
    markStyle: { ...textStyle },
    inlines: text === '' ? [] : [{ kind: 'text', text, style: { ...textStyle } }],
  };
}

export function newSection(kind: SectionKind): SectionModel {
  return { kind, children: [newParagraph()] };
}

export function newCell(text = ''): TableCellModel {
  return { kind: 'tableCell', style: {}, children: [newParagraph(text)] };
}

/** A table as DocumentApp's appendTable(cells) builds it (1 pt black borders, equal columns). */
export function newTable(cells: readonly (readonly string[])[]): TableModel {
  const columns = cells.reduce((max, row) => Math.max(max, row.length), 0);
  return {
    kind: 'table',
    borderWidth: 1,
    borderColor: '#000000',
    columnWidths: Array.from({ length: columns }, () => null),
    rows: cells.map((row) => ({
      kind: 'tableRow',
      cells: Array.from({ length: columns }, (_, c) => newCell(row[c] ?? '')),
    })),
  };
}

/** A new document as DocumentApp.create makes it: one empty paragraph, 1-inch margins. */
export function newDocumentModel(id: string, name: string, pageSize: { width: number; height: number } = A4): DocumentModel {
  return {
    id,
    name,
    page: {
      width: pageSize.width, height: pageSize.height,
      marginTop: 72, marginBottom: 72, marginLeft: 72, marginRight: 72, marginHeader: 36, marginFooter: 36,
    },
    body: newSection('body'),
    header: null,
    footer: null,
    useFirstPageHeaderFooter: false,
    firstPageHeader: null,
    firstPageFooter: null,
  };
}

/** A deep copy of a node (what Element.copy() returns: detached, same content and attributes). */
export function cloneNode<T extends DocNode | InlineModel>(node: T): T {
  return structuredClone(node);
}

/** The text of a paragraph's text runs (other inline elements contribute nothing). */
export function paragraphText(p: ParagraphModel): string {
  let out = '';
  for (const inline of p.inlines) if (inline.kind === 'text') out += inline.text;
  return out;
}

/** Every paragraph under a node, in document order. */
export function paragraphsOf(node: DocNode): ParagraphModel[] {
  const out: ParagraphModel[] = [];
  const walk = (n: DocNode): void => {
    switch (n.kind) {
      case 'paragraph': out.push(n); break;
      case 'table': n.rows.forEach(walk); break;
      case 'tableRow': n.cells.forEach(walk); break;
      default: n.children.forEach(walk); break;
    }
  };
  walk(node);
  return out;
}

/** The children of a container node (blocks, rows or cells). */
export function childrenOf(node: DocNode): DocNode[] {
  switch (node.kind) {
    case 'paragraph': return [];
    case 'table': return node.rows;
    case 'tableRow': return node.cells;
    default: return node.children;
  }
}

/** The text of a node as Apps Script's getText() gives it: paragraphs joined by '\n'. */
export function nodeText(node: DocNode): string {
  return paragraphsOf(node).map(paragraphText).join('\n');
}

/** Width available to text on a page, points. */
export function textWidth(page: PageModel): number {
  return page.width - page.marginLeft - page.marginRight;
}
