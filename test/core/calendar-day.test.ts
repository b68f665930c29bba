/** Rules of calendar days and of wall time in a zone (src/core/calendar-day.ts). */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  addDays, calendarDay, compareDays, dayInZone, dayNumber, daysBetween, formatDayVi, formatIsoDay,
  fromDayNumber, instantOfWallTime, isValidCalendarDay, parseIsoDay, wallTimeInZone,
} from '../../src/core/calendar-day';

const HCM = 'Asia/Ho_Chi_Minh';
const BERLIN = 'Europe/Berlin';
const HOUR = 3_600_000;

/** Days in a month according to the JS Date oracle (independent of the code under test). */
function oracleDaysInMonth(year: number, month: number): number {
  const d = new Date(0);
  d.setUTCFullYear(year, month, 0);
  return d.getUTCDate();
}

/** Any existing day of years 1–9999, built without the code under test. */
const anyDay = fc
  .record({ year: fc.integer({ min: 1, max: 9999 }), month: fc.integer({ min: 1, max: 12 }) })
  .chain(({ year, month }) =>
    fc.integer({ min: 1, max: oracleDaysInMonth(year, month) }).map((day) => ({ year, month, day })));

const minDayNumber = dayNumber({ year: 1, month: 1, day: 1 });
const maxDayNumber = dayNumber({ year: 9999, month: 12, day: 31 });

describe('calendar days', () => {
  it('builds days that exist and refuses those that do not', () => {
    expect(calendarDay(2025, 12, 15)).toEqual({ year: 2025, month: 12, day: 15 });
    expect(calendarDay(2024, 2, 29)).toEqual({ year: 2024, month: 2, day: 29 });
    expect(calendarDay(2000, 2, 29)).toEqual({ year: 2000, month: 2, day: 29 });
    expect(() => calendarDay(2025, 2, 31)).toThrow(RangeError);
    expect(() => calendarDay(2025, 2, 29)).toThrow(RangeError);
    expect(() => calendarDay(1900, 2, 29)).toThrow(RangeError);
    expect(() => calendarDay(2025, 4, 31)).toThrow(RangeError);
    expect(() => calendarDay(2025, 13, 1)).toThrow(RangeError);
    expect(() => calendarDay(2025, 0, 1)).toThrow(RangeError);
    expect(() => calendarDay(2025, 1, 0)).toThrow(RangeError);
    expect(() => calendarDay(2025, 1, 1.5)).toThrow(RangeError);
    expect(() => calendarDay(0, 1, 1)).toThrow(RangeError);
    expect(() => calendarDay(10000, 1, 1)).toThrow(RangeError);
  });

  it('agrees with the JS Date oracle on which days exist', () => {
    fc.assert(fc.property(
      fc.integer({ min: 1, max: 9999 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 }),
      (year, month, day) => {
        expect(isValidCalendarDay(year, month, day)).toBe(day <= oracleDaysInMonth(year, month));
      }));
  });

  it('counts days from 1970-01-01', () => {
    expect(dayNumber({ year: 1970, month: 1, day: 1 })).toBe(0);
    expect(dayNumber({ year: 1969, month: 12, day: 31 })).toBe(-1);
    expect(dayNumber({ year: 2025, month: 12, day: 15 })).toBe(20_437);
    fc.assert(fc.property(anyDay, (d) => {
      const utc = new Date(0);
      utc.setUTCFullYear(d.year, d.month - 1, d.day);
      expect(dayNumber(d)).toBe(utc.getTime() / 86_400_000);
    }));
  });

  it('round-trips dayNumber and fromDayNumber', () => {
    fc.assert(fc.property(anyDay, (d) => {
      expect(fromDayNumber(dayNumber(d))).toEqual(d);
    }));
    fc.assert(fc.property(fc.integer({ min: minDayNumber, max: maxDayNumber }), (n) => {
      expect(dayNumber(fromDayNumber(n))).toBe(n);
    }));
    expect(() => fromDayNumber(minDayNumber - 1)).toThrow(RangeError);
    expect(() => fromDayNumber(maxDayNumber + 1)).toThrow(RangeError);
  });

  it('adds days across month, year and leap-day boundaries', () => {
    expect(addDays({ year: 2025, month: 12, day: 31 }, 1)).toEqual({ year: 2026, month: 1, day: 1 });
    expect(addDays({ year: 2024, month: 2, day: 28 }, 1)).toEqual({ year: 2024, month: 2, day: 29 });
    expect(addDays({ year: 2025, month: 2, day: 28 }, 1)).toEqual({ year: 2025, month: 3, day: 1 });
    expect(addDays({ year: 2026, month: 1, day: 1 }, -1)).toEqual({ year: 2025, month: 12, day: 31 });
    expect(daysBetween({ year: 2025, month: 12, day: 15 }, { year: 2026, month: 1, day: 15 })).toBe(31);
  });

  it('adding then subtracting days is the identity', () => {
    fc.assert(fc.property(anyDay, fc.integer({ min: -100_000, max: 100_000 }), (d, n) => {
      const target = dayNumber(d) + n;
      fc.pre(target >= minDayNumber && target <= maxDayNumber);
      const later = addDays(d, n);
      expect(addDays(later, -n)).toEqual(d);
      expect(daysBetween(d, later)).toBe(n);
    }));
  });

  it('orders days like their day numbers', () => {
    fc.assert(fc.property(anyDay, anyDay, (a, b) => {
      expect(Math.sign(compareDays(a, b))).toBe(Math.sign(dayNumber(a) - dayNumber(b)));
    }));
    expect(compareDays({ year: 2025, month: 12, day: 15 }, { year: 2025, month: 12, day: 15 })).toBe(0);
  });

  it('formats as dd/MM/yyyy and yyyy-MM-dd with leading zeros', () => {
    expect(formatDayVi({ year: 2026, month: 1, day: 5 })).toBe('05/01/2026');
    expect(formatIsoDay({ year: 2026, month: 1, day: 5 })).toBe('2026-01-05');
    expect(formatIsoDay({ year: 33, month: 11, day: 9 })).toBe('0033-11-09');
  });

  it('parses strict ISO days only', () => {
    expect(parseIsoDay('2025-12-15')).toEqual({ year: 2025, month: 12, day: 15 });
    for (const bad of ['2025-2-15', '2025-02-30', '15-12-2025', ' 2025-12-15', '2025-12-15T00:00', '20251215', '']) {
      expect(parseIsoDay(bad)).toBeUndefined();
    }
    fc.assert(fc.property(anyDay, (d) => {
      expect(parseIsoDay(formatIsoDay(d))).toEqual(d);
    }));
  });
});

describe('wall time in a zone', () => {
  it('reads 2025-12-15T16:59:00Z as 23:59 on 15/12/2025 in Ho Chi Minh City, and 17:00Z as the 16th', () => {
    expect(wallTimeInZone(new Date('2025-12-15T16:59:00Z'), HCM))
      .toEqual({ year: 2025, month: 12, day: 15, hour: 23, minute: 59, second: 0 });
    expect(dayInZone(Date.parse('2025-12-15T17:00:00Z'), HCM)).toEqual({ year: 2025, month: 12, day: 16 });
  });

  it('reads midnight as hour 0, not 24', () => {
    expect(wallTimeInZone(Date.parse('2025-12-15T17:00:00Z'), HCM).hour).toBe(0);
  });

  it('agrees with the Date UTC getters in UTC', () => {
    fc.assert(fc.property(fc.integer({ min: -62_000_000_000_000, max: 253_000_000_000_000 }), (ms) => {
      const d = new Date(ms);
      expect(wallTimeInZone(ms, 'UTC')).toEqual({
        year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate(),
        hour: d.getUTCHours(), minute: d.getUTCMinutes(), second: d.getUTCSeconds(),
      });
    }));
  });

  it('refuses unknown zones and invalid instants', () => {
    expect(() => wallTimeInZone(0, 'Not/AZone')).toThrow(RangeError);
    expect(() => wallTimeInZone(new Date(NaN), HCM)).toThrow(RangeError);
  });

  it('finds the instant of a wall time in Ho Chi Minh City (UTC+7)', () => {
    expect(instantOfWallTime({ year: 2025, month: 12, day: 15, hour: 23, minute: 59 }, HCM))
      .toBe(Date.parse('2025-12-15T16:59:00Z'));
    expect(instantOfWallTime({ year: 2025, month: 12, day: 16 }, HCM)).toBe(Date.parse('2025-12-15T17:00:00Z'));
  });

  it('puts a skipped Berlin time after the gap and a repeated one at its first occurrence', () => {
    expect(instantOfWallTime({ year: 2025, month: 3, day: 30, hour: 2, minute: 30 }, BERLIN))
      .toBe(Date.parse('2025-03-30T01:30:00Z')); // 03:30 CEST
    expect(instantOfWallTime({ year: 2025, month: 10, day: 26, hour: 2, minute: 30 }, BERLIN))
      .toBe(Date.parse('2025-10-26T00:30:00Z')); // 02:30 CEST, not 02:30 CET
    expect(instantOfWallTime({ year: 2025, month: 7, day: 1, hour: 12 }, BERLIN)).toBe(Date.parse('2025-07-01T10:00:00Z'));
    expect(instantOfWallTime({ year: 2025, month: 1, day: 1, hour: 12 }, BERLIN)).toBe(Date.parse('2025-01-01T11:00:00Z'));
  });

  it('refuses wall times that do not exist on any clock', () => {
    expect(() => instantOfWallTime({ year: 2025, month: 2, day: 29 }, HCM)).toThrow(RangeError);
    expect(() => instantOfWallTime({ year: 2025, month: 1, day: 1, hour: 24 }, HCM)).toThrow(RangeError);
    expect(() => instantOfWallTime({ year: 2025, month: 1, day: 1, minute: 60 }, HCM)).toThrow(RangeError);
  });

  const wholeSecondInstant = (fromYear: number, toYear: number) =>
    fc.integer({ min: Date.UTC(fromYear, 0, 1) / 1000, max: Date.UTC(toYear, 11, 31) / 1000 }).map((s) => s * 1000);

  it('round-trips instant → wall time → instant in Ho Chi Minh City', () => {
    fc.assert(fc.property(wholeSecondInstant(1976, 2100), (ms) => {
      expect(instantOfWallTime(wallTimeInZone(ms, HCM), HCM)).toBe(ms);
    }));
  });

  it('round-trips instant → wall time → instant in Berlin (the repeated hour gives its first occurrence)', () => {
    fc.assert(fc.property(wholeSecondInstant(1981, 2100), (ms) => {
      const wall = wallTimeInZone(ms, BERLIN);
      const back = instantOfWallTime(wall, BERLIN);
      expect(wallTimeInZone(back, BERLIN)).toEqual(wall);
      expect([ms, ms - HOUR]).toContain(back);
    }));
  });

  const anyWallTime = (fromYear: number, toYear: number) =>
    fc.record({
      year: fc.integer({ min: fromYear, max: toYear }), month: fc.integer({ min: 1, max: 12 }),
      day: fc.integer({ min: 1, max: 28 }), hour: fc.integer({ min: 0, max: 23 }),
      minute: fc.integer({ min: 0, max: 59 }), second: fc.integer({ min: 0, max: 59 }),
    });

  /** Since 1981 Berlin skips 02:00–02:59 on the last Sunday of March. */
  function inBerlinGap(w: { year: number; month: number; day: number; hour: number }): boolean {
    if (w.month !== 3 || w.hour !== 2) return false;
    const lastOfMarch = new Date(Date.UTC(w.year, 2, 31));
    return w.day === 31 - lastOfMarch.getUTCDay();
  }

  it('round-trips wall time → instant → wall time in Ho Chi Minh City and Berlin (outside the skipped hour)', () => {
    fc.assert(fc.property(anyWallTime(1976, 2100), (wall) => {
      expect(wallTimeInZone(instantOfWallTime(wall, HCM), HCM)).toEqual(wall);
    }));
    fc.assert(fc.property(anyWallTime(1981, 2100), (wall) => {
      fc.pre(!inBerlinGap(wall));
      expect(wallTimeInZone(instantOfWallTime(wall, BERLIN), BERLIN)).toEqual(wall);
    }));
  });

  it('moves a time in the skipped Berlin hour one hour later', () => {
    fc.assert(fc.property(anyWallTime(1981, 2100), (wall) => {
      const lastSunday = 31 - new Date(Date.UTC(wall.year, 2, 31)).getUTCDay();
      const skipped = { ...wall, month: 3, day: lastSunday, hour: 2 };
      expect(wallTimeInZone(instantOfWallTime(skipped, BERLIN), BERLIN)).toEqual({ ...skipped, hour: 3 });
    }));
  });
});
