/**
 * A1 notation: parsing (`A1`, `$B$2:D10`, `A:C`, `2:5`, `A2:C`, with an optional sheet name,
 * quoted as `'Đăng ký'!A1:C3` when it has spaces or other characters) and formatting.
 */
import { columnLetter } from '../../core/table';

/** A parsed reference; a missing bound means "to the edge of the sheet". */
export interface A1Reference {
  sheetName: string | null;
  startRow: number | null;
  startColumn: number | null;
  endRow: number | null;
  endColumn: number | null;
}

/** A rectangle of cells, 1-based. */
export interface GridRect {
  row: number;
  column: number;
  numRows: number;
  numColumns: number;
}

/** Google Sheets' limits: 18,278 columns (ZZZ) and 10 million cells, so at most 10,000,000 rows. */
const MAX_COLUMN = 18278;
const MAX_ROW = 10_000_000;

const CELL = /^\$?([A-Za-z]{1,3})?\$?([0-9]+)?$/;

/** Parses an A1 reference; null when it is not valid A1 notation. */
export function parseA1(text: string): A1Reference | null {
  const trimmed = text.trim();
  const { sheetName, rest } = splitSheetName(trimmed) ?? { sheetName: null, rest: '' };
  if (rest === '') return null;
  const parts = rest.split(':');
  if (parts.length > 2) return null;
  const start = parseCell(parts[0] ?? '');
  const end = parts.length === 2 ? parseCell(parts[1] ?? '') : start;
  if (start === null || end === null) return null;
  if (parts.length === 1 && (start.row === null || start.column === null)) return null;
  // Both ends must name the same kind of bound: A:B, 1:2, A1:B2, A2:B (open rows).
  if ((start.column === null) !== (end.column === null)) return null;
  if (start.row === null && end.row !== null) return null;
  const rows = orderPair(start.row, end.row);
  const columns = orderPair(start.column, end.column);
  return { sheetName, startRow: rows[0], endRow: rows[1], startColumn: columns[0], endColumn: columns[1] };
}

/** Resolves a reference against a sheet's grid size; null when it does not fit the grid. */
export function resolveA1(ref: A1Reference, maxRows: number, maxColumns: number): GridRect | null {
  const row = ref.startRow ?? 1;
  const column = ref.startColumn ?? 1;
  const endRow = ref.endRow ?? maxRows;
  const endColumn = ref.endColumn ?? maxColumns;
  if (endRow > maxRows || endColumn > maxColumns || row < 1 || column < 1) return null;
  return { row, column, numRows: endRow - row + 1, numColumns: endColumn - column + 1 };
}

/** The letters of a 1-based column number (1 → A, 27 → AA). */
export function columnLetters(column: number): string {
  return column > 0 ? columnLetter(column - 1) : '';
}

/** The 1-based number of column letters (A → 1, AA → 27). */
export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** A1 notation of a rectangle: `B2` for one cell, `B2:D10` otherwise. */
export function formatA1(rect: GridRect): string {
  const start = `${columnLetters(rect.column)}${rect.row}`;
  if (rect.numRows === 1 && rect.numColumns === 1) return start;
  return `${start}:${columnLetters(rect.column + rect.numColumns - 1)}${rect.row + rect.numRows - 1}`;
}

/** Quotes a sheet name for use in A1 notation when needed. */
export function quoteSheetName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

function splitSheetName(text: string): { sheetName: string | null; rest: string } | null {
  if (text.startsWith("'")) {
    let i = 1;
    let name = '';
    while (i < text.length) {
      const ch = text[i];
      if (ch === "'") {
        if (text[i + 1] === "'") {
          name += "'";
          i += 2;
          continue;
        }
        break;
      }
      name += ch;
      i += 1;
    }
    if (text[i] !== "'" || text[i + 1] !== '!' || name === '') return null;
    return { sheetName: name, rest: text.slice(i + 2) };
  }
  const bang = text.lastIndexOf('!');
  if (bang < 0) return { sheetName: null, rest: text };
  const name = text.slice(0, bang);
  if (name === '' || /[\s'!:]/.test(name)) return null;
  return { sheetName: name, rest: text.slice(bang + 1) };
}

function parseCell(text: string): { row: number | null; column: number | null } | null {
  const match = CELL.exec(text);
  if (match === null || (match[1] === undefined && match[2] === undefined)) return null;
  const column = match[1] === undefined ? null : columnNumber(match[1]);
  const row = match[2] === undefined ? null : Number(match[2]);
  if (column !== null && (column < 1 || column > MAX_COLUMN)) return null;
  if (row !== null && (row < 1 || row > MAX_ROW)) return null;
  return { row, column };
}

function orderPair(a: number | null, b: number | null): [number | null, number | null] {
  if (a !== null && b !== null && a > b) return [b, a];
  return [a, b];
}
