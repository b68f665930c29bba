/**
 * Where a node of a document model sits: its parent, its document, whether it is detached
 * (a copy not inserted anywhere). The model stays plain data (no parent pointers, so it can
 * be cloned, saved and exported); the links live in WeakMaps here, set when a document is
 * opened and kept up to date by every insertion the emulation makes.
 */
import {
  childrenOf, newParagraph, type BlockModel, type DocNode, type DocumentModel, type InlineModel,
  type ParagraphModel, type SectionModel,
} from './document-model';
import { insertionStyle, lineBreaks } from './document-text';
import { paragraphText } from './document-model';

const parents = new WeakMap<object, DocNode>();
const owners = new WeakMap<SectionModel, DocumentModel>();

function isSection(node: DocNode): node is SectionModel {
  return node.kind === 'body' || node.kind === 'header' || node.kind === 'footer'
    || node.kind === 'firstPageHeader' || node.kind === 'firstPageFooter';
}

/** Links every node of a subtree to its parent. */
export function linkTree(node: DocNode): void {
  if (node.kind === 'paragraph') {
    for (const inline of node.inlines) parents.set(inline, node);
    return;
  }
  for (const child of childrenOf(node)) {
    parents.set(child, node);
    linkTree(child);
  }
}

/** Registers a document's sections and links all its nodes (call when a document is opened or created). */
export function indexDocument(doc: DocumentModel): void {
  for (const section of [doc.body, doc.header, doc.footer, doc.firstPageHeader, doc.firstPageFooter]) {
    if (section === null) continue;
    owners.set(section, doc);
    linkTree(section);
  }
}

/** The node's parent, if it is still among the parent's children. */
export function parentOf(node: DocNode | InlineModel): DocNode | null {
  const parent = parents.get(node);
  if (parent === undefined) return null;
  if (parent.kind === 'paragraph') return parent.inlines.includes(node as InlineModel) ? parent : null;
  return (childrenOf(parent) as object[]).includes(node) ? parent : null;
}

/** The document a node belongs to, or null when it is detached. */
export function documentOf(node: DocNode | InlineModel): DocumentModel | null {
  let current: DocNode | InlineModel = node;
  for (;;) {
    if ('kind' in current && (current.kind === 'body' || current.kind === 'header' || current.kind === 'footer'
      || current.kind === 'firstPageHeader' || current.kind === 'firstPageFooter')) {
      const doc = owners.get(current as SectionModel);
      if (doc === undefined) return null;
      const sections = [doc.body, doc.header, doc.footer, doc.firstPageHeader, doc.firstPageFooter];
      return sections.includes(current as SectionModel) ? doc : null;
    }
    const parent = parentOf(current);
    if (parent === null) return null;
    current = parent;
  }
}

export function isDetached(node: DocNode | InlineModel): boolean {
  return documentOf(node) === null;
}

/** The section (body, header, footer) a node is in, or null. */
export function sectionOf(node: DocNode): SectionModel | null {
  let current: DocNode = node;
  for (;;) {
    if (isSection(current)) return current;
    const parent = parentOf(current);
    if (parent === null) return null;
    current = parent;
  }
}

/** Registers a section of a document (a header made by addHeader). */
export function adoptSection(doc: DocumentModel, section: SectionModel): void {
  owners.set(section, doc);
  linkTree(section);
}

/** Inserts a block into a container's children at `index` and links it. */
export function insertChild(container: SectionModel | { kind: 'tableCell'; children: BlockModel[] }, index: number, block: BlockModel): void {
  container.children.splice(index, 0, block);
  parents.set(block, container as DocNode);
  linkTree(block);
}

/** Links a node to a new parent (rows into tables, cells into rows). */
export function setParent(child: DocNode | InlineModel, parent: DocNode): void {
  parents.set(child, parent);
  if ('kind' in child && child.kind !== 'text' && child.kind !== 'pageBreak' && child.kind !== 'horizontalRule' && child.kind !== 'autoText') {
    linkTree(child);
  }
}

/**
 * A container may not end with a table (Docs keeps a paragraph after the last table): after
 * an insertion that left a table last, an empty paragraph is added, styled like the one
 * before the table, as Docs does when it splits the paragraph the table went into.
 */
export function ensureTrailingParagraph(container: SectionModel | { kind: 'tableCell'; children: BlockModel[] }): void {
  const last = container.children[container.children.length - 1];
  if (last !== undefined && last.kind === 'paragraph') return;
  insertChild(container, container.children.length, inheritedParagraph(previousParagraph(container.children, container.children.length), ''));
}

/** The last paragraph before position `index` among `blocks`, if the block just before is a paragraph. */
export function previousParagraph(blocks: readonly BlockModel[], index: number): ParagraphModel | undefined {
  const before = blocks[index - 1];
  return before !== undefined && before.kind === 'paragraph' ? before : undefined;
}

/**
 * A new paragraph as Docs makes it when text is appended after `from` (a new line typed at
 * its end): same paragraph attributes, text styled like the end of `from`.
 */
export function inheritedParagraph(from: ParagraphModel | undefined, text: string): ParagraphModel {
  if (from === undefined) return newParagraph(text);
  const textStyle = { ...insertionStyle(from, paragraphText(from).length) };
  return {
    kind: 'paragraph',
    style: structuredClone(from.style),
    markStyle: { ...textStyle },
    inlines: text === '' ? [] : [{ kind: 'text', text: lineBreaks(text), style: { ...textStyle } }],
  };
}
