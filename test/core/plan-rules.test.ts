/**
 * The rules of a plan held as data (DESIGN.md §4, §12), on a plan the project has never seen
 * (test/support/custom-plan.ts): the check of each `Kiểu`, the meaning of each `Vai trò`, and
 * the quotas of §12.2. Each test fails if its rule broke.
 */
import { describe, expect, it } from 'vitest';
import { calendarDay } from '../../src/core/calendar-day';
import { checkWorkbook, type CheckOutcome } from '../../src/core/check-workbook';
import { ROW_STATUS } from '../../src/core/contract';
import { MSG } from '../../src/core/messages';
import { readNumber } from '../../src/core/validate-registration';
import { customAnswers, customWorkbook, PLEDGE_TEXT, Q, type CustomRow } from '../support/custom-plan';
import { TZ, vn } from '../support/workbook-values';

const TODAY = calendarDay(2026, 3, 20);

function judge(rows: CustomRow[], options: Parameters<typeof customWorkbook>[1] = {}): CheckOutcome {
  return checkWorkbook(customWorkbook(rows, options), TZ, TODAY);
}

/** Status and reasons of one row given alone (a valid Đoàn Thanh niên row with `overrides`). */
function one(overrides: CustomRow, unit = 'Đoàn Thanh niên', options: Parameters<typeof customWorkbook>[1] = {}) {
  const r = judge([customAnswers(unit, 1, overrides)], options).rows.get(2)!;
  return { status: r.status, reasons: r.reasons };
}

const needsFix = (column: string) => expect.objectContaining({
  status: ROW_STATUS.needsFix, reasons: expect.arrayContaining([expect.stringMatching(new RegExp(`^${column}: `))]),
});

describe('a valid row of the custom plan', () => {
  it('marks a complete row on time as Hợp lệ with no reason', () => {
    expect(one({})).toEqual({ status: ROW_STATUS.valid, reasons: [] });
  });
});

describe('checks by Kiểu', () => {
  it('marks a Ngày that does not parse as Cần bổ sung, naming the column', () => {
    expect(one({ born: 'hôm qua' })).toEqual(needsFix(Q.born));
    expect(one({ born: '31/02/1990' })).toEqual(needsFix(Q.born));
    expect(one({ born: '15/12/1990' }).status).toBe(ROW_STATUS.valid);
  });

  it('marks a Số that is text as Cần bổ sung, and reads 1.200 and 1,5 as numbers', () => {
    expect(one({ members: 'mười hai' })).toEqual({ status: ROW_STATUS.needsFix, reasons: [MSG.notANumber(Q.members, 'mười hai')] });
    expect(readNumber('1.200')).toBe(1200);
    expect(readNumber('1,5')).toBe(1.5);
    expect(one({ members: '1.200' }).status).toBe(ROW_STATUS.valid);
    expect(one({ members: '1,5' }).status).toBe(ROW_STATUS.valid);
  });

  it('marks an Email that is not an address as Cần bổ sung and accepts a named address', () => {
    expect(one({ email: 'dtn.x.example' })).toEqual(needsFix(Q.email));
    expect(one({ email: '"Tên Người" <a@x.vn>' }).status).toBe(ROW_STATUS.valid);
    expect(one({ email: 'a@x.vn; b@y.vn' }).status).toBe(ROW_STATUS.valid);
    expect(one({ email: '"Lê, Văn Lực" <a@x.vn>, b@y.vn' }).status).toBe(ROW_STATUS.valid);
    expect(one({ email: '"Lê, Văn Lực" <a@x.vn>, không' })).toEqual(needsFix(Q.email));
  });

  it('marks a Đường dẫn that is not a link as Cần bổ sung', () => {
    expect(one({ site: 'drive mở' })).toEqual(needsFix(Q.site));
    expect(one({ file: 'ftp//x' })).toEqual(needsFix(Q.file));
    expect(one({ site: 'https://dtn.x.example/trang' }).status).toBe(ROW_STATUS.valid);
  });

  it('marks a Lựa chọn or Danh sách answer outside its list as Cần bổ sung, after normalisation', () => {
    expect(one({ sex: 'Nữ giới' })).toEqual({ status: ROW_STATUS.needsFix, reasons: [MSG.notAChoice(Q.sex, 'Nữ giới', ['Nam', 'Nữ'])] });
    expect(one({ rank: 'Trung bình' })).toEqual(needsFix(Q.rank));
    expect(one({ sex: '  NỮ ', rank: 'xuất  sắc' }).status).toBe(ROW_STATUS.valid);
  });

  it('marks a required Hộp kiểm left unticked as Cần bổ sung, and accepts several ticks', () => {
    expect(one({ activities: '' })).toEqual({ status: ROW_STATUS.needsFix, reasons: [MSG.missingAnswer(Q.activities)] });
    expect(one({ activities: 'Thể thao, Văn nghệ' }).status).toBe(ROW_STATUS.valid);
  });

  it('marks a required Văn bản left empty as Cần bổ sung and lets an optional Đoạn văn be empty', () => {
    expect(one({ name: '   ' })).toEqual({ status: ROW_STATUS.needsFix, reasons: [MSG.missingAnswer(Q.name)] });
    expect(one({ about: '' }).status).toBe(ROW_STATUS.valid);
  });
});

describe('checks by Vai trò', () => {
  it('marks a unit not in the roster as Cần bổ sung with the closest name as a suggestion', () => {
    expect(one({}, 'Đoàn Thanh niên xã')).toEqual({
      status: ROW_STATUS.needsFix, reasons: [MSG.unitNotInRoster('Đoàn Thanh niên', Q.unit)],
    });
  });

  it('marks a category not allowed for the unit group as Cần bổ sung, naming the allowed ones', () => {
    expect(one({ category: 'Tập thể' }, 'Trường THCS')).toEqual({
      status: ROW_STATUS.needsFix, reasons: [`${Q.category}: Khối trường học chỉ được đăng ký Cá nhân.`],
    });
    expect(one({ category: 'Hộ gia đình' })).toEqual(needsFix(Q.category));
  });

  it('marks a field not in Lĩnh vực as Cần bổ sung', () => {
    expect(one({ field: 'Thi đua khác' })).toEqual({
      status: ROW_STATUS.needsFix, reasons: [`${Q.field}: "Thi đua khác" không có trong trang "Lĩnh vực".`],
    });
  });

  it('marks a field outside the unit Lĩnh vực được giao as Cần bổ sung, naming the allowed ones', () => {
    expect(one({ field: 'Thi đua học tập' }, 'Hội Nông dân')).toEqual({
      status: ROW_STATUS.needsFix,
      reasons: [MSG.fieldNotAssigned(Q.field, 'Hội Nông dân', ['Thi đua sản xuất giỏi'])],
    });
    const school = one({ field: 'Thi đua sản xuất giỏi' }, 'Trường THCS');
    expect(school.status).toBe(ROW_STATUS.needsFix);
    expect(school.reasons[0]).toContain('"Thi đua học tập"');
    expect(school.reasons[0]).toContain('"Thi đua giữ gìn an ninh"');
    expect(one({ field: 'Thi đua học tập' }, 'Đoàn Thanh niên').status).toBe(ROW_STATUS.valid);
  });

  it('marks dates outside the plan window, or an end before the start, as Cần bổ sung', () => {
    expect(one({ start: vn(2025, 12, 31, 0) })).toEqual(needsFix(Q.start));
    expect(one({ end: vn(2026, 12, 1, 0) })).toEqual(needsFix(Q.end));
    expect(one({ start: vn(2026, 6, 1, 0), end: vn(2026, 5, 1, 0) })).toEqual(needsFix(Q.end));
    expect(one({ start: '01/01/2026', end: '30/11/2026' }).status).toBe(ROW_STATUS.valid);
  });

  it.each(['Không', 'No', '0', 'FALSE', 'chưa', false])('marks the pledge answered %s as Cần bổ sung when only new items count', (answer) => {
    expect(one({ pledge: answer })).toEqual(needsFix(Q.pledge));
    expect(one({ pledge: answer }, 'Đoàn Thanh niên', { config: { 'Chỉ nhận đăng ký mới': 'Không' } }).status).toBe(ROW_STATUS.valid);
  });

  it('marks a missing pledge as Cần bổ sung only when Chỉ nhận đăng ký mới is Có', () => {
    expect(one({ pledge: '' })).toEqual(needsFix(Q.pledge));
    expect(one({ pledge: true }).status).toBe(ROW_STATUS.valid);
    expect(one({ pledge: PLEDGE_TEXT }).status).toBe(ROW_STATUS.valid);
    expect(one({ pledge: '' }, 'Đoàn Thanh niên', { config: { 'Chỉ nhận đăng ký mới': 'Không' } }).status).toBe(ROW_STATUS.valid);
  });

  it.each(['#N/A', '#REF!'])('never takes %s as an answer', (error) => {
    expect(one({ unit: error } as CustomRow)).toEqual(needsFix(Q.unit));
    expect(one({ name: error })).toEqual(needsFix(Q.name));
    expect(one({ about: error })).toEqual(needsFix(Q.about));
    expect(one({ pledge: error })).toEqual(needsFix(Q.pledge));
  });
});

describe('quotas of §12.2', () => {
  const units = ['Đoàn Thanh niên', 'Hội Nông dân', 'Công an xã', 'Đoàn Thanh niên', 'Hội Nông dân'];

  it('marks rows past Tổng số tối đa as Vượt số lượng, naming the cap', () => {
    const o = judge(units.map((u, i) => customAnswers(u, i)), { config: { 'Tổng số tối đa': 3, 'Cơ cấu theo loại': '' } });
    expect([...o.rows.values()].map((r) => r.status)).toEqual([
      ROW_STATUS.valid, ROW_STATUS.valid, ROW_STATUS.valid, ROW_STATUS.overQuota, ROW_STATUS.overQuota]);
    expect(o.rows.get(5)!.reasons).toEqual([MSG.totalCapReached(3)]);
    expect(MSG.totalCapReached(3)).toMatch(/3.*Tổng số tối đa/);
  });

  it('caps each category at floor(share × total) and names the share', () => {
    // Total 7: Tập thể 30 % → 2 (2.1), Cá nhân 70 % → 4 (4.9).
    const rows = [0, 1, 2].map((i) => customAnswers(units[i], i, { category: 'Tập thể' }));
    const o = judge(rows, { config: { 'Tổng số tối đa': 7 } });
    expect([...o.rows.values()].map((r) => r.status)).toEqual([ROW_STATUS.valid, ROW_STATUS.valid, ROW_STATUS.overQuota]);
    expect(o.rows.get(4)!.reasons).toEqual([MSG.categoryCapReached('Tập thể', 2, 30, 7)]);
    const five = [0, 1, 2, 3, 4].map((i) => customAnswers(units[i], i));
    expect([...judge(five, { config: { 'Tổng số tối đa': 7 } }).rows.values()].map((r) => r.status))
      .toEqual([ROW_STATUS.valid, ROW_STATUS.valid, ROW_STATUS.valid, ROW_STATUS.valid, ROW_STATUS.overQuota]);
  });

  it('counts rows in the order of Dấu thời gian, then by row', () => {
    const rows = [
      customAnswers('Đoàn Thanh niên', 1, { timestamp: vn(2026, 3, 5) }),
      customAnswers('Hội Nông dân', 2, { timestamp: vn(2026, 3, 2) }),
      customAnswers('Công an xã', 3, { timestamp: vn(2026, 3, 3) }),
      customAnswers('Trường THCS', 4, { timestamp: vn(2026, 3, 3) }),
    ];
    const o = judge(rows, { config: { 'Tổng số tối đa': 2, 'Cơ cấu theo loại': '' } });
    expect([2, 3, 4, 5].map((r) => o.rows.get(r)!.status)).toEqual([
      ROW_STATUS.overQuota, ROW_STATUS.valid, ROW_STATUS.valid, ROW_STATUS.overQuota]);
  });
});
