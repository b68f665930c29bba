/**
 * Whether a sheet's structure can be trusted before its rows are judged (issue 12, item 1).
 * A required answer column that is missing on a sheet holding data rows (a header typed
 * `Linh vuc`, a header row on row 2) would make every row "chưa điền" and send reminders to
 * units that did register: such a sheet is reported loudly, naming the closest header found,
 * its rows are not judged and no reminder goes out. A header row below row 1 is found and
 * reported, never guessed into new columns.
 */
import { MSG } from './messages';
import { closestName, normalizeName } from './names';
import { columnLetter, isBlankRow } from './table';

/** How far down a header row that is not on row 1 is looked for. */
const HEADER_SEARCH_ROWS = 20;

/**
 * The 1-based row below row 1 that holds more of `expected` than row 1 does (at least two
 * of them), or undefined when row 1 is the best header row.
 */
export function headerRowBelow(values: readonly (readonly unknown[])[], expected: readonly string[]): number | undefined {
  const keys = new Set(expected.map(normalizeName));
  const score = (row: readonly unknown[] | undefined) => (row ?? []).filter((cell) => keys.has(normalizeName(cell))).length;
  const first = score(values[0]);
  let best: number | undefined;
  let bestScore = Math.max(first, 1);
  for (let r = 1; r < Math.min(values.length, HEADER_SEARCH_ROWS); r++) {
    const s = score(values[r]);
    if (s > bestScore) { best = r + 1; bestScore = s; }
  }
  return best;
}

/** Whether any row below the header row holds something. */
export function hasDataRows(values: readonly (readonly unknown[])[]): boolean {
  for (let r = 1; r < values.length; r++) if (!isBlankRow(values[r])) return true;
  return false;
}

export interface StructureReading {
  /** True when the sheet's rows must not be judged (and no reminder may go out). */
  broken: boolean;
  /** One sentence per missing required column (with the closest header) or misplaced header row. */
  problems: string[];
}

/**
 * Checks a sheet whose required headers are `required` and whose known headers (all the
 * contract's, aliases included) are `known`: broken when a required header is missing and
 * the sheet holds data rows. `headerAliases` are accepted spellings of a required header.
 */
export function checkStructure(
  sheetName: string,
  values: readonly (readonly unknown[])[],
  required: readonly string[],
  known: readonly string[],
  headerAliases: Record<string, readonly string[]> = {},
): StructureReading {
  if (!values.length) return { broken: false, problems: [] };
  const header = values[0];
  const present = new Set(header.map(normalizeName));
  const isPresent = (h: string) => [h, ...(headerAliases[h] ?? [])].some((x) => present.has(normalizeName(x)));
  const missing = required.filter((h) => !isPresent(h));
  if (!missing.length || !hasDataRows(values)) return { broken: false, problems: [] };
  const below = headerRowBelow(values, known);
  if (below !== undefined) return { broken: true, problems: [MSG.headerRowBelow(sheetName, below)] };
  const knownKeys = new Set(known.map(normalizeName));
  const unknownHeaders: string[] = [];
  const columnOf = new Map<string, number>();
  header.forEach((cell, c) => {
    const text = String(cell ?? '').trim();
    if (text && !knownKeys.has(normalizeName(text)) && !columnOf.has(text)) { unknownHeaders.push(text); columnOf.set(text, c); }
  });
  const problems = missing.map((h) => {
    const closest = closestName(h, unknownHeaders);
    return MSG.requiredColumnMissing(sheetName, h, closest, closest === undefined ? undefined : columnLetter(columnOf.get(closest)!));
  });
  return { broken: true, problems };
}
