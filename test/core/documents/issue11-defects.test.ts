/**
 * Issue 11's remaining defects, one rule per test: the plan cited with its number, date and
 * issuer (vn-document-format.md §4.2) and gracefully without them; the `Loại` and `Thời gian
 * thực hiện` columns wide enough never to break a word or a date; one numbering style for the
 * clauses of a notice.
 */
import { describe, expect, it } from 'vitest';
import { approvalItems, buildApprovalNotice, buildUnitNotice, isEmptyNotice, type NoticeResult } from '../../../src/core/documents/approval-notice';
import type { DocumentSpec, TableSpec } from '../../../src/core/documents/document-spec';
import { formatProfile } from '../../../src/core/documents/format-profile';
import { planCitation } from '../../../src/core/documents/plan-citation';
import { buildSummaryReport } from '../../../src/core/documents/summary-report';
import { textWidthPt } from '../../../src/core/documents/text-width';
import type { DocumentFamily } from '../../../src/core/settings';
import { answers, TODAY_AFTER, TZ } from '../../support/workbook-values';
import { bodyTexts, paragraphs, text } from './spec-walk';
import { check, FAMILIES, familyWorkbook, FEB_5, settingsFor, type Row } from './support';

const TITLE = 'Kế hoạch đăng ký xây dựng và tổ chức thực hiện mô hình, phong trào, việc làm điển hình tiên tiến năm 2026';
const PLAN = { 'Tên kế hoạch': TITLE, 'Số kế hoạch': '05-KH/ĐU', 'Ngày kế hoạch': '10/10/2025', 'Cơ quan ban hành kế hoạch': 'Ban Thường vụ Đảng ủy' };

const cite = (family: DocumentFamily, config: Record<string, unknown>) => {
  const settings = settingsFor(family, config);
  return planCitation(formatProfile(family), settings, settings.planTitle);
};

describe('citing the plan (vn-document-format.md §4.2)', () => {
  it('Party: number, a comma before ngày, the date, the issuer, then the subject after về', () => {
    expect(cite('Đảng', PLAN)).toBe(
      'Kế hoạch số 05-KH/ĐU, ngày 10/10/2025 của Ban Thường vụ Đảng ủy về đăng ký xây dựng và tổ chức thực hiện mô hình, phong trào, việc làm điển hình tiên tiến năm 2026');
  });

  it('State: no comma before ngày; a number typed as digits gets the profile code', () => {
    expect(cite('Chính quyền', { ...PLAN, 'Tên kế hoạch': 'Kế hoạch xây dựng, nhân rộng các mô hình năm 2024', 'Số kế hoạch': '7', 'Cơ quan ban hành kế hoạch': 'Ủy ban nhân dân xã' }))
      .toBe('Kế hoạch số 07/KH-UBND ngày 10/10/2025 của Ủy ban nhân dân xã về xây dựng, nhân rộng các mô hình năm 2024');
  });

  it('leaves out what Cấu hình does not give, and cites the title alone without any of them', () => {
    expect(cite('Đảng', { ...PLAN, 'Số kế hoạch': '', 'Cơ quan ban hành kế hoạch': '' }))
      .toBe('Kế hoạch ngày 10/10/2025 về đăng ký xây dựng và tổ chức thực hiện mô hình, phong trào, việc làm điển hình tiên tiến năm 2026');
    expect(cite('Đảng', { 'Tên kế hoạch': TITLE })).toBe(TITLE);
    // A title that already carries its number is cited as typed.
    expect(cite('Chính quyền', { ...PLAN, 'Tên kế hoạch': 'Kế hoạch số 15/KH-UBND ngày 02/12/2025 của Ủy ban nhân dân xã' }))
      .toBe('Kế hoạch số 15/KH-UBND ngày 02/12/2025 của Ủy ban nhân dân xã');
  });

  it.each(FAMILIES)('is cited that way in the notices and the report (%s)', (family) => {
    const rows: Row[] = [{ answers: answers('Ban Xây dựng Đảng'), approval: 'Đã duyệt' }];
    const values = familyWorkbook(family, rows, { config: PLAN });
    const outcome = check(values, TODAY_AFTER);
    const input = { settings: outcome.settings, items: approvalItems(values.registrations!, outcome.columns, outcome, TZ), today: FEB_5 };
    const number = family === 'Đảng' ? 'số 05-KH/ĐU, ngày 10/10/2025' : 'số 05-KH/ĐU ngày 10/10/2025';
    for (const d of [doc(buildApprovalNotice(input)), doc(buildUnitNotice(input, 'Ban Xây dựng Đảng'))]) {
      expect(bodyTexts(d).join('\n')).toContain(`Kế hoạch ${number} của Ban Thường vụ Đảng ủy về đăng ký xây dựng`);
    }
    const report = bodyTexts(buildSummaryReport(outcome, outcome.settings, TODAY_AFTER, { values: values.registrations! })).join('\n');
    expect(report).toContain(`Thực hiện Kế hoạch ${number} của Ban Thường vụ Đảng ủy về`);
  });
});

function doc(result: NoticeResult): DocumentSpec {
  if (isEmptyNotice(result)) throw new Error(result.message);
  return result;
}

const dataTables = (d: DocumentSpec) => d.blocks.filter((b): b is TableSpec => b.kind === 'table' && b.borderWidth > 0);

describe('table columns', () => {
  const rows: Row[] = ['Mô hình', 'Phong trào', 'Việc làm'].map((type, i) => ({
    answers: answers(i ? 'Chi bộ thôn 1' : 'Ban Xây dựng Đảng', { title: `Tên ${i}`, type }), approval: 'Đã duyệt',
  }));

  it.each(FAMILIES)('keeps each type and each date of Thời gian thực hiện whole on its line (%s)', (family) => {
    const values = familyWorkbook(family, rows);
    const outcome = check(values, TODAY_AFTER);
    const input = { settings: outcome.settings, items: approvalItems(values.registrations!, outcome.columns, outcome, TZ), today: FEB_5 };
    const [table] = dataTables(doc(buildApprovalNotice(input)));
    const header = table.rows[0].map((c) => text(c.paragraphs[0]));
    const typeColumn = header.indexOf('Loại');
    const periodColumn = header.indexOf('Thời gian thực hiện');
    const inner = (c: number) => table.columnWidths[c] - 10;
    for (const row of table.rows.slice(1).filter((r) => r.length === header.length)) {
      for (const p of row[typeColumn].paragraphs) expect(textWidthPt(text(p), 12)).toBeLessThanOrEqual(inner(typeColumn));
      expect(row[periodColumn].paragraphs.map(text)).toEqual(['01/02/2026 -', '01/10/2026']);
      for (const p of row[periodColumn].paragraphs) expect(textWidthPt(text(p), 12)).toBeLessThanOrEqual(inner(periodColumn));
    }
    expect(table.columnWidths.reduce((a, b) => a + b, 0)).toBeCloseTo(165 * 72 / 25.4, 0);
  });
});

describe('clause numbering', () => {
  it.each(FAMILIES)('numbers every clause of a notice in one style: "N. " in body text, none bold (%s)', (family) => {
    const rows: Row[] = [
      { answers: answers('Chi bộ thôn 1', { title: 'Vườn mẫu' }), approval: 'Đã duyệt' },
      { answers: answers('Chi bộ thôn 1', { title: 'Nhà sạch' }), approval: 'Yêu cầu bổ sung' },
    ];
    const values = familyWorkbook(family, rows);
    const outcome = check(values, TODAY_AFTER);
    const input = { settings: outcome.settings, items: approvalItems(values.registrations!, outcome.columns, outcome, TZ), today: FEB_5 };
    for (const d of [doc(buildApprovalNotice(input)), doc(buildUnitNotice(input, 'Chi bộ thôn 1'))]) {
      const clauses = paragraphs(d.blocks).filter((p) => /^\d+\. /.test(text(p)) && p.size === formatProfile(family).body.size);
      expect(clauses.length).toBeGreaterThanOrEqual(2);
      expect(clauses.map((p) => Number(/^(\d+)/.exec(text(p))![1]))).toEqual(clauses.map((_, i) => i + 1));
      for (const p of clauses) {
        expect(p.runs.every((r) => !r.bold && !r.italic)).toBe(true);
        expect(p.indentFirstLine).toBeCloseTo(10 * 72 / 25.4, 1);
      }
    }
  });
});
