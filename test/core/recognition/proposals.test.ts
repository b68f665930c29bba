/**
 * The proposals of a dossier (vn-recognition-format.md §8): who the recipient is, what the law
 * asks of a proposal, R1 by the decision date, R8 (one achievement, one commendation), and the
 * `Cấu hình` rows of recognition with their problems named by sheet, row and column.
 */
import { describe, expect, it } from 'vitest';
import { calendarDay } from '../../../src/core/calendar-day';
import { checkWorkbook } from '../../../src/core/check-workbook';
import { DEFAULT_CONFIG_ROWS, DEFAULT_FIELDS, DEFAULT_GROUPS, DEFAULT_UNITS } from '../../../src/core/defaults';
import { readProposals } from '../../../src/core/recognition/proposals';
import { readRecognitionSettings, unitInitials } from '../../../src/core/recognition/recognition-settings';

const TZ = 'Asia/Ho_Chi_Minh';
const TODAY = calendarDay(2025, 12, 20);
const HEADERS = [
  'Dấu thời gian', 'Đơn vị đăng ký', 'Loại đăng ký', 'Tên mô hình, phong trào, việc làm', 'Lĩnh vực', 'Nội dung, mục tiêu', 'Quy mô',
  'Thời gian bắt đầu', 'Thời gian hoàn thành', 'Đơn vị lãnh đạo', 'Đơn vị tổ chức thực hiện', 'Đơn vị phối hợp', 'Người phụ trách',
  'Cam kết đăng ký mới', 'Văn bản đăng ký', 'Kế hoạch thực hiện', 'Hình thức khen thưởng', 'Thành tích khen thưởng',
];

function workbook(rows: Array<{ unit: string; title: string; form: string; achievement: string }>, config: unknown[][] = []) {
  const groupOf = new Map(DEFAULT_UNITS.map((u) => [u.name, u.group]));
  const allowed = new Map(DEFAULT_GROUPS.map((g) => [g.name, g.allowedTypes.split(',')[0].trim()]));
  return {
    // `config` rows replace the defaults of the same key.
    config: [['Mục', 'Giá trị'], ...DEFAULT_CONFIG_ROWS.filter((r) => !config.some((c) => c[0] === r[0])).map((r) => [...r]), ...config],
    groups: [['Khối', 'Loại được đăng ký', 'Tối thiểu', 'Tối đa'], ...DEFAULT_GROUPS.map((g) => [g.name, g.allowedTypes, g.min, 5])],
    fields: [['Lĩnh vực'], ...DEFAULT_FIELDS.map((f) => [f])],
    units: [['Mã', 'Tên đơn vị', 'Khối'], ...DEFAULT_UNITS.map((u) => [u.code, u.name, u.group])],
    registrations: [HEADERS, ...rows.map((r, i) => [
      new Date(Date.UTC(2025, 11, 1 + i, 2)), r.unit, allowed.get(groupOf.get(r.unit)!)!, r.title, DEFAULT_FIELDS[0], '', 'Toàn xã',
      '01/01/2026', '31/10/2026', 'Chi ủy', r.unit, '', 'Đ/c A', 'TRUE', '', '', r.form, r.achievement,
    ])],
  };
}

const U = DEFAULT_UNITS.map((u) => u.name);

describe('proposals', () => {
  it('commends the unit when the category names no person or collective (seed 000: a model commends its unit)', () => {
    const values = workbook([{ unit: U[3], title: 'Mô hình A', form: 'Giấy khen', achievement: 'xuất sắc' }]);
    const outcome = checkWorkbook(values, TZ, TODAY);
    const r = readProposals(values.registrations, outcome, readRecognitionSettings(values.config, TZ, 'Đảng'));
    expect(r.proposals).toHaveLength(1);
    expect(r.proposals[0]).toMatchObject({ recipient: U[3], kind: 'collective', form: 'Giấy khen', achievement: 'xuất sắc' });
    // Party format, decision on 20/12/2025: a chi bộ gets 0,6 × 2.340.000 = 1.404.000 → 1.410.000.
    expect(r.proposals[0].amount?.amount).toBe(1_410_000);
  });

  it('maps a category to a kind of recipient from Cấu hình, and then commends the row\'s Tên', () => {
    const values = workbook([{ unit: U[3], title: 'Nguyễn Văn A', form: 'Giấy khen', achievement: 'xuất sắc' }],
      [['Đối tượng khen thưởng theo loại', 'Mô hình: Cá nhân\nPhong trào: Tập thể\nViệc làm: Cá nhân']]);
    const outcome = checkWorkbook(values, TZ, TODAY);
    const r = readProposals(values.registrations, outcome, readRecognitionSettings(values.config, TZ, 'Đảng'));
    expect(r.proposals[0]).toMatchObject({ recipient: 'Nguyễn Văn A', kind: 'individual' });
  });

  it('refuses the same recipient proposed twice for the same form, naming the earlier row', () => {
    const values = workbook([
      { unit: U[3], title: 'Mô hình A', form: 'Giấy khen', achievement: 'xuất sắc' },
      { unit: U[3], title: 'Mô hình B', form: 'Giấy khen', achievement: 'xuất sắc' },
    ]);
    const outcome = checkWorkbook(values, TZ, TODAY);
    const r = readProposals(values.registrations, outcome, readRecognitionSettings(values.config, TZ, 'Đảng'));
    expect(r.proposals.map((p) => p.row)).toEqual([2]);
    expect(r.excludedRows).toEqual([3]);
    expect(r.linesByRow.get(3)![0]).toContain('đã được đề nghị cùng hình thức ở dòng 2');
  });

  it('warns (R8) when the same recipient is proposed for another form, and keeps both', () => {
    const values = workbook([
      { unit: U[3], title: 'Mô hình A', form: 'Giấy khen', achievement: 'xuất sắc' },
      { unit: U[3], title: 'Mô hình B', form: 'Lao động tiên tiến', achievement: 'xuất sắc' },
    ], [['Hình thức khen thưởng', 'Giấy khen\nLao động tiên tiến'], ['Khối văn bản', 'Chính quyền']]);
    const outcome = checkWorkbook(values, TZ, TODAY);
    const r = readProposals(values.registrations, outcome, readRecognitionSettings(values.config, TZ, 'Chính quyền'));
    expect(r.proposals.map((p) => p.row)).toEqual([2, 3]);
    expect(r.linesByRow.get(3)![0]).toMatch(/^Lưu ý — Hình thức khen thưởng: .* cũng được đề nghị ở dòng 2\. Luật Thi đua, khen thưởng \(Điều 5 k2\)/);
  });

  it('writes the reasons into Chi tiết through the check itself', () => {
    const values = workbook([{ unit: U[3], title: 'Mô hình A', form: 'Bằng khen', achievement: '' }]);
    const outcome = checkWorkbook(values, TZ, TODAY);
    const lines = outcome.recognitionLines.get(2)!;
    expect(lines.join('\n')).toContain('Hình thức khen thưởng: "Bằng khen" không có trong Cấu hình › Hình thức khen thưởng (Giấy khen)');
    expect(lines.join('\n')).toContain('Thành tích khen thưởng: chưa điền');
    expect(outcome.rows.get(2)!.status).toBe('Hợp lệ'); // the registration itself stays valid
  });

  it('leaves a row without a form alone', () => {
    const values = workbook([{ unit: U[3], title: 'Mô hình A', form: '', achievement: '' }]);
    const outcome = checkWorkbook(values, TZ, TODAY);
    expect(outcome.recognitionLines.size).toBe(0);
  });
});

describe('Cấu hình of recognition', () => {
  const cfg = (rows: unknown[][]) => [['Mục', 'Giá trị'], ...rows];
  it('reads the signer: a deputy signs KT.; a missing name is named by row and column', () => {
    const r = readRecognitionSettings(cfg([['Chức vụ người ký quyết định khen thưởng', 'Phó Chủ tịch'], ['Người ký quyết định khen thưởng', '']]), TZ, 'Chính quyền');
    expect(r.signerRank).toBe('deputy');
    expect(r.problems).toEqual(['Trang "Cấu hình", dòng 3, cột "Giá trị": mục "Người ký quyết định khen thưởng" còn trống (cần cho hồ sơ khen thưởng).']);
  });

  it('refuses a collective signature for the chairman\'s decision', () => {
    const r = readRecognitionSettings(cfg([['Chức vụ người ký quyết định khen thưởng', 'TM. Ủy ban nhân dân'], ['Người ký quyết định khen thưởng', 'A']]), TZ, 'Chính quyền');
    expect(r.problems[0]).toMatch(/dòng 2, cột "Giá trị".*không ký "TM\."/);
  });

  it('reads base-salary periods and reports an overlap by line', () => {
    const ok = readRecognitionSettings(cfg([['Mức lương cơ sở', '01/07/2024 - 30/06/2026: 2.340.000\n01/07/2026 - : 2.530.000']]), TZ, 'Chính quyền');
    expect(ok.extraSalary.map((s) => [s.validFrom, s.validTo, s.amount])).toEqual([['2024-07-01', '2026-06-30', 2_340_000], ['2026-07-01', null, 2_530_000]]);
    const bad = readRecognitionSettings(cfg([['Mức lương cơ sở', '01/07/2024 - 30/07/2026: 2.340.000\n01/07/2026 - : 2.530.000']]), TZ, 'Chính quyền');
    expect(bad.problems.join('\n')).toContain('có dòng 2 trùng thời gian với dòng 1');
    expect(bad.extraSalary).toEqual([]);
  });

  it('reads the overlay switch and its offsets', () => {
    const r = readRecognitionSettings(cfg([['Giấy khen in trên phôi', 'Có'], ['Lề phôi Giấy khen (mm)', '3; -2,5']]), TZ, 'Chính quyền');
    expect(r.overlay).toBe(true);
    expect(r.offsetMm).toEqual({ x: 3, y: -2.5 });
  });

  it('derives the code of the contact unit from its name', () => {
    expect(unitInitials('Phòng Văn hóa - Xã hội')).toBe('VHXH');
    expect(unitInitials('Văn phòng - Thống kê')).toBe('VP');
  });
});
