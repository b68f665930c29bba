/**
 * The documents' lists follow the plan (DESIGN.md §12): for the plan of §3.5 every table is
 * exactly the one it always was; another plan's lists name its `Tên` question, drop the
 * category, field and period columns it does not ask, and add `Cột trong danh sách`.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_QUESTIONS, readQuestions } from '../../../src/core/questions';
import { DEFAULT_PLAN_COLUMNS, listColumns, listLayout, planColumns } from '../../../src/core/documents/item-columns';
import { presetQuestions } from '../../../src/core/presets/preset-questions';
import { PRESETS } from '../../../src/core/presets';

const none = () => '';

describe("the documents' lists", () => {
  it('are those of §3.5 for the plan of §3.5', () => {
    const plan = planColumns(DEFAULT_QUESTIONS, { listedColumns: '' });
    expect(plan).toEqual(DEFAULT_PLAN_COLUMNS);
    const notice = listLayout(listColumns(plan, 'notice', 'STT', none, none));
    const T = true;
    const F = false;
    expect(notice.header).toEqual(['STT', 'Đơn vị', 'Tên mô hình, phong trào, việc làm', 'Loại', 'Lĩnh vực', 'Thời gian thực hiện']);
    expect(notice.layout).toEqual({
      fractions: [0.06, 0.19, 0.31, 0.12, 0.16, 0.16], align: ['center', 'left', 'left', 'center', 'left', 'center'], keepWhole: [T, F, F, T, F, T],
    });
    const unit = listLayout(listColumns(plan, 'unitApproved', 'STT', none, undefined));
    expect(unit.header).toEqual(['STT', 'Tên mô hình, phong trào, việc làm', 'Loại', 'Lĩnh vực', 'Thời gian thực hiện']);
    expect(unit.layout).toEqual({
      fractions: [0.07, 0.41, 0.13, 0.2, 0.19], align: ['center', 'left', 'center', 'left', 'center'], keepWhole: [T, F, T, F, T],
    });
    const annex = listLayout(listColumns(plan, 'annex', 'TT', none, none));
    expect(annex.header).toEqual([
      'TT', 'Đơn vị', 'Tên mô hình, phong trào, việc làm', 'Loại', 'Lĩnh vực', 'Đơn vị tổ chức thực hiện',
      'Đơn vị phối hợp', 'Quy mô', 'Thời gian thực hiện', 'Người phụ trách',
    ]);
    expect(annex.layout).toEqual({
      fractions: [0.04, 0.1, 0.16, 0.07, 0.09, 0.1, 0.1, 0.09, 0.1, 0.13],
      align: ['center', 'left', 'left', 'center', 'left', 'left', 'left', 'left', 'center', 'left'],
      keepWhole: [T, F, F, T, F, F, F, F, T, F],
    });
  });

  it("name the plan's own name question, and drop the field and period a plan does not ask", () => {
    const preset = PRESETS['hoi-nghi-dien-hinh'];
    const plan = planColumns(presetQuestions(preset), { listedColumns: 'Chức vụ, nơi công tác, Giới tính, Không có câu hỏi này' });
    expect(plan.listed).toEqual(['Chức vụ, nơi công tác', 'Giới tính']);
    expect(listLayout(listColumns(plan, 'notice', 'STT', none, none)).header)
      .toEqual(['STT', 'Đơn vị', 'Họ và tên', 'Loại', 'Chức vụ, nơi công tác', 'Giới tính']);
    expect(listLayout(listColumns(plan, 'annex', 'TT', none, none)).header)
      .toEqual(['TT', 'Đơn vị', 'Họ và tên', 'Loại', 'Chức vụ, nơi công tác', 'Giới tính']);
  });

  it('list every short question without a role in the annex when Cột trong danh sách is empty', () => {
    const questions = readQuestions([
      ['Câu hỏi', 'Vai trò', 'Kiểu', 'Bắt buộc', 'Lựa chọn', 'Hướng dẫn'],
      ['Đơn vị', 'Đơn vị', 'Danh sách', 'Có', '', ''],
      ['Tên sáng kiến', 'Tên', 'Văn bản', 'Có', '', ''],
      ['Mô tả', '', 'Đoạn văn', 'Không', '', ''],
      ['Số người hưởng lợi', '', 'Số', 'Không', '', ''],
    ]).questions;
    const plan = planColumns(questions, { listedColumns: '' });
    expect(plan).toMatchObject({ name: 'Tên sáng kiến', hasCategory: false, field: undefined, hasPeriod: false, listed: [] });
    expect(listLayout(listColumns(plan, 'annex', 'TT', none, none)).header).toEqual(['TT', 'Đơn vị', 'Tên sáng kiến', 'Số người hưởng lợi']);
    expect(listLayout(listColumns(plan, 'notice', 'STT', none, none)).header).toEqual(['STT', 'Đơn vị', 'Tên sáng kiến']);
  });
});
