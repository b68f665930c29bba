/**
 * The Docs advanced service (Google Docs API v1, `Docs.Documents.get/batchUpdate`), the part a
 * renderer needs for what DocumentApp cannot do: paragraph borders (the official formats
 * draw their rules as a bottom border on a paragraph), a first page without the header
 * (page numbers start on page 2), and text/paragraph styles by index range. Enabled by the
 * manifest (`serviceId: 'docs'`, `version: 'v1'`); it works on the same DocumentModel as
 * DocumentApp and needs the `documents` (or `drive`) scope.
 *
 * Indices follow the Docs API's structure: the body starts with a section break [0, 1); a
 * paragraph spans its text plus one index per inline element and one for its newline; a
 * table takes one index at its start, one per row and cell start, its cells' content, and
 * one at its end. A script reads them from documents.get and sends ranges back; the
 * emulation agrees with itself exactly and with Google's layout as far as it is documented.
 * Inserting or deleting content by index is not emulated (use DocumentApp for that).
 * A document imported from a .docx also shows its section breaks (`flipPageOrientation`),
 * `keepWithNext`, table header rows, rows that do not split and merged cells (`columnSpan`).
 * Every request and its arguments are checked against the Docs v1 discovery document first
 * (discovery-check.ts): an unknown field, a bad enum value or a wrong type is Google's 400.
 */
import type {
  AlignmentName, BorderModel, DocNode, DocumentModel, HeadingName, ParagraphModel, ParagraphStyle, SectionModel, TableModel,
  TextStyle,
} from './document-model';
import { A4, LETTER, newDocumentModel, newSection } from './document-model';
import { mergeStyle, normalizeParagraph, replaceInParagraph } from './document-text';
import { adoptSection, indexDocument } from './document-tree';
import { DOCUMENT_MIME, driveOf, findFile, nextDriveId } from './drive-model';
import type { Env } from './env';
import { Emulated, ENV, instrument } from './instrument';
import { notEmulated } from './messages';
import { SCOPE } from './scopes';
import { checkBody, checkParameters } from './discovery-check';

const HEADER_ID = 'kix.header-default';
const FOOTER_ID = 'kix.footer-default';
const FIRST_HEADER_ID = 'kix.header-first';
const FIRST_FOOTER_ID = 'kix.footer-first';

function apiError(env: Env, method: string, code: number, message: string): Error {
  const error = env.exception(`API call to docs.documents.${method} failed with error: ${message}`);
  error.name = 'GoogleJsonResponseException';
  Object.defineProperty(error, 'details', { value: env.realm.plain({ code, message }), enumerable: false });
  return error;
}

function authorized(env: Env, method: string): void {
  const declared = env.manifest.oauthScopes;
  if (declared === undefined) return;
  if (declared.includes(SCOPE.documents) || declared.includes(SCOPE.drive)) return;
  throw apiError(env, method, 403, 'Request had insufficient authentication scopes.');
}

function documentById(env: Env, id: unknown, method: string): DocumentModel {
  if (typeof id !== 'string') throw apiError(env, method, 400, 'Required');
  const file = findFile(driveOf(env), id);
  if (file === undefined || file.document === undefined) throw apiError(env, method, 404, 'Requested entity was not found.');
  indexDocument(file.document);
  return file.document;
}

// ------------------------------------------------------------------------------ layout (indices)

interface ParaSpan {
  para: ParagraphModel;
  start: number;
  end: number;
}

const dim = (magnitude: number): { magnitude: number; unit: string } => ({ magnitude, unit: 'PT' });

function rgb(hex: string): { color: { rgbColor: { red: number; green: number; blue: number } } } {
  const n = Number.parseInt(hex.slice(1), 16);
  return { color: { rgbColor: { red: ((n >> 16) & 255) / 255, green: ((n >> 8) & 255) / 255, blue: (n & 255) / 255 } } };
}

function hexOf(colour: unknown): string | undefined {
  const c = (colour as { color?: { rgbColor?: { red?: number; green?: number; blue?: number } } } | undefined)?.color?.rgbColor;
  if (c === undefined) return undefined;
  const part = (v: number | undefined): string => Math.round((v ?? 0) * 255).toString(16).padStart(2, '0');
  return `#${part(c.red)}${part(c.green)}${part(c.blue)}`;
}

const ALIGN_TO_API: Record<AlignmentName, string> = { LEFT: 'START', CENTER: 'CENTER', RIGHT: 'END', JUSTIFY: 'JUSTIFIED' };
const ALIGN_FROM_API: Record<string, AlignmentName> = { START: 'LEFT', CENTER: 'CENTER', END: 'RIGHT', JUSTIFIED: 'JUSTIFY' };
const HEADING_TO_API: Record<HeadingName, string> = {
  NORMAL: 'NORMAL_TEXT', HEADING1: 'HEADING_1', HEADING2: 'HEADING_2', HEADING3: 'HEADING_3', HEADING4: 'HEADING_4',
  HEADING5: 'HEADING_5', HEADING6: 'HEADING_6', TITLE: 'TITLE', SUBTITLE: 'SUBTITLE',
};

function borderToApi(border: BorderModel): Record<string, unknown> {
  return { color: rgb(border.color), width: dim(border.width), padding: dim(border.padding), dashStyle: border.dashStyle };
}

function paragraphStyleToApi(style: ParagraphStyle): Record<string, unknown> {
  const out: Record<string, unknown> = { namedStyleType: HEADING_TO_API[style.heading] };
  if (style.alignment !== undefined) out.alignment = ALIGN_TO_API[style.alignment];
  if (style.indentStart !== undefined) out.indentStart = dim(style.indentStart);
  if (style.indentEnd !== undefined) out.indentEnd = dim(style.indentEnd);
  if (style.indentFirstLine !== undefined) out.indentFirstLine = dim((style.indentStart ?? 0) + style.indentFirstLine);
  if (style.spacingBefore !== undefined) out.spaceAbove = dim(style.spacingBefore);
  if (style.spacingAfter !== undefined) out.spaceBelow = dim(style.spacingAfter);
  if (style.lineSpacing !== undefined) out.lineSpacing = Math.round(style.lineSpacing * 100);
  for (const side of ['borderTop', 'borderBottom', 'borderLeft', 'borderRight'] as const) {
    const border = style[side];
    if (border !== undefined) out[side] = borderToApi(border);
  }
  if (style.keepWithNext !== undefined) out.keepWithNext = style.keepWithNext;
  return out;
}

function textStyleToApi(style: TextStyle): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (style.bold !== undefined) out.bold = style.bold;
  if (style.italic !== undefined) out.italic = style.italic;
  if (style.underline !== undefined) out.underline = style.underline;
  if (style.strikethrough !== undefined) out.strikethrough = style.strikethrough;
  if (style.fontSize !== undefined) out.fontSize = dim(style.fontSize);
  if (style.fontFamily !== undefined) out.weightedFontFamily = { fontFamily: style.fontFamily, weight: 400 };
  if (style.foregroundColor !== undefined) out.foregroundColor = rgb(style.foregroundColor);
  if (style.backgroundColor !== undefined) out.backgroundColor = rgb(style.backgroundColor);
  if (style.linkUrl !== undefined) out.link = { url: style.linkUrl };
  return out;
}

/** The structural elements of a section with their indices; `spans` collects every paragraph's range. */
function layoutSection(section: SectionModel, start: number, spans: ParaSpan[], withSectionBreak: boolean): { content: unknown[]; end: number } {
  const content: unknown[] = [];
  let index = start;
  if (withSectionBreak) {
    content.push({ endIndex: 1, sectionBreak: { sectionStyle: { columnSeparatorStyle: 'NONE', contentDirection: 'LEFT_TO_RIGHT', sectionType: 'CONTINUOUS' } } });
    index = 1;
  }
  for (const block of section.children) {
    const laid = layoutBlock(block, index, spans);
    content.push(laid.element);
    index = laid.end;
    if (block.kind === 'paragraph' && block.sectionBreakAfter) {
      content.push({
        startIndex: index, endIndex: index + 1,
        sectionBreak: { sectionStyle: { sectionType: 'NEXT_PAGE', flipPageOrientation: block.sectionBreakAfter.flipPageOrientation } },
      });
      index += 1;
    }
  }
  return { content, end: index };
}

function layoutBlock(block: ParagraphModel | TableModel, start: number, spans: ParaSpan[]): { element: unknown; end: number } {
  if (block.kind === 'paragraph') {
    let index = start;
    const elements: unknown[] = [];
    for (const inline of block.inlines) {
      if (inline.kind === 'text') {
        elements.push({ startIndex: index, endIndex: index + inline.text.length, textRun: { content: inline.text.replace(/\r/g, '\u000b'), textStyle: textStyleToApi(inline.style) } });
        index += inline.text.length;
      } else {
        const key = inline.kind === 'autoText' ? 'autoText' : inline.kind;
        elements.push({ startIndex: index, endIndex: index + 1, [key]: inline.kind === 'autoText' ? { type: inline.autoTextType, textStyle: textStyleToApi(inline.style) } : {} });
        index += 1;
      }
    }
    elements.push({ startIndex: index, endIndex: index + 1, textRun: { content: '\n', textStyle: textStyleToApi(block.markStyle) } });
    index += 1;
    spans.push({ para: block, start, end: index });
    return { element: { startIndex: start, endIndex: index, paragraph: { elements, paragraphStyle: paragraphStyleToApi(block.style) } }, end: index };
  }
  let index = start + 1;
  const tableRows: unknown[] = [];
  for (const row of block.rows) {
    const rowStart = index;
    index += 1;
    const tableCells: unknown[] = [];
    for (const cell of row.cells) {
      const cellStart = index;
      index += 1;
      const cellContent: unknown[] = [];
      for (const child of cell.children) {
        const laid = layoutBlock(child, index, spans);
        cellContent.push(laid.element);
        index = laid.end;
      }
      const cellStyle: Record<string, unknown> = { rowSpan: 1, columnSpan: cell.style.columnSpan ?? 1 };
      if (cell.style.backgroundColor !== undefined) cellStyle.backgroundColor = rgb(cell.style.backgroundColor);
      tableCells.push({ startIndex: cellStart, endIndex: index, content: cellContent, tableCellStyle: cellStyle });
    }
    const rowStyle: Record<string, unknown> = { minRowHeight: dim(row.minimumHeight ?? 0) };
    if (row.tableHeader) rowStyle.tableHeader = true;
    if (row.preventOverflow) rowStyle.preventOverflow = true;
    tableRows.push({ startIndex: rowStart, endIndex: index, tableCells, tableRowStyle: rowStyle });
  }
  index += 1;
  const columns = block.rows.reduce((max, r) => Math.max(max, r.cells.length), 0);
  return { element: { startIndex: start, endIndex: index, table: { rows: block.rows.length, columns, tableRows } }, end: index };
}

interface Segments {
  body: SectionModel;
  byId: Map<string, SectionModel>;
}

function segmentsOf(doc: DocumentModel): Segments {
  const byId = new Map<string, SectionModel>();
  if (doc.header !== null) byId.set(HEADER_ID, doc.header);
  if (doc.footer !== null) byId.set(FOOTER_ID, doc.footer);
  if (doc.firstPageHeader !== null) byId.set(FIRST_HEADER_ID, doc.firstPageHeader);
  if (doc.firstPageFooter !== null) byId.set(FIRST_FOOTER_ID, doc.firstPageFooter);
  return { body: doc.body, byId };
}

function documentResource(doc: DocumentModel): Record<string, unknown> {
  const segments = segmentsOf(doc);
  const body = layoutSection(doc.body, 0, [], true);
  const headers: Record<string, unknown> = {};
  const footers: Record<string, unknown> = {};
  for (const [id, section] of segments.byId) {
    const laid = layoutSection(section, 0, [], false);
    if (id.startsWith('kix.header')) headers[id] = { headerId: id, content: laid.content };
    else footers[id] = { footerId: id, content: laid.content };
  }
  const page = doc.page;
  const documentStyle: Record<string, unknown> = {
    pageSize: { width: dim(page.width), height: dim(page.height) },
    marginTop: dim(page.marginTop), marginBottom: dim(page.marginBottom), marginLeft: dim(page.marginLeft), marginRight: dim(page.marginRight),
    marginHeader: dim(page.marginHeader), marginFooter: dim(page.marginFooter), pageNumberStart: 1,
    useFirstPageHeaderFooter: doc.useFirstPageHeaderFooter,
  };
  if (doc.header !== null) documentStyle.defaultHeaderId = HEADER_ID;
  if (doc.footer !== null) documentStyle.defaultFooterId = FOOTER_ID;
  if (doc.firstPageHeader !== null) documentStyle.firstPageHeaderId = FIRST_HEADER_ID;
  if (doc.firstPageFooter !== null) documentStyle.firstPageFooterId = FIRST_FOOTER_ID;
  return { documentId: doc.id, title: doc.name, body: { content: body.content }, headers, footers, documentStyle };
}

// ------------------------------------------------------------------------------ requests

type Json = Record<string, unknown>;

class RequestError extends Error {}

function magnitude(value: unknown): number | undefined {
  const m = (value as { magnitude?: unknown } | undefined)?.magnitude;
  if (m === undefined && value !== undefined && typeof value === 'object') return 0;
  return typeof m === 'number' ? m : undefined;
}

function fieldsOf(fields: unknown, style: Json): string[] {
  if (typeof fields !== 'string' || fields.trim() === '') throw new RequestError('fields is required');
  if (fields.trim() === '*') return Object.keys(style);
  return fields.split(',').map((f) => f.trim());
}

/**
 * Layouts of the sections during one batchUpdate. Style requests do not move indices, so a
 * section is laid out once per batch (Google applies a batch in one pass); a request that
 * changes text drops the cache.
 */
let batchLayouts: WeakMap<object, { spans: ParaSpan[]; end: number }> | null = null;

function spansIn(doc: DocumentModel, range: unknown): ParaSpan[] {
  const r = range as { startIndex?: unknown; endIndex?: unknown; segmentId?: unknown } | undefined;
  if (r === undefined || typeof r.startIndex !== 'number' || typeof r.endIndex !== 'number') throw new RequestError('range is required');
  const segments = segmentsOf(doc);
  const segmentId = typeof r.segmentId === 'string' && r.segmentId !== '' ? r.segmentId : null;
  const section = segmentId === null ? segments.body : segments.byId.get(segmentId);
  if (section === undefined) throw new RequestError(`Invalid segment ID: ${String(segmentId)}`);
  let laid = batchLayouts?.get(section);
  if (laid === undefined) {
    const spans: ParaSpan[] = [];
    laid = { spans, end: layoutSection(section, 0, spans, segmentId === null).end };
    batchLayouts?.set(section, laid);
  }
  const { spans } = laid;
  if (r.endIndex > laid.end) throw new RequestError(`Index ${r.endIndex - 1} must be less than the end index of the referenced segment, ${laid.end}.`);
  if (r.startIndex >= r.endIndex) throw new RequestError('The range should not be empty.');
  const start = r.startIndex;
  const end = r.endIndex;
  return spans.filter((s) => s.start < end && start < s.end);
}

function applyParagraphStyle(para: ParagraphModel, style: Json, fields: readonly string[]): void {
  const target = para.style;
  for (const field of fields) {
    const value = style[field];
    switch (field) {
      case 'alignment': {
        const a = typeof value === 'string' ? ALIGN_FROM_API[value] : undefined;
        if (a === undefined) delete target.alignment; else target.alignment = a;
        break;
      }
      case 'namedStyleType': {
        const entry = Object.entries(HEADING_TO_API).find(([, api]) => api === value);
        target.heading = (entry?.[0] as HeadingName | undefined) ?? 'NORMAL';
        break;
      }
      case 'indentStart': case 'indentEnd': {
        const m = magnitude(value);
        if (m === undefined) delete target[field]; else target[field] = m;
        break;
      }
      case 'indentFirstLine': {
        const m = magnitude(value);
        if (m === undefined) delete target.indentFirstLine; else target.indentFirstLine = m - (target.indentStart ?? 0);
        break;
      }
      case 'spaceAbove': case 'spaceBelow': {
        const key = field === 'spaceAbove' ? 'spacingBefore' : 'spacingAfter';
        const m = magnitude(value);
        if (m === undefined) delete target[key]; else target[key] = m;
        break;
      }
      case 'lineSpacing':
        if (typeof value === 'number') target.lineSpacing = value / 100; else delete target.lineSpacing;
        break;
      case 'keepWithNext':
        if (typeof value === 'boolean') target.keepWithNext = value; else delete target.keepWithNext;
        break;
      case 'borderTop': case 'borderBottom': case 'borderLeft': case 'borderRight': {
        if (value === undefined || value === null) {
          delete target[field];
          break;
        }
        const v = value as Json;
        const dash = v.dashStyle === 'DOT' || v.dashStyle === 'DASH' ? v.dashStyle : 'SOLID';
        target[field] = { width: magnitude(v.width) ?? 0, padding: magnitude(v.padding) ?? 0, color: hexOf(v.color) ?? '#000000', dashStyle: dash };
        break;
      }
      default:
        throw notEmulated(`Docs updateParagraphStyle field ${field}`);
    }
  }
}

function applyTextStyle(span: ParaSpan, from: number, to: number, style: Json, fields: readonly string[]): void {
  const patch: Partial<Record<keyof TextStyle, unknown>> = {};
  for (const field of fields) {
    const value = style[field];
    switch (field) {
      case 'bold': case 'italic': case 'underline': case 'strikethrough':
        patch[field] = typeof value === 'boolean' ? value : null;
        break;
      case 'fontSize': patch.fontSize = magnitude(value) ?? null; break;
      case 'weightedFontFamily': patch.fontFamily = (value as { fontFamily?: string } | undefined)?.fontFamily ?? null; break;
      case 'foregroundColor': patch.foregroundColor = hexOf(value) ?? null; break;
      case 'backgroundColor': patch.backgroundColor = hexOf(value) ?? null; break;
      case 'link': patch.linkUrl = (value as { url?: string } | undefined)?.url ?? null; break;
      default: throw notEmulated(`Docs updateTextStyle field ${field}`);
    }
  }
  // Walk the paragraph's inline elements with their document indices.
  let index = span.start;
  const para = span.para;
  const pieces: typeof para.inlines = [];
  for (const inline of para.inlines) {
    if (inline.kind !== 'text') {
      if (inline.kind === 'autoText' && index >= from && index < to) inline.style = mergeStyle(inline.style, patch);
      pieces.push(inline);
      index += 1;
      continue;
    }
    const start = index;
    const end = index + inline.text.length;
    index = end;
    const a = Math.max(start, from);
    const b = Math.min(end, to);
    if (a >= b) {
      pieces.push(inline);
      continue;
    }
    if (a > start) pieces.push({ kind: 'text', text: inline.text.slice(0, a - start), style: { ...inline.style } });
    pieces.push({ kind: 'text', text: inline.text.slice(a - start, b - start), style: mergeStyle(inline.style, patch) });
    if (b < end) pieces.push({ kind: 'text', text: inline.text.slice(b - start), style: { ...inline.style } });
  }
  para.inlines = pieces;
  if (to >= span.end) para.markStyle = mergeStyle(para.markStyle, patch);
  normalizeParagraph(para);
}

function applyDocumentStyle(doc: DocumentModel, style: Json, fields: readonly string[]): void {
  const page = doc.page;
  for (const field of fields) {
    const value = style[field];
    switch (field) {
      case 'useFirstPageHeaderFooter':
        doc.useFirstPageHeaderFooter = value === true;
        break;
      case 'marginTop': case 'marginBottom': case 'marginLeft': case 'marginRight': case 'marginHeader': case 'marginFooter': {
        const m = magnitude(value);
        if (m !== undefined) page[field] = m;
        break;
      }
      case 'pageSize': {
        const size = value as { width?: unknown; height?: unknown } | undefined;
        const w = magnitude(size?.width);
        const h = magnitude(size?.height);
        if (w !== undefined) page.width = w;
        if (h !== undefined) page.height = h;
        break;
      }
      default:
        throw notEmulated(`Docs updateDocumentStyle field ${field}`);
    }
  }
}

function applyRequest(doc: DocumentModel, request: Json): Json {
  const [kind, body] = Object.entries(request)[0] ?? [];
  const b = (body ?? {}) as Json;
  switch (kind) {
    case 'updateParagraphStyle': {
      const style = (b.paragraphStyle ?? {}) as Json;
      const fields = fieldsOf(b.fields, style);
      for (const span of spansIn(doc, b.range)) applyParagraphStyle(span.para, style, fields);
      return {};
    }
    case 'updateTextStyle': {
      const style = (b.textStyle ?? {}) as Json;
      const fields = fieldsOf(b.fields, style);
      const range = b.range as { startIndex: number; endIndex: number };
      for (const span of spansIn(doc, b.range)) applyTextStyle(span, range.startIndex, range.endIndex, style, fields);
      return {};
    }
    case 'updateDocumentStyle': {
      const style = (b.documentStyle ?? {}) as Json;
      applyDocumentStyle(doc, style, fieldsOf(b.fields, style));
      return {};
    }
    case 'createHeader': case 'createFooter': {
      batchLayouts = batchLayouts && new WeakMap();
      if (b.type !== 'DEFAULT') throw new RequestError(`Invalid ${kind} type`);
      const isHeader = kind === 'createHeader';
      if ((isHeader ? doc.header : doc.footer) !== null) throw new RequestError(`A default ${isHeader ? 'header' : 'footer'} already exists.`);
      const section = newSection(isHeader ? 'header' : 'footer');
      if (isHeader) doc.header = section; else doc.footer = section;
      adoptSection(doc, section);
      return isHeader ? { createHeader: { headerId: HEADER_ID } } : { createFooter: { footerId: FOOTER_ID } };
    }
    case 'replaceAllText': {
      batchLayouts = batchLayouts && new WeakMap();
      const contains = (b.containsText ?? {}) as { text?: unknown; matchCase?: unknown };
      if (typeof contains.text !== 'string' || contains.text === '') throw new RequestError('containsText.text is required');
      const flags = contains.matchCase === true ? 'g' : 'gi';
      const regex = new RegExp(contains.text.replace(/[\\^$.*+?()[\]{}|]/g, '\\$&'), flags);
      const replacement = String(b.replaceText ?? '').replace(/[\\$]/g, '\\$&');
      let count = 0;
      const sections: DocNode[] = [doc.body, ...segmentsOf(doc).byId.values()];
      const spans: ParaSpan[] = [];
      for (const section of sections) layoutSection(section as SectionModel, 0, spans, false);
      for (const span of spans) count += replaceInParagraph(span.para, regex, replacement);
      return { replaceAllText: { occurrencesChanged: count } };
    }
    default:
      throw notEmulated(`Docs.Documents.batchUpdate request ${String(kind)}`);
  }
}

// ------------------------------------------------------------------------------ the service

/** Docs.Documents of the v1 advanced service. */
export class DocsDocuments extends Emulated {
  constructor(env: Env) {
    super(env);
  }

  /** The document as the Docs API returns it (body content with indices, headers, footers, documentStyle). */
  get(documentId: unknown, optionalArgs?: unknown): Record<string, unknown> {
    const env = this[ENV];
    authorized(env, 'get');
    const problem = checkParameters('docs', 'documents', 'get', (typeof optionalArgs === 'object' && optionalArgs !== null ? optionalArgs : {}) as Record<string, unknown>);
    if (problem !== undefined) throw apiError(env, 'get', 400, problem);
    return env.realm.plain(documentResource(documentById(env, documentId, 'get')));
  }

  /** Applies requests in order; all or nothing, as the API does. */
  batchUpdate(resource: unknown, documentId: unknown): Record<string, unknown> {
    const env = this[ENV];
    authorized(env, 'batchUpdate');
    const problem = checkBody('docs', 'documents', 'batchUpdate', resource);
    if (problem !== undefined) throw apiError(env, 'batchUpdate', 400, problem);
    const doc = documentById(env, documentId, 'batchUpdate');
    const requests = (resource as { requests?: unknown } | null)?.requests;
    if (!Array.isArray(requests)) throw apiError(env, 'batchUpdate', 400, 'Invalid JSON payload received. Unknown name "requests".');
    // All or nothing, as the API does: the requests are first tried on a copy.
    const run = (target: DocumentModel): Json[] => {
      batchLayouts = new WeakMap();
      try {
        return requests.map((request, i) => {
          try {
            return applyRequest(target, request as Json);
          } catch (error) {
            if (error instanceof RequestError) {
              const kind = Object.keys(request as Json)[0] ?? '';
              throw apiError(env, 'batchUpdate', 400, `Invalid requests[${i}].${kind}: ${error.message}`);
            }
            throw error;
          }
        });
      } finally {
        batchLayouts = null;
      }
    };
    run(structuredClone(doc));
    const replies = run(doc);
    indexDocument(doc);
    revision += 1;
    return env.realm.plain({ documentId: doc.id, replies, writeControl: { requiredRevisionId: `local-revision-${revision}` } });
  }

  /** Creates an empty document in the root of My Drive (the add-on created it: drive.file sees it). */
  create(resource: unknown): Record<string, unknown> {
    const env = this[ENV];
    authorized(env, 'create');
    const problem = checkBody('docs', 'documents', 'create', resource);
    if (problem !== undefined) throw apiError(env, 'create', 400, problem);
    const title = (resource as { title?: unknown } | null)?.title;
    const drive = driveOf(env);
    const id = nextDriveId(drive);
    const name = typeof title === 'string' ? title : 'Untitled document';
    const model = newDocumentModel(id, name, env.workbook.locale.startsWith('en_US') ? LETTER : A4);
    const stamp = new Date(env.clock.now()).toISOString();
    drive.files.push({
      id, name, mimeType: DOCUMENT_MIME, parents: [drive.rootId], trashed: false, createdTime: stamp, modifiedTime: stamp,
      appAccess: true, document: model,
    });
    indexDocument(model);
    return env.realm.plain(documentResource(model));
  }
}

let revision = 0;

/** The Docs advanced service object (`Docs` by default). */
export class DocsAdvancedService extends Emulated {
  readonly Documents: DocsDocuments;

  constructor(env: Env) {
    super(env);
    this.Documents = new DocsDocuments(env);
  }
}



instrument(DocsDocuments, { service: 'Docs', className: 'Docs.Documents', qualifiedName: 'Docs.Documents' });
instrument(DocsAdvancedService, { service: 'Docs', className: 'Docs', qualifiedName: 'Docs' });
