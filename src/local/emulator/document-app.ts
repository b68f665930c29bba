/**
 * DocumentApp and Document: creating and opening Google Docs kept in the environment's Drive
 * (drive-model.ts). A document made with DocumentApp.create is a Drive file the add-on
 * created, so the Drive advanced service sees it under `drive.file`. DocumentApp itself needs
 * the `documents` scope, which reaches every Doc of the user (a template the user made
 * opens with openById whatever Drive's scope is).
 */
import { A4, LETTER, newDocumentModel, newSection, type DocumentModel } from './document-model';
import { Body, FooterSection, HeaderSection, SESSION, type Session } from './document-elements';
import { DOC_MSG } from './document-messages';
import { adoptSection, indexDocument } from './document-tree';
import { DOCUMENT_MIME, driveOf, findFile, nextDriveId, type DriveFileModel } from './drive-model';
import {
  DocumentAttribute, ElementType, FontFamily, GlyphType, HorizontalAlignment, ParagraphHeading, TextAlignment,
  VerticalAlignment,
} from './enums';
import type { Env } from './env';
import { declareNotEmulated, Emulated, ENV, instrument } from './instrument';
import { describeArgTypes, MSG } from './messages';
import { DOCUMENT_SCOPES } from './scopes';

/** A Google Doc opened by DocumentApp.create/openById. */
export class Document extends Emulated {
  readonly #model: DocumentModel;
  readonly #file: DriveFileModel;
  declare readonly [SESSION]: Session;

  constructor(env: Env, file: DriveFileModel, model: DocumentModel, session: Session) {
    super(env);
    this.#file = file;
    this.#model = model;
    Object.defineProperty(this, SESSION, { value: session, enumerable: false });
    indexDocument(model);
  }

  getId(): string {
    return this.#model.id;
  }

  getName(): string {
    return this.#model.name;
  }

  setName(name: unknown): Document {
    if (typeof name !== 'string') throw this[ENV].exception(MSG.signature(describeArgTypes([name]), 'DocumentApp.Document.setName'));
    this.#model.name = name;
    this.#file.name = name;
    this.#touch();
    return this;
  }

  getUrl(): string {
    return `https://docs.google.com/open?id=${this.#model.id}`;
  }

  getBody(): Body {
    return new Body(this[ENV], this[SESSION], this.#model.body);
  }

  getHeader(): HeaderSection | null {
    const header = this.#model.header;
    return header === null ? null : new HeaderSection(this[ENV], this[SESSION], header);
  }

  addHeader(): HeaderSection {
    if (this.#model.header !== null) throw this[ENV].exception(DOC_MSG.headerExists);
    const header = newSection('header');
    this.#model.header = header;
    adoptSection(this.#model, header);
    return new HeaderSection(this[ENV], this[SESSION], header);
  }

  getFooter(): FooterSection | null {
    const footer = this.#model.footer;
    return footer === null ? null : new FooterSection(this[ENV], this[SESSION], footer);
  }

  addFooter(): FooterSection {
    if (this.#model.footer !== null) throw this[ENV].exception(DOC_MSG.footerExists);
    const footer = newSection('footer');
    this.#model.footer = footer;
    adoptSection(this.#model, footer);
    return new FooterSection(this[ENV], this[SESSION], footer);
  }

  /** Saves the document; this Document and the elements reached through it cannot be used afterwards. */
  saveAndClose(): void {
    this.#touch();
    this[SESSION].closed = true;
  }

  #touch(): void {
    this.#file.modifiedTime = new Date(this[ENV].clock.now()).toISOString();
  }
}

/** DocumentApp. */
export class DocumentAppService extends Emulated {
  readonly Attribute = DocumentAttribute;
  readonly ElementType = ElementType;
  readonly FontFamily = FontFamily;
  readonly GlyphType = GlyphType;
  readonly HorizontalAlignment = HorizontalAlignment;
  readonly ParagraphHeading = ParagraphHeading;
  readonly TextAlignment = TextAlignment;
  readonly VerticalAlignment = VerticalAlignment;

  constructor(env: Env) {
    super(env);
  }

  /** A new, empty document in the root of My Drive (A4 unless the user's locale is US English). */
  create(name: unknown): Document {
    const env = this[ENV];
    if (typeof name !== 'string') throw env.exception(MSG.signature(describeArgTypes([name]), 'DocumentApp.create'));
    const drive = driveOf(env);
    const id = nextDriveId(drive);
    const pageSize = env.workbook.locale.startsWith('en_US') ? LETTER : A4;
    const model = newDocumentModel(id, name, pageSize);
    const stamp = new Date(env.clock.now()).toISOString();
    const file: DriveFileModel = {
      id, name, mimeType: DOCUMENT_MIME, parents: [drive.rootId], trashed: false,
      createdTime: stamp, modifiedTime: stamp, appAccess: true, document: model,
    };
    drive.files.push(file);
    return new Document(env, file, model, { closed: false });
  }

  /** Opens a Doc of the user by id (a trashed one too; a deleted one is missing). */
  openById(id: unknown): Document {
    const env = this[ENV];
    if (typeof id !== 'string') throw env.exception(MSG.signature(describeArgTypes([id]), 'DocumentApp.openById'));
    const file = findFile(driveOf(env), id);
    if (file === undefined || file.document === undefined) throw env.exception(DOC_MSG.missing(id));
    return new Document(env, file, file.document, { closed: false });
  }

  openByUrl(url: unknown): Document {
    const env = this[ENV];
    if (typeof url !== 'string') throw env.exception(MSG.signature(describeArgTypes([url]), 'DocumentApp.openByUrl'));
    const match = /\/document\/d\/([-\w]+)/.exec(url) ?? /[?&]id=([-\w]+)/.exec(url);
    if (match === null) throw env.exception(DOC_MSG.badUrl(url));
    const file = findFile(driveOf(env), match[1]!);
    if (file === undefined || file.document === undefined) throw env.exception(DOC_MSG.missing(match[1]!));
    return new Document(env, file, file.document, { closed: false });
  }

  /** The script is bound to a spreadsheet: there is no active document. */
  getActiveDocument(): null {
    return null;
  }

  getUi(): never {
    throw this[ENV].exception(DOC_MSG.uiContext);
  }
}

/** What a closed Document still answers: its identity, not its contents. */
const OPEN_AFTER_CLOSE = new Set(['constructor', 'saveAndClose', 'getId', 'getName', 'getUrl']);

/** Makes Document's methods that reach its contents fail after saveAndClose. */
function guardClosed(): void {
  const proto = Document.prototype as unknown as Record<string, unknown>;
  for (const name of Object.getOwnPropertyNames(proto)) {
    if (OPEN_AFTER_CLOSE.has(name)) continue;
    const descriptor = Object.getOwnPropertyDescriptor(proto, name);
    if (descriptor === undefined || typeof descriptor.value !== 'function') continue;
    const method = descriptor.value as (this: Document, ...args: unknown[]) => unknown;
    const guarded = function (this: Document, ...args: unknown[]): unknown {
      if (this[SESSION].closed) throw this[ENV].exception(DOC_MSG.closed);
      return method.apply(this, args);
    };
    Object.defineProperty(guarded, 'name', { value: name });
    Object.defineProperty(proto, name, { ...descriptor, value: guarded });
  }
}

declareNotEmulated(Document, 'Document', [
  'getAs', 'getBlob', 'getEditors', 'getViewers', 'addEditor', 'addEditors', 'addViewer', 'addViewers', 'removeEditor',
  'removeViewer', 'getTabs', 'getTab', 'getActiveTab', 'setActiveTab', 'getBookmarks', 'getBookmark', 'addBookmark',
  'getNamedRanges', 'getNamedRangeById', 'addNamedRange', 'getCursor', 'setCursor', 'getSelection', 'setSelection',
  'newPosition', 'newRange', 'getFootnotes', 'getLanguage', 'setLanguage', 'getSupportsEditorContent',
  'appendParagraph', 'appendTable', 'insertParagraph', 'insertTable',
]);
guardClosed();

instrument(Document, { service: 'DocumentApp', className: 'Document', qualifiedName: 'DocumentApp.Document', scopes: DOCUMENT_SCOPES });
instrument(DocumentAppService, {
  service: 'DocumentApp',
  className: 'DocumentApp',
  qualifiedName: 'DocumentApp',
  scopes: DOCUMENT_SCOPES,
  methodScopes: { getUi: [] },
  allowedInNone: ['getUi'],
});
