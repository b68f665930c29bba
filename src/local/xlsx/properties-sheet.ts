/**
 * The hidden `_thidua_properties` sheet: what an .xlsx cannot hold natively but a run must
 * keep — the script's document properties, the spreadsheet time zone and the sheets'
 * ids and grid sizes. Two columns, key and value; reserved keys are wrapped in '__'.
 */
import type { CellValue } from '../emulator/workbook-model';

/** Name of the hidden sheet; the reader removes it from the model. */
export const PROPERTIES_SHEET = '_thidua_properties';

/**
 * The name the properties sheet is written under: `_thidua_properties`, or, when a sheet of
 * the user's already has that name, the first free `_thidua_properties_2`, `_3`, …
 */
export function propertiesSheetName(userSheetNames: readonly string[]): string {
  const taken = new Set(userSheetNames.map((n) => n.toLowerCase()));
  let name = PROPERTIES_SHEET;
  for (let i = 2; taken.has(name.toLowerCase()); i++) name = `${PROPERTIES_SHEET}_${i}`;
  return name;
}

/**
 * Whether a worksheet is the add-in's properties sheet rather than a user's sheet of the
 * same name: hidden, named `_thidua_properties` (or `_thidua_properties_N`), headed `key | value`.
 */
export function isPropertiesSheet(name: string, hidden: boolean, firstRow: readonly unknown[]): boolean {
  return hidden && /^_thidua_properties(_\d+)?$/.test(name) && firstRow[0] === HEADER[0] && firstRow[1] === HEADER[1];
}
/** Key of the spreadsheet time zone. */
export const TIME_ZONE_KEY = '__timeZone__';
/** Key of the sheets' ids and grid sizes (JSON), stored when they differ from the inferred ones. */
export const SHEETS_KEY = '__sheets__';
const HEADER = ['key', 'value'] as const;

/** A sheet's id and grid size, which .xlsx does not keep. */
export interface SheetLayout {
  name: string;
  sheetId: number;
  maxRows: number;
  maxColumns: number;
}

/** What the properties sheet holds. */
export interface StoredProperties {
  documentProperties: Record<string, string>;
  timeZone?: string;
  layouts?: SheetLayout[];
}

/** The rows of the sheet (header first), or [] when there is nothing to store. */
export function propertiesRows(stored: StoredProperties): string[][] {
  const rows: string[][] = [];
  if (stored.timeZone) rows.push([TIME_ZONE_KEY, stored.timeZone]);
  if (stored.layouts?.length) rows.push([SHEETS_KEY, JSON.stringify(stored.layouts)]);
  for (const [key, value] of Object.entries(stored.documentProperties)) rows.push([key, value]);
  return rows.length ? [[...HEADER], ...rows] : [];
}

function isLayout(value: unknown): value is SheetLayout {
  if (!value || typeof value !== 'object') return false;
  const layout = value as Record<string, unknown>;
  return typeof layout.name === 'string' && Number.isInteger(layout.sheetId)
    && Number.isInteger(layout.maxRows) && Number.isInteger(layout.maxColumns);
}

function parseLayouts(json: string): SheetLayout[] {
  try {
    const parsed: unknown = JSON.parse(json);
    return Array.isArray(parsed) ? parsed.filter(isLayout) : [];
  } catch {
    return [];
  }
}

/** Reads the sheet's rows back; a header row and rows without a key are skipped. */
export function parsePropertiesRows(rows: CellValue[][]): StoredProperties {
  const stored: StoredProperties = { documentProperties: {} };
  rows.forEach((row, index) => {
    const key = String(row[0] ?? '');
    const value = row[1] === undefined ? '' : String(row[1]);
    if (!key || (index === 0 && key === HEADER[0] && value === HEADER[1])) return;
    if (key === TIME_ZONE_KEY) stored.timeZone = value;
    else if (key === SHEETS_KEY) stored.layouts = parseLayouts(value);
    else stored.documentProperties[key] = value;
  });
  return stored;
}
