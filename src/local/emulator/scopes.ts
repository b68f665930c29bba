/**
 * OAuth scopes the emulated methods need, and the manifest fields that bear on them. A call
 * whose scopes are not declared in an explicit `oauthScopes` list of the manifest fails as in
 * Apps Script ("You do not have permission to call X. Required permissions: ...").
 */

/** Scope URLs used by the emulated services. */
export const SCOPE = {
  spreadsheetsCurrentOnly: 'https://www.googleapis.com/auth/spreadsheets.currentonly',
  spreadsheets: 'https://www.googleapis.com/auth/spreadsheets',
  containerUi: 'https://www.googleapis.com/auth/script.container.ui',
  userEmail: 'https://www.googleapis.com/auth/userinfo.email',
  scriptApp: 'https://www.googleapis.com/auth/script.scriptapp',
} as const;

/** Any one of these lets a script use the active spreadsheet. */
export const SHEETS_SCOPES: readonly string[] = [SCOPE.spreadsheetsCurrentOnly, SCOPE.spreadsheets];

/** The parts of appsscript.json the emulation reads. */
export interface Manifest {
  timeZone?: string;
  oauthScopes?: string[];
  addOns?: { common?: { name?: string } };
}
