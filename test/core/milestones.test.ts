/** Milestones (DESIGN.md §13) on the pure core: the calendar across the dates, bad rows of `Mốc thời gian`, progress and its writes. */
import { describe, expect, it } from 'vitest';
import { calendarDay, type CalendarDay } from '../../src/core/calendar-day';
import { checkWorkbook } from '../../src/core/check-workbook';
import { PROGRESS_COLOR } from '../../src/core/contract';
import { readMilestones } from '../../src/core/milestones/milestone-sheet';
import { milestoneState, readProgressText } from '../../src/core/milestones/progress';
import { addRegistrationProgress, addUnitProgress } from '../../src/core/milestones/progress-writes';
import { planRegistrationWrites } from '../../src/core/plan-registration-writes';
import { planUnitWrites } from '../../src/core/plan-unit-writes';
import { readSettings } from '../../src/core/settings';
import { answers, configRows, TZ, workbook } from '../support/workbook-values';

const d = (y: number, m: number, day: number) => calendarDay(y, m, day);
const settings = readSettings(configRows(), TZ).settings;
const MILESTONE_HEADERS = ['Mốc', 'Hạn', 'Cột phải nộp', 'Nhắc trước hạn (ngày)', 'Nhắc sau hạn (ngày)'];
const REG_HEADERS = ['Dấu thời gian', 'Đơn vị đăng ký', 'Kế hoạch thực hiện', 'Báo cáo kết quả'];

describe('the milestone calendar of one approved row (table-driven across the dates)', () => {
  const deadline = d(2026, 1, 15);
  it.each([
    // today,            filled, previous,    state
    [d(2026, 1, 1), false, undefined, 'Chưa nộp'],
    [d(2026, 1, 15), false, undefined, 'Chưa nộp'], // the deadline day itself is still on time
    [d(2026, 1, 16), false, undefined, 'Quá hạn'],
    [d(2026, 1, 18), false, 'Quá hạn', 'Quá hạn'],
    [d(2026, 1, 10), true, undefined, 'Đã nộp'],
    [d(2026, 1, 15), true, 'Chưa nộp', 'Đã nộp'],
    [d(2026, 1, 20), true, undefined, 'Đã nộp'], // filled before any run saw it overdue
    [d(2026, 1, 20), true, 'Quá hạn', 'Nộp trễ'], // seen empty after the date, filled since
    [d(2026, 2, 1), true, 'Nộp trễ', 'Nộp trễ'], // stays late on later runs
    [d(2026, 2, 1), false, 'Nộp trễ', 'Quá hạn'], // emptied again after the date
  ] as Array<[CalendarDay, boolean, string | undefined, string]>)('%o filled=%s previous=%s → %s', (today, filled, previous, state) => {
    expect(milestoneState(filled, previous as never, today, deadline)).toBe(state);
  });

  it('reads the states back from Tiến độ, one line per milestone', () => {
    const m = readProgressText('Xây dựng kế hoạch: Quá hạn\nBáo cáo kết quả: Chưa nộp\nrác');
    expect([...m.entries()]).toEqual([['xây dựng kế hoạch', 'Quá hạn'], ['báo cáo kết quả', 'Chưa nộp']]);
  });
});

describe('Mốc thời gian', () => {
  it('reads the milestones in date order, with their own reminder days or those of Cấu hình', () => {
    const r = readMilestones([
      MILESTONE_HEADERS,
      ['Báo cáo kết quả', '15/11/2026', 'Báo cáo kết quả', '', ''],
      ['Xây dựng kế hoạch', '15/01/2026', 'Kế hoạch thực hiện', '3', '2, 5'],
    ], settings, TZ, REG_HEADERS);
    expect(r.problems).toEqual([]);
    expect(r.milestones.map((m) => [m.name, m.columnIndex, m.remindBefore, m.remindAfter])).toEqual([
      ['Xây dựng kế hoạch', 2, [3], [2, 5]],
      ['Báo cáo kết quả', 3, [7, 3, 1], [1, 3, 7]],
    ]);
  });

  it('reports each bad row by sheet, row and column and tracks the others', () => {
    const r = readMilestones([
      MILESTONE_HEADERS,
      ['Xây dựng kế hoạch', '', 'Kế hoạch thực hiện'],
      ['Sơ kết', '31/02/2026', 'Kế hoạch thực hiện'],
      ['Tổng kết', '31/08/2026', 'Báo cáo tổng kết'],
      ['Báo cáo kết quả', '15/11/2026', 'Báo cáo kết quả'],
      ['Báo cáo lại', '16/11/2026', 'báo cáo  kết quả'],
      ['', '16/11/2026', 'Kế hoạch thực hiện'],
      ['Kiểm tra', '01/06/2026', 'Kế hoạch thực hiện', 'bảy'],
    ], settings, TZ, REG_HEADERS);
    expect(r.milestones.map((m) => m.name)).toEqual(['Kiểm tra', 'Báo cáo kết quả']);
    expect(r.problems).toEqual([
      'Trang "Mốc thời gian", dòng 2, cột "Hạn": mốc "Xây dựng kế hoạch" chưa có hạn; chưa theo dõi mốc này. Hãy ghi ngày dạng dd/MM/yyyy.',
      'Trang "Mốc thời gian", dòng 3, cột "Hạn": "31/02/2026" của mốc "Sơ kết" không phải ngày hợp lệ; chưa theo dõi mốc này. Hãy ghi ngày dạng dd/MM/yyyy.',
      expect.stringContaining('Trang "Mốc thời gian", dòng 4, cột "Cột phải nộp": trang "Đăng ký" không có cột "Báo cáo tổng kết"'),
      expect.stringContaining('Trang "Mốc thời gian", dòng 6, cột "Cột phải nộp": mốc "Báo cáo lại" dùng cột "báo cáo kết quả" đã dùng cho mốc ở dòng 5'),
      'Trang "Mốc thời gian", dòng 7, cột "Mốc": chưa ghi tên mốc; bỏ qua dòng này.',
      expect.stringContaining('Trang "Mốc thời gian", dòng 8, cột "Nhắc trước hạn (ngày)": "bảy" không đọc được'),
    ]);
  });

  it('without the sheet: Xây dựng kế hoạch on Hạn xây dựng kế hoạch, and Báo cáo kết quả only when Đăng ký has that column', () => {
    expect(readMilestones(undefined, settings, TZ, REG_HEADERS.slice(0, 3)).milestones.map((m) => m.name)).toEqual(['Xây dựng kế hoạch']);
    expect(readMilestones(undefined, settings, TZ, REG_HEADERS).milestones.map((m) => m.name)).toEqual(['Xây dựng kế hoạch', 'Báo cáo kết quả']);
  });
});

/** `Đăng ký` of three approved rows of three units (only the first has sent its plan) and one row not approved. */
function approvedValues(progress: string[] = []): unknown[][] {
  const values = workbook([
    answers('Ban Xây dựng Đảng', { planFile: 'https://drive.google.com/file/d/a' }),
    answers('Chi bộ thôn 1'),
    answers('Chi bộ Công an', { planFile: 'xem file đính kèm' }),
    answers('Chi bộ thôn 2', { title: 'Chưa duyệt' }),
  ]);
  const reg = values.registrations!;
  const approval = reg[0].indexOf('Trạng thái phê duyệt');
  reg[0].push('Tiến độ');
  for (let r = 1; r < reg.length; r++) { reg[r][approval] = r <= 3 ? 'Đã duyệt' : 'Chờ duyệt'; reg[r].push(progress[r - 1] ?? ''); }
  return reg;
}

function approvedWorkbook(today: CalendarDay, progress: string[] = []) {
  return checkWorkbook({ ...workbook([]), registrations: approvedValues(progress) }, TZ, today);
}

describe('progress of approved rows and units', () => {
  it('three days after the plan deadline: Đã nộp for the sent plan, Quá hạn for the missing one and for a link that is not a link', () => {
    const o = approvedWorkbook(d(2026, 1, 18));
    expect(o.progress.tracked).toBe(true);
    expect(o.progress.rows.get(2)!.text).toBe('Xây dựng kế hoạch: Đã nộp');
    expect(o.progress.rows.get(3)!.text).toBe('Xây dựng kế hoạch: Quá hạn');
    expect(o.progress.rows.get(4)!.text).toBe('Xây dựng kế hoạch: Quá hạn');
    expect(o.rows.get(4)!.reasons.join(' ')).toContain('Kế hoạch thực hiện');
    expect(o.progress.rows.has(5)).toBe(false); // not approved: no progress
    expect([...o.progress.units.values()].map((u) => [u.unitName, u.text])).toEqual([
      ['Ban Xây dựng Đảng', 'Xây dựng kế hoạch: Đã nộp (1/1 đã nộp)'],
      ['Chi bộ Công an', 'Xây dựng kế hoạch: Quá hạn (0/1 đã nộp)'],
      ['Chi bộ thôn 1', 'Xây dựng kế hoạch: Quá hạn (0/1 đã nộp)'],
    ]);
    expect(o.progress.current!.milestone.name).toBe('Xây dựng kế hoạch');
    expect([o.progress.current!.unitsDone, o.progress.current!.units]).toEqual([1, 3]);
    expect(o.progress.evaluationCounts['Chưa đánh giá']).toBe(3);
  });

  it('writes Tiến độ and the milestone cell colours, creates Đánh giá kết quả empty, and a second run writes no column', () => {
    const o = approvedWorkbook(d(2026, 1, 18));
    const reg = approvedValues();
    const { plan, createdEvaluationColumn } = addRegistrationProgress(planRegistrationWrites(reg, [], o), reg, o.progress);
    const progressCol = reg[0].indexOf('Tiến độ');
    const planCol = reg[0].indexOf('Kế hoạch thực hiện');
    const written = plan.columns.find((c) => c.column === progressCol)!;
    expect(written.cells.slice(1)).toEqual(['Xây dựng kế hoạch: Đã nộp', 'Xây dựng kế hoạch: Quá hạn', 'Xây dựng kế hoạch: Quá hạn', '']);
    expect(createdEvaluationColumn).toBe(reg[0].length);
    expect(plan.columns.find((c) => c.column === createdEvaluationColumn)!.cells).toEqual(['Đánh giá kết quả', '', '', '', '']);
    expect(plan.backgrounds![0][planCol]).toBe(PROGRESS_COLOR['Đã nộp']);
    expect(plan.backgrounds![1][planCol]).toBe(PROGRESS_COLOR['Quá hạn']);
    expect(plan.backgrounds![3][planCol]).toBe(plan.backgrounds![3][0]); // not approved: the row colour
    // The units' Tiến độ column.
    const units = workbook([]).units!;
    const unitPlan = addUnitProgress(planUnitWrites(units, [], o.units, new Date(0)), units, [], o.progress);
    const unitCol = units[0].length + 4;
    expect(unitPlan.columns.find((c) => c.column === unitCol)!.cells[0]).toBe('Tiến độ');
  });

  it('turns Quá hạn into Nộp trễ when the plan arrives later, and keeps it', () => {
    const o = approvedWorkbook(d(2026, 1, 20), ['', 'Xây dựng kế hoạch: Quá hạn', '']);
    expect(o.progress.rows.get(3)!.text).toBe('Xây dựng kế hoạch: Quá hạn'); // still empty
    const values = workbook([answers('Chi bộ thôn 1', { planFile: 'https://drive.google.com/file/d/b' })]);
    const reg = values.registrations!;
    reg[0].push('Tiến độ');
    reg[1][reg[0].indexOf('Trạng thái phê duyệt')] = 'Đã duyệt';
    reg[1].push('Xây dựng kế hoạch: Quá hạn');
    const late = checkWorkbook(values, TZ, d(2026, 1, 20));
    expect(late.progress.rows.get(2)!.text).toBe('Xây dựng kế hoạch: Nộp trễ');
    expect(late.progress.units.get(4)!.state).toBe('Nộp trễ');
  });

  it('tracks nothing (and creates no column) while no row is approved', () => {
    const o = checkWorkbook(workbook([answers('Ban Xây dựng Đảng')]), TZ, d(2026, 1, 18));
    expect(o.progress.tracked).toBe(false);
    const reg = workbook([answers('Ban Xây dựng Đảng')]).registrations!;
    const { plan } = addRegistrationProgress(planRegistrationWrites(reg, [], o), reg, o.progress);
    expect(plan.width).toBe(reg[0].length);
  });
});

describe('the Nhắc báo cáo: e-mail', () => {
  it('keys each milestone without spaces or diacritics', async () => {
    const { milestoneKeyPart } = await import('../../src/core/milestones/milestone-reminders');
    expect(milestoneKeyPart('Xây dựng kế hoạch')).toBe('bc-xay-dung-ke-hoach');
    expect(milestoneKeyPart('Sơ kết')).toBe('bc-so-ket');
    expect(milestoneKeyPart('!!!')).toBe('bc-moc');
  });

  it('escapes user text, keeps the subject on one line and gives each row its edit link or what to do without one', async () => {
    const { milestoneReminderEmail } = await import('../../src/core/milestones/milestone-reminders');
    const mail = milestoneReminderEmail({
      unitName: 'Chi bộ <b>thôn</b>\n1', milestone: 'Sơ kết', column: 'Báo cáo sơ kết', deadline: '31/08/2025', daysLeft: -3,
      rows: [{ row: 4, title: '<script>x</script>', editLink: 'https://docs.google.com/forms/d/e/x/viewform?edit2=abc' }, { row: 5, title: 'Giấy', editLink: '' }],
      contactUnit: 'Ban Xây dựng Đảng', planTitle: 'Kế hoạch',
    });
    expect(mail.subject).toBe('Nhắc báo cáo: Chi bộ <b>thôn</b> 1 — Sơ kết, 2 mục chưa nộp, đã quá hạn 3 ngày');
    expect(mail.html).not.toContain('<script>');
    expect(mail.html).toContain('href="https://docs.google.com/forms/d/e/x/viewform?edit2=abc"');
    expect(mail.text).toContain('Đơn vị gửi đường dẫn cho cán bộ đầu mối');
  });
});

describe('review report names', () => {
  it('never says "Báo cáo báo cáo"', async () => {
    const { REVIEW_TEXT } = await import('../../src/core/documents/review-report');
    const { MILESTONE_MSG } = await import('../../src/core/messages');
    expect(REVIEW_TEXT.name('Báo cáo kết quả', '20/11/2026')).toBe('Báo cáo kết quả - 20/11/2026');
    expect(REVIEW_TEXT.name('Sơ kết', '03/09/2025')).toBe('Báo cáo sơ kết - 03/09/2025');
    expect(MILESTONE_MSG.reviewLabel('Báo cáo kết quả', '20/11/2026')).toBe('Báo cáo kết quả ngày 20/11/2026');
    expect(REVIEW_TEXT.closing('Báo cáo kết quả', 'Ban Thường vụ Đảng ủy')).toBe('Trên đây là báo cáo kết quả của Ban Thường vụ Đảng ủy.');
  });
});

describe('planMilestoneReminders', () => {
  it('sends one Nhắc báo cáo per unit and run: the earliest milestone due, the later one the next day', async () => {
    const { planMilestoneReminders } = await import('../../src/core/milestones/milestone-reminders');
    const values = approvedValues();
    values[0].push('Báo cáo kết quả');
    values.slice(1).forEach((r) => r.push(''));
    const o = checkWorkbook({ ...workbook([]), registrations: values }, TZ, d(2026, 11, 20));
    const plan = (sent: Set<string>) => planMilestoneReminders({
      progress: o.progress, units: o.units, today: o.today, settings: o.settings, sent, postponed: new Set(), editLinks: new Map(), mode: 'daily',
    });
    const first = plan(new Set());
    expect(first.map((p) => [p.unitName, p.key])).toEqual([
      ['Ban Xây dựng Đảng', 'bc-bao-cao-ket-qua/sau-3'],
      ['Chi bộ Công an', 'bc-xay-dung-ke-hoach/sau-7'],
      ['Chi bộ thôn 1', 'bc-xay-dung-ke-hoach/sau-7'],
    ]);
    const next = plan(new Set(first.map((p) => `${p.unitName}|${p.key}`)));
    expect(next.map((p) => [p.unitName, p.key])).toEqual([
      ['Chi bộ Công an', 'bc-bao-cao-ket-qua/sau-3'],
      ['Chi bộ thôn 1', 'bc-bao-cao-ket-qua/sau-3'],
    ]);
  });
});
