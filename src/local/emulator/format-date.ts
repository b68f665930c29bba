/**
 * Java SimpleDateFormat patterns (what Utilities.formatDate takes) rendered in an IANA time
 * zone with the host's Intl. Letters: y M L d H k K h m s S E u a D Z X; text in single
 * quotes is literal ('' is a quote). Unknown zone IDs fall back to GMT, as Java's
 * TimeZone.getTimeZone does; `GMT+7` / `GMT+07:00` / `UTC` style IDs are fixed offsets.
 */

/** The wall-clock fields of an instant in a zone. */
export interface ZonedParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
  /** 1 = Monday ... 7 = Sunday. */
  weekday: number;
  /** Offset from UTC in minutes (east positive). */
  offsetMinutes: number;
}

/** A pattern the emulation cannot render (message as Java words it). */
export class DatePatternError extends Error {}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const WEEKDAY_NUMBER: Record<string, number> = { Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6, Sun: 7 };
const FIXED_OFFSET = /^(?:GMT|UTC)(?:([+-])(\d{1,2})(?::?(\d{2}))?)?$/i;
const formatters = new Map<string, Intl.DateTimeFormat | null>();

/** The wall-clock fields of `ms` in `timeZone`. */
export function zonedParts(ms: number, timeZone: string): ZonedParts {
  const fixed = FIXED_OFFSET.exec(timeZone);
  if (fixed !== null) {
    const sign = fixed[1] === '-' ? -1 : 1;
    return utcParts(ms, sign * (Number(fixed[2] ?? 0) * 60 + Number(fixed[3] ?? 0)));
  }
  const formatter = formatterFor(timeZone);
  if (formatter === null) return utcParts(ms, 0);
  const fields: Record<string, string> = {};
  for (const part of formatter.formatToParts(ms)) fields[part.type] = part.value;
  const wholeSecond = Math.floor(ms / 1000) * 1000;
  const year = Number(fields.year);
  const month = Number(fields.month);
  const day = Number(fields.day);
  const hour = Number(fields.hour);
  const minute = Number(fields.minute);
  const second = Number(fields.second);
  const asUtc = Date.UTC(year, month - 1, day, hour, minute, second);
  return {
    year, month, day, hour, minute, second,
    millisecond: ms - wholeSecond,
    weekday: WEEKDAY_NUMBER[fields.weekday ?? ''] ?? 1,
    offsetMinutes: Math.round((asUtc - wholeSecond) / 60000),
  };
}

/** Formats `ms` in `timeZone` with a SimpleDateFormat `pattern`. */
export function formatDate(ms: number, timeZone: string, pattern: string): string {
  const parts = zonedParts(ms, timeZone);
  let out = '';
  let i = 0;
  while (i < pattern.length) {
    const ch = pattern.charAt(i);
    if (ch === "'") {
      if (pattern[i + 1] === "'") {
        out += "'";
        i += 2;
        continue;
      }
      i += 1;
      while (i < pattern.length) {
        if (pattern[i] === "'") {
          if (pattern[i + 1] !== "'") break;
          i += 1;
        }
        out += pattern.charAt(i);
        i += 1;
      }
      i += 1;
      continue;
    }
    if (/[A-Za-z]/.test(ch)) {
      let count = 1;
      while (pattern[i + count] === ch) count += 1;
      out += field(ch, count, parts);
      i += count;
      continue;
    }
    out += ch;
    i += 1;
  }
  return out;
}

function field(letter: string, count: number, p: ZonedParts): string {
  switch (letter) {
    case 'y':
      return count === 2 ? pad(p.year % 100, 2) : pad(p.year, count);
    case 'M':
    case 'L':
      if (count >= 4) return MONTHS[p.month - 1] ?? '';
      if (count === 3) return (MONTHS[p.month - 1] ?? '').slice(0, 3);
      return pad(p.month, count);
    case 'd':
      return pad(p.day, count);
    case 'H':
      return pad(p.hour, count);
    case 'k':
      return pad(p.hour === 0 ? 24 : p.hour, count);
    case 'K':
      return pad(p.hour % 12, count);
    case 'h':
      return pad(p.hour % 12 === 0 ? 12 : p.hour % 12, count);
    case 'm':
      return pad(p.minute, count);
    case 's':
      return pad(p.second, count);
    case 'S':
      return pad(p.millisecond, count);
    case 'E':
      return count >= 4 ? DAYS[p.weekday - 1] ?? '' : (DAYS[p.weekday - 1] ?? '').slice(0, 3);
    case 'u':
      return pad(p.weekday, count);
    case 'a':
      return p.hour < 12 ? 'AM' : 'PM';
    case 'D':
      return pad(dayOfYear(p), count);
    case 'Z':
      return offsetText(p.offsetMinutes, false);
    case 'X':
      if (p.offsetMinutes === 0) return 'Z';
      if (count === 1) return offsetText(p.offsetMinutes, false).slice(0, 3);
      return offsetText(p.offsetMinutes, count >= 3);
    case 'z':
    case 'Y':
    case 'w':
    case 'W':
    case 'F':
    case 'G':
      throw new DatePatternError(`Not emulated: pattern letter '${letter}' in Utilities.formatDate`);
    default:
      throw new DatePatternError(`Illegal pattern character '${letter}'`);
  }
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

function dayOfYear(p: ZonedParts): number {
  return Math.round((Date.UTC(p.year, p.month - 1, p.day) - Date.UTC(p.year, 0, 1)) / 86_400_000) + 1;
}

function offsetText(minutes: number, colon: boolean): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${pad(Math.floor(abs / 60), 2)}${colon ? ':' : ''}${pad(abs % 60, 2)}`;
}

function utcParts(ms: number, offsetMinutes: number): ZonedParts {
  const d = new Date(ms + offsetMinutes * 60_000);
  const jsDay = d.getUTCDay();
  return {
    year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate(),
    hour: d.getUTCHours(), minute: d.getUTCMinutes(), second: d.getUTCSeconds(),
    millisecond: d.getUTCMilliseconds(), weekday: jsDay === 0 ? 7 : jsDay, offsetMinutes,
  };
}

function formatterFor(timeZone: string): Intl.DateTimeFormat | null {
  let formatter = formatters.get(timeZone);
  if (formatter === undefined) {
    try {
      formatter = new Intl.DateTimeFormat('en-US', {
        timeZone, hourCycle: 'h23', weekday: 'short',
        year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric',
      });
    } catch {
      formatter = null;
    }
    formatters.set(timeZone, formatter);
  }
  return formatter;
}
