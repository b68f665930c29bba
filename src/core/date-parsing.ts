/**
 * Reading a spreadsheet cell as a calendar day in the spreadsheet's time zone (DESIGN.md §4):
 * Date objects, spreadsheet serial numbers from imported files, and dates typed by people —
 * always day first (15/12/2025), or ISO year first (2025-12-15), or Vietnamese words
 * ("ngày 15 tháng 12 năm 2025"), optionally followed by a time.
 */
import { type CalendarDay, dayNumber, fromDayNumber, isValidCalendarDay, wallTimeInZone } from './calendar-day';
import { foldName } from './names';

/** The result of reading a cell as a date. */
export type DateReading =
  | {
      ok: true;
      day: CalendarDay;
      /**
       * Sortable local wall time: minutes since 1970-01-01 00:00 local. Seconds and
       * milliseconds are kept as the fractional part, so submissions within one minute
       * still sort correctly.
       */
      wallMinutes: number;
      /** Whether the cell carries a time of day (text with a time; a Date or serial not at 00:00:00). */
      hasTime: boolean;
    }
  | { ok: false; reason: 'empty' | 'invalid' | 'not-a-date' };

const MINUTES_PER_DAY = 1440;
const MS_PER_DAY = 86_400_000;
/** Day number of 1899-12-30, day 0 of spreadsheet serial numbers. */
const SERIAL_EPOCH_DAY = -25_569;
/** Serial numbers accepted as dates: 1899-12-31 … 9999-12-31. */
const MIN_SERIAL = 1;
const MAX_SERIAL = 2_958_466; // exclusive: the first instant after 9999-12-31
/** Day numbers whose instants can be read in any zone without leaving years 1–9999. */
const MIN_INSTANT_MS = (dayNumber({ year: 1, month: 1, day: 2 })) * MS_PER_DAY;
const MAX_INSTANT_MS = (dayNumber({ year: 9999, month: 12, day: 31 })) * MS_PER_DAY;

const INVALID: DateReading = { ok: false, reason: 'invalid' };
const EMPTY: DateReading = { ok: false, reason: 'empty' };
const NOT_A_DATE: DateReading = { ok: false, reason: 'not-a-date' };

/** Optional time after a date: `H:mm`, `HH:mm:ss`, optional fraction of a second (text is lower-cased, so ISO `T` is `t`). */
const TIME = '(?:[ t](\\d{1,2}):(\\d{2})(?::(\\d{2})(\\.\\d+)?)?)?';
/** Day first: 15/12/2025, 15-12-2025, 15.12.2025, 1/2/2026 (one separator throughout). */
const DAY_FIRST = new RegExp(`^(\\d{1,2})([/.-])(\\d{1,2})\\2(\\d{4})${TIME}$`);
/** ISO, year first: 2025-12-15, 2025-12-15T23:59, 2025-12-15 23:59:00. */
const YEAR_FIRST = new RegExp(`^(\\d{4})-(\\d{1,2})-(\\d{1,2})${TIME}$`);
/** Vietnamese words, after folding diacritics: "ngay 15 thang 12 nam 2025" (optional comma before "nam"). */
const VIETNAMESE = new RegExp(`^(?:ngay ?)?(\\d{1,2}) ?thang ?(\\d{1,2}) ?,? ?nam ?(\\d{4})${TIME}$`);
/** "ngày 15/12/2025": an optional leading word before the numeric forms. */
const LEADING_NGAY = /^ngay /;

function ok(day: CalendarDay, wallMinutes: number, hasTime: boolean): DateReading {
  return { ok: true, day, wallMinutes, hasTime };
}

/**
 * Reads a cell as a calendar day in `timeZone` (an IANA name such as 'Asia/Ho_Chi_Minh').
 * - Date (from any realm): its wall time in the zone; an invalid Date is `invalid`.
 * - number: a spreadsheet serial (days since 1899-12-30, fraction = time of day), already
 *   local wall time; outside 1 … 9999-12-31 or not finite is `invalid`.
 * - string: trimmed, inner whitespace collapsed, then one of the accepted forms; the date
 *   must exist and the year must have 4 digits; anything else is `invalid`.
 * - '' / whitespace / null / undefined: `empty`; other types (boolean, object): `not-a-date`.
 */
export function readDateCell(value: unknown, timeZone: string): DateReading {
  if (value === null || value === undefined) return EMPTY;
  if (typeof value === 'string') return readDateText(value);
  if (typeof value === 'number') return readSerial(value);
  if (Object.prototype.toString.call(value) === '[object Date]') return readDate(value, timeZone);
  return NOT_A_DATE;
}

/** A Date from any realm (never `instanceof`); an object merely tagged 'Date' is not a date. */
function readDate(value: unknown, timeZone: string): DateReading {
  let ms: number;
  try {
    ms = Date.prototype.getTime.call(value as Date);
  } catch {
    return NOT_A_DATE;
  }
  return readInstant(ms, timeZone);
}

function readInstant(ms: number, timeZone: string): DateReading {
  if (!Number.isFinite(ms) || ms < MIN_INSTANT_MS || ms > MAX_INSTANT_MS) return INVALID;
  const w = wallTimeInZone(ms, timeZone);
  const day = { year: w.year, month: w.month, day: w.day };
  const millis = ((ms % 1000) + 1000) % 1000;
  const secondsOfMinute = w.second + millis / 1000;
  const wallMinutes = dayNumber(day) * MINUTES_PER_DAY + w.hour * 60 + w.minute + secondsOfMinute / 60;
  return ok(day, wallMinutes, w.hour !== 0 || w.minute !== 0 || secondsOfMinute !== 0);
}

function readSerial(serial: number): DateReading {
  if (!Number.isFinite(serial) || serial < MIN_SERIAL || serial >= MAX_SERIAL) return INVALID;
  // Whole milliseconds absorb floating-point noise (46006.99999999999 is midnight of the next day).
  const totalMs = Math.round(serial * MS_PER_DAY);
  const serialDay = Math.floor(totalMs / MS_PER_DAY);
  const msOfDay = totalMs - serialDay * MS_PER_DAY;
  const epochDay = SERIAL_EPOCH_DAY + serialDay;
  const day = fromDayNumber(epochDay);
  return ok(day, epochDay * MINUTES_PER_DAY + msOfDay / 60_000, msOfDay !== 0);
}

function readDateText(raw: string): DateReading {
  const text = raw.replace(/\s+/g, ' ').trim();
  if (text === '') return EMPTY;
  const folded = foldName(text);
  let m = VIETNAMESE.exec(folded);
  if (m) return fromParts(m[3], m[2], m[1], m.slice(4));
  const numeric = folded.replace(LEADING_NGAY, '');
  m = DAY_FIRST.exec(numeric);
  if (m) return fromParts(m[4], m[3], m[1], m.slice(5));
  m = YEAR_FIRST.exec(numeric);
  if (m) return fromParts(m[1], m[2], m[3], m.slice(4));
  return INVALID;
}

/** Builds a reading from matched text parts; time = [hour, minute, second, fraction]. */
function fromParts(yearText: string, monthText: string, dayText: string, time: readonly (string | undefined)[]): DateReading {
  const year = Number(yearText);
  const month = Number(monthText);
  const dayOfMonth = Number(dayText);
  if (!isValidCalendarDay(year, month, dayOfMonth)) return INVALID;
  const [hourText, minuteText, secondText, fractionText] = time;
  const hasTime = hourText !== undefined;
  const hour = hasTime ? Number(hourText) : 0;
  const minute = hasTime ? Number(minuteText) : 0;
  const second = secondText !== undefined ? Number(secondText) + Number(fractionText ?? 0) : 0;
  if (hour > 23 || minute > 59 || second >= 60) return INVALID;
  const day = { year, month, day: dayOfMonth };
  return ok(day, dayNumber(day) * MINUTES_PER_DAY + hour * 60 + minute + second / 60, hasTime);
}
