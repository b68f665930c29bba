/**
 * Converts between instants (what a model Date is) and wall times (what an .xlsx cell
 * holds: a serial number with no time zone). A wall time is carried in a Date whose UTC
 * fields are the local clock reading — the convention exceljs uses when it turns serial
 * numbers into Dates and back.
 */

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
      era: 'short',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** The wall-clock reading of `epochMs` in `timeZone`, as UTC milliseconds. */
function wallMs(epochMs: number, timeZone: string): number {
  const parts: Record<string, string> = {};
  for (const part of formatterFor(timeZone).formatToParts(new Date(epochMs))) parts[part.type] = part.value;
  const yearOfEra = Number(parts.year);
  const year = parts.era === 'BC' || parts.era === 'B' ? 1 - yearOfEra : yearOfEra;
  const wall = new Date(0);
  wall.setUTCFullYear(year, Number(parts.month) - 1, Number(parts.day));
  wall.setUTCHours(Number(parts.hour), Number(parts.minute), Number(parts.second), 0);
  const millis = ((epochMs % 1000) + 1000) % 1000;
  return wall.getTime() + millis;
}

/** The wall time of `instant` in `timeZone` (UTC fields = local clock). Invalid dates pass through. */
export function instantToWallTime(instant: Date, timeZone: string): Date {
  const t = instant.getTime();
  if (Number.isNaN(t)) return new Date(NaN);
  return new Date(wallMs(t, timeZone));
}

/**
 * The instant at which the clock in `timeZone` reads `wallTime` (its UTC fields). In a
 * daylight-saving gap or overlap the result is one of the nearby instants.
 */
export function wallTimeToInstant(wallTime: Date, timeZone: string): Date {
  const wall = wallTime.getTime();
  if (Number.isNaN(wall)) return new Date(NaN);
  const firstGuess = wall - (wallMs(wall, timeZone) - wall);
  const secondGuess = wall - (wallMs(firstGuess, timeZone) - firstGuess);
  return new Date(secondGuess);
}
