/**
 * The user's Drive as the emulation sees it: files and folders (plain data, so a run can be
 * saved and continued), the Google Docs among them with their DocumentModel, and which of
 * them the add-on may see under the `drive.file` scope (files it created or that were
 * opened with it). One DriveModel per environment; DocumentApp and the Drive advanced
 * service both work on it, so a document made with DocumentApp.create is a Drive file.
 *
 * The test hooks (`services.documents`, `services.drive`) are views over the same data.
 */
import { createHash } from 'node:crypto';
import { newDocumentModel, type DocumentModel } from './document-model';

export const FOLDER_MIME = 'application/vnd.google-apps.folder';
export const DOCUMENT_MIME = 'application/vnd.google-apps.document';

export interface DriveFileModel {
  id: string;
  /** For a Google Doc, kept equal to document.name. */
  name: string;
  mimeType: string;
  /** Parent folder ids (a file in My Drive has the root's id). */
  parents: string[];
  trashed: boolean;
  /** RFC 3339 instants. */
  createdTime: string;
  modifiedTime: string;
  /** Created by the add-on or opened with it: what `drive.file` lets it see. */
  appAccess: boolean;
  description?: string;
  /** Custom properties (Drive v3 `properties`, `appProperties`). */
  properties?: Record<string, string>;
  appProperties?: Record<string, string>;
  /** The content of a Google Doc. */
  document?: DocumentModel;
  /**
   * The bytes last uploaded (base64) and their type: a binary file's content, or the .docx a
   * Google Doc was imported from (what the command line writes to disk, byte for byte).
   */
  upload?: { contentType: string; base64: string };
}

export interface DriveModel {
  /** Id of My Drive's root folder (the alias 'root' also names it). */
  rootId: string;
  files: DriveFileModel[];
  /** Seed of the next generated id (ids are deterministic, so runs repeat exactly). */
  nextSerial: number;
}

/** An empty My Drive. */
export function newDriveModel(): DriveModel {
  return { rootId: '0AJlocalRootFolderUk9PVA', files: [], nextSerial: 1 };
}

/** A new Drive id (44 characters, like a Doc's), deterministic in the model's serial. */
export function nextDriveId(drive: DriveModel): string {
  const serial = drive.nextSerial;
  drive.nextSerial += 1;
  return `1${createHash('sha256').update(`drive-file:${serial}`).digest('base64url').slice(0, 43)}`;
}

export function findFile(drive: DriveModel, id: string): DriveFileModel | undefined {
  const realId = id === 'root' ? drive.rootId : id;
  return drive.files.find((f) => f.id === realId);
}

/** Where tests and the command line reach the documents of an environment. */
export interface DocumentsHook {
  /** The model of a document (live: mutations show in the emulated DocumentApp), or undefined if none/deleted. */
  get(id: string): DocumentModel | undefined;
  /** Every document not permanently deleted (trashed ones included), in creation order. */
  list(): DocumentModel[];
  /**
   * Adds a document the user owns (e.g. a template they made in Docs), not created by the
   * add-on: DocumentApp can open it (the `documents` scope reaches every Doc of the user), the
   * Drive service under `drive.file` sees it only after `drive.grant(id)`.
   */
  add(model: DocumentModel, options?: { parents?: string[]; appAccess?: boolean }): DocumentModel;
  /** A blank document model (not added) with a fresh id: a starting point for `add`. */
  blank(name: string): DocumentModel;
}

/** Where tests reach the Drive of an environment. */
export interface DriveHook {
  /** The model itself (mutable). */
  readonly model: DriveModel;
  /** Every file not permanently deleted, in creation order. */
  files(): DriveFileModel[];
  /** Moves a file to the trash (as the user would in Drive). */
  trash(id: string): void;
  /** Deletes a file for good (a folder's children lose it as parent). */
  delete(id: string): void;
  /** Lets the add-on see a file under `drive.file` (as if the user had picked it with the add-on). */
  grant(id: string): void;
  /** Adds a folder the user made (not visible to the add-on under `drive.file` unless granted). */
  addFolder(name: string, parents?: string[]): DriveFileModel;
}

/** Deletes a file for good; a folder takes with it the files that were only in it (as Drive does). */
export function deleteFile(drive: DriveModel, file: DriveFileModel): void {
  const at = drive.files.indexOf(file);
  if (at >= 0) drive.files.splice(at, 1);
  for (const f of [...drive.files]) {
    if (!f.parents.includes(file.id)) continue;
    f.parents = f.parents.filter((p) => p !== file.id);
    if (f.parents.length === 0) deleteFile(drive, f);
  }
}

export function documentsHook(drive: DriveModel, now: () => Date): DocumentsHook {
  return {
    get: (id) => findFile(drive, id)?.document,
    list: () => drive.files.flatMap((f) => (f.document === undefined ? [] : [f.document])),
    add(model, options = {}) {
      const stamp = now().toISOString();
      drive.files.push({
        id: model.id, name: model.name, mimeType: DOCUMENT_MIME, parents: options.parents ?? [drive.rootId],
        trashed: false, createdTime: stamp, modifiedTime: stamp, appAccess: options.appAccess ?? false, document: model,
      });
      return model;
    },
    blank: (name) => newDocumentModel(nextDriveId(drive), name),
  };
}

export function driveHook(drive: DriveModel, now: () => Date): DriveHook {
  const mustFind = (id: string): DriveFileModel => {
    const file = findFile(drive, id);
    if (file === undefined) throw new Error(`No Drive file ${id}`);
    return file;
  };
  return {
    model: drive,
    files: () => [...drive.files],
    trash(id) {
      const file = mustFind(id);
      file.trashed = true;
      file.modifiedTime = now().toISOString();
    },
    delete(id) {
      deleteFile(drive, mustFind(id));
    },
    grant(id) {
      mustFind(id).appAccess = true;
    },
    addFolder(name, parents) {
      const stamp = now().toISOString();
      const folder: DriveFileModel = {
        id: nextDriveId(drive), name, mimeType: FOLDER_MIME, parents: parents ?? [drive.rootId],
        trashed: false, createdTime: stamp, modifiedTime: stamp, appAccess: false,
      };
      drive.files.push(folder);
      return folder;
    },
  };
}

const drives = new WeakMap<object, DriveModel>();

/** Gives an environment its Drive (services.ts does it once per environment). */
export function attachDrive(env: object, drive: DriveModel): void {
  drives.set(env, drive);
}

/** The Drive of an environment. */
export function driveOf(env: object): DriveModel {
  const drive = drives.get(env);
  if (drive === undefined) throw new Error('This environment has no Drive (createServices attaches one).');
  return drive;
}
