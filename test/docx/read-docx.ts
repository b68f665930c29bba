/**
 * Reads parts of a .docx back (it is a zip): tests use it to check what the exporter wrote,
 * the command line to show what a file holds.
 */
import JSZip from 'jszip';

/** The text of one part of a .docx (default `word/document.xml`), or null when the part is absent. */
export async function readDocxXml(docx: Buffer | Uint8Array, part = 'word/document.xml'): Promise<string | null> {
  const zip = await JSZip.loadAsync(docx);
  const file = zip.file(part);
  return file === null ? null : file.async('string');
}
