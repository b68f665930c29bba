/**
 * A plan the project has never seen, as sheet values (DESIGN.md §12): its own `Câu hỏi` with a
 * question of every kind and every role, two groups with their categories, a roster where one
 * unit is restricted by `Lĩnh vực được giao`, movements in `Lĩnh vực`, and the quotas
 * `Tổng số tối đa` and `Cơ cấu theo loại`. Rows are given by question title.
 */
import type { WorkbookValues } from '../../src/core/check-workbook';
import { OWNED_HEADERS } from '../../src/core/contract';
import { vn } from './workbook-values';

export const Q = {
  unit: 'Đơn vị gửi', category: 'Hạng mục', name: 'Tên gọi', field: 'Phong trào', about: 'Mô tả',
  start: 'Ngày bắt đầu', end: 'Ngày kết thúc', born: 'Ngày sinh', members: 'Số thành viên', email: 'Email liên hệ',
  site: 'Trang thông tin', sex: 'Giới tính', rank: 'Xếp hạng', activities: 'Hoạt động', pledge: 'Cam kết',
  file: 'Hồ sơ', photo: 'Ảnh',
} as const;
export type QKey = keyof typeof Q;

export const PLEDGE_TEXT = 'Tôi cam kết đây là đăng ký mới';

/** `Câu hỏi`: title, role, kind, required, choices, help — every kind of §12.1 appears. */
export const CUSTOM_QUESTIONS: string[][] = [
  ['Câu hỏi', 'Vai trò', 'Kiểu', 'Bắt buộc', 'Lựa chọn', 'Hướng dẫn'],
  [Q.unit, 'Đơn vị', 'Danh sách', 'Có', '', 'Chọn đơn vị'],
  [Q.category, 'Loại', 'Lựa chọn', 'Có', 'Tập thể, Cá nhân', ''],
  [Q.name, 'Tên', 'Văn bản', 'Có', '', ''],
  [Q.field, 'Lĩnh vực', 'Danh sách', 'Có', '', ''],
  [Q.about, '', 'Đoạn văn', 'Không', '', ''],
  [Q.start, 'Bắt đầu', 'Ngày', 'Có', '', ''],
  [Q.end, 'Hoàn thành', 'Ngày', 'Có', '', ''],
  [Q.born, '', 'Ngày', 'Không', '', ''],
  [Q.members, '', 'Số', 'Có', '', ''],
  [Q.email, '', 'Email', 'Không', '', ''],
  [Q.site, '', 'Đường dẫn', 'Không', '', ''],
  [Q.sex, '', 'Lựa chọn', 'Có', 'Nam, Nữ', ''],
  [Q.rank, '', 'Danh sách', 'Không', 'Xuất sắc, Tốt, Khá', ''],
  [Q.activities, '', 'Hộp kiểm', 'Có', 'Thể thao, Văn nghệ', ''],
  [Q.pledge, 'Cam kết mới', 'Hộp kiểm', 'Không', PLEDGE_TEXT, ''],
  [Q.file, 'Minh chứng', 'Đường dẫn', 'Không', '', ''],
  [Q.photo, 'Minh chứng', 'Đường dẫn', 'Không', '', ''],
];

export const CUSTOM_FIELDS = ['Thi đua sản xuất giỏi', 'Thi đua học tập', 'Thi đua giữ gìn an ninh'];

export function customConfig(overrides: Record<string, unknown> = {}): unknown[][] {
  const base: Record<string, unknown> = {
    'Tên địa phương': 'Hòa Bình', 'Năm': 2026, 'Hạn đăng ký': '15/03/2026', 'Ngày bắt đầu thực hiện': '01/01/2026',
    'Hạn báo cáo kết quả': '30/11/2026', 'Chỉ nhận đăng ký mới': 'Có', 'Tổng số tối đa': 10,
    'Cơ cấu theo loại': 'Tập thể 30%, Cá nhân 70%', ...overrides,
  };
  return [['Mục', 'Giá trị'], ...Object.entries(base).filter(([, v]) => v !== undefined)];
}

export const CUSTOM_GROUPS: unknown[][] = [
  ['Khối', 'Loại được đăng ký', 'Tối thiểu', 'Tối đa'],
  ['Khối đoàn thể', 'Tập thể, Cá nhân', 1, 5],
  ['Khối trường học', 'Cá nhân', 1, 5],
];

export const CUSTOM_UNIT_HEADERS = ['Mã', 'Tên đơn vị', 'Khối', 'Email', 'Người phụ trách', 'Tối thiểu', 'Tối đa', 'Hạn riêng', 'Lĩnh vực được giao'];
export function customUnits(extra: unknown[][] = []): unknown[][] {
  return [
    CUSTOM_UNIT_HEADERS,
    ['DTN', 'Đoàn Thanh niên', 'Khối đoàn thể', 'dtn@x.example', '', '', '', '', ''],
    ['HND', 'Hội Nông dân', 'Khối đoàn thể', 'hnd@x.example', '', '', '', '', 'Thi đua sản xuất giỏi'],
    ['THCS', 'Trường THCS', 'Khối trường học', 'thcs@x.example', '', '', '', '', 'Thi đua học tập, Thi đua giữ gìn an ninh'],
    ['CA', 'Công an xã', 'Khối đoàn thể', '', '', '', '', '', ''],
    ...extra,
  ];
}

export type CustomRow = Partial<Record<QKey | 'timestamp', unknown>>;

/** A complete, valid answer set for `unit`, overridable key by key. */
export function customAnswers(unit: string, n: number, overrides: CustomRow = {}): CustomRow {
  return {
    timestamp: vn(2026, 3, 1, 8, n), unit, category: 'Cá nhân', name: `Người số ${n}`,
    field: unit === 'Trường THCS' ? 'Thi đua học tập' : 'Thi đua sản xuất giỏi', about: '', start: vn(2026, 2, 1, 0),
    end: vn(2026, 10, 1, 0), born: '', members: 12, email: '', site: '', sex: 'Nữ', rank: '', activities: 'Thể thao',
    pledge: PLEDGE_TEXT, file: '', photo: '', ...overrides,
  };
}

export const ANSWER_HEADERS = ['Dấu thời gian', ...Object.values(Q)];
const KEYS = ['timestamp', ...Object.keys(Q)] as Array<QKey | 'timestamp'>;

export function customRegistrations(rows: readonly CustomRow[], withOwned = true): unknown[][] {
  return [
    [...ANSWER_HEADERS, ...(withOwned ? OWNED_HEADERS : [])],
    ...rows.map((r) => [...KEYS.map((k) => r[k] ?? ''), ...(withOwned ? OWNED_HEADERS.map(() => '') : [])]),
  ];
}

export function customWorkbook(rows: readonly CustomRow[], options: {
  config?: Record<string, unknown>; units?: unknown[][]; questions?: unknown[][];
} = {}): WorkbookValues {
  return {
    config: customConfig(options.config),
    groups: CUSTOM_GROUPS,
    fields: [['Lĩnh vực'], ...CUSTOM_FIELDS.map((f) => [f])],
    units: options.units ?? customUnits(),
    questions: options.questions ?? CUSTOM_QUESTIONS,
    registrations: customRegistrations(rows),
  };
}
