/**
 * Writes a DocumentModel (what the emulated DocumentApp built) as a .docx file with the
 * `docx` package, keeping what the official formats care about: page size and orientation,
 * margins, fonts and sizes, bold/italic/underline, alignment, indents, spacing and line
 * spacing, paragraph borders (the rules under headings), tables with their column widths,
 * borders (width 0 = none), cell padding, shading and vertical alignment, page breaks,
 * headers and footers with a page-number field, a first page without the header.
 *
 * Units: the model is in points; Word wants twips (1/20 pt) for lengths, half-points for
 * font sizes and eighths of a point for border widths. What the model leaves unset falls back
 * to Google Docs' defaults (Arial 11 pt, line spacing 1.15, no paragraph spacing), so the
 * file looks like the Doc would.
 */
import {
  AlignmentType, BorderStyle, Document, ExternalHyperlink, Footer, Header, HeightRule, LineRuleType, Packer, PageBreak,
  PageNumber, PageOrientation, Paragraph, ShadingType, Table, TableCell, TableLayoutType, TableRow, TextRun, UnderlineType,
  VerticalAlignTable, WidthType, type IBorderOptions, type IParagraphOptions, type IRunOptions, type ParagraphChild,
} from 'docx';
import {
  DEFAULT_CELL_PADDING, DOCS_DEFAULT_TEXT, textWidth, type AlignmentName, type BlockModel, type BorderModel,
  type DocumentModel, type HeadingName, type InlineModel, type ParagraphModel, type SectionModel, type TableModel, type TextStyle,
} from '../emulator/document-model';

/** Points to twips (1/20 pt). */
export const twips = (points: number): number => Math.round(points * 20);
/** Points to half-points (docx `w:sz` of fonts). */
export const halfPoints = (points: number): number => Math.round(points * 2);
/** Points to eighths of a point (docx `w:sz` of borders); at least 2, Word's thinnest. */
export const eighths = (points: number): number => Math.max(2, Math.round(points * 8));

export interface ExportOptions {
  /** Document title in the file's properties (default: the document's name). */
  title?: string;
  creator?: string;
}

const ALIGNMENT: Record<AlignmentName, (typeof AlignmentType)[keyof typeof AlignmentType]> = {
  LEFT: AlignmentType.LEFT, CENTER: AlignmentType.CENTER, RIGHT: AlignmentType.RIGHT, JUSTIFY: AlignmentType.JUSTIFIED,
};

/** Google Docs' named styles, for text a heading paragraph does not style itself. */
const HEADING_TEXT: Record<HeadingName, TextStyle> = {
  NORMAL: {}, TITLE: { fontSize: 26 }, SUBTITLE: { fontSize: 15, foregroundColor: '#666666' }, HEADING1: { fontSize: 20 },
  HEADING2: { fontSize: 16 }, HEADING3: { fontSize: 14, foregroundColor: '#434343' }, HEADING4: { fontSize: 12, foregroundColor: '#666666' },
  HEADING5: { fontSize: 11, foregroundColor: '#666666' }, HEADING6: { fontSize: 11, italic: true, foregroundColor: '#666666' },
};

function hex(colour: string): string {
  return colour.replace('#', '').toUpperCase();
}

function runOptions(style: TextStyle, heading: HeadingName): IRunOptions {
  const s = { ...HEADING_TEXT[heading], ...style };
  return {
    ...(s.fontFamily !== undefined ? { font: s.fontFamily } : {}),
    ...(s.fontSize !== undefined ? { size: halfPoints(s.fontSize) } : {}),
    ...(s.bold !== undefined ? { bold: s.bold } : {}),
    ...(s.italic !== undefined ? { italics: s.italic } : {}),
    ...(s.underline === true ? { underline: { type: UnderlineType.SINGLE } } : {}),
    ...(s.strikethrough !== undefined ? { strike: s.strikethrough } : {}),
    ...(s.foregroundColor !== undefined ? { color: hex(s.foregroundColor) } : {}),
    ...(s.backgroundColor !== undefined ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill: hex(s.backgroundColor) } } : {}),
  };
}

function border(b: BorderModel | undefined): IBorderOptions | undefined {
  if (b === undefined || b.width <= 0) return undefined;
  const style = b.dashStyle === 'DOT' ? BorderStyle.DOTTED : b.dashStyle === 'DASH' ? BorderStyle.DASHED : BorderStyle.SINGLE;
  return { style, size: eighths(b.width), color: hex(b.color), space: Math.round(b.padding) };
}

/** The runs of a paragraph; '\r' (a line break inside the paragraph) becomes a Word line break. */
function inlineChildren(inlines: readonly InlineModel[], heading: HeadingName): ParagraphChild[] {
  const out: ParagraphChild[] = [];
  for (const inline of inlines) {
    switch (inline.kind) {
      case 'text': {
        const options = runOptions(inline.style, heading);
        const runs = inline.text.split('\r').map((part, i) => new TextRun({ ...options, text: part, ...(i > 0 ? { break: 1 } : {}) }));
        if (inline.style.linkUrl !== undefined) out.push(new ExternalHyperlink({ link: inline.style.linkUrl, children: runs }));
        else out.push(...runs);
        break;
      }
      case 'pageBreak':
        out.push(new PageBreak());
        break;
      case 'autoText':
        out.push(new TextRun({ ...runOptions(inline.style, heading), children: [inline.autoTextType === 'PAGE_NUMBER' ? PageNumber.CURRENT : PageNumber.TOTAL_PAGES] }));
        break;
      case 'horizontalRule':
        break;
    }
  }
  return out;
}

function paragraph(p: ParagraphModel): Paragraph {
  const s = p.style;
  const first = s.indentFirstLine;
  const hasRule = p.inlines.some((i) => i.kind === 'horizontalRule');
  const bottom = border(s.borderBottom) ?? (hasRule ? { style: BorderStyle.SINGLE, size: 6, color: 'A0A0A0', space: 1 } : undefined);
  const borders = {
    ...(border(s.borderTop) !== undefined ? { top: border(s.borderTop) } : {}),
    ...(bottom !== undefined ? { bottom } : {}),
    ...(border(s.borderLeft) !== undefined ? { left: border(s.borderLeft) } : {}),
    ...(border(s.borderRight) !== undefined ? { right: border(s.borderRight) } : {}),
  };
  const options: IParagraphOptions = {
    ...(s.alignment !== undefined ? { alignment: ALIGNMENT[s.alignment] } : {}),
    indent: {
      left: twips(s.indentStart ?? 0),
      right: twips(s.indentEnd ?? 0),
      ...(first !== undefined && first > 0 ? { firstLine: twips(first) } : {}),
      ...(first !== undefined && first < 0 ? { hanging: twips(-first) } : {}),
    },
    spacing: {
      before: twips(s.spacingBefore ?? 0),
      after: twips(s.spacingAfter ?? 0),
      line: Math.round(240 * (s.lineSpacing ?? DOCS_DEFAULT_TEXT.lineSpacing)),
      lineRule: LineRuleType.AUTO,
    },
    ...(Object.keys(borders).length > 0 ? { border: borders } : {}),
    ...(s.leftToRight === false ? { bidirectional: true } : {}),
    run: runOptions(p.markStyle, s.heading),
    children: inlineChildren(p.inlines, s.heading),
  };
  return new Paragraph(options);
}

/** Column widths in points: set ones as given, the others share what is left of `available`. */
export function resolveColumnWidths(table: TableModel, available: number): number[] {
  const columns = table.rows.reduce((max, row) => Math.max(max, row.cells.length), 0);
  const widths = Array.from({ length: columns }, (_, c) => table.columnWidths[c] ?? null);
  const fixed = widths.reduce<number>((sum, w) => sum + (w ?? 0), 0);
  const free = widths.filter((w) => w === null).length;
  const share = free === 0 ? 0 : Math.max(18, (available - fixed) / free);
  return widths.map((w) => w ?? share);
}

function table(t: TableModel, available: number): Table | null {
  if (t.rows.length === 0) return null;
  const widths = resolveColumnWidths(t, available);
  const line: IBorderOptions = t.borderWidth <= 0
    ? { style: BorderStyle.NONE, size: 0, color: 'auto' }
    : { style: BorderStyle.SINGLE, size: eighths(t.borderWidth), color: hex(t.borderColor) };
  const rows = t.rows.map((row) => {
    const cells = widths.map((width, c) => {
      const cell = row.cells[c];
      const style = cell?.style ?? {};
      const pad = {
        top: style.paddingTop ?? DEFAULT_CELL_PADDING, bottom: style.paddingBottom ?? DEFAULT_CELL_PADDING,
        left: style.paddingLeft ?? DEFAULT_CELL_PADDING, right: style.paddingRight ?? DEFAULT_CELL_PADDING,
      };
      const valign = style.verticalAlignment === 'CENTER' ? VerticalAlignTable.CENTER
        : style.verticalAlignment === 'BOTTOM' ? VerticalAlignTable.BOTTOM : VerticalAlignTable.TOP;
      const children = cell === undefined ? [new Paragraph({})] : blocks(cell.children, width - pad.left - pad.right);
      return new TableCell({
        width: { size: twips(width), type: WidthType.DXA },
        margins: { top: twips(pad.top), bottom: twips(pad.bottom), left: twips(pad.left), right: twips(pad.right), marginUnitType: WidthType.DXA },
        verticalAlign: valign,
        ...(style.backgroundColor !== undefined ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill: hex(style.backgroundColor) } } : {}),
        children: children.length === 0 ? [new Paragraph({})] : children,
      });
    });
    return new TableRow({
      children: cells,
      ...(row.minimumHeight !== undefined && row.minimumHeight > 0 ? { height: { value: twips(row.minimumHeight), rule: HeightRule.ATLEAST } } : {}),
    });
  });
  return new Table({
    rows,
    width: { size: twips(widths.reduce((a, b) => a + b, 0)), type: WidthType.DXA },
    columnWidths: widths.map(twips),
    layout: TableLayoutType.FIXED,
    borders: { top: line, bottom: line, left: line, right: line, insideHorizontal: line, insideVertical: line },
  });
}

/** Paragraphs and tables of a section or cell; `available` is the width they may use, points. */
function blocks(children: readonly BlockModel[], available: number): Array<Paragraph | Table> {
  const out: Array<Paragraph | Table> = [];
  for (const block of children) {
    if (block.kind === 'paragraph') out.push(paragraph(block));
    else {
      const t = table(block, available);
      if (t !== null) out.push(t);
    }
  }
  return out;
}

function section(s: SectionModel | null, available: number): Array<Paragraph | Table> {
  if (s === null) return [new Paragraph({})];
  const out = blocks(s.children, available);
  return out.length === 0 ? [new Paragraph({})] : out;
}

/** The .docx bytes of a document. */
export async function exportDocx(doc: DocumentModel, options: ExportOptions = {}): Promise<Buffer> {
  const page = doc.page;
  const landscape = page.width > page.height;
  const available = textWidth(page);
  const headers = {
    ...(doc.header !== null ? { default: new Header({ children: section(doc.header, available) }) } : {}),
    ...(doc.useFirstPageHeaderFooter ? { first: new Header({ children: section(doc.firstPageHeader, available) }) } : {}),
  };
  const footers = {
    ...(doc.footer !== null ? { default: new Footer({ children: section(doc.footer, available) }) } : {}),
    ...(doc.useFirstPageHeaderFooter ? { first: new Footer({ children: section(doc.firstPageFooter, available) }) } : {}),
  };
  const file = new Document({
    title: options.title ?? doc.name,
    creator: options.creator ?? 'Thi đua',
    styles: {
      default: {
        document: {
          run: { font: DOCS_DEFAULT_TEXT.fontFamily, size: halfPoints(DOCS_DEFAULT_TEXT.fontSize), language: { value: 'vi-VN' } },
          paragraph: { spacing: { before: 0, after: 0, line: Math.round(240 * DOCS_DEFAULT_TEXT.lineSpacing), lineRule: LineRuleType.AUTO } },
        },
      },
    },
    sections: [{
      properties: {
        titlePage: doc.useFirstPageHeaderFooter,
        page: {
          // docx swaps width and height for landscape: it takes the portrait size and the orientation.
          size: {
            width: twips(landscape ? page.height : page.width),
            height: twips(landscape ? page.width : page.height),
            orientation: landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT,
          },
          margin: {
            top: twips(page.marginTop), bottom: twips(page.marginBottom), left: twips(page.marginLeft), right: twips(page.marginRight),
            header: twips(page.marginHeader), footer: twips(page.marginFooter),
          },
        },
      },
      headers,
      footers,
      children: section(doc.body, available),
    }],
  });
  return Packer.toBuffer(file);
}
