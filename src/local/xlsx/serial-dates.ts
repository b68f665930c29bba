/**
 * A number typed into a date-formatted cell that is no date (`20260105`, `912345678`):
 * exceljs turns it into a Date of year 57,000 (which no time zone arithmetic can read) or
 * an Invalid Date (the number is lost, and the cell came back empty). Its serial-to-date
 * conversion is wrapped once so the Date it makes remembers the number it came from; the
 * reader then keeps that number, which the check reports as not a valid date, and the
 * writer of a copy gives the cell back as it was (issue 12, item 3).
 */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
// exceljs is CommonJS: its cell reader calls `utils.excelToDate` on this very module object.
const utils = require('exceljs/lib/utils/utils.js') as {
  excelToDate: (v: number, date1904?: boolean) => Date;
  dateToExcel: (d: Date, date1904?: boolean) => number;
  __thiduaSerials?: true;
};

/** The serial a Date was made from, when that Date is outside years 1–9999 (or invalid). */
const SERIAL = Symbol('thidua.serial');

type SerialDate = Date & { [SERIAL]?: number };

if (!utils.__thiduaSerials) {
  const original = utils.excelToDate.bind(utils);
  utils.excelToDate = (v: number, date1904?: boolean): Date => {
    const date: SerialDate = original(v, date1904);
    if (!isReadableDate(date)) date[SERIAL] = Number(v);
    return date;
  };
  // …and writing such a Date back (an untouched cell of a file written into) gives the number again.
  const toExcel = utils.dateToExcel.bind(utils);
  utils.dateToExcel = (d: Date, date1904?: boolean): number => (d as SerialDate)[SERIAL] ?? toExcel(d, date1904);
  utils.__thiduaSerials = true;
}

/** Whether a Date is one a spreadsheet can hold (years 1–9999). */
export function isReadableDate(date: Date): boolean {
  const year = date.getUTCFullYear();
  return !Number.isNaN(date.getTime()) && year >= 1 && year <= 9999;
}

/** The number a date-formatted cell held, when exceljs made an unreadable Date of it. */
export function serialOf(date: Date): number | undefined {
  return (date as SerialDate)[SERIAL];
}
