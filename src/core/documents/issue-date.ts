/**
 * The place-and-date line of an official document (vn-document-format.md §4.1, NĐ 30
 * Phụ lục I II.4.b, the same in HD 36): `<Địa danh>, ngày DD tháng M năm YYYY`, with a
 * leading zero for days below 10 and for months 1 and 2 only (`tháng 02`, `tháng 3`).
 * The place name is printed as `Địa danh` gives it: whether it carries the unit word
 * (`Xã Trần Hưng Đạo`, `Phường 12`) or not (`Thọ Lập`) is the staff's choice in `Cấu hình`.
 */
import type { CalendarDay } from '../calendar-day';
import { DOC_TEXT } from './document-text';

/** The day as written in the date line: `05`, `29`. */
export function issueDay(day: number): string {
  return day < 10 ? `0${day}` : String(day);
}

/** The month as written in the date line: `01`, `02`, then `3` … `12` without a zero. */
export function issueMonth(month: number): string {
  return month <= 2 ? `0${month}` : String(month);
}

/** The year, four digits. */
export function issueYear(year: number): string {
  return String(year).padStart(4, '0');
}

/** `Thọ Lập, ngày 05 tháng 02 năm 2026`. */
export function issueDateLine(place: string, d: CalendarDay): string {
  return DOC_TEXT.dateLine(place.trim(), issueDay(d.day), issueMonth(d.month), issueYear(d.year));
}

/** An undated draft, the văn thư fills in the day and month: `Thọ Lập, ngày      tháng      năm 2026`. */
export function undatedLine(place: string, year: number): string {
  return DOC_TEXT.dateLine(place.trim(), DOC_TEXT.dateGap, DOC_TEXT.dateGap, issueYear(year));
}
