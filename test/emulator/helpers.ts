/** Shared set-up for the emulator tests: services on a fixture dist directory, error capture. */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createServices, type EmulatorOptions, type Services } from '../../src/local/emulator/services';

/** The fixture bundles (stand-ins for dist/). */
export const FIXTURES = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures');
/** A small bundle with menus, a sidebar template and probes. */
export const BASIC_DIST = path.join(FIXTURES, 'basic');

/** 2025-12-15 09:00 in Hà Nội (02:00 UTC). */
export const MONDAY_9AM_HANOI = Date.UTC(2025, 11, 15, 2, 0, 0);

/** Services over the basic fixture's directory (its manifest declares the add-in's scopes). */
export function services(options: EmulatorOptions = {}): Services {
  return createServices({ distDir: BASIC_DIST, now: MONDAY_9AM_HANOI, ...options });
}

/** The error `fn` throws (fails the test if it throws nothing). */
export function errorOf(fn: () => unknown): Error {
  try {
    fn();
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected an error, none was thrown');
}
