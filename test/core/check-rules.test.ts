/** The row rules of DESIGN.md §4, one by one, on the pure core. */
import { ANSWER } from '../../src/core/contract';
import { describe, expect, it } from 'vitest';
import { checkWorkbook } from '../../src/core/check-workbook';
import { answers, TODAY_AFTER, TZ, vn, workbook, unitRows } from '../support/workbook-values';

const check = (rows: Parameters<typeof workbook>[0], options?: Parameters<typeof workbook>[1], today = TODAY_AFTER) =>
  checkWorkbook(workbook(rows, options), TZ, today);
const row = (outcome: ReturnType<typeof check>, sheetRow: number) => outcome.rows.get(sheetRow)!;

describe('row result', () => {
  it('accepts a complete, on-time row as Hợp lệ with nothing in Chi tiết', () => {
    const r = row(check([answers('Ban Xây dựng Đảng')]), 2);
    expect(r.status).toBe('Hợp lệ');
    expect(r.reasons).toEqual([]);
  });

  it('marks a row with a required answer missing as Cần bổ sung, naming the column', () => {
    const r = row(check([answers('Ban Xây dựng Đảng', { scale: '' })]), 2);
    expect(r.status).toBe('Cần bổ sung');
    expect(r.reasons).toEqual(['Quy mô: chưa điền.']);
    expect(r.problems[0].column).toBe(Object.values(ANSWER).indexOf(ANSWER.scale));
  });

  it('lists every reason, one per problem', () => {
    const r = row(check([answers('Ban Xây dựng Đảng', { scale: '', field: 'Thể thao', leadUnit: ' ' })]), 2);
    expect(r.reasons).toHaveLength(3);
    expect(r.reasons.join('\n')).toContain('Đơn vị lãnh đạo: chưa điền.');
    expect(r.reasons.join('\n')).toContain('Lĩnh vực: "Thể thao" không có trong trang "Lĩnh vực".');
  });

  it('suggests the closest roster unit for a unit that is not in the roster', () => {
    const r = row(check([answers('Chi bo thon 1', { type: 'Mô hình' })]), 2);
    expect(r.status).toBe('Cần bổ sung');
    expect(r.reasons).toContain('Đơn vị đăng ký: Không có trong danh sách đơn vị. Có phải "Chi bộ thôn 1"?');
  });

  it('matches unit names ignoring case, spaces and Unicode form', () => {
    const nfd = 'Chi bộ thôn 1'.normalize('NFD');
    const r = row(check([answers(`  ${nfd.toUpperCase()}   `, { type: 'Mô hình' })]), 2);
    expect(r.status).toBe('Hợp lệ');
    expect(r.unit?.name).toBe('Chi bộ thôn 1');
  });

  it('rejects a type that is not Mô hình, Phong trào or Việc làm', () => {
    const r = row(check([answers('Ban Xây dựng Đảng', { type: 'Dự án' })]), 2);
    expect(r.reasons).toEqual(['Loại đăng ký: "Dự án" không phải Mô hình, Phong trào hoặc Việc làm.']);
  });

  it("rejects a type the unit's group may not register", () => {
    const r = row(check([answers('Ban Xây dựng Đảng', { type: 'Mô hình' })]), 2);
    expect(r.status).toBe('Cần bổ sung');
    expect(r.reasons).toEqual(['Loại đăng ký: Khối Ban Đảng chỉ được đăng ký Việc làm.']);
  });

  it('rejects a field that is not in Lĩnh vực, and accepts one written in another case', () => {
    expect(row(check([answers('Ban Xây dựng Đảng', { field: 'Du lịch' })]), 2).status).toBe('Cần bổ sung');
    expect(row(check([answers('Ban Xây dựng Đảng', { field: 'phát triển KINH TẾ' })]), 2).status).toBe('Hợp lệ');
  });

  it.each(['01/02/2026', '01-02-2026', '01.02.2026', '2026-02-01', 46054])('reads the start date %s', (start) => {
    const r = row(check([answers('Ban Xây dựng Đảng', { start })]), 2);
    expect(r.status).toBe('Hợp lệ');
  });

  it('never reads a date month first: 12/31/2026 is not a date', () => {
    const r = row(check([answers('Ban Xây dựng Đảng', { end: '12/31/2026' })]), 2);
    expect(r.reasons).toEqual(['Thời gian hoàn thành: "12/31/2026" không phải ngày hợp lệ (ghi theo ngày/tháng/năm, ví dụ 15/12/2025).']);
  });

  it('rejects nonsense dates such as 31/02/2026', () => {
    expect(row(check([answers('Ban Xây dựng Đảng', { start: '31/02/2026' })]), 2).status).toBe('Cần bổ sung');
  });

  it('rejects a start before Ngày bắt đầu thực hiện', () => {
    const r = row(check([answers('Ban Xây dựng Đảng', { start: '31/12/2025' })]), 2);
    expect(r.reasons).toEqual(['Thời gian bắt đầu: 31/12/2025 sớm hơn ngày bắt đầu thực hiện 01/01/2026.']);
  });

  it('rejects an end after Hạn báo cáo kết quả and an end before the start', () => {
    expect(row(check([answers('Ban Xây dựng Đảng', { end: '16/11/2026' })]), 2).reasons)
      .toEqual(['Thời gian hoàn thành: 16/11/2026 sau hạn báo cáo kết quả 15/11/2026.']);
    expect(row(check([answers('Ban Xây dựng Đảng', { start: '01/05/2026', end: '30/04/2026' })]), 2).reasons)
      .toEqual(['Thời gian hoàn thành: 30/04/2026 trước thời gian bắt đầu 01/05/2026.']);
  });

  it('requires the new-item pledge only when Chỉ nhận đăng ký mới is Có', () => {
    expect(row(check([answers('Ban Xây dựng Đảng', { newItemPledge: '' })]), 2).reasons)
      .toEqual(['Cam kết đăng ký mới: chưa đánh dấu cam kết đây là mô hình, phong trào, việc làm mới.']);
    expect(row(check([answers('Ban Xây dựng Đảng', { newItemPledge: '' })], { config: { 'Chỉ nhận đăng ký mới': 'Không' } }), 2).status)
      .toBe('Hợp lệ');
    expect(row(check([answers('Ban Xây dựng Đảng', { newItemPledge: true })]), 2).status).toBe('Hợp lệ');
  });

  it('marks a later row with the same unit and the same name (normalised) as Trùng lặp', () => {
    const o = check([
      answers('Ban Xây dựng Đảng', { title: 'Số hóa hồ sơ đảng viên', timestamp: vn(2025, 12, 1) }),
      answers('Ban Xây dựng Đảng', { title: '  SỐ HÓA   hồ sơ Đảng viên ', timestamp: vn(2025, 12, 2) }),
    ]);
    expect(row(o, 2).status).toBe('Hợp lệ');
    expect(row(o, 3).status).toBe('Trùng lặp');
    expect(row(o, 3).reasons).toEqual(['Trùng với đăng ký ở dòng 2 (cùng đơn vị, cùng tên).']);
  });

  it('orders by Dấu thời gian before row: the earlier submission further down keeps its place', () => {
    const o = check([
      answers('Ban Xây dựng Đảng', { title: 'A', timestamp: vn(2025, 12, 5) }),
      answers('Ban Xây dựng Đảng', { title: 'a', timestamp: vn(2025, 12, 1) }),
    ]);
    expect(row(o, 3).status).toBe('Hợp lệ');
    expect(row(o, 2).status).toBe('Trùng lặp');
  });

  it('does not call a corrected resubmission a duplicate of the invalid first try', () => {
    const o = check([
      answers('Ban Xây dựng Đảng', { title: 'A', scale: '', timestamp: vn(2025, 12, 1) }),
      answers('Ban Xây dựng Đảng', { title: 'A', timestamp: vn(2025, 12, 2) }),
    ]);
    expect(row(o, 2).status).toBe('Cần bổ sung');
    expect(row(o, 3).status).toBe('Hợp lệ');
  });

  it('marks a valid row beyond Tối đa as Vượt số lượng', () => {
    const o = check([
      answers('Chi bộ Công an', { title: 'Một', timestamp: vn(2025, 12, 1) }),
      answers('Chi bộ Công an', { title: 'Hai', timestamp: vn(2025, 12, 2) }),
    ]);
    expect(row(o, 3).status).toBe('Vượt số lượng');
    expect(row(o, 3).reasons).toEqual(['Đơn vị đã có 1 đăng ký hợp lệ trước đó (tối đa 1).']);
  });

  it('counts late rows towards Tối đa', () => {
    const o = check([
      answers('Chi bộ Công an', { title: 'Một', timestamp: vn(2025, 12, 16) }),
      answers('Chi bộ Công an', { title: 'Hai', timestamp: vn(2025, 12, 17) }),
    ]);
    expect([row(o, 2).status, row(o, 3).status]).toEqual(['Trễ hạn', 'Vượt số lượng']);
  });

  it('takes a registration at 23:59 on the deadline day as on time, and 00:00 the next day as late', () => {
    const o = check([
      answers('Ban Xây dựng Đảng', { title: 'A', timestamp: vn(2025, 12, 15, 23, 59) }),
      answers('Chi bộ thôn 1', { title: 'B', timestamp: vn(2025, 12, 16, 0, 0) }),
    ]);
    expect(row(o, 2).status).toBe('Hợp lệ');
    expect(row(o, 3).status).toBe('Trễ hạn');
    expect(row(o, 3).reasons).toEqual(['Nộp ngày 16/12/2025, sau hạn 15/12/2025 1 ngày.']);
  });

  it("judges lateness against the unit's own deadline (Hạn riêng)", () => {
    const o = check([answers('Chi bộ thôn 2', { timestamp: vn(2025, 12, 17) })]);
    expect(row(o, 2).status).toBe('Hợp lệ');
    const late = check([answers('Chi bộ thôn 2', { timestamp: vn(2025, 12, 19) })]);
    expect(row(late, 2).status).toBe('Trễ hạn');
  });

  it('accepts the English Timestamp header of an English-locale sheet', () => {
    const values = workbook([answers('Ban Xây dựng Đảng')]);
    values.registrations![0][0] = 'Timestamp';
    expect(checkWorkbook(values, TZ, TODAY_AFTER).rows.get(2)!.status).toBe('Hợp lệ');
  });

  it('requires Kế hoạch thực hiện once Hạn xây dựng kế hoạch has passed (§12.1 `Sau <Mốc>`, §13); an approved row keeps its result with a Lưu ý', () => {
    const before = row(check([answers('Ban Xây dựng Đảng')]), 2);
    expect(before.reasons).toEqual([]);
    const jan16 = { year: 2026, month: 1, day: 16 };
    // Not approved: the answer is now required (the rule of §13; before issue 13 this was only a warning).
    const pending = row(check([answers('Ban Xây dựng Đảng')], {}, jan16), 2);
    expect(pending.status).toBe('Cần bổ sung');
    expect(pending.reasons).toEqual(['Kế hoạch thực hiện: chưa nộp; bắt buộc từ sau mốc "Xây dựng kế hoạch" (hạn 15/01/2026).']);
    // Approved: the decision stands; the missing plan is followed by Tiến độ and the Nhắc báo cáo reminders.
    const values = workbook([answers('Ban Xây dựng Đảng')]);
    values.registrations![1][values.registrations![0].indexOf('Trạng thái phê duyệt')] = 'Đã duyệt';
    const approved = checkWorkbook(values, TZ, jan16).rows.get(2)!;
    expect(approved.status).toBe('Hợp lệ');
    expect(approved.reasons).toEqual(['Lưu ý — Kế hoạch thực hiện: chưa nộp, hạn 15/01/2026 đã qua.']);
    // Refused: nothing more is asked of it.
    values.registrations![1][values.registrations![0].indexOf('Trạng thái phê duyệt')] = 'Không duyệt';
    const refused = checkWorkbook(values, TZ, jan16).rows.get(2)!;
    expect([refused.status, refused.reasons]).toEqual(['Hợp lệ', []]);
  });

  it('skips blank rows and keeps going after a 50,000-character answer', () => {
    const o = check([answers('Ban Xây dựng Đảng', { content: 'x'.repeat(50_000) }), {}, answers('Chi bộ thôn 1')]);
    expect(o.rows.size).toBe(2);
    expect(row(o, 2).status).toBe('Hợp lệ');
    expect(row(o, 4).status).toBe('Hợp lệ');
  });

  it('shortens quoted user text in messages', () => {
    const r = row(check([answers('Ban Xây dựng Đảng', { field: 'y'.repeat(50_000) })]), 2);
    expect(r.reasons[0].length).toBeLessThan(200);
  });

  it('applies a unit override of Tối đa', () => {
    const units = unitRows();
    units[3] = ['CBT1', 'Chi bộ thôn 1', 'Khối chi bộ thôn', '', '', '', 1, ''];
    const o = check([
      answers('Chi bộ thôn 1', { title: 'A', timestamp: vn(2025, 12, 1) }),
      answers('Chi bộ thôn 1', { title: 'B', timestamp: vn(2025, 12, 2) }),
    ], { units });
    expect(row(o, 3).status).toBe('Vượt số lượng');
  });
});
