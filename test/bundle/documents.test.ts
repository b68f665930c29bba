/**
 * Approval notices and the summary report (DESIGN.md §5, §7, issues 5 and 6) through the
 * built bundle in the emulation: the documents are read back from the emulated Google Docs
 * (the same model the .docx exporter writes) the way a văn thư would check them — header
 * cells, sizes and styles, the date and number lines, the title, the signature block,
 * `Nơi nhận` — and the figures are recomputed from the sheets independently of the core.
 *
 * The demo on 20/12/2025: 45 registrations, 32 of them valid (`Hợp lệ` or `Trễ hạn`), 25
 * units with a valid row, 5 groups; `Duyệt tất cả dòng hợp lệ` approves the 32.
 */
import { describe, expect, it } from 'vitest';
import { formatDayVi, calendarDay } from '../../src/core/calendar-day';
import {
  ApproveAllResultSchema, NoticesResultSchema, ReportResultSchema, type ApproveAllResult, type NoticesResult, type ReportResult,
} from '../../src/core/dto';
import { normalizeName } from '../../src/core/names';
import {
  newParagraph, newTable, paragraphText, paragraphsOf, type DocumentModel, type ParagraphModel, type TableModel,
} from '../../src/local/emulator';
import { createSandbox, type Sandbox } from '../../src/local/emulator';
import { cell, col, demoSandbox, morningOf, setConfig, sheet } from '../support/bundle';

// ——— running the bundle ———

const ok = <T>(reply: unknown): T => {
  const r = reply as { ok?: boolean; message?: string };
  if (!r || r.ok !== true) throw new Error(`not ok: ${r?.message}`);
  return JSON.parse(JSON.stringify(reply)) as T;
};
const approveAll = (sb: Sandbox) => ApproveAllResultSchema.parse(ok<ApproveAllResult>(sb.call('approveAllValid', { source: 'sidebar' })));
const notices = (sb: Sandbox, perUnit = false) =>
  NoticesResultSchema.parse(ok<NoticesResult>(sb.call('generateApprovalNotices', { source: 'sidebar', perUnit })));
const report = (sb: Sandbox) => ReportResultSchema.parse(ok<ReportResult>(sb.call('generateSummaryReport', { source: 'sidebar' })));

/** The demo, checked (so `Trạng thái phê duyệt` holds `Chờ duyệt`), with `Cấu hình` values replaced. */
function checkedDemo(config: Record<string, string> = {}): Sandbox {
  const sb = demoSandbox();
  setConfig(sb, config);
  ok(sb.call('checkRegistrations'));
  return sb;
}

const STATE = {
  'Khối văn bản': 'Chính quyền', 'Cơ quan cấp trên': '', 'Cơ quan ban hành': 'ỦY BAN NHÂN DÂN\nXÃ THỌ LẬP',
  'Ký hiệu cơ quan': 'UBND', 'Thẩm quyền ký': 'TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH', 'Chức vụ người ký': 'PHÓ CHỦ TỊCH',
};

// ——— reading a document as a person would ———

interface Line {
  text: string;
  size?: number;
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  font?: string;
  align?: string;
  /** A paragraph drawn as a rule (bottom border). */
  rule: boolean;
}

function lineOf(p: ParagraphModel): Line {
  const run = p.inlines.find((i) => i.kind === 'text');
  const s = run && run.kind === 'text' ? run.style : p.markStyle;
  return {
    text: paragraphText(p), size: s.fontSize, bold: s.bold, italic: s.italic, underline: s.underline, font: s.fontFamily,
    align: p.style.alignment, rule: (p.style.borderBottom?.width ?? 0) > 0,
  };
}

const docOf = (sb: Sandbox, id: string): DocumentModel => {
  const doc = sb.documents.get(id);
  if (!doc) throw new Error(`no document ${id}`);
  return doc;
};
const tables = (doc: DocumentModel) => doc.body.children.filter((b): b is TableModel => b.kind === 'table');
const cellLines = (t: TableModel, r: number, c: number): Line[] => paragraphsOf(t.rows[r].cells[c]).map(lineOf);
const texts = (lines: Line[]) => lines.filter((l) => !l.rule).map((l) => l.text);
const bodyLines = (doc: DocumentModel): Line[] => doc.body.children.filter((b): b is ParagraphModel => b.kind === 'paragraph').map(lineOf);
const allText = (doc: DocumentModel) => paragraphsOf(doc.body).map(paragraphText).join('\n');
const rowTexts = (t: TableModel) => t.rows.map((r) => r.cells.map((c) => paragraphsOf(c).map(paragraphText).join('\n')));
const find = (lines: Line[], start: string): Line => {
  const found = lines.find((l) => l.text.startsWith(start));
  if (!found) throw new Error(`no line starting "${start}" in ${JSON.stringify(lines.map((l) => l.text))}`);
  return found;
};
const MM = 72 / 25.4;

function logOf(sb: Sandbox, action: string): Array<{ unit: string; content: string; result: string }> {
  return sheet(sb.workbook, 'Nhật ký').values.slice(1).filter((r) => r[1] === action)
    .map((r) => ({ unit: String(r[2] ?? ''), content: String(r[3] ?? ''), result: String(r[4] ?? '') }));
}

/** Documents (not folders) in the emulated Drive. */
const docFiles = (sb: Sandbox) => sb.drive.files().filter((f) => f.document !== undefined && !f.trashed);

// ——— the sheet, read independently of the core ———

function approvedRows(sb: Sandbox): Array<{ row: number; unit: string; title: string; type: string; field: string }> {
  const reg = sheet(sb.workbook, 'Đăng ký');
  const units = rosterNames(sb);
  const out = [];
  for (let r = 2; r <= reg.values.length; r++) {
    if (cell(reg, r, 'Trạng thái phê duyệt') !== 'Đã duyệt') continue;
    const unit = units.get(normalizeName(cell(reg, r, 'Đơn vị đăng ký')))!;
    out.push({
      row: r, unit, title: String(cell(reg, r, 'Tên mô hình, phong trào, việc làm')).replace(/\s+/g, ' ').trim(),
      type: String(cell(reg, r, 'Loại đăng ký')), field: String(cell(reg, r, 'Lĩnh vực')),
    });
  }
  return out;
}

/** Roster names by normalised name, in roster order. */
function rosterNames(sb: Sandbox): Map<string, string> {
  const units = sheet(sb.workbook, 'Đơn vị');
  return new Map(units.values.slice(1).map((r) => [normalizeName(r[col(units, 'Tên đơn vị')]), String(r[col(units, 'Tên đơn vị')])]));
}

function groupOf(sb: Sandbox): Map<string, string> {
  const units = sheet(sb.workbook, 'Đơn vị');
  return new Map(units.values.slice(1).map((r) => [String(r[col(units, 'Tên đơn vị')]), String(r[col(units, 'Khối')])]));
}

const pad2 = (n: number) => (n > 0 && n < 10 ? `0${n}` : String(n));

// ——— tests ———

describe('Duyệt tất cả dòng hợp lệ', () => {
  it('approves only the valid rows still Chờ duyệt, in one write, and logs it', () => {
    const sb = checkedDemo();
    const reg = sheet(sb.workbook, 'Đăng ký');
    const status = (r: number) => String(cell(reg, r, 'Kết quả kiểm tra'));
    const validRows = Array.from({ length: reg.values.length - 1 }, (_, i) => i + 2).filter((r) => ['Hợp lệ', 'Trễ hạn'].includes(status(r)));
    const invalidRows = Array.from({ length: reg.values.length - 1 }, (_, i) => i + 2).filter((r) => !validRows.includes(r));
    const approvalCol = col(reg, 'Trạng thái phê duyệt');
    // Staff already decided on three valid rows, and cleared one.
    const [rejected, askMore, cleared] = validRows;
    reg.values[rejected - 1][approvalCol] = 'Không duyệt';
    reg.values[askMore - 1][approvalCol] = 'Yêu cầu bổ sung';
    reg.values[cleared - 1][approvalCol] = '';
    const before = JSON.parse(JSON.stringify(reg.values)) as unknown[][];
    sb.counter.reset();

    const result = approveAll(sb);

    expect(sb.counter.count('Range.setValues')).toBe(1);
    const expected = validRows.filter((r) => ![rejected, askMore, cleared].includes(r));
    expect(result.rows).toEqual(expected);
    expect(result.approved).toBe(expected.length);
    const after = JSON.parse(JSON.stringify(reg.values)) as unknown[][];
    for (let r = 1; r < before.length; r++) {
      for (let c = 0; c < before[r].length; c++) {
        if (c === approvalCol && expected.includes(r + 1)) expect(after[r][c]).toBe('Đã duyệt');
        else expect(after[r][c] ?? '').toEqual(before[r][c] ?? '');
      }
    }
    for (const r of invalidRows) expect(cell(reg, r, 'Trạng thái phê duyệt')).toBe('Chờ duyệt');
    expect(logOf(sb, 'Duyệt tất cả dòng hợp lệ').at(-1)?.content).toContain(`Dòng ${expected.slice(0, 3).join(', ')}`);

    expect(approveAll(sb).approved).toBe(0); // nothing left Chờ duyệt
  });
});

describe('approval notice in the Party format (HD 36)', () => {
  const sb = checkedDemo();
  approveAll(sb);
  const result = notices(sb);
  const doc = docOf(sb, result.documents[0].id);
  const [header, items, footer] = tables(doc);

  it('is one document in the year folder, linked from the sidebar result', () => {
    expect(result.complete).toBe(true);
    expect(result.documents).toHaveLength(1);
    expect(result.documents[0]).toMatchObject({ kind: 'notice', status: 'created', url: `https://docs.google.com/document/d/${doc.id}/edit` });
    expect(result.links).toEqual([{ label: 'Thông báo tổng hợp', url: result.documents[0].url }]);
    const folder = sb.drive.files().find((f) => f.name === 'Thi đua 2026')!;
    expect(folder.mimeType).toBe('application/vnd.google-apps.folder');
    expect(sb.drive.files().find((f) => f.id === doc.id)!.parents).toEqual([folder.id]);
    expect(doc.name).toBe('Thông báo thống nhất lựa chọn mô hình năm 2026');
  });

  it('is A4 with margins 20/20/30/15 mm, all in Times New Roman', () => {
    expect(doc.page.width).toBeCloseTo(210 * MM, 0);
    expect(doc.page.height).toBeCloseTo(297 * MM, 0);
    expect([doc.page.marginTop, doc.page.marginBottom, doc.page.marginLeft, doc.page.marginRight].map((m) => Math.round(m / MM))).toEqual([20, 20, 30, 15]);
    const fonts = new Set(paragraphsOf(doc.body).map(lineOf).map((l) => l.font));
    expect([...fonts]).toEqual(['Times New Roman']);
  });

  it('has the two-column borderless header: issuing body, *, the number | the Party title with its rule, the italic date', () => {
    expect(doc.body.children[0]).toBe(header);
    expect(header.borderWidth).toBe(0);
    const left = cellLines(header, 0, 0);
    expect(texts(left)).toEqual(['ĐẢNG BỘ TỈNH THANH HÓA', 'ĐẢNG ỦY XÃ THỌ LẬP', '*']);
    expect(left.map((l) => [l.size, l.bold])).toEqual([[14, false], [14, true], [14, false]]);
    expect(left.every((l) => l.align === 'CENTER')).toBe(true);
    const right = cellLines(header, 0, 1);
    expect(right[0]).toMatchObject({ text: 'ĐẢNG CỘNG SẢN VIỆT NAM', size: 15, bold: true, rule: false });
    expect(right[1]).toMatchObject({ text: '', rule: true }); // the rule under the title, a bottom border
    const [number] = cellLines(header, 1, 0);
    expect(number).toMatchObject({ text: 'Số      -TB/ĐU', size: 14, bold: false, italic: false });
    const [date] = cellLines(header, 1, 1);
    expect(date).toMatchObject({ text: 'Thọ Lập, ngày 20 tháng 12 năm 2025', size: 14, italic: true, bold: false });
    expect(header.rows[0].cells.every((c) => c.style.paddingLeft === 0 && c.style.paddingRight === 0)).toBe(true);
  });

  it('has THÔNG BÁO, the lowercase subject and -----', () => {
    const lines = bodyLines(doc);
    const type = find(lines, 'THÔNG BÁO');
    expect(type).toMatchObject({ size: 15, bold: true, align: 'CENTER' });
    const at = lines.indexOf(type);
    expect(lines[at + 1]).toMatchObject({ text: 'về việc thống nhất lựa chọn mô hình, phong trào, việc làm điển hình tiên tiến năm 2026', size: 14, bold: true });
    expect(lines[at + 2]).toMatchObject({ text: '-----', size: 14, bold: false });
  });

  it('has justified 14 pt body text with a 1 cm first-line indent, ending with a full stop', () => {
    const opening = find(bodyLines(doc), 'Thực hiện');
    expect(opening).toMatchObject({ size: 14, align: 'JUSTIFY', bold: false, italic: false });
    const p = doc.body.children.find((b) => b.kind === 'paragraph' && paragraphText(b).startsWith('Thực hiện')) as ParagraphModel;
    expect(p.style.indentFirstLine).toBeCloseTo(10 * MM, 1);
    expect(find(bodyLines(doc), 'Ban Thường vụ Đảng ủy thông báo').text).toMatch(/thực hiện\.$/);
  });

  it('has the signature block: Nơi nhận underlined, recipients ending with a comma, the archive line; T/M, position, name', () => {
    expect(footer).toBe(tables(doc).at(-1));
    expect(footer.borderWidth).toBe(0);
    const left = cellLines(footer, 0, 0);
    expect(left[0]).toMatchObject({ text: 'Nơi nhận:', size: 14, underline: true, italic: false });
    expect(left.slice(1, -1).every((l) => l.text.startsWith('- ') && l.text.endsWith(',') && l.size === 12)).toBe(true);
    expect(left.at(-1)).toMatchObject({ text: '- Lưu Văn phòng Đảng ủy.', size: 12 });
    const right = cellLines(footer, 0, 1);
    expect(right[0]).toMatchObject({ text: 'T/M BAN THƯỜNG VỤ', size: 14, bold: true });
    expect(right[1]).toMatchObject({ text: 'PHÓ BÍ THƯ THƯỜNG TRỰC', size: 14, bold: false });
    expect(right.slice(2, -1).every((l) => l.text === '')).toBe(true);
    expect(right.at(-1)).toMatchObject({ text: 'Lê Văn Lực', size: 14, bold: true });
  });

  it('lists the approved items grouped by Khối then unit, numbered, with the counts of the sheet', () => {
    const approved = approvedRows(sb);
    expect(approved).toHaveLength(32);
    const groups = groupOf(sb);
    const roster = [...rosterNames(sb).values()];
    const ordered = [...approved].sort((a, b) => roster.indexOf(a.unit) - roster.indexOf(b.unit) || a.row - b.row);
    const expected: string[][] = [['STT', 'Đơn vị', 'Tên mô hình, phong trào, việc làm']];
    let group = '';
    let unit = '';
    let n = 0;
    let g = 0;
    for (const item of ordered) {
      if (groups.get(item.unit) !== group) {
        group = groups.get(item.unit)!;
        expected.push([['I', 'II', 'III', 'IV', 'V'][g++], group, '']);
      }
      expected.push([String(++n), item.unit === unit ? '' : item.unit, item.title]);
      unit = item.unit;
    }
    expect(rowTexts(items).map((r) => r.slice(0, 3))).toEqual(expected);
    expect(items.borderWidth).toBeGreaterThan(0);
    expect(cellLines(items, 0, 0)[0]).toMatchObject({ bold: true, size: 12 });
    const unitCount = new Set(approved.map((a) => a.unit)).size;
    expect(allText(doc)).toContain(`1. Thống nhất lựa chọn ${pad2(approved.length)} mô hình, phong trào, việc làm điển hình tiên tiến năm 2026 của ${pad2(unitCount)} cơ quan, đơn vị`);
    const byType = (t: string) => approved.filter((a) => a.type === t).length;
    expect(allText(doc)).toContain(`gồm: ${pad2(byType('Mô hình'))} mô hình, ${pad2(byType('Phong trào'))} phong trào và ${pad2(byType('Việc làm'))} việc làm.`);
    for (const field of new Set(approved.map((a) => a.field))) {
      expect(allText(doc)).toMatch(new RegExp(`- ${field}: ${pad2(approved.filter((a) => a.field === field).length)}[;.]`));
    }
  });

  it('states the follow-up duties with the plan and results deadlines', () => {
    expect(allText(doc)).toContain('hoàn thành xây dựng kế hoạch trước ngày 15/01/2026');
    expect(allText(doc)).toContain('trước ngày 15/11/2026');
  });

  it('leaves no {{ placeholder anywhere, and links every approved row', () => {
    expect(allText(doc)).not.toContain('{{');
    const reg = sheet(sb.workbook, 'Đăng ký');
    for (const a of approvedRows(sb)) expect(cell(reg, a.row, 'Thông báo')).toBe(result.documents[0].url);
    const log = logOf(sb, 'Tạo thông báo phê duyệt');
    expect(log.some((l) => l.content.includes(result.documents[0].url) && l.content.includes('tạo mới'))).toBe(true);
  });
});

describe('approval notice in the State format (NĐ 30)', () => {
  const sb = checkedDemo(STATE);
  approveAll(sb);
  const result = notices(sb);
  const doc = docOf(sb, result.documents[0].id);
  const [header, , footer] = tables(doc);

  it('has the Quốc hiệu and Tiêu ngữ with its rule, the issuing body with its rule, Số: and the date', () => {
    const right = cellLines(header, 0, 1);
    expect(right.map((l) => [l.text, l.size, l.bold, l.rule])).toEqual([
      ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 12, true, false],
      ['Độc lập - Tự do - Hạnh phúc', 13, true, false],
      ['', 2, false, true],
    ]);
    const left = cellLines(header, 0, 0);
    expect(left.map((l) => [l.text, l.size, l.bold, l.rule])).toEqual([
      ['ỦY BAN NHÂN DÂN', 12, true, false], ['XÃ THỌ LẬP', 12, true, false], ['', 2, false, true],
    ]);
    // The Tiêu ngữ rule is as long as the text, the issuing body's shorter (40 % of its line).
    const width = (r: number, c: number) => {
      const p = paragraphsOf(header.rows[r].cells[c]).find((x) => (x.style.borderBottom?.width ?? 0) > 0)!;
      return (header.columnWidths[c] ?? 0) - (p.style.indentStart ?? 0) - (p.style.indentEnd ?? 0);
    };
    expect(width(0, 1)).toBeGreaterThan(150);
    expect(width(0, 0)).toBeLessThan(width(0, 1) / 2);
    expect(cellLines(header, 1, 0)[0]).toMatchObject({ text: 'Số:      /TB-UBND', size: 13, italic: false });
    expect(cellLines(header, 1, 1)[0]).toMatchObject({ text: 'Thọ Lập, ngày 20 tháng 12 năm 2025', size: 13, italic: true });
  });

  it('has THÔNG BÁO 14, the subject starting with a capital and a rule under it, italic grounds, ./. at the end', () => {
    const lines = bodyLines(doc);
    const type = find(lines, 'THÔNG BÁO');
    expect(type).toMatchObject({ size: 14, bold: true });
    const at = lines.indexOf(type);
    expect(lines[at + 1].text).toMatch(/^Về việc thống nhất/);
    expect(lines[at + 2]).toMatchObject({ text: '', rule: true });
    expect(find(lines, 'Căn cứ')).toMatchObject({ italic: true, size: 14 });
    expect(find(lines, 'Ủy ban nhân dân xã thông báo').text).toMatch(/\.\/\.$/);
  });

  it('has Nơi nhận: bold italic 12, recipients 11 ending with ;, - Lưu: VT, VP. and TM. / KT. / position in bold', () => {
    const left = cellLines(footer, 0, 0);
    expect(left[0]).toMatchObject({ text: 'Nơi nhận:', size: 12, bold: true, italic: true });
    expect(left.slice(1, -1).every((l) => l.text.endsWith(';') && l.size === 11)).toBe(true);
    expect(left.at(-1)).toMatchObject({ text: '- Lưu: VT, VP.', size: 11 });
    expect(texts(cellLines(footer, 0, 1)).filter(Boolean)).toEqual(['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', 'Lê Văn Lực']);
    expect(cellLines(footer, 0, 1).filter((l) => l.text).every((l) => l.bold && l.size === 14)).toBe(true);
    expect(allText(doc)).not.toContain('{{');
  });
});

describe('per-unit notices', () => {
  it('gives each unit its approved items, and a unit with only Yêu cầu bổ sung rows its rows with the reason', () => {
    const sb = checkedDemo();
    approveAll(sb);
    const reg = sheet(sb.workbook, 'Đăng ký');
    const rows = Array.from({ length: reg.values.length - 1 }, (_, i) => i + 2)
      .filter((r) => normalizeName(cell(reg, r, 'Đơn vị đăng ký')) === normalizeName('Chi bộ thôn 6'));
    expect(rows.length).toBeGreaterThan(0);
    for (const r of rows) {
      reg.values[r - 1][col(reg, 'Trạng thái phê duyệt')] = 'Yêu cầu bổ sung';
      reg.values[r - 1][col(reg, 'Ý kiến phê duyệt')] = 'Ghi rõ quy mô và thời gian hoàn thành.';
    }
    const result = notices(sb, true);
    const units = new Set(approvedRows(sb).map((a) => a.unit));
    expect(result.documents.map((d) => d.kind)).toEqual(['notice', ...Array(units.size + 1).fill('unitNotice')]);
    const own = result.documents.find((d) => d.unit === 'Chi bộ thôn 6')!;
    const doc = docOf(sb, own.id);
    // Nothing to agree: a request to complete the registration by a date, to that unit only.
    expect(doc.name).toBe('Thông báo bổ sung, hoàn thiện đăng ký năm 2026 - Chi bộ thôn 6');
    const [, needsMore] = tables(doc);
    expect(tables(doc)).toHaveLength(3); // header, the rows to complete, footer: no approved table
    expect(rowTexts(needsMore).slice(1).map((r) => r[4])).toEqual(rows.map(() => 'Ghi rõ quy mô và thời gian hoàn thành.'));
    expect(allText(doc)).toContain('về việc bổ sung, hoàn thiện đăng ký xây dựng');
    expect(allText(doc)).toContain('Đề nghị Chi bộ thôn 6 bổ sung, hoàn thiện đăng ký theo các nội dung trên và gửi về Ban Thường vụ Đảng ủy (qua Ban Xây dựng Đảng) trước ngày 27/12/2025.');
    expect(allText(doc)).not.toMatch(/về việc thống nhất lựa chọn|Thống nhất để|thống nhất như sau/);
    expect(texts(cellLines(tables(doc).at(-1)!, 0, 0))).toEqual(['Nơi nhận:', '- Chi bộ thôn 6,', '- Lưu Văn phòng Đảng ủy.']);
    for (const r of rows) expect(cell(reg, r, 'Thông báo')).toBe(own.url);

    const hoiNongDan = result.documents.find((d) => d.unit === 'Hội Nông dân')!;
    const [, approved] = tables(docOf(sb, hoiNongDan.id));
    const mine = approvedRows(sb).filter((a) => a.unit === 'Hội Nông dân');
    expect(rowTexts(approved).slice(1).map((r) => r[1])).toEqual(mine.map((a) => a.title));
    for (const a of mine) expect(cell(reg, a.row, 'Thông báo')).toBe(`${result.documents[0].url}\n${hoiNongDan.url}`);
  });
});

describe('nothing to notify', () => {
  it('says so and makes no document when no row is Đã duyệt', () => {
    const sb = checkedDemo();
    const result = notices(sb, true);
    expect(result.documents).toEqual([]);
    expect(result.message).toContain('Chưa có đăng ký nào ở trạng thái "Đã duyệt"');
    expect(sb.drive.files()).toEqual([]);
    expect(logOf(sb, 'Tạo thông báo phê duyệt').at(-1)?.content).toContain('Chưa có đăng ký nào');
  });
});

describe('running again', () => {
  it('keeps the same documents when nothing changed: same ids, no new file, same links, nothing uploaded or logged', () => {
    const sb = checkedDemo();
    approveAll(sb);
    const first = notices(sb, true);
    const files = sb.drive.files().map((f) => f.id);
    const links = JSON.stringify(sheet(sb.workbook, 'Đăng ký').values.map((r) => r[col(sheet(sb.workbook, 'Đăng ký'), 'Thông báo')]));
    const firstModels = first.documents.map((d) => JSON.stringify(docOf(sb, d.id)));
    const logLines = logOf(sb, 'Tạo thông báo phê duyệt').length;
    sb.counter.reset();
    const again = notices(sb, true);
    expect(again.documents.map((d) => d.id)).toEqual(first.documents.map((d) => d.id));
    expect(new Set(again.documents.map((d) => d.status))).toEqual(new Set(['unchanged']));
    expect(sb.counter.byMethod()['Drive.Files.update'] ?? 0).toBe(0);
    expect(logOf(sb, 'Tạo thông báo phê duyệt')).toHaveLength(logLines);
    expect(sb.drive.files().map((f) => f.id)).toEqual(files);
    expect(JSON.stringify(sheet(sb.workbook, 'Đăng ký').values.map((r) => r[col(sheet(sb.workbook, 'Đăng ký'), 'Thông báo')]))).toBe(links);
    expect(again.documents.map((d) => JSON.stringify(docOf(sb, d.id)))).toEqual(firstModels);
  });

  it('follows a change of the sheet in the same document', () => {
    const sb = checkedDemo();
    approveAll(sb);
    const first = notices(sb);
    const reg = sheet(sb.workbook, 'Đăng ký');
    const [one] = approvedRows(sb);
    reg.values[one.row - 1][col(reg, 'Trạng thái phê duyệt')] = 'Không duyệt';
    const again = notices(sb);
    expect(again.documents[0].id).toBe(first.documents[0].id);
    expect(allText(docOf(sb, again.documents[0].id))).not.toContain(one.title);
    expect(cell(reg, one.row, 'Thông báo')).toBe('');
  });
});

describe('a run cut off by the time budget', () => {
  /** Documents by kind and unit, ids and contents. */
  const snapshot = (sb: Sandbox) => docFiles(sb).map((f) => JSON.stringify({ id: f.id, parents: f.parents, doc: f.document }));
  const links = (sb: Sandbox) => {
    const reg = sheet(sb.workbook, 'Đăng ký');
    return reg.values.map((r) => r[col(reg, 'Thông báo')]);
  };

  it('stops cleanly, schedules its continuation, and ends with the documents of an uninterrupted run', () => {
    const whole = checkedDemo();
    approveAll(whole);
    const uninterrupted = notices(whole, true);
    expect(uninterrupted.complete).toBe(true);

    // Every Drive call takes 30 s here: a run makes only a few documents before 4.5 minutes.
    const sb = demoSandboxWithLatency({ Drive: 30000 });
    approveAll(sb);
    const first = notices(sb, true);
    expect(first.complete).toBe(false);
    expect(first.remaining).toBeGreaterThan(0);
    expect(first.documents.length).toBeLessThan(uninterrupted.documents.length);
    expect(first.message).toContain('sẽ được tạo tiếp tự động');
    expect(JSON.parse(sb.workbook.documentProperties['thiDua.notices.progress'])).toMatchObject({ next: first.documents.length, perUnit: true });
    const pending = sb.triggers.list().filter((t) => t.handlerFunction === 'generateApprovalNotices');
    expect(pending).toHaveLength(1);

    // The continuation trigger fires a minute later, and again until the series is done.
    let runs = 1;
    while (sb.workbook.documentProperties['thiDua.notices.progress']) {
      const fired = sb.triggers.runDue(sb.clock.now() + 2 * 60 * 1000);
      expect(fired.filter((r) => r.error)).toEqual([]);
      runs += fired.length;
      expect(runs).toBeLessThan(40);
    }
    expect(runs).toBeGreaterThan(2);
    expect(sb.triggers.list().filter((t) => t.handlerFunction === 'generateApprovalNotices')).toEqual([]);
    expect(snapshot(sb)).toEqual(snapshot(whole));
    expect(links(sb)).toEqual(links(whole));
    expect(logOf(sb, 'Tạo thông báo phê duyệt').filter((l) => l.content.startsWith('Thông báo')).length).toBe(uninterrupted.documents.length);
  });
});

describe('a continuation that cannot have the lock', () => {
  it('schedules itself again instead of stalling, and the series still completes', () => {
    const sb = demoSandboxWithLatency({ Drive: 30000 });
    approveAll(sb);
    expect(notices(sb, true).complete).toBe(false);
    sb.lock.holdByOther('document');
    const [blocked] = sb.triggers.runDue(sb.clock.now() + 2 * 60 * 1000);
    expect(blocked.result).toMatchObject({ ok: false });
    expect(sb.workbook.documentProperties['thiDua.notices.progress']).toBeDefined();
    const pending = sb.triggers.list().filter((t) => t.handlerFunction === 'generateApprovalNotices');
    expect(pending).toHaveLength(1);
    expect(pending[0].nextRunAt).toBeGreaterThan(sb.clock.now());
    sb.lock.releaseOther('document');
    for (let i = 0; i < 40 && sb.workbook.documentProperties['thiDua.notices.progress']; i++) sb.triggers.runDue(sb.clock.now() + 2 * 60 * 1000);
    expect(sb.workbook.documentProperties['thiDua.notices.progress']).toBeUndefined();
    expect(sb.triggers.list().filter((t) => t.handlerFunction === 'generateApprovalNotices')).toEqual([]);
  });
});

function demoSandboxWithLatency(callLatencyMs: Record<string, number>): Sandbox {
  // demoSandbox() with a latency per call: the same workbook and day.
  const base = demoSandbox();
  const sb = createSandbox({ workbook: base.workbook, now: morningOf('2025-12-20'), callLatencyMs });
  ok(sb.call('checkRegistrations'));
  return sb;
}

describe('deleted folder, document or template', () => {
  it('makes the folder and the documents again, and says so', () => {
    const sb = checkedDemo();
    approveAll(sb);
    const first = notices(sb, true);
    const folder = sb.drive.files().find((f) => f.name === 'Thi đua 2026')!;
    sb.drive.delete(folder.id);
    expect(docFiles(sb)).toEqual([]);
    const again = notices(sb, true);
    expect(again.warnings[0]).toContain('đã bị xóa hoặc chuyển vào thùng rác: đã tạo thư mục mới');
    expect(new Set(again.documents.map((d) => d.status))).toEqual(new Set(['recreated']));
    expect(again.documents).toHaveLength(first.documents.length);
    const newFolder = sb.drive.files().find((f) => f.name === 'Thi đua 2026')!;
    expect(newFolder.id).not.toBe(folder.id);
    expect(docFiles(sb).every((f) => f.parents.includes(newFolder.id))).toBe(true);
    const reg = sheet(sb.workbook, 'Đăng ký');
    expect(cell(reg, approvedRows(sb)[0].row, 'Thông báo')).toContain(again.documents[0].url);
    expect(logOf(sb, 'Tạo thông báo phê duyệt').some((l) => l.content.includes('tạo lại'))).toBe(true);
  });

  it('treats a folder in the trash as gone', () => {
    const sb = checkedDemo();
    approveAll(sb);
    notices(sb);
    sb.drive.trash(sb.drive.files().find((f) => f.name === 'Thi đua 2026')!.id);
    const again = notices(sb);
    expect(again.warnings[0]).toContain('đã tạo thư mục mới');
    expect(again.documents[0].status).toBe('recreated');
  });

  it('makes one deleted document again and updates the others', () => {
    const sb = checkedDemo();
    approveAll(sb);
    const first = notices(sb, true);
    const gone = first.documents[3];
    sb.drive.delete(gone.id);
    const again = notices(sb, true);
    const byUnit = new Map(again.documents.map((d) => [d.unit, d]));
    expect(byUnit.get(gone.unit)!.status).toBe('recreated');
    expect(byUnit.get(gone.unit)!.id).not.toBe(gone.id);
    // The others hold exactly what they held: checked, not uploaded again.
    expect(again.documents.filter((d) => d.status === 'unchanged')).toHaveLength(first.documents.length - 1);
    expect(logOf(sb, 'Tạo thông báo phê duyệt').some((l) => l.unit === gone.unit && l.content.includes('tạo lại'))).toBe(true);
  });

  it('falls back to the built-in layout when the template was deleted, with a clear message', () => {
    const sb = checkedDemo();
    const template = addTemplate(sb, ['{{Tên địa phương}}']);
    setConfig(sb, { 'Mẫu thông báo (Google Docs)': `https://docs.google.com/document/d/${template.id}/edit` });
    sb.drive.delete(template.id);
    approveAll(sb);
    const result = notices(sb);
    expect(result.template).toBe(false);
    expect(result.warnings.join(' ')).toContain('Không mở được mẫu thông báo');
    expect(result.message).toContain('đã dùng mẫu có sẵn');
    expect(bodyLines(docOf(sb, result.documents[0].id)).some((l) => l.text === 'THÔNG BÁO')).toBe(true);
  });
});

/** A template the user made in Docs: paragraphs, then a table whose second row repeats per item. */
function addTemplate(sb: Sandbox, lines: string[], itemRow = ['{{STT}}', '{{Đơn vị}}', '{{Tên}}', '{{Lĩnh vực}}']): DocumentModel {
  const model = sb.documents.blank('Mẫu thông báo của xã');
  const table = newTable([['STT', 'Đơn vị', 'Tên', 'Lĩnh vực'], itemRow]);
  model.body.children = [...lines.map((l) => newParagraph(l, { alignment: 'CENTER' }, { bold: true, fontSize: 13 })), table, newParagraph('')];
  model.page.marginLeft = 85;
  return sb.documents.add(model);
}

describe('a staff template', () => {
  it('is copied with its placeholders filled and its item row repeated; an unknown placeholder is reported and left visible', () => {
    const sb = checkedDemo({ 'Tên địa phương': 'Thọ Lập $1 \\ (thử)' });
    const template = addTemplate(sb, ['THÔNG BÁO CỦA XÃ {{Tên địa phương}}', 'Ngày {{Ngày}}, {{Số đăng ký}} đăng ký của {{Số đơn vị}} đơn vị', 'Ký: {{Người ký}} {{Chữ ký số}}']);
    setConfig(sb, { 'Mẫu thông báo (Google Docs)': `https://docs.google.com/document/d/${template.id}/edit` });
    approveAll(sb);
    const templateBefore = JSON.stringify(template);
    const result = notices(sb);
    expect(result.template).toBe(true);
    expect(result.unknownPlaceholders).toEqual(['{{Chữ ký số}}']);
    expect(result.warnings.join(' ')).toContain('{{Chữ ký số}}');
    expect(logOf(sb, 'Tạo thông báo phê duyệt').at(-1)).toMatchObject({ result: 'Có cảnh báo' });
    expect(logOf(sb, 'Tạo thông báo phê duyệt').at(-1)!.content).toContain('{{Chữ ký số}}');

    const doc = docOf(sb, result.documents[0].id);
    const approved = approvedRows(sb);
    const lines = bodyLines(doc).map((l) => l.text);
    expect(lines).toContain('THÔNG BÁO CỦA XÃ Thọ Lập $1 \\ (thử)'); // written literally, not as regex syntax
    expect(lines).toContain(`Ngày 20/12/2025, ${approved.length} đăng ký của ${new Set(approved.map((a) => a.unit)).size} đơn vị`);
    expect(lines).toContain('Ký: Lê Văn Lực {{Chữ ký số}}');
    expect(bodyLines(doc).find((l) => l.text.startsWith('THÔNG BÁO'))).toMatchObject({ bold: true, size: 13 });
    const [table] = tables(doc);
    expect(table.rows).toHaveLength(approved.length + 1);
    const roster = [...rosterNames(sb).values()];
    const ordered = [...approved].sort((a, b) => roster.indexOf(a.unit) - roster.indexOf(b.unit) || a.row - b.row);
    expect(rowTexts(table).slice(1)).toEqual(ordered.map((a, i) => [String(i + 1), a.unit, a.title, a.field]));
    expect(doc.page.marginLeft).toBe(85);
    expect(JSON.stringify(template)).toBe(templateBefore); // the template itself is untouched
  });

  it('reports an item placeholder outside the repeated row', () => {
    const sb = checkedDemo();
    const template = addTemplate(sb, ['{{Tên}} ở ngoài bảng']);
    setConfig(sb, { 'Mẫu thông báo (Google Docs)': template.id });
    approveAll(sb);
    const result = notices(sb);
    expect(result.unknownPlaceholders).toEqual(['{{Tên}}']);
  });

  it('says a link that is not a Google Doc is not one, and uses the built-in layout', () => {
    const sb = checkedDemo({ 'Mẫu thông báo (Google Docs)': 'mẫu của tôi' });
    approveAll(sb);
    const result = notices(sb);
    expect(result.template).toBe(false);
    expect(result.warnings[result.warnings.length - 1]).toContain('không phải đường dẫn Google Docs');
  });
});

describe('the menu', () => {
  it('asks whether to add per-unit notices; Không makes the consolidated notice only, Hủy nothing', () => {
    const sb = checkedDemo();
    approveAll(sb);
    sb.uiLog.queueResponse('NO');
    const result = ok<NoticesResult>(sb.call('generateApprovalNotices'));
    expect(result.documents.map((d) => d.kind)).toEqual(['notice']);
    expect(sb.uiLog.alerts.at(-1)).toMatchObject({ title: 'Tạo thông báo phê duyệt', buttons: 'YES_NO_CANCEL' });
    expect(sb.uiLog.toasts.at(-1)?.message).toContain('Đã tạo 1 thông báo');
    sb.uiLog.queueResponse('CANCEL');
    expect(ok<NoticesResult>(sb.call('generateApprovalNotices')).documents).toEqual([]);
  });

  it('rejects a malformed sidebar request in words', () => {
    const sb = checkedDemo();
    expect(sb.call('generateApprovalNotices', { source: 'sidebar', perUnit: 'có' })).toMatchObject({ ok: false });
  });
});

describe('summary report', () => {
  const sb = checkedDemo();
  const result = report(sb);
  const doc = docOf(sb, result.document.id);
  const units = sheet(sb.workbook, 'Đơn vị');
  const reg = sheet(sb.workbook, 'Đăng ký');

  it('is one dated document in the year folder, its link returned and logged', () => {
    expect(result.document).toMatchObject({ kind: 'report', status: 'created', url: `https://docs.google.com/document/d/${doc.id}/edit` });
    expect(result.links).toEqual([{ label: 'Báo cáo tổng hợp ngày 20/12/2025', url: result.document.url }]);
    expect(doc.name).toBe('Báo cáo kết quả đăng ký mô hình năm 2026 - 20/12/2025');
    expect(logOf(sb, 'Tạo báo cáo tổng hợp').at(-1)?.content).toContain(result.document.url);
    expect(sb.drive.files().find((f) => f.id === doc.id)!.parents).toEqual([sb.drive.files().find((f) => f.name === 'Thi đua 2026')!.id]);
    const lines = bodyLines(doc);
    expect(find(lines, 'BÁO CÁO')).toMatchObject({ size: 15, bold: true });
    expect(lines[lines.indexOf(find(lines, 'BÁO CÁO')) + 1].text).toMatch(/^kết quả đăng ký xây dựng/);
    expect(cellLines(tables(doc)[0], 1, 0)[0].text).toBe('Số      -BC/ĐU');
    expect(allText(doc)).not.toContain('{{');
  });

  it('has the figures of the sheets, recomputed from the sheets themselves', () => {
    const status = (r: unknown[]) => String(r[col(units, 'Trạng thái')]);
    const groupRows = new Map<string, unknown[][]>();
    for (const r of units.values.slice(1)) {
      const g = String(r[col(units, 'Khối')]);
      groupRows.set(g, [...(groupRows.get(g) ?? []), r]);
    }
    const line = (name: string, rows: unknown[][]) => {
      const count = (s: string) => rows.filter((r) => status(r) === s).length;
      const registered = count('Đúng hạn') + count('Trễ hạn');
      const valid = rows.reduce((n, r) => n + Number(r[col(units, 'Số đăng ký hợp lệ')] || 0), 0);
      const percent = `${Math.round((registered * 1000) / rows.length) / 10}`.replace('.', ',');
      return [name, String(rows.length), `${registered}/${rows.length}`, `${percent}%`, String(count('Đúng hạn')), String(count('Trễ hạn')),
        String(count('Cần bổ sung')), String(count('Không đăng ký') + count('Chưa đăng ký')), String(valid)];
    };
    const groupTable = tables(doc).find((t) => rowTexts(t)[0][0] === 'Khối')!;
    expect(rowTexts(groupTable).slice(1)).toEqual([
      ...[...groupRows].map(([g, rows]) => line(g, rows)),
      line('Tổng cộng', units.values.slice(1)),
    ]);

    const results = reg.values.slice(1).map((r) => String(r[col(reg, 'Kết quả kiểm tra')]));
    const valid = reg.values.slice(1).filter((r) => ['Hợp lệ', 'Trễ hạn'].includes(String(r[col(reg, 'Kết quả kiểm tra')])));
    const byType = (t: string) => valid.filter((r) => r[col(reg, 'Loại đăng ký')] === t).length;
    const text = allText(doc);
    expect(text).toContain(`Tổng số đăng ký hợp lệ: ${pad2(valid.length)} (${pad2(results.filter((s) => s === 'Hợp lệ').length)} đúng hạn, ${pad2(results.filter((s) => s === 'Trễ hạn').length)} trễ hạn)`);
    expect(text).toContain(`${pad2(byType('Mô hình'))} mô hình, ${pad2(byType('Phong trào'))} phong trào và ${pad2(byType('Việc làm'))} việc làm`);
    const registered = units.values.slice(1).filter((r) => ['Đúng hạn', 'Trễ hạn'].includes(status(r))).length;
    expect(text).toContain(`Có ${registered}/${units.values.length - 1} đơn vị hoàn thành đăng ký`);

    // Units behind: every unit not Đúng hạn, with its status.
    const behind = tables(doc).find((t) => rowTexts(t)[0][3] === 'Tình trạng')!;
    const notOnTime = units.values.slice(1).filter((r) => status(r) !== 'Đúng hạn').map((r) => [String(r[col(units, 'Tên đơn vị')]), status(r)]);
    expect(rowTexts(behind).slice(1).map((r) => [r[1], r[3]]).sort()).toEqual(notOnTime.sort());

    // The annex lists every valid registration once.
    const annex = tables(doc).find((t) => rowTexts(t)[0][0] === 'TT' && rowTexts(t)[0].length === 10)!;
    const titles = rowTexts(annex).slice(1).filter((r) => /^\d+$/.test(r[0])).map((r) => r[2]);
    expect(titles.sort()).toEqual(valid.map((r) => String(r[col(reg, 'Tên mô hình, phong trào, việc làm')]).replace(/\s+/g, ' ').trim()).sort());
  });

  it('puts the annex on landscape pages (a section break that flips the page), its header row repeated and no row split', () => {
    const breaks = paragraphsOf(doc.body).filter((p) => p.sectionBreakAfter);
    expect(breaks.map((p) => p.sectionBreakAfter)).toEqual([{ flipPageOrientation: true }]);
    const annex = tables(doc).at(-1)!;
    const landscapeWidth = doc.page.height - doc.page.marginLeft - doc.page.marginRight;
    const total = annex.columnWidths.reduce<number>((a, b) => a + (b ?? 0), 0);
    expect(total).toBeCloseTo(landscapeWidth, 0);
    expect(annex.rows[0].tableHeader).toBe(true);
    expect(annex.rows.slice(1).every((r) => !r.tableHeader && r.preventOverflow)).toBe(true);
    // The annex follows the break: the last table comes after the flipped section starts.
    const order = doc.body.children;
    const breakAt = order.findIndex((b) => b.kind === 'paragraph' && b.sectionBreakAfter);
    expect(order.indexOf(annex)).toBeGreaterThan(breakAt);
  });

  it('updates today\'s report in place, and makes a new dated version on another day', () => {
    const sameDay = report(sb);
    expect(sameDay.document.id).toBe(result.document.id);
    expect(sameDay.document.status).toBe('unchanged'); // the same figures: nothing to upload
    expect(sameDay.newVersion).toBe(false);
    const reg = sheet(sb.workbook, 'Đăng ký');
    reg.values[1][col(reg, 'Quy mô')] = ''; // a row that now needs fixing: the figures change
    const changed = report(sb);
    expect(changed.document.id).toBe(result.document.id);
    expect(changed.document.status).toBe('updated');
    expect(changed.newVersion).toBe(false);
    const before = JSON.stringify(docOf(sb, result.document.id));

    sb.clock.set(morningOf('2025-12-22'));
    const nextDay = report(sb);
    expect(nextDay.newVersion).toBe(true);
    expect(nextDay.document.id).not.toBe(result.document.id);
    expect(nextDay.message).toContain('phiên bản mới');
    expect(docOf(sb, nextDay.document.id).name).toBe(`Báo cáo kết quả đăng ký mô hình năm 2026 - ${formatDayVi(calendarDay(2025, 12, 22))}`);
    expect(JSON.stringify(docOf(sb, result.document.id))).toBe(before); // yesterday's report stays as it was
    expect(report(sb).document.id).toBe(nextDay.document.id);
  });

  it('is in the State format when Khối văn bản says so', () => {
    const state = checkedDemo(STATE);
    const r = report(state);
    const d = docOf(state, r.document.id);
    expect(cellLines(tables(d)[0], 1, 0)[0].text).toBe('Số:      /BC-UBND');
    expect(bodyLines(d).find((l) => l.text.startsWith('Kết quả đăng ký xây dựng'))).toMatchObject({ bold: true, size: 14 });
  });
});

describe('service calls', () => {
  it('builds each document with one Drive call whatever its rows, and no DocumentApp or Docs call', () => {
    const calls = (perUnitRows: boolean) => {
      const sb = checkedDemo();
      approveAll(sb);
      if (perUnitRows) {
        // Twice the approved rows in the same units and groups.
        const reg = sheet(sb.workbook, 'Đăng ký');
        const copies = reg.values.slice(1).filter((r) => r[col(reg, 'Trạng thái phê duyệt')] === 'Đã duyệt')
          .map((r) => r.map((v, c) => (c === col(reg, 'Tên mô hình, phong trào, việc làm') ? `${String(v)} (giai đoạn 2)` : v)));
        reg.values.push(...copies);
        reg.maxRows = Math.max(reg.maxRows, reg.values.length);
      }
      sb.counter.reset();
      const result = notices(sb);
      const first = { drive: sb.counter.total('Drive'), documentApp: sb.counter.total('DocumentApp'), docs: sb.counter.total('Docs') };
      // A change of the sheet (one more row to complete) so that the notice must be uploaded again.
      const reg = sheet(sb.workbook, 'Đăng ký');
      const approved = reg.values.findIndex((r, i) => i > 0 && r[col(reg, 'Trạng thái phê duyệt')] === 'Đã duyệt');
      reg.values[approved][col(reg, 'Trạng thái phê duyệt')] = 'Không duyệt';
      sb.counter.reset();
      notices(sb);
      const again = { drive: sb.counter.total('Drive'), byMethod: sb.counter.byMethod() };
      return { first, again, rows: allText(docOf(sb, result.documents[0].id)).length };
    };
    const small = calls(false);
    const large = calls(true);
    expect(large.rows).toBeGreaterThan(small.rows);
    expect(large.first).toEqual(small.first);
    // New: the folder is made (1) and the notice imported into it (1).
    expect(small.first).toEqual({ drive: 2, documentApp: 0, docs: 0 });
    // Again: the folder is checked (1) and the notice updated in place (1).
    expect(small.again.drive).toBe(2);
    expect(small.again.byMethod).toMatchObject({ 'Drive.Files.get': 1, 'Drive.Files.update': 1 });
    expect(Object.keys(small.again.byMethod).filter((k) => k.startsWith('Drive.') && !['Drive.Files.get', 'Drive.Files.update'].includes(k))).toEqual([]);
  });
});
