/**
 * Bad plan input (DESIGN.md §9, §12): a `Câu hỏi` that cannot work is reported in Vietnamese
 * by sheet, row and column and no row is judged; quotas and `Lĩnh vực được giao` that cannot
 * be read are reported by row and left out while the rest of the run goes on. A workbook
 * without `Câu hỏi` behaves exactly as one holding the questions of §3.5.
 */
import { describe, expect, it } from 'vitest';
import { calendarDay } from '../../src/core/calendar-day';
import { checkWorkbook } from '../../src/core/check-workbook';
import { QUESTION_HEADER, ROW_STATUS } from '../../src/core/contract';
import { QUESTION_MSG } from '../../src/core/messages';
import { DEFAULT_QUESTIONS, questionSheetRows } from '../../src/core/questions';
import { CUSTOM_QUESTIONS, customAnswers, customUnits, customWorkbook } from '../support/custom-plan';
import { answers, TODAY_AFTER, TZ, vn, workbook } from '../support/workbook-values';

const TODAY = calendarDay(2026, 3, 20);
const ROWS = [customAnswers('Đoàn Thanh niên', 1), customAnswers('Hội Nông dân', 2)];

/** `Câu hỏi` with row `n` (1-based sheet row, ≥ 2) replaced by `row` (or removed when null). */
function questionsWith(n: number, row: string[] | null): string[][] {
  const out = CUSTOM_QUESTIONS.map((r) => [...r]);
  if (row) out[n - 1] = row; else out.splice(n - 1, 1);
  return out;
}

const broken = (questions: unknown[][]) => checkWorkbook(customWorkbook(ROWS, { questions }), TZ, TODAY);

describe('a Câu hỏi that cannot work', () => {
  it.each([
    ['no Đơn vị question', questionsWith(2, null), QUESTION_MSG.noUnitQuestion()],
    ['two questions of one role', questionsWith(5, ['Tên khác', 'Tên', 'Văn bản', 'Có', '', '']),
      QUESTION_MSG.twoOfRole(5, 'Tên', 4)],
    ['an unknown role', questionsWith(6, ['Mô tả', 'Ghi chú', 'Đoạn văn', 'Không', '', '']),
      QUESTION_MSG.unknownRole(6, 'Ghi chú')],
    ['an unknown kind', questionsWith(9, ['Ngày sinh', '', 'Thời điểm', 'Không', '', '']),
      QUESTION_MSG.unknownKind(9, 'Thời điểm')],
    ['a choice question without choices', questionsWith(13, ['Giới tính', '', 'Lựa chọn', 'Có', '', '']),
      QUESTION_MSG.noChoices(13, 'Lựa chọn')],
  ])('reports %s in Vietnamese and judges no row', (_name, questions, message) => {
    const o = broken(questions);
    expect(o.questionsBroken).toBe(true);
    expect(o.problems).toContain(message);
    expect(o.problems[0]).toMatch(/^Trang "Câu hỏi" có \d+ lỗi nên chưa kiểm tra/);
    expect(o.rows.size).toBe(0);
  });

  it('names the sheet, the row and the column of each fault', () => {
    expect(QUESTION_MSG.twoOfRole(5, 'Tên', 4)).toMatch(/^Trang "Câu hỏi", dòng 5, cột "Vai trò": /);
    expect(QUESTION_MSG.unknownRole(6, 'x')).toMatch(/^Trang "Câu hỏi", dòng 6, cột "Vai trò": /);
    expect(QUESTION_MSG.unknownKind(9, 'x')).toMatch(/^Trang "Câu hỏi", dòng 9, cột "Kiểu": /);
    expect(QUESTION_MSG.noChoices(13, 'Lựa chọn')).toMatch(/^Trang "Câu hỏi", dòng 13, cột "Lựa chọn": /);
    expect(QUESTION_MSG.noUnitQuestion()).toMatch(/Trang "Câu hỏi".*vai trò "Đơn vị"/);
  });
});

describe('quotas and assignments that cannot be read', () => {
  const judge = (config: Record<string, unknown>, units = customUnits()) =>
    checkWorkbook(customWorkbook(ROWS, { config, units }), TZ, TODAY);

  it('reports a Cơ cấu theo loại that does not parse, by row, and goes on without it', () => {
    const o = judge({ 'Tổng số tối đa': 1, 'Cơ cấu theo loại': 'phần lớn là Cá nhân' });
    expect(o.problems.some((p) => /^Trang "Cấu hình", dòng \d+, cột "Giá trị": "Cơ cấu theo loại" = "phần lớn là Cá nhân" không đọc được/.test(p))).toBe(true);
    expect(o.quotas.categoryCaps.size).toBe(0);
    expect([...o.rows.values()].map((r) => r.status)).toEqual([ROW_STATUS.valid, ROW_STATUS.overQuota]);
  });

  it('reports shares summing past 100 % and does not apply them', () => {
    const o = judge({ 'Tổng số tối đa': 10, 'Cơ cấu theo loại': 'Tập thể 50%, Cá nhân 60%' });
    expect(o.problems.some((p) => /^Trang "Cấu hình", dòng \d+, cột "Giá trị": "Cơ cấu theo loại" cộng lại 110%, vượt 100%/.test(p))).toBe(true);
    expect(o.quotas.categoryCaps.size).toBe(0);
    expect([...o.rows.values()].every((r) => r.status === ROW_STATUS.valid)).toBe(true);
  });

  it.each(['hai trăm', 2.5, -3])('reports Tổng số tối đa = %s as not a whole number and applies no cap', (value) => {
    const o = judge({ 'Tổng số tối đa': value, 'Cơ cấu theo loại': '' });
    expect(o.problems.some((p) => /^Trang "Cấu hình", dòng \d+, cột "Giá trị": "Tổng số tối đa" = .* không hợp lệ; cần một số nguyên dương/.test(p))).toBe(true);
    expect(o.quotas.totalMax).toBeUndefined();
    expect([...o.rows.values()].every((r) => r.status === ROW_STATUS.valid)).toBe(true);
  });

  it('reports a Lĩnh vực được giao naming an unknown field, and keeps the known ones', () => {
    const units = customUnits().map((r) => (r[0] === 'HND' ? [...r.slice(0, 8), 'Thi đua làm giàu, Thi đua học tập'] : r));
    const o = judge({}, units);
    expect(o.problems).toContain(QUESTION_MSG.assignedUnknown(3, 'Thi đua làm giàu', 'Lĩnh vực'));
    expect(QUESTION_MSG.assignedUnknown(3, 'x', 'Lĩnh vực')).toMatch(/^Trang "Đơn vị", dòng 3, cột "Lĩnh vực được giao": /);
    expect(o.rows.get(3)!.status).toBe(ROW_STATUS.needsFix); // its 'Thi đua sản xuất giỏi' row is outside 'Thi đua học tập'
    expect(o.rows.get(3)!.reasons[0]).toContain('"Thi đua học tập"');
    expect(o.rows.get(2)!.status).toBe(ROW_STATUS.valid);
  });
});

describe('a workbook without Câu hỏi', () => {
  it('judges rows exactly as a Câu hỏi holding the questions of §3.5', () => {
    const rows = [
      answers('Ban Xây dựng Đảng'), answers('Chi bộ thôn 1', { type: 'Việc làm' }), answers('Chi bộ thôn 2', { field: 'Môi trường' }),
      answers('Chi bộ Công an', { newItemPledge: 'Không' }), answers('Chi bộ thôn 1', { timestamp: vn(2025, 12, 17), title: 'Khác' }),
      answers('Chi bộ thôn 9'), answers('Ban Xây dựng Đảng', { end: '12/31/2026', scale: '' }), answers('Chi bộ Công an', { title: 'Thứ hai' }),
    ];
    const without = checkWorkbook(workbook(rows), TZ, TODAY_AFTER);
    const grid = [Object.values(QUESTION_HEADER), ...questionSheetRows(DEFAULT_QUESTIONS)];
    const withSheet = checkWorkbook({ ...workbook(rows), questions: grid }, TZ, TODAY_AFTER);
    const view = (o: typeof without) => ({
      rows: [...o.rows.values()].map((r) => [r.row, r.status, r.reasons]),
      units: o.units.map((u) => [u.unit.name, u.status]),
      problems: o.problems,
    });
    expect(without.questionsBroken).toBe(false);
    expect(new Set([...without.rows.values()].map((r) => r.status)).size).toBeGreaterThan(2);
    expect(view(withSheet)).toEqual(view(without));
  });
});
