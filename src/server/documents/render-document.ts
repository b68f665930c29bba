/**
 * The renderer: a DocumentSpec written into an existing Google Doc, replacing what it held,
 * with the fewest service calls. DocumentApp builds the structure — the body cleared, one
 * `appendParagraph` per paragraph, one `appendTable(string[][])` per table (whatever its
 * number of rows), one call per further line of a cell, per column width, per shaded or
 * zero-padded cell — then the document is saved and ONE `Docs.Documents.get` reads the
 * indices and ONE `Docs.Documents.batchUpdate` sets the page, every paragraph's style and
 * every run's text style, and draws the rules as paragraph bottom borders (which DocumentApp
 * cannot do). See document-plan.ts and docs-requests.ts for the what; this file only calls.
 *
 * Not expressible, and left out: page numbers (neither DocumentApp nor the Docs API can
 * insert a page-number field; a staff template can bring them), landscape annex pages (the
 * page size is per document in DocumentApp; the annex table is scaled to the portrait
 * width), "keep with next" and repeated table header rows (not settable by DocumentApp).
 */
import type { DocumentSpec } from '../../core/documents/document-spec';
import { docsDocuments } from './advanced-services';
import { planDocument, type PlannedTable } from './document-plan';
import { actualParagraphs, matchParagraphs, pageRequest, styleRequests } from './docs-requests';

type Doc = GoogleAppsScript.Document.Document;
type Table = GoogleAppsScript.Document.Table;
type TableCell = GoogleAppsScript.Document.TableCell;

/** The most requests sent in one batchUpdate (a very large document is styled in a few). */
const MAX_REQUESTS = 5000;

export interface RenderOptions {
  /** Empty the header and footer too (the document was last made from a template that had them). */
  clearHeaderFooter?: boolean;
}

export interface RenderStats {
  paragraphs: number;
  requests: number;
}

function zeroPadding(): Record<string, unknown> {
  const a = DocumentApp.Attribute;
  const attrs: Record<string, unknown> = {};
  for (const key of [a.PADDING_TOP, a.PADDING_BOTTOM, a.PADDING_LEFT, a.PADDING_RIGHT]) attrs[key as unknown as string] = 0;
  return attrs;
}

/** Widths, borders, padding, shading and the further lines of each cell. */
function buildTable(table: Table, plan: PlannedTable): void {
  table.setBorderWidth(plan.borderWidth);
  plan.columnWidths.forEach((w, c) => table.setColumnWidth(c, Math.round(w * 100) / 100));
  const handles = new Map<string, TableCell>();
  const cell = (r: number, c: number): TableCell => {
    const key = `${r}:${c}`;
    let found = handles.get(key);
    if (!found) {
      found = table.getCell(r, c);
      handles.set(key, found);
    }
    return found;
  };
  const padding = plan.zeroPadding ? zeroPadding() : undefined;
  plan.cells.forEach((row, r) => row.forEach((_, c) => {
    if (padding) cell(r, c).setAttributes(padding);
    for (const text of plan.extra[r][c]) cell(r, c).appendParagraph(text);
  }));
  for (const bg of plan.backgrounds) cell(bg.row, bg.column).setBackgroundColor(bg.color);
}

/**
 * Writes `spec` into the document `doc` (id `id`), saves and closes it, then styles it
 * through the Docs API. `doc` cannot be used afterwards.
 */
export function renderDocument(doc: Doc, id: string, spec: DocumentSpec, options: RenderOptions = {}): RenderStats {
  const plan = planDocument(spec);
  const body = doc.getBody();
  body.clear();
  if (options.clearHeaderFooter) {
    doc.getHeader()?.clear();
    doc.getFooter()?.clear();
  }
  plan.blocks.forEach((block, index) => {
    if (block.kind === 'paragraph') {
      if (!block.reuse) body.appendParagraph(block.text);
      else if (index === 0 && block.text) body.getParagraphs()[0].setText(block.text);
    } else if (block.kind === 'table') {
      buildTable(index === 0 ? body.insertTable(0, block.cells) : body.appendTable(block.cells), block);
    } else {
      body.appendPageBreak();
    }
  });
  doc.saveAndClose();

  const docs = docsDocuments();
  const matched = matchParagraphs(plan.paragraphs, actualParagraphs(docs.get(id)), spec.fontFamily);
  const requests = [pageRequest(plan.page), ...styleRequests(matched)];
  for (let at = 0; at < requests.length; at += MAX_REQUESTS) {
    docs.batchUpdate({ requests: requests.slice(at, at + MAX_REQUESTS) }, id);
  }
  return { paragraphs: matched.length, requests: requests.length };
}
