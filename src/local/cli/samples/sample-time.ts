/**
 * Cell values of the embedded preset samples as Google holds them: a timestamp is the instant
 * of a wall time in Asia/Ho_Chi_Minh (UTC+7, no daylight saving), a date answer the instant of
 * local midnight, a link a made-up Drive address. Node side only.
 */

/** An instant given as wall time in Asia/Ho_Chi_Minh. */
export function vnTime(year: number, month: number, day: number, hour = 0, minute = 0, second = 0): Date {
  return new Date(Date.UTC(year, month - 1, day, hour - 7, minute, second));
}

/** A date answer: the instant of local midnight. */
export function vnDate(year: number, month: number, day: number): Date {
  return vnTime(year, month, day);
}

/** A made-up Drive link, as an evidence answer. */
export function driveLink(id: string): string {
  return `https://drive.google.com/open?id=${id}`;
}
