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
    ['an unknown role', 1, 'Người gửi', /dòng 2, cột "Vai trò"/],
    ['an unknown kind', 2, 'Thời điểm', /dòng 2, cột "Kiểu"/],
  ])('writes nothing but Nhật ký when Câu hỏi has %s', (_name, column, value, where) => {
    const sb = demoSandbox();
    const questions = sheet(sb.workbook, SHEET.questions);
    const saved = questions.values[1][column];
    questions.values[1][column] = value;
    const withoutLog = () => modelSnapshot({ ...sb.workbook, sheets: sb.workbook.sheets.filter((s) => s.name !== SHEET.log) });
    const before = withoutLog();
    const logBefore = sheet(sb.workbook, SHEET.log).values.length;
    const reply = sb.call('checkRegistrations') as { ok: boolean; message: string };
    expect(withoutLog()).toBe(before);
    const log = sheet(sb.workbook, SHEET.log).values.slice(logBefore).map((r) => r.join(' | ')).join('\n');
    expect(`${reply.message}\n${log}`).toMatch(where);

    questions.values[1][column] = saved;
    sb.call('checkRegistrations');
    const reg = sheet(sb.workbook, SHEET.registrations);
    const c = reg.values[0].indexOf(OWNED.result);
    expect(reg.values.slice(1).filter((r) => r[c] !== '').length).toBeGreaterThan(40);
  });
});
