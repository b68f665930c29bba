/**
 * Wall-clock time in an IANA zone, host side: the instant of a local date and time (the
 * inverse of format-date.ts's zonedParts), calendar arithmetic on local dates, ISO weeks.
 */
import { zonedParts } from './format-date';

/** The instant (ms) of local time y-mo-d h:mi:s in `timeZone` (mo is 1-based; fields may overflow). */
export function instantFromZoned(year: number, month: number, day: number, hour: number, minute: number, second: number, timeZone: string): number {
  const wall = Date.UTC(year, month - 1, day, hour, minute, second);
  let guess = wall - zonedParts(wall, timeZone).offsetMinutes * 60_000;
  for (let i = 0; i < 2; i++) {
    const corrected = wall - zonedParts(guess, timeZone).offsetMinutes * 60_000;
    if (corrected === guess) break;
    guess = corrected;
  }
  return guess;
}

/** Local midnight of the calendar day `ms` falls on in `timeZone`. */
export function zonedMidnight(ms: number, timeZone: string): number {
  const p = zonedParts(ms, timeZone);
  return instantFromZoned(p.year, p.month, p.day, 0, 0, 0, timeZone);
}

/** The ISO 8601 week number (1..53) of a calendar date. */
export function isoWeek(year: number, month: number, day: number): number {
  const date = new Date(Date.UTC(year, month - 1, day));
  const weekday = date.getUTCDay() === 0 ? 7 : date.getUTCDay();
  date.setUTCDate(date.getUTCDate() + 4 - weekday);
  const yearStart = Date.UTC(date.getUTCFullYear(), 0, 1);
  return Math.ceil(((date.getTime() - yearStart) / 86_400_000 + 1) / 7);
}
