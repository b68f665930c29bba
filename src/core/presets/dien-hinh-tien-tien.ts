/**
 * Preset `dien-hinh-tien-tien` (seed 001, Y Tích, State format): each responsible unit proposes
 * the advanced examples (collectives, individuals, households) it builds in the movement(s) the
 * plan gives it, at least its yearly minimum (seed 001 §II.3.1 a–n). All names and numbers are
 * the seed's; the three schools are named after the commune because the seed only says
 * "ba đơn vị trường học" / "3 Trường học".
 */
import { commaList, configRows, OPTIONAL, question, REQUIRED } from './preset-rows';
import type { Preset, PresetGroup, PresetUnit } from './preset-types';

/** The movements of seed 001 §II.3.1, in the seed's order a) b) c) d) đ) e) g) h) i) k) l) m) n). */
export const MOVEMENT = {
  a: 'Đẩy mạnh việc học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh',
  b: 'Lạng Sơn cùng cả nước chung sức xây dựng nông thôn mới',
  c: 'Doanh nghiệp Lạng Sơn hội nhập và phát triển',
  d: 'Cán bộ, công chức, viên chức thi đua thực hiện văn hóa công sở',
  dd: 'Lạng Sơn cùng cả nước chung tay vì người nghèo - không để ai bị bỏ lại phía sau',
  e: 'Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh',
  g: 'Thực hiện nhiệm vụ quốc phòng - an ninh',
  h: 'Dạy tốt - Học tốt',
  i: 'Y tế, chăm sóc sức khỏe Nhân dân',
  k: 'Xây dựng mô hình phát triển kinh tế',
  l: 'Lao động giỏi, lao động sáng tạo',
  m: 'Khởi nghiệp trong thanh niên',
  n: 'Xây dựng người phụ nữ Việt Nam thời đại mới và gia đình 5 không, 3 sạch',
} as const;

const [COLLECTIVE, PERSON, HOUSEHOLD] = ['Tập thể', 'Cá nhân', 'Hộ gia đình'] as const;
const EVERY_KIND = commaList([COLLECTIVE, PERSON, HOUSEHOLD]);

const GROUP = {
  party: 'Khối cơ quan Đảng',
  officers: 'Khối công chức UBND xã',
  front: 'Khối Mặt trận, đoàn thể',
  forces: 'Khối Công an, Quân sự',
  schools: 'Khối trường học, y tế',
} as const;

/** Households appear in movements b), đ), e), k) and n): only the groups answering for them may propose one. */
const GROUPS: PresetGroup[] = [
  { name: GROUP.party, allowedTypes: commaList([COLLECTIVE, PERSON]), min: 1, max: 4 },
  { name: GROUP.officers, allowedTypes: EVERY_KIND, min: 1, max: 4 },
  { name: GROUP.front, allowedTypes: EVERY_KIND, min: 1, max: 4 },
  { name: GROUP.forces, allowedTypes: commaList([COLLECTIVE, PERSON]), min: 1, max: 3 },
  { name: GROUP.schools, allowedTypes: commaList([COLLECTIVE, PERSON]), min: 1, max: 4 },
];

/**
 * The responsible units of seed 001 §II.3.1 with their yearly minimum ("ít nhất 0N điển hình
 * tiên tiến/năm") as `min`, two more as `max`, and their movement(s).
 */
const UNITS: PresetUnit[] = [
  { code: 'BTG', name: 'Ban Tuyên giáo Đảng ủy', group: GROUP.party, min: 2, max: 4, assignedFields: MOVEMENT.a },
  {
    code: 'DCNN', name: 'Công chức Địa chính - Nông nghiệp - Xây dựng và Môi trường', group: GROUP.officers,
    min: 3, max: 5, assignedFields: MOVEMENT.b,
  },
  { code: 'KTTC', name: 'Công chức Kế toán - Tài chính', group: GROUP.officers, min: 1, max: 3, assignedFields: MOVEMENT.c },
  // d) văn hóa công sở (≥ 2), and it chairs i) y tế with the Trạm Y tế.
  {
    code: 'VPTK', name: 'Văn phòng - Thống kê UBND xã', group: GROUP.officers,
    min: 2, max: 4, assignedFields: commaList([MOVEMENT.d, MOVEMENT.i]),
  },
  { code: 'VHXH', name: 'Công chức Văn hóa - Xã hội', group: GROUP.officers, min: 2, max: 4, assignedFields: MOVEMENT.dd },
  { code: 'MTTQ', name: 'Ủy ban MTTQ Việt Nam xã', group: GROUP.front, min: 2, max: 4, assignedFields: MOVEMENT.e },
  { code: 'HND', name: 'Hội Nông dân xã', group: GROUP.front, min: 3, max: 5, assignedFields: MOVEMENT.k },
  { code: 'CDCS', name: 'Công đoàn cơ sở', group: GROUP.front, min: 1, max: 3, assignedFields: MOVEMENT.l },
  { code: 'DTN', name: 'Đoàn Thanh niên xã', group: GROUP.front, min: 1, max: 3, assignedFields: MOVEMENT.m },
  { code: 'HPN', name: 'Hội Liên hiệp Phụ nữ xã', group: GROUP.front, min: 1, max: 3, assignedFields: MOVEMENT.n },
  { code: 'CAX', name: 'Công an xã', group: GROUP.forces, min: 1, max: 3, assignedFields: MOVEMENT.g },
  { code: 'QSX', name: 'Ban Chỉ huy Quân sự xã', group: GROUP.forces, min: 1, max: 3, assignedFields: MOVEMENT.g },
  // h) "ít nhất 02 điển hình tiên tiến/cấp học": each school.
  { code: 'MN', name: 'Trường Mầm non Y Tích', group: GROUP.schools, min: 2, max: 4, assignedFields: MOVEMENT.h },
  { code: 'TH', name: 'Trường Tiểu học Y Tích', group: GROUP.schools, min: 2, max: 4, assignedFields: MOVEMENT.h },
  { code: 'THCS', name: 'Trường THCS Y Tích', group: GROUP.schools, min: 2, max: 4, assignedFields: MOVEMENT.h },
  { code: 'TYT', name: 'Trạm Y tế xã', group: GROUP.schools, min: 1, max: 3, assignedFields: MOVEMENT.i },
];

/** Seed 001's Nơi nhận, without the archive line. */
const RECIPIENTS = [
  'Phòng Nội vụ (B/c)',
  'TT ĐU, HĐND xã (B/c)',
  'CT, PCT UBND xã',
  'UBMTTQ VN và các đoàn thể xã',
  '3 Trường học, trạm y tế',
  '7/7 thôn (T/h)',
];

export const DIEN_HINH_TIEN_TIEN: Preset = {
  id: 'dien-hinh-tien-tien',
  label: 'Xây dựng, nhân rộng điển hình tiên tiến',
  description:
    'Mỗi đơn vị được giao đề xuất các điển hình tiên tiến (tập thể, cá nhân, hộ gia đình) trong phong trào thi đua của mình, đủ số tối thiểu trong năm.',
  seed: '001',
  config: configRows({
    communeName: 'Y Tích',
    placeName: 'Y Tích',
    documentFamily: 'Chính quyền',
    superiorBody: 'ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN',
    issuingBody: 'ỦY BAN NHÂN DÂN XÃ Y TÍCH',
    issuerCode: 'UBND',
    year: 2024,
    planTitle: 'Kế hoạch xây dựng, nhân rộng các mô hình, điển hình tiên tiến trên địa bàn xã Y Tích năm 2024',
    registrationDeadline: '15/11/2024',
    contactUnit: 'Văn phòng - Thống kê UBND xã',
    contactEmail: '',
    signingAuthority: 'TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH',
    signerTitle: 'PHÓ CHỦ TỊCH',
    signerName: 'Mai Việt Lào',
    recipients: RECIPIENTS.join('\n'),
    onlyNewItems: 'Không',
    remindBeforeDays: '7, 3, 1',
    remindAfterDays: '1, 3, 7',
    reminderHour: 8,
    planPreset: 'dien-hinh-tien-tien',
    itemNoun: 'điển hình tiên tiến',
    listedColumns: 'Địa chỉ hoặc nơi công tác',
    // The seed's plan is unnumbered and undated in the text: staff type them once issued.
    planNumber: '',
    planDate: '',
    planIssuer: 'Ủy ban nhân dân xã',
    completionDays: 7,
    // Recognition (DESIGN §14): seed 001 §III, the advanced examples honoured at year end.
    recognitionForms: 'Giấy khen\nLao động tiên tiến\nGia đình văn hóa',
    decisionSignerTitle: 'Phó Chủ tịch',
    decisionSignerName: 'Mai Việt Lào',
    contactUnitCode: 'VP',
  }),
  questions: [
    question('Đơn vị đề xuất', 'unit', 'list', REQUIRED, '', 'Chọn đúng tên đơn vị được giao trong kế hoạch.'),
    question('Loại điển hình', 'category', 'choice', REQUIRED, EVERY_KIND, 'Tập thể, Cá nhân hoặc Hộ gia đình, theo quy định của khối.'),
    question('Tên tập thể, cá nhân, hộ gia đình', 'name', 'text', REQUIRED, '', 'Tên đầy đủ của tập thể; họ và tên của cá nhân hoặc chủ hộ.'),
    question('Phong trào thi đua', 'field', 'list', REQUIRED, '', 'Phong trào thi đua mà đơn vị được giao trong kế hoạch.'),
    question('Địa chỉ hoặc nơi công tác', '', 'text', REQUIRED),
    question(
      'Thành tích tiêu biểu', '', 'paragraph', REQUIRED, '',
      'Thành tích nổi trội, được tập thể thừa nhận, có tác dụng nêu gương (theo tiêu chí của phong trào).',
    ),
    question(
      'Kinh nghiệm, cách làm hay', '', 'paragraph', OPTIONAL, '',
      'Kinh nghiệm, cách làm hay để làm tài liệu tuyên truyền, nhân rộng.',
    ),
    question('Cán bộ theo dõi, hỗ trợ', '', 'text', OPTIONAL, '', 'Cán bộ được đơn vị phân công theo dõi, hỗ trợ xây dựng điển hình.'),
    question('Tài liệu minh chứng', 'evidence', 'link', OPTIONAL, '', 'Dán đường dẫn Google Drive của báo cáo thành tích, hình ảnh (nếu có).'),
  ],
  groups: GROUPS,
  units: UNITS,
  fields: Object.values(MOVEMENT),
  milestones: [],
};
