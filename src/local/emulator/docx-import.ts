/**
 * Drive's import of a .docx into a Google Doc, as the emulation's DocumentModel, so that
 * DocumentApp and `Docs.Documents.get` read what Google would build: paragraphs (alignment,
 * indents, spacing, line spacing, bottom border, keep with next) with their runs (font, size,
 * bold, italic, underline, line breaks, tabs, page breaks), tables (column widths, borders,
 * cell padding, shading, vertical alignment, merged cells, header rows, rows that do not
 * split), the page (size and margins of the first section), section breaks where the
 * orientation changes, the default and first-page headers and footers, "different first
 * page", and a PAGE field as a page-number element.
 *
 * Approximated: paragraph and character styles (`pStyle`, `rStyle`) are not resolved — only
 * the document defaults of styles.xml and the direct formatting — and every run gets its
 * resolved font and size written explicitly; numbering (lists), images, text boxes, fields
 * other than PAGE and NUMPAGES, vertical merges and per-section headers are dropped; a later
 * section's own margins are ignored (Docs keeps one page geometry, sections may flip it).
 * A package that is not a zip or lacks `word/document.xml` throws DocxImportError.
 */
import {
  newSection, type AlignmentName, type BlockModel, type CellStyle, type DocumentModel, type InlineModel, type ParagraphModel,
  type ParagraphStyle, type SectionKind, type SectionModel, type TableModel, type TableRowModel, type TextStyle,
} from './document-model';
import { child, elements, ownText, parseXml, XmlError, type XmlElement } from './xml-tree';
import { readZip, ZipError } from './zip-archive';

export class DocxImportError extends Error {}

const twipsToPt = (v: string | undefined): number | undefined => (v === undefined || v === '' ? undefined : Number(v) / 20);
const on = (e: XmlElement | undefined): boolean | undefined => {
  if (e === undefined) return undefined;
  const v = e.attrs['w:val'];
  return !(v === '0' || v === 'false' || v === 'none' || v === 'off');
};

const JC: Record<string, AlignmentName> = {
  left: 'LEFT', start: 'LEFT', center: 'CENTER', right: 'RIGHT', end: 'RIGHT', both: 'JUSTIFY', distribute: 'JUSTIFY',
};

interface Defaults {
  text: TextStyle;
}

function textStyle(rPr: XmlElement | undefined, base: TextStyle): TextStyle {
  const style: TextStyle = { ...base };
  if (rPr === undefined) return style;
  const fonts = child(rPr, 'w:rFonts');
  const font = fonts?.attrs['w:ascii'] ?? fonts?.attrs['w:hAnsi'];
  if (font) style.fontFamily = font;
  const size = child(rPr, 'w:sz')?.attrs['w:val'];
  if (size) style.fontSize = Number(size) / 2;
  const b = on(child(rPr, 'w:b'));
  if (b !== undefined) style.bold = b;
  const i = on(child(rPr, 'w:i'));
  if (i !== undefined) style.italic = i;
  const u = child(rPr, 'w:u');
  if (u !== undefined) style.underline = u.attrs['w:val'] !== 'none' && u.attrs['w:val'] !== '0';
  const strike = on(child(rPr, 'w:strike'));
  if (strike !== undefined) style.strikethrough = strike;
  const color = child(rPr, 'w:color')?.attrs['w:val'];
  if (color && /^[0-9a-fA-F]{6}$/.test(color)) style.foregroundColor = `#${color.toLowerCase()}`;
  return style;
}

function paragraphStyle(pPr: XmlElement | undefined): ParagraphStyle {
  const style: ParagraphStyle = { heading: 'NORMAL', alignment: 'LEFT' };
  if (pPr === undefined) return style;
  const jc = child(pPr, 'w:jc')?.attrs['w:val'];
  if (jc && JC[jc]) style.alignment = JC[jc];
  const spacing = child(pPr, 'w:spacing');
  if (spacing) {
    const before = twipsToPt(spacing.attrs['w:before']);
    const after = twipsToPt(spacing.attrs['w:after']);
    if (before !== undefined) style.spacingBefore = before;
    if (after !== undefined) style.spacingAfter = after;
    const line = spacing.attrs['w:line'];
    if (line && (spacing.attrs['w:lineRule'] ?? 'auto') === 'auto') style.lineSpacing = Number(line) / 240;
  }
  const ind = child(pPr, 'w:ind');
  if (ind) {
    const left = twipsToPt(ind.attrs['w:left'] ?? ind.attrs['w:start']);
    const right = twipsToPt(ind.attrs['w:right'] ?? ind.attrs['w:end']);
    const first = twipsToPt(ind.attrs['w:firstLine']);
    const hanging = twipsToPt(ind.attrs['w:hanging']);
    if (left !== undefined) style.indentStart = left;
    if (right !== undefined) style.indentEnd = right;
    if (first !== undefined) style.indentFirstLine = first;
    else if (hanging !== undefined) style.indentFirstLine = -hanging;
  }
  const bottom = child(child(pPr, 'w:pBdr'), 'w:bottom');
  if (bottom && bottom.attrs['w:val'] !== 'nil' && bottom.attrs['w:val'] !== 'none') {
    const color = bottom.attrs['w:color'];
    style.borderBottom = {
      width: Number(bottom.attrs['w:sz'] ?? 4) / 8, padding: Number(bottom.attrs['w:space'] ?? 0),
      color: color && /^[0-9a-fA-F]{6}$/.test(color) ? `#${color.toLowerCase()}` : '#000000',
      dashStyle: bottom.attrs['w:val'] === 'dotted' ? 'DOT' : bottom.attrs['w:val'] === 'dashed' ? 'DASH' : 'SOLID',
    };
  }
  if (on(child(pPr, 'w:keepNext'))) style.keepWithNext = true;
  return style;
}

/** Fills the text style's unset attributes, as Docs shows imported text: every attribute resolved. */
function resolved(style: TextStyle, defaults: Defaults): TextStyle {
  return { bold: false, italic: false, underline: false, ...defaults.text, ...style };
}

function paragraph(p: XmlElement, defaults: Defaults): ParagraphModel {
  const pPr = child(p, 'w:pPr');
  const mark = resolved(textStyle(child(pPr, 'w:rPr'), {}), defaults);
  const inlines: InlineModel[] = [];
  let field: 'none' | 'instruction' | 'result' = 'none';
  let instruction = '';
  const addText = (text: string, style: TextStyle): void => {
    const last = inlines[inlines.length - 1];
    if (last?.kind === 'text' && JSON.stringify(last.style) === JSON.stringify(style)) last.text += text;
    else inlines.push({ kind: 'text', text, style });
  };
  const runsOf = (node: XmlElement): XmlElement[] => elements(node).flatMap((e) => {
    if (e.name === 'w:r') return [e];
    if (e.name === 'w:hyperlink' || e.name === 'w:ins' || e.name === 'w:smartTag' || e.name === 'w:sdt' || e.name === 'w:sdtContent') return runsOf(e);
    if (e.name === 'w:fldSimple') {
      const type = /\bNUMPAGES\b/.test(e.attrs['w:instr'] ?? '') ? 'PAGE_COUNT' : /\bPAGE\b/.test(e.attrs['w:instr'] ?? '') ? 'PAGE_NUMBER' : undefined;
      if (type) {
        const rPr = child(elements(e, 'w:r')[0], 'w:rPr');
        inlines.push({ kind: 'autoText', autoTextType: type, style: resolved(textStyle(rPr, {}), defaults) });
        return [];
      }
      return runsOf(e);
    }
    return [];
  });
  for (const r of runsOf(p)) {
    const style = resolved(textStyle(child(r, 'w:rPr'), {}), defaults);
    for (const e of elements(r)) {
      switch (e.name) {
        case 'w:fldChar': {
          const type = e.attrs['w:fldCharType'];
          if (type === 'begin') { field = 'instruction'; instruction = ''; }
          else if (type === 'separate' || (type === 'end' && field === 'instruction')) {
            const auto = /\bNUMPAGES\b/.test(instruction) ? 'PAGE_COUNT' : /\bPAGE\b/.test(instruction) ? 'PAGE_NUMBER' : undefined;
            if (auto) inlines.push({ kind: 'autoText', autoTextType: auto, style });
            field = type === 'separate' ? 'result' : 'none';
          } else if (type === 'end') field = 'none';
          break;
        }
        case 'w:instrText': if (field === 'instruction') instruction += ownText(e); break;
        case 'w:t': if (field === 'none') addText(ownText(e), style); break;
        case 'w:tab': if (field === 'none') addText('\t', style); break;
        case 'w:br': if (field === 'none') {
          if (e.attrs['w:type'] === 'page') inlines.push({ kind: 'pageBreak' });
          else addText('\r', style);
        } break;
        default: break;
      }
    }
  }
  return { kind: 'paragraph', style: paragraphStyle(pPr), markStyle: mark, inlines };
}

function cellMargins(mar: XmlElement | undefined, into: CellStyle): void {
  if (mar === undefined) return;
  const read = (side: string, key: 'paddingTop' | 'paddingBottom' | 'paddingLeft' | 'paddingRight'): void => {
    const e = child(mar, side);
    if (e !== undefined) into[key] = Number(e.attrs['w:w'] ?? 0) / 20;
  };
  read('w:top', 'paddingTop');
  read('w:bottom', 'paddingBottom');
  read('w:left', 'paddingLeft');
  read('w:start', 'paddingLeft');
  read('w:right', 'paddingRight');
  read('w:end', 'paddingRight');
}

function table(tbl: XmlElement, defaults: Defaults): TableModel {
  const tblPr = child(tbl, 'w:tblPr');
  const widths = elements(child(tbl, 'w:tblGrid') ?? { name: '', attrs: {}, children: [] }, 'w:gridCol').map((g) => Number(g.attrs['w:w'] ?? 0) / 20);
  const borders = child(tblPr, 'w:tblBorders');
  const sizes = borders === undefined ? [4] : elements(borders)
    .filter((b) => b.attrs['w:val'] !== 'nil' && b.attrs['w:val'] !== 'none').map((b) => Number(b.attrs['w:sz'] ?? 4));
  const base: CellStyle = {};
  cellMargins(child(tblPr, 'w:tblCellMar'), base);
  const rows: TableRowModel[] = elements(tbl, 'w:tr').map((tr) => {
    const trPr = child(tr, 'w:trPr');
    const row: TableRowModel = { kind: 'tableRow', cells: [] };
    if (on(child(trPr, 'w:tblHeader'))) row.tableHeader = true;
    if (on(child(trPr, 'w:cantSplit'))) row.preventOverflow = true;
    const height = child(trPr, 'w:trHeight')?.attrs['w:val'];
    if (height) row.minimumHeight = Number(height) / 20;
    for (const tc of elements(tr, 'w:tc')) {
      const tcPr = child(tc, 'w:tcPr');
      const style: CellStyle = { ...base };
      cellMargins(child(tcPr, 'w:tcMar'), style);
      const fill = child(tcPr, 'w:shd')?.attrs['w:fill'];
      if (fill && /^[0-9a-fA-F]{6}$/.test(fill)) style.backgroundColor = `#${fill.toLowerCase()}`;
      const v = child(tcPr, 'w:vAlign')?.attrs['w:val'];
      if (v === 'center' || v === 'bottom' || v === 'top') style.verticalAlignment = v === 'center' ? 'CENTER' : v === 'bottom' ? 'BOTTOM' : 'TOP';
      const span = Number(child(tcPr, 'w:gridSpan')?.attrs['w:val'] ?? 1);
      if (span > 1) style.columnSpan = span;
      const children = blocks(tc, defaults);
      row.cells.push({ kind: 'tableCell', style, children: children.length ? children : [emptyParagraph(defaults)] });
      // Docs keeps the cells a merge covers (empty), so every row has one cell per column.
      for (let k = 1; k < span; k++) row.cells.push({ kind: 'tableCell', style: { ...base }, children: [emptyParagraph(defaults)] });
    }
    return row;
  });
  return {
    kind: 'table', borderWidth: sizes.length ? Math.max(...sizes) / 8 : 0, borderColor: '#000000',
    columnWidths: widths.length ? widths : [null], rows,
  };
}

function emptyParagraph(defaults: Defaults): ParagraphModel {
  return { kind: 'paragraph', style: { heading: 'NORMAL', alignment: 'LEFT' }, markStyle: resolved({}, defaults), inlines: [] };
}

/** The blocks of a container (body, cell, header), with the `sectPr` each paragraph carries. */
function blocks(container: XmlElement, defaults: Defaults, sectPrs?: Array<{ after: ParagraphModel | null; sectPr: XmlElement }>): BlockModel[] {
  const out: BlockModel[] = [];
  for (const e of elements(container)) {
    if (e.name === 'w:p') {
      const p = paragraph(e, defaults);
      out.push(p);
      const sectPr = child(child(e, 'w:pPr'), 'w:sectPr');
      if (sectPr && sectPrs) sectPrs.push({ after: p, sectPr });
    } else if (e.name === 'w:tbl') out.push(table(e, defaults));
    else if (e.name === 'w:sdt') out.push(...blocks(child(e, 'w:sdtContent') ?? e, defaults, sectPrs));
    else if (e.name === 'w:sectPr' && sectPrs) sectPrs.push({ after: null, sectPr: e });
  }
  return out;
}

function landscapeOf(sectPr: XmlElement): boolean {
  const size = child(sectPr, 'w:pgSz');
  if (size?.attrs['w:orient'] === 'landscape') return true;
  return Number(size?.attrs['w:w'] ?? 0) > Number(size?.attrs['w:h'] ?? 0);
}

/**
 * The model of a .docx, with the id and name Drive gives the new Google Doc. Throws
 * DocxImportError when the bytes are not a readable .docx.
 */
export function importDocx(bytes: Buffer, id: string, name: string): DocumentModel {
  let parts: Map<string, string>;
  try {
    parts = new Map(readZip(bytes).map((e) => [e.name.replace(/^\//, ''), e.data.toString('utf8')]));
  } catch (error) {
    if (error instanceof ZipError) throw new DocxImportError(error.message);
    throw error;
  }
  const xml = (path: string): XmlElement | undefined => {
    const text = parts.get(path);
    if (text === undefined) return undefined;
    try {
      return parseXml(text);
    } catch (error) {
      if (error instanceof XmlError) throw new DocxImportError(`${path}: ${error.message}`);
      throw error;
    }
  };
  const document = xml('word/document.xml');
  const body = child(document, 'w:body');
  if (body === undefined) throw new DocxImportError('no word/document.xml body');
  const rPrDefault = child(child(child(xml('word/styles.xml'), 'w:docDefaults'), 'w:rPrDefault'), 'w:rPr');
  // Docs' own defaults (Arial 11) when the package sets none.
  const defaults: Defaults = { text: { fontFamily: 'Arial', fontSize: 11, ...textStyle(rPrDefault, {}) } };

  const sectPrs: Array<{ after: ParagraphModel | null; sectPr: XmlElement }> = [];
  const content = blocks(body, defaults, sectPrs);
  const first = sectPrs[0]?.sectPr;
  const firstLandscape = first ? landscapeOf(first) : false;
  for (const { after, sectPr } of sectPrs.slice(0, -1)) {
    // The break after `after` starts the next section: its orientation is the next sectPr's.
    const next = sectPrs[sectPrs.findIndex((s) => s.sectPr === sectPr) + 1]!;
    if (after) after.sectionBreakAfter = { flipPageOrientation: landscapeOf(next.sectPr) !== firstLandscape };
  }
  const size = child(first, 'w:pgSz');
  const margin = child(first, 'w:pgMar');
  const pt = (v: string | undefined, fallback: number): number => (v === undefined ? fallback : Number(v) / 20);
  const [w, h] = [pt(size?.attrs['w:w'], 595.276), pt(size?.attrs['w:h'], 841.89)];
  const page = {
    width: Math.min(w, h), height: Math.max(w, h),
    marginTop: pt(margin?.attrs['w:top'], 72), marginBottom: pt(margin?.attrs['w:bottom'], 72),
    marginLeft: pt(margin?.attrs['w:left'], 72), marginRight: pt(margin?.attrs['w:right'], 72),
    marginHeader: pt(margin?.attrs['w:header'], 36), marginFooter: pt(margin?.attrs['w:footer'], 36),
  };
  if (firstLandscape) [page.width, page.height] = [page.height, page.width];

  const rels = new Map<string, string>();
  for (const rel of elements(xml('word/_rels/document.xml.rels') ?? { name: '', attrs: {}, children: [] }, 'Relationship')) {
    rels.set(rel.attrs.Id ?? '', `word/${(rel.attrs.Target ?? '').replace(/^\/?word\//, '')}`);
  }
  const section = (ref: XmlElement | undefined, kind: SectionKind, tag: string): SectionModel | null => {
    const target = ref ? rels.get(ref.attrs['r:id'] ?? '') : undefined;
    const root = target ? xml(target) : undefined;
    if (root === undefined || root.name !== tag) return null;
    const children = blocks(root, defaults);
    const made = newSection(kind);
    if (children.length) made.children = children;
    return made;
  };
  const ref = (tag: string, type: string): XmlElement | undefined => (first ? elements(first, tag).find((r) => (r.attrs['w:type'] ?? 'default') === type) : undefined);
  const titlePg = on(child(first, 'w:titlePg')) === true;
  return {
    id, name, page,
    body: { kind: 'body', children: content.length ? content : [emptyParagraph(defaults)] },
    header: section(ref('w:headerReference', 'default'), 'header', 'w:hdr'),
    footer: section(ref('w:footerReference', 'default'), 'footer', 'w:ftr'),
    useFirstPageHeaderFooter: titlePg,
    firstPageHeader: titlePg ? section(ref('w:headerReference', 'first'), 'firstPageHeader', 'w:hdr') : null,
    firstPageFooter: titlePg ? section(ref('w:footerReference', 'first'), 'firstPageFooter', 'w:ftr') : null,
  };
}
