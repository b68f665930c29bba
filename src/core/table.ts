/**
 * Finding columns by header text. Headers are compared trimmed, NFC, case-insensitive
 * (DESIGN.md §3): columns may be reordered and extra columns are left alone.
 */
import { normalizeName } from './names';

export interface HeaderIndex {
  /** 0-based column of a header (the first one when it is duplicated), or undefined. */
  columnOf(header: string): number | undefined;
  /** Headers that occur more than once, with their 0-based columns. */
  duplicates: Array<{ header: string; columns: number[] }>;
  /** Number of header cells read (the width of the header row). */
  width: number;
}

/** Indexes a header row. `aliases` maps an accepted alternative to the contract's header. */
export function indexHeaders(headerRow: readonly unknown[], aliases: Record<string, string> = {}): HeaderIndex {
  const aliasByKey = new Map(Object.entries(aliases).map(([alias, header]) => [normalizeName(alias), normalizeName(header)]));
  const columns = new Map<string, number[]>();
  const originals = new Map<string, string>();
  headerRow.forEach((cell, column) => {
    const raw = normalizeName(cell);
    if (!raw) return;
    const key = aliasByKey.get(raw) ?? raw;
    if (!columns.has(key)) { columns.set(key, []); originals.set(key, String(cell).trim()); }
    columns.get(key)!.push(column);
  });
  const duplicates = [...columns.entries()]
    .filter(([, cols]) => cols.length > 1)
    .map(([key, cols]) => ({ header: originals.get(key)!, columns: cols }));
  return {
    columnOf: (header) => columns.get(normalizeName(header))?.[0],
    duplicates,
    width: headerRow.length,
  };
}

/** 'A', 'B', … 'Z', 'AA' for a 0-based column index. */
export function columnLetter(column: number): string {
  let n = column + 1;
  let letters = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** True when every cell of the row is empty text (after trimming) or ''. */
export function isBlankRow(row: readonly unknown[], columns?: readonly number[]): boolean {
  const cells = columns ? columns.map((c) => row[c]) : row;
  return cells.every((v) => v === '' || v === null || v === undefined || (typeof v === 'string' && v.trim() === ''));
}

/** A cell as trimmed text ('' for empty). Dates/numbers/booleans become their String form. */
export function cellText(value: unknown): string {
  if (typeof value === 'string') return value.trim();
  if (value === null || value === undefined) return '';
  return String(value).trim();
}
