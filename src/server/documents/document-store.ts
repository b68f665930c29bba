/**
 * Where the generated documents live and how they are found again. One Drive folder per
 * year, `Thi đua <Năm>`, created with the Drive advanced service under `drive.file` (so the
 * add-in sees only what it made); its id and the id of every document are kept in the
 * spreadsheet's document properties under a key (`thiDua.doc.<năm>.notice`, `….unit.<mã>`,
 * `….report`). A second run opens the same document and rewrites it in place, never a
 * duplicate. A folder or document that was deleted or trashed is made again, and said so.
 *
 * Service calls per run: 2 to read the properties, 1 to check the folder (1 more to make it),
 * 1 listing of the folder per 1,000 documents; per document: `openById` (+ `setName` when the
 * name changed) or, for a new one, `DocumentApp.create`, one `Drive.Files.update` to move it
 * into the folder and one `setProperty` to remember it at once (a run cut off later never
 * loses it).
 */
import { DOC_PROPERTY, documentFolderName } from '../../core/contract';
import { MSG } from '../../core/messages';
import { normalizeName } from '../../core/names';
import { apiStatus, DOCUMENT_MIME, driveFiles, FOLDER_MIME, type DriveFilesApi } from './advanced-services';

export type DocumentStatus = 'created' | 'updated' | 'recreated';

/** What is remembered of a document. */
export interface DocumentRecord {
  id: string;
  /** Last made from the staff's template (its header and footer are cleared by the built-in layout). */
  template?: boolean;
  /** The report's day, `YYYY-MM-DD`. */
  day?: string;
  /** The unit of a per-unit notice (for people reading the properties). */
  unit?: string;
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
  /** Live documents of the folder, id → name. */
  #live: Map<string, string> | undefined;
  #rootId: string | undefined;

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
    const folder = this.#files.create({ name, mimeType: FOLDER_MIME, parents: ['root'] }, null, { fields: 'id' });
    this.#folderId = folder.id!;
    this.#folderRecreated = Boolean(known);
    this.#live = new Map();
    this.notes.push(known ? { text: MSG.folderRecreated(name), warning: true } : { text: MSG.folderCreated(name), warning: false });
    this.setProperty(key, this.#folderId);
    return this.#folderId;
  }

  /** The documents of the folder not in the trash (one listing per 1,000). */
  #liveDocuments(): Map<string, string> {
    if (this.#live) return this.#live;
    const folder = this.folderId();
    if (this.#live) return this.#live;
    const live = new Map<string, string>();
    let pageToken: string | undefined;
    do {
      const page = this.#files.list({
        q: `'${folder}' in parents and trashed = false and mimeType = '${DOCUMENT_MIME}'`,
        fields: 'nextPageToken,files(id,name)', pageSize: 1000, ...(pageToken ? { pageToken } : {}),
      });
      for (const f of page.files ?? []) if (f.id) live.set(f.id, f.name ?? '');
      pageToken = page.nextPageToken;
    } while (pageToken);
    this.#live = live;
    return live;
  }

  /** Whether a remembered document still exists outside the trash (it may have been moved out of the folder); its name. */
  #alive(id: string): { alive: boolean; name: string } {
    const live = this.#liveDocuments();
    if (live.has(id)) return { alive: true, name: live.get(id)! };
    if (this.#folderRecreated) return { alive: false, name: '' };
    try {
      const file = this.#files.get(id, { fields: 'id,name,trashed' });
      return { alive: !file.trashed, name: file.name ?? '' };
    } catch (error) {
      if (apiStatus(error) === 404) return { alive: false, name: '' };
      throw error;
    }
  }

  #root(): string {
    if (!this.#rootId) this.#rootId = this.#files.get('root', { fields: 'id' }).id!;
    return this.#rootId;
  }

  /**
   * Opens the document remembered under `key`, renamed to `name` if needed, or makes a new
   * one in the folder and remembers it at once with `record`. `fresh` ignores the remembered
   * one (a report of another day gets a new document).
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
          // Gone between the listing and now: made again below.
        }
      }
    }
    const folder = this.folderId();
    const doc = DocumentApp.create(name);
    const id = doc.getId();
    this.#files.update({}, id, null, { addParents: folder, removeParents: this.#root(), fields: 'id' });
    this.#liveDocuments().set(id, name);
    const wasKnown = !fresh && this.record(key) !== undefined;
    this.remember(key, { id, ...options.record });
    return { doc, id, status: wasKnown ? 'recreated' : 'created', record: undefined };
  }
}
