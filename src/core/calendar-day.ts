/**
 * Calendar days (year, month, day without time or zone) and the conversions between
 * instants and wall-clock time in an IANA time zone. Deadlines and registrations are
 * compared as calendar days in the spreadsheet's time zone (DESIGN.md §4).
 * Pure: plain arithmetic plus `Intl.DateTimeFormat`, which Apps Script V8 provides.
 */

// Locals: in the emulation's sandbox (node:vm) every read of a global such as `Math` goes
// through the context's interceptor; these run for every date cell of every check (issue 12, item 10).
const floor = Math.floor;
const isInteger = Number.isInteger;

/** A date as a calendar day in the spreadsheet's time zone (month 1–12). */
export interface CalendarDay {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/** Wall-clock parts of an instant in a time zone (month 1–12, hour 0–23). */
export interface WallTime {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
}

/** A wall time to locate in a zone; missing time parts are 0. */
export interface WallTimeInput {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly hour?: number;
  readonly minute?: number;
  readonly second?: number;
}

const MS_PER_DAY = 86_400_000;
const MIN_YEAR = 1;
const MAX_YEAR = 9999;

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Number of days in a month (1–12) of a year. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Whether the three integers name an existing day of years 1–9999. */
export function isValidCalendarDay(year: number, month: number, day: number): boolean {
  return (
    isInteger(year) && isInteger(month) && isInteger(day) &&
    year >= MIN_YEAR && year <= MAX_YEAR &&
    month >= 1 && month <= 12 &&
    day >= 1 && day <= daysInMonth(year, month)
  );
}

/** A validated calendar day; throws RangeError for days that do not exist (31/02, 0/1, …). */
export function calendarDay(year: number, month: number, day: number): CalendarDay {
  if (!isValidCalendarDay(year, month, day)) {
    throw new RangeError(`Not a calendar day: ${year}-${month}-${day}`);
  }
  return { year, month, day };
}

/** Orders two days: negative if a is earlier, 0 if the same day, positive if later. */
export function compareDays(a: CalendarDay, b: CalendarDay): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

/** Days since 1970-01-01 (negative before), for arithmetic. Proleptic Gregorian calendar. */
export function dayNumber(d: CalendarDay): number {
  // Howard Hinnant's days_from_civil: years start in March so the leap day comes last.
  const y = d.month <= 2 ? d.year - 1 : d.year;
  const era = floor(y / 400);
  const yearOfEra = y - era * 400;
  const monthFromMarch = (d.month + 9) % 12;
  const dayOfYear = floor((153 * monthFromMarch + 2) / 5) + d.day - 1;
  const dayOfEra = yearOfEra * 365 + floor(yearOfEra / 4) - floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

/** The day `n` days after 1970-01-01 (inverse of dayNumber); throws RangeError outside years 1–9999. */
export function fromDayNumber(n: number): CalendarDay {
  if (!isInteger(n)) throw new RangeError(`Not a whole day number: ${n}`);
  const z = n + 719_468;
  const era = floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = floor(
    (dayOfEra - floor(dayOfEra / 1460) + floor(dayOfEra / 36_524) - floor(dayOfEra / 146_096)) / 365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + floor(yearOfEra / 4) - floor(yearOfEra / 100));
  const monthFromMarch = floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - floor((153 * monthFromMarch + 2) / 5) + 1;
  const month = monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return calendarDay(year, month, day);
}

/** The day `n` days later (earlier when n is negative). */
export function addDays(d: CalendarDay, n: number): CalendarDay {
  return fromDayNumber(dayNumber(d) + n);
}

/** `to` minus `from` in days (positive when `to` is later). */
export function daysBetween(from: CalendarDay, to: CalendarDay): number {
  return dayNumber(to) - dayNumber(from);
}

function pad(n: number, width: number): string {
  let s = String(n);
  while (s.length < width) s = '0' + s;
  return s;
}

/** Vietnamese display form 'dd/MM/yyyy' with leading zeros, e.g. '05/01/2026'. */
export function formatDayVi(d: CalendarDay): string {
  return `${pad(d.day, 2)}/${pad(d.month, 2)}/${pad(d.year, 4)}`;
}

/** ISO form 'yyyy-MM-dd', e.g. '2026-01-05'. */
export function formatIsoDay(d: CalendarDay): string {
  return `${pad(d.year, 4)}-${pad(d.month, 2)}-${pad(d.day, 2)}`;
}

/** Reads strict 'yyyy-MM-dd' (no spaces, no time); undefined if malformed or not an existing day. */
export function parseIsoDay(s: string): CalendarDay | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return undefined;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  return isValidCalendarDay(year, month, day) ? { year, month, day } : undefined;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/** One formatter per zone: creating them is far slower than using them. */
function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      era: 'short',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

function toEpochMs(instant: Date | number): number {
  const ms = typeof instant === 'number' ? instant : instant.getTime();
  if (!Number.isFinite(ms)) throw new RangeError('Invalid instant');
  return ms;
}

/**
 * Wall-clock parts of an instant in an IANA zone (seconds truncated). Throws RangeError
 * for an unknown zone or an invalid instant.
 */
export function wallTimeInZone(instant: Date | number, timeZone: string): WallTime {
  const ms = toEpochMs(instant);
  const offset = hourOffset(ms, timeZone);
  if (offset === null) return exactWallTime(ms, timeZone);
  const local = floor(ms / 1000) * 1000 + offset;
  const days = floor(local / MS_PER_DAY);
  const inDay = local - days * MS_PER_DAY;
  const { year, month, day } = fromDayNumber(days);
  return { year, month, day, hour: floor(inDay / 3_600_000), minute: floor(inDay / 60_000) % 60, second: floor(inDay / 1000) % 60 };
}

/**
 * The zone's offset (ms) during the UTC hour holding `ms`, when it is the same at the hour's
 * first and last second (no transition inside it), else null. Reading the zone through
 * `Intl` costs tens of microseconds; a sheet's thousands of dates fall in a few hundred hours,
 * so the offset is remembered per zone and hour.
 */
const offsetsByZone = new Map<string, Map<number, number | null>>();
function hourOffset(ms: number, timeZone: string): number | null {
  let offsets = offsetsByZone.get(timeZone);
  if (!offsets) { offsets = new Map(); offsetsByZone.set(timeZone, offsets); }
  const hour = floor(ms / 3_600_000);
  let offset = offsets.get(hour);
  if (offset === undefined) {
    const start = hour * 3_600_000;
    const end = start + 3_599_000;
    const atStart = wallAsUtcMs(exactWallTime(start, timeZone)) - start;
    const atEnd = wallAsUtcMs(exactWallTime(end, timeZone)) - end;
    offset = atStart === atEnd ? atStart : null;
    if (offsets.size > 100_000) offsets.clear();
    offsets.set(hour, offset);
  }
  return offset;
}

function exactWallTime(ms: number, timeZone: string): WallTime {
  let year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0;
  let beforeCommonEra = false;
  for (const part of formatterFor(timeZone).formatToParts(ms)) {
    switch (part.type) {
      case 'year': year = Number(part.value); break;
      case 'month': month = Number(part.value); break;
      case 'day': day = Number(part.value); break;
      case 'hour': hour = Number(part.value) % 24; break; // some engines print midnight as 24
      case 'minute': minute = Number(part.value); break;
      case 'second': second = Number(part.value); break;
      case 'era': beforeCommonEra = /^b/i.test(part.value); break;
      default: break;
    }
  }
  if (beforeCommonEra) year = 1 - year;
  return { year, month, day, hour, minute, second };
}

/** The calendar day of an instant in an IANA zone. */
export function dayInZone(instant: Date | number, timeZone: string): CalendarDay {
  const w = wallTimeInZone(instant, timeZone);
  return { year: w.year, month: w.month, day: w.day };
}

/** Milliseconds of a wall time read as if it were UTC (no Date.UTC: it maps years 0–99 to 19xx). */
function wallAsUtcMs(w: WallTimeInput): number {
  return dayNumber(w) * MS_PER_DAY + ((w.hour ?? 0) * 60 + (w.minute ?? 0)) * 60_000 + (w.second ?? 0) * 1000;
}

/** The zone's offset from UTC (ms) at an instant. */
function offsetAt(ms: number, timeZone: string): number {
  const whole = floor(ms / 1000) * 1000;
  return wallAsUtcMs(wallTimeInZone(whole, timeZone)) - whole;
}

function checkWallTime(p: WallTimeInput): void {
  const inRange = (v: number | undefined, max: number) => v === undefined || (isInteger(v) && v >= 0 && v <= max);
  if (!isValidCalendarDay(p.year, p.month, p.day) || !inRange(p.hour, 23) || !inRange(p.minute, 59) || !inRange(p.second, 59)) {
    throw new RangeError(`Not a wall time: ${JSON.stringify(p)}`);
  }
}

/**
 * The instant (ms since the epoch) at which a wall time occurs in the zone — the inverse
 * of wallTimeInZone. A repeated wall time (clocks set back) gives its earlier instant; a
 * skipped one (clocks set forward) is read with the offset before the change, so it lands
 * after the gap (02:30 on Berlin's spring-forward day → 03:30 CEST), like JS Date does.
 * Assumes at most one offset change within a day of the wall time, as in all real zones.
 */
export function instantOfWallTime(parts: WallTimeInput, timeZone: string): number {
  checkWallTime(parts);
  const local = wallAsUtcMs(parts);
  const offsetBefore = offsetAt(local - MS_PER_DAY, timeZone);
  const offsetAfter = offsetAt(local + MS_PER_DAY, timeZone);
  const early = local - Math.max(offsetBefore, offsetAfter);
  const late = local - Math.min(offsetBefore, offsetAfter);
  if (offsetAt(early, timeZone) === local - early) return early;
  if (offsetAt(late, timeZone) === local - late) return late;
  return local - offsetBefore;
}

/** `dd/MM/yyyy HH:mm` of an instant in a zone, for messages and e-mails. */
export function formatDateTimeVi(instant: Date | number, timeZone: string): string {
  const w = wallTimeInZone(instant, timeZone);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${two(w.day)}/${two(w.month)}/${w.year} ${two(w.hour)}:${two(w.minute)}`;
}
