/**
 * Workbooks and settings for the document tests: the seed-like settings of
 * test/support/workbook-values.ts plus the document keys of `Cấu hình`, per family, and a
 * way to fill the staff's approval columns of `Đăng ký`.
 */
import { calendarDay } from '../../../src/core/calendar-day';
import { checkWorkbook, type CheckOutcome, type WorkbookValues } from '../../../src/core/check-workbook';
import { OWNED } from '../../../src/core/contract';
import { readSettings, type DocumentFamily, type Settings } from '../../../src/core/settings';
import { configRows, TODAY_AFTER, TZ, workbook, type answers } from '../../support/workbook-values';

export const PARTY_CONFIG: Record<string, unknown> = {
  'Khối văn bản': 'Đảng',
  'Địa danh': 'Thọ Lập',
  'Cơ quan cấp trên': 'ĐẢNG BỘ TỈNH THANH HÓA',
  'Cơ quan ban hành': 'ĐẢNG ỦY XÃ THỌ LẬP',
  'Ký hiệu cơ quan': 'ĐU',
  'Tên kế hoạch': 'Kế hoạch đăng ký xây dựng và tổ chức thực hiện mô hình, phong trào, việc làm điển hình tiên tiến năm 2026',
  'Đơn vị đầu mối': 'Ban Xây dựng Đảng',
  'Thẩm quyền ký': 'T/M BAN THƯỜNG VỤ',
  'Chức vụ người ký': 'PHÓ BÍ THƯ THƯỜNG TRỰC',
  'Người ký': 'Lê Văn Lực',
  'Nơi nhận': 'Thường trực Tỉnh ủy (B/c)\nThường trực Đảng ủy, HĐND, UBND, Ủy ban MTTQ xã\nCác Đảng bộ, chi bộ trực thuộc',
};

export const STATE_CONFIG: Record<string, unknown> = {
  'Khối văn bản': 'Chính quyền',
  'Địa danh': 'Thọ Lập',
  'Cơ quan cấp trên': '',
  'Cơ quan ban hành': 'ỦY BAN NHÂN DÂN\nXÃ THỌ LẬP',
  'Ký hiệu cơ quan': 'UBND',
  'Tên kế hoạch': 'Kế hoạch số 15/KH-UBND ngày 02/12/2025 của Ủy ban nhân dân xã',
  'Đơn vị đầu mối': 'Phòng Văn hóa - Xã hội',
  'Thẩm quyền ký': 'TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH',
  'Chức vụ người ký': 'PHÓ CHỦ TỊCH',
  'Người ký': 'Nguyễn Văn A',
  'Nơi nhận': 'Thường trực Đảng ủy\nThường trực HĐND xã\nCác cơ quan, đơn vị',
};

export const CONFIG: Record<DocumentFamily, Record<string, unknown>> = { 'Đảng': PARTY_CONFIG, 'Chính quyền': STATE_CONFIG };
export const FAMILIES: DocumentFamily[] = ['Đảng', 'Chính quyền'];

/** Settings of a family, with overrides of `Cấu hình` keys. */
export function settingsFor(family: DocumentFamily, overrides: Record<string, unknown> = {}): Settings {
  return readSettings(configRows({ ...CONFIG[family], ...overrides }), TZ).settings;
}

type Answers = ReturnType<typeof answers>;

/** A registration row with the staff's approval columns. */
export interface Row {
  answers: Answers;
  approval?: string;
  comment?: string;
  id?: string;
}

/** The workbook of a family with the approval columns filled. */
export function familyWorkbook(family: DocumentFamily, rows: Row[], options: { config?: Record<string, unknown>; units?: unknown[][] } = {}): WorkbookValues {
  const values = workbook(rows.map((r) => r.answers), { config: { ...CONFIG[family], ...options.config }, units: options.units });
  const header = values.registrations![0];
  const col = (h: string) => header.indexOf(h);
  rows.forEach((r, i) => {
    const line = values.registrations![i + 1];
    if (r.approval !== undefined) line[col(OWNED.approval)] = r.approval;
    if (r.comment !== undefined) line[col(OWNED.approvalComment)] = r.comment;
    if (r.id !== undefined) line[col(OWNED.registrationId)] = r.id;
  });
  return values;
}

export function check(values: WorkbookValues, today = TODAY_AFTER): CheckOutcome {
  return checkWorkbook(values, TZ, today);
}

export const FEB_5 = calendarDay(2026, 2, 5);
