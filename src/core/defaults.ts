/**
 * The defaults of seed 000 (Thọ Lập commune, plan year 2026) that "Khởi tạo bảng tính"
 * writes into a NEW spreadsheet: settings, unit groups with their rules, fields and the
 * roster of units. Pure data (no Apps Script or Node globals): it is bundled into Apps
 * Script. Names of sheets, keys and types come from contract.ts; only the commune's own
 * data is written here.
 */
import { CONFIG_KEY, REGISTRATION_TYPES } from './contract';

/** The seed's recipient list ("Nơi nhận"), without the archive line the documents add. */
const RECIPIENTS = [
  'Thường trực Tỉnh ủy (B/c)',
  'Thường trực Đảng ủy, HĐND, UBND, Ủy ban MTTQ xã',
  'Các đ/c Ủy viên BTV',
  'Các đ/c ĐUV; thành viên HĐTĐKT xã',
  'Các phòng, ban, ngành, đoàn thể cấp xã',
  'Các Đảng bộ, chi bộ trực thuộc',
];

/**
 * Rows of `Cấu hình` in DESIGN §3.1 order: [Mục, Giá trị]. Dates as 'dd/MM/yyyy' text,
 * numbers as numbers, lists as text (`Nơi nhận` one recipient per line).
 */
export const DEFAULT_CONFIG_ROWS: ReadonlyArray<readonly [string, string | number]> = [
  [CONFIG_KEY.communeName, 'Thọ Lập'],
  [CONFIG_KEY.placeName, 'Thọ Lập'],
  [CONFIG_KEY.documentFamily, 'Đảng'],
  [CONFIG_KEY.superiorBody, 'ĐẢNG BỘ TỈNH THANH HÓA'],
  [CONFIG_KEY.issuingBody, 'ĐẢNG ỦY XÃ THỌ LẬP'],
  [CONFIG_KEY.issuerCode, 'ĐU'],
  [CONFIG_KEY.year, 2026],
  [
    CONFIG_KEY.planTitle,
    'Kế hoạch đăng ký xây dựng và tổ chức thực hiện mô hình, phong trào, việc làm điển hình tiên tiến năm 2026',
  ],
  [CONFIG_KEY.registrationDeadline, '15/12/2025'],
  [CONFIG_KEY.earliestStart, '01/01/2026'],
  [CONFIG_KEY.planDeadline, '15/01/2026'],
  [CONFIG_KEY.resultsDeadline, '15/11/2026'],
  [CONFIG_KEY.contactUnit, 'Ban Xây dựng Đảng'],
  [CONFIG_KEY.contactEmail, ''],
  [CONFIG_KEY.signingAuthority, 'T/M BAN THƯỜNG VỤ'],
  [CONFIG_KEY.signerTitle, 'PHÓ BÍ THƯ THƯỜNG TRỰC'],
  [CONFIG_KEY.signerName, 'Lê Văn Lực'],
  [CONFIG_KEY.recipients, RECIPIENTS.join('\n')],
  [CONFIG_KEY.onlyNewItems, 'Có'],
  [CONFIG_KEY.remindBeforeDays, '7, 3, 1'],
  [CONFIG_KEY.remindAfterDays, '1, 3, 7'],
  [CONFIG_KEY.reminderHour, 8],
];

const [MODEL, MOVEMENT, DEED] = REGISTRATION_TYPES;
const ANY_TYPE = REGISTRATION_TYPES.join(', ');

/** Group names, shared by DEFAULT_GROUPS and DEFAULT_UNITS. */
const GROUP = {
  partyBoards: 'Khối Ban Đảng',
  front: 'Khối Mặt trận, đoàn thể',
  government: 'Khối HĐND, UBND',
  agencyCells: 'Khối chi bộ cơ quan',
  villageCells: 'Khối chi bộ thôn',
} as const;

/**
 * The five groups of DESIGN §3.2 with seed 000's rules (section III of the plan).
 * `allowedTypes` is the comma list text written into `Loại được đăng ký`.
 */
export const DEFAULT_GROUPS: ReadonlyArray<{ name: string; allowedTypes: string; min: number; max: number }> = [
  { name: GROUP.partyBoards, allowedTypes: DEED, min: 1, max: 2 },
  { name: GROUP.front, allowedTypes: ANY_TYPE, min: 1, max: 2 },
  { name: GROUP.government, allowedTypes: DEED, min: 1, max: 2 },
  { name: GROUP.agencyCells, allowedTypes: ANY_TYPE, min: 1, max: 1 },
  { name: GROUP.villageCells, allowedTypes: `${MODEL}, ${MOVEMENT}`, min: 1, max: 2 },
];

/** The six fields of DESIGN §3.4 (`Lĩnh vực`). */
export const DEFAULT_FIELDS: readonly string[] = [
  'Phát triển kinh tế',
  'Xây dựng nông thôn mới',
  'Quốc phòng - an ninh',
  'Xây dựng Đảng và hệ thống chính trị',
  'Văn hóa - xã hội',
  'Khác',
];

/** Village Party cells: Chi bộ thôn 1 … Chi bộ thôn 8. */
const VILLAGE_CELLS = Array.from({ length: 8 }, (_, i) => ({
  code: `CBT${i + 1}`,
  name: `Chi bộ thôn ${i + 1}`,
  group: GROUP.villageCells,
}));

/**
 * The roster of units named as in seed 000, by group. No emails: a real commune types
 * its own addresses into `Đơn vị`.
 */
export const DEFAULT_UNITS: ReadonlyArray<{ code: string; name: string; group: string }> = [
  { code: 'BXDD', name: 'Ban Xây dựng Đảng', group: GROUP.partyBoards },
  { code: 'UBKT', name: 'Ủy ban Kiểm tra Đảng ủy', group: GROUP.partyBoards },
  { code: 'VPDU', name: 'Văn phòng Đảng ủy', group: GROUP.partyBoards },

  { code: 'MTTQ', name: 'Ủy ban MTTQ xã', group: GROUP.front },
  { code: 'DTN', name: 'Đoàn Thanh niên', group: GROUP.front },
  { code: 'HLHPN', name: 'Hội Liên hiệp Phụ nữ', group: GROUP.front },
  { code: 'HND', name: 'Hội Nông dân', group: GROUP.front },
  { code: 'HCCB', name: 'Hội Cựu chiến binh', group: GROUP.front },
  { code: 'HNCT', name: 'Hội Người cao tuổi', group: GROUP.front },
  { code: 'HCTD', name: 'Hội Chữ thập đỏ', group: GROUP.front },
  { code: 'HKH', name: 'Hội Khuyến học', group: GROUP.front },

  { code: 'BKTNS', name: 'Ban Kinh tế - Ngân sách HĐND', group: GROUP.government },
  { code: 'BVHXH', name: 'Ban Văn hóa - Xã hội HĐND', group: GROUP.government },
  { code: 'VPHDND', name: 'Văn phòng HĐND và UBND', group: GROUP.government },
  { code: 'PKT', name: 'Phòng Kinh tế', group: GROUP.government },
  { code: 'PVHXH', name: 'Phòng Văn hóa - Xã hội', group: GROUP.government },
  { code: 'TTPVHCC', name: 'Trung tâm Phục vụ hành chính công', group: GROUP.government },
  { code: 'TTDVC', name: 'Trung tâm Cung ứng dịch vụ công', group: GROUP.government },

  { code: 'CBQS', name: 'Chi bộ Quân sự', group: GROUP.agencyCells },
  { code: 'CBCA', name: 'Chi bộ Công an', group: GROUP.agencyCells },
  { code: 'CBTHCS', name: 'Chi bộ Trường THCS', group: GROUP.agencyCells },
  { code: 'CBTH', name: 'Chi bộ Trường Tiểu học', group: GROUP.agencyCells },
  { code: 'CBMN', name: 'Chi bộ Trường Mầm non', group: GROUP.agencyCells },
  { code: 'CBYT', name: 'Chi bộ Trạm Y tế', group: GROUP.agencyCells },

  ...VILLAGE_CELLS,
];
