/**
 * "Chuyển sang năm mới" (DESIGN.md §13) as plain data: the year's rows of `Đăng ký`, with
 * their results, appended to `Năm trước` (a `Năm` column, then the headers of `Đăng ký`;
 * never overwritten; a header `Năm trước` lacks is added at its right); the dates of `Cấu
 * hình` (`Năm`, the deadlines, the year in `Tên kế hoạch`) and `Hạn` of `Mốc thời gian` one
 * year on. Each step is idempotent: rows already in `Năm trước` for that year are not
 * appended again, dates are written from the originals remembered when the run started, and
 * the rows of `Đăng ký` are removed only when they are exactly the ones that were moved.
 */
import { CONFIG_KEY, MILESTONE_HEADER, OWNED } from '../contract';
import { formatDayVi, isValidCalendarDay, type CalendarDay } from '../calendar-day';
import { readDateCell } from '../date-parsing';
import { shortHash } from '../answer-fingerprint';
import { normalizeName } from '../names';
import { cellText, indexHeaders, isBlankRow } from '../table';
import { asPlainText } from '../write-plan';

export const YEAR_HEADER = 'Năm';

/** Where a run stopped (document property `thiDua.newYear`): small, whatever the rows. */
export interface NewYearMarker {
  from: number;
  to: number;
  /** Data rows of `Đăng ký` that move, and a hash of their keys (to recognise them later). */
  count: number;
  keysHash: string;
  /** [1-based row of Cấu hình, new Giá trị] and [1-based row of Mốc thời gian, new Hạn]. */
  config: Array<[number, string]>;
  milestones: Array<[number, string]>;
  done: boolean;
}

export function nextYearDay(day: CalendarDay): CalendarDay {
  const year = day.year + 1;
  return { year, month: day.month, day: isValidCalendarDay(year, day.month, day.day) ? day.day : day.day - 1 };
}

/** The key of a row of `Đăng ký`: its `Mã đăng ký`, or a hash of its cells when it has none. */
export function rowKey(row: readonly unknown[], idColumn: number | undefined): string {
  const id = idColumn === undefined ? '' : cellText(row[idColumn]);
  return id || `#${shortHash(JSON.stringify(row.map((v) => (v instanceof Date ? v.getTime() : cellText(v)))))}`;
}

/** The data rows of `Đăng ký` (1-based sheet rows) that are not blank. */
export function dataRows(values: readonly unknown[][]): number[] {
  const out: number[] = [];
  for (let r = 1; r < values.length; r++) if (!isBlankRow(values[r])) out.push(r + 1);
  return out;
}

export function keysHashOf(values: readonly unknown[][], rows: readonly number[]): string {
  const idColumn = values.length ? indexHeaders(values[0]).columnOf(OWNED.registrationId) : undefined;
  return shortHash(rows.map((r) => rowKey(values[r - 1], idColumn)).join('\n'));
}

/** The config and milestone dates one year on, read from the sheets as they are when the run starts. */
export function planDateMoves(config: readonly unknown[][] | undefined, milestones: readonly unknown[][] | undefined, from: number, timeZone: string) {
  const configMoves: Array<[number, string]> = [];
  const dateKeys = [CONFIG_KEY.registrationDeadline, CONFIG_KEY.earliestStart, CONFIG_KEY.planDeadline, CONFIG_KEY.resultsDeadline].map(normalizeName);
  for (let r = 1; r < (config?.length ?? 0); r++) {
    const key = normalizeName(config![r][0]);
    const value = config![r][1];
    if (key === normalizeName(CONFIG_KEY.year)) configMoves.push([r + 1, String(from + 1)]);
    else if (dateKeys.includes(key)) {
      const reading = readDateCell(value, timeZone);
      if (reading.ok) configMoves.push([r + 1, formatDayVi(nextYearDay(reading.day))]);
    } else if (key === normalizeName(CONFIG_KEY.planTitle) && new RegExp(`\\b${from}\\b`).test(cellText(value))) {
      configMoves.push([r + 1, asPlainText(cellText(value).replace(new RegExp(`\\b${from}\\b`, 'g'), String(from + 1)))]);
    }
  }
  const milestoneMoves: Array<[number, string]> = [];
  const dateCol = milestones?.length ? indexHeaders(milestones[0]).columnOf(MILESTONE_HEADER.deadline) : undefined;
  if (dateCol !== undefined) {
    for (let r = 1; r < milestones!.length; r++) {
      const reading = readDateCell(milestones![r][dateCol], timeZone);
      if (reading.ok) milestoneMoves.push([r + 1, formatDayVi(nextYearDay(reading.day))]);
    }
  }
  return { config: configMoves, milestones: milestoneMoves };
}

export interface PreviousYearAppend {
  /** The header row `Năm trước` must have (existing headers kept in place, missing ones at the right). */
  header: string[];
  headerChanged: boolean;
  /** Rows to append, laid out on `header`. */
  rows: unknown[][];
  /** Rows of this year already there (from an interrupted run): not appended again. */
  alreadyThere: number;
  problems: string[];
}

/**
 * The rows of `Đăng ký` to append to `Năm trước` for year `from`. A row is already there when
 * `Năm trước` holds a row of that year with the same key (its `Mã đăng ký`, or the hash of its cells).
 */
export function planPreviousYearAppend(
  registrations: readonly unknown[][], previous: readonly unknown[][] | undefined, from: number,
): PreviousYearAppend {
  const regHeader = registrations[0].map((h) => cellText(h));
  const problems: string[] = [];
  const existing = previous && previous.length && !isBlankRow(previous[0]) ? previous[0].map((h) => cellText(h)) : [];
  const header = existing.length ? [...existing] : [YEAR_HEADER];
  const index = indexHeaders(header);
  if (index.columnOf(YEAR_HEADER) === undefined) header.push(YEAR_HEADER);
  for (const h of regHeader) if (h && indexHeaders(header).columnOf(h) === undefined) header.push(h);
  const at = indexHeaders(header);
  const yearCol = at.columnOf(YEAR_HEADER)!;
  const regIndex = indexHeaders(regHeader);
  const regId = regIndex.columnOf(OWNED.registrationId);
  // Keys of the rows of this year already in Năm trước, computed on the same cells as a row of Đăng ký.
  const there = new Set<string>();
  for (const row of (previous ?? []).slice(existing.length ? 1 : 0)) {
    if (Number(cellText(row[yearCol])) !== from) continue;
    const asReg = regHeader.map((h) => { const c = at.columnOf(h); return c === undefined ? '' : row[c] ?? ''; });
    there.add(rowKey(asReg, regId));
  }
  const rows: unknown[][] = [];
  let alreadyThere = 0;
  for (const r of dataRows(registrations)) {
    const source = registrations[r - 1];
    if (there.has(rowKey(regHeader.map((_, c) => source[c] ?? ''), regId))) { alreadyThere++; continue; }
    const out: unknown[] = new Array(header.length).fill('');
    out[yearCol] = from;
    regHeader.forEach((h, c) => {
      if (!h) return;
      const v = source[c];
      out[at.columnOf(h)!] = typeof v === 'string' ? asPlainText(v) : v ?? '';
    });
    rows.push(out);
  }
  return { header, headerChanged: header.length !== existing.length || !existing.length, rows, alreadyThere, problems };
}
