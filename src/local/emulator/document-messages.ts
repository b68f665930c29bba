/**
 * Error messages of DocumentApp and of the Drive advanced service, worded as Apps Script
 * words them. Where each wording was seen is noted; "emulator wording" marks the few for
 * which no real sighting was found (they say what went wrong without claiming to be Google's).
 */

export const DOC_MSG = {
  /** Seen in Apps Script execution logs ("Document 1qjB… is missing (perhaps it was deleted, or you don't have read access?)"). */
  missing: (id: string): string => `Document ${id} is missing (perhaps it was deleted, or you don't have read access?)`,
  /** Seen in users' reports of getChild past the end. */
  childIndex: (index: number, count: number): string =>
    `Child index (${index}) must be less than the number of child elements (${count}).`,
  /** The insert form of the same check (gas-fakes, which compares itself with live Apps Script). */
  childIndexInsert: (index: number, count: number): string =>
    `Child index (${index}) must be less than or equal to the number of child elements (${count}).`,
  /** Seen in users' reports of Text getters with an offset past the end. */
  contentIndex: (index: number, length: number): string => `Index (${index}) must be less than the content length (${length}).`,
  /** Seen in many scripts' comments and tests (removing a body's final paragraph). */
  lastParagraph: "Can't remove the last paragraph in a document section.",
  /** gas-fakes, checked against live Apps Script. */
  notAChild: 'Element does not contain the specified child element.',
  /** gas-fakes, checked against live Apps Script (inserting an element that is already in a document). */
  mustBeDetached: 'Element must be detached.',
  /** gas-fakes' wording for a second addHeader/addFooter. */
  headerExists: 'Document tab already contains a header.',
  footerExists: 'Document tab already contains a footer.',
  /** Seen in Apps Script: a Document used after saveAndClose(). */
  closed: 'Document is closed, its contents cannot be updated.',
  /** Seen in Apps Script: DocumentApp.getUi() from a script bound to a spreadsheet. */
  uiContext: 'Cannot call DocumentApp.getUi() from this context.',
  /** Emulator wording: an element cast to a type it is not (asTable() on a paragraph). */
  cast: (from: string, to: string): string => `Cannot cast ${from} to ${to}.`,
  /** Emulator wording: a pattern RE2 rejects, or a bad replacement string. */
  badPattern: (pattern: string, reason: string): string => `Invalid regular expression "${pattern}": ${reason}`,
  /** Emulator wording: DocumentApp.openByUrl with something that is not a Docs URL. */
  badUrl: (url: string): string => `Invalid argument: url (${url})`,
} as const;

/** Drive API v3 errors as Apps Script's advanced service throws them (GoogleJsonResponseException). */
export const DRIVE_MSG = {
  /** "API call to drive.files.get failed with error: File not found: <id>." is what scripts log (404). */
  apiCall: (method: string, message: string): string => `API call to drive.files.${method} failed with error: ${message}`,
  notFound: (id: string): string => `File not found: ${id}.`,
  /** The Drive API's 403 when the token lacks a Drive scope. */
  insufficientScopes: 'Request had insufficient authentication scopes.',
  /** The Drive API's 400 for a `q` it cannot parse. */
  invalidQuery: 'Invalid Value',
  /** The Drive API's 400 for a missing required parameter. */
  required: 'Required',
  /** The 400 of an upload Drive cannot import into the Google type asked for (wording approximated). */
  cannotImport: (from: string, to: string): string => `Bad Request. The uploaded content (${from}) cannot be imported as ${to}.`,
} as const;
