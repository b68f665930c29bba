/**
 * Hostile input in the documents (issue 11, defect 4), through the built bundle's entry
 * points: a 50,000-character name and achievement, XML-special and control characters in
 * user text, an empty signer and an empty `Nơi nhận`. Each gives a document that the emulated
 * Drive imports (so the .docx is well-formed), with the text as typed minus what XML cannot
 * hold, and a sensible signature block — never an exception.
 */
import { describe, expect, it } from 'vitest';
import { NoticesResultSchema, ReportResultSchema, type NoticesResult, type ReportResult } from '../../src/core/dto';
import { paragraphsOf, paragraphText, type DocumentModel, type TableModel } from '../../src/local/emulator';
import type { Sandbox } from '../../src/local/emulator';
import { col, demoSandbox, setConfig, sheet } from '../support/bundle';

const ok = <T>(reply: unknown): T => {
  const r = reply as { ok?: boolean; message?: string };
  if (!r || r.ok !== true) throw new Error(`not ok: ${r?.message}`);
  return JSON.parse(JSON.stringify(reply)) as T;
};

const docOf = (sb: Sandbox, id: string): DocumentModel => sb.documents.get(id)!;
const allText = (doc: DocumentModel) => paragraphsOf(doc.body).map(paragraphText).join('\n');
const footerOf = (doc: DocumentModel) => doc.body.children.filter((b): b is TableModel => b.kind === 'table')
  .find((t) => paragraphText(paragraphsOf(t.rows[0].cells[0])[0] ?? { inlines: [] } as never).startsWith('Nơi nhận'))!;
const footerLeft = (doc: DocumentModel) => {
  const t = footerOf(doc);
  return paragraphsOf(t.rows[0].cells[0]).map(paragraphText);
};
const footerRight = (doc: DocumentModel) => {
  const t = footerOf(doc);
  return paragraphsOf(t.rows[0].cells[1]).map(paragraphText);
};

const LONG = 'Mô hình ' + 'ư'.repeat(50_000);
const HOSTILE = 'A & B <w:p/> "trích" \'x\' ]]> \u0001\u0007\u000B\uFFFE\uD800 end';

describe.each(['Đảng', 'Chính quyền'])('documents with hostile input (%s)', (family) => {
  const sb = demoSandbox();
  setConfig(sb, { 'Khối văn bản': family, 'Người ký': '', 'Nơi nhận': '' });
  ok(sb.call('checkRegistrations'));
  const reg = sheet(sb.workbook, 'Đăng ký');
  const title = col(reg, 'Tên mô hình, phong trào, việc làm');
  reg.values[1][title] = LONG;
  reg.values[2][title] = HOSTILE;
  reg.values[1][col(reg, 'Nội dung, mục tiêu')] = 'ơ'.repeat(50_000);
  ok(sb.call('approveAllValid', { source: 'sidebar' }));
  const approval = col(reg, 'Trạng thái phê duyệt');
  const comment = col(reg, 'Ý kiến phê duyệt');
  reg.values[1][approval] = 'Yêu cầu bổ sung';
  reg.values[1][comment] = HOSTILE;
  const notices = NoticesResultSchema.parse(ok<NoticesResult>(sb.call('generateApprovalNotices', { source: 'sidebar', perUnit: true })));
  const report = ReportResultSchema.parse(ok<ReportResult>(sb.call('generateSummaryReport', { source: 'sidebar' })));

  it('makes every document, each one imported by Drive (a well-formed .docx)', () => {
    expect(notices.documents.length).toBeGreaterThan(2);
    for (const d of [...notices.documents, report.document]) expect(sb.documents.get(d.id), d.name).toBeDefined();
  });

  it('keeps XML-special characters as typed and drops only what XML cannot hold', () => {
    const consolidated = allText(docOf(sb, notices.documents[0].id));
    expect(consolidated).toContain('A & B <w:p/> "trích" \'x\' ]]> end');
    expect(consolidated).not.toMatch(/[\u0001\u0007\u000B\uFFFE]/);
    const unit = notices.documents.find((d) => allText(docOf(sb, d.id)).includes('ư'.repeat(100)))!;
    expect(allText(docOf(sb, unit.id))).toContain('A & B <w:p/>'); // the reason, in the rows to complete
  });

  it('keeps a 50,000-character name whole in the document that lists it', () => {
    const unit = notices.documents.find((d) => allText(docOf(sb, d.id)).includes(LONG));
    expect(unit).toBeDefined();
  });

  it('signs with the authority and position and leaves the name to be written when Người ký is empty', () => {
    const right = footerRight(docOf(sb, notices.documents[0].id));
    expect(right[0]).toMatch(/^(T\/M|TM\.) /);
    expect(right.at(-1)).toBe('');
  });

  it('names the addressees in Nơi nhận when Cấu hình lists no recipient, never the archive line alone', () => {
    const party = family === 'Đảng';
    for (const id of [notices.documents[0].id, report.document.id]) {
      expect(footerLeft(docOf(sb, id))).toEqual(party
        ? ['Nơi nhận:', '- Các chi bộ, cơ quan, đơn vị,', '- Lưu Văn phòng Đảng ủy.']
        : ['Nơi nhận:', '- Các cơ quan, đơn vị;', '- Lưu: VT, VP.']);
    }
  });
});
