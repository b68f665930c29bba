/** The place-and-date line of official documents (vn-document-format.md §4.1). */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { calendarDay, daysInMonth, type CalendarDay } from '../../../src/core/calendar-day';
import { issueDateLine, issueDay, issueMonth, undatedLine } from '../../../src/core/documents/issue-date';

/** Any existing day of years 1–9999. */
const anyDay: fc.Arbitrary<CalendarDay> = fc
  .record({ year: fc.integer({ min: 1, max: 9999 }), month: fc.integer({ min: 1, max: 12 }) })
  .chain(({ year, month }) => fc.integer({ min: 1, max: daysInMonth(year, month) }).map((day) => calendarDay(year, month, day)));

describe('issue date line', () => {
  it.each([
    [calendarDay(2020, 1, 5), 'Thọ Lập, ngày 05 tháng 01 năm 2020'],
    [calendarDay(2019, 6, 29), 'Thọ Lập, ngày 29 tháng 6 năm 2019'],
    [calendarDay(2018, 2, 20), 'Thọ Lập, ngày 20 tháng 02 năm 2018'],
    [calendarDay(2026, 3, 3), 'Thọ Lập, ngày 03 tháng 3 năm 2026'],
    [calendarDay(2025, 12, 15), 'Thọ Lập, ngày 15 tháng 12 năm 2025'],
    [calendarDay(2026, 10, 9), 'Thọ Lập, ngày 09 tháng 10 năm 2026'],
  ])('writes %o as the spec examples do', (day, line) => {
    expect(issueDateLine('Thọ Lập', day)).toBe(line);
  });

  it('gives days below 10 and months 1–2 a leading zero, and nothing else, on every calendar day', () => {
    fc.assert(fc.property(anyDay, (d) => {
      const line = issueDateLine('Kim Lũ', d);
      const m = /^Kim Lũ, ngày (\d+) tháng (\d+) năm (\d{4})$/.exec(line);
      expect(m).not.toBeNull();
      const [, day, month, year] = m!;
      expect(day).toHaveLength(2);
      expect(Number(day)).toBe(d.day);
      expect(month).toBe(d.month <= 2 ? `0${d.month}` : String(d.month));
      expect(month.startsWith('0')).toBe(d.month <= 2);
      expect(Number(year)).toBe(d.year);
    }), { numRuns: 2000 });
  });

  it('covers every day and month form', () => {
    expect(Array.from({ length: 31 }, (_, i) => issueDay(i + 1)).slice(0, 10))
      .toEqual(['01', '02', '03', '04', '05', '06', '07', '08', '09', '10']);
    expect(Array.from({ length: 12 }, (_, i) => issueMonth(i + 1)))
      .toEqual(['01', '02', '3', '4', '5', '6', '7', '8', '9', '10', '11', '12']);
  });

  it('prints the place name as Cấu hình gives it (Xã Trần Hưng Đạo, Phường 12)', () => {
    expect(issueDateLine('Phường 12', calendarDay(2026, 4, 1))).toBe('Phường 12, ngày 01 tháng 4 năm 2026');
    expect(issueDateLine('  Xã Trần Hưng Đạo ', calendarDay(2026, 4, 1))).toBe('Xã Trần Hưng Đạo, ngày 01 tháng 4 năm 2026');
  });

  it('leaves the day and month blank in an undated draft', () => {
    expect(undatedLine('Thọ Lập', 2026)).toMatch(/^Thọ Lập, ngày {7,}tháng {7,}năm 2026$/);
  });

  it('starts with "Ngày" when there is no place name', () => {
    expect(issueDateLine('', calendarDay(2026, 1, 2))).toBe('Ngày 02 tháng 01 năm 2026');
  });
});
