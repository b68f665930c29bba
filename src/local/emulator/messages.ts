/**
 * The error messages of the emulated services, worded as Apps Script words them. One place,
 * so the emulator and its tests agree and a reader can see where each wording comes from
 * (the report of the emulator's author lists the sources; third-party sightings are marked).
 */

/** Messages of the real services (thrown as `Exception` errors by the emulator). */
export const MSG = {
  rowsMismatch: (data: number, range: number): string =>
    `The number of rows in the data does not match the number of rows in the range. The data has ${data} but the range has ${range}.`,
  columnsMismatch: (data: number, range: number): string =>
    `The number of columns in the data does not match the number of columns in the range. The data has ${data} but the range has ${range}.`,
  rangeNotFound: 'Range not found',
  startRowTooSmall: 'The starting row of the range is too small.',
  startColumnTooSmall: 'The starting column of the range is too small.',
  numRowsTooSmall: 'The number of rows in the range must be at least 1.',
  numColumnsTooSmall: 'The number of columns in the range must be at least 1.',
  outsideSheet: 'The coordinates of the range are outside the dimensions of the sheet.',
  cellTooLong: 'Your input contains more than the maximum of 50000 characters in a single cell.',
  sheetExists: (name: string): string =>
    `A sheet with the name "${name}" already exists. Please enter another name.`,
  removeAllSheets: "You can't remove all the sheets in a document.",
  rowsOutOfBounds: 'Those rows are out of bounds.',
  columnsOutOfBounds: 'Those columns are out of bounds.',
  deleteAllRows: 'Sorry, it is not possible to delete all non-frozen rows.',
  deleteAllColumns: 'Sorry, it is not possible to delete all non-frozen columns.',
  lockTimeout: 'Lock timeout: another process was holding the lock for too long.',
  /** Third-party sighting (Apps Script mocks and notes); the official page only gives the 9 KB limit. */
  propertyValueTooLarge: 'Argument too large: value',
  propertyQuota: 'You have exceeded the property storage quota. Please remove some properties and try again.',
  noHtmlFile: (name: string): string => `No HTML file named ${name} was found.`,
  signature: (types: string, qualifiedMethod: string): string =>
    `The parameters (${types}) don't match the method signature for ${qualifiedMethod}.`,
  permission: (qualifiedMethod: string, scopes: readonly string[]): string => {
    const base = `You do not have permission to call ${qualifiedMethod}.`;
    if (scopes.length === 0) return base;
    const list = scopes.length === 1 ? scopes[0] : `(${scopes.join(' || ')})`;
    return `${base} Required permissions: ${list}`;
  },
} as const;

/** The error for anything the emulation does not cover: never a silent stub. */
export function notEmulated(what: string): Error {
  return new Error(`Not emulated: ${what}`);
}

/**
 * How Apps Script names argument types in "The parameters (...) don't match the method
 * signature" messages (`number`, `null`, `String`, `(class)`...), as far as observed.
 */
export function describeArgTypes(args: readonly unknown[]): string {
  return args.map(describeArgType).join(',');
}

function describeArgType(value: unknown): string {
  if (value === null) return 'null';
  if (value === undefined) return 'undefined';
  if (typeof value === 'string') return 'String';
  if (typeof value === 'number') return 'number';
  if (typeof value === 'boolean') return 'Boolean';
  if (Array.isArray(value)) return 'Object[]';
  if (Object.prototype.toString.call(value) === '[object Date]') return 'Date';
  return '(class)';
}
