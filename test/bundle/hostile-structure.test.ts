/**
 * Issue 12, items 1, 2 and 9, through the built bundle: a header that does not match or a
 * header row below row 1 is reported loudly and never judged or guessed into new columns
 * (and no reminder goes out); sheets are found as columns are (trimmed, NFC, any case);
 * what the readers used to pass over silently is reported by sheet, row and column.
 */
import { describe, expect, it } from 'vitest';
import { ANSWER, OWNED, SHEET } from '../../src/core/contract';
import { CheckResponseSchema, ReminderPreviewResponseSchema, SetupResultSchema } from '../../src/core/dto';
import { isValidEmail, sortAddresses } from '../../src/core/emails';
import { splitEmails } from '../../src/core/roster';
import { cell, col, demoSandbox, sheet } from '../support/bundle';

type Sb = ReturnType<typeof demoSandbox>;
const check = (sb: Sb, source = 'sidebar') => {
  const reply = CheckResponseSchema.parse(JSON.parse(JSON.stringify(sb.call('checkRegistrations', { source }))));
  if (!reply.ok) throw new Error(reply.message);
  return reply;
};
const setup = (sb: Sb) => SetupResultSchema.parse(JSON.parse(JSON.stringify(sb.call('setupWorkbook', { source: 'sidebar' }))));
const logLines = (sb: Sb) => sheet(sb.workbook, SHEET.log).values.slice(1).map((r) => r.join(' | '));

describe('a required answer column that is missing on a sheet with data (item 1)', () => {
  function misspelt(): Sb {
    const sb = demoSandbox();
    check(sb); // a first, healthy run: ids, results and unit statuses are there
    const reg = sheet(sb.workbook, SHEET.registrations);
    reg.values[0][col(reg, ANSWER.field)] = 'Linh vuc';
    return sb;
  }

  it('setup adds no empty twin column and says which header is wrong', () => {
    const sb = misspelt();
    const width = sheet(sb.workbook, SHEET.registrations).values[0].length;
    const reply = setup(sb);
    expect(sheet(sb.workbook, SHEET.registrations).values[0]).toHaveLength(width);
    expect(reply.addedHeaders).toBe(0);
    expect(reply.problems?.join('\n')).toContain('Trang "Đăng ký"');
  });

  it('the check judges no row, writes nothing, names the closest header, and says so in the dialog and Nhật ký', () => {
    const sb = misspelt();
    const before = JSON.stringify([sheet(sb.workbook, SHEET.registrations), sheet(sb.workbook, SHEET.units)]);
    sb.uiLog.alerts.length = 0;
    const reply = check(sb, 'menu');
    expect(JSON.stringify([sheet(sb.workbook, SHEET.registrations), sheet(sb.workbook, SHEET.units)])).toBe(before);
    const problem = reply.structureProblems?.[0] ?? '';
    expect(problem).toContain('thiếu cột bắt buộc "Lĩnh vực"');
    expect(problem).toContain('"Linh vuc" ở cột E');
    expect(sb.uiLog.alerts.map((a) => a.prompt).join('\n')).toContain('"Linh vuc"');
    expect(logLines(sb).at(-1)).toContain('thiếu cột bắt buộc "Lĩnh vực"');
  });

  it('no reminder goes out, from the preview, the sidebar or the daily run', () => {
    const sb = misspelt();
    const preview = ReminderPreviewResponseSchema.parse(JSON.parse(JSON.stringify(sb.call('previewReminders'))));
    if (!preview.ok) throw new Error(preview.message);
    expect(preview.reminders).toEqual([]);
    expect(preview.message).toContain('Không gửi thư nhắc nào');
    sb.call('sendReminders', { source: 'sidebar' });
    sb.run('runDailyTasks');
    expect(sb.mail.sent).toHaveLength(0);
    const dashboard = sb.call('getDashboard') as { unitsToChase: unknown[]; problems: string[] };
    expect(dashboard.unitsToChase).toEqual([]);
    expect(dashboard.problems[0]).toContain('thiếu cột bắt buộc "Lĩnh vực"');
  });

  it('no approval notice is made, and the reason given is the structure, not "no approved row"', () => {
    const sb = demoSandbox();
    check(sb);
    const reg = sheet(sb.workbook, SHEET.registrations);
    const approval = col(reg, OWNED.approval);
    for (const row of reg.values.slice(1)) row[approval] = 'Đã duyệt';
    reg.values[0][col(reg, ANSWER.timestamp)] = 'Dau thoi gian';
    const reply = sb.call('generateApprovalNotices', { source: 'sidebar', perUnit: true }) as { ok: boolean; message: string; documents: unknown[] };
    expect(reply.ok).toBe(true);
    expect(reply.documents).toEqual([]);
    expect(reply.message).toContain('Chưa tạo thông báo nào: cấu trúc trang tính chưa đúng.');
    expect(reply.message).toContain('"Dấu thời gian"');
    expect(reply.message).not.toContain('Chưa có đăng ký nào ở trạng thái');
    expect(sb.drive.files()).toEqual([]);
  });

  it('a header row on row 2 is found and reported, never guessed into new columns', () => {
    const sb = demoSandbox();
    const reg = sheet(sb.workbook, SHEET.registrations);
    const width = reg.values[0].length;
    // A title row typed above the headers: every row moves down one.
    reg.values.unshift(reg.values[0].map(() => ''));
    for (const grid of [reg.formulas, reg.notes, reg.backgrounds, reg.fontWeights] as unknown[][][]) if (grid.length) grid.unshift([]);
    reg.values[0][0] = 'Danh sách đăng ký năm 2026';
    const reply = setup(sb);
    expect(reg.values[0].filter((v) => v !== '')).toEqual(['Danh sách đăng ký năm 2026']);
    expect(reg.values[0].length).toBeLessThanOrEqual(width);
    expect(reply.problems?.join('\n')).toContain('dòng tiêu đề cột đang ở dòng 2');
    const checked = check(sb);
    expect(checked.structureProblems?.[0]).toContain('dòng tiêu đề cột đang ở dòng 2');
    expect(sb.mail.sent).toHaveLength(0);
  });

  it('a missing optional column on a sheet with data is not a broken structure', () => {
    const sb = demoSandbox();
    const reg = sheet(sb.workbook, SHEET.registrations);
    reg.values[0][col(reg, ANSWER.partnerUnits)] = 'Phoi hop';
    const reply = check(sb);
    expect(reply.structureProblems ?? []).toEqual([]);
    expect(cell(reg, 2, OWNED.result)).not.toBe('');
  });
});

describe('sheet names that look right (item 2)', () => {
  it('`Cấu hình ` with a trailing space is the settings sheet: no second one with the demo settings', () => {
    const sb = demoSandbox();
    const config = sheet(sb.workbook, SHEET.config);
    config.name = 'Cấu hình ';
    const row = config.values.findIndex((r) => r[0] === 'Tên địa phương');
    config.values[row][1] = 'Xã Thử Nghiệm';
    const reply = setup(sb);
    expect(reply.createdSheets).toEqual([]);
    expect(sb.workbook.sheets.filter((s) => s.name.trim() === 'Cấu hình')).toHaveLength(1);
    const dashboard = sb.call('getDashboard') as { communeName: string };
    expect(dashboard.communeName).toBe('Xã Thử Nghiệm');
  });

  it('`ĐƠN VỊ`, an NFD `Khối`, `đăng ký` and `NHẬT KÝ` are found; setup creates nothing and the check is the same', () => {
    const reference = demoSandbox();
    check(reference);
    const sb = demoSandbox();
    sheet(sb.workbook, SHEET.units).name = 'ĐƠN VỊ';
    sheet(sb.workbook, SHEET.groups).name = 'Khối'.normalize('NFD');
    sheet(sb.workbook, SHEET.registrations).name = 'đăng ký';
    sheet(sb.workbook, SHEET.log).name = 'NHẬT KÝ';
    const reply = setup(sb);
    expect(reply.createdSheets).toEqual([]);
    expect(sb.workbook.sheets).toHaveLength(reference.workbook.sheets.length);
    check(sb);
    expect(sb.workbook.sheets.find((s) => s.name === 'đăng ký')!.values)
      .toEqual(sheet(reference.workbook, SHEET.registrations).values.map((r) => r.map((v) => v)));
    expect(sb.workbook.sheets.find((s) => s.name === 'ĐƠN VỊ')!.backgrounds)
      .toEqual(sheet(reference.workbook, SHEET.units).backgrounds);
  });
});

describe('what used to pass silently is reported by sheet, row and column (item 9)', () => {
  it('a group twice, a roster row with no name, one Mã đăng ký on two rows, a Mục twice, a bad Email đầu mối', () => {
    const sb = demoSandbox();
    check(sb);
    const groups = sheet(sb.workbook, SHEET.groups);
    groups.values.push([...groups.values[1]]);
    const units = sheet(sb.workbook, SHEET.units);
    const noName = units.values[1].map(() => '');
    noName[col(units, 'Email')] = 'ai@xa.vn';
    units.values.push(noName);
    const reg = sheet(sb.workbook, SHEET.registrations);
    reg.values[3][col(reg, OWNED.registrationId)] = reg.values[2][col(reg, OWNED.registrationId)];
    const config = sheet(sb.workbook, SHEET.config);
    config.values.push(['Hạn đăng ký', '20/12/2025']);
    const emailRow = config.values.findIndex((r) => r[0] === 'Email đầu mối');
    config.values[emailRow][1] = 'bxd@thon';
    const { problems } = check(sb);
    const text = problems.join('\n');
    expect(text).toContain(`Trang "Khối", dòng ${groups.values.length}, cột "Khối": "${groups.values[1][0]}" đã có ở dòng 2`);
    expect(text).toContain(`Trang "Đơn vị", dòng ${units.values.length}, cột "Tên đơn vị": dòng có dữ liệu nhưng chưa có tên đơn vị`);
    expect(text).toContain(`Trang "Đăng ký", dòng 4, cột "Mã đăng ký"`);
    expect(text).toContain(`Trang "Cấu hình", dòng ${config.values.length}, cột "Mục": mục "Hạn đăng ký" đã có ở dòng`);
    expect(text).toContain(`Trang "Cấu hình", dòng ${emailRow + 1}, cột "Giá trị": "Email đầu mối" = "bxd@thon"`);
  });

  it('accepts `"Tên" <a@x>` addresses as mail does, and a comma inside the quoted name does not split', () => {
    expect(isValidEmail('"Chi bộ thôn 1" <cb1@xa.vn>')).toBe(true);
    expect(isValidEmail('Chi bộ <cb1@xa.vn>')).toBe(true);
    expect(isValidEmail('<cb1@xa>')).toBe(false);
    expect(sortAddresses(['"A" <x@y.vn>', 'X@Y.vn']).valid).toEqual(['"A" <x@y.vn>']);
    expect(splitEmails('"Nguyễn, Văn A" <a@x.vn>; b@x.vn')).toEqual(['"Nguyễn, Văn A" <a@x.vn>', 'b@x.vn']);
  });
});
