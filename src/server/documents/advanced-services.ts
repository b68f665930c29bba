/**
 * The two advanced services the documents need, behind the few signatures used here: the
 * Drive API v3 (`Drive.Files`, under `drive.file`: the per-year folder, importing each
 * document from its .docx into that folder or over the existing document, which documents
 * still exist) and the Docs API v1 (`Docs.Documents.batchUpdate`: filling a staff template's
 * placeholders). They exist only when
 * the manifest enables them (`dependencies.enabledAdvancedServices`); if not, the user gets a
 * Vietnamese sentence instead of "Drive is not defined".
 */
import { MSG } from '../../core/messages';
import { UserFacingError } from '../user-facing-error';

/** A Drive v3 file resource, as far as it is read here. */
export interface DriveFile {
  id?: string;
  name?: string;
  mimeType?: string;
  trashed?: boolean;
  parents?: string[];
}

export interface DriveFileList {
  files?: DriveFile[];
  nextPageToken?: string;
}

export interface DriveFilesApi {
  create(resource: DriveFile, mediaData?: GoogleAppsScript.Base.Blob | null, optionalArgs?: Record<string, unknown>): DriveFile;
  get(fileId: string, optionalArgs?: Record<string, unknown>): DriveFile;
  list(optionalArgs?: Record<string, unknown>): DriveFileList;
  update(resource: DriveFile, fileId: string, mediaData?: GoogleAppsScript.Base.Blob | null, optionalArgs?: Record<string, unknown>): DriveFile;
}

/** The Docs API's document resource, as far as it is read here (structural elements with indices). */
export interface DocsElement {
  startIndex?: number;
  endIndex?: number;
  paragraph?: { elements?: Array<{ textRun?: { content?: string } }> };
  table?: { tableRows?: Array<{ tableCells?: Array<{ content?: DocsElement[] }> }> };
  tableOfContents?: { content?: DocsElement[] };
  sectionBreak?: unknown;
}

export interface DocsDocument {
  body?: { content?: DocsElement[] };
}

export interface DocsDocumentsApi {
  get(documentId: string, optionalArgs?: Record<string, unknown>): DocsDocument;
  batchUpdate(resource: { requests: object[] }, documentId: string): unknown;
}

export const FOLDER_MIME = 'application/vnd.google-apps.folder';
export const DOCUMENT_MIME = 'application/vnd.google-apps.document';

/** `Drive.Files` of the v3 advanced service. */
export function driveFiles(): DriveFilesApi {
  const drive = typeof Drive === 'undefined' ? undefined : (Drive as unknown as { Files?: DriveFilesApi } | undefined);
  if (!drive || !drive.Files) throw new UserFacingError(MSG.advancedServiceMissing('Drive'));
  return drive.Files;
}

/** `Docs.Documents` of the v1 advanced service. */
export function docsDocuments(): DocsDocumentsApi {
  const docs = typeof Docs === 'undefined' ? undefined : (Docs as unknown as { Documents?: DocsDocumentsApi } | undefined);
  if (!docs || !docs.Documents) throw new UserFacingError(MSG.advancedServiceMissing('Docs'));
  return docs.Documents;
}

/** The HTTP status of an advanced-service error (`details.code`), or of its message (`File not found` = 404). */
export function apiStatus(error: unknown): number | undefined {
  const details = (error as { details?: { code?: unknown } } | null)?.details;
  if (details && typeof details.code === 'number') return details.code;
  const message = error instanceof Error ? error.message : String(error);
  if (/not found|notFound|was not found/i.test(message)) return 404;
  return undefined;
}

/** The link staff open: the editor URL of a Google Doc (no service call). */
export function documentUrl(id: string): string {
  return `https://docs.google.com/document/d/${id}/edit`;
}
