/**
 * DESIGN.md §12.1 through the bundle: while `Câu hỏi` cannot work, `checkRegistrations`
 * reports why (row and column, in Vietnamese) and writes nothing in the workbook but its log
 * line in `Nhật ký`; once it is fixed, the next run checks the rows.
 */
import { describe, expect, it } from 'vitest';
import { OWNED, SHEET } from '../../src/core/contract';
import { demoSandbox, modelSnapshot, sheet } from '../support/bundle';

describe('checkRegistrations with a broken Câu hỏi', () => {
  it.each([
    ['no Đơn vị question', 1, 1, '', /vai trò "Đơn vị"/],
    ['two questions of one role', 2, 1, 'Đơn vị', /dòng 3, cột "Vai trò"/],
    ['an unknown role', 1, 1, 'Người gửi', /dòng 2, cột "Vai trò"/],
    ['an unknown kind', 1, 2, 'Thời điểm', /dòng 2, cột "Kiểu"/],
    ['a choice question without choices', 2, 4, '', /dòng 3, cột "Lựa chọn"/],
  ])('writes nothing but Nhật ký when Câu hỏi has %s', (_name, row, column, value, where) => {
    const sb = demoSandbox();
    const questions = sheet(sb.workbook, SHEET.questions);
    expect(questions.values[0].slice(0, 5)).toEqual(['Câu hỏi', 'Vai trò', 'Kiểu', 'Bắt buộc', 'Lựa chọn']);
    const saved = questions.values[row][column];
    questions.values[row][column] = value;
    const withoutLog = () => modelSnapshot({ ...sb.workbook, sheets: sb.workbook.sheets.filter((s) => s.name !== SHEET.log) });
    const before = withoutLog();
    const logBefore = sheet(sb.workbook, SHEET.log).values.length;
    const reply = sb.call('checkRegistrations') as { ok: boolean; message: string };
    expect(withoutLog()).toBe(before);
    const log = sheet(sb.workbook, SHEET.log).values.slice(logBefore).map((r) => r.join(' | ')).join('\n');
    expect(`${reply.message}\n${log}`).toMatch(where);

    questions.values[row][column] = saved;
    sb.call('checkRegistrations');
    const reg = sheet(sb.workbook, SHEET.registrations);
    const c = reg.values[0].indexOf(OWNED.result);
    expect(reg.values.slice(1).filter((r) => r[c] !== '').length).toBeGreaterThan(40);
  });
});
