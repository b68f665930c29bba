/**
 * The linked Google Form (DESIGN.md §8, issue 3) through the built bundle in the
 * emulation: the form matches the sheets, the response sheet becomes `Đăng ký` without
 * losing anything, submissions are checked by the trigger exactly as a full run would,
 * receipts go out once, edits say what changed.
 */
import { PRESETS } from '../../src/core/presets';
import { describe, expect, it } from 'vitest';
import { ANSWER, DOC_PROPERTY, REGISTRATION_TYPES } from '../../src/core/contract';
import { DEFAULT_FIELDS, DEFAULT_UNITS } from '../../src/core/defaults';
import { FormResultSchema } from '../../src/core/dto';
import { newWorkbookModel } from '../../src/local/emulator/workbook-model';
import { appendSampleResponses, typeUnitDetails } from '../../src/local/cli/demo-workbook';
import { SAMPLE_RESPONSES } from '../../src/local/cli/sample-data';
import { canComeFromForm, submitThroughForm } from '../../src/local/cli/form-demo';
import { answerSnapshot, cell, col, modelSnapshot, morningOf, sandboxOn, sheet } from '../support/bundle';

const PLEDGE = 'Tôi cam kết đây là mô hình, phong trào, việc làm mới';

/** A set-up workbook with the roster details typed in and the form created (no responses yet). */
function withForm(today = '2025-12-01') {
  const sb = sandboxOn(newWorkbookModel(), today);
  sb.call('setupWorkbook');
  typeUnitDetails(sb.workbook);
  const reply = FormResultSchema.parse(JSON.parse(JSON.stringify(sb.call('createRegistrationForm', { source: 'sidebar' }))));
  const formId = sb.workbook.documentProperties[DOC_PROPERTY.formId];
  return { sb, reply, formId, form: sb.forms.get(formId)! };
}

function answersFor(unit: string, overrides: Record<string, string | string[] | Date> = {}) {
  return {
    [ANSWER.unit]: unit, [ANSWER.type]: unit.startsWith('Chi bộ thôn') ? 'Mô hình' : 'Việc làm', [ANSWER.title]: `Mô hình của ${unit}`,
    [ANSWER.field]: 'Phát triển kinh tế', [ANSWER.scale]: 'Toàn đơn vị', [ANSWER.start]: new Date(Date.UTC(2026, 1, 1, -7)),
    [ANSWER.end]: new Date(Date.UTC(2026, 9, 1, -7)), [ANSWER.leadUnit]: 'Chi ủy', [ANSWER.implementingUnit]: unit,
    [ANSWER.responsiblePerson]: 'Đ/c Lê Văn Lực', [ANSWER.newItemPledge]: [PLEDGE], ...overrides,
  };
}

describe('Tạo biểu mẫu đăng ký', () => {
  it('asks exactly the questions of Câu hỏi, with the roster, types and fields as choices', () => {
    const { reply, form } = withForm();
    expect(reply.created).toBe(true);
    expect(form.items.map((i) => i.title)).toEqual(PRESETS['dang-ky-mo-hinh'].questions.map((q) => q.title));
    expect(form.items.map((i) => i.title).slice(0, Object.values(ANSWER).length - 1)).toEqual(Object.values(ANSWER).slice(1));
    const byTitle = new Map(form.items.map((i) => [i.title, i]));
    expect(byTitle.get(ANSWER.unit)).toMatchObject({ type: 'LIST', required: true, choices: DEFAULT_UNITS.map((u) => u.name) });
    expect(byTitle.get(ANSWER.type)).toMatchObject({ type: 'MULTIPLE_CHOICE', choices: [...REGISTRATION_TYPES] });
    expect(byTitle.get(ANSWER.field)!.choices).toEqual([...DEFAULT_FIELDS]);
    expect([byTitle.get(ANSWER.start)!.type, byTitle.get(ANSWER.end)!.type]).toEqual(['DATE', 'DATE']);
    expect(byTitle.get(ANSWER.newItemPledge)).toMatchObject({ type: 'CHECKBOX', required: true });
    expect(byTitle.get(ANSWER.registrationFile)).toMatchObject({ type: 'TEXT', required: false });
    expect(form.description).toContain('Hạn đăng ký: 15/12/2025.');
  });

  it('makes the response sheet Đăng ký, keeps the links and writes every unit its pre-filled link', () => {
    const { sb, reply, formId } = withForm();
    expect(sb.workbook.sheets.filter((s) => s.name === 'Đăng ký')).toHaveLength(1);
    expect(sheet(sb.workbook, 'Đăng ký').formId).toBe(formId);
    expect(reply.formUrl).toMatch(/^https:\/\/docs\.google\.com\/forms\/d\/e\/.+\/viewform$/);
    const config = sheet(sb.workbook, 'Cấu hình');
    expect(config.values.find((r) => r[0] === 'Đường dẫn biểu mẫu')?.[1]).toBe(reply.formUrl);
    const units = sheet(sb.workbook, 'Đơn vị');
    const link = String(cell(units, 2, 'Đường dẫn đăng ký'));
    expect(link).toMatch(/viewform\?usp=pp_url&entry\.\d+=Ban\+X%C3%A2y\+d%E1%BB%B1ng\+%C4%90%E1%BA%A3ng$/);
    expect(units.values.slice(1).every((r) => String(r[col(units, 'Đường dẫn đăng ký')]).includes('entry.'))).toBe(true);
  });

  it('installs the form-submit trigger once and never makes a second form', () => {
    const { sb } = withForm();
    const again = FormResultSchema.parse(JSON.parse(JSON.stringify(sb.call('createRegistrationForm', { source: 'sidebar' }))));
    expect(again.created).toBe(false);
    expect(sb.forms.store.forms).toHaveLength(1);
    expect(sb.triggers.list().filter((t) => t.handlerFunction === 'onRegistrationSubmit')).toHaveLength(1);
  });

  it('copies registrations already in Đăng ký into the response sheet and keeps the old sheet', () => {
    const sb = sandboxOn(newWorkbookModel(), '2025-12-20');
    sb.call('setupWorkbook');
    typeUnitDetails(sb.workbook);
    appendSampleResponses(sb.workbook, SAMPLE_RESPONSES.slice(0, 10));
    sb.call('checkRegistrations');
    const before = answerSnapshot(sb.workbook);
    const ids = sheet(sb.workbook, 'Đăng ký').values.slice(1).map((r) => r[col(sheet(sb.workbook, 'Đăng ký'), 'Mã đăng ký')]);
    const reply = sb.call<{ message: string }>('createRegistrationForm', { source: 'sidebar' });
    expect(reply.message).toContain('10 đăng ký đã có được chép sang trang "Đăng ký" mới');
    expect(answerSnapshot(sb.workbook)).toEqual(before);
    const reg = sheet(sb.workbook, 'Đăng ký');
    expect(reg.values.slice(1).map((r) => r[col(reg, 'Mã đăng ký')])).toEqual(ids);
    expect(sb.workbook.sheets.some((s) => s.name === 'Đăng ký cũ 20-12-2025')).toBe(true);
  });
});

describe('Cập nhật biểu mẫu', () => {
  it('follows roster and field changes without losing responses', () => {
    const { sb, formId, form } = withForm();
    sb.forms.submit(formId, answersFor('Chi bộ thôn 1'));
    const units = sheet(sb.workbook, 'Đơn vị');
    units.values.push(['CBT9', 'Chi bộ thôn 9', 'Khối chi bộ thôn']);
    sheet(sb.workbook, 'Lĩnh vực').values.push(['Chuyển đổi số']);
    const reply = sb.call<{ ok: boolean; message: string }>('updateRegistrationForm', { source: 'sidebar' });
    expect(reply.ok).toBe(true);
    const unitItem = form.items.find((i) => i.title === ANSWER.unit)!;
    expect(unitItem.choices.at(-1)).toBe('Chi bộ thôn 9');
    expect(form.items.find((i) => i.title === ANSWER.field)!.choices).toContain('Chuyển đổi số');
    expect(form.responses).toHaveLength(1);
    expect(String(cell(units, units.values.length, 'Đường dẫn đăng ký'))).toContain('Chi+b%E1%BB%99+th%C3%B4n+9');
  });

  it('says in Vietnamese that there is no form yet', () => {
    const sb = sandboxOn();
    sb.call('setupWorkbook');
    expect(sb.call('updateRegistrationForm', { source: 'sidebar' })).toEqual({
      ok: false, message: 'Chưa có biểu mẫu đăng ký (hoặc biểu mẫu đã bị xóa). Hãy chạy Thi đua › Tạo biểu mẫu đăng ký.',
    });
  });
});

describe('onRegistrationSubmit', () => {
  it('checks the new row and e-mails the unit a receipt with its result and edit link', () => {
    const { sb, formId } = withForm();
    sb.forms.submit(formId, answersFor('Chi bộ thôn 1', { [ANSWER.scale]: ' ' }));
    const reg = sheet(sb.workbook, 'Đăng ký');
    expect(cell(reg, 2, 'Kết quả kiểm tra')).toBe('Cần bổ sung');
    expect(sb.mail.sent).toHaveLength(1);
    const mail = sb.mail.sent[0];
    expect(mail.subject).toBe('Xác nhận đăng ký: Chi bộ thôn 1 — cần bổ sung');
    expect(mail.to).toBe('thon1@tholap.example');
    expect(mail.body).toContain('Quy mô: chưa điền.');
    expect(mail.body).toMatch(/viewform\?edit2=/);
    expect(mail.replyTo).toBe('bxdd@tholap.example');
  });

  it('sends nothing more when the trigger fires twice for one response', () => {
    const { sb, formId } = withForm();
    sb.forms.submit(formId, answersFor('Chi bộ thôn 1'));
    sb.forms.refire();
    expect(sb.mail.sent).toHaveLength(1);
    const log = sheet(sb.workbook, 'Nhật ký').values.map((r) => String(r[3]));
    expect(log.some((l) => l.includes('bỏ qua lần kích hoạt lặp lại'))).toBe(true);
  });

  it('re-checks an edited response and says what changed', () => {
    const { sb, formId } = withForm();
    const first = sb.forms.submit(formId, answersFor('Chi bộ thôn 1', { [ANSWER.field]: 'Khác', [ANSWER.scale]: 'Một xóm' }));
    sb.forms.editResponse(first.responseId, { [ANSWER.scale]: 'Toàn thôn, 215 hộ' });
    expect(sb.mail.sent).toHaveLength(2);
    expect(sb.mail.sent[1].subject).toBe('Xác nhận đăng ký: Chi bộ thôn 1 — đã sửa, hợp lệ');
    expect(sb.mail.sent[1].body).toContain('Các mục đã thay đổi: Quy mô.');
    expect(sheet(sb.workbook, 'Đăng ký').values).toHaveLength(2);
  });

  it('escapes HTML typed into an answer in the receipt, and keeps the subject on one line', () => {
    const { sb, formId } = withForm();
    sb.forms.submit(formId, answersFor('Chi bộ thôn 1', { [ANSWER.title]: '<img src=x onerror=alert(1)>\nMô hình' }));
    const mail = sb.mail.sent[0];
    expect(mail.htmlBody).not.toContain('<img');
    expect(mail.htmlBody).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(mail.subject).not.toMatch(/[\r\n]/);
  });

  it('logs, never throws, when the unit has no valid address', () => {
    const { sb, formId } = withForm();
    const units = sheet(sb.workbook, 'Đơn vị');
    const r = units.values.findIndex((row) => row[col(units, 'Tên đơn vị')] === 'Chi bộ thôn 1');
    units.values[r][col(units, 'Email')] = 'khong-phai-email';
    sb.forms.submit(formId, answersFor('Chi bộ thôn 1'));
    expect(sb.triggers.runs.every((run) => !run.error)).toBe(true);
    expect(sb.mail.sent).toHaveLength(0);
    const log = sheet(sb.workbook, 'Nhật ký').values;
    const line = log.find((row) => row[1] === 'Thư xác nhận')!;
    expect(line[4]).toBe('Bỏ qua');
    expect(String(line[3])).toContain('địa chỉ không hợp lệ (khong-phai-email)');
  });

  it('leaves the sheet exactly as a full check would (incremental = full run)', () => {
    const { sb, formId } = withForm('2025-12-20');
    const unitNames = new Set(DEFAULT_UNITS.map((u) => u.name));
    const online = SAMPLE_RESPONSES.filter((r) => canComeFromForm(r, unitNames, new Set(DEFAULT_FIELDS)));
    for (const r of [...online].sort((a, b) => (a.timestamp as Date).getTime() - (b.timestamp as Date).getTime())) submitThroughForm(sb, formId, r);
    sb.clock.set(morningOf('2025-12-20'));
    const noLog = () => modelSnapshot({ ...sb.workbook, sheets: sb.workbook.sheets.filter((s) => s.name !== 'Nhật ký' && s.name !== 'Đơn vị') });
    const afterTriggers = noLog();
    sb.call('checkRegistrations');
    expect(noLog()).toBe(afterTriggers);
  });

  it('ends as if serial when two submissions and a staff run interleave', () => {
    const run = (interleave: boolean) => {
      const { sb, formId } = withForm();
      const a = sb.forms.submit(formId, answersFor('Chi bộ thôn 1'), { defer: interleave });
      const b = sb.forms.submit(formId, answersFor('Chi bộ thôn 2'), { defer: interleave });
      if (interleave) {
        sb.lock.beforeNextAcquire('document', () => { sb.forms.deliver(b); });
        sb.call('checkRegistrations');
        sb.forms.deliver(a);
      } else sb.call('checkRegistrations');
      return { model: JSON.parse(modelSnapshot({ ...sb.workbook, sheets: sb.workbook.sheets.filter((s) => s.name !== 'Nhật ký') })), mails: sb.mail.sent.length };
    };
    // Compared as objects: the order in which properties were written may differ.
    expect(run(true)).toEqual(run(false));
  });
});
