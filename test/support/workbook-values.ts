/**
 * Builds the sheet values of a small workbook for core tests: the seed-like settings,
 * three groups, a few units, the six fields, and registration rows given as objects.
 */
import { ANSWER, OWNED_HEADERS, type AnswerKey } from '../../src/core/contract';
import type { WorkbookValues } from '../../src/core/check-workbook';
import { calendarDay } from '../../src/core/calendar-day';

export const TZ = 'Asia/Ho_Chi_Minh';
export const TODAY_AFTER = calendarDay(2025, 12, 20);
export const TODAY_BEFORE = calendarDay(2025, 12, 10);

/** An instant at a wall time in Asia/Ho_Chi_Minh (UTC+7). */
export function vn(y: number, m: number, d: number, h = 9, min = 0): Date {
  return new Date(Date.UTC(y, m - 1, d, h - 7, min));
}

export const PLEDGE = 'Tôi cam kết đây là mô hình, phong trào, việc làm mới';

export function configRows(overrides: Record<string, unknown> = {}): unknown[][] {
  const base: Record<string, unknown> = {
    'Tên địa phương': 'Thọ Lập', 'Năm': 2026, 'Hạn đăng ký': '15/12/2025', 'Ngày bắt đầu thực hiện': '01/01/2026',
    'Hạn xây dựng kế hoạch': '15/01/2026', 'Hạn báo cáo kết quả': '15/11/2026', 'Chỉ nhận đăng ký mới': 'Có',
    ...overrides,
  };
  return [['Mục', 'Giá trị'], ...Object.entries(base).filter(([, v]) => v !== undefined).map(([k, v]) => [k, v])];
}

export const GROUP_ROWS: unknown[][] = [
  ['Khối', 'Loại được đăng ký', 'Tối thiểu', 'Tối đa'],
  ['Khối Ban Đảng', 'Việc làm', 1, 2],
  ['Khối chi bộ cơ quan', 'Mô hình, Phong trào, Việc làm', 1, 1],
  ['Khối chi bộ thôn', 'Mô hình, Phong trào', 1, 2],
];

export const FIELD_ROWS: unknown[][] = [
  ['Lĩnh vực'], ['Phát triển kinh tế'], ['Xây dựng nông thôn mới'], ['Quốc phòng - an ninh'],
  ['Xây dựng Đảng và hệ thống chính trị'], ['Văn hóa - xã hội'], ['Khác'],
];

export const UNIT_HEADERS = ['Mã', 'Tên đơn vị', 'Khối', 'Email', 'Người phụ trách', 'Tối thiểu', 'Tối đa', 'Hạn riêng'];
export function unitRows(extra: unknown[][] = []): unknown[][] {
  return [
    UNIT_HEADERS,
    ['BXDD', 'Ban Xây dựng Đảng', 'Khối Ban Đảng', 'bxdd@x.example', '', '', '', ''],
    ['CBCA', 'Chi bộ Công an', 'Khối chi bộ cơ quan', 'ca@x.example', '', '', '', ''],
    ['CBT1', 'Chi bộ thôn 1', 'Khối chi bộ thôn', 't1@x.example', '', '', '', ''],
    ['CBT2', 'Chi bộ thôn 2', 'Khối chi bộ thôn', '', '', '', '', '18/12/2025'],
    ...extra,
  ];
}

const ANSWER_ORDER = Object.keys(ANSWER) as AnswerKey[];

/** A complete, valid answer set for `unit`, overridable key by key. */
export function answers(unit: string, overrides: Partial<Record<AnswerKey, unknown>> = {}): Partial<Record<AnswerKey, unknown>> {
  return {
    timestamp: vn(2025, 12, 10), unit, type: unit.startsWith('Chi bộ thôn') ? 'Mô hình' : 'Việc làm',
    title: `Mô hình của ${unit}`, field: 'Phát triển kinh tế', content: '', scale: 'Toàn đơn vị',
    start: vn(2026, 2, 1, 0), end: vn(2026, 10, 1, 0), leadUnit: 'Chi ủy', implementingUnit: unit, partnerUnits: '',
    responsiblePerson: 'Đ/c Lê Văn Lực', newItemPledge: PLEDGE, registrationFile: '', planFile: '',
    ...overrides,
  };
}

/** `Đăng ký` values: the answer headers, the owned headers, then one row per answer set. */
export function registrationRows(rows: Array<Partial<Record<AnswerKey, unknown>>>, withOwned = true): unknown[][] {
  const header = [...ANSWER_ORDER.map((k) => ANSWER[k]), ...(withOwned ? OWNED_HEADERS : [])];
  return [header, ...rows.map((r) => [...ANSWER_ORDER.map((k) => r[k] ?? ''), ...(withOwned ? OWNED_HEADERS.map(() => '') : [])])];
}

export function workbook(rows: Array<Partial<Record<AnswerKey, unknown>>>, options: {
  config?: Record<string, unknown>; units?: unknown[][];
} = {}): WorkbookValues {
  return {
    config: configRows(options.config),
    groups: GROUP_ROWS,
    fields: FIELD_ROWS,
    units: options.units ?? unitRows(),
    registrations: registrationRows(rows),
  };
}
