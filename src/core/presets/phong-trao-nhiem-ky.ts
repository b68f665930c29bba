/**
 * Preset `phong-trao-nhiem-ky` (seed 002, Sính Phình, State format): the term-long movement
 * 2025–2030. Each year every agency, organisation and village proposes the collectives and
 * individuals to commend (Giấy khen of the Chủ tịch UBND xã, seed 002 §III.2) for the year's
 * results in one of the four contents of §II, then sends their achievement report. The seed
 * gives no day for the yearly proposals or review ("Hằng năm tổ chức đánh giá kết quả", §V):
 * the dates below are a starting point for staff to change. It names no village either: the
 * villages are numbered placeholders.
 */
import { commaList, configRows, OPTIONAL, question, REMIND_AFTER, REMIND_BEFORE, REQUIRED, requiredAfter } from './preset-rows';
import type { Preset, PresetGroup, PresetUnit } from './preset-types';

/** The four contents of seed 002 §II, shortened to their first clause. */
const CONTENTS = [
  'Thi đua hoàn thành và hoàn thành vượt mức các nhiệm vụ phát triển kinh tế - xã hội, các công trình trọng tâm của xã',
  'Thi đua tổ chức tốt công tác tuyên truyền, thực hiện thắng lợi các nhiệm vụ Nghị quyết Đại hội đã đề ra',
  'Thi đua xây dựng Đảng, xây dựng chính quyền trong sạch, vững mạnh',
  'Thi đua đẩy mạnh cải cách hành chính, chuyển đổi số, nâng cao chất lượng phục vụ người dân',
];

const BOTH = commaList(['Tập thể', 'Cá nhân']);

/** Seed 002 §III.1: criteria for a) agencies and units, b) the Front and socio-political organisations; §II: the villages. */
const GROUP = {
  agencies: 'Khối cơ quan, đơn vị',
  front: 'Khối Mặt trận, đoàn thể',
  villages: 'Khối thôn',
} as const;

const GROUPS: PresetGroup[] = [
  { name: GROUP.agencies, allowedTypes: BOTH, min: 1, max: 3 },
  { name: GROUP.front, allowedTypes: BOTH, min: 1, max: 3 },
  { name: GROUP.villages, allowedTypes: BOTH, min: 1, max: 2 },
];

/** Villages of Sính Phình: the seed says only "các thôn trên địa bàn xã". */
const VILLAGES: PresetUnit[] = Array.from({ length: 8 }, (_, i) => ({
  code: `THON${i + 1}`,
  name: `Thôn ${i + 1}`,
  group: GROUP.villages,
}));

const UNITS: PresetUnit[] = [
  { code: 'VP', name: 'Văn phòng HĐND và UBND', group: GROUP.agencies },
  { code: 'PKT', name: 'Phòng Kinh tế', group: GROUP.agencies },
  { code: 'PVHXH', name: 'Phòng Văn hóa - Xã hội', group: GROUP.agencies },
  { code: 'TTDVTH', name: 'Trung tâm Dịch vụ tổng hợp', group: GROUP.agencies },
  { code: 'TTPVHCC', name: 'Trung tâm Phục vụ hành chính công', group: GROUP.agencies },
  { code: 'CAX', name: 'Công an xã', group: GROUP.agencies },
  { code: 'QSX', name: 'Ban Chỉ huy Quân sự xã', group: GROUP.agencies },
  { code: 'TYT', name: 'Trạm Y tế xã', group: GROUP.agencies },

  { code: 'MTTQ', name: 'Ủy ban MTTQ Việt Nam xã', group: GROUP.front },
  { code: 'HCCB', name: 'Hội Cựu chiến binh xã', group: GROUP.front },
  { code: 'HND', name: 'Hội Nông dân xã', group: GROUP.front },
  { code: 'HPN', name: 'Hội Liên hiệp Phụ nữ xã', group: GROUP.front },
  { code: 'DTN', name: 'Đoàn Thanh niên xã', group: GROUP.front },

  ...VILLAGES,
];

/** Seed 002's Nơi nhận, without the archive line. */
const RECIPIENTS = [
  'Thường trực Đảng ủy xã (b/c)',
  'Thường trực HĐND xã (b/c)',
  'Đảng ủy UBND xã (b/c)',
  'Lãnh đạo UBND xã',
  'Ủy ban MTTQVN xã',
  'Các cơ quan, đơn vị trực thuộc UBND xã',
  'Các thôn trên địa bàn xã',
];

/** The yearly review (seed 002 §V); proposals come before it, achievement reports by it. */
const YEAR_REVIEW = 'Tổng kết năm';
const REPORT = 'Báo cáo thành tích';

export const PHONG_TRAO_NHIEM_KY: Preset = {
  id: 'phong-trao-nhiem-ky',
  label: 'Phong trào thi đua cả nhiệm kỳ: đề nghị khen thưởng hằng năm',
  description:
    'Hằng năm mỗi cơ quan, đơn vị, đoàn thể, thôn đề nghị khen thưởng tập thể, cá nhân có thành tích trong phong trào thi đua nhiệm kỳ 2025 - 2030.',
  seed: '002',
  config: configRows({
    communeName: 'Sính Phình',
    placeName: 'Sính Phình',
    documentFamily: 'Chính quyền',
    // Not in the seed's text, which names no province: Sính Phình is a commune of Điện Biên.
    superiorBody: 'ỦY BAN NHÂN DÂN TỈNH ĐIỆN BIÊN',
    issuingBody: 'ỦY BAN NHÂN DÂN XÃ SÍNH PHÌNH',
    issuerCode: 'UBND',
    year: 2026,
    planTitle:
      'Kế hoạch triển khai phong trào thi đua yêu nước thực hiện Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIV của Đảng và Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ XV, Nghị quyết đại hội đại biểu Đảng bộ xã Sính Phình, nhiệm kỳ 2025 - 2030',
    registrationDeadline: '15/11/2026',
    contactUnit: 'Phòng Văn hóa - Xã hội',
    contactEmail: '',
    signingAuthority: 'TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH',
    signerTitle: 'PHÓ CHỦ TỊCH',
    signerName: 'Trần Đức Thịnh',
    recipients: RECIPIENTS.join('\n'),
    onlyNewItems: 'Không',
    remindBeforeDays: '7, 3, 1',
    remindAfterDays: '1, 3, 7',
    reminderHour: 8,
    planPreset: 'phong-trao-nhiem-ky',
    itemNoun: 'đề nghị khen thưởng',
    listedColumns: 'Chức vụ, nơi công tác hoặc địa chỉ',
    // The seed's plan is unnumbered and undated in the text: staff type them once issued.
    planNumber: '',
    planDate: '',
    planIssuer: 'Ủy ban nhân dân xã',
    completionDays: 7,
    // Recognition (DESIGN §14): seed 002 §III.2, Giấy khen of the Chủ tịch UBND xã for the year's results.
    recognitionForms: 'Giấy khen',
    decisionSignerTitle: 'Phó Chủ tịch',
    decisionSignerName: 'Trần Đức Thịnh',
    contactUnitCode: 'VHXH',
  }),
  questions: [
    question('Cơ quan, đơn vị đề nghị', 'unit', 'list', REQUIRED, '', 'Chọn đúng tên cơ quan, đơn vị, thôn trong danh sách.'),
    question('Đối tượng đề nghị', 'category', 'choice', REQUIRED, BOTH),
    question('Tên tập thể hoặc họ và tên cá nhân', 'name', 'text', REQUIRED),
    question('Chức vụ, nơi công tác hoặc địa chỉ', '', 'text', REQUIRED),
    question('Nội dung thi đua', 'field', 'list', REQUIRED, '', 'Một trong bốn nội dung thi đua của kế hoạch (mục II).'),
    question(
      'Tóm tắt thành tích', '', 'paragraph', REQUIRED, '',
      'Kết quả trong năm theo tiêu chí thi đua của kế hoạch (mục III.1).',
    ),
    question('Sáng kiến, giải pháp sáng tạo', '', 'paragraph', OPTIONAL),
    question(
      'Hình thức đề nghị', '', 'choice', REQUIRED,
      commaList(['Giấy khen của Chủ tịch UBND xã', 'Đề nghị Chủ tịch UBND tỉnh khen thưởng']),
      'Giấy khen của Chủ tịch UBND xã; thành tích tiêu biểu, xuất sắc được đề nghị Chủ tịch UBND tỉnh xem xét.',
    ),
    question('Biên bản họp bình xét', 'evidence', 'link', OPTIONAL, '', 'Dán đường dẫn Google Drive của biên bản họp bình xét (nếu có).'),
    question(REPORT, 'evidence', 'link', requiredAfter(YEAR_REVIEW), '', 'Dán đường dẫn Google Drive của báo cáo thành tích (nộp trước hạn tổng kết năm).'),
  ],
  groups: GROUPS,
  units: UNITS,
  fields: CONTENTS,
  milestones: [
    { name: YEAR_REVIEW, deadline: '15/12/2026', column: REPORT, remindBefore: REMIND_BEFORE, remindAfter: REMIND_AFTER },
  ],
};
