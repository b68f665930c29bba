/**
 * What `Khởi tạo bảng tính` writes (DESIGN.md §3): for each sheet of the contract, the
 * headers it must have and the seed 000 defaults it starts with when it is new. For an
 * existing sheet only the missing headers (appended at the right) and, in `Cấu hình`,
 * the missing `Mục` rows (with an empty value) — never anything over existing data.
 */
import {
  ANSWER, CONFIG_HEADERS, CONFIG_KEY, FIELD_HEADER, GROUP_HEADER, LOG_HEADERS, OWNED_HEADERS, SHEET,
  TIMESTAMP_ALIASES, UNIT_INPUT_HEADERS, UNIT_OWNED_HEADERS,
} from './contract';
import { DEFAULT_CONFIG_ROWS, DEFAULT_FIELDS, DEFAULT_GROUPS, DEFAULT_UNITS } from './defaults';
import { normalizeName } from './names';
import { MSG } from './messages';
import { hasDataRows, headerRowBelow } from './sheet-structure';
import { indexHeaders } from './table';

export interface SheetSpec {
  name: string;
  headers: readonly string[];
  /** Rows written under the headers when the sheet is created. */
  defaults: readonly (readonly unknown[])[];
  /** Accepted alternative header texts (e.g. `Timestamp`). */
  aliases?: Record<string, string>;
}

/** The six sheets in their order in the workbook. */
export const SHEET_SPECS: readonly SheetSpec[] = [
  { name: SHEET.config, headers: CONFIG_HEADERS, defaults: DEFAULT_CONFIG_ROWS },
  {
    name: SHEET.groups,
    headers: [GROUP_HEADER.name, GROUP_HEADER.allowedTypes, GROUP_HEADER.min, GROUP_HEADER.max],
    defaults: DEFAULT_GROUPS.map((g) => [g.name, g.allowedTypes, g.min, g.max]),
  },
  {
    name: SHEET.units,
    headers: [...UNIT_INPUT_HEADERS, ...UNIT_OWNED_HEADERS],
    defaults: DEFAULT_UNITS.map((u) => [u.code, u.name, u.group]),
  },
  { name: SHEET.fields, headers: [FIELD_HEADER], defaults: DEFAULT_FIELDS.map((f) => [f]) },
  {
    name: SHEET.registrations,
    headers: [...Object.values(ANSWER), ...OWNED_HEADERS],
    defaults: [],
    aliases: Object.fromEntries(TIMESTAMP_ALIASES.map((a) => [a, ANSWER.timestamp])),
  },
  { name: SHEET.log, headers: LOG_HEADERS, defaults: [] },
];

/** Headers of `spec` that the existing header row lacks, in contract order. */
export function missingHeaders(spec: SheetSpec, headerRow: readonly unknown[]): string[] {
  const index = indexHeaders(headerRow, spec.aliases);
  return spec.headers.filter((h) => index.columnOf(h) === undefined);
}

/** Keys the add-in writes itself (not asked of staff): setup does not add them. */
const WRITTEN_BY_ADDIN: readonly string[] = [CONFIG_KEY.formUrl];

/** `Mục` keys of the contract absent from an existing `Cấu hình` (first column values). */
export function missingConfigKeys(keys: readonly unknown[]): string[] {
  const present = new Set(keys.map((k) => normalizeName(k)));
  return Object.values(CONFIG_KEY).filter((k) => !present.has(normalizeName(k)) && !WRITTEN_BY_ADDIN.includes(k));
}

/** The full grid of a new sheet: headers then defaults padded to the header width. */
export function newSheetGrid(spec: SheetSpec): unknown[][] {
  const width = spec.headers.length;
  return [[...spec.headers], ...spec.defaults.map((row) => Array.from({ length: width }, (_, c) => row[c] ?? ''))];
}

/** Answer columns: the ones a person or the form fills, never created under data (issue 12, item 1). */
const ANSWER_HEADERS: ReadonlySet<string> = new Set(Object.values(ANSWER).map(normalizeName));

export interface HeaderCompletion {
  /** Headers to append at the right of row 1. */
  append: string[];
  /** Why some were not appended (named sheet and header). */
  problems: string[];
}

/**
 * What setup may append to an existing sheet: nothing when its header row is below row 1
 * (reported); on a sheet that holds data, no answer column (a misspelt header would
 * otherwise get an empty twin and every row would read "chưa điền").
 */
export function planHeaderCompletion(spec: SheetSpec, values: readonly (readonly unknown[])[]): HeaderCompletion {
  const missing = missingHeaders(spec, values[0]);
  if (!missing.length) return { append: [], problems: [] };
  const known = [...spec.headers, ...Object.keys(spec.aliases ?? {})];
  const below = headerRowBelow(values, known);
  if (below !== undefined) return { append: [], problems: [MSG.headerRowBelow(spec.name, below)] };
  if (!hasDataRows(values)) return { append: missing, problems: [] };
  const append = missing.filter((h) => !ANSWER_HEADERS.has(normalizeName(h)));
  return { append, problems: append.length < missing.length ? [MSG.setupNotTouched(spec.name)] : [] };
}
