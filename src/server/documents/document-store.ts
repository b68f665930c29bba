/**
 * Where the generated documents live and how they are found again. One Drive folder per
 * year, `Thi đua <Năm>`, created in My Drive with the Drive advanced service under
 * `drive.file` (so the add-in sees only what it made); its id and the id of every document
 * are kept in the spreadsheet's document properties under a key (`thiDua.doc.<năm>.notice`,
 * `….unit.<mã>`, `….report`). A second run rewrites the same document in place, never a
 * duplicate. A folder or document that was deleted or trashed is made again, and said so.
 * `Drive.Files.get('root')` is never called (risky under `drive.file`): documents are made
 * directly in their folder.
 *
 * Service calls per run: 2 to read the properties, 1 to check the folder (1 more to make it);
 * per built-in document ONE Drive call (`files.update` of the remembered document with the
 * new .docx, or `files.create` in the folder; 2 when the remembered one was deleted or
 * trashed) and one `setProperty` when the record changes. A staff template's document is made
 * empty in the folder (`files.create`) or checked (`files.get`), then opened with DocumentApp.
 */
import { DOC_PROPERTY, documentFolderName } from '../../core/contract';
import { MSG } from '../../core/messages';
import { normalizeName } from '../../core/names';
import { apiStatus, DOCUMENT_MIME, driveFiles, FOLDER_MIME, type DriveFilesApi } from './advanced-services';
import { createFromDocx, updateFromDocx } from './docx-upload';

export type DocumentStatus = 'created' | 'updated' | 'recreated' | 'unchanged';

/** What is remembered of a document. */
export interface DocumentRecord {
  id: string;
  /** Last made from the staff's template (its header and footer are cleared by the built-in layout). */
  template?: boolean;
  /** The report's day, `YYYY-MM-DD`. */
  day?: string;
  /** The unit of a per-unit notice (for people reading the properties). */
  unit?: string;
  /** Digest of the .docx last uploaded (docx-upload.ts): the same content is not uploaded again. */
  digest?: string;
}

export interface UploadedDocument {
  id: string;
  status: DocumentStatus;
  /** What was remembered before this run (undefined for a new document). */
  record: DocumentRecord | undefined;
}

export interface OpenedDocument {
  doc: GoogleAppsScript.Document.Document;
  id: string;
  status: DocumentStatus;
  /** What was remembered before this run (undefined for a new document). */
  record: DocumentRecord | undefined;
}

/** A short stable key for a unit name (FNV-1a of its normalised form). */
export function unitKey(unit: string): string {
  let h = 0x811c9dc5;
  for (const ch of normalizeName(unit)) {
    h ^= ch.codePointAt(0)!;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(36);
}

/** The property keys of a year's documents. */
export const documentKey = {
  folder: (year: number) => `${DOC_PROPERTY.documentPrefix}${year}.folder`,
  notice: (year: number) => `${DOC_PROPERTY.documentPrefix}${year}.notice`,
  unitNotice: (year: number, unit: string) => `${DOC_PROPERTY.documentPrefix}${year}.unit.${unitKey(unit)}`,
  report: (year: number) => `${DOC_PROPERTY.documentPrefix}${year}.report`,
};

function parseRecord(value: string | undefined): DocumentRecord | undefined {
  if (!value) return undefined;
  try {
    const parsed = JSON.parse(value) as DocumentRecord;
    return parsed && typeof parsed.id === 'string' && parsed.id ? parsed : undefined;
  } catch {
    return /^[-\w]{10,}$/.test(value) ? { id: value } : undefined;
  }
}

/** The documents of one year: its folder and its remembered documents. */
export class DocumentStore {
  readonly year: number;
  /** What to tell the user about the folder: made (news) or made again (a warning). */
  readonly notes: Array<{ text: string; warning: boolean }> = [];
  readonly #props: GoogleAppsScript.Properties.Properties;
  readonly #values: Record<string, string>;
  #drive: DriveFilesApi | undefined;
  #folderId: string | undefined;
  #folderRecreated = false;

  constructor(year: number) {
    this.year = year;
    this.#props = PropertiesService.getDocumentProperties();
    this.#values = this.#props.getProperties();
  }

  /** A document property as read at the start of the run (and as changed since). */
  property(key: string): string | undefined {
    return this.#values[key];
  }

  setProperty(key: string, value: string): void {
    if (this.#values[key] === value) return;
    this.#props.setProperty(key, value);
    this.#values[key] = value;
  }

  deleteProperty(key: string): void {
    if (!(key in this.#values)) return;
    this.#props.deleteProperty(key);
    delete this.#values[key];
  }

  record(key: string): DocumentRecord | undefined {
    return parseRecord(this.#values[key]);
  }

  remember(key: string, record: DocumentRecord): void {
    this.setProperty(key, JSON.stringify(record));
  }

  get #files(): DriveFilesApi {
    if (!this.#drive) this.#drive = driveFiles();
    return this.#drive;
  }

  /** The year's folder, made (again) when it is missing, deleted or in the trash. */
  folderId(): string {
    if (this.#folderId) return this.#folderId;
    const key = documentKey.folder(this.year);
    const known = this.#values[key];
    if (known) {
      try {
        const file = this.#files.get(known, { fields: 'id,trashed' });
        if (!file.trashed) {
          this.#folderId = known;
          return known;
        }
      } catch (error) {
        if (apiStatus(error) !== 404) throw error;
      }
    }
    const name = documentFolderName(this.year);
    const folder = this.#files.create({ name, mimeType: FOLDER_MIME }, null, { fields: 'id' });
    this.#folderId = folder.id!;
    this.#folderRecreated = Boolean(known);
    this.notes.push(known ? { text: MSG.folderRecreated(name), warning: true } : { text: MSG.folderCreated(name), warning: false });
    this.setProperty(key, this.#folderId);
    return this.#folderId;
  }

  /** Whether a remembered document still exists outside the trash (one `files.get`); its name. */
  #alive(id: string): { alive: boolean; name: string } {
    if (this.#folderRecreated) return { alive: false, name: '' };
    try {
      const file = this.#files.get(id, { fields: 'id,name,trashed' });
      return { alive: !file.trashed, name: file.name ?? '' };
    } catch (error) {
      if (apiStatus(error) === 404) return { alive: false, name: '' };
      throw error;
    }
  }

  /**
   * Writes a built-in document: its .docx over the document remembered under `key` (same id,
   * same link), or — when there is none, it was deleted or trashed, or `fresh` (a report of
   * another day) — imported as a new Google Doc in the folder, remembered at once with `record`.
   */
  upload(
    key: string, name: string, file: { blob: GoogleAppsScript.Base.Blob; digest: string },
    options: { fresh?: boolean; record?: Omit<DocumentRecord, 'id'> } = {},
  ): UploadedDocument {
    const fresh = options.fresh === true;
    const record = fresh ? undefined : this.record(key);
    const folder = this.folderId();
    // The same content as last time: one look that it still exists (the same one call as an update).
    if (record && record.digest === file.digest && !this.#folderRecreated && this.#alive(record.id).alive) {
      return { id: record.id, status: 'unchanged', record };
    }
    if (record && !this.#folderRecreated && updateFromDocx(record.id, name, file.blob)) {
      this.remember(key, { id: record.id, ...options.record, digest: file.digest });
      return { id: record.id, status: 'updated', record };
    }
    const id = createFromDocx(folder, name, file.blob);
    this.remember(key, { id, ...options.record, digest: file.digest });
    return { id, status: record ? 'recreated' : 'created', record: undefined };
  }

  /**
   * Opens (for a staff template, written with DocumentApp) the document remembered under
   * `key`, renamed to `name` if needed, or makes a new empty one in the folder and remembers
   * it at once with `record`.
   */
  open(key: string, name: string, options: { fresh?: boolean; record?: Omit<DocumentRecord, 'id'> } = {}): OpenedDocument {
    const fresh = options.fresh === true;
    const record = fresh ? undefined : this.record(key);
    if (record) {
      const { alive, name: current } = this.#alive(record.id);
      if (alive) {
        try {
          const doc = DocumentApp.openById(record.id);
          if (current !== name) doc.setName(name);
          return { doc, id: record.id, status: 'updated', record };
        } catch {
          // Gone between the check and now: made again below.
        }
      }
    }
    const folder = this.folderId();
    const id = this.#files.create({ name, mimeType: DOCUMENT_MIME, parents: [folder] }, null, { fields: 'id' }).id!;
    const doc = DocumentApp.openById(id);
    this.remember(key, { id, ...options.record });
    return { doc, id, status: record ? 'recreated' : 'created', record: undefined };
  }
}
