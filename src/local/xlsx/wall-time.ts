/**
 * Converts between instants (what a model Date is) and wall times (what an .xlsx cell
 * holds: a serial number with no time zone). A wall time is carried in a Date whose UTC
 * fields are the local clock reading — the convention exceljs uses when it turns serial
 * numbers into Dates and back. The zone arithmetic is the core's (src/core/calendar-day.ts).
 */
import { instantOfWallTime, wallTimeInZone } from '../../core/calendar-day';

const millisOf = (ms: number) => ((ms % 1000) + 1000) % 1000;

/** The wall time of `instant` in `timeZone` (UTC fields = local clock). Invalid dates pass through. */
export function instantToWallTime(instant: Date, timeZone: string): Date {
  const t = instant.getTime();
  if (Number.isNaN(t)) return new Date(NaN);
  const w = wallTimeInZone(t, timeZone);
  const wall = new Date(0);
  wall.setUTCFullYear(w.year, w.month - 1, w.day);
  wall.setUTCHours(w.hour, w.minute, w.second, millisOf(t));
  return wall;
}

/**
 * The instant at which the clock in `timeZone` reads `wallTime` (its UTC fields). In a
 * daylight-saving gap or overlap the result is one of the nearby instants.
 */
export function wallTimeToInstant(wallTime: Date, timeZone: string): Date {
  const wall = wallTime.getTime();
  if (Number.isNaN(wall)) return new Date(NaN);
  const instant = instantOfWallTime({
    year: wallTime.getUTCFullYear(), month: wallTime.getUTCMonth() + 1, day: wallTime.getUTCDate(),
    hour: wallTime.getUTCHours(), minute: wallTime.getUTCMinutes(), second: wallTime.getUTCSeconds(),
  }, timeZone);
  return new Date(instant + millisOf(wall));
}

/** Whether a Date is one a spreadsheet can hold (years 1–9999); a number no date can be stays a number. */
export function isReadableDate(date: Date): boolean {
  const year = date.getUTCFullYear();
  return !Number.isNaN(date.getTime()) && year >= 1 && year <= 9999;
}
