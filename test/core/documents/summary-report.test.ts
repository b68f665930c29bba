/**
 * The summary report (DESIGN.md §7, spec §3b, issue 6): its figures equal what the sheets
 * say after a check (recomputed here from the written `Đơn vị` and `Đăng ký` columns, not
 * from the CheckOutcome), its sections, the chart, the annex, both families, and the edge
 * cases (empty roster, no registrations, every unit on time, before the deadline).
 */
import { describe, expect, it } from 'vitest';
import type { WorkbookValues } from '../../../src/core/check-workbook';
import { ANSWER, OWNED, REGISTRATION_TYPES, UNIT_HEADER } from '../../../src/core/contract';
import type { DocumentSpec } from '../../../src/core/documents/document-spec';
import { formatPercent } from '../../../src/core/documents/document-text';
import { buildSummaryReport, reportFigures, type ReportFigures } from '../../../src/core/documents/summary-report';
import { planRegistrationWrites } from '../../../src/core/plan-registration-writes';
import { planUnitWrites } from '../../../src/core/plan-unit-writes';
import type { DocumentFamily } from '../../../src/core/settings';
import type { SheetWritePlan } from '../../../src/core/write-plan';
import { answers, TODAY_AFTER, TODAY_BEFORE, UNIT_HEADERS, unitRows, vn } from '../../support/workbook-values';
import { bodyTexts, dump, rowTexts, tables, text, uncleanTexts } from './spec-walk';
import { check, FAMILIES, familyWorkbook, type Row } from './support';

const units5 = unitRows([['CBT3', 'Chi bộ thôn 3', 'Khối chi bộ thôn', '', '', '', '', '']]);

/**
 * Five units in three groups. Ban Xây dựng Đảng: two valid rows, a third over its maximum of 2
 * and a duplicate. Chi bộ Công an: late. Chi bộ thôn 1: a row missing Quy mô. Chi bộ thôn 2:
 * on time by its own deadline (18/12). Chi bộ thôn 3: nothing.
 */
const MIXED: Row[] = [
  { answers: answers('Ban Xây dựng Đảng', { title: 'Số hóa hồ sơ', field: 'Phát triển kinh tế', implementingUnit: 'Văn phòng Đảng ủy', partnerUnits: 'Các chi bộ', scale: 'Toàn Đảng bộ' }) },
  { answers: answers('Ban Xây dựng Đảng', { title: 'Tham mưu sơ kết', field: 'Khác' }) },
  { answers: answers('Ban Xây dựng Đảng', { title: 'Việc làm thứ ba', field: 'Khác' }) },
  { answers: answers('Ban Xây dựng Đảng', { title: 'số hóa  HỒ SƠ', field: 'Khác', timestamp: vn(2025, 12, 11) }) },
  { answers: answers('Chi bộ Công an', { title: 'Khu dân cư an toàn', type: 'Phong trào', field: 'Quốc phòng - an ninh', timestamp: vn(2025, 12, 17) }) },
  { answers: answers('Chi bộ thôn 1', { title: 'Vườn mẫu', scale: '' }) },
  { answers: answers('Chi bộ thôn 2', { title: 'Camera an ninh', field: 'Xây dựng nông thôn mới', timestamp: vn(2025, 12, 17) }) },
];

function apply(grid: unknown[][], plan: SheetWritePlan): unknown[][] {
  const out = grid.map((row) => [...row, ...new Array(Math.max(0, plan.width - row.length)).fill('')]);
  for (const w of plan.columns) w.cells.forEach((v, r) => { out[r][w.column] = v; });
  return out;
}

/** The sheets as they stand after a check writes its results. */
function checkedSheets(values: WorkbookValues, today = TODAY_AFTER) {
  const outcome = check(values, today);
  const units = apply(values.units!, planUnitWrites(values.units!, [], outcome.units, new Date(0)));
  const registrations = apply(values.registrations!, planRegistrationWrites(values.registrations!, [], outcome));
  return { outcome, units, registrations };
}

/** The report's figures recomputed by reading the checked sheets' columns by header. */
function figuresFromSheets(units: unknown[][], registrations: unknown[][], groupsInOrder: string[]) {
  const u = (h: string) => units[0].indexOf(h);
  const r = (h: string) => registrations[0].indexOf(h);
  const unitRowsOnly = units.slice(1).filter((row) => String(row[u(UNIT_HEADER.name)]).trim());
  const statusCount = (s: string) => unitRowsOnly.filter((row) => row[u(UNIT_HEADER.status)] === s).length;
  const groups = groupsInOrder.map((g) => {
    const of = unitRowsOnly.filter((row) => row[u(UNIT_HEADER.group)] === g);
    const by = (s: string) => of.filter((row) => row[u(UNIT_HEADER.status)] === s).length;
    return {
      group: g, expected: of.length, registered: by('Đúng hạn') + by('Trễ hạn'), onTime: by('Đúng hạn'), late: by('Trễ hạn'),
      needsFix: by('Cần bổ sung'), notRegistered: by('Không đăng ký'), notYet: by('Chưa đăng ký'),
      validItems: of.reduce((n, row) => n + Number(row[u(UNIT_HEADER.validCount)]), 0),
    };
  });
  const rows = registrations.slice(1).filter((row) => row[r(OWNED.result)] !== '');
  const valid = rows.filter((row) => row[r(OWNED.result)] === 'Hợp lệ' || row[r(OWNED.result)] === 'Trễ hạn');
  const rowCount = (s: string) => rows.filter((row) => row[r(OWNED.result)] === s).length;
  return {
    expected: unitRowsOnly.length,
    registered: statusCount('Đúng hạn') + statusCount('Trễ hạn'),
    unitStatus: Object.fromEntries(['Không đăng ký', 'Chưa đăng ký', 'Cần bổ sung', 'Trễ hạn', 'Đúng hạn'].map((s) => [s, statusCount(s)])),
    groups,
    rowStatus: Object.fromEntries(['Cần bổ sung', 'Trùng lặp', 'Vượt số lượng', 'Trễ hạn', 'Hợp lệ'].map((s) => [s, rowCount(s)])),
    validItems: valid.length,
    byType: Object.fromEntries(REGISTRATION_TYPES.map((t) => [t, valid.filter((row) => row[r(ANSWER.type)] === t).length])),
    byField: [...new Set(valid.map((row) => String(row[r(ANSWER.field)])))].map((field) => ({
      field, count: valid.filter((row) => row[r(ANSWER.field)] === field).length,
    })),
  };
}

const pick = (f: ReportFigures) => ({
  expected: f.expected, registered: f.registered, unitStatus: f.unitStatus, groups: f.groups, rowStatus: f.rowStatus,
  validItems: f.validItems, byType: f.byType,
  byField: [...f.byField].sort((a, b) => a.field.localeCompare(b.field)),
});

function report(family: DocumentFamily, rows: Row[], options: { units?: unknown[][]; today?: typeof TODAY_AFTER; config?: Record<string, unknown> } = {}) {
  const values = familyWorkbook(family, rows, { units: options.units ?? units5, config: options.config });
  const today = options.today ?? TODAY_AFTER;
  const outcome = check(values, today);
  const doc = buildSummaryReport(outcome, outcome.settings, today, { values: values.registrations! });
  return { values, outcome, doc, figures: reportFigures(outcome, { values: values.registrations! }) };
}

const tableWithHeader = (doc: DocumentSpec, first: string) => tables(doc).find((t) => rowTexts(t)[0][0] === first && t.borderWidth > 0);
/** The list of units behind (not the annex, which also starts with TT). */
const behindTable = (doc: DocumentSpec) => tables(doc).find((t) => rowTexts(t)[0].join('|') === 'TT|Đơn vị|Khối|Tình trạng|Ghi chú');

describe('report figures', () => {
  it('equal the figures recomputed from the checked sheets', () => {
    const values = familyWorkbook('Đảng', MIXED, { units: units5 });
    const { outcome, units, registrations } = checkedSheets(values);
    const fromSheets = figuresFromSheets(units, registrations, ['Khối Ban Đảng', 'Khối chi bộ cơ quan', 'Khối chi bộ thôn']);
    const computed = reportFigures(outcome, { values: values.registrations! });
    expect(pick(computed)).toEqual({ ...fromSheets, byField: [...fromSheets.byField].sort((a, b) => a.field.localeCompare(b.field)) });
  });

  it('are the expected numbers: duplicates, over-quota and incomplete rows are not counted', () => {
    const { figures } = report('Đảng', MIXED);
    expect(figures.expected).toBe(5);
    expect(figures.registered).toBe(3);
    expect(figures.unitStatus).toEqual({ 'Không đăng ký': 1, 'Chưa đăng ký': 0, 'Cần bổ sung': 1, 'Trễ hạn': 1, 'Đúng hạn': 2 });
    expect(figures.rowStatus).toEqual({ 'Cần bổ sung': 1, 'Trùng lặp': 1, 'Vượt số lượng': 1, 'Trễ hạn': 1, 'Hợp lệ': 3 });
    expect(figures.validItems).toBe(4);
    expect(figures.byType).toEqual({ 'Mô hình': 1, 'Phong trào': 1, 'Việc làm': 2 });
    expect(figures.byField).toEqual([
      { field: 'Phát triển kinh tế', count: 1 }, { field: 'Xây dựng nông thôn mới', count: 1 },
      { field: 'Quốc phòng - an ninh', count: 1 }, { field: 'Khác', count: 1 },
    ]);
    expect(figures.groups.map((g) => [g.group, g.registered, g.expected, g.validItems])).toEqual([
      ['Khối Ban Đảng', 1, 1, 2], ['Khối chi bộ cơ quan', 1, 1, 1], ['Khối chi bộ thôn', 1, 3, 1],
    ]);
    expect(figures.unitsBehind.map((u) => [u.unit, u.status])).toEqual([
      ['Chi bộ thôn 3', 'Không đăng ký'], ['Chi bộ thôn 1', 'Cần bổ sung'], ['Chi bộ Công an', 'Trễ hạn'],
    ]);
    expect(figures.unitsWithOwnDeadline).toBe(1);
  });

  it('formats ratios as percentages with a decimal comma', () => {
    expect(formatPercent(14, 15)).toBe('93,3%');
    expect(formatPercent(1, 3)).toBe('33,3%');
    expect(formatPercent(2, 3)).toBe('66,7%');
    expect(formatPercent(5, 5)).toBe('100%');
    expect(formatPercent(0, 4)).toBe('0%');
    expect(formatPercent(0, 0)).toBe('');
  });

});

describe.each(FAMILIES)('summary report (%s)', (family) => {
  const state = family === 'Chính quyền';
  const { doc, figures } = report(family, MIXED);
  const body = bodyTexts(doc);

  it('has the header, BÁO CÁO and the subject in the family case', () => {
    const header = tables(doc)[0];
    expect(header.borderWidth).toBe(0);
    expect(rowTexts(header)[1]).toEqual([state ? 'Số:      /BC-UBND' : 'Số      -BC/ĐU', 'Thọ Lập, ngày 20 tháng 12 năm 2025']);
    expect(body).toContain('BÁO CÁO');
    expect(body).toContain(`${state ? 'K' : 'k'}ết quả đăng ký xây dựng mô hình, phong trào, việc làm điển hình tiên tiến năm 2026`);
    expect(body.includes('-----')).toBe(!state);
  });

  it('I. tells how the registration was organised: plan, deadline, the form', () => {
    const i = body.indexOf('I. CÔNG TÁC TRIỂN KHAI, HƯỚNG DẪN ĐĂNG KÝ');
    expect(i).toBeGreaterThan(0);
    const section = body.slice(i + 1, body.indexOf('II. KẾT QUẢ ĐĂNG KÝ')).join('\n');
    expect(section).toContain(state ? 'Kế hoạch số 15/KH-UBND' : 'Kế hoạch đăng ký xây dựng và tổ chức thực hiện');
    expect(section).toContain('Thời hạn đăng ký: chậm nhất ngày 15/12/2025 (01 đơn vị có hạn riêng).');
    // An official document, not a description of the software.
    expect(section).toContain('phiếu đăng ký trực tuyến');
    expect(section).not.toMatch(/Google|mỗi lần gửi|bảng tổng hợp kiểm tra/);
    expect(section).toContain('Số cơ quan, đơn vị phải đăng ký: 05 đơn vị, thuộc 03 khối.');
  });

  it('II.1 gives units registered out of expected, with ratios and percentages per group', () => {
    expect(body).toContain('Có 3/5 đơn vị hoàn thành đăng ký (đạt 60%); trong đó 02 đơn vị đăng ký đúng hạn, 01 đơn vị đăng ký trễ hạn.');
    expect(body).toContain('Còn 01 đơn vị có đăng ký nhưng chưa đạt yêu cầu, cần bổ sung, hoàn thiện và 01 đơn vị không đăng ký.');
    expect(rowTexts(tableWithHeader(doc, 'Khối')!)).toEqual([
      ['Khối', 'Số đơn vị', 'Đã đăng ký', 'Tỷ lệ', 'Đúng hạn', 'Trễ hạn', 'Cần bổ sung', 'Chưa đăng ký', 'Số đăng ký hợp lệ'],
      ['Khối Ban Đảng', '1', '1/1', '100%', '1', '0', '0', '0', '2'],
      ['Khối chi bộ cơ quan', '1', '1/1', '100%', '0', '1', '0', '0', '1'],
      ['Khối chi bộ thôn', '3', '1/3', '33,3%', '1', '0', '1', '1', '1'],
      ['Tổng cộng', '5', '3/5', '60%', '2', '1', '1', '1', '4'],
    ]);
  });

  it('II.2 counts valid items by type and field, naming what was left out, with the chart', () => {
    expect(body).toContain('Tổng số đăng ký hợp lệ: 04 (03 đúng hạn, 01 trễ hạn); trong đó 01 mô hình, 01 phong trào và 02 việc làm.');
    expect(body).toContain('Không tính 01 đăng ký cần bổ sung, hoàn thiện, 01 đăng ký trùng lặp và 01 đăng ký vượt số lượng tối đa của đơn vị.');
    expect(body).toContain('Phân theo lĩnh vực: Phát triển kinh tế 01; Xây dựng nông thôn mới 01; Quốc phòng - an ninh 01; Khác 01.');
    // A table of figures (count and share of the valid registrations), not a text bar chart.
    expect(rowTexts(tableWithHeader(doc, 'Lĩnh vực, khối')!)).toEqual([
      ['Lĩnh vực, khối', 'Số lượng', 'Tỷ lệ'],
      ['Theo lĩnh vực', '', ''],
      ['Phát triển kinh tế', '1', '25%'],
      ['Xây dựng nông thôn mới', '1', '25%'],
      ['Quốc phòng - an ninh', '1', '25%'],
      ['Khác', '1', '25%'],
      ['Theo khối', '', ''],
      ['Khối Ban Đảng', '2', '50%'],
      ['Khối chi bộ cơ quan', '1', '25%'],
      ['Khối chi bộ thôn', '1', '25%'],
      ['Tổng cộng', '4', '100%'],
    ]);
    expect(dump(doc)).not.toContain('█');
  });

  it('II.3 evaluates honestly from the figures: which groups are complete, which behind', () => {
    const evaluation = body.slice(body.indexOf('3. Đánh giá chung') + 1, body.indexOf('4. Đơn vị chưa hoàn thành đăng ký, đăng ký trễ hạn'));
    // Strengths, limitations and their causes, each from the figures.
    expect(evaluation).toEqual([
      'Kết quả đăng ký chưa đạt yêu cầu của kế hoạch: mới có 3/5 đơn vị hoàn thành đăng ký (60%).',
      'Ưu điểm:',
      '- Khối Ban Đảng và Khối chi bộ cơ quan có 100% đơn vị hoàn thành đăng ký.',
      '- Có 04 đăng ký hợp lệ, thuộc 04 lĩnh vực.',
      'Hạn chế:',
      '- Còn khối chưa có đủ đơn vị hoàn thành đăng ký: Khối chi bộ thôn (1/3 đơn vị, 33,3%).',
      '- Còn 01 đơn vị đăng ký trễ hạn và 01 đơn vị không đăng ký.',
      '- Còn 01 đăng ký thiếu hoặc chưa đúng nội dung bắt buộc, 01 đăng ký trùng lặp và 01 đăng ký vượt số lượng tối đa.',
      'Nguyên nhân của hạn chế:',
      '- Một số cơ quan, đơn vị chưa quan tâm đúng mức, chưa chủ động triển khai việc đăng ký theo thời hạn của kế hoạch.',
      '- Một số đơn vị chưa nghiên cứu kỹ hướng dẫn, nên đăng ký còn thiếu nội dung, trùng lặp hoặc vượt số lượng quy định.',
      '- Việc theo dõi, đôn đốc đăng ký ở một số khối chưa thường xuyên.',
    ]);
  });

  it('lists the units that did not register, are incomplete or were late', () => {
    expect(rowTexts(behindTable(doc)!)).toEqual([
      ['TT', 'Đơn vị', 'Khối', 'Tình trạng', 'Ghi chú'],
      ['1', 'Chi bộ thôn 3', 'Khối chi bộ thôn', 'Không đăng ký', 'Không có đăng ký nào, hạn 15/12/2025'],
      ['2', 'Chi bộ thôn 1', 'Khối chi bộ thôn', 'Cần bổ sung', 'Có 0/1 đăng ký hợp lệ theo yêu cầu tối thiểu'],
      ['3', 'Chi bộ Công an', 'Khối chi bộ cơ quan', 'Trễ hạn', 'Hoàn thành đăng ký ngày 17/12/2025, hạn 15/12/2025'],
    ]);
    expect(body.join('\n')).toContain('được xem xét khi đánh giá, phân loại');
  });

  it('III. proposes, closes the body with the family end mark, then Nơi nhận and the signature', () => {
    expect(body).toContain('III. ĐỀ XUẤT, KIẾN NGHỊ');
    // Proposals go to the superior body, never to the signer; then what the issuer directs.
    const iii = body.slice(body.indexOf('III. ĐỀ XUẤT, KIẾN NGHỊ') + 1);
    expect(iii[0]).toBe(state ? 'Đề nghị cơ quan cấp trên:' : 'Đề nghị Ban Thường vụ Tỉnh ủy:');
    expect(iii).toContain(`Thời gian tới, ${state ? 'Ủy ban nhân dân xã' : 'Ban Thường vụ Đảng ủy'} tiếp tục chỉ đạo:`);
    expect(body.join('\n')).toContain('- Xem xét, thống nhất lựa chọn 04 mô hình, phong trào, việc làm đăng ký hợp lệ (danh sách kèm theo)');
    expect(body.join('\n')).toContain('- 02 đơn vị chưa hoàn thành đăng ký khẩn trương');
    expect(body.join('\n')).not.toMatch(/^- Thống nhất lựa chọn/m);
    const closing = body.filter((t) => t.startsWith('Trên đây là báo cáo'));
    expect(closing).toEqual([`Trên đây là báo cáo kết quả đăng ký xây dựng mô hình, phong trào, việc làm điển hình tiên tiến năm 2026 của ${state ? 'Ủy ban nhân dân xã./.' : 'Ban Thường vụ Đảng ủy.'}`]);
    const footer = tables(doc).find((t) => t.borderWidth === 0 && rowTexts(t)[0][0].startsWith('Nơi nhận:'))!;
    expect(rowTexts(footer)[0][0].split('\n').at(-1)).toBe(state ? '- Lưu: VT, VP.' : '- Lưu Văn phòng Đảng ủy.');
  });

  it('ends with a landscape annex of every valid registration by group, with all its columns', () => {
    const breakAt = doc.blocks.findIndex((b) => b.kind === 'pageBreak');
    expect(doc.blocks[breakAt]).toEqual({ kind: 'pageBreak', landscape: true });
    const footerAt = doc.blocks.findIndex((b) => b.kind === 'table' && rowTexts(b)[0][0].startsWith('Nơi nhận:'));
    expect(footerAt).toBeLessThan(breakAt);
    const after = doc.blocks.slice(breakAt + 1);
    expect(after.filter((b) => b.kind === 'paragraph').map((b) => text(b as never))).toEqual([
      'PHỤ LỤC',
      'DANH SÁCH MÔ HÌNH, PHONG TRÀO, VIỆC LÀM ĐĂNG KÝ HỢP LỆ NĂM 2026',
      state
        ? '(Kèm theo Báo cáo số       /BC-UBND ngày 20/12/2025 của Ủy ban nhân dân xã)'
        : '(Kèm theo Báo cáo số       -BC/ĐU, ngày 20/12/2025 của Ban Thường vụ Đảng ủy)',
    ]);
    const annex = after.find((b) => b.kind === 'table')!;
    if (annex.kind !== 'table') throw new Error('no annex table');
    const width = annex.columnWidths.reduce((a, b) => a + b, 0);
    expect(width).toBeGreaterThan(700);
    expect(rowTexts(annex)).toEqual([
      ['TT', 'Đơn vị', 'Tên mô hình, phong trào, việc làm', 'Loại', 'Lĩnh vực', 'Đơn vị tổ chức thực hiện', 'Đơn vị phối hợp', 'Quy mô', 'Thời gian thực hiện', 'Người phụ trách'],
      ['I', 'Khối Ban Đảng', '', '', '', '', '', '', '', ''],
      ['1', 'Ban Xây dựng Đảng', 'Số hóa hồ sơ', 'Việc làm', 'Phát triển kinh tế', 'Văn phòng Đảng ủy', 'Các chi bộ', 'Toàn Đảng bộ', '01/02/2026 -\n01/10/2026', 'Đ/c Lê Văn Lực'],
      ['2', '', 'Tham mưu sơ kết', 'Việc làm', 'Khác', 'Ban Xây dựng Đảng', '', 'Toàn đơn vị', '01/02/2026 -\n01/10/2026', 'Đ/c Lê Văn Lực'],
      ['II', 'Khối chi bộ cơ quan', '', '', '', '', '', '', '', ''],
      ['3', 'Chi bộ Công an', 'Khu dân cư an toàn', 'Phong trào', 'Quốc phòng - an ninh', 'Chi bộ Công an', '', 'Toàn đơn vị', '01/02/2026 -\n01/10/2026', 'Đ/c Lê Văn Lực'],
      ['III', 'Khối chi bộ thôn', '', '', '', '', '', '', '', ''],
      ['4', 'Chi bộ thôn 2', 'Camera an ninh', 'Mô hình', 'Xây dựng nông thôn mới', 'Chi bộ thôn 2', '', 'Toàn đơn vị', '01/02/2026 -\n01/10/2026', 'Đ/c Lê Văn Lực'],
    ]);
    expect(rowTexts(annex).slice(1).filter((r) => /^\d+$/.test(r[0]))).toHaveLength(figures.validItems);
  });

  it('has no placeholder, undefined or NaN anywhere', () => {
    expect(uncleanTexts(doc)).toEqual([]);
    expect(doc.name).toBe('Báo cáo kết quả đăng ký mô hình năm 2026 - 20/12/2025');
  });
});

describe('report edge cases', () => {
  it('an empty roster: says so, no group table, no NaN', () => {
    const { doc, figures } = report('Đảng', [{ answers: answers('Ban Xây dựng Đảng') }], { units: [UNIT_HEADERS] });
    expect(figures.expected).toBe(0);
    expect(figures.validItems).toBe(0);
    const body = bodyTexts(doc);
    expect(body).toContain('Chưa có danh sách cơ quan, đơn vị phải đăng ký, nên chưa tổng hợp được kết quả đăng ký theo đơn vị.');
    expect(body).toContain('Chưa có danh sách cơ quan, đơn vị phải đăng ký, nên chưa đánh giá được kết quả đăng ký.');
    expect(tableWithHeader(doc, 'Khối')).toBeUndefined();
    expect(uncleanTexts(doc)).toEqual([]);
    expect(dump(doc)).not.toMatch(/%\)|\(\)/);
  });

  it('no registrations at all: every unit Không đăng ký, an annex that says it is empty', () => {
    const { doc, figures } = report('Chính quyền', []);
    expect(figures.unitStatus['Không đăng ký']).toBe(5);
    expect(figures.validItems).toBe(0);
    const body = bodyTexts(doc);
    expect(body).toContain('Có 0/5 đơn vị hoàn thành đăng ký (đạt 0%); trong đó 0 đơn vị đăng ký đúng hạn, 0 đơn vị đăng ký trễ hạn.');
    expect(body).toContain('Chưa có đơn vị nào gửi đăng ký.');
    expect(body).toContain('Tổng số đăng ký hợp lệ: 0 (0 đúng hạn, 0 trễ hạn).');
    expect(tableWithHeader(doc, 'Lĩnh vực, khối')).toBeUndefined();
    const annex = tables(doc).at(-1)!;
    expect(rowTexts(annex)[1]).toEqual(['', 'Chưa có đăng ký hợp lệ nào.', '', '', '', '', '', '', '', '']);
    expect(behindTable(doc)!.rows).toHaveLength(6);
    expect(uncleanTexts(doc)).toEqual([]);
  });

  it('every unit on time: 100%, no behind list, no proposal to chase', () => {
    const rows: Row[] = ['Ban Xây dựng Đảng', 'Chi bộ Công an', 'Chi bộ thôn 1', 'Chi bộ thôn 2', 'Chi bộ thôn 3'].map((u) => ({ answers: answers(u) }));
    const { doc, figures } = report('Đảng', rows);
    expect(figures.registered).toBe(5);
    expect(figures.unitsBehind).toEqual([]);
    const body = bodyTexts(doc);
    expect(body).toContain('Các cơ quan, đơn vị đã nghiêm túc triển khai việc đăng ký: 05/05 đơn vị (100%) hoàn thành đăng ký đúng hạn.');
    expect(body).toContain('Tất cả các đơn vị đã hoàn thành đăng ký đúng hạn.');
    expect(body.join('\n')).not.toContain('chưa hoàn thành đăng ký khẩn trương');
    expect(body.join('\n')).not.toContain('Hạn chế');
    expect(body.some((t) => t.startsWith('Còn '))).toBe(false);
    expect(behindTable(doc)).toBeUndefined();
    expect(uncleanTexts(doc)).toEqual([]);
  });

  it('before the deadline: units without a row are Chưa đăng ký (còn hạn), not blamed', () => {
    const { doc, figures } = report('Đảng', [{ answers: answers('Ban Xây dựng Đảng', { timestamp: vn(2025, 12, 9) }) }], { today: TODAY_BEFORE });
    expect(figures.unitStatus['Chưa đăng ký']).toBe(4);
    const body = bodyTexts(doc);
    expect(body).toContain('Đến ngày 10/12/2025 còn 04 đơn vị chưa đăng ký; thời hạn đăng ký của các đơn vị này chưa kết thúc.');
    expect(body).toContain('Đến ngày 10/12/2025, có 1/5 đơn vị hoàn thành đăng ký (20%); việc đăng ký vẫn đang tiếp tục.');
    expect(body.join('\n')).not.toMatch(/Hạn chế|chưa đạt yêu cầu của kế hoạch|không đăng ký\b(?!, đăng ký chưa)/);
    expect(rowTexts(behindTable(doc)!)[1]).toEqual(['1', 'Chi bộ Công an', 'Khối chi bộ cơ quan', 'Chưa đăng ký', 'Chưa có đăng ký, còn hạn đến 15/12/2025']);
    expect(uncleanTexts(doc)).toEqual([]);
  });

  it('numbered and undated on request; settings missing never leak', () => {
    const values = familyWorkbook('Đảng', MIXED, { units: units5, config: { 'Đơn vị đầu mối': '', 'Tên kế hoạch': '', 'Hạn đăng ký': undefined } });
    const outcome = check(values);
    const doc = buildSummaryReport(outcome, outcome.settings, TODAY_AFTER, { values: values.registrations! }, { number: 3, undated: true });
    expect(rowTexts(tables(doc)[0])[1][0]).toBe('Số 03-BC/ĐU');
    expect(rowTexts(tables(doc)[0])[1][1]).toMatch(/^Thọ Lập, ngày +tháng +năm 2026$/);
    expect(bodyTexts(doc)).toContain('(Kèm theo Báo cáo số 03-BC/ĐU của Ban Thường vụ Đảng ủy)');
    expect(bodyTexts(doc)).toContain('- Thời hạn đăng ký: chưa quy định.');
    expect(uncleanTexts(doc)).toEqual([]);
  });

  it('without the Đăng ký values the counts by type and field are left out, not invented', () => {
    const values = familyWorkbook('Đảng', MIXED, { units: units5 });
    const outcome = check(values);
    const doc = buildSummaryReport(outcome, outcome.settings, TODAY_AFTER);
    expect(reportFigures(outcome).byField).toEqual([]);
    expect(bodyTexts(doc)).toContain('Tổng số đăng ký hợp lệ: 04 (03 đúng hạn, 01 trễ hạn).');
    expect(uncleanTexts(doc)).toEqual([]);
  });
});
