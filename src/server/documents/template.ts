/**
 * A staff template (DESIGN.md §5, §9): a Google Doc whose link is in `Cấu hình` ›
 * `Mẫu thông báo (Google Docs)`. It is read with DocumentApp (the `documents` scope reaches
 * it; `drive.file` could not copy it) and its elements are copied into the target document —
 * body, header and footer (so a template can bring page numbers) — the table row holding the
 * item placeholders is repeated once per item, and the placeholders are filled. Filling goes
 * through the Docs API's `replaceAllText`, which takes the replacement literally: a value with
 * `$` or `\` is written as typed (DocumentApp's `replaceText` would read them as Java regex
 * replacement syntax). Placeholders that match nothing are left visible and reported.
 *
 * Calls: reading the template once per run (about 2 per top-level element, plus the rows of
 * the item table); per document 2 per element (copy, append), 3 per item row (copy, number
 * its placeholders, insert), then save, and one batchUpdate.
 */
import { MSG } from '../../core/messages';
import { docsDocuments } from './advanced-services';
import {
  findPlaceholders, isItemField, rowPlaceholder, type Placeholder, type PlaceholderValues,
} from './placeholders';

type Doc = GoogleAppsScript.Document.Document;
type Element = GoogleAppsScript.Document.Element;
type Container = GoogleAppsScript.Document.Body | GoogleAppsScript.Document.HeaderSection | GoogleAppsScript.Document.FooterSection;

interface TemplateElement {
  element: Element;
  type: 'paragraph' | 'table' | 'listItem';
  /** For the table that holds the item row: that row's index. */
  itemRow?: number;
}

/** A template read once, used for every document of the run. */
export interface LoadedTemplate {
  id: string;
  name: string;
  body: TemplateElement[];
  header: TemplateElement[] | undefined;
  footer: TemplateElement[] | undefined;
  /** Page size and margins of the template (points). */
  page: Record<string, number>;
  /** Placeholders outside the item row, and in it. */
  documentPlaceholders: Placeholder[];
  rowPlaceholders: Placeholder[];
  /** Parts of the template that cannot be copied. */
  skipped: string[];
}

/** The id in a Google Docs link (`…/document/d/<id>/…`, `?id=<id>`) or a bare id. */
export function templateIdOf(link: string): string | undefined {
  const text = link.trim();
  const match = /\/document\/(?:u\/\d+\/)?d\/([-\w]{20,})/.exec(text) ?? /[?&]id=([-\w]{20,})/.exec(text);
  if (match) return match[1];
  return /^[-\w]{20,}$/.test(text) ? text : undefined;
}

const ITEM_MARK = /\{\{[^{}]*\}\}/;

function readElements(container: Container, skipped: string[]): { elements: TemplateElement[]; rowText: string } {
  const elements: TemplateElement[] = [];
  let rowText = '';
  const count = container.getNumChildren();
  for (let i = 0; i < count; i++) {
    const element = container.getChild(i);
    const type = element.getType();
    if (type === DocumentApp.ElementType.PARAGRAPH) elements.push({ element, type: 'paragraph' });
    else if (type === DocumentApp.ElementType.LIST_ITEM) elements.push({ element, type: 'listItem' });
    else if (type === DocumentApp.ElementType.TABLE) {
      const entry: TemplateElement = { element, type: 'table' };
      if (!rowText) {
        const table = element.asTable();
        if (findPlaceholders(table.getText()).some((p) => isItemField(p.name))) {
          for (let r = 0; r < table.getNumRows(); r++) {
            const text = table.getRow(r).getText();
            if (ITEM_MARK.test(text) && findPlaceholders(text).some((p) => isItemField(p.name))) {
              entry.itemRow = r;
              rowText = text;
              break;
            }
          }
        }
      }
      elements.push(entry);
    } else skipped.push(String(type));
  }
  return { elements, rowText };
}

/** Reads the template, or says why it cannot be used (the built-in layout is used then). */
export function loadTemplate(link: string): { template?: LoadedTemplate; warning?: string } {
  const id = templateIdOf(link);
  if (!id) return { warning: MSG.templateBadLink(link) };
  let source: Doc;
  try {
    source = DocumentApp.openById(id);
  } catch {
    return { warning: MSG.templateMissing(link) };
  }
  const skipped: string[] = [];
  const body = source.getBody();
  const read = readElements(body, skipped);
  const header = source.getHeader();
  const footer = source.getFooter();
  const headerRead = header ? readElements(header, skipped) : undefined;
  const footerRead = footer ? readElements(footer, skipped) : undefined;
  const attrs = body.getAttributes() as Record<string, unknown>;
  const page: Record<string, number> = {};
  for (const key of ['MARGIN_TOP', 'MARGIN_BOTTOM', 'MARGIN_LEFT', 'MARGIN_RIGHT', 'PAGE_WIDTH', 'PAGE_HEIGHT']) {
    if (typeof attrs[key] === 'number') page[key] = attrs[key] as number;
  }
  const allText = [body.getText(), header?.getText() ?? '', footer?.getText() ?? ''].join('\n');
  const rowText = read.rowText;
  // A placeholder is outside the item row when it occurs more often in the whole text than in the row.
  const occurrences = (text: string, of: string) => text.split(of).length - 1;
  const outside = findPlaceholders(allText).filter((p) => occurrences(allText, p.text) > occurrences(rowText, p.text));
  return {
    template: {
      id, name: source.getName(), body: read.elements, header: headerRead?.elements, footer: footerRead?.elements, page,
      documentPlaceholders: outside, rowPlaceholders: rowText ? findPlaceholders(rowText) : [], skipped,
    },
  };
}

/** Placeholders of the template that match nothing (item fields outside the item row included). */
export function unknownPlaceholders(template: LoadedTemplate, values: PlaceholderValues): string[] {
  const unknown = template.documentPlaceholders.filter((p) => !values.has(p.name)).map((p) => p.text);
  for (const p of template.rowPlaceholders) if (!isItemField(p.name) && !values.has(p.name) && !unknown.includes(p.text)) unknown.push(p.text);
  return unknown;
}

function copyInto(container: Container, elements: readonly TemplateElement[], items: number): void {
  for (const entry of elements) {
    if (entry.type === 'paragraph') container.appendParagraph(entry.element.asParagraph().copy());
    else if (entry.type === 'listItem') container.appendListItem(entry.element.asListItem().copy());
    else {
      const table = container.appendTable(entry.element.asTable().copy());
      if (entry.itemRow === undefined) continue;
      const row = table.getRow(entry.itemRow);
      for (let k = 0; k < items; k++) {
        const copy = row.copy();
        copy.replaceText('\\{\\{', `{{${k + 1}#`);
        table.insertTableRow(entry.itemRow + 1 + k, copy);
      }
      table.removeRow(entry.itemRow);
    }
  }
  // The empty paragraph a cleared section keeps goes, unless it is all there is.
  if (elements.length) {
    try {
      container.getChild(0).removeFromParent();
    } catch {
      // Docs may refuse (e.g. before a table at the very start): an empty first line stays.
    }
  }
}

function pageRequest(page: Record<string, number>): object | undefined {
  const style: Record<string, unknown> = {};
  const fields: string[] = [];
  const pt = (magnitude: number) => ({ magnitude, unit: 'PT' });
  if (page.PAGE_WIDTH && page.PAGE_HEIGHT) {
    style.pageSize = { width: pt(page.PAGE_WIDTH), height: pt(page.PAGE_HEIGHT) };
    fields.push('pageSize');
  }
  for (const [attr, field] of [['MARGIN_TOP', 'marginTop'], ['MARGIN_BOTTOM', 'marginBottom'], ['MARGIN_LEFT', 'marginLeft'], ['MARGIN_RIGHT', 'marginRight']] as const) {
    if (typeof page[attr] === 'number') { style[field] = pt(page[attr]); fields.push(field); }
  }
  return fields.length ? { updateDocumentStyle: { documentStyle: style, fields: fields.join(',') } } : undefined;
}

function replaceAll(text: string, value: string): object {
  return { replaceAllText: { containsText: { text, matchCase: true }, replaceText: value } };
}

/**
 * Writes the template into `doc` (id `id`) with `values` and one row per item of `items`,
 * saves it and fills the placeholders. `doc` cannot be used afterwards.
 */
export function renderTemplate(
  doc: Doc, id: string, template: LoadedTemplate, values: PlaceholderValues, items: readonly PlaceholderValues[],
): { requests: number } {
  const body = doc.getBody();
  body.clear();
  copyInto(body, template.body, items.length);
  const sections: Array<[TemplateElement[] | undefined, () => Container | null, () => Container]> = [
    [template.header, () => doc.getHeader(), () => doc.addHeader()],
    [template.footer, () => doc.getFooter(), () => doc.addFooter()],
  ];
  for (const [elements, get, add] of sections) {
    const existing = get();
    if (existing) existing.clear();
    if (!elements || !elements.length) continue;
    copyInto(existing ?? add(), elements, 0);
  }
  doc.saveAndClose();

  const requests: object[] = [];
  const page = pageRequest(template.page);
  if (page) requests.push(page);
  for (const p of template.documentPlaceholders) {
    const value = values.get(p.name);
    if (value !== undefined) requests.push(replaceAll(p.text, value));
  }
  items.forEach((item, k) => {
    for (const p of template.rowPlaceholders) {
      const value = item.get(p.name) ?? values.get(p.name);
      // Unknown ones lose their row number, so they read as the template wrote them.
      requests.push(replaceAll(rowPlaceholder(p, k + 1), value ?? p.text));
    }
  });
  if (requests.length) docsDocuments().batchUpdate({ requests }, id);
  return { requests: requests.length };
}
