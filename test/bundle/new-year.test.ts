/**
 * "Chuyển sang năm mới" (`startNewYear`, DESIGN.md §13) through the bundle: the year's rows
 * with their results appended to `Năm trước`, dates one year on, `Đăng ký` ready for the new
 * year, `Đơn vị`'s owned columns cleared; a second run does nothing; a run cut off half-way is
 * completed by the next; a new row repeating last year's item is `Cần bổ sung`; a hand-edited
 * `Năm trước` is reported by sheet, row and column and never rewritten.
 */
import { describe, expect, it } from 'vitest';
import { ANSWER } from '../../src/core/contract';
import { createSandbox, type Sandbox } from '../../src/local/emulator';
import { cell, col, demoSandbox, modelSnapshot, morningOf, sheet } from '../support/bundle';

const start = (sb: Sandbox) => sb.call<{ ok: boolean; message: string; done: boolean; moved: number }>('startNewYear', { source: 'sidebar', confirmed: true });
const config = (sb: Sandbox, key: string) => sheet(sb.workbook, 'Cấu hình').values.find((r) => r[0] === key)?.[1];

/** The demo checked and approved on 20/12/2025, a plan sent, evaluated, then on 01/12/2026 staff start the new year. */
function yearEnd(): { sb: Sandbox; rows: unknown[][]; header: unknown[] } {
  const sb = demoSandbox('2025-12-20');
  sb.call('checkRegistrations');
  sb.call('approveAllValid', { source: 'sidebar' });
  sb.clock.set(morningOf('2026-12-01'));
  sb.call('checkRegistrations');
  const reg = sheet(sb.workbook, 'Đăng ký');
  reg.values[1][col(reg, 'Đánh giá kết quả')] = 'Xuất sắc';
  return { sb, rows: reg.values.slice(1).map((r) => [...r]), header: [...reg.values[0]] };
}

describe('Chuyển sang năm mới', () => {
  it('moves the rows with their results to Năm trước, the dates one year on, and leaves Đăng ký ready; a second run does nothing', () => {
    const { sb, rows, header } = yearEnd();
    const reply = start(sb);
    expect(reply).toMatchObject({ ok: true, done: true, moved: rows.length });
    const prev = sheet(sb.workbook, 'Năm trước');
    expect(prev.values[0]).toEqual(['Năm', ...header]);
    expect(prev.values.slice(1).map((r) => r.slice(1))).toEqual(rows); // every cell as it was, results included
    expect(prev.values.slice(1).every((r) => r[0] === 2026)).toBe(true);
    expect(cell(prev, 2, 'Đánh giá kết quả')).toBe('Xuất sắc');
    expect(String(config(sb, 'Năm'))).toBe('2027');
    expect(config(sb, 'Hạn đăng ký')).toBe('15/12/2026');
    expect(config(sb, 'Hạn xây dựng kế hoạch')).toBe('15/01/2027');
    expect(String(config(sb, 'Tên kế hoạch'))).toContain('năm 2027');
    const ms = sheet(sb.workbook, 'Mốc thời gian');
    expect(ms.values.slice(1).map((r) => r[1])).toEqual(['15/01/2027', '15/11/2027']);
    const reg = sheet(sb.workbook, 'Đăng ký');
    expect(reg.values.slice(1).every((r) => r.every((v) => v === '' || v === undefined || v === null))).toBe(true);
    const units = sheet(sb.workbook, 'Đơn vị');
    expect(units.values.slice(1).every((r) => r[col(units, 'Trạng thái')] === '' && r[col(units, 'Tiến độ')] === '')).toBe(true);

    const before = modelSnapshot(sb.workbook);
    const again = start(sb);
    expect(again.message).toContain('không có gì để chuyển thêm');
    expect(modelSnapshot(sb.workbook)).toBe(before);
  });

  it('a new row repeating an item of the same unit from Năm trước is Cần bổ sung, naming the year and the row', () => {
    const { sb, rows, header } = yearEnd();
    start(sb);
    const reg = sheet(sb.workbook, 'Đăng ký');
    const repeat = [...rows[0]];
    repeat[header.indexOf(ANSWER.timestamp)] = new Date(morningOf('2026-12-05'));
    for (const h of ['Kết quả kiểm tra', 'Chi tiết', 'Trạng thái phê duyệt', 'Ý kiến phê duyệt', 'Thông báo', 'Mã đăng ký', 'Tiến độ', 'Đánh giá kết quả']) repeat[header.indexOf(h)] = '';
    reg.values[1] = repeat as typeof reg.values[1];
    sb.clock.set(morningOf('2026-12-06'));
    sb.call('checkRegistrations');
    expect(cell(reg, 2, 'Kết quả kiểm tra')).toBe('Cần bổ sung');
    expect(String(cell(reg, 2, 'Chi tiết'))).toContain(`năm 2026 (trang "Năm trước", dòng 2); chỉ nhận đăng ký mới.`);
  });

  it('a run cut off half-way (out of time) is completed by the next one, without appending twice', () => {
    const { sb, rows } = yearEnd();
    // Every SpreadsheetApp call takes 10 s: the run stops after copying the rows, before moving the dates.
    const slow = createSandbox({ workbook: sb.workbook, now: morningOf('2026-12-01'), callLatencyMs: { SpreadsheetApp: 10_000 } });
    const first = slow.call<{ done: boolean; message: string }>('startNewYear', { source: 'sidebar', confirmed: true });
    expect(first.done).toBe(false);
    expect(first.message).toContain('chưa xong');
    expect(sheet(sb.workbook, 'Năm trước').values.length - 1).toBe(rows.length);
    expect(String(config(sb, 'Năm'))).toBe('2026');
    const fast = createSandbox({ workbook: sb.workbook, now: morningOf('2026-12-01') });
    const second = fast.call<{ done: boolean; moved: number; message: string }>('startNewYear', { source: 'sidebar', confirmed: true });
    expect(second).toMatchObject({ done: true, moved: 0 });
    expect(second.message).toContain(`(${rows.length} dòng đã có từ lần chạy trước)`);
    expect(sheet(sb.workbook, 'Năm trước').values.length - 1).toBe(rows.length);
    expect(String(config(sb, 'Năm'))).toBe('2027');
    expect(sheet(sb.workbook, 'Đăng ký').values.slice(1).every((r) => r.every((v) => v === '' || v === undefined || v === null))).toBe(true);
  });

  it('reports a hand-edited Năm trước by sheet, row and column, keeps its extra columns, and refuses without a Năm in Cấu hình', () => {
    const { sb } = yearEnd();
    start(sb);
    const prev = sheet(sb.workbook, 'Năm trước');
    prev.values[0].push('Ghi chú của tôi');
    prev.values[2][0] = 'năm ngoái';
    prev.values[3].push('giữ nguyên');
    prev.maxColumns = Math.max(prev.maxColumns, prev.values[0].length); // as Sheets grows the grid for a typed cell
    const typed = JSON.stringify(prev.values);
    const result = sb.call<{ problems: string[] }>('checkRegistrations');
    expect(result.problems).toContain('Trang "Năm trước", dòng 3, cột "Năm": "năm ngoái" không phải một năm; bỏ qua dòng này khi so với năm trước.');
    expect(JSON.stringify(prev.values)).toBe(typed);
    const cfg = sheet(sb.workbook, 'Cấu hình');
    cfg.values.find((r) => r[0] === 'Năm')![1] = '';
    const refused = start(sb) as unknown as { ok: boolean; message: string };
    expect(refused).toMatchObject({ ok: false });
    expect(refused.message).toContain('Chưa có "Năm" trong trang "Cấu hình"');
  });

  it('from the menu, asks first: Không changes nothing, Có moves the year', () => {
    const { sb } = yearEnd();
    const before = modelSnapshot(sb.workbook);
    sb.uiLog.queueResponse('NO');
    sb.call('startNewYear');
    expect(sb.uiLog.alerts.at(-1)).toMatchObject({ title: 'Chuyển sang năm mới', buttons: 'YES_NO' });
    expect(String(sb.uiLog.alerts.at(-1)?.prompt)).toContain('Chuyển sang năm 2027?');
    expect(modelSnapshot(sb.workbook)).toBe(before);
    sb.uiLog.queueResponse('YES');
    sb.call('startNewYear');
    expect(String(config(sb, 'Năm'))).toBe('2027');
  });
});
