/**
 * Short per-answer fingerprints of a registration row, kept after each receipt so that a
 * trigger fired twice for one response sends nothing the second time, and an edited
 * response can say which answers changed (DESIGN.md §8). About 100 bytes per row in the
 * document properties (whose store holds 500 KB).
 */
import { ANSWER } from './contract';
import { readDateCell } from './date-parsing';
import { DEFAULT_QUESTIONS } from './questions';
import type { RegistrationColumns } from './registration-columns';
import { cellText } from './table';

export interface ReceiptRecord {
  /** Fingerprint of the timestamp, then of each question's answer, in the plan's order. */
  f: string[];
  /** The response's edit link (for the milestone reminders of DESIGN.md §13). */
  e?: string;
}

/** FNV-1a 32-bit, in base 36, cut to 5 characters (collisions only hide a change of one answer). */
export function shortHash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(36).padStart(7, '0').slice(-5);
}

function canonical(value: unknown, timeZone: string): string {
  if (Object.prototype.toString.call(value) === '[object Date]') {
    const r = readDateCell(value, timeZone);
    return r.ok ? `d:${r.wallMinutes}` : 'd:?';
  }
  return cellText(value);
}

export function fingerprintRow(row: readonly unknown[], columns: RegistrationColumns, timeZone: string): string[] {
  return [columns.timestamp, ...columns.questions.map((q) => q.column)]
    .map((c) => shortHash(c === undefined ? '' : canonical(row[c], timeZone)));
}

/**
 * Titles of the answers whose fingerprints differ (the timestamp is not an answer).
 * `titles`: the timestamp's then each question's, as fingerprinted (default: the plan of §3.5).
 */
export function changedAnswers(
  before: readonly string[],
  after: readonly string[],
  titles: readonly string[] = [ANSWER.timestamp, ...DEFAULT_QUESTIONS.map((q) => q.title)],
): string[] {
  if (before.length !== after.length) return titles.slice(1);
  return titles.filter((_, i) => i > 0 && before[i] !== after[i]);
}

/** The titles `changedAnswers` needs for a plan's columns. */
export function fingerprintTitles(columns: RegistrationColumns): string[] {
  return [ANSWER.timestamp, ...columns.questions.map((q) => q.question.title)];
}

export function sameFingerprint(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}
