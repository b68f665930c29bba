/**
 * The shape of a plan preset (DESIGN.md §12.3): plain data, taken from one seed's own text,
 * that "Khởi tạo bảng tính" writes into the sheets of a spreadsheet that has no plan yet.
 * From then on the sheets are the plan: nothing in the engine reads a preset again. Every
 * value here is what a person would type into the cell (text, or a number for counts).
 */
import type { PresetId } from '../contract';

/** One row of `Cấu hình`: [Mục, Giá trị]. Dates as 'dd/MM/yyyy' text, lists one item per line. */
export type PresetConfigRow = readonly [string, string | number];

/** One row of `Câu hỏi` (DESIGN.md §12.1), as typed into the sheet. */
export interface PresetQuestion {
  /** `Câu hỏi`: the form question's title = the response column's header. */
  title: string;
  /** `Vai trò`: a QUESTION_ROLE value, or '' for a plain question. */
  role: string;
  /** `Kiểu`: a QUESTION_KIND value. */
  kind: string;
  /** `Bắt buộc`: 'Có', 'Không' or 'Sau <Mốc>'. */
  required: string;
  /** `Lựa chọn`: comma list for `Lựa chọn`/`Danh sách`/`Hộp kiểm` questions ('' otherwise). */
  choices: string;
  /** `Hướng dẫn`: the help text under the question in the form. */
  help: string;
}

/** One row of `Khối`. `allowedTypes` is the comma list written into `Loại được đăng ký`. */
export interface PresetGroup {
  name: string;
  allowedTypes: string;
  min: number;
  max: number;
}

/** One row of the sample roster `Đơn vị` (staff edit it; emails are theirs to type). */
export interface PresetUnit {
  code: string;
  name: string;
  group: string;
  /** Per-unit overrides of the group rule (`Tối thiểu`, `Tối đa`). */
  min?: number;
  max?: number;
  /** `Lĩnh vực được giao`: comma list of the fields/movements this unit answers for. */
  assignedFields?: string;
}

/** One row of `Mốc thời gian` (DESIGN.md §13). */
export interface PresetMilestone {
  name: string;
  /** 'dd/MM/yyyy'. */
  deadline: string;
  /** `Cột phải nộp`: the title of a question of this preset. */
  column: string;
  remindBefore: string;
  remindAfter: string;
}

export interface Preset {
  id: PresetId;
  /** Shown in the choice of plan (dialog and sidebar), Vietnamese. */
  label: string;
  /** One sentence saying what one row is and who sends it, Vietnamese. */
  description: string;
  /** The seed file's number, e.g. '000'. */
  seed: string;
  /** Every `Cấu hình` row (including `Mẫu kế hoạch`, `Tên gọi`, quotas when the seed has them). */
  config: readonly PresetConfigRow[];
  questions: readonly PresetQuestion[];
  groups: readonly PresetGroup[];
  units: readonly PresetUnit[];
  /** `Lĩnh vực`: fields, or movements/contents when the seed has those instead. */
  fields: readonly string[];
  milestones: readonly PresetMilestone[];
}
