/** Shared set-up for the DocumentApp / Drive / Docs tests: services with the add-in's scopes and both advanced services. */
import path from 'node:path';
import { createServices, type EmulatorOptions, type Services } from '../../src/local/emulator/services';
import type { Manifest } from '../../src/local/emulator/scopes';
import { FIXTURES, MONDAY_9AM_HANOI } from './helpers';

/** The bundle that uses DocumentApp and Drive (its manifest enables Drive v3 and Docs v1 under drive.file). */
export const DOCUMENTS_DIST = path.join(FIXTURES, 'documents');
/** Same scopes, Drive not enabled. */
export const NO_DRIVE_DIST = path.join(FIXTURES, 'documents-no-drive');

export const DOCUMENTS = 'https://www.googleapis.com/auth/documents';
export const DRIVE_FILE = 'https://www.googleapis.com/auth/drive.file';
export const DRIVE = 'https://www.googleapis.com/auth/drive';

/** The add-in's manifest: narrow scopes, Drive and Docs enabled. */
export function manifest(scopes: string[] = [DOCUMENTS, DRIVE_FILE]): Manifest {
  return {
    timeZone: 'Asia/Ho_Chi_Minh',
    oauthScopes: ['https://www.googleapis.com/auth/spreadsheets.currentonly', ...scopes],
    dependencies: {
      enabledAdvancedServices: [
        { userSymbol: 'Drive', serviceId: 'drive', version: 'v3' },
        { userSymbol: 'Docs', serviceId: 'docs', version: 'v1' },
      ],
    },
  };
}

// Scripts see untyped globals: the tests call them as a script would.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Any = any;

/** Services plus the globals as a script sees them. */
export function docServices(options: EmulatorOptions & { scopes?: string[] } = {}): Services & { g: Any } {
  const { scopes, ...rest } = options;
  const s = createServices({ distDir: DOCUMENTS_DIST, now: MONDAY_9AM_HANOI, manifest: manifest(scopes), ...rest });
  return Object.assign(s, { g: s.globals as Any });
}
