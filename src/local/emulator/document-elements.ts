/**
 * The elements of DocumentApp — Body, HeaderSection, FooterSection, Paragraph, Text, Table,
 * TableRow, TableCell, PageBreak, HorizontalRule, AutoText, RangeElement — as views over the
 * DocumentModel nodes (document-model.ts). An element object holds its node; a copy() is a
 * detached node that appendParagraph/appendTable/insertTableRow accept.
 *
 * Behaviour follows Apps Script where it is documented or observed:
 * - a new body (and a cleared one) holds one empty paragraph; a section or cell never ends
 *   with a table: appending one adds an empty paragraph after it; its last paragraph cannot be
 *   removed ("Can't remove the last paragraph in a document section.");
 * - appendParagraph(text) continues the last paragraph's attributes and the text style of its
 *   end, like pressing Enter in Docs (scripts must reset bold/heading explicitly);
 * - '\n' in text becomes a line break inside the paragraph ('\r');
 * - attributes that do not apply to an element are ignored: BORDER_WIDTH on a paragraph
 *   (DocumentApp cannot set paragraph borders; the Docs advanced service can, docs-advanced.ts),
 *   paragraph attributes given to a container or a Text (set them on each paragraph); text
 *   attributes given to a container apply to all its text, as editAsText() would;
 * - lengths are points; TableCell.setWidth sets its column's width.
 * Every public method is counted and authorized by instrument(); helpers are module functions.
 */
import {
  cloneNode, childrenOf, nodeText, paragraphsOf, paragraphText, newCell, newParagraph, newTable,
  type DocNode, type InlineModel, type ParagraphModel, type SectionModel,
  type TableCellModel, type TableModel, type TableRowModel, type TextStyle,
} from './document-model';
import {
  attributeIndices, deleteRange, insertTextAt, lineBreaks, normalizeParagraph, PatternError, re2ToRegExp,
  replaceInParagraph, setParagraphText, styleAt, styleRange,
} from './document-text';
import { DOC_MSG } from './document-messages';
import {
  documentOf, ensureTrailingParagraph, inheritedParagraph, insertChild, isDetached, linkTree, parentOf,
  previousParagraph, setParent,
} from './document-tree';
import {
  ElementType, FontFamily, HorizontalAlignment, ParagraphHeading, VerticalAlignment,
  type ElementTypeName, type EnumValue,
} from './enums';
import type { Env } from './env';
import { flattenInherited } from './flatten-inherited';
import { declareNotEmulated, Emulated, ENV, instrument } from './instrument';
import { describeArgTypes, MSG } from './messages';
import { DOCUMENT_SCOPES } from './scopes';

/** The node (or text scope) an element object views. */
export const NODE: unique symbol = Symbol('document-node');
/** The open document an element was reached through (closed by saveAndClose). */
export const SESSION: unique symbol = Symbol('document-session');

/** One opening of a document (DocumentApp.create/openById); detached copies have their own. */
export interface Session {
  closed: boolean;
}

/** What a Text element spans: all text of a node, or one run of text inside a paragraph. */
export type TextScope =
  | { kind: 'node'; node: DocNode }
  | { kind: 'group'; para: ParagraphModel; index: number };

type Container = SectionModel | TableCellModel;
type AttrValue = unknown;

// ------------------------------------------------------------------------------ helpers

function signature(env: Env, qualified: string, args: readonly unknown[]): Error {
  return env.exception(MSG.signature(describeArgTypes(args), qualified));
}

function isInt(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value);
}

function enumName<E extends Record<string, EnumValue>>(enumeration: E, value: unknown): keyof E & string | null {
  if (value instanceof Object && typeof (value as EnumValue).name === 'function') {
    const name = (value as EnumValue).name();
    if (enumeration[name] === value) return name as keyof E & string;
  }
  return null;
}

const FONT_NAMES: Record<string, string> = {
  ARIAL_BLACK: 'Arial Black', ARIAL_NARROW: 'Arial Narrow', COMIC_SANS_MS: 'Comic Sans MS', COURIER_NEW: 'Courier New',
  DANCING_SCRIPT: 'Dancing Script', DROID_SANS: 'Droid Sans', DROID_SERIF: 'Droid Serif', GLORIA_HALLELUJAH: 'Gloria Hallelujah',
  GREAT_VIBES: 'Great Vibes', POIRET_ONE: 'Poiret One', SHADOWS_INTO_LIGHT: 'Shadows Into Light', TIMES_NEW_ROMAN: 'Times New Roman',
  TREBUCHET_MS: 'Trebuchet MS',
};

/** A font given as a string or a (deprecated) DocumentApp.FontFamily value. */
function fontName(value: unknown): string | null | undefined {
  if (value === null) return null;
  if (typeof value === 'string') return value;
  const name = enumName(FontFamily, value);
  if (name === null) return undefined;
  return FONT_NAMES[name] ?? name.charAt(0) + name.slice(1).toLowerCase();
}

function colour(value: unknown): string | null | undefined {
  if (value === null) return null;
  if (typeof value !== 'string' || !/^#[0-9a-f]{6}$/i.test(value)) return undefined;
  return value.toLowerCase();
}

/** Text segments a scope covers: paragraphs and the [from, to) window of each. */
interface Segment {
  para: ParagraphModel;
  from: number;
  to: number;
}

/** Windows of the text children of a paragraph (text runs between other inline elements). */
function textGroups(p: ParagraphModel): Array<{ from: number; to: number; first: number; last: number }> {
  const groups: Array<{ from: number; to: number; first: number; last: number }> = [];
  let pos = 0;
  let open: { from: number; to: number; first: number; last: number } | null = null;
  p.inlines.forEach((inline, i) => {
    if (inline.kind === 'text') {
      if (open === null) {
        open = { from: pos, to: pos, first: i, last: i };
        groups.push(open);
      }
      pos += inline.text.length;
      open.to = pos;
      open.last = i;
    } else {
      open = null;
    }
  });
  return groups;
}

function segmentsOf(scope: TextScope): Segment[] {
  if (scope.kind === 'group') {
    const group = textGroups(scope.para)[scope.index];
    return group === undefined ? [] : [{ para: scope.para, from: group.from, to: group.to }];
  }
  return paragraphsOf(scope.node).map((para) => ({ para, from: 0, to: paragraphText(para).length }));
}

function segmentsText(segments: readonly Segment[]): string {
  return segments.map((s) => paragraphText(s.para).slice(s.from, s.to)).join('\n');
}

/** Calls `fn` with the local [start, end) of each segment that the global [start, end) touches. */
function forRange(segments: readonly Segment[], start: number, end: number, fn: (s: Segment, from: number, to: number) => void): void {
  let pos = 0;
  for (const s of segments) {
    const length = s.to - s.from;
    const from = Math.max(start, pos);
    const to = Math.min(end, pos + length);
    if (from < to) fn(s, s.from + from - pos, s.from + to - pos);
    pos += length + 1;
  }
}

const TEXT_ATTRS: Record<string, keyof TextStyle> = {
  BOLD: 'bold', ITALIC: 'italic', UNDERLINE: 'underline', STRIKETHROUGH: 'strikethrough', FONT_FAMILY: 'fontFamily',
  FONT_SIZE: 'fontSize', FOREGROUND_COLOR: 'foregroundColor', BACKGROUND_COLOR: 'backgroundColor', LINK_URL: 'linkUrl',
};

/** Converts DocumentApp attribute values to a style patch (unknown or invalid values are skipped). */
function textPatch(attrs: Record<string, AttrValue>, skip: readonly string[] = []): Partial<Record<keyof TextStyle, unknown>> {
  const patch: Partial<Record<keyof TextStyle, unknown>> = {};
  for (const [attr, key] of Object.entries(TEXT_ATTRS)) {
    if (!(attr in attrs) || skip.includes(attr)) continue;
    const value = attrs[attr];
    let converted: unknown;
    switch (key) {
      case 'fontFamily': converted = fontName(value); break;
      case 'fontSize': converted = value === null || (typeof value === 'number' && value > 0) ? value : undefined; break;
      case 'foregroundColor': case 'backgroundColor': converted = colour(value); break;
      case 'linkUrl': converted = value === null || typeof value === 'string' ? value : undefined; break;
      default: converted = value === null || typeof value === 'boolean' ? value : undefined; break;
    }
    if (converted !== undefined) patch[key] = converted;
  }
  return patch;
}

/** The value of `key` shared by every character of the segments (null if mixed or unset). */
function commonValue(segments: readonly Segment[], key: keyof TextStyle): unknown {
  let seen = false;
  let value: unknown = null;
  for (const s of segments) {
    let pos = 0;
    for (const inline of s.para.inlines) {
      if (inline.kind !== 'text') continue;
      const start = pos;
      pos += inline.text.length;
      if (pos <= s.from || start >= s.to) continue;
      const v = inline.style[key] ?? null;
      if (!seen) { value = v; seen = true; } else if (value !== v) return null;
    }
  }
  if (!seen) return segments[0]?.para.markStyle[key] ?? null;
  return value;
}

function textAttributes(segments: readonly Segment[]): Record<string, AttrValue> {
  const out: Record<string, AttrValue> = {};
  for (const [attr, key] of Object.entries(TEXT_ATTRS)) out[attr] = commonValue(segments, key);
  return out;
}

const PARAGRAPH_NUMBER_ATTRS = {
  INDENT_FIRST_LINE: 'indentFirstLine', INDENT_START: 'indentStart', INDENT_END: 'indentEnd',
  SPACING_BEFORE: 'spacingBefore', SPACING_AFTER: 'spacingAfter', LINE_SPACING: 'lineSpacing',
} as const;

function paragraphAttributes(p: ParagraphModel): Record<string, AttrValue> {
  const out: Record<string, AttrValue> = {
    HEADING: ParagraphHeading[p.style.heading],
    HORIZONTAL_ALIGNMENT: p.style.alignment === undefined ? null : HorizontalAlignment[p.style.alignment],
    LEFT_TO_RIGHT: p.style.leftToRight ?? true,
  };
  for (const [attr, key] of Object.entries(PARAGRAPH_NUMBER_ATTRS)) out[attr] = p.style[key] ?? null;
  return out;
}

/** Applies paragraph and text attributes to a paragraph (text ones to all its text and its mark). */
function applyParagraphAttributes(p: ParagraphModel, attrs: Record<string, AttrValue>, skipText: readonly string[] = []): void {
  if ('HEADING' in attrs) {
    const heading = enumName(ParagraphHeading, attrs.HEADING);
    if (heading !== null) p.style.heading = heading;
  }
  if ('HORIZONTAL_ALIGNMENT' in attrs) {
    const value = attrs.HORIZONTAL_ALIGNMENT;
    const alignment = enumName(HorizontalAlignment, value);
    if (alignment !== null) p.style.alignment = alignment;
    else if (value === null) delete p.style.alignment;
  }
  if ('LEFT_TO_RIGHT' in attrs && typeof attrs.LEFT_TO_RIGHT === 'boolean') p.style.leftToRight = attrs.LEFT_TO_RIGHT;
  for (const [attr, key] of Object.entries(PARAGRAPH_NUMBER_ATTRS)) {
    if (!(attr in attrs)) continue;
    const value = attrs[attr];
    if (typeof value === 'number' && Number.isFinite(value)) p.style[key] = value;
    else if (value === null) delete p.style[key];
  }
  styleWhole(p, textPatch(attrs, skipText));
}

/** Styles all of a paragraph's text and its mark. */
function styleWhole(p: ParagraphModel, patch: Partial<Record<keyof TextStyle, unknown>>): void {
  if (Object.keys(patch).length === 0) return;
  styleRange(p, 0, paragraphText(p).length, patch);
  for (const inline of p.inlines) if (inline.kind === 'autoText') Object.assign(inline.style, patch);
  const mark = { ...p.markStyle };
  for (const [k, v] of Object.entries(patch)) {
    if (v === null || v === undefined) delete (mark as Record<string, unknown>)[k];
    else (mark as Record<string, unknown>)[k] = v;
  }
  p.markStyle = mark;
}

function compilePattern(env: Env, pattern: string): RegExp {
  try {
    return re2ToRegExp(pattern);
  } catch (error) {
    throw env.exception(DOC_MSG.badPattern(pattern, (error as Error).message));
  }
}

function replaceIn(env: Env, paragraphs: readonly ParagraphModel[], pattern: unknown, replacement: unknown, qualified: string): void {
  if (typeof pattern !== 'string' || typeof replacement !== 'string') throw signature(env, qualified, [pattern, replacement]);
  const regex = compilePattern(env, pattern);
  try {
    for (const p of paragraphs) replaceInParagraph(p, regex, replacement);
  } catch (error) {
    if (error instanceof PatternError) throw env.exception(DOC_MSG.badPattern(replacement, error.message));
    throw error;
  }
}

// ------------------------------------------------------------------------------ base class

const TYPE_OF_KIND: Record<string, ElementTypeName> = {
  body: 'BODY_SECTION', header: 'HEADER_SECTION', footer: 'FOOTER_SECTION', firstPageHeader: 'HEADER_SECTION',
  firstPageFooter: 'FOOTER_SECTION', paragraph: 'PARAGRAPH', table: 'TABLE', tableRow: 'TABLE_ROW', tableCell: 'TABLE_CELL',
  pageBreak: 'PAGE_BREAK', horizontalRule: 'HORIZONTAL_RULE', autoText: 'AUTO_TEXT',
};

const CLASS_OF_TYPE: Record<string, string> = {
  BODY_SECTION: 'Body', HEADER_SECTION: 'HeaderSection', FOOTER_SECTION: 'FooterSection', PARAGRAPH: 'Paragraph',
  TABLE: 'Table', TABLE_ROW: 'TableRow', TABLE_CELL: 'TableCell', PAGE_BREAK: 'PageBreak', HORIZONTAL_RULE: 'HorizontalRule',
  AUTO_TEXT: 'AutoText', TEXT: 'Text',
};

/** Base of every element object: the node it views and the session it was reached through. */
abstract class DocElement extends Emulated {
  declare readonly [NODE]: DocNode | InlineModel | TextScope;
  declare readonly [SESSION]: Session;

  constructor(env: Env, session: Session, node: DocNode | InlineModel | TextScope) {
    super(env);
    Object.defineProperty(this, NODE, { value: node, enumerable: false });
    Object.defineProperty(this, SESSION, { value: session, enumerable: false });
  }

  getType(): EnumValue {
    return ElementType[typeName(this)];
  }

  getParent(): DocElement | null {
    const node = this[NODE];
    if ('kind' in node && (node.kind === 'node' || node.kind === 'group')) return null;
    const parent = parentOf(node as DocNode);
    return parent === null ? null : wrap(this[ENV], this[SESSION], parent);
  }

  getNextSibling(): DocElement | null {
    return sibling(this, 1);
  }

  getPreviousSibling(): DocElement | null {
    return sibling(this, -1);
  }

  /** Removes the element from its parent and returns it (detached). */
  removeFromParent(): DocElement {
    detachNode(this[ENV], this[NODE] as DocNode | InlineModel);
    return this;
  }

  isAtDocumentEnd(): boolean {
    const node = this[NODE] as DocNode;
    const doc = documentOf(node);
    if (doc === null) return false;
    const body = doc.body.children;
    return body[body.length - 1] === node || (body[body.length - 1] as DocNode | undefined) === parentOf(node);
  }

  asParagraph(): DocElement { return cast(this, 'PARAGRAPH'); }
  asTable(): DocElement { return cast(this, 'TABLE'); }
  asTableRow(): DocElement { return cast(this, 'TABLE_ROW'); }
  asTableCell(): DocElement { return cast(this, 'TABLE_CELL'); }
  asText(): DocElement { return cast(this, 'TEXT'); }
  asBody(): DocElement { return cast(this, 'BODY_SECTION'); }
  asHeaderSection(): DocElement { return cast(this, 'HEADER_SECTION'); }
  asFooterSection(): DocElement { return cast(this, 'FOOTER_SECTION'); }
  asPageBreak(): DocElement { return cast(this, 'PAGE_BREAK'); }
  asHorizontalRule(): DocElement { return cast(this, 'HORIZONTAL_RULE'); }

  override toString(): string {
    return CLASS_OF_TYPE[typeName(this)] ?? 'Element';
  }
}

function typeName(el: DocElement): ElementTypeName {
  const node = el[NODE];
  if (node.kind === 'node' || node.kind === 'group') return 'TEXT';
  return TYPE_OF_KIND[node.kind] ?? 'UNSUPPORTED';
}

function cast(el: DocElement, to: ElementTypeName): DocElement {
  const from = typeName(el);
  if (from !== to) throw el[ENV].exception(DOC_MSG.cast(CLASS_OF_TYPE[from] ?? from, CLASS_OF_TYPE[to] ?? to));
  return el;
}

function sibling(el: DocElement, step: 1 | -1): DocElement | null {
  const node = el[NODE];
  if (node.kind === 'node' || node.kind === 'group') return null;
  const parent = parentOf(node as DocNode);
  if (parent === null) return null;
  if (parent.kind === 'paragraph') return null;
  const siblings = childrenOf(parent) as DocNode[];
  const next = siblings[siblings.indexOf(node as DocNode) + step];
  return next === undefined ? null : wrap(el[ENV], el[SESSION], next);
}

/** Removes a node from its parent, enforcing the last-paragraph rule of sections and cells. */
function detachNode(env: Env, node: DocNode | InlineModel): void {
  const parent = parentOf(node);
  if (parent === null) return;
  if (parent.kind === 'paragraph') {
    parent.inlines.splice(parent.inlines.indexOf(node as InlineModel), 1);
    normalizeParagraph(parent);
    return;
  }
  const siblings = childrenOf(parent) as DocNode[];
  const index = siblings.indexOf(node as DocNode);
  if (parent.kind !== 'table' && parent.kind !== 'tableRow' && index === siblings.length - 1) {
    throw env.exception(DOC_MSG.lastParagraph);
  }
  siblings.splice(index, 1);
}

// ------------------------------------------------------------------------------ wrapping

/** The element object for a node. */
export function wrap(env: Env, session: Session, node: DocNode | InlineModel): DocElement {
  switch (node.kind) {
    case 'body': return new Body(env, session, node);
    case 'header': case 'firstPageHeader': return new HeaderSection(env, session, node);
    case 'footer': case 'firstPageFooter': return new FooterSection(env, session, node);
    case 'paragraph': return new Paragraph(env, session, node);
    case 'table': return new Table(env, session, node);
    case 'tableRow': return new TableRow(env, session, node);
    case 'tableCell': return new TableCell(env, session, node);
    case 'pageBreak': return new PageBreak(env, session, node);
    case 'horizontalRule': return new HorizontalRule(env, session, node);
    case 'autoText': return new AutoText(env, session, node);
    default: throw new Error(`No element for a ${node.kind} node`);
  }
}

/** The node of an element object passed in by a script (null if it is not one of ours). */
function nodeOf(value: unknown): DocNode | InlineModel | TextScope | null {
  return value instanceof DocElement ? value[NODE] : null;
}

function detachedSession(): Session {
  return { closed: false };
}

// ------------------------------------------------------------------------------ containers

/** Methods shared by elements that hold blocks or rows: children, text, search and replace. */
abstract class ContainerElement extends DocElement {
  getNumChildren(): number {
    return childrenOf(this[NODE] as DocNode).length;
  }

  getChild(childIndex: unknown): DocElement {
    const env = this[ENV];
    const children = childrenOf(this[NODE] as DocNode);
    if (!isInt(childIndex) || childIndex < 0) throw signature(env, `${qualifiedOf(this)}.getChild`, [childIndex]);
    const child = children[childIndex];
    if (child === undefined) throw env.exception(DOC_MSG.childIndex(childIndex, children.length));
    setParent(child, this[NODE] as DocNode);
    return wrap(env, this[SESSION], child);
  }

  getChildIndex(child: unknown): number {
    const env = this[ENV];
    const node = nodeOf(child);
    if (node === null) throw signature(env, `${qualifiedOf(this)}.getChildIndex`, [child]);
    const index = (childrenOf(this[NODE] as DocNode) as object[]).indexOf(node);
    if (index < 0) throw env.exception(DOC_MSG.notAChild);
    return index;
  }

  getText(): string {
    return nodeText(this[NODE] as DocNode);
  }

  editAsText(): Text {
    return new Text(this[ENV], this[SESSION], { kind: 'node', node: this[NODE] as DocNode });
  }

  replaceText(searchPattern: unknown, replacement: unknown): DocElement {
    replaceIn(this[ENV], paragraphsOf(this[NODE] as DocNode), searchPattern, replacement, `${qualifiedOf(this)}.replaceText`);
    return this;
  }

  findText(searchPattern: unknown, from?: unknown): RangeElement | null {
    return findIn(this, paragraphsOf(this[NODE] as DocNode), searchPattern, from);
  }

  findElement(elementType: unknown, from?: unknown): RangeElement | null {
    return findElementIn(this, elementType, from);
  }

  copy(): DocElement {
    const clone = cloneNode(this[NODE] as DocNode);
    linkTree(clone);
    return wrap(this[ENV], detachedSession(), clone);
  }
}

/** Body, headers, footers and table cells: they hold paragraphs and tables. */
abstract class BlockContainer extends ContainerElement {
  appendParagraph(paragraph: unknown): Paragraph {
    const container = this[NODE] as Container;
    return insertParagraphAt(this, container.children.length, paragraph, `${qualifiedOf(this)}.appendParagraph`, true);
  }

  insertParagraph(childIndex: unknown, paragraph: unknown): Paragraph {
    const env = this[ENV];
    const container = this[NODE] as Container;
    if (!isInt(childIndex)) throw signature(env, `${qualifiedOf(this)}.insertParagraph`, [childIndex, paragraph]);
    if (childIndex < 0 || childIndex > container.children.length) {
      throw env.exception(DOC_MSG.childIndexInsert(childIndex, container.children.length));
    }
    return insertParagraphAt(this, childIndex, paragraph, `${qualifiedOf(this)}.insertParagraph`, childIndex === container.children.length);
  }

  appendTable(table?: unknown): Table {
    const container = this[NODE] as Container;
    return insertTableAt(this, container.children.length, table, `${qualifiedOf(this)}.appendTable`, arguments.length);
  }

  insertTable(childIndex: unknown, table?: unknown): Table {
    const env = this[ENV];
    const container = this[NODE] as Container;
    if (!isInt(childIndex)) throw signature(env, `${qualifiedOf(this)}.insertTable`, [childIndex, table]);
    if (childIndex < 0 || childIndex > container.children.length) {
      throw env.exception(DOC_MSG.childIndexInsert(childIndex, container.children.length));
    }
    return insertTableAt(this, childIndex, table, `${qualifiedOf(this)}.insertTable`, arguments.length - 1);
  }

  appendHorizontalRule(): HorizontalRule {
    const container = this[NODE] as Container;
    const para = inheritedParagraph(previousParagraph(container.children, container.children.length), '');
    const rule: InlineModel = { kind: 'horizontalRule' };
    para.inlines.push(rule);
    insertChild(container, container.children.length, para);
    return new HorizontalRule(this[ENV], this[SESSION], rule);
  }

  insertHorizontalRule(childIndex: unknown): HorizontalRule {
    const env = this[ENV];
    const container = this[NODE] as Container;
    if (!isInt(childIndex) || childIndex < 0 || childIndex > container.children.length) {
      throw signature(env, `${qualifiedOf(this)}.insertHorizontalRule`, [childIndex]);
    }
    const para = newParagraph();
    const rule: InlineModel = { kind: 'horizontalRule' };
    para.inlines.push(rule);
    insertChild(container, childIndex, para);
    return new HorizontalRule(env, this[SESSION], rule);
  }

  removeChild(child: unknown): DocElement {
    const env = this[ENV];
    const node = nodeOf(child);
    if (node === null) throw signature(env, `${qualifiedOf(this)}.removeChild`, [child]);
    const container = this[NODE] as Container;
    if (!(container.children as object[]).includes(node)) throw env.exception(DOC_MSG.notAChild);
    detachNode(env, node as DocNode);
    return child as DocElement;
  }

  /** Empties the container: one empty paragraph is left. */
  clear(): DocElement {
    const container = this[NODE] as Container;
    container.children.splice(0, container.children.length);
    insertChild(container, 0, newParagraph());
    return this;
  }

  /** Replaces the contents by one paragraph of plain text. */
  setText(text: unknown): DocElement {
    const container = this[NODE] as Container;
    const first = container.children.find((b): b is ParagraphModel => b.kind === 'paragraph');
    const para = newParagraph('', first?.style ?? {}, first === undefined ? {} : styleAt(first, 0));
    setParagraphText(para, text === null || text === undefined ? '' : String(text));
    container.children.splice(0, container.children.length);
    insertChild(container, 0, para);
    return this;
  }

  getParagraphs(): Paragraph[] {
    const env = this[ENV];
    const node = this[NODE] as DocNode;
    linkTree(node);
    return env.realm.array(paragraphsOf(node).map((p) => new Paragraph(env, this[SESSION], p)));
  }

  getTables(): Table[] {
    const env = this[ENV];
    const node = this[NODE] as DocNode;
    linkTree(node);
    const tables: TableModel[] = [];
    const walk = (n: DocNode): void => {
      if (n.kind === 'table') tables.push(n);
      if (n.kind !== 'paragraph') childrenOf(n).forEach(walk);
    };
    childrenOf(node).forEach(walk);
    return env.realm.array(tables.map((t) => new Table(env, this[SESSION], t)));
  }
}

function qualifiedOf(el: DocElement): string {
  return `DocumentApp.${CLASS_OF_TYPE[typeName(el)] ?? 'Element'}`;
}

function insertParagraphAt(el: BlockContainer, index: number, paragraph: unknown, qualified: string, atEnd: boolean): Paragraph {
  const env = el[ENV];
  const container = el[NODE] as Container;
  let block: ParagraphModel;
  if (typeof paragraph === 'string') {
    const at = container.children[index];
    block = atEnd || at === undefined || at.kind !== 'paragraph'
      ? inheritedParagraph(previousParagraph(container.children, index), paragraph)
      : inheritBefore(at, paragraph);
  } else {
    const node = nodeOf(paragraph);
    if (node === null || !('kind' in node) || node.kind !== 'paragraph') throw signature(env, qualified, [paragraph]);
    if (!isDetached(node)) throw env.exception(DOC_MSG.mustBeDetached);
    block = node;
  }
  insertChild(container, index, block);
  return new Paragraph(env, el[SESSION], block);
}

/** A paragraph inserted before `at` takes its attributes and the style of its first character (Docs splits it). */
function inheritBefore(at: ParagraphModel, text: string): ParagraphModel {
  const textStyle = { ...(paragraphText(at).length > 0 ? styleAt(at, 0) : at.markStyle) };
  return {
    kind: 'paragraph',
    style: structuredClone(at.style),
    markStyle: { ...textStyle },
    inlines: text === '' ? [] : [{ kind: 'text', text: lineBreaks(text), style: { ...textStyle } }],
  };
}

function insertTableAt(el: BlockContainer, index: number, table: unknown, qualified: string, given: number): Table {
  const env = el[ENV];
  const container = el[NODE] as Container;
  let block: TableModel;
  if (given === 0 || table === undefined) {
    block = newTable([]);
  } else if (Array.isArray(table)) {
    if (!table.every((row) => Array.isArray(row) && row.every((c) => typeof c === 'string'))) throw signature(env, qualified, [table]);
    block = newTable((table as string[][]).map((row) => row.map(lineBreaks)));
  } else {
    const node = nodeOf(table);
    if (node === null || !('kind' in node) || node.kind !== 'table') throw signature(env, qualified, [table]);
    if (!isDetached(node)) throw env.exception(DOC_MSG.mustBeDetached);
    block = node;
  }
  insertChild(container, index, block);
  ensureTrailingParagraph(container);
  return new Table(env, el[SESSION], block);
}

// ------------------------------------------------------------------------------ sections

/** The body of a document. Margins and page size live on the document; the body sets them. */
export class Body extends BlockContainer {
  appendPageBreak(pageBreak?: unknown): PageBreak {
    const env = this[ENV];
    const container = this[NODE] as SectionModel;
    const inline = pageBreakArg(env, pageBreak, 'DocumentApp.Body.appendPageBreak');
    const para = inheritedParagraph(previousParagraph(container.children, container.children.length), '');
    para.inlines.push(inline);
    insertChild(container, container.children.length, para);
    return new PageBreak(env, this[SESSION], inline);
  }

  insertPageBreak(childIndex: unknown, pageBreak?: unknown): PageBreak {
    const env = this[ENV];
    const container = this[NODE] as SectionModel;
    if (!isInt(childIndex) || childIndex < 0 || childIndex > container.children.length) {
      throw signature(env, 'DocumentApp.Body.insertPageBreak', [childIndex]);
    }
    const inline = pageBreakArg(env, pageBreak, 'DocumentApp.Body.insertPageBreak');
    const para = newParagraph();
    para.inlines.push(inline);
    insertChild(container, childIndex, para);
    return new PageBreak(env, this[SESSION], inline);
  }

  getMarginTop(): number { return pageOf(this).marginTop; }
  getMarginBottom(): number { return pageOf(this).marginBottom; }
  getMarginLeft(): number { return pageOf(this).marginLeft; }
  getMarginRight(): number { return pageOf(this).marginRight; }
  getPageWidth(): number { return pageOf(this).width; }
  getPageHeight(): number { return pageOf(this).height; }

  setMarginTop(marginTop: unknown): Body { return setPage(this, 'marginTop', marginTop, 'setMarginTop'); }
  setMarginBottom(marginBottom: unknown): Body { return setPage(this, 'marginBottom', marginBottom, 'setMarginBottom'); }
  setMarginLeft(marginLeft: unknown): Body { return setPage(this, 'marginLeft', marginLeft, 'setMarginLeft'); }
  setMarginRight(marginRight: unknown): Body { return setPage(this, 'marginRight', marginRight, 'setMarginRight'); }
  setPageWidth(pageWidth: unknown): Body { return setPage(this, 'width', pageWidth, 'setPageWidth'); }
  setPageHeight(pageHeight: unknown): Body { return setPage(this, 'height', pageHeight, 'setPageHeight'); }

  getAttributes(): Record<string, AttrValue> {
    const page = pageOf(this);
    const segments = segmentsOf({ kind: 'node', node: this[NODE] as DocNode });
    return this[ENV].realm.plain({
      ...textAttributes(segments),
      MARGIN_TOP: page.marginTop, MARGIN_BOTTOM: page.marginBottom, MARGIN_LEFT: page.marginLeft, MARGIN_RIGHT: page.marginRight,
      PAGE_WIDTH: page.width, PAGE_HEIGHT: page.height,
    });
  }

  /** Page attributes go to the document, text attributes to all the text; paragraph attributes do not apply to a body. */
  setAttributes(attributes: unknown): Body {
    const attrs = attributesArg(this, attributes, 'setAttributes');
    const page = pageOf(this);
    const pageKeys = {
      MARGIN_TOP: 'marginTop', MARGIN_BOTTOM: 'marginBottom', MARGIN_LEFT: 'marginLeft', MARGIN_RIGHT: 'marginRight',
      PAGE_WIDTH: 'width', PAGE_HEIGHT: 'height',
    } as const;
    for (const [attr, key] of Object.entries(pageKeys)) {
      const value = attrs[attr];
      if (typeof value === 'number' && value >= 0) page[key] = value;
    }
    for (const p of paragraphsOf(this[NODE] as DocNode)) styleWhole(p, textPatch(attrs));
    return this;
  }
}

function pageOf(body: Body) {
  const doc = documentOf(body[NODE] as DocNode);
  if (doc === null) throw body[ENV].exception(DOC_MSG.closed);
  return doc.page;
}

function setPage(body: Body, key: 'marginTop' | 'marginBottom' | 'marginLeft' | 'marginRight' | 'width' | 'height', value: unknown, method: string): Body {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) throw signature(body[ENV], `DocumentApp.Body.${method}`, [value]);
  pageOf(body)[key] = value;
  return body;
}

function pageBreakArg(env: Env, pageBreak: unknown, qualified: string): InlineModel {
  if (pageBreak === undefined) return { kind: 'pageBreak' };
  const node = nodeOf(pageBreak);
  if (node === null || !('kind' in node) || node.kind !== 'pageBreak') throw signature(env, qualified, [pageBreak]);
  if (!isDetached(node)) throw env.exception(DOC_MSG.mustBeDetached);
  return node;
}

function attributesArg(el: DocElement, attributes: unknown, method: string): Record<string, AttrValue> {
  if (typeof attributes !== 'object' || attributes === null || Array.isArray(attributes)) {
    throw signature(el[ENV], `${qualifiedOf(el)}.${method}`, [attributes]);
  }
  return attributes as Record<string, AttrValue>;
}

export class HeaderSection extends BlockContainer {
  getAttributes(): Record<string, AttrValue> {
    return this[ENV].realm.plain(textAttributes(segmentsOf({ kind: 'node', node: this[NODE] as DocNode })));
  }

  setAttributes(attributes: unknown): HeaderSection {
    const attrs = attributesArg(this, attributes, 'setAttributes');
    for (const p of paragraphsOf(this[NODE] as DocNode)) styleWhole(p, textPatch(attrs));
    return this;
  }
}

export class FooterSection extends BlockContainer {
  getAttributes(): Record<string, AttrValue> {
    return this[ENV].realm.plain(textAttributes(segmentsOf({ kind: 'node', node: this[NODE] as DocNode })));
  }

  setAttributes(attributes: unknown): FooterSection {
    const attrs = attributesArg(this, attributes, 'setAttributes');
    for (const p of paragraphsOf(this[NODE] as DocNode)) styleWhole(p, textPatch(attrs));
    return this;
  }
}

// ------------------------------------------------------------------------------ tables

export class Table extends ContainerElement {
  getNumRows(): number {
    return (this[NODE] as TableModel).rows.length;
  }

  getRow(rowIndex: unknown): TableRow {
    const env = this[ENV];
    const table = this[NODE] as TableModel;
    if (!isInt(rowIndex) || rowIndex < 0) throw signature(env, 'DocumentApp.Table.getRow', [rowIndex]);
    const row = table.rows[rowIndex];
    if (row === undefined) throw env.exception(DOC_MSG.childIndex(rowIndex, table.rows.length));
    setParent(row, table);
    return new TableRow(env, this[SESSION], row);
  }

  getCell(rowIndex: unknown, cellIndex: unknown): TableCell {
    const env = this[ENV];
    const table = this[NODE] as TableModel;
    if (!isInt(rowIndex) || !isInt(cellIndex) || rowIndex < 0 || cellIndex < 0) {
      throw signature(env, 'DocumentApp.Table.getCell', [rowIndex, cellIndex]);
    }
    const row = table.rows[rowIndex];
    if (row === undefined) throw env.exception(DOC_MSG.childIndex(rowIndex, table.rows.length));
    const cell = row.cells[cellIndex];
    if (cell === undefined) throw env.exception(DOC_MSG.childIndex(cellIndex, row.cells.length));
    setParent(row, table);
    setParent(cell, row);
    return new TableCell(env, this[SESSION], cell);
  }

  appendTableRow(tableRow?: unknown): TableRow {
    const table = this[NODE] as TableModel;
    return insertRowAt(this, table.rows.length, tableRow, 'DocumentApp.Table.appendTableRow', arguments.length);
  }

  insertTableRow(childIndex: unknown, tableRow?: unknown): TableRow {
    const env = this[ENV];
    const table = this[NODE] as TableModel;
    if (!isInt(childIndex)) throw signature(env, 'DocumentApp.Table.insertTableRow', [childIndex, tableRow]);
    if (childIndex < 0 || childIndex > table.rows.length) throw env.exception(DOC_MSG.childIndexInsert(childIndex, table.rows.length));
    return insertRowAt(this, childIndex, tableRow, 'DocumentApp.Table.insertTableRow', arguments.length - 1);
  }

  removeRow(rowIndex: unknown): TableRow {
    const env = this[ENV];
    const table = this[NODE] as TableModel;
    if (!isInt(rowIndex) || rowIndex < 0) throw signature(env, 'DocumentApp.Table.removeRow', [rowIndex]);
    const row = table.rows[rowIndex];
    if (row === undefined) throw env.exception(DOC_MSG.childIndex(rowIndex, table.rows.length));
    table.rows.splice(rowIndex, 1);
    return new TableRow(env, this[SESSION], row);
  }

  removeChild(child: unknown): Table {
    const env = this[ENV];
    const node = nodeOf(child);
    const table = this[NODE] as TableModel;
    if (node === null) throw signature(env, 'DocumentApp.Table.removeChild', [child]);
    const index = (table.rows as object[]).indexOf(node);
    if (index < 0) throw env.exception(DOC_MSG.notAChild);
    table.rows.splice(index, 1);
    return this;
  }

  getBorderWidth(): number {
    return (this[NODE] as TableModel).borderWidth;
  }

  setBorderWidth(width: unknown): Table {
    if (typeof width !== 'number' || !(width >= 0)) throw signature(this[ENV], 'DocumentApp.Table.setBorderWidth', [width]);
    (this[NODE] as TableModel).borderWidth = width;
    return this;
  }

  getBorderColor(): string {
    return (this[NODE] as TableModel).borderColor;
  }

  setBorderColor(color: unknown): Table {
    const value = colour(color);
    if (value === undefined || value === null) throw signature(this[ENV], 'DocumentApp.Table.setBorderColor', [color]);
    (this[NODE] as TableModel).borderColor = value;
    return this;
  }

  /** Width of a column in points, or null when it takes an equal share. */
  getColumnWidth(columnIndex: unknown): number | null {
    const table = this[NODE] as TableModel;
    if (!isInt(columnIndex) || columnIndex < 0) throw signature(this[ENV], 'DocumentApp.Table.getColumnWidth', [columnIndex]);
    if (columnIndex >= columnCount(table)) throw this[ENV].exception(DOC_MSG.childIndex(columnIndex, columnCount(table)));
    return table.columnWidths[columnIndex] ?? null;
  }

  setColumnWidth(columnIndex: unknown, width: unknown): Table {
    const env = this[ENV];
    const table = this[NODE] as TableModel;
    if (!isInt(columnIndex) || columnIndex < 0 || typeof width !== 'number' || !(width >= 0)) {
      throw signature(env, 'DocumentApp.Table.setColumnWidth', [columnIndex, width]);
    }
    if (columnIndex >= columnCount(table)) throw env.exception(DOC_MSG.childIndex(columnIndex, columnCount(table)));
    while (table.columnWidths.length <= columnIndex) table.columnWidths.push(null);
    table.columnWidths[columnIndex] = width;
    return this;
  }

  /** Empties every cell. */
  clear(): Table {
    for (const row of (this[NODE] as TableModel).rows) for (const cell of row.cells) clearCell(cell);
    return this;
  }

  getAttributes(): Record<string, AttrValue> {
    const table = this[NODE] as TableModel;
    return this[ENV].realm.plain({
      ...textAttributes(segmentsOf({ kind: 'node', node: table })),
      BORDER_WIDTH: table.borderWidth, BORDER_COLOR: table.borderColor,
    });
  }

  setAttributes(attributes: unknown): Table {
    const attrs = attributesArg(this, attributes, 'setAttributes');
    const table = this[NODE] as TableModel;
    if (typeof attrs.BORDER_WIDTH === 'number' && attrs.BORDER_WIDTH >= 0) table.borderWidth = attrs.BORDER_WIDTH;
    const border = colour(attrs.BORDER_COLOR);
    if (typeof border === 'string') table.borderColor = border;
    for (const p of paragraphsOf(table)) styleWhole(p, textPatch(attrs));
    return this;
  }
}

function columnCount(table: TableModel): number {
  return table.rows.reduce((max, row) => Math.max(max, row.cells.length), table.columnWidths.length);
}

function clearCell(cell: TableCellModel): void {
  const first = cell.children.find((b): b is ParagraphModel => b.kind === 'paragraph');
  const para = newParagraph('', first?.style ?? {}, first === undefined ? {} : { ...styleAt(first, 0) });
  cell.children.splice(0, cell.children.length);
  insertChild(cell, 0, para);
}

function insertRowAt(el: Table, index: number, tableRow: unknown, qualified: string, given: number): TableRow {
  const env = el[ENV];
  const table = el[NODE] as TableModel;
  let row: TableRowModel;
  if (given === 0 || tableRow === undefined) {
    row = { kind: 'tableRow', cells: [] };
  } else {
    const node = nodeOf(tableRow);
    if (node === null || !('kind' in node) || node.kind !== 'tableRow') throw signature(env, qualified, [tableRow]);
    if (!isDetached(node)) throw env.exception(DOC_MSG.mustBeDetached);
    row = node;
  }
  table.rows.splice(index, 0, row);
  setParent(row, table);
  return new TableRow(env, el[SESSION], row);
}

export class TableRow extends ContainerElement {
  getNumCells(): number {
    return (this[NODE] as TableRowModel).cells.length;
  }

  getCell(cellIndex: unknown): TableCell {
    const env = this[ENV];
    const row = this[NODE] as TableRowModel;
    if (!isInt(cellIndex) || cellIndex < 0) throw signature(env, 'DocumentApp.TableRow.getCell', [cellIndex]);
    const cell = row.cells[cellIndex];
    if (cell === undefined) throw env.exception(DOC_MSG.childIndex(cellIndex, row.cells.length));
    setParent(cell, row);
    return new TableCell(env, this[SESSION], cell);
  }

  appendTableCell(textOrCell?: unknown): TableCell {
    const row = this[NODE] as TableRowModel;
    return insertCellAt(this, row.cells.length, textOrCell, 'DocumentApp.TableRow.appendTableCell');
  }

  insertTableCell(childIndex: unknown, textOrCell?: unknown): TableCell {
    const env = this[ENV];
    const row = this[NODE] as TableRowModel;
    if (!isInt(childIndex)) throw signature(env, 'DocumentApp.TableRow.insertTableCell', [childIndex, textOrCell]);
    if (childIndex < 0 || childIndex > row.cells.length) throw env.exception(DOC_MSG.childIndexInsert(childIndex, row.cells.length));
    return insertCellAt(this, childIndex, textOrCell, 'DocumentApp.TableRow.insertTableCell');
  }

  removeCell(cellIndex: unknown): TableCell {
    const env = this[ENV];
    const row = this[NODE] as TableRowModel;
    if (!isInt(cellIndex) || cellIndex < 0) throw signature(env, 'DocumentApp.TableRow.removeCell', [cellIndex]);
    const cell = row.cells[cellIndex];
    if (cell === undefined) throw env.exception(DOC_MSG.childIndex(cellIndex, row.cells.length));
    row.cells.splice(cellIndex, 1);
    return new TableCell(env, this[SESSION], cell);
  }

  getParentTable(): Table | null {
    const parent = parentOf(this[NODE] as DocNode);
    return parent === null ? null : new Table(this[ENV], this[SESSION], parent as TableModel);
  }

  getMinimumHeight(): number {
    return (this[NODE] as TableRowModel).minimumHeight ?? 0;
  }

  setMinimumHeight(minHeight: unknown): TableRow {
    if (typeof minHeight !== 'number' || !(minHeight >= 0)) throw signature(this[ENV], 'DocumentApp.TableRow.setMinimumHeight', [minHeight]);
    (this[NODE] as TableRowModel).minimumHeight = minHeight;
    return this;
  }

  clear(): TableRow {
    for (const cell of (this[NODE] as TableRowModel).cells) clearCell(cell);
    return this;
  }

  getAttributes(): Record<string, AttrValue> {
    const row = this[NODE] as TableRowModel;
    return this[ENV].realm.plain({ ...textAttributes(segmentsOf({ kind: 'node', node: row })), MINIMUM_HEIGHT: row.minimumHeight ?? 0 });
  }

  setAttributes(attributes: unknown): TableRow {
    const attrs = attributesArg(this, attributes, 'setAttributes');
    const row = this[NODE] as TableRowModel;
    if (typeof attrs.MINIMUM_HEIGHT === 'number' && attrs.MINIMUM_HEIGHT >= 0) row.minimumHeight = attrs.MINIMUM_HEIGHT;
    for (const p of paragraphsOf(row)) styleWhole(p, textPatch(attrs));
    return this;
  }
}

function insertCellAt(el: TableRow, index: number, textOrCell: unknown, qualified: string): TableCell {
  const env = el[ENV];
  const row = el[NODE] as TableRowModel;
  let cell: TableCellModel;
  if (textOrCell === undefined || typeof textOrCell === 'string') {
    cell = newCell(lineBreaks(textOrCell ?? ''));
  } else {
    const node = nodeOf(textOrCell);
    if (node === null || !('kind' in node) || node.kind !== 'tableCell') throw signature(env, qualified, [textOrCell]);
    if (!isDetached(node)) throw env.exception(DOC_MSG.mustBeDetached);
    cell = node;
  }
  row.cells.splice(index, 0, cell);
  setParent(cell, row);
  return new TableCell(env, el[SESSION], cell);
}

export class TableCell extends BlockContainer {
  getParentRow(): TableRow | null {
    const parent = parentOf(this[NODE] as DocNode);
    return parent === null ? null : new TableRow(this[ENV], this[SESSION], parent as TableRowModel);
  }

  getParentTable(): Table | null {
    const row = parentOf(this[NODE] as DocNode);
    const table = row === null ? null : parentOf(row);
    return table === null ? null : new Table(this[ENV], this[SESSION], table as TableModel);
  }

  getColSpan(): number { return 1; }
  getRowSpan(): number { return 1; }

  /** Width of the cell's column, points (null when it takes an equal share). */
  getWidth(): number | null {
    const place = cellPlace(this);
    return place === null ? null : place.table.columnWidths[place.column] ?? null;
  }

  /** Sets the width of the column containing the cell, points. */
  setWidth(width: unknown): TableCell {
    if (typeof width !== 'number' || !(width >= 0)) throw signature(this[ENV], 'DocumentApp.TableCell.setWidth', [width]);
    const place = cellPlace(this);
    if (place !== null) {
      while (place.table.columnWidths.length <= place.column) place.table.columnWidths.push(null);
      place.table.columnWidths[place.column] = width;
    }
    return this;
  }

  getBackgroundColor(): string | null { return (this[NODE] as TableCellModel).style.backgroundColor ?? null; }
  setBackgroundColor(color: unknown): TableCell {
    const value = colour(color);
    if (value === undefined) throw signature(this[ENV], 'DocumentApp.TableCell.setBackgroundColor', [color]);
    setCellStyle(this, 'backgroundColor', value);
    return this;
  }

  getVerticalAlignment(): EnumValue | null {
    const value = (this[NODE] as TableCellModel).style.verticalAlignment;
    return value === undefined ? VerticalAlignment.TOP : VerticalAlignment[value];
  }

  setVerticalAlignment(alignment: unknown): TableCell {
    const name = enumName(VerticalAlignment, alignment);
    if (name === null) throw signature(this[ENV], 'DocumentApp.TableCell.setVerticalAlignment', [alignment]);
    setCellStyle(this, 'verticalAlignment', name);
    return this;
  }

  getPaddingTop(): number { return (this[NODE] as TableCellModel).style.paddingTop ?? 5; }
  getPaddingBottom(): number { return (this[NODE] as TableCellModel).style.paddingBottom ?? 5; }
  getPaddingLeft(): number { return (this[NODE] as TableCellModel).style.paddingLeft ?? 5; }
  getPaddingRight(): number { return (this[NODE] as TableCellModel).style.paddingRight ?? 5; }
  setPaddingTop(paddingTop: unknown): TableCell { return setPadding(this, 'paddingTop', paddingTop, 'setPaddingTop'); }
  setPaddingBottom(paddingBottom: unknown): TableCell { return setPadding(this, 'paddingBottom', paddingBottom, 'setPaddingBottom'); }
  setPaddingLeft(paddingLeft: unknown): TableCell { return setPadding(this, 'paddingLeft', paddingLeft, 'setPaddingLeft'); }
  setPaddingRight(paddingRight: unknown): TableCell { return setPadding(this, 'paddingRight', paddingRight, 'setPaddingRight'); }

  override clear(): TableCell {
    clearCell(this[NODE] as TableCellModel);
    return this;
  }

  getAttributes(): Record<string, AttrValue> {
    const cell = this[NODE] as TableCellModel;
    return this[ENV].realm.plain({
      ...textAttributes(segmentsOf({ kind: 'node', node: cell })),
      BACKGROUND_COLOR: cell.style.backgroundColor ?? null,
      VERTICAL_ALIGNMENT: VerticalAlignment[cell.style.verticalAlignment ?? 'TOP'],
      PADDING_TOP: cell.style.paddingTop ?? 5, PADDING_BOTTOM: cell.style.paddingBottom ?? 5,
      PADDING_LEFT: cell.style.paddingLeft ?? 5, PADDING_RIGHT: cell.style.paddingRight ?? 5,
      WIDTH: cellPlace(this) === null ? null : (cellPlace(this)!.table.columnWidths[cellPlace(this)!.column] ?? null),
    });
  }

  /** Cell attributes (WIDTH, BACKGROUND_COLOR of the cell, VERTICAL_ALIGNMENT, PADDING_*) and text attributes for its text. */
  setAttributes(attributes: unknown): TableCell {
    const attrs = attributesArg(this, attributes, 'setAttributes');
    const cell = this[NODE] as TableCellModel;
    const background = colour(attrs.BACKGROUND_COLOR);
    if (background !== undefined) setCellStyle(this, 'backgroundColor', background);
    const valign = enumName(VerticalAlignment, attrs.VERTICAL_ALIGNMENT);
    if (valign !== null) cell.style.verticalAlignment = valign;
    for (const [attr, key] of [['PADDING_TOP', 'paddingTop'], ['PADDING_BOTTOM', 'paddingBottom'], ['PADDING_LEFT', 'paddingLeft'], ['PADDING_RIGHT', 'paddingRight']] as const) {
      const value = attrs[attr];
      if (typeof value === 'number' && value >= 0) cell.style[key] = value;
    }
    const width = attrs.WIDTH;
    const place = cellPlace(this);
    if (typeof width === 'number' && width >= 0 && place !== null) {
      while (place.table.columnWidths.length <= place.column) place.table.columnWidths.push(null);
      place.table.columnWidths[place.column] = width;
    }
    for (const p of paragraphsOf(cell)) styleWhole(p, textPatch(attrs, ['BACKGROUND_COLOR']));
    return this;
  }
}

function cellPlace(el: TableCell): { table: TableModel; column: number } | null {
  const cell = el[NODE] as TableCellModel;
  const row = parentOf(cell) as TableRowModel | null;
  const table = row === null ? null : (parentOf(row) as TableModel | null);
  if (row === null || table === null) return null;
  return { table, column: row.cells.indexOf(cell) };
}

function setCellStyle<K extends 'backgroundColor' | 'verticalAlignment'>(el: TableCell, key: K, value: TableCellModel['style'][K] | null): void {
  const style = (el[NODE] as TableCellModel).style;
  if (value === null) delete style[key];
  else style[key] = value as TableCellModel['style'][K];
}

function setPadding(el: TableCell, key: 'paddingTop' | 'paddingBottom' | 'paddingLeft' | 'paddingRight', value: unknown, method: string): TableCell {
  if (typeof value !== 'number' || !(value >= 0)) throw signature(el[ENV], `DocumentApp.TableCell.${method}`, [value]);
  (el[NODE] as TableCellModel).style[key] = value;
  return el;
}

// ------------------------------------------------------------------------------ paragraphs

export class Paragraph extends DocElement {
  getNumChildren(): number {
    return paragraphChildren(this[NODE] as ParagraphModel).length;
  }

  getChild(childIndex: unknown): DocElement {
    const env = this[ENV];
    const children = paragraphChildren(this[NODE] as ParagraphModel);
    if (!isInt(childIndex) || childIndex < 0) throw signature(env, 'DocumentApp.Paragraph.getChild', [childIndex]);
    const child = children[childIndex];
    if (child === undefined) throw env.exception(DOC_MSG.childIndex(childIndex, children.length));
    return paragraphChild(this, child);
  }

  getChildIndex(child: unknown): number {
    const env = this[ENV];
    const node = nodeOf(child);
    if (node === null) throw signature(env, 'DocumentApp.Paragraph.getChildIndex', [child]);
    const children = paragraphChildren(this[NODE] as ParagraphModel);
    const index = children.findIndex((c) => (c.kind === 'inline' ? c.inline === node
      : 'kind' in node && node.kind === 'group' && node.para === this[NODE] && node.index === c.index));
    if (index < 0) throw env.exception(DOC_MSG.notAChild);
    return index;
  }

  removeChild(child: unknown): Paragraph {
    const env = this[ENV];
    const node = nodeOf(child);
    const p = this[NODE] as ParagraphModel;
    if (node === null) throw signature(env, 'DocumentApp.Paragraph.removeChild', [child]);
    if ('kind' in node && node.kind === 'group' && node.para === p) {
      removeGroup(p, node.index);
    } else if (p.inlines.includes(node as InlineModel)) {
      p.inlines.splice(p.inlines.indexOf(node as InlineModel), 1);
      normalizeParagraph(p);
    } else {
      throw env.exception(DOC_MSG.notAChild);
    }
    return this;
  }

  getText(): string {
    return paragraphText(this[NODE] as ParagraphModel);
  }

  setText(text: unknown): Paragraph {
    setParagraphText(this[NODE] as ParagraphModel, text === null || text === undefined ? '' : String(text));
    return this;
  }

  appendText(text: unknown): Text {
    const env = this[ENV];
    const p = this[NODE] as ParagraphModel;
    const value = textArg(env, text, 'DocumentApp.Paragraph.appendText');
    appendToParagraph(p, value);
    return new Text(env, this[SESSION], { kind: 'group', para: p, index: textGroups(p).length - 1 });
  }

  insertText(childIndex: unknown, text: unknown): Text {
    const env = this[ENV];
    const p = this[NODE] as ParagraphModel;
    const children = paragraphChildren(p);
    if (!isInt(childIndex) || childIndex < 0) throw signature(env, 'DocumentApp.Paragraph.insertText', [childIndex, text]);
    if (childIndex > children.length) throw env.exception(DOC_MSG.childIndexInsert(childIndex, children.length));
    const value = textArg(env, text, 'DocumentApp.Paragraph.insertText');
    // Insert before child `childIndex`: at the character offset where that child starts.
    let offset = paragraphText(p).length;
    const target = children[childIndex];
    if (target !== undefined) {
      if (target.kind === 'group') offset = textGroups(p)[target.index]!.from;
      else offset = offsetBeforeInline(p, target.inline);
    }
    const before = textGroups(p).filter((g) => g.to <= offset).length;
    if (target !== undefined && target.kind === 'inline') {
      p.inlines.splice(p.inlines.indexOf(target.inline), 0, { kind: 'text', text: lineBreaks(value), style: { ...styleAt(p, Math.max(0, offset - 1)) } });
      normalizeParagraph(p);
    } else {
      insertTextAt(p, offset, value);
    }
    const groups = textGroups(p);
    const index = groups.findIndex((g) => g.from <= offset && offset < g.to);
    return new Text(env, this[SESSION], { kind: 'group', para: p, index: index < 0 ? before : index });
  }

  editAsText(): Text {
    return new Text(this[ENV], this[SESSION], { kind: 'node', node: this[NODE] as ParagraphModel });
  }

  clear(): Paragraph {
    const p = this[NODE] as ParagraphModel;
    p.inlines = [];
    return this;
  }

  appendPageBreak(pageBreak?: unknown): PageBreak {
    const env = this[ENV];
    const inline = pageBreakArg(env, pageBreak, 'DocumentApp.Paragraph.appendPageBreak');
    const p = this[NODE] as ParagraphModel;
    p.inlines.push(inline);
    setParent(inline, p);
    return new PageBreak(env, this[SESSION], inline);
  }

  appendHorizontalRule(): HorizontalRule {
    const p = this[NODE] as ParagraphModel;
    const rule: InlineModel = { kind: 'horizontalRule' };
    p.inlines.push(rule);
    setParent(rule, p);
    return new HorizontalRule(this[ENV], this[SESSION], rule);
  }

  getAlignment(): EnumValue | null {
    const value = (this[NODE] as ParagraphModel).style.alignment;
    return value === undefined ? null : HorizontalAlignment[value];
  }

  setAlignment(alignment: unknown): Paragraph {
    const name = enumName(HorizontalAlignment, alignment);
    if (name === null && alignment !== null) throw signature(this[ENV], 'DocumentApp.Paragraph.setAlignment', [alignment]);
    const style = (this[NODE] as ParagraphModel).style;
    if (name === null) delete style.alignment;
    else style.alignment = name;
    return this;
  }

  getHeading(): EnumValue {
    return ParagraphHeading[(this[NODE] as ParagraphModel).style.heading];
  }

  setHeading(heading: unknown): Paragraph {
    const name = enumName(ParagraphHeading, heading);
    if (name === null) throw signature(this[ENV], 'DocumentApp.Paragraph.setHeading', [heading]);
    (this[NODE] as ParagraphModel).style.heading = name;
    return this;
  }

  getIndentFirstLine(): number | null { return (this[NODE] as ParagraphModel).style.indentFirstLine ?? null; }
  getIndentStart(): number | null { return (this[NODE] as ParagraphModel).style.indentStart ?? null; }
  getIndentEnd(): number | null { return (this[NODE] as ParagraphModel).style.indentEnd ?? null; }
  getSpacingBefore(): number | null { return (this[NODE] as ParagraphModel).style.spacingBefore ?? null; }
  getSpacingAfter(): number | null { return (this[NODE] as ParagraphModel).style.spacingAfter ?? null; }
  getLineSpacing(): number | null { return (this[NODE] as ParagraphModel).style.lineSpacing ?? null; }
  setIndentFirstLine(indentFirstLine: unknown): Paragraph { return setParaNumber(this, 'indentFirstLine', indentFirstLine, 'setIndentFirstLine'); }
  setIndentStart(indentStart: unknown): Paragraph { return setParaNumber(this, 'indentStart', indentStart, 'setIndentStart'); }
  setIndentEnd(indentEnd: unknown): Paragraph { return setParaNumber(this, 'indentEnd', indentEnd, 'setIndentEnd'); }
  setSpacingBefore(spacingBefore: unknown): Paragraph { return setParaNumber(this, 'spacingBefore', spacingBefore, 'setSpacingBefore'); }
  setSpacingAfter(spacingAfter: unknown): Paragraph { return setParaNumber(this, 'spacingAfter', spacingAfter, 'setSpacingAfter'); }
  setLineSpacing(multiplier: unknown): Paragraph { return setParaNumber(this, 'lineSpacing', multiplier, 'setLineSpacing'); }

  isLeftToRight(): boolean { return (this[NODE] as ParagraphModel).style.leftToRight ?? true; }
  setLeftToRight(leftToRight: unknown): Paragraph {
    if (typeof leftToRight !== 'boolean') throw signature(this[ENV], 'DocumentApp.Paragraph.setLeftToRight', [leftToRight]);
    (this[NODE] as ParagraphModel).style.leftToRight = leftToRight;
    return this;
  }

  getLinkUrl(): string | null {
    return commonValue(segmentsOf({ kind: 'node', node: this[NODE] as ParagraphModel }), 'linkUrl') as string | null;
  }

  setLinkUrl(url: unknown): Paragraph {
    if (url !== null && typeof url !== 'string') throw signature(this[ENV], 'DocumentApp.Paragraph.setLinkUrl', [url]);
    styleWhole(this[NODE] as ParagraphModel, { linkUrl: url });
    return this;
  }

  getAttributes(): Record<string, AttrValue> {
    const p = this[NODE] as ParagraphModel;
    return this[ENV].realm.plain({ ...paragraphAttributes(p), ...textAttributes(segmentsOf({ kind: 'node', node: p })) });
  }

  setAttributes(attributes: unknown): Paragraph {
    applyParagraphAttributes(this[NODE] as ParagraphModel, attributesArg(this, attributes, 'setAttributes'));
    return this;
  }

  replaceText(searchPattern: unknown, replacement: unknown): Paragraph {
    replaceIn(this[ENV], [this[NODE] as ParagraphModel], searchPattern, replacement, 'DocumentApp.Paragraph.replaceText');
    return this;
  }

  findText(searchPattern: unknown, from?: unknown): RangeElement | null {
    return findIn(this, [this[NODE] as ParagraphModel], searchPattern, from);
  }

  findElement(elementType: unknown, from?: unknown): RangeElement | null {
    return findElementIn(this, elementType, from);
  }

  copy(): Paragraph {
    const clone = cloneNode(this[NODE] as ParagraphModel);
    linkTree(clone);
    return new Paragraph(this[ENV], detachedSession(), clone);
  }
}

type ParaChild = { kind: 'group'; index: number } | { kind: 'inline'; inline: InlineModel };

function paragraphChildren(p: ParagraphModel): ParaChild[] {
  const out: ParaChild[] = [];
  let group = -1;
  let inText = false;
  for (const inline of p.inlines) {
    if (inline.kind === 'text') {
      if (!inText) {
        group += 1;
        out.push({ kind: 'group', index: group });
        inText = true;
      }
    } else {
      inText = false;
      out.push({ kind: 'inline', inline });
    }
  }
  return out;
}

function paragraphChild(el: Paragraph, child: ParaChild): DocElement {
  const p = el[NODE] as ParagraphModel;
  if (child.kind === 'group') return new Text(el[ENV], el[SESSION], { kind: 'group', para: p, index: child.index });
  setParent(child.inline, p);
  return wrap(el[ENV], el[SESSION], child.inline);
}

function offsetBeforeInline(p: ParagraphModel, target: InlineModel): number {
  let pos = 0;
  for (const inline of p.inlines) {
    if (inline === target) return pos;
    if (inline.kind === 'text') pos += inline.text.length;
  }
  return pos;
}

function removeGroup(p: ParagraphModel, index: number): void {
  const group = textGroups(p)[index];
  if (group === undefined) return;
  p.inlines.splice(group.first, group.last - group.first + 1);
  normalizeParagraph(p);
}

function appendToParagraph(p: ParagraphModel, text: string): void {
  const length = paragraphText(p).length;
  const last = p.inlines[p.inlines.length - 1];
  const style = last !== undefined && last.kind === 'text' ? { ...last.style } : length === 0 ? { ...p.markStyle } : { ...styleAt(p, length - 1) };
  p.inlines.push({ kind: 'text', text: lineBreaks(text), style });
  normalizeParagraph(p);
}

function textArg(env: Env, text: unknown, qualified: string): string {
  if (typeof text === 'string') return text;
  const node = nodeOf(text);
  if (node !== null && 'kind' in node && (node.kind === 'group' || node.kind === 'node')) return segmentsText(segmentsOf(node));
  throw signature(env, qualified, [text]);
}

function setParaNumber(el: Paragraph, key: 'indentFirstLine' | 'indentStart' | 'indentEnd' | 'spacingBefore' | 'spacingAfter' | 'lineSpacing', value: unknown, method: string): Paragraph {
  const style = (el[NODE] as ParagraphModel).style;
  if (value === null) {
    delete style[key];
    return el;
  }
  if (typeof value !== 'number' || !Number.isFinite(value)) throw signature(el[ENV], `DocumentApp.Paragraph.${method}`, [value]);
  style[key] = value;
  return el;
}

// ------------------------------------------------------------------------------ text

/** A Text element: styled characters of a paragraph (or of all paragraphs of an element). */
export class Text extends DocElement {
  getText(): string {
    return segmentsText(segmentsOf(this[NODE] as TextScope));
  }

  setText(text: unknown): Text {
    const scope = this[NODE] as TextScope;
    const value = text === null || text === undefined ? '' : String(text);
    const segments = segmentsOf(scope);
    if (scope.kind === 'node' && scope.node.kind !== 'paragraph') {
      // The whole text of a container: the first paragraph takes the text, the others are emptied.
      segments.forEach((s, i) => setParagraphText(s.para, i === 0 ? value : ''));
      return this;
    }
    const s = segments[0];
    if (s === undefined) {
      if (scope.kind === 'node' && scope.node.kind === 'paragraph') setParagraphText(scope.node, value);
      return this;
    }
    const style = { ...styleAt(s.para, s.from) };
    deleteRange(s.para, s.from, s.to);
    insertTextAt(s.para, s.from, value, style);
    return this;
  }

  appendText(text: unknown): Text {
    const value = textArg(this[ENV], text, 'DocumentApp.Text.appendText');
    const segments = segmentsOf(this[NODE] as TextScope);
    const last = segments[segments.length - 1];
    if (last === undefined) {
      const scope = this[NODE] as TextScope;
      const para = scope.kind === 'group' ? scope.para : paragraphsOf(scope.node)[0];
      if (para !== undefined) appendToParagraph(para, value);
      return this;
    }
    if (last.to === paragraphText(last.para).length) appendToParagraph(last.para, value);
    else insertTextAt(last.para, last.to, value);
    return this;
  }

  insertText(offset: unknown, text: unknown): Text {
    const env = this[ENV];
    const segments = segmentsOf(this[NODE] as TextScope);
    const total = segmentsText(segments).length;
    if (!isInt(offset) || offset < 0 || typeof text !== 'string') throw signature(env, 'DocumentApp.Text.insertText', [offset, text]);
    if (offset > total) throw env.exception(DOC_MSG.contentIndex(offset, total));
    let pos = 0;
    for (const s of segments) {
      const length = s.to - s.from;
      if (offset <= pos + length) {
        insertTextAt(s.para, s.from + offset - pos, text);
        return this;
      }
      pos += length + 1;
    }
    return this;
  }

  deleteText(startOffset: unknown, endOffsetInclusive: unknown): Text {
    const [start, end] = rangeArgs(this, startOffset, endOffsetInclusive, 'deleteText');
    const segments = segmentsOf(this[NODE] as TextScope);
    const edits: Array<[ParagraphModel, number, number]> = [];
    forRange(segments, start, end + 1, (s, from, to) => edits.push([s.para, from, to]));
    for (const [para, from, to] of edits.reverse()) deleteRange(para, from, to);
    return this;
  }

  getTextAttributeIndices(): number[] {
    const segments = segmentsOf(this[NODE] as TextScope);
    const out: number[] = [];
    let pos = 0;
    for (const s of segments) {
      for (const i of attributeIndices(s.para, s.from, s.to)) if (out[out.length - 1] !== pos + i) out.push(pos + i);
      pos += s.to - s.from + 1;
    }
    return this[ENV].realm.array(out.length === 0 ? [0] : out);
  }

  isBold(offset?: unknown): boolean | null { return getStyle(this, 'bold', offset, arguments.length) as boolean | null; }
  isItalic(offset?: unknown): boolean | null { return getStyle(this, 'italic', offset, arguments.length) as boolean | null; }
  isUnderline(offset?: unknown): boolean | null { return getStyle(this, 'underline', offset, arguments.length) as boolean | null; }
  isStrikethrough(offset?: unknown): boolean | null { return getStyle(this, 'strikethrough', offset, arguments.length) as boolean | null; }
  getFontSize(offset?: unknown): number | null { return getStyle(this, 'fontSize', offset, arguments.length) as number | null; }
  getFontFamily(offset?: unknown): string | null { return getStyle(this, 'fontFamily', offset, arguments.length) as string | null; }
  getForegroundColor(offset?: unknown): string | null { return getStyle(this, 'foregroundColor', offset, arguments.length) as string | null; }
  getBackgroundColor(offset?: unknown): string | null { return getStyle(this, 'backgroundColor', offset, arguments.length) as string | null; }
  getLinkUrl(offset?: unknown): string | null { return getStyle(this, 'linkUrl', offset, arguments.length) as string | null; }

  setBold(...args: unknown[]): Text { return setStyle(this, 'bold', args, 'setBold', boolValue); }
  setItalic(...args: unknown[]): Text { return setStyle(this, 'italic', args, 'setItalic', boolValue); }
  setUnderline(...args: unknown[]): Text { return setStyle(this, 'underline', args, 'setUnderline', boolValue); }
  setStrikethrough(...args: unknown[]): Text { return setStyle(this, 'strikethrough', args, 'setStrikethrough', boolValue); }
  setFontSize(...args: unknown[]): Text {
    return setStyle(this, 'fontSize', args, 'setFontSize', (v) => (v === null || (typeof v === 'number' && v > 0) ? v : undefined));
  }
  setFontFamily(...args: unknown[]): Text { return setStyle(this, 'fontFamily', args, 'setFontFamily', fontName); }
  setForegroundColor(...args: unknown[]): Text { return setStyle(this, 'foregroundColor', args, 'setForegroundColor', colour); }
  setBackgroundColor(...args: unknown[]): Text { return setStyle(this, 'backgroundColor', args, 'setBackgroundColor', colour); }
  setLinkUrl(...args: unknown[]): Text {
    return setStyle(this, 'linkUrl', args, 'setLinkUrl', (v) => (v === null || typeof v === 'string' ? v : undefined));
  }

  getAttributes(offset?: unknown): Record<string, AttrValue> {
    const env = this[ENV];
    const segments = segmentsOf(this[NODE] as TextScope);
    if (arguments.length === 0) return env.realm.plain(textAttributes(segments));
    const total = segmentsText(segments).length;
    if (!isInt(offset) || offset < 0) throw signature(env, 'DocumentApp.Text.getAttributes', [offset]);
    if (offset >= total) throw env.exception(DOC_MSG.contentIndex(offset, total));
    const out: Record<string, AttrValue> = {};
    forRange(segments, offset, offset + 1, (s, from) => {
      const style = styleAt(s.para, from);
      for (const [attr, key] of Object.entries(TEXT_ATTRS)) out[attr] = style[key] ?? null;
    });
    return env.realm.plain(out);
  }

  /** setAttributes(attributes) or setAttributes(startOffset, endOffsetInclusive, attributes). */
  setAttributes(...args: unknown[]): Text {
    const segments = segmentsOf(this[NODE] as TextScope);
    if (args.length === 1) {
      const attrs = attributesArg(this, args[0], 'setAttributes');
      const scope = this[NODE] as TextScope;
      if (scope.kind === 'node') for (const p of paragraphsOf(scope.node)) styleWhole(p, textPatch(attrs));
      else styleRange(scope.para, segments[0]?.from ?? 0, segments[0]?.to ?? 0, textPatch(attrs));
      return this;
    }
    const [start, end] = rangeArgs(this, args[0], args[1], 'setAttributes');
    const attrs = attributesArg(this, args[2], 'setAttributes');
    const patch = textPatch(attrs);
    forRange(segments, start, end + 1, (s, from, to) => styleRange(s.para, from, to, patch));
    return this;
  }

  replaceText(searchPattern: unknown, replacement: unknown): Text {
    replaceIn(this[ENV], segmentsOf(this[NODE] as TextScope).map((s) => s.para), searchPattern, replacement, 'DocumentApp.Text.replaceText');
    return this;
  }

  findText(searchPattern: unknown, from?: unknown): RangeElement | null {
    return findIn(this, segmentsOf(this[NODE] as TextScope).map((s) => s.para), searchPattern, from);
  }

  override getParent(): DocElement | null {
    const scope = this[NODE] as TextScope;
    if (scope.kind === 'group') return new Paragraph(this[ENV], this[SESSION], scope.para);
    const parent = parentOf(scope.node);
    return parent === null ? null : wrap(this[ENV], this[SESSION], parent);
  }

  override removeFromParent(): Text {
    const scope = this[NODE] as TextScope;
    if (scope.kind === 'group') removeGroup(scope.para, scope.index);
    else detachNode(this[ENV], scope.node);
    return this;
  }

  copy(): Text {
    const segments = segmentsOf(this[NODE] as TextScope);
    const para = newParagraph();
    for (const s of segments) {
      const part = cloneNode(s.para);
      deleteRange(part, s.to, paragraphText(part).length);
      deleteRange(part, 0, s.from);
      for (const inline of part.inlines) if (inline.kind === 'text') para.inlines.push(inline);
    }
    normalizeParagraph(para);
    return new Text(this[ENV], detachedSession(), { kind: 'group', para, index: 0 });
  }
}

function boolValue(v: unknown): boolean | null | undefined {
  return v === null || typeof v === 'boolean' ? v : undefined;
}

function rangeArgs(el: Text, startOffset: unknown, endOffsetInclusive: unknown, method: string): [number, number] {
  const env = el[ENV];
  if (!isInt(startOffset) || !isInt(endOffsetInclusive) || startOffset < 0 || endOffsetInclusive < startOffset) {
    throw signature(env, `DocumentApp.Text.${method}`, [startOffset, endOffsetInclusive]);
  }
  const total = segmentsText(segmentsOf(el[NODE] as TextScope)).length;
  if (startOffset >= total) throw env.exception(DOC_MSG.contentIndex(startOffset, total));
  if (endOffsetInclusive >= total) throw env.exception(DOC_MSG.contentIndex(endOffsetInclusive, total));
  return [startOffset, endOffsetInclusive];
}

function getStyle(el: Text, key: keyof TextStyle, offset: unknown, given: number): unknown {
  const env = el[ENV];
  const segments = segmentsOf(el[NODE] as TextScope);
  if (given === 0 || offset === undefined) return commonValue(segments, key);
  const total = segmentsText(segments).length;
  if (!isInt(offset) || offset < 0) throw signature(env, `DocumentApp.Text.get${key}`, [offset]);
  if (offset >= total) throw env.exception(DOC_MSG.contentIndex(offset, total));
  let value: unknown = null;
  forRange(segments, offset, offset + 1, (s, from) => { value = styleAt(s.para, from)[key] ?? null; });
  return value;
}

/** setX(value) styles all the text (and, for whole paragraphs, their marks); setX(start, endInclusive, value) a range. */
function setStyle(el: Text, key: keyof TextStyle, args: unknown[], method: string, convert: (v: unknown) => unknown): Text {
  const env = el[ENV];
  const qualified = `DocumentApp.Text.${method}`;
  if (args.length === 1) {
    const value = convert(args[0]);
    if (value === undefined) throw signature(env, qualified, args);
    const scope = el[NODE] as TextScope;
    if (scope.kind === 'node') for (const p of paragraphsOf(scope.node)) styleWhole(p, { [key]: value });
    else for (const s of segmentsOf(scope)) styleRange(s.para, s.from, s.to, { [key]: value });
    return el;
  }
  if (args.length !== 3) throw signature(env, qualified, args);
  const value = convert(args[2]);
  if (value === undefined) throw signature(env, qualified, args);
  const [start, end] = rangeArgs(el, args[0], args[1], method);
  forRange(segmentsOf(el[NODE] as TextScope), start, end + 1, (s, from, to) => styleRange(s.para, from, to, { [key]: value }));
  return el;
}

// ------------------------------------------------------------------------------ inline elements

export class PageBreak extends DocElement {
  copy(): PageBreak {
    return new PageBreak(this[ENV], detachedSession(), { kind: 'pageBreak' });
  }

  getAttributes(): Record<string, AttrValue> {
    return this[ENV].realm.plain({});
  }

  setAttributes(attributes: unknown): PageBreak {
    attributesArg(this, attributes, 'setAttributes');
    return this;
  }
}

export class HorizontalRule extends DocElement {
  copy(): HorizontalRule {
    return new HorizontalRule(this[ENV], detachedSession(), { kind: 'horizontalRule' });
  }

  getAttributes(): Record<string, AttrValue> {
    return this[ENV].realm.plain({});
  }

  setAttributes(attributes: unknown): HorizontalRule {
    attributesArg(this, attributes, 'setAttributes');
    return this;
  }
}

/** A page number or page count field (found in documents made in Docs; DocumentApp cannot create one). */
export class AutoText extends DocElement {
  getAutoTextType(): string {
    return (this[NODE] as { autoTextType: string }).autoTextType;
  }

  copy(): AutoText {
    return new AutoText(this[ENV], detachedSession(), cloneNode(this[NODE] as InlineModel));
  }

  getAttributes(): Record<string, AttrValue> {
    const style = (this[NODE] as { style: TextStyle }).style;
    const out: Record<string, AttrValue> = {};
    for (const [attr, key] of Object.entries(TEXT_ATTRS)) out[attr] = style[key] ?? null;
    return this[ENV].realm.plain(out);
  }

  setAttributes(attributes: unknown): AutoText {
    const node = this[NODE] as { style: TextStyle };
    const patch = textPatch(attributesArg(this, attributes, 'setAttributes'));
    for (const [k, v] of Object.entries(patch)) {
      if (v === null) delete (node.style as Record<string, unknown>)[k];
      else (node.style as Record<string, unknown>)[k] = v;
    }
    return this;
  }
}

// ------------------------------------------------------------------------------ search

/** A found range of text (Body.findText) or a found element (findElement). */
export class RangeElement extends Emulated {
  readonly #element: DocElement;
  readonly #start: number;
  readonly #end: number;
  readonly #partial: boolean;

  constructor(env: Env, element: DocElement, start: number, endInclusive: number, partial: boolean) {
    super(env);
    this.#element = element;
    this.#start = start;
    this.#end = endInclusive;
    this.#partial = partial;
  }

  getElement(): DocElement {
    return this.#element;
  }

  getStartOffset(): number {
    return this.#partial ? this.#start : -1;
  }

  getEndOffsetInclusive(): number {
    return this.#partial ? this.#end : -1;
  }

  isPartial(): boolean {
    return this.#partial;
  }

  /** Where this result sits (for findText/findElement `from`): the paragraph or node and the offset. */
  static position(range: RangeElement): { node: unknown; end: number } {
    return { node: range.#element[NODE], end: range.#end };
  }
}

function findIn(el: DocElement, paragraphs: readonly ParagraphModel[], searchPattern: unknown, from: unknown): RangeElement | null {
  const env = el[ENV];
  if (typeof searchPattern !== 'string' || (from !== undefined && !(from instanceof RangeElement))) {
    throw signature(env, `${qualifiedOf(el)}.findText`, from === undefined ? [searchPattern] : [searchPattern, from]);
  }
  const regex = compilePattern(env, searchPattern);
  let startPara = 0;
  let startOffset = 0;
  if (from instanceof RangeElement) {
    const position = RangeElement.position(from);
    const node = position.node as TextScope;
    const para = node.kind === 'group' ? node.para : node.kind === 'node' && node.node.kind === 'paragraph' ? node.node : null;
    const index = para === null ? -1 : paragraphs.indexOf(para);
    if (index >= 0) {
      startPara = index;
      startOffset = position.end + 1;
    }
  }
  for (let i = startPara; i < paragraphs.length; i++) {
    const para = paragraphs[i]!;
    const text = paragraphText(para);
    regex.lastIndex = i === startPara ? startOffset : 0;
    for (let m = regex.exec(text); m !== null; m = regex.exec(text)) {
      if (m[0].length === 0) { regex.lastIndex += 1; continue; }
      const text_ = new Text(env, el[SESSION], { kind: 'node', node: para });
      return new RangeElement(env, text_, m.index, m.index + m[0].length - 1, true);
    }
  }
  return null;
}

function findElementIn(el: DocElement, elementType: unknown, from: unknown): RangeElement | null {
  const env = el[ENV];
  const type = enumName(ElementType, elementType);
  if (type === null || (from !== undefined && !(from instanceof RangeElement))) {
    throw signature(env, `${qualifiedOf(el)}.findElement`, from === undefined ? [elementType] : [elementType, from]);
  }
  const found: Array<DocNode | InlineModel | TextScope> = [];
  const walk = (n: DocNode): void => {
    if (n.kind === 'paragraph') {
      if (type === 'PARAGRAPH') found.push(n);
      paragraphChildren(n).forEach((c) => {
        if (c.kind === 'group' && type === 'TEXT') found.push({ kind: 'group', para: n, index: c.index });
        if (c.kind === 'inline' && TYPE_OF_KIND[c.inline.kind] === type) found.push(c.inline);
      });
      return;
    }
    if (TYPE_OF_KIND[n.kind] === type) found.push(n);
    childrenOf(n).forEach((child) => {
      setParent(child, n);
      walk(child);
    });
  };
  childrenOf(el[NODE] as DocNode).forEach((child) => walk(child));
  let start = 0;
  if (from instanceof RangeElement) {
    const node = RangeElement.position(from).node;
    const at = found.findIndex((f) => f === node || ('kind' in f && f.kind === 'group' && (node as TextScope).kind === 'group'
      && (node as { para: unknown }).para === f.para && (node as { index: number }).index === f.index));
    start = at + 1;
  }
  const next = found[start];
  if (next === undefined) return null;
  const element = 'kind' in next && (next.kind === 'group' || next.kind === 'node')
    ? new Text(env, el[SESSION], next as TextScope)
    : wrap(env, el[SESSION], next as DocNode | InlineModel);
  return new RangeElement(env, element, -1, -1, false);
}

// ------------------------------------------------------------------------------ registration


/** Makes every method of an element class fail once its document was saved and closed. */
function guardClosed(cls: abstract new (...args: never[]) => DocElement): void {
  const proto = cls.prototype as unknown as Record<string, unknown>;
  for (const name of Object.getOwnPropertyNames(proto)) {
    if (name === 'constructor' || name === 'toString') continue;
    const descriptor = Object.getOwnPropertyDescriptor(proto, name);
    if (descriptor === undefined || typeof descriptor.value !== 'function') continue;
    const method = descriptor.value as (this: DocElement, ...args: unknown[]) => unknown;
    const guarded = function (this: DocElement, ...args: unknown[]): unknown {
      if (this[SESSION].closed) throw this[ENV].exception(DOC_MSG.closed);
      return method.apply(this, args);
    };
    Object.defineProperty(guarded, 'name', { value: name });
    Object.defineProperty(proto, name, { ...descriptor, value: guarded });
  }
}

const NOT_EMULATED_CONTAINER = [
  'appendImage', 'insertImage', 'appendListItem', 'insertListItem', 'getImages', 'getListItems', 'getFootnotes',
  'appendFootnote',
];

const CLASSES: Array<[abstract new (...args: never[]) => DocElement, string, string[]]> = [
  [Body, 'Body', [...NOT_EMULATED_CONTAINER, 'getLinkUrl', 'setLinkUrl', 'getTextAlignment', 'setTextAlignment', 'getHeadingAttributes', 'setHeadingAttributes']],
  [HeaderSection, 'HeaderSection', [...NOT_EMULATED_CONTAINER, 'getLinkUrl', 'setLinkUrl', 'getTextAlignment', 'setTextAlignment']],
  [FooterSection, 'FooterSection', [...NOT_EMULATED_CONTAINER, 'getLinkUrl', 'setLinkUrl', 'getTextAlignment', 'setTextAlignment']],
  [Paragraph, 'Paragraph', ['appendInlineImage', 'insertInlineImage', 'addPositionedImage', 'getPositionedImages', 'removePositionedImage', 'merge', 'getTextAlignment', 'setTextAlignment']],
  [Text, 'Text', ['merge', 'getTextAlignment', 'setTextAlignment', 'getLinkUrl', 'setLinkUrl', 'isAtDocumentEnd']],
  [Table, 'Table', ['getLinkUrl', 'setLinkUrl', 'getTextAlignment', 'setTextAlignment', 'merge']],
  [TableRow, 'TableRow', ['getLinkUrl', 'setLinkUrl', 'getTextAlignment', 'setTextAlignment', 'merge']],
  [TableCell, 'TableCell', [...NOT_EMULATED_CONTAINER, 'getLinkUrl', 'setLinkUrl', 'getTextAlignment', 'setTextAlignment', 'merge']],
  [PageBreak, 'PageBreak', ['merge']],
  [HorizontalRule, 'HorizontalRule', ['merge']],
  [AutoText, 'AutoText', ['merge']],
];

for (const [cls, name, notEmulated] of CLASSES) {
  flattenInherited(cls);
  const own = new Set(Object.getOwnPropertyNames(cls.prototype));
  declareNotEmulated(cls, name, notEmulated.filter((m) => !own.has(m)));
  guardClosed(cls);
  instrument(cls, { service: 'DocumentApp', className: name, qualifiedName: `DocumentApp.${name}`, scopes: DOCUMENT_SCOPES });
}
instrument(RangeElement, { service: 'DocumentApp', className: 'RangeElement', qualifiedName: 'DocumentApp.RangeElement', scopes: DOCUMENT_SCOPES });

/** Host-side: the model node an element views (for tests and the Docs service). */
export function nodeOfElement(value: unknown): DocNode | InlineModel | TextScope | null {
  return nodeOf(value);
}

export { detachedSession };
