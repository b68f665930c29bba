/**
 * DESIGN.md §9 bad inputs that apply to checking, through the built bundle: each gets a
 * Vietnamese message naming what to fix, and the run goes on with the other rows.
 */
import { describe, expect, it } from 'vitest';
import { ANSWER } from '../../src/core/contract';
import { CheckResponseSchema } from '../../src/core/dto';
import { cell, col, demoSandbox, modelSnapshot, sheet } from '../support/bundle';

const checkFromSidebar = (sb: ReturnType<typeof demoSandbox>) =>
  CheckResponseSchema.parse(JSON.parse(JSON.stringify(sb.call('checkRegistrations', { source: 'sidebar' }))));

describe('bad input', () => {
  it('names a missing sheet, and still checks and colours the rows', () => {
    const sb = demoSandbox();
    sb.workbook.sheets = sb.workbook.sheets.filter((s) => s.name !== 'Lĩnh vực');
    const reply = checkFromSidebar(sb);
    if (!reply.ok) throw new Error(reply.message);
    expect(reply.problems[0]).toBe('Không tìm thấy trang "Lĩnh vực". Hãy chạy Thi đua › Khởi tạo bảng tính để tạo lại (dữ liệu đang có không bị thay đổi).');
    expect(cell(sheet(sb.workbook, 'Đăng ký'), 2, 'Kết quả kiểm tra')).toBe('Cần bổ sung');
    const log = sheet(sb.workbook, 'Nhật ký').values;
    expect(String(log[log.length - 1][3])).toContain('Không tìm thấy trang "Lĩnh vực"');
    expect(log[log.length - 1][4]).toBe('Có cảnh báo');
  });

  it('names duplicate headers and uses the first column', () => {
    const sb = demoSandbox();
    const reg = sheet(sb.workbook, 'Đăng ký');
    reg.values[0].push('Quy mô');
    const reply = checkFromSidebar(sb);
    if (!reply.ok) throw new Error(reply.message);
    expect(reply.problems.some((p) => p.startsWith('Trang "Đăng ký" có 2 cột cùng tiêu đề "Quy mô"'))).toBe(true);
    expect(cell(reg, 2, 'Kết quả kiểm tra')).toBe('Hợp lệ');
  });

  it('handles an Đăng ký sheet with only its headers', () => {
    const sb = demoSandbox();
    const reg = sheet(sb.workbook, 'Đăng ký');
    reg.values = [reg.values[0]];
    const reply = checkFromSidebar(sb);
    expect(reply.ok).toBe(true);
    const units = sheet(sb.workbook, 'Đơn vị');
    expect(units.values.slice(1).every((r) => r[col(units, 'Trạng thái')] === 'Không đăng ký')).toBe(true);
  });

  it('handles a completely empty Đăng ký sheet', () => {
    const sb = demoSandbox();
    sheet(sb.workbook, 'Đăng ký').values = [];
    const reply = checkFromSidebar(sb);
    if (!reply.ok) throw new Error(reply.message);
    expect(reply.problems).toContain('Trang "Đăng ký" chưa có dữ liệu.');
  });

  it('keeps a 50,000-character answer and HTML or a formula typed as text, and checks the row', () => {
    const sb = demoSandbox();
    const reg = sheet(sb.workbook, 'Đăng ký');
    const long = 'ư'.repeat(50_000);
    reg.values[1][col(reg, ANSWER.content)] = long;
    reg.values[2][col(reg, ANSWER.title)] = '=IMPORTXML("http://x","//a")';
    reg.values[3][col(reg, ANSWER.unit)] = '<img src=x onerror=alert(1)>';
    checkFromSidebar(sb);
    expect(reg.values[1][col(reg, ANSWER.content)]).toBe(long);
    expect(cell(reg, 2, 'Kết quả kiểm tra')).toBe('Hợp lệ');
    expect(cell(reg, 3, 'Kết quả kiểm tra')).toBe('Hợp lệ');
    expect(String(cell(reg, 4, 'Chi tiết'))).toMatch(/^Đơn vị đăng ký: Không có trong danh sách đơn vị\./);
    expect(reg.formulas.flat().every((f) => !f)).toBe(true);
  });

  it('says in Vietnamese that another run holds the lock, and writes nothing', () => {
    const sb = demoSandbox();
    const before = modelSnapshot(sb.workbook);
    const reply = sb.lock.whileHeldByOther('document', () => checkFromSidebar(sb));
    expect(reply).toEqual({ ok: false, message: 'Một thao tác khác đang cập nhật bảng tính (ví dụ biểu mẫu vừa nhận đăng ký). Vui lòng đợi một phút rồi chạy lại.' });
    const after = JSON.parse(modelSnapshot(sb.workbook));
    const beforeJson = JSON.parse(before);
    // Only the failure line in Nhật ký may differ.
    const noLog = (m: { sheets: Array<{ name: string }> }) => m.sheets.filter((s) => s.name !== 'Nhật ký');
    expect(noLog(after)).toEqual(noLog(beforeJson));
  });

  it('shows a lock failure from the menu in a dialog, not a stack trace', () => {
    const sb = demoSandbox();
    sb.lock.whileHeldByOther('document', () => sb.call('checkRegistrations'));
    expect(sb.uiLog.alerts.at(-1)?.prompt).toMatch(/^Một thao tác khác đang cập nhật bảng tính/);
  });

  it('ends as if runs were serial when a form-submit run takes the lock just before a staff run', () => {
    const serial = demoSandbox();
    serial.call('checkRegistrations');
    serial.call('checkRegistrations');
    const interleaved = demoSandbox();
    interleaved.lock.beforeNextAcquire('document', () => { interleaved.call('checkRegistrations'); });
    interleaved.call('checkRegistrations');
    const withoutLog = (m: typeof serial.workbook) => modelSnapshot({ ...m, sheets: m.sheets.filter((s) => s.name !== 'Nhật ký') });
    expect(withoutLog(interleaved.workbook)).toBe(withoutLog(serial.workbook));
  });

  it("keeps a staff member's own note on a cell and adds the reason under it", () => {
    const sb = demoSandbox();
    const reg = sheet(sb.workbook, 'Đăng ký');
    const scale = col(reg, 'Quy mô');
    const r = 19; // sample 18: `Quy mô` missing
    while (reg.notes.length <= r) reg.notes.push([]);
    reg.notes[r][scale] = 'Đã gọi điện nhắc';
    sb.call('checkRegistrations');
    expect(reg.notes[r][scale]).toBe('Đã gọi điện nhắc\n\n[Thi đua] Quy mô: chưa điền.');
  });
});
