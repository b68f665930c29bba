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
  forms: 'https://www.googleapis.com/auth/forms',
  formsCurrentOnly: 'https://www.googleapis.com/auth/forms.currentonly',
  sendMail: 'https://www.googleapis.com/auth/script.send_mail',
  documents: 'https://www.googleapis.com/auth/documents',
  drive: 'https://www.googleapis.com/auth/drive',
  driveFile: 'https://www.googleapis.com/auth/drive.file',
  driveReadonly: 'https://www.googleapis.com/auth/drive.readonly',
} as const;

/** Any one of these lets a script use the active spreadsheet. */
export const SHEETS_SCOPES: readonly string[] = [SCOPE.spreadsheetsCurrentOnly, SCOPE.spreadsheets];
/** Any one of these lets a script use an open form (FormApp.create/openById need `forms` itself). */
export const FORMS_SCOPES: readonly string[] = [SCOPE.formsCurrentOnly, SCOPE.forms];

/** DocumentApp: every method needs `documents` (it reaches all the user's Docs). */
export const DOCUMENT_SCOPES: readonly string[] = [SCOPE.documents];
/** The Drive advanced service writes with `drive` or `drive.file`; under `drive.file` it sees only the add-on's files. */
export const DRIVE_SCOPES: readonly string[] = [SCOPE.drive, SCOPE.driveFile];
/** Reading with the Drive advanced service also works with `drive.readonly`. */
export const DRIVE_READ_SCOPES: readonly string[] = [SCOPE.drive, SCOPE.driveFile, SCOPE.driveReadonly];

/** An advanced Google service switched on in the manifest (`dependencies.enabledAdvancedServices`). */
export interface AdvancedServiceDependency {
  userSymbol: string;
  serviceId: string;
  version: string;
}

/** The parts of appsscript.json the emulation reads. */
export interface Manifest {
  timeZone?: string;
  oauthScopes?: string[];
  addOns?: { common?: { name?: string } };
  dependencies?: { enabledAdvancedServices?: AdvancedServiceDependency[] };
}

/** The symbol under which the manifest enables the advanced service `serviceId` at `version`, or null. */
export function advancedServiceSymbol(manifest: Manifest, serviceId: string, version: string): string | null {
  const found = manifest.dependencies?.enabledAdvancedServices?.find((d) => d.serviceId === serviceId && d.version === version);
  return found?.userSymbol ?? null;
}
