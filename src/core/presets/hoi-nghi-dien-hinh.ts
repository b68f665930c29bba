/**
 * Preset `hoi-nghi-dien-hinh` (seed 004, Ngọc Trạo, State format): the commune's conference of
 * advanced examples in quarter I/2025. Each agency and organisation names its delegates: at
 * most 200, 30 % guests and leaders, 70 % advanced examples (seed 004 §II.3.1). After the
 * conference the dossier, with each delegate's achievement report, goes to the district before
 * 10/4/2025 (§II.3.3). The seed sets no day for units to send their delegates: the deadline is
 * the last day of quarter I, by which the conference is held. Only the organiser (Văn phòng -
 * Thống kê, §IV.1) and the Party and government offices may name guests.
 */
import { commaList, configRows, OPTIONAL, question, REMIND_AFTER, REMIND_BEFORE, REQUIRED, requiredAfter } from './preset-rows';
import type { Preset, PresetGroup, PresetUnit } from './preset-types';

const [GUEST, EXAMPLE] = ['Khách mời', 'Điển hình tiên tiến'] as const;

const GROUP = {
  offices: 'Khối Đảng, chính quyền',
  front: 'Khối Mặt trận, đoàn thể',
  services: 'Khối trường học, y tế',
} as const;

const GROUPS: PresetGroup[] = [
  { name: GROUP.offices, allowedTypes: commaList([GUEST, EXAMPLE]), min: 1, max: 8 },
  { name: GROUP.front, allowedTypes: EXAMPLE, min: 2, max: 15 },
  { name: GROUP.services, allowedTypes: EXAMPLE, min: 1, max: 8 },
];

const UNITS: PresetUnit[] = [
  // The organiser invites the guests and leaders (30 % of 200 = 60).
  { code: 'VPTK', name: 'Văn phòng - Thống kê', group: GROUP.offices, min: 1, max: 60 },
  { code: 'VPDU', name: 'Văn phòng Đảng ủy', group: GROUP.offices },
  { code: 'BTG', name: 'Ban Tuyên giáo Đảng ủy', group: GROUP.offices },
  { code: 'TCKT', name: 'Tài chính - Kế toán', group: GROUP.offices },
  { code: 'VHXH', name: 'Văn hóa - Xã hội', group: GROUP.offices },
  { code: 'DCXD', name: 'Địa chính - Xây dựng', group: GROUP.offices },
  { code: 'TPHT', name: 'Tư pháp - Hộ tịch', group: GROUP.offices },
  { code: 'CAX', name: 'Công an xã', group: GROUP.offices },
  { code: 'QSX', name: 'Ban Chỉ huy Quân sự xã', group: GROUP.offices },

  { code: 'MTTQ', name: 'Ủy ban MTTQ Việt Nam xã', group: GROUP.front },
  { code: 'HCCB', name: 'Hội Cựu chiến binh xã', group: GROUP.front },
  { code: 'HND', name: 'Hội Nông dân xã', group: GROUP.front },
  { code: 'HPN', name: 'Hội Liên hiệp Phụ nữ xã', group: GROUP.front },
  { code: 'DTN', name: 'Đoàn Thanh niên xã', group: GROUP.front },

  { code: 'MN', name: 'Trường Mầm non Ngọc Trạo', group: GROUP.services },
  { code: 'TH', name: 'Trường Tiểu học Ngọc Trạo', group: GROUP.services },
  { code: 'THCS', name: 'Trường THCS Ngọc Trạo', group: GROUP.services },
  { code: 'TYT', name: 'Trạm Y tế xã', group: GROUP.services },
];

/** Seed 004's Nơi nhận, without the archive line. */
const RECIPIENTS = [
  'Phòng Nội vụ huyện',
  'Hội đồng TĐKT xã',
  'TT Đảng ủy xã',
  'Chủ tịch UBND xã',
  'Thành viên Hội đồng TĐKT xã',
  'MTTQ và các đoàn thể xã',
  'CB, CC, người lao động thuộc xã',
];

const DOSSIER = 'Hoàn thiện hồ sơ';
const REPORT = 'Báo cáo thành tích';

export const HOI_NGHI_DIEN_HINH: Preset = {
  id: 'hoi-nghi-dien-hinh',
  label: 'Hội nghị điển hình tiên tiến: danh sách đại biểu',
  description:
    'Mỗi cơ quan, đoàn thể, đơn vị giới thiệu đại biểu dự Hội nghị điển hình tiên tiến (khách mời hoặc điển hình tiên tiến), tối đa 200 đại biểu.',
  seed: '004',
  config: configRows({
    communeName: 'Ngọc Trạo',
    placeName: 'Ngọc Trạo',
    documentFamily: 'Chính quyền',
    // The seed names the district (Thạch Thành), which is in Thanh Hóa; since 07/2025 the province.
    superiorBody: 'ỦY BAN NHÂN DÂN TỈNH THANH HÓA',
    issuingBody: 'ỦY BAN NHÂN DÂN XÃ NGỌC TRẠO',
    issuerCode: 'UBND',
    year: 2025,
    planTitle: 'Kế hoạch tổ chức Hội nghị điển hình tiên tiến các cấp tiến tới Đại hội thi đua yêu nước toàn quốc lần thứ XI năm 2025',
    registrationDeadline: '31/03/2025',
    resultsDeadline: '10/04/2025',
    contactUnit: 'Văn phòng - Thống kê',
    contactEmail: '',
    signingAuthority: 'TM. ỦY BAN NHÂN DÂN XÃ',
    signerTitle: 'CHỦ TỊCH',
    signerName: 'Bùi Văn Phương',
    recipients: RECIPIENTS.join('\n'),
    onlyNewItems: 'Không',
    remindBeforeDays: '7, 3, 1',
    remindAfterDays: '1, 3, 7',
    reminderHour: 8,
    planPreset: 'hoi-nghi-dien-hinh',
    itemNoun: 'đại biểu',
    // The seed's plan is unnumbered and undated in the text: staff type them once issued.
    planNumber: '',
    planDate: '',
    planIssuer: 'Ủy ban nhân dân xã',
    completionDays: 7,
    // Recognition (DESIGN §14): seed 004 honours the advanced examples at the conference; a delegate is a person.
    recognitionForms: 'Giấy khen',
    decisionSignerTitle: 'Chủ tịch',
    decisionSignerName: 'Bùi Văn Phương',
    contactUnitCode: 'VP',
    recipientKinds: 'Điển hình tiên tiến: Cá nhân\nKhách mời: Cá nhân',
    totalMax: 200,
    categoryShares: `${GUEST} 30%, ${EXAMPLE} 70%`,
    // The list of delegates names each one as the seed's dossier does.
    listedColumns: 'Chức vụ, nơi công tác, Giới tính, Năm sinh, Dân tộc',
  }),
  questions: [
    question('Đơn vị giới thiệu', 'unit', 'list', REQUIRED, '', 'Chọn đúng tên cơ quan, đoàn thể, đơn vị trong danh sách.'),
    question(
      'Thành phần đại biểu', 'category', 'choice', REQUIRED, commaList([GUEST, EXAMPLE]),
      'Khách mời, lãnh đạo các cấp (30%) hoặc điển hình tiên tiến (70%).',
    ),
    question('Họ và tên', 'name', 'text', REQUIRED),
    question('Chức vụ, nơi công tác', '', 'text', REQUIRED),
    question('Giới tính', '', 'choice', REQUIRED, commaList(['Nam', 'Nữ'])),
    question('Năm sinh', '', 'number', REQUIRED, '', 'Ghi bốn chữ số, ví dụ 1978.'),
    question('Dân tộc', '', 'text', REQUIRED),
    question(
      'Thành tích tiêu biểu giai đoạn 2020 - 2025', '', 'paragraph', OPTIONAL, '',
      'Bắt buộc với điển hình tiên tiến: thành tích trong các phong trào thi đua yêu nước.',
    ),
    question(REPORT, 'evidence', 'link', requiredAfter(DOSSIER), '', 'Dán đường dẫn Google Drive của báo cáo thành tích (nộp trước 10/04/2025).'),
  ],
  groups: GROUPS,
  units: UNITS,
  fields: [],
  milestones: [
    { name: DOSSIER, deadline: '10/04/2025', column: REPORT, remindBefore: REMIND_BEFORE, remindAfter: REMIND_AFTER },
  ],
};
