/** Rules for reading a cell as a date (src/core/date-parsing.ts). */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import vm from 'node:vm';
import { readDateCell, type DateReading } from '../../src/core/date-parsing';
import { dayNumber, formatDayVi, formatIsoDay, instantOfWallTime } from '../../src/core/calendar-day';

const HCM = 'Asia/Ho_Chi_Minh';
const BERLIN = 'Europe/Berlin';

/** The calendar day read from a cell, or the failure reason. */
function dayOf(value: unknown, timeZone = HCM): string {
  const r = readDateCell(value, timeZone);
  return r.ok ? formatIsoDay(r.day) : r.reason;
}

function reading(value: unknown, timeZone = HCM): Extract<DateReading, { ok: true }> {
  const r = readDateCell(value, timeZone);
  if (!r.ok) throw new Error(`expected a date, got ${r.reason}`);
  return r;
}

function oracleDaysInMonth(year: number, month: number): number {
  const d = new Date(0);
  d.setUTCFullYear(year, month, 0);
  return d.getUTCDate();
}

const anyDay = fc
  .record({ year: fc.integer({ min: 1000, max: 9999 }), month: fc.integer({ min: 1, max: 12 }) })
  .chain(({ year, month }) =>
    fc.integer({ min: 1, max: oracleDaysInMonth(year, month) }).map((day) => ({ year, month, day })));

const anyTime = fc.record({
  hour: fc.integer({ min: 0, max: 23 }), minute: fc.integer({ min: 0, max: 59 }), second: fc.integer({ min: 0, max: 59 }),
});

const two = (n: number) => String(n).padStart(2, '0');

describe('reading typed dates', () => {
  it('reads 15/12/2025, 15-12-2025, 15.12.2025 and 2025-12-15 as 15 December 2025', () => {
    for (const text of ['15/12/2025', '15-12-2025', '15.12.2025', '2025-12-15']) {
      expect(dayOf(text)).toBe('2025-12-15');
    }
  });

  it('reads 1/2/2026 as 1 February 2026 (day first, no leading zeros needed)', () => {
    expect(dayOf('1/2/2026')).toBe('2026-02-01');
  });

  it('never reads 03/04/2026 as March', () => {
    expect(dayOf('03/04/2026')).toBe('2026-04-03');
    expect(dayOf('03-04-2026')).toBe('2026-04-03');
    expect(dayOf('03.04.2026')).toBe('2026-04-03');
  });

  it('refuses month-first dates such as 12/15/2025', () => {
    expect(dayOf('12/15/2025')).toBe('invalid');
  });

  it('requires the calendar date to exist', () => {
    expect(dayOf('29/02/2025')).toBe('invalid');
    expect(dayOf('29/02/2024')).toBe('2024-02-29');
    expect(dayOf('31/04/2026')).toBe('invalid');
    expect(dayOf('0/1/2026')).toBe('invalid');
    expect(dayOf('2025-02-29')).toBe('invalid');
  });

  it('requires four-digit years', () => {
    for (const text of ['15/12/25', '15/12/025', '15/12/20255', '25-12-15']) expect(dayOf(text)).toBe('invalid');
  });

  it('trims and collapses whitespace', () => {
    expect(dayOf('  15/12/2025 \n')).toBe('2025-12-15');
    expect(dayOf('\u00a015/12/2025\u00a0\u00a023:59')).toBe('2025-12-15');
  });

  it('refuses mixed separators and other text', () => {
    for (const text of ['15/12-2025', '15 12 2025', '2025/12/15', '15/12/2025 23', '15/12/2025 24:00', '15/12/2025 23:60',
      'hôm qua', 'Dec 15, 2025', '15/12/2025abc', '46006', 'ngày 15 tháng 12', '2025-12-15Z']) {
      expect(dayOf(text), text).toBe('invalid');
    }
  });

  it('reads a Google Forms text timestamp 15/12/2025 23:59:00 as that day, with its time', () => {
    const r = reading('15/12/2025 23:59:00');
    expect(formatIsoDay(r.day)).toBe('2025-12-15');
    expect(r.hasTime).toBe(true);
    expect(r.wallMinutes).toBe(dayNumber(r.day) * 1440 + 23 * 60 + 59);
    expect(reading('15/12/2025').hasTime).toBe(false);
  });

  it('reads ISO date-times with T or a space, with or without seconds', () => {
    for (const text of ['2025-12-15T23:59', '2025-12-15 23:59', '2025-12-15T23:59:00', '2025-12-15T23:59:00.000']) {
      expect(reading(text).wallMinutes, text).toBe(reading('15/12/2025 23:59').wallMinutes);
    }
  });

  it('keeps seconds so timestamps within one minute still sort', () => {
    expect(reading('15/12/2025 08:00:05').wallMinutes).toBeGreaterThan(reading('15/12/2025 08:00:04').wallMinutes);
    expect(reading('15/12/2025 8:00').wallMinutes).toBe(reading('15/12/2025 08:00:00').wallMinutes);
  });

  it('reads Vietnamese phrasings, with or without diacritics', () => {
    for (const text of ['ngày 15 tháng 12 năm 2025', 'Ngày 15 tháng 12, năm 2025', '15 tháng 12 năm 2025',
      'ngay 15 thang 12 nam 2025', 'NGÀY 15 THÁNG 12 NĂM 2025', 'ngày 15/12/2025', 'ngày 15 tháng 12 năm 2025 23:59']) {
      expect(dayOf(text), text).toBe('2025-12-15');
    }
    expect(dayOf('ngày 30 tháng 2 năm 2025')).toBe('invalid');
  });

  it('reads each of the four text forms of any day back as that day', () => {
    fc.assert(fc.property(anyDay, (d) => {
      const iso = formatIsoDay(d);
      expect(dayOf(`${d.day}/${d.month}/${d.year}`)).toBe(iso);
      expect(dayOf(`${two(d.day)}-${two(d.month)}-${d.year}`)).toBe(iso);
      expect(dayOf(`${d.day}.${two(d.month)}.${d.year}`)).toBe(iso);
      expect(dayOf(iso)).toBe(iso);
    }));
  });

  it('round-trips formatDayVi for any day', () => {
    fc.assert(fc.property(anyDay, (d) => {
      expect(reading(formatDayVi(d)).day).toEqual(d);
    }));
  });

  it('reads any typed time as minutes after the local midnight', () => {
    fc.assert(fc.property(anyDay, anyTime, (d, t) => {
      const r = reading(`${formatDayVi(d)} ${two(t.hour)}:${two(t.minute)}:${two(t.second)}`);
      expect(r.day).toEqual(d);
      expect(r.hasTime).toBe(true);
      expect(r.wallMinutes).toBeCloseTo(dayNumber(d) * 1440 + t.hour * 60 + t.minute + t.second / 60, 4); // doubles near year 9999 keep ~1e-6 minutes
    }));
  });

  it('never throws, whatever is typed', () => {
    fc.assert(fc.property(fc.string(), (s) => {
      expect(() => readDateCell(s, HCM)).not.toThrow();
    }), { numRuns: 500 });
  });
});

describe('reading Date cells', () => {
  it('counts 23:59 local on the deadline day as that day (Asia/Ho_Chi_Minh)', () => {
    expect(dayOf(new Date('2025-12-15T16:59:00Z'))).toBe('2025-12-15');
    expect(dayOf(new Date('2025-12-15T17:00:00Z'))).toBe('2025-12-16');
  });

  it('reads the wall time in the requested zone', () => {
    expect(dayOf(new Date('2025-12-15T23:30:00Z'), BERLIN)).toBe('2025-12-16');
    expect(dayOf(new Date('2025-12-15T23:30:00Z'), 'UTC')).toBe('2025-12-15');
  });

  it('gives a Date the same sortable wall time as the same local time typed as text', () => {
    fc.assert(fc.property(anyDay.filter((d) => d.year >= 1976), anyTime, (d, t) => {
      const date = new Date(instantOfWallTime({ ...d, ...t }, HCM));
      const typed = reading(`${formatDayVi(d)} ${t.hour}:${two(t.minute)}:${two(t.second)}`);
      expect(reading(date).wallMinutes).toBeCloseTo(typed.wallMinutes, 4) // within 3 ms: minutes near year 9999 are ~5e9, where doubles keep ~1e-6;
      expect(reading(date).day).toEqual(d);
    }));
  });

  it('keeps milliseconds in the sort order, and treats local midnight as no time', () => {
    const base = Date.parse('2025-12-15T01:00:00Z');
    expect(reading(new Date(base + 1)).wallMinutes).toBeGreaterThan(reading(new Date(base)).wallMinutes);
    expect(reading(new Date('2025-12-14T17:00:00Z')).hasTime).toBe(false);
    expect(reading(new Date('2025-12-14T17:00:01Z')).hasTime).toBe(true);
  });

  it('recognises Dates from another realm', () => {
    const foreign: unknown = vm.runInNewContext('new Date(Date.UTC(2025, 11, 15, 16, 59))');
    expect(foreign instanceof Date).toBe(false);
    expect(dayOf(foreign)).toBe('2025-12-15');
    expect(dayOf(vm.runInNewContext('new Date(NaN)'))).toBe('invalid');
  });

  it('treats an invalid Date as invalid, and an object merely tagged Date as not a date', () => {
    expect(dayOf(new Date(NaN))).toBe('invalid');
    expect(dayOf({ [Symbol.toStringTag]: 'Date' })).toBe('not-a-date');
  });
});

describe('reading serial numbers', () => {
  it('reads serial 46006 as 15/12/2025 and 46006.999 as the same day', () => {
    expect(dayOf(46006)).toBe('2025-12-15');
    expect(dayOf(46006.999)).toBe('2025-12-15');
    expect(reading(46006).hasTime).toBe(false);
    expect(reading(46006.5).wallMinutes).toBe(dayNumber({ year: 2025, month: 12, day: 15 }) * 1440 + 720);
  });

  it('reads the serial as local wall time whatever the zone', () => {
    expect(dayOf(46006.999, BERLIN)).toBe('2025-12-15');
    expect(dayOf(46006.999, 'Pacific/Kiritimati')).toBe('2025-12-15');
  });

  it('absorbs floating-point noise around midnight', () => {
    expect(dayOf(46007 - 1e-12)).toBe('2025-12-16');
    expect(reading(46007 - 1e-12).hasTime).toBe(false);
  });

  it('reads the ends of the accepted range, and refuses numbers outside it', () => {
    expect(dayOf(1)).toBe('1899-12-31');
    expect(dayOf(2958465)).toBe('9999-12-31');
    for (const n of [0, 0.5, -1, 2958466, NaN, Infinity]) expect(dayOf(n), String(n)).toBe('invalid');
  });

  it('reads day numbers as serials for any day', () => {
    fc.assert(fc.property(anyDay.filter((d) => d.year >= 1900), (d) => {
      expect(reading(dayNumber(d) + 25_569).day).toEqual(d);
    }));
  });
});

describe('cells that are not dates', () => {
  it('reads blank cells as empty', () => {
    for (const v of ['', '   ', '\u00a0\t\n', null, undefined]) expect(dayOf(v)).toBe('empty');
  });

  it('reads booleans and other objects as not a date', () => {
    for (const v of [true, false, {}, [], ['15/12/2025'], 10n]) expect(dayOf(v)).toBe('not-a-date');
  });
});
