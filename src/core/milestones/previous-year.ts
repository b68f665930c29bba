/**
 * `Năm trước` as the record of earlier years (DESIGN.md §13): with `Chỉ nhận đăng ký mới` =
 * `Có`, a new row whose `Tên` matches (normalised) an item of the same unit in `Năm trước` is
 * `Cần bổ sung` with the reason `Trùng với … năm …`. The sheet may have been edited by hand: a
 * row whose `Năm` is not a year, or a sheet without the columns needed, is reported by sheet,
 * row and column and left out; nothing there is ever written by the check.
 */
import { PREVIOUS_YEAR_SHEET } from '../contract';
import { MILESTONE_MSG } from '../messages';
import { normalizeName } from '../names';
import { cellText, indexHeaders, isBlankRow } from '../table';
import { YEAR_HEADER } from './new-year';

export interface PreviousItem { year: number; row: number; title: string }

export interface PreviousItems {
  byKey: Map<string, PreviousItem>;
  problems: string[];
}

export const previousKey = (unitKey: string, titleKey: string) => `${unitKey}\u0000${titleKey}`;

/** `unitTitle` and `nameTitle`: the headers of the plan's `Đơn vị` and `Tên` questions. */
export function readPreviousItems(values: readonly unknown[][] | undefined, unitTitle: string, nameTitle: string): PreviousItems {
  const byKey = new Map<string, PreviousItem>();
  const problems: string[] = [];
  if (!values || values.length < 2) return { byKey, problems };
  const h = indexHeaders(values[0]);
  const yearCol = h.columnOf(YEAR_HEADER);
  const unitCol = h.columnOf(unitTitle);
  const nameCol = h.columnOf(nameTitle);
  for (const [col, header] of [[yearCol, YEAR_HEADER], [unitCol, unitTitle], [nameCol, nameTitle]] as const) {
    if (col === undefined) problems.push(MILESTONE_MSG.previousMissingColumn(header));
  }
  if (yearCol === undefined || unitCol === undefined || nameCol === undefined) return { byKey, problems };
  for (let r = 1; r < values.length; r++) {
    const row = values[r];
    if (isBlankRow(row)) continue;
    const yearText = cellText(row[yearCol]);
    const year = Number(yearText);
    if (!/^\d{4}$/.test(yearText) || year < 2000 || year > 2100) { problems.push(MILESTONE_MSG.previousBadYear(r + 1, row[yearCol])); continue; }
    const title = cellText(row[nameCol]);
    const unit = normalizeName(row[unitCol]);
    if (!title || !unit) continue;
    const key = previousKey(unit, normalizeName(title));
    const known = byKey.get(key);
    if (!known || known.year < year) byKey.set(key, { year, row: r + 1, title });
  }
  return { byKey, problems };
}

export { PREVIOUS_YEAR_SHEET };
