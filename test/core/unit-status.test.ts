/** The unit statuses of DESIGN.md §4 on the pure core. */
import { describe, expect, it } from 'vitest';
import { checkWorkbook } from '../../src/core/check-workbook';
import { answers, TODAY_AFTER, TODAY_BEFORE, TZ, unitRows, vn, workbook } from '../support/workbook-values';

const statusOf = (o: ReturnType<typeof checkWorkbook>, name: string) => o.units.find((u) => u.unit.name === name)!;

describe('unit status', () => {
  it('marks a unit with no row after the deadline as Không đăng ký', () => {
    expect(statusOf(checkWorkbook(workbook([]), TZ, TODAY_AFTER), 'Ban Xây dựng Đảng').status).toBe('Không đăng ký');
  });

  it('marks a unit with no row before the deadline as Chưa đăng ký', () => {
    expect(statusOf(checkWorkbook(workbook([]), TZ, TODAY_BEFORE), 'Ban Xây dựng Đảng').status).toBe('Chưa đăng ký');
  });

  it('treats the deadline day itself as not yet passed', () => {
    expect(statusOf(checkWorkbook(workbook([]), TZ, { year: 2025, month: 12, day: 15 }), 'Ban Xây dựng Đảng').status).toBe('Chưa đăng ký');
  });

  it('uses Hạn riêng for the no-row statuses too', () => {
    const o = checkWorkbook(workbook([]), TZ, { year: 2025, month: 12, day: 17 });
    expect(statusOf(o, 'Chi bộ thôn 2').status).toBe('Chưa đăng ký');
    expect(statusOf(o, 'Chi bộ thôn 1').status).toBe('Không đăng ký');
  });

  it('marks a unit whose rows are all invalid as Cần bổ sung', () => {
    const o = checkWorkbook(workbook([answers('Ban Xây dựng Đảng', { scale: '' })]), TZ, TODAY_AFTER);
    expect(statusOf(o, 'Ban Xây dựng Đảng')).toMatchObject({ status: 'Cần bổ sung', validCount: 0 });
  });

  it('does not count duplicates or over-quota rows as valid', () => {
    const units = unitRows();
    units[1] = ['BXDD', 'Ban Xây dựng Đảng', 'Khối Ban Đảng', '', '', 2, 2, ''];
    const o = checkWorkbook(workbook([
      answers('Ban Xây dựng Đảng', { title: 'A', timestamp: vn(2025, 12, 1) }),
      answers('Ban Xây dựng Đảng', { title: 'a ', timestamp: vn(2025, 12, 2) }),
    ], { units }), TZ, TODAY_AFTER);
    expect(statusOf(o, 'Ban Xây dựng Đảng')).toMatchObject({ status: 'Cần bổ sung', validCount: 1 });
  });

  it('marks a unit Trễ hạn when the row that reached Tối thiểu came after the deadline', () => {
    const o = checkWorkbook(workbook([answers('Ban Xây dựng Đảng', { timestamp: vn(2025, 12, 16) })]), TZ, TODAY_AFTER);
    expect(statusOf(o, 'Ban Xây dựng Đảng')).toMatchObject({ status: 'Trễ hạn', validCount: 1 });
  });

  it('keeps a unit Đúng hạn when it met Tối thiểu on time and added a late extra row', () => {
    const o = checkWorkbook(workbook([
      answers('Ban Xây dựng Đảng', { title: 'A', timestamp: vn(2025, 12, 10) }),
      answers('Ban Xây dựng Đảng', { title: 'B', timestamp: vn(2025, 12, 18) }),
    ]), TZ, TODAY_AFTER);
    expect(statusOf(o, 'Ban Xây dựng Đảng')).toMatchObject({ status: 'Đúng hạn', validCount: 2 });
  });

  it('ignores rows of units that are not in the roster', () => {
    const o = checkWorkbook(workbook([answers('Hội Không Tồn Tại')]), TZ, TODAY_AFTER);
    expect(o.units.every((u) => u.status === 'Không đăng ký')).toBe(true);
    expect(o.rowCounts['Cần bổ sung']).toBe(1);
  });

  it('reports an unknown group by sheet, row and column and still checks the unit with the plan default', () => {
    const o = checkWorkbook(workbook([answers('Hội Mới', { type: 'Mô hình' })], {
      units: unitRows([['HM', 'Hội Mới', 'Khối lạ', '', '', '', '', '']]),
    }), TZ, TODAY_AFTER);
    expect(o.problems).toContain('Trang "Đơn vị", dòng 6, cột "Khối": "Khối lạ" không có trong trang "Khối"; tạm áp dụng 1–2 đăng ký, mọi loại.');
    expect(statusOf(o, 'Hội Mới').status).toBe('Đúng hạn');
  });
});

describe('sheet-level problems', () => {
  it('names a missing sheet and still checks what it can', () => {
    const values = workbook([answers('Ban Xây dựng Đảng')]);
    delete values.fields;
    const o = checkWorkbook(values, TZ, TODAY_AFTER);
    expect(o.problems[0]).toContain('Không tìm thấy trang "Lĩnh vực"');
    expect(o.rows.get(2)!.status).toBe('Cần bổ sung');
    expect(o.units).toHaveLength(4);
  });

  it('names a missing required header and its closest header, and judges no row on a column that does not exist (issue 12)', () => {
    const values = workbook([answers('Ban Xây dựng Đảng')]);
    values.registrations![0][6] = 'Quy mô (cũ)';
    const o = checkWorkbook(values, TZ, TODAY_AFTER);
    expect(o.structureBroken).toBe(true);
    expect(o.structureProblems).toEqual([
      'Trang "Đăng ký" thiếu cột bắt buộc "Quy mô" (tiêu đề gần giống nhất: "Quy mô (cũ)" ở cột G). Các dòng của trang này chưa được kiểm tra và không thư nhắc nào được gửi cho đến khi tiêu đề ở dòng 1 được sửa đúng thành "Quy mô".',
    ]);
    expect(o.problems[0]).toBe(o.structureProblems[0]);
    expect(o.rows.size).toBe(0);
  });

  it('a sheet with only its header row is not broken by a missing column (setup may still add it)', () => {
    const values = workbook([]);
    values.registrations![0][6] = 'Quy mô (cũ)';
    expect(checkWorkbook(values, TZ, TODAY_AFTER).structureBroken).toBe(false);
  });

  it('names duplicate headers with their column letters', () => {
    const values = workbook([answers('Ban Xây dựng Đảng')]);
    values.registrations![0].push('Lĩnh vực');
    values.registrations![1].push('Khác');
    const o = checkWorkbook(values, TZ, TODAY_AFTER);
    expect(o.problems.some((p) => p.includes('có 2 cột cùng tiêu đề "Lĩnh vực" (cột E, W)'))).toBe(true);
  });

  it('names an invalid deadline in Cấu hình by row and column', () => {
    const o = checkWorkbook(workbook([], { config: { 'Hạn đăng ký': 'sắp tới' } }), TZ, TODAY_AFTER);
    expect(o.problems).toContain('Trang "Cấu hình", dòng 4, cột "Giá trị": "Hạn đăng ký" = "sắp tới" không hợp lệ; cần một ngày dạng ngày/tháng/năm, ví dụ 15/12/2025.');
    const withoutOwnDeadline = o.units.filter((u) => u.unit.name !== 'Chi bộ thôn 2');
    expect(withoutOwnDeadline.every((u) => u.status === 'Chưa đăng ký')).toBe(true);
  });

  it('handles an empty Đăng ký sheet (headers only)', () => {
    const o = checkWorkbook(workbook([]), TZ, TODAY_AFTER);
    expect(o.rows.size).toBe(0);
    expect(o.problems).toEqual([]);
  });
});
