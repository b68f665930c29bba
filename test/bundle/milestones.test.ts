/**
 * Milestones (DESIGN.md §13, issue 13) through the built bundle: three days after the plan
 * deadline, `Tiến độ` and the milestone cells of the approved rows, the units' progress, one
 * `Nhắc báo cáo:` to each unit still missing a plan and none to the others, nothing more on a
 * second run the same day; a late plan turns `Nộp trễ`; bad `Mốc thời gian` rows are named.
 */
import { describe, expect, it } from 'vitest';
import { PROGRESS_COLOR } from '../../src/core/contract';
import { normalizeName } from '../../src/core/names';
import type { Sandbox } from '../../src/local/emulator';
import { ANSWER, DOC_PROPERTY } from '../../src/core/contract';
import { typeUnitDetails } from '../../src/local/cli/demo-workbook';
import { newWorkbookModel } from '../../src/local/emulator/workbook-model';
import { cell, col, demoSandbox, morningOf, sandboxOn, sheet } from '../support/bundle';

const PLAN = 'Kế hoạch thực hiện';

/** The demo, checked and approved on 20/12/2025, then on 18/01/2026 half of the approved units have sent their plans. */
function afterPlanDeadline(): { sb: Sandbox; sentUnits: Set<string>; missingUnits: Set<string>; approvedRows: number[] } {
  const sb = demoSandbox('2025-12-20');
  sb.call('checkRegistrations');
  sb.call('approveAllValid', { source: 'sidebar' });
  const reg = sheet(sb.workbook, 'Đăng ký');
  const approvedRows = reg.values.map((_, i) => i + 1).filter((r) => r > 1 && cell(reg, r, 'Trạng thái phê duyệt') === 'Đã duyệt');
  const unitOf = (r: number) => unitName(sb, String(cell(reg, r, 'Đơn vị đăng ký')));
  const units = [...new Set(approvedRows.map(unitOf))];
  const typing = new Set(units.filter((_, i) => i % 2 === 0));
  for (const r of approvedRows) {
    if (typing.has(unitOf(r))) reg.values[r - 1][col(reg, PLAN)] = `https://drive.google.com/file/d/plan-${r}`;
  }
  // A unit is missing when one of its approved rows has no plan (the sample already holds one plan link).
  const missingUnits = new Set(approvedRows.filter((r) => cell(reg, r, PLAN) === '').map(unitOf));
  const sentUnits = new Set(units.filter((u) => !missingUnits.has(u)));
  sb.clock.set(morningOf('2026-01-18'));
  return { sb, sentUnits, missingUnits, approvedRows };
}

/** The roster's spelling of a unit typed in a row. */
function unitName(sb: Sandbox, typed: string): string {
  const units = sheet(sb.workbook, 'Đơn vị');
  const found = units.values.slice(1).find((row) => normalizeName(row[col(units, 'Tên đơn vị')]) === normalizeName(typed));
  return found ? String(found[col(units, 'Tên đơn vị')]) : typed;
}

const milestoneMails = (sb: Sandbox) => sb.mail.sent.filter((m) => m.subject.startsWith('Nhắc báo cáo:'));
const unitOfSubject = (subject: string) => subject.slice('Nhắc báo cáo: '.length).split(' — ')[0];

describe('three days after the plan deadline (Xây dựng kế hoạch, 15/01/2026)', () => {
  it('writes Tiến độ and colours the plan cell of every approved row, and the units\' progress', () => {
    const { sb, sentUnits, approvedRows } = afterPlanDeadline();
    sb.call('runDailyTasks');
    const reg = sheet(sb.workbook, 'Đăng ký');
    const planCol = col(reg, PLAN);
    for (const r of approvedRows) {
      const sent = cell(reg, r, PLAN) !== '';
      expect(cell(reg, r, 'Tiến độ')).toBe(`Xây dựng kế hoạch: ${sent ? 'Đã nộp' : 'Quá hạn'}\nBáo cáo kết quả: Chưa nộp`);
      expect(reg.backgrounds[r - 1][planCol]).toBe(PROGRESS_COLOR[sent ? 'Đã nộp' : 'Quá hạn']);
    }
    // Rows not approved have no progress; the staff column exists, empty.
    const others = reg.values.map((_, i) => i + 1).filter((r) => r > 1 && !approvedRows.includes(r));
    expect(others.every((r) => cell(reg, r, 'Tiến độ') === '')).toBe(true);
    expect(reg.values.slice(1).every((row) => row[col(reg, 'Đánh giá kết quả')] === '')).toBe(true);
    const units = sheet(sb.workbook, 'Đơn vị');
    const progressOf = (name: string) => String(units.values.find((row) => normalizeName(row[col(units, 'Tên đơn vị')]) === normalizeName(name))![col(units, 'Tiến độ')]);
    for (const u of sentUnits) expect(progressOf(u)).toMatch(/^Báo cáo kết quả: Chưa nộp/);
  });

  it('sends exactly one Nhắc báo cáo: to each unit still missing a plan (with an address), none to the others, and nothing more on a second run', () => {
    const { sb, missingUnits, sentUnits } = afterPlanDeadline();
    const before = sb.mail.sent.length;
    sb.call('runDailyTasks');
    const mails = milestoneMails(sb);
    const reminded = mails.map((m) => unitOfSubject(m.subject));
    expect(new Set(reminded).size).toBe(reminded.length); // one each
    for (const u of reminded) expect(missingUnits.has(u)).toBe(true);
    for (const u of sentUnits) expect(reminded).not.toContain(u);
    const log = sheet(sb.workbook, 'Nhật ký').values.filter((r) => r[1] === 'Gửi nhắc nhở' && String(r[3]).startsWith('Mã nhắc: bc-xay-dung-ke-hoach/sau-3'));
    expect(new Set(log.map((r) => r[2]))).toEqual(missingUnits); // sent, or skipped for want of an address
    expect(mails[0].subject).toMatch(/^Nhắc báo cáo: .+ — Xây dựng kế hoạch, \d+ mục chưa nộp, đã quá hạn 3 ngày$/);
    expect(mails[0].body).toContain('Kế hoạch thực hiện');
    const sentCount = sb.mail.sent.length;
    expect(sentCount).toBeGreaterThan(before);
    sb.call('runDailyTasks');
    expect(sb.mail.sent.length).toBe(sentCount);
  });

  it('turns the plan Nộp trễ when it arrives after a run saw it Quá hạn', () => {
    const { sb, missingUnits, approvedRows } = afterPlanDeadline();
    sb.call('checkRegistrations');
    const reg = sheet(sb.workbook, 'Đăng ký');
    const r = approvedRows.find((x) => cell(reg, x, PLAN) === '')!;
    expect(missingUnits.size).toBeGreaterThan(0);
    reg.values[r - 1][col(reg, PLAN)] = 'https://drive.google.com/file/d/late';
    sb.clock.set(morningOf('2026-01-19'));
    sb.call('checkRegistrations');
    expect(cell(reg, r, 'Tiến độ')).toBe('Xây dựng kế hoạch: Nộp trễ\nBáo cáo kết quả: Chưa nộp');
    expect(reg.backgrounds[r - 1][col(reg, PLAN)]).toBe(PROGRESS_COLOR['Nộp trễ']);
  });

  it('names a bad Mốc thời gian row by sheet, row and column, and changes nothing typed', () => {
    const { sb } = afterPlanDeadline();
    const ms = sheet(sb.workbook, 'Mốc thời gian');
    ms.values[1][col(ms, 'Hạn')] = '31/02/2026';
    ms.values[2][col(ms, 'Cột phải nộp')] = 'Kế hoạch thực hiện';
    const typed = JSON.stringify(ms.values);
    const result = sb.call<{ problems: string[] }>('checkRegistrations');
    expect(result.problems.join('\n')).toContain('Trang "Mốc thời gian", dòng 2, cột "Hạn": "31/02/2026" của mốc "Xây dựng kế hoạch" không phải ngày hợp lệ');
    expect(JSON.stringify(ms.values)).toBe(typed);
  });
});

describe('the form-edit path: a unit adds its plan by editing its response', () => {
  it('gets a Nhắc báo cáo: with its edit link, then the row updates, the receipt says what changed and the progress turns Đã nộp', () => {
    const sb = sandboxOn(newWorkbookModel(), '2025-12-01');
    sb.call('setupWorkbook');
    typeUnitDetails(sb.workbook);
    sb.call('createRegistrationForm', { source: 'sidebar' });
    const formId = sb.workbook.documentProperties[DOC_PROPERTY.formId];
    const unit = 'Chi bộ thôn 1';
    const submitted = sb.forms.submit(formId, {
      [ANSWER.unit]: unit, [ANSWER.type]: 'Mô hình', [ANSWER.title]: 'Vườn mẫu thôn 1', [ANSWER.field]: 'Phát triển kinh tế',
      [ANSWER.scale]: 'Toàn thôn', [ANSWER.start]: new Date(Date.UTC(2026, 1, 1, -7)), [ANSWER.end]: new Date(Date.UTC(2026, 9, 1, -7)),
      [ANSWER.leadUnit]: 'Chi ủy', [ANSWER.implementingUnit]: unit, [ANSWER.responsiblePerson]: 'Đ/c Lê Văn Lực',
      [ANSWER.newItemPledge]: ['Tôi cam kết đây là mô hình, phong trào, việc làm mới'],
    });
    sb.call('approveAllValid', { source: 'sidebar' });
    const reg = sheet(sb.workbook, 'Đăng ký');
    expect(cell(reg, 2, 'Trạng thái phê duyệt')).toBe('Đã duyệt');

    sb.clock.set(morningOf('2026-01-12')); // 3 days before Hạn xây dựng kế hoạch: stage truoc-3
    sb.call('runDailyTasks');
    const reminder = sb.mail.sent.find((m) => m.subject.startsWith(`Nhắc báo cáo: ${unit}`))!;
    expect(reminder.body).toContain('"Vườn mẫu thôn 1" (dòng 2 của bảng đăng ký)');
    expect(reminder.body).toContain('viewform?edit2=');
    expect(reminder.htmlBody).toContain('Sửa câu trả lời để nộp');
    expect(reminder.subject).toBe(`Nhắc báo cáo: ${unit} — Xây dựng kế hoạch, 1 mục chưa nộp, còn 3 ngày`);
    expect(cell(reg, 2, 'Tiến độ')).toBe('Xây dựng kế hoạch: Chưa nộp\nBáo cáo kết quả: Chưa nộp');

    sb.clock.set(morningOf('2026-01-13'));
    sb.forms.editResponse(submitted.responseId, { [ANSWER.planFile]: 'https://drive.google.com/file/d/ke-hoach-thon-1' });
    expect(cell(reg, 2, ANSWER.planFile)).toBe('https://drive.google.com/file/d/ke-hoach-thon-1');
    const receipt = sb.mail.sent[sb.mail.sent.length - 1];
    expect(receipt.subject).toMatch(/^Xác nhận đăng ký: Chi bộ thôn 1 — đã sửa/);
    expect(receipt.body).toContain('Các mục đã thay đổi: Kế hoạch thực hiện.');
    expect(cell(reg, 2, 'Tiến độ')).toBe('Xây dựng kế hoạch: Đã nộp\nBáo cáo kết quả: Chưa nộp');
    expect(reg.values).toHaveLength(2);
    // Nothing more to remind for that milestone.
    const count = sb.mail.sent.length;
    sb.clock.set(morningOf('2026-01-16'));
    sb.call('runDailyTasks');
    expect(sb.mail.sent.slice(count).filter((m) => m.subject.includes('Xây dựng kế hoạch'))).toEqual([]);
  });
});

describe('service calls of the daily run with milestones', () => {
  it('are the same for 30 and 300 units except one sendEmail per e-mail', async () => {
    const { syntheticSandbox } = await import('../../bench/synthetic-workbook');
    const calls = [30, 300].map((units) => {
      const sb = syntheticSandbox(units, units * 2);
      sb.mail.setQuota(1_000_000);
      sb.call('checkRegistrations');
      sb.call('approveAllValid', { source: 'sidebar' });
      sb.clock.set(morningOf('2026-01-18'));
      sb.counter.reset();
      sb.call('runDailyTasks');
      expect(sb.mail.sent.some((m) => m.subject.startsWith('Nhắc báo cáo:'))).toBe(true);
      return sb.counter.total() - sb.counter.count('MailApp.sendEmail');
    });
    expect(calls[0]).toBe(calls[1]);
  });
});

describe('the review report after a milestone (Tạo báo cáo tổng hợp)', () => {
  it('writes that milestone\'s report whose figures equal the sheet\'s: on time, late, missing, by evaluation, the Xuất sắc rows, the units that did not report', async () => {
    const { paragraphsOf, paragraphText } = await import('../../src/local/emulator');
    const { sb, approvedRows } = afterPlanDeadline();
    sb.call('checkRegistrations'); // 18/01: the missing plans are seen Quá hạn
    const reg = sheet(sb.workbook, 'Đăng ký');
    const evalCol = col(reg, 'Đánh giá kết quả');
    const judged = ['Xuất sắc', 'Tốt', 'Đạt', 'Không đạt'];
    approvedRows.forEach((r, i) => { if (i % 5 !== 4) reg.values[r - 1][evalCol] = judged[i % 4]; });
    const late = approvedRows.find((r) => cell(reg, r, PLAN) === '')!;
    reg.values[late - 1][col(reg, PLAN)] = 'https://drive.google.com/file/d/late';
    sb.clock.set(morningOf('2026-01-20'));
    sb.call('checkRegistrations');
    const reply = sb.call<{ ok: boolean; message: string; document: { id: string; name: string } }>('generateSummaryReport', { source: 'sidebar' });
    expect(reply.ok).toBe(true);
    expect(reply.document.name).toBe('Báo cáo xây dựng kế hoạch - 20/01/2026');
    const doc = sb.documents.get(reply.document.id)!;
    const text = paragraphsOf(doc.body).map(paragraphText).join('\n');

    // The figures, recomputed from the sheet as a person would: Tiến độ's first line, Đánh giá kết quả.
    const states = approvedRows.map((r) => String(cell(reg, r, 'Tiến độ')).split('\n')[0].split(': ')[1]);
    const n = (s: string) => states.filter((x) => x === s).length;
    expect(n('Nộp trễ')).toBe(1);
    expect(text).toContain(`Tổng số ${String(approvedRows.length).padStart(2, '0')} nội dung đã được duyệt phải nộp "Kế hoạch thực hiện": `
      + `${String(n('Đã nộp')).padStart(2, '0')} nội dung nộp đúng hạn, ${String(n('Nộp trễ')).padStart(2, '0')} nội dung nộp trễ hạn, `
      + `${String(n('Quá hạn')).padStart(2, '0')} nội dung chưa nộp`);
    const evals = approvedRows.map((r) => String(cell(reg, r, 'Đánh giá kết quả')));
    expect(text).toContain(`xuất sắc ${String(evals.filter((e) => e === 'Xuất sắc').length).padStart(2, '0')}`);
    expect(text).toContain(`${String(evals.filter((e) => e === '').length).padStart(2, '0')} nội dung chưa đánh giá`);
    for (const r of approvedRows.filter((x) => cell(reg, x, 'Đánh giá kết quả') === 'Xuất sắc')) {
      expect(text).toContain(String(cell(reg, r, 'Tên mô hình, phong trào, việc làm')));
    }
    expect(text).toContain('4. Các đơn vị chưa gửi báo cáo');
    expect(text).toContain('ĐỀ XUẤT, KIẾN NGHỊ');
    // Never written by the add-in: the staff's evaluations are as typed.
    expect(approvedRows.map((r) => cell(reg, r, 'Đánh giá kết quả'))).toEqual(evals);
    // The sidebar counts the same evaluations.
    const dash = sb.call<{ phase: { evaluations: Array<{ status: string; count: number }> } }>('getDashboard');
    expect(dash.phase.evaluations.find((e) => e.status === 'Xuất sắc')!.count).toBe(evals.filter((e) => e === 'Xuất sắc').length);
  });

  it('before any milestone has passed, Tạo báo cáo tổng hợp still writes the registration report', () => {
    const sb = demoSandbox('2025-12-20');
    sb.call('checkRegistrations');
    sb.call('approveAllValid', { source: 'sidebar' });
    const reply = sb.call<{ document: { name: string } }>('generateSummaryReport', { source: 'sidebar' });
    expect(reply.document.name).toMatch(/^Báo cáo kết quả đăng ký/);
  });
});
