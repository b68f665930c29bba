/**
 * Preset `dot-thi-dua` (seed 003, Bình Chương, Party format): the drive launched in 8/2024 in
 * two phases (8/2024–7/2025, 8/2025–7/2026). Every Party cell signs exactly one emulation
 * commitment at the launch ceremony (seed 003 §IV.2: "đồng chí Bí thư các chi bộ trực thuộc
 * Đảng ủy ký cam kết"), then reports for the mid-term review (8/2025) and the final review
 * (8/2026) (§II.3, §V.1). The seed names one cell only (Chi bộ thôn An Điền 2, §VI.7): the
 * other village cells are numbered placeholders, the agency cells the usual ones of a commune.
 */
import { configRows, OPTIONAL, question, REMIND_AFTER, REMIND_BEFORE, REQUIRED, requiredAfter } from './preset-rows';
import type { Preset, PresetGroup, PresetUnit } from './preset-types';

/** The six contents of seed 003 §III, shortened to their first clause. */
const CONTENTS = [
  'Thực hiện thắng lợi các mục tiêu, chỉ tiêu, nhiệm vụ của Nghị quyết Đại hội Đảng bộ xã lần thứ XX',
  'Chuẩn bị tổ chức thành công đại hội đảng các cấp; bầu cử đại biểu Quốc hội và Hội đồng nhân dân các cấp',
  'Đổi mới, sáng tạo trong công tác thông tin tuyên truyền, nhân rộng điển hình tiên tiến',
  'Xây dựng, chỉnh đốn Đảng và hệ thống chính trị; phát triển kinh tế - xã hội, quốc phòng, an ninh',
  'Đẩy mạnh ứng dụng chuyển đổi số trong các cơ quan, tổ chức đảng',
  'Thực hiện thắng lợi các mục tiêu, chỉ tiêu giai đoạn 2020 - 2025 của Nghị quyết Đại hội Đảng bộ xã lần thứ XX',
];

const COMMITMENT = 'Cam kết';

const GROUP = {
  villageCells: 'Khối chi bộ thôn',
  agencyCells: 'Khối chi bộ cơ quan',
} as const;

/** Exactly one commitment per cell. */
const GROUPS: PresetGroup[] = [
  { name: GROUP.villageCells, allowedTypes: COMMITMENT, min: 1, max: 1 },
  { name: GROUP.agencyCells, allowedTypes: COMMITMENT, min: 1, max: 1 },
];

const UNITS: PresetUnit[] = [
  { code: 'CBAD1', name: 'Chi bộ thôn An Điền 1', group: GROUP.villageCells },
  { code: 'CBAD2', name: 'Chi bộ thôn An Điền 2', group: GROUP.villageCells },
  ...Array.from({ length: 6 }, (_, i) => ({
    code: `CBT${i + 3}`,
    name: `Chi bộ thôn ${i + 3}`,
    group: GROUP.villageCells,
  })),
  { code: 'CBCQ', name: 'Chi bộ Cơ quan Đảng - Đoàn thể', group: GROUP.agencyCells },
  { code: 'CBUB', name: 'Chi bộ Ủy ban nhân dân xã', group: GROUP.agencyCells },
  { code: 'CBQS', name: 'Chi bộ Quân sự', group: GROUP.agencyCells },
  { code: 'CBCA', name: 'Chi bộ Công an', group: GROUP.agencyCells },
  { code: 'CBTHCS', name: 'Chi bộ Trường THCS', group: GROUP.agencyCells },
  { code: 'CBTH', name: 'Chi bộ Trường Tiểu học', group: GROUP.agencyCells },
  { code: 'CBMN', name: 'Chi bộ Trường Mầm non', group: GROUP.agencyCells },
  { code: 'CBYT', name: 'Chi bộ Trạm Y tế', group: GROUP.agencyCells },
];

/** Seed 003's Nơi nhận, without the archive line ("Lưu VP Đảng ủy"). */
const RECIPIENTS = [
  'Ban Thường vụ Huyện ủy (báo cáo)',
  'Các CQ chuyên trách tham mưu, giúp việc Huyện ủy (báo cáo)',
  'Đc Thường vụ Huyện ủy phụ trách (bc)',
  'Ban Thường vụ Đảng ủy',
  'Thường trực HĐND, UBND xã',
  'Mặt trận, Hội đoàn thể xã',
  'Các chi bộ trực thuộc Đảng ủy',
  'Các đồng chí Đảng ủy viên',
];

const MID_REVIEW = 'Sơ kết';
const FINAL_REVIEW = 'Tổng kết';
const MID_REPORT = 'Báo cáo sơ kết';
const FINAL_REPORT = 'Báo cáo tổng kết';

export const DOT_THI_DUA: Preset = {
  id: 'dot-thi-dua',
  label: 'Đợt thi đua: cam kết của chi bộ, sơ kết và tổng kết',
  description:
    'Mỗi chi bộ trực thuộc gửi một bản cam kết thi đua khi phát động, rồi nộp báo cáo sơ kết và báo cáo tổng kết đợt thi đua.',
  seed: '003',
  config: configRows({
    communeName: 'Bình Chương',
    placeName: 'Bình Chương',
    documentFamily: 'Đảng',
    superiorBody: 'ĐẢNG BỘ TỈNH QUẢNG NGÃI',
    issuingBody: 'ĐẢNG ỦY XÃ BÌNH CHƯƠNG',
    issuerCode: 'ĐU',
    year: 2024,
    planTitle:
      'Kế hoạch phát động thi đua trong Đảng bộ xã lập thành tích chào mừng 50 năm giải phóng xã Bình Chương; đại hội đảng các cấp tiến tới Đại hội Đảng bộ xã lần thứ XXI nhiệm kỳ 2025 - 2030; bầu cử đại biểu Quốc hội và đại biểu hội đồng nhân dân các cấp nhiệm kỳ 2026 - 2031',
    // The launch ceremony, where the cells sign, is "trong tháng 08/2024" (§IV.3): its last day.
    registrationDeadline: '31/08/2024',
    resultsDeadline: '31/08/2026',
    contactUnit: 'Văn phòng Đảng ủy',
    contactEmail: '',
    signingAuthority: 'T/M ĐẢNG ỦY',
    signerTitle: 'BÍ THƯ',
    signerName: 'Lê Văn Phúc',
    recipients: RECIPIENTS.join('\n'),
    onlyNewItems: 'Không',
    remindBeforeDays: '7, 3, 1',
    remindAfterDays: '1, 3, 7',
    reminderHour: 8,
    planPreset: 'dot-thi-dua',
    itemNoun: 'bản cam kết thi đua',
    listedColumns: 'Bí thư chi bộ ký cam kết, Ngày ký cam kết',
    // The seed's plan is unnumbered and undated in the text: staff type them once issued.
    planNumber: '',
    planDate: '',
    planIssuer: 'Đảng ủy xã',
    completionDays: 7,
    // Recognition (DESIGN §14): seed 003 §V.3, the Party commends its cells at the reviews.
    recognitionForms: 'Giấy khen',
    decisionSignerTitle: 'Bí thư',
    decisionSignerName: 'Lê Văn Phúc',
    contactUnitCode: 'VP',
  }),
  questions: [
    question('Chi bộ', 'unit', 'list', REQUIRED, '', 'Chọn đúng tên chi bộ trực thuộc Đảng ủy.'),
    question('Loại văn bản', 'category', 'choice', REQUIRED, COMMITMENT),
    question('Tên bản cam kết', 'name', 'text', REQUIRED, '', 'Ví dụ: Bản cam kết thi đua của Chi bộ thôn An Điền 2.'),
    question('Nội dung thi đua trọng tâm', 'field', 'list', REQUIRED, '', 'Nội dung của mục III kế hoạch mà chi bộ tập trung thực hiện.'),
    question('Chỉ tiêu, nhiệm vụ cam kết', '', 'paragraph', REQUIRED, '', 'Các chỉ tiêu, nhiệm vụ chi bộ cam kết hoàn thành trong đợt thi đua.'),
    question('Số đảng viên của chi bộ', '', 'number', OPTIONAL),
    question('Bí thư chi bộ ký cam kết', '', 'text', REQUIRED, '', 'Họ và tên đồng chí Bí thư chi bộ ký bản cam kết.'),
    question('Ngày ký cam kết', '', 'date', REQUIRED, '', 'Ngày ký tại Lễ phát động thi đua (tháng 8/2024).'),
    question('Bản cam kết đã ký', 'evidence', 'link', OPTIONAL, '', 'Dán đường dẫn Google Drive của bản cam kết đã ký (nếu có).'),
    question(MID_REPORT, 'evidence', 'link', requiredAfter(MID_REVIEW), '', 'Báo cáo kết quả đợt 1 (8/2024 – 7/2025), nộp trước 31/08/2025.'),
    question(FINAL_REPORT, 'evidence', 'link', requiredAfter(FINAL_REVIEW), '', 'Báo cáo kết quả đợt 2 (8/2025 – 7/2026), nộp trước 31/08/2026.'),
  ],
  groups: GROUPS,
  units: UNITS,
  fields: CONTENTS,
  milestones: [
    { name: MID_REVIEW, deadline: '31/08/2025', column: MID_REPORT, remindBefore: REMIND_BEFORE, remindAfter: REMIND_AFTER },
    { name: FINAL_REVIEW, deadline: '31/08/2026', column: FINAL_REPORT, remindBefore: REMIND_BEFORE, remindAfter: REMIND_AFTER },
  ],
};
