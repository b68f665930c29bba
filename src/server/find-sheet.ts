/**
 * Finding a contract sheet by name the way columns are found (DESIGN.md §3): trimmed, NFC,
 * case-insensitive, so `Cấu hình ` (trailing space), an NFD `Khối`, `ĐƠN VỊ` or `đăng ký`
 * is the contract sheet and setup never creates a second one beside it. The exact name is
 * tried first (one call); the list of sheets is read only when that fails.
 */
import { normalizeName } from '../core/names';
import type { Sheet, Spreadsheet } from './sheet-io';

/** The sheet whose normalised name is `name`'s, or null. */
export function findSheet(ss: Spreadsheet, name: string): Sheet | null {
  const exact = ss.getSheetByName(name);
  if (exact) return exact;
  const key = normalizeName(name);
  return ss.getSheets().find((sheet) => normalizeName(sheet.getName()) === key) ?? null;
}
