/**
 * The renderer at the floor (issue 11): a DocumentSpec becomes a .docx inside the bundle —
 * the WordprocessingML of core/documents/docx/, one `Utilities.newBlob` per part and one
 * `Utilities.zip` (in-process, no network) — and Drive imports it as a Google Doc in ONE
 * call: `Drive.Files.create` with the Google Docs mimeType and the year folder as parent
 * (a new document, made directly in its folder), or `Drive.Files.update` of the existing
 * document with the new content (same id, same link: the Drive v3 File resource says a file
 * given a Google Docs mimeType with uploaded content is imported, and that the mimeType can
 * change only with a new revision, which an upload is). The import turns what no Docs API
 * request can insert — the PAGE field of the header — into a Google Docs page number, along
 * with the landscape annex section, repeated header rows, unsplittable rows and merged cells.
 */
import { DOCX_MIME, docxParts } from '../../core/documents/docx/docx-parts';
import type { DocumentSpec } from '../../core/documents/document-spec';
import { partsDigest } from '../../core/documents/docx/parts-digest';
import { apiStatus, DOCUMENT_MIME, driveFiles, type DriveFile } from './advanced-services';

/** The .docx of a spec as a Blob, named `<name>.docx`. */
export function docxBlob(spec: DocumentSpec): GoogleAppsScript.Base.Blob {
  return docxFile(spec).blob;
}

/**
 * The .docx of a spec and a digest of its parts: a document whose digest is the one remembered
 * is not uploaded again (its Google Doc already holds exactly that).
 */
export function docxFile(spec: DocumentSpec): { blob: GoogleAppsScript.Base.Blob; digest: string } {
  const parts = docxParts(spec);
  const blobs = parts.map((part) => Utilities.newBlob(part.xml, 'application/xml', part.path));
  return { blob: Utilities.zip(blobs, `${spec.name}.docx`).setContentType(DOCX_MIME), digest: partsDigest(parts) };
}

/**
 * Replaces the content of the Google Doc `id` by the blob's (one call). Undefined when the
 * document is gone (deleted: 404) or in the trash (a new one is made then).
 */
export function updateFromDocx(id: string, name: string, blob: GoogleAppsScript.Base.Blob): DriveFile | undefined {
  try {
    const file = driveFiles().update({ name, mimeType: DOCUMENT_MIME }, id, blob, { fields: 'id,trashed' });
    return file.trashed ? undefined : file;
  } catch (error) {
    if (apiStatus(error) === 404) return undefined;
    throw error;
  }
}

/** A new Google Doc imported from the blob, made directly in `folderId` (one call). */
export function createFromDocx(folderId: string, name: string, blob: GoogleAppsScript.Base.Blob): string {
  const file = driveFiles().create({ name, mimeType: DOCUMENT_MIME, parents: [folderId] }, blob, { fields: 'id' });
  return file.id!;
}
