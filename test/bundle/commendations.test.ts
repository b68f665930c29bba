/**
 * `Tạo hồ sơ khen thưởng` (DESIGN.md §14, issue 14) through the built bundle, on a workbook
 * the project has never seen: a State plan set up from the term-long movement preset, then
 * renamed to another commune with its own rows typed by staff. The documents are read back
 * from the emulated Google Docs as the signer would read them.
 */
import { describe, expect, it } from 'vitest';
import { CommendationsResultSchema, type CommendationsResult } from '../../src/core/recognition/recognition-dto';
import { paragraphText, paragraphsOf, type DocumentModel } from '../../src/local/emulator';
import { createSandbox, type Sandbox } from '../../src/local/emulator';
import { newWorkbookModel, type CellValue } from '../../src/local/emulator/workbook-model';
import { cell, col, morningOf, setConfig, sheet } from '../support/bundle';

const TODAY = '2026-11-20';

const ok = <T>(reply: unknown): T => {
  const r = reply as { ok?: boolean; message?: string };
  if (!r || r.ok !== true) throw new Error(`not ok: ${r?.message}`);
  return JSON.parse(JSON.stringify(reply)) as T;
};
const generate = (sb: Sandbox): CommendationsResult =>
  CommendationsResultSchema.parse(ok<CommendationsResult>(sb.call('generateCommendations', { source: 'sidebar' })));

interface Proposal { unit: string; kind: 'Tập thể' | 'Cá nhân'; name: string; position: string; form?: string; achievement?: string }

const ROWS: Proposal[] = [
  { unit: 'Phòng Kinh tế', kind: 'Cá nhân', name: 'Nguyễn Thị Lan', position: 'Công chức Phòng Kinh tế', form: 'Giấy khen', achievement: 'xuất sắc trong thực hiện nhiệm vụ chuyển đổi số năm 2026' },
  { unit: 'Hội Nông dân xã', kind: 'Tập thể', name: 'Chi hội Nông dân thôn Nà Hẩu', position: 'Thôn Nà Hẩu', form: 'Giấy khen', achievement: 'xuất sắc trong phong trào sản xuất, kinh doanh giỏi năm 2026' },
  { unit: 'Thôn 3', kind: 'Cá nhân', name: 'Lò Văn Páo', position: 'Trưởng thôn 3', form: 'Giấy khen', achievement: 'tiêu biểu trong hiến đất làm đường giao thông nông thôn năm 2026' },
  { unit: 'Trạm Y tế xã', kind: 'Cá nhân', name: 'Vàng Thị Dung', position: 'Y sĩ Trạm Y tế xã' },
  { unit: 'Đoàn Thanh niên xã', kind: 'Tập thể', name: 'Chi đoàn thôn 5', position: 'Thôn 5' },
];

/** A State workbook of "xã Hòa Sơn": set up from the 002 preset, renamed, with staff's rows and the recognition columns typed. */
function unseenWorkbook(rows: Proposal[] = ROWS, config: Record<string, string> = {}, callLatencyMs?: Record<string, number>): Sandbox {
  const sb = createSandbox({ workbook: newWorkbookModel('Khen thưởng Hòa Sơn'), now: morningOf(TODAY), ...(callLatencyMs ? { callLatencyMs } : {}) });
  ok(sb.call('setupWorkbook', { source: 'sidebar', preset: 'phong-trao-nhiem-ky' }));
  setConfig(sb, {
    'Tên địa phương': 'Hòa Sơn', 'Địa danh': 'Hòa Sơn', 'Cơ quan ban hành': 'ỦY BAN NHÂN DÂN XÃ HÒA SƠN',
    'Chức vụ người ký quyết định khen thưởng': 'Phó Chủ tịch', 'Người ký quyết định khen thưởng': 'Hà Văn Tùng',
    'Ngày quyết định khen thưởng': '05/02/2026', 'Hình thức khen thưởng': 'Giấy khen\nBằng khen của Chủ tịch UBND tỉnh',
    'Số kế hoạch': '80', 'Ngày kế hoạch': '04/03/2026', 'Cơ quan ban hành kế hoạch': 'Ủy ban nhân dân xã',
    ...config,
  });
  const reg = sheet(sb.workbook, 'Đăng ký');
  reg.values[0].push('Hình thức khen thưởng', 'Thành tích khen thưởng');
  const at = (h: string) => reg.values[0].indexOf(h);
  rows.forEach((p, i) => {
    const row: CellValue[] = reg.values[0].map(() => "");
    row[at('Dấu thời gian')] = new Date(morningOf('2026-11-01') + i * 60_000);
    row[at('Cơ quan, đơn vị đề nghị')] = p.unit;
    row[at('Đối tượng đề nghị')] = p.kind;
    row[at('Tên tập thể hoặc họ và tên cá nhân')] = p.name;
    row[at('Chức vụ, nơi công tác hoặc địa chỉ')] = p.position;
    row[at('Nội dung thi đua')] = 'Thi đua xây dựng Đảng, xây dựng chính quyền trong sạch, vững mạnh';
    row[at('Tóm tắt thành tích')] = 'Hoàn thành xuất sắc nhiệm vụ được giao.';
    row[at('Hình thức đề nghị')] = 'Giấy khen của Chủ tịch UBND xã';
    row[at('Hình thức khen thưởng')] = p.form ?? '';
    row[at('Thành tích khen thưởng')] = p.achievement ?? '';
    reg.values.push(row);
  });
  return sb;
}

const docOf = (sb: Sandbox, id: string): DocumentModel => {
  const doc = sb.documents.get(id);
  if (!doc) throw new Error(`no document ${id}`);
  return doc;
};
const textOf = (doc: DocumentModel) => paragraphsOf(doc.body).map(paragraphText).join('\n');
const byKind = (r: CommendationsResult, kind: string) => r.documents.filter((d) => d.kind === kind);
const detailsOf = (sb: Sandbox, name: string) => {
  const reg = sheet(sb.workbook, 'Đăng ký');
  const row = reg.values.findIndex((r) => r[col(reg, 'Tên tập thể hoặc họ và tên cá nhân')] === name) + 1;
  return String(cell(reg, row, 'Chi tiết'));
};

describe('Tạo hồ sơ khen thưởng on an unseen State workbook', () => {
  const sb = unseenWorkbook();
  const result = generate(sb);
  const marked = ROWS.filter((r) => r.form);
  const unmarked = ROWS.filter((r) => !r.form);

  it('makes a tờ trình, one decision and one Giấy khen per marked row', () => {
    expect(result.complete).toBe(true);
    expect(result.proposals).toBe(3);
    expect(byKind(result, 'submission')).toHaveLength(1);
    expect(byKind(result, 'decision')).toHaveLength(1);
    expect(byKind(result, 'certificate').map((d) => d.subject).sort()).toEqual(marked.map((r) => r.name).sort());
  });

  it('numbers the tờ trình …/TTr-<đơn vị đầu mối> and addresses it to the Chủ tịch', () => {
    const text = textOf(docOf(sb, byKind(result, 'submission')[0].id));
    expect(text).toMatch(/Số:\s+\/TTr-VHXH/);
    expect(text).toContain('TỜ TRÌNH');
    expect(text).toContain('Kính gửi: Chủ tịch Ủy ban nhân dân xã Hòa Sơn.');
    expect(text).toContain('DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG');
  });

  it('writes the decision of the Chủ tịch: number, authority line, grounds, QUYẾT ĐỊNH:, Điều 1–3, the amount, never TM.', () => {
    const doc = docOf(sb, byKind(result, 'decision')[0].id);
    const text = textOf(doc);
    expect(text).toMatch(/Số:\s+\/QĐ-UBND/);
    expect(text).toContain('CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ HÒA SƠN');
    expect(text).toContain('Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;');
    expect(text).toContain('Căn cứ Nghị định số 152/2025/NĐ-CP');
    expect(text).toMatch(/Căn cứ Kế hoạch số 80\/KH-UBND ngày 04\/03\/2026 của Ủy ban nhân dân xã về .*;/);
    expect(text).toMatch(/Theo đề nghị của Trưởng phòng Văn hóa - Xã hội tại Tờ trình số\s+\/TTr-\u2060VHXH\./);
    expect(text).toContain('QUYẾT ĐỊNH:');
    for (const n of [1, 2, 3]) expect(text).toContain(`Điều ${n}.`);
    // Before 01/07/2026: cá nhân 710.000, tập thể 1.410.000; 2 × 710.000 + 1.410.000 = 2.830.000.
    expect(text).toContain('tập thể 1.410.000 đồng; cá nhân 710.000 đồng');
    expect(text).toContain('Tổng số tiền: 2.830.000 đồng (Bằng chữ: Hai triệu tám trăm ba mươi nghìn đồng)');
    expect(text).toContain('KT. CHỦ TỊCH');
    expect(text).toContain('PHÓ CHỦ TỊCH');
    expect(text).toContain('Hà Văn Tùng');
    expect(text).not.toMatch(/TM\. ỦY BAN/);
    expect(doc.header).not.toBeNull(); // page numbers from page 2
    expect(doc.useFirstPageHeaderFooter).toBe(true);
  });

  it('lists in the annex exactly the three marked recipients, and nobody else', () => {
    const text = textOf(docOf(sb, byKind(result, 'decision')[0].id));
    const annex = text.slice(text.indexOf('DANH SÁCH'));
    for (const r of marked) expect(annex).toContain(r.name);
    for (const r of unmarked) expect(text).not.toContain(r.name);
    expect(annex).toMatch(/I\s+TẬP THỂ \(01\)/);
    expect(annex).toMatch(/II\s+CÁ NHÂN \(02\)/);
  });

  it('gives each recipient an A4 landscape Giấy khen naming them and their achievement', () => {
    for (const d of byKind(result, 'certificate')) {
      const doc = docOf(sb, d.id);
      const text = textOf(doc);
      const row = marked.find((r) => r.name === d.subject)!;
      expect(text).toContain('GIẤY KHEN');
      expect(text).toContain('CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ HÒA SƠN');
      expect(text).toContain(row.name);
      expect(text).toContain(`Đã có thành tích ${row.achievement}`);
      expect(text).toMatch(/Số sổ vàng: 0[1-3]/);
      expect(doc.page.width).toBeGreaterThan(doc.page.height);
      expect(Math.round(doc.page.width / (72 / 25.4))).toBe(297);
    }
  });

  it('writes each marked row its links in Hồ sơ khen thưởng, and nothing to the others', () => {
    const reg = sheet(sb.workbook, 'Đăng ký');
    for (const r of ROWS) {
      const row = reg.values.findIndex((v) => v[col(reg, 'Tên tập thể hoặc họ và tên cá nhân')] === r.name) + 1;
      const links = String(cell(reg, row, 'Hồ sơ khen thưởng'));
      if (r.form) expect(links.split('\n')).toHaveLength(3);
      else expect(links).toBe('');
    }
  });

  it('never writes the staff columns', () => {
    const reg = sheet(sb.workbook, 'Đăng ký');
    expect(ROWS.map((r, i) => [cell(reg, i + 2, 'Hình thức khen thưởng'), cell(reg, i + 2, 'Thành tích khen thưởng')]))
      .toEqual(ROWS.map((r) => [r.form ?? '', r.achievement ?? '']));
  });

  it('keeps the same documents on a second run over nothing new: same ids, same links, no upload, no log line', () => {
    const reg = sheet(sb.workbook, 'Đăng ký');
    const linksBefore = reg.values.map((r) => r[col(reg, 'Hồ sơ khen thưởng')]);
    const again = generate(sb);
    expect(again.documents.map((d) => d.id)).toEqual(result.documents.map((d) => d.id));
    expect(new Set(again.documents.map((d) => d.status))).toEqual(new Set(['unchanged']));
    expect(reg.values.map((r) => r[col(reg, 'Hồ sơ khen thưởng')])).toEqual(linksBefore);
    const log = sheet(sb.workbook, 'Nhật ký').values.filter((r) => r[1] === 'Tạo hồ sơ khen thưởng');
    expect(log.length).toBe(result.documents.length + 1);
  });
});

describe('the first run on a sheet without the recognition columns', () => {
  it('adds the two staff columns with the dropdown of Cấu hình and the links column, says so, and makes nothing yet', () => {
    const sb = unseenWorkbook();
    const reg = sheet(sb.workbook, 'Đăng ký');
    // The staff columns typed in unseenWorkbook are removed: a sheet as the form made it.
    const at = reg.values[0].indexOf('Hình thức khen thưởng');
    reg.values = reg.values.map((r) => r.slice(0, at));
    const first = generate(sb);
    expect(first.documents).toEqual([]);
    expect(first.message).toContain('Đã thêm cột "Hình thức khen thưởng", "Thành tích khen thưởng", "Hồ sơ khen thưởng"');
    expect(reg.values[0].slice(-3)).toEqual(['Hình thức khen thưởng', 'Thành tích khen thưởng', 'Hồ sơ khen thưởng']);
    const formColumn = reg.values[0].indexOf('Hình thức khen thưởng') + 1;
    const rule = reg.validations.get(`2,${formColumn}`);
    expect(rule?.values).toEqual(['Giấy khen', 'Bằng khen của Chủ tịch UBND tỉnh']);
    // Staff choose and write; the next run makes the dossier.
    const achievement = reg.values[0].indexOf('Thành tích khen thưởng');
    reg.values[2][achievement - 1] = 'Giấy khen';
    reg.values[2][achievement] = 'xuất sắc';
    const second = generate(sb);
    expect(second.proposals).toBe(1);
    expect(second.documents.map((d) => d.kind)).toEqual(['submission', 'decision', 'certificate']);
  });
});

describe('titles and hostile text', () => {
  it('makes one decision per form: a title is recognised ("Công nhận danh hiệu"), with no Giấy khen', () => {
    const rows: Proposal[] = [
      ...ROWS.slice(0, 2),
      { unit: 'Công an xã', kind: 'Cá nhân', name: 'Giàng A Sử', position: 'Công an viên', form: 'Lao động tiên tiến', achievement: 'hoàn thành tốt nhiệm vụ năm 2026' },
    ];
    const sb = unseenWorkbook(rows, { 'Hình thức khen thưởng': 'Giấy khen\nLao động tiên tiến' });
    const r = generate(sb);
    expect(byKind(r, 'decision').map((d) => d.subject)).toEqual(['Giấy khen', 'Lao động tiên tiến']);
    expect(byKind(r, 'certificate').map((d) => d.subject).sort()).toEqual(['Chi hội Nông dân thôn Nà Hẩu', 'Nguyễn Thị Lan']);
    const title = textOf(docOf(sb, byKind(r, 'decision')[1].id));
    expect(title).toContain('Về việc công nhận danh hiệu “Lao động tiên tiến” năm 2026');
    expect(title).toContain('Công nhận danh hiệu “Lao động tiên tiến” năm 2026 cho 01 cá nhân');
    expect(title).toContain('theo Điều 50 Nghị định số 152/2025/NĐ-CP: cá nhân 710.000 đồng');
    expect(title).toContain('Giàng A Sử');
    expect(title).not.toContain('Nguyễn Thị Lan');
  });

  it('writes hostile text literally into the documents', () => {
    const name = '<b>Lò & "Páo"</b> =HYPERLINK("x")';
    const rows: Proposal[] = [{ unit: 'Thôn 3', kind: 'Cá nhân', name, position: 'Trưởng thôn 3', form: 'Giấy khen', achievement: 'tiêu biểu <i>năm</i> 2026 & hơn' }];
    const sb = unseenWorkbook(rows);
    const r = generate(sb);
    const cert = textOf(docOf(sb, byKind(r, 'certificate')[0].id));
    expect(cert).toContain(name);
    expect(cert).toContain('Đã có thành tích tiêu biểu <i>năm</i> 2026 & hơn');
  });
});

describe('amounts follow the decision date', () => {
  it('pays 760.000 and 1.520.000 for a decision dated from 01/07/2026', () => {
    const sb = unseenWorkbook(ROWS, { 'Ngày quyết định khen thưởng': '01/07/2026' });
    const r = generate(sb);
    const text = textOf(docOf(sb, byKind(r, 'decision')[0].id));
    expect(text).toContain('tập thể 1.520.000 đồng; cá nhân 760.000 đồng');
    expect(text).toContain('Tổng số tiền: 3.040.000 đồng (Bằng chữ: Ba triệu không trăm bốn mươi nghìn đồng)');
  });

  it('uses the base salary staff add in Cấu hình, and reports a gap naming sheet, row and column', () => {
    const sb = unseenWorkbook(ROWS, { 'Mức lương cơ sở': '01/07/2024 - 30/06/2026: 2.340.000\n02/07/2026 - : 2.600.000' });
    const r = generate(sb);
    expect(r.message).toMatch(/Trang "Cấu hình", dòng \d+, cột "Giá trị": bảng "Mức lương cơ sở" bị hở từ 01\/07\/2026/);
    expect(r.documents.length).toBe(5); // the built-in table is used: the documents are still made
  });
});

describe('bad input', () => {
  const long = 'Nguyễn Văn '.repeat(5000).slice(0, 50_000);
  const rows: Proposal[] = [
    ...ROWS.slice(0, 3),
    { unit: 'Công an xã', kind: 'Cá nhân', name: 'Giàng A Sử', position: 'Công an viên', form: 'Bằng khen của Chủ tịch UBND tỉnh', achievement: 'xuất sắc' },
    { unit: 'Hội Cựu chiến binh xã', kind: 'Cá nhân', name: 'Sùng A Lử', position: 'Hội viên', form: 'Giấy khen', achievement: '' },
    { unit: 'Thôn 4', kind: 'Cá nhân', name: long, position: 'Thôn 4', form: 'Giấy khen', achievement: 'xuất sắc' },
    // The same person proposed again, by another unit.
    { unit: 'Hội Nông dân xã', kind: 'Cá nhân', name: 'Lò Văn Páo', position: 'Trưởng thôn 3', form: 'Giấy khen', achievement: 'lần thứ hai' },
  ];
  const sb = unseenWorkbook(rows, { 'Người ký quyết định khen thưởng': '' });
  const r = generate(sb);

  it('writes each refused row its reason in Chi tiết, naming the column', () => {
    expect(detailsOf(sb, 'Giàng A Sử')).toMatch(/Hình thức khen thưởng: "Bằng khen của Chủ tịch UBND tỉnh" không thuộc thẩm quyền/);
    expect(detailsOf(sb, 'Sùng A Lử')).toContain('Thành tích khen thưởng: chưa điền');
    expect(detailsOf(sb, long)).toMatch(/Tên tập thể hoặc họ và tên cá nhân: tên dài 50000 ký tự/);
    const reg = sheet(sb.workbook, 'Đăng ký');
    const second = reg.values.length; // the last row: the same person again
    expect(String(cell(reg, second, 'Chi tiết'))).toMatch(/"Lò Văn Páo" đã được đề nghị cùng hình thức ở dòng 4/);
  });

  it('still makes the other rows\' documents', () => {
    expect(r.proposals).toBe(3);
    expect(r.excluded).toBe(4);
    expect(byKind(r, 'certificate')).toHaveLength(3);
    const text = textOf(docOf(sb, byKind(r, 'decision')[0].id));
    expect(text).not.toContain('Giàng A Sử');
    expect(text).not.toContain('Sùng A Lử');
  });

  it('says which signer is missing in Cấu hình, by row and column', () => {
    expect(r.warnings.join('\n')).toMatch(/Trang "Cấu hình", dòng \d+, cột "Giá trị": mục "Người ký quyết định khen thưởng" còn trống/);
    expect(r.message).toContain('Người ký quyết định khen thưởng');
  });

  it('keeps every message short: no 50,000-character name in Chi tiết or the log', () => {
    expect(detailsOf(sb, long).length).toBeLessThan(400);
    const log = sheet(sb.workbook, 'Nhật ký').values.map((v) => String(v[3]));
    expect(Math.max(...log.map((l) => l.length))).toBeLessThan(5000);
  });
});

describe('service calls and the time budget', () => {
  it('makes each document with at most 3 service calls (Drive + Docs + DocumentApp)', () => {
    const sb = unseenWorkbook();
    generate(sb); // the folder
    sb.counter.reset();
    const again = generate(sb);
    const calls = sb.counter.total('Drive') + sb.counter.total('Docs') + sb.counter.total('DocumentApp');
    expect(calls / again.documents.length).toBeLessThanOrEqual(3);
  });

  it('stops at the budget, schedules its continuation, and ends with every document', () => {
    // One proposal per unit of the roster (each unit's quota is at least 1).
    const units = sheet(unseenWorkbook([]).workbook, 'Đơn vị').values.slice(1).map((r) => String(r[1]));
    const many: Proposal[] = units.map((unit, i) => ({
      unit, kind: 'Cá nhân', name: `Cán bộ số ${i + 1}`, position: 'Công chức', form: 'Giấy khen', achievement: 'xuất sắc',
    }));
    expect(many.length).toBeGreaterThan(15);
    const sb = unseenWorkbook(many, {}, { Drive: 30_000 });
    const first = generate(sb);
    expect(first.complete).toBe(false);
    expect(first.message).toContain('sẽ được tạo tiếp tự động');
    expect(sb.triggers.list().filter((t) => t.handlerFunction === 'generateCommendations')).toHaveLength(1);
    let runs = 1;
    while (sb.workbook.documentProperties['thiDua.commendations.progress']) {
      const fired = sb.triggers.runDue(sb.clock.now() + 2 * 60 * 1000);
      expect(fired.filter((f) => f.error)).toEqual([]);
      runs += fired.length;
      expect(runs).toBeLessThan(20);
    }
    expect(runs).toBeGreaterThan(1);
    const docs = sb.drive.files().filter((f) => f.document !== undefined && !f.trashed);
    expect(docs).toHaveLength(1 + 1 + many.length);
    expect(sb.triggers.list().filter((t) => t.handlerFunction === 'generateCommendations')).toEqual([]);
  });
});
