/**
 * Who gets which reminder on which day (DESIGN.md §6): a calendar from 10 days before to
 * 10 days after the deadline, with a per-unit deadline, rows arriving over time, and the
 * daily run keeping its own record of what was sent.
 */
import { describe, expect, it } from 'vitest';
import { addDays, calendarDay, formatDayVi, type CalendarDay } from '../../src/core/calendar-day';
import { checkWorkbook } from '../../src/core/check-workbook';
import { planReminders, sentKey, type ReminderMode } from '../../src/core/reminder-plan';
import { answers, TZ, unitRows, vn, workbook } from '../support/workbook-values';

const DEADLINE = calendarDay(2025, 12, 15);
const units = unitRows([['CBT3', 'Chi bộ thôn 3', 'Khối chi bộ thôn', 't3@x.example', '', '', '', '']]);
// Ban Xây dựng Đảng: never registers. Chi bộ thôn 2: own deadline 18/12, never registers.
// Chi bộ Công an: registers an invalid row on 11/12. Chi bộ thôn 1: registers late on 17/12.
// Chi bộ thôn 3: registers on time on 09/12.
const ROWS = [
  answers('Chi bộ Công an', { timestamp: vn(2025, 12, 11), scale: '' }),
  answers('Chi bộ thôn 1', { timestamp: vn(2025, 12, 17) }),
  answers('Chi bộ thôn 3', { timestamp: vn(2025, 12, 9) }),
];
const arrivedBy = (day: CalendarDay) => ROWS.filter((r) => (r.timestamp as Date).getTime() < vn(day.year, day.month, day.day + 1, 0).getTime());

function simulate(mode: ReminderMode, skipDays: string[] = []): Record<string, string[]> {
  const sent = new Set<string>();
  const log: Record<string, string[]> = {};
  for (let offset = -10; offset <= 10; offset++) {
    const today = addDays(DEADLINE, offset);
    if (skipDays.includes(formatDayVi(today))) continue;
    const outcome = checkWorkbook(workbook(arrivedBy(today), { units }), TZ, today);
    const plan = planReminders({
      units: outcome.units, today, settings: outcome.settings, sent, postponed: new Set(), links: new Map(), mode,
    });
    for (const r of plan) {
      sent.add(sentKey(r.unitName, r.key));
      (log[r.unitName] ??= []).push(`${formatDayVi(today).slice(0, 5)} ${r.key.replace(/-[0-9a-z]{5}$/, '')}`);
    }
  }
  return log;
}

describe('reminder calendar (daily run, schedule 7, 3, 1 before and 1, 3, 7 after)', () => {
  const log = simulate('daily');

  it('reminds a unit that never registers at each point of its calendar, once', () => {
    expect(log['Ban Xây dựng Đảng']).toEqual([
      '08/12 truoc-7/chua-dang-ky', '12/12 truoc-3/chua-dang-ky', '14/12 truoc-1/chua-dang-ky',
      '16/12 sau-1/chua-dang-ky', '18/12 sau-3/chua-dang-ky', '22/12 sau-7/chua-dang-ky',
    ]);
  });

  it("follows a unit's own deadline (Hạn riêng 18/12)", () => {
    expect(log['Chi bộ thôn 2']).toEqual([
      '11/12 truoc-7/chua-dang-ky', '15/12 truoc-3/chua-dang-ky', '17/12 truoc-1/chua-dang-ky',
      '19/12 sau-1/chua-dang-ky', '21/12 sau-3/chua-dang-ky', '25/12 sau-7/chua-dang-ky',
    ]);
  });

  it('switches a unit to "cần bổ sung" reminders once its row arrives invalid', () => {
    expect(log['Chi bộ Công an']).toEqual([
      '08/12 truoc-7/chua-dang-ky', '11/12 truoc-7/can-bo-sung', '12/12 truoc-3/can-bo-sung', '14/12 truoc-1/can-bo-sung',
      '16/12 sau-1/can-bo-sung', '18/12 sau-3/can-bo-sung', '22/12 sau-7/can-bo-sung',
    ]);
  });

  it('tells a unit that registered late exactly once', () => {
    expect(log['Chi bộ thôn 1']).toEqual([
      '08/12 truoc-7/chua-dang-ky', '12/12 truoc-3/chua-dang-ky', '14/12 truoc-1/chua-dang-ky', '16/12 sau-1/chua-dang-ky',
      '17/12 mot-lan/tre-han',
    ]);
  });

  it('never reminds a unit that registered on time after it did', () => {
    expect(log['Chi bộ thôn 3']).toEqual(['08/12 truoc-7/chua-dang-ky']);
  });
});

describe('reminder calendar, other runs', () => {
  it('catches up the next day when the daily run was missed', () => {
    const log = simulate('daily', ['12/12/2025']);
    expect(log['Ban Xây dựng Đảng'].slice(0, 3)).toEqual(['08/12 truoc-7/chua-dang-ky', '13/12 truoc-3/chua-dang-ky', '14/12 truoc-1/chua-dang-ky']);
  });

  it('lets staff send by hand before the first scheduled day, once per stage', () => {
    const log = simulate('manual');
    expect(log['Ban Xây dựng Đảng'][0]).toBe('05/12 som/chua-dang-ky');
    expect(log['Ban Xây dựng Đảng']).toHaveLength(7);
  });

  it('puts units postponed for lack of quota first', () => {
    const outcome = checkWorkbook(workbook([], { units }), TZ, DEADLINE);
    const plan = planReminders({
      units: outcome.units, today: DEADLINE, settings: outcome.settings, sent: new Set(),
      postponed: new Set(['Chi bộ thôn 3']), links: new Map(), mode: 'manual',
    });
    expect(plan[0].unitName).toBe('Chi bộ thôn 3');
  });
});

describe('reminder e-mail', () => {
  const outcome = checkWorkbook(workbook([answers('Chi bộ Công an', { timestamp: vn(2025, 12, 11), scale: '', title: '<b>Mô hình</b>' })], { units }), TZ, DEADLINE);
  const plan = planReminders({
    units: outcome.units, today: calendarDay(2025, 12, 12), settings: outcome.settings, sent: new Set(), postponed: new Set(),
    links: new Map([['Chi bộ Công an', 'https://docs.google.com/forms/d/e/x/viewform?usp=pp_url&entry.1=Chi+b%E1%BB%99+C%C3%B4ng+an']]), mode: 'daily',
  });
  const mail = plan.find((p) => p.unitName === 'Chi bộ Công an')!.content;

  it('says what is wrong row by row, the deadline as dd/MM/yyyy and the days left in words', () => {
    expect(mail.subject).toBe('Nhắc đăng ký: Chi bộ Công an — cần bổ sung đăng ký');
    expect(mail.text).toContain('Hạn đăng ký của đơn vị: 15/12/2025 (còn 3 ngày).');
    expect(mail.text).toContain('"<b>Mô hình</b>" (dòng 2 của bảng đăng ký):');
    expect(mail.text).toContain('    - Quy mô: chưa điền.');
    expect(mail.text).toContain('https://docs.google.com/forms/d/e/x/viewform?usp=pp_url&entry.1=Chi+b%E1%BB%99+C%C3%B4ng+an');
  });

  it('escapes user text in the HTML', () => {
    expect(mail.html).toContain('&lt;b&gt;Mô hình&lt;/b&gt;');
    expect(mail.html).not.toContain('<b>Mô hình');
  });
});
