/** The form plan, the receipt e-mail and the answer fingerprints (DESIGN.md §8). */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ANSWER } from '../../src/core/contract';
import { changedAnswers, fingerprintRow, sameFingerprint } from '../../src/core/answer-fingerprint';
import { isValidEmail, sortAddresses } from '../../src/core/emails';
import { planForm } from '../../src/core/form-plan';
import { escapeHtml, oneLine } from '../../src/core/html';
import { planReceipt } from '../../src/core/receipt';
import { locateRegistrationColumns } from '../../src/core/registration-columns';
import { readSettings } from '../../src/core/settings';
import { answers, configRows, registrationRows, TZ } from '../support/workbook-values';

const settings = readSettings(configRows({ 'Tên kế hoạch': 'Kế hoạch thi đua 2026', 'Đơn vị đầu mối': 'Ban Xây dựng Đảng' }), TZ).settings;

describe('form plan', () => {
  const plan = planForm(settings, ['Chi bộ thôn 1', 'Hội Nông dân'], ['Phát triển kinh tế', 'Khác']);

  it('asks one question per answer column, titled as the column header, in order', () => {
    expect(plan.questions.map((q) => q.title)).toEqual(Object.values(ANSWER).slice(1));
  });

  it('offers the roster as a dropdown, types and fields as choices, dates as date items', () => {
    const byTitle = Object.fromEntries(plan.questions.map((x) => [x.title, x]));
    const q = Object.fromEntries(Object.entries(ANSWER).map(([key, title]) => [key, byTitle[title]]));
    expect(q.unit).toMatchObject({ kind: 'list', choices: ['Chi bộ thôn 1', 'Hội Nông dân'], required: true });
    expect(q.type).toMatchObject({ kind: 'choice', choices: ['Mô hình', 'Phong trào', 'Việc làm'] });
    expect(q.field).toMatchObject({ kind: 'list', choices: ['Phát triển kinh tế', 'Khác'] });
    expect([q.start.kind, q.end.kind]).toEqual(['date', 'date']);
    expect(q.newItemPledge).toMatchObject({ kind: 'checkbox', required: true });
    expect(q.registrationFile).toMatchObject({ kind: 'text', required: false });
    expect(q.registrationFile.helpText).toContain('Google Drive');
  });

  it('is titled after Tên kế hoạch and quotes the deadline', () => {
    expect(plan.title).toBe('Kế hoạch thi đua 2026');
    expect(plan.description).toContain('Hạn đăng ký: 15/12/2025.');
  });

  it('does not require the pledge when only new items is off', () => {
    const off = readSettings(configRows({ 'Chỉ nhận đăng ký mới': 'Không' }), TZ).settings;
    expect(planForm(off, [], []).questions.find((q) => q.role === 'pledge')!.required).toBe(false);
  });
});

describe('receipt', () => {
  const facts = {
    unitName: 'Chi bộ <b>thôn</b> 1', title: '<script>alert(1)</script>\nMô hình', registrationId: 'DK-2026-0007',
    status: 'Cần bổ sung' as const, reasons: ['Quy mô: chưa điền.'], editUrl: 'https://docs.google.com/forms/d/e/x/viewform?edit2=abc',
    changed: [], isEdit: false, contactUnit: 'Ban Xây dựng Đảng', submittedAt: '10/12/2025 09:00',
  };

  it('starts the subject with "Xác nhận đăng ký:" and has no line break in it', () => {
    const r = planReceipt({ ...facts, unitName: 'Chi bộ\nthôn 1' });
    expect(r.subject).toBe('Xác nhận đăng ký: Chi bộ thôn 1 — cần bổ sung');
  });

  it('escapes everything user-typed in the HTML and keeps it readable in the text', () => {
    const r = planReceipt(facts);
    expect(r.html).not.toContain('<script>');
    expect(r.html).not.toContain('<b>thôn');
    expect(r.html).toContain('&lt;script&gt;');
    expect(r.text).toContain('Kính gửi: Chi bộ <b>thôn</b> 1.');
    expect(r.text).toContain('  - Quy mô: chưa điền.');
    expect(r.text).toContain('https://docs.google.com/forms/d/e/x/viewform?edit2=abc');
    expect(r.html).toContain('href="https://docs.google.com/forms/d/e/x/viewform?edit2=abc"');
  });

  it('says which answers changed for an edited response', () => {
    const r = planReceipt({ ...facts, isEdit: true, changed: ['Quy mô', 'Lĩnh vực'], status: 'Hợp lệ', reasons: [] });
    expect(r.subject).toBe('Xác nhận đăng ký: Chi bộ <b>thôn</b> 1 — đã sửa, hợp lệ');
    expect(r.text).toContain('Các mục đã thay đổi: Quy mô, Lĩnh vực.');
  });

  it('never links anything but an https URL', () => {
    expect(planReceipt({ ...facts, editUrl: 'javascript:alert(1)' }).html).not.toContain('href=');
  });

  it('escapes any text completely (property)', () => {
    fc.assert(fc.property(fc.string(), (s) => !/[<>"']/.test(escapeHtml(s)) && !/[\r\n]/.test(oneLine(s))));
  });
});

describe('answer fingerprints', () => {
  const columns = locateRegistrationColumns(registrationRows([])[0], true);
  const row = (o = {}) => registrationRows([answers('Chi bộ thôn 1', o)])[1];

  it('are equal for the same answers and name what changed', () => {
    const a = fingerprintRow(row(), columns, TZ);
    expect(sameFingerprint(a, fingerprintRow(row(), columns, TZ))).toBe(true);
    const b = fingerprintRow(row({ scale: 'Toàn thôn, 215 hộ' }), columns, TZ);
    expect(changedAnswers(a, b)).toEqual(['Quy mô']);
  });

  it('ignore the timestamp when listing changes', () => {
    const a = fingerprintRow(row(), columns, TZ);
    const b = fingerprintRow(row({ timestamp: new Date(Date.UTC(2025, 11, 12)) }), columns, TZ);
    expect(sameFingerprint(a, b)).toBe(false);
    expect(changedAnswers(a, b)).toEqual([]);
  });
});

describe('e-mail addresses', () => {
  it('tells usable addresses from typos and drops repeats', () => {
    expect(sortAddresses(['a@x.vn', ' A@x.vn', 'khong-phai-email', 'b@x', '', 'c@tholap.example'])).toEqual({
      valid: ['a@x.vn', 'c@tholap.example'], invalid: ['khong-phai-email', 'b@x'],
    });
    expect(isValidEmail('bxdd@tholap.example')).toBe(true);
  });
});

describe('subjects', () => {
  it('stay under MailApp’s 250-character limit however long the unit name', () => {
    const subject = planReceipt({
      unitName: 'Chi bộ '.repeat(100), title: 'x', registrationId: '', status: 'Hợp lệ', reasons: [], changed: [],
      isEdit: false, contactUnit: '', submittedAt: '',
    }).subject;
    expect(subject.length).toBeLessThanOrEqual(250);
    expect(subject.startsWith('Xác nhận đăng ký: ')).toBe(true);
  });
});
