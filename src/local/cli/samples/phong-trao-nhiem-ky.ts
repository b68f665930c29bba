/**
 * The embedded run of preset `phong-trao-nhiem-ky` (seed 002, Sính Phình, proposals for 2026
 * due 15/11/2026, run day 20/11/2026): agencies, organisations and villages propose the
 * collectives and individuals to commend for the year.
 *
 * Expected row results (DESIGN §4, §12.2), by index:
 *   Hợp lệ: 0, 1, 2, 3, 4, 6, 7, 9, 10, 12, 13, 16, 17
 *   Cần bổ sung: 5 ('Bằng khen' is not a Hình thức đề nghị), 8 ('Hộ gia đình' not a
 *     category), 11 (Tóm tắt thành tích missing), 14 (unit 'Phòng Văn hoá - Xã hội' with
 *     the other accent placement: not the roster name, suggestion Phòng Văn hóa - Xã hội),
 *     15 (a content that is not one of the four)
 *   Trùng lặp: 18 (row 2 again)
 *   Vượt số lượng: 19 (Thôn 2's third valid row; Khối thôn allows 2)
 *   Trễ hạn: 20, 21
 * Hostile text: 3 (`=HYPERLINK(...)`), 10 (`<script>`). Row 12 names its unit 'Thôn  3' with two
 * spaces (the same unit). Unit statuses: Đúng hạn VP, PKT, TTDVTH, CAX, MTTQ, HND, HPN, Thôn 1,
 * Thôn 2, Thôn 3; Cần bổ sung TTPVHCC, DTN, TYT; Trễ hạn HCCB, Thôn 4; Không đăng ký PVHXH,
 * QSX, Thôn 5–8.
 */
import type { PresetSample, SampleRow } from './sample-types';
import { driveLink, vnTime } from './sample-time';

const H = {
  unit: 'Cơ quan, đơn vị đề nghị',
  type: 'Đối tượng đề nghị',
  name: 'Tên tập thể hoặc họ và tên cá nhân',
  position: 'Chức vụ, nơi công tác hoặc địa chỉ',
  content: 'Nội dung thi đua',
  achievements: 'Tóm tắt thành tích',
  initiative: 'Sáng kiến, giải pháp sáng tạo',
  award: 'Hình thức đề nghị',
  minutes: 'Biên bản họp bình xét',
} as const;

const C = {
  economy: 'Thi đua hoàn thành và hoàn thành vượt mức các nhiệm vụ phát triển kinh tế - xã hội, các công trình trọng tâm của xã',
  propaganda: 'Thi đua tổ chức tốt công tác tuyên truyền, thực hiện thắng lợi các nhiệm vụ Nghị quyết Đại hội đã đề ra',
  party: 'Thi đua xây dựng Đảng, xây dựng chính quyền trong sạch, vững mạnh',
  reform: 'Thi đua đẩy mạnh cải cách hành chính, chuyển đổi số, nâng cao chất lượng phục vụ người dân',
} as const;

const GIAY_KHEN = 'Giấy khen của Chủ tịch UBND xã';

type Answers = Partial<Record<keyof typeof H, string>>;

function row(timestamp: Date, answers: Answers): SampleRow {
  const out: Record<string, string | Date> = { 'Dấu thời gian': timestamp };
  for (const [key, value] of Object.entries({ award: GIAY_KHEN, ...answers })) out[H[key as keyof typeof H]] = value;
  return out;
}

export const PHONG_TRAO_NHIEM_KY_SAMPLE: PresetSample = {
  preset: 'phong-trao-nhiem-ky',
  today: '2026-11-20',
  workbookTitle: 'Đề nghị khen thưởng phong trào thi đua xã Sính Phình năm 2026',
  unitDetails: {
    'Văn phòng HĐND và UBND': { email: 'vanphong@sinhphinh.example', person: 'Lò Văn Hùng' },
    'Phòng Kinh tế': { email: 'kinhte@sinhphinh.example', person: 'Giàng A Tủa' },
    'Phòng Văn hóa - Xã hội': { email: 'vhxh@sinhphinh.example', person: 'Lò Thị Hương' },
    'Trung tâm Dịch vụ tổng hợp': { email: 'dichvutonghop@sinhphinh.example', person: 'Vàng A Dình' },
    // An address that is not one.
    'Trung tâm Phục vụ hành chính công': { email: 'hanhchinhcong(at)sinhphinh', person: 'Mùa Thị Dợ' },
    'Công an xã': { email: 'congan@sinhphinh.example', person: 'Hạng A Chứ' },
    'Ban Chỉ huy Quân sự xã': { email: 'quansu@sinhphinh.example', person: 'Thào A Sềnh' },
    // No address at all.
    'Trạm Y tế xã': { email: '', person: 'Lý Thị Mai' },
    'Ủy ban MTTQ Việt Nam xã': { email: 'mttq@sinhphinh.example', person: 'Giàng A Páo' },
    'Hội Cựu chiến binh xã': { email: 'cuuchienbinh@sinhphinh.example', person: 'Vừ A Lử' },
    'Hội Nông dân xã': { email: 'nongdan@sinhphinh.example', person: 'Sùng A Dế' },
    'Hội Liên hiệp Phụ nữ xã': { email: 'phunu@sinhphinh.example', person: 'Mùa Thị Sua' },
    'Đoàn Thanh niên xã': { email: 'doanthanhnien@sinhphinh.example', person: 'Lầu A Chá' },
    'Thôn 1': { email: 'thon1@sinhphinh.example', person: 'Giàng A Chu' },
    'Thôn 2': { email: 'thon2@sinhphinh.example', person: 'Vàng A Sử' },
    'Thôn 3': { email: 'thon3@sinhphinh.example', person: 'Hờ A Dính' },
    'Thôn 4': { email: 'thon4@sinhphinh.example', person: 'Sùng A Lồng' },
    'Thôn 5': { email: 'thon5@sinhphinh.example', person: 'Thào A Mua' },
    'Thôn 6': { email: '', person: 'Vừ A Pó' },
  },
  responses: [
    // 0
    row(vnTime(2026, 10, 20, 8, 0, 0), {
      unit: 'Văn phòng HĐND và UBND', type: 'Cá nhân', name: 'Lò Văn Hùng', position: 'Chánh Văn phòng HĐND và UBND xã',
      content: C.reform,
      achievements: 'Tham mưu vận hành hệ thống văn bản điện tử; 100% văn bản được ký số.',
      initiative: 'Quy trình luân chuyển văn bản một cửa điện tử giữa các phòng.',
      minutes: driveLink('1SpBienBanVP'),
    }),
    // 1
    row(vnTime(2026, 10, 22, 9, 10, 0), {
      unit: 'Phòng Kinh tế', type: 'Tập thể', name: 'Tổ khuyến nông xã', position: 'Phòng Kinh tế, UBND xã Sính Phình',
      content: C.economy,
      achievements: 'Chuyển đổi 35 ha ngô kém hiệu quả sang trồng thảo quả, chè shan tuyết.',
    }),
    // 2 — row 18 repeats it.
    row(vnTime(2026, 10, 23, 14, 30, 0), {
      unit: 'Thôn 2', type: 'Cá nhân', name: 'Vàng A Sử', position: 'Trưởng thôn 2',
      content: C.economy,
      achievements: 'Vận động 42 hộ hiến đất làm đường bê tông nội thôn dài 1,2 km.',
    }),
    // 3 — hostile: a formula in Tóm tắt thành tích.
    row(vnTime(2026, 10, 26, 10, 0, 0), {
      unit: 'Ủy ban MTTQ Việt Nam xã', type: 'Tập thể', name: 'Ban công tác Mặt trận thôn 1', position: 'Thôn 1, xã Sính Phình',
      content: C.propaganda,
      achievements: '=HYPERLINK("http://x","y") Tuyên truyền Nghị quyết Đại hội bằng tiếng Mông tại 12 buổi sinh hoạt.',
    }),
    // 4
    row(vnTime(2026, 10, 27, 8, 30, 0), {
      unit: 'Công an xã', type: 'Cá nhân', name: 'Hạng A Chứ', position: 'Phó Trưởng Công an xã',
      content: C.reform,
      achievements: 'Hướng dẫn 1.250 người dân kích hoạt định danh điện tử mức 2.',
    }),
    // 5 — Cần bổ sung: 'Bằng khen' is not a choice of Hình thức đề nghị.
    row(vnTime(2026, 10, 28, 15, 0, 0), {
      unit: 'Trung tâm Phục vụ hành chính công', type: 'Tập thể', name: 'Bộ phận một cửa', position: 'UBND xã Sính Phình',
      content: C.reform, award: 'Bằng khen',
      achievements: 'Tỷ lệ hồ sơ trực tuyến toàn trình đạt 85%.',
    }),
    // 6
    row(vnTime(2026, 10, 29, 9, 0, 0), {
      unit: 'Hội Nông dân xã', type: 'Cá nhân', name: 'Sùng A Dế', position: 'Chủ tịch Hội Nông dân xã',
      content: C.economy,
      achievements: 'Xây dựng 3 tổ hội nghề nghiệp chăn nuôi bò, giúp 18 hộ thoát nghèo.',
    }),
    // 7
    row(vnTime(2026, 10, 30, 16, 20, 0), {
      unit: 'Hội Liên hiệp Phụ nữ xã', type: 'Tập thể', name: 'Chi hội phụ nữ thôn 3', position: 'Thôn 3, xã Sính Phình',
      content: C.party,
      achievements: 'Chi hội vững mạnh; vận động 100% hội viên không tảo hôn, sinh con thứ ba.',
    }),
    // 8 — Cần bổ sung: 'Hộ gia đình' is not a category of this plan.
    row(vnTime(2026, 11, 2, 8, 15, 0), {
      unit: 'Thôn 1', type: 'Hộ gia đình', name: 'Hộ ông Giàng A Chu', position: 'Thôn 1, xã Sính Phình',
      content: C.economy,
      achievements: 'Trồng 2 ha chè shan tuyết, thu nhập 180 triệu đồng/năm.',
    }),
    // 9
    row(vnTime(2026, 11, 2, 14, 0, 0), {
      unit: 'Thôn 1', type: 'Cá nhân', name: 'Giàng A Chu', position: 'Bí thư chi bộ, trưởng thôn 1',
      content: C.party,
      achievements: 'Chi bộ thôn hoàn thành tốt nhiệm vụ; thôn không có người vi phạm pháp luật.',
    }),
    // 10 — hostile: a script tag in the name; valid.
    row(vnTime(2026, 11, 3, 21, 5, 0), {
      unit: 'Trung tâm Dịch vụ tổng hợp', type: 'Cá nhân', name: 'Vàng A Dình <script>alert(1)</script>',
      position: 'Viên chức Trung tâm Dịch vụ tổng hợp', content: C.propaganda,
      achievements: 'Duy trì chuyên mục truyền thanh song ngữ Việt - Mông hằng tuần.',
    }),
    // 11 — Cần bổ sung: Tóm tắt thành tích is missing.
    row(vnTime(2026, 11, 4, 9, 30, 0), {
      unit: 'Đoàn Thanh niên xã', type: 'Tập thể', name: 'Tổ công nghệ số cộng đồng thôn 4',
      position: 'Thôn 4, xã Sính Phình', content: C.reform,
    }),
    // 12 — its unit typed with two spaces ('Thôn  3'): the same roster unit.
    row(vnTime(2026, 11, 5, 10, 0, 0), {
      unit: 'Thôn  3', type: 'Tập thể', name: 'Tổ tự quản đường giao thông thôn 3', position: 'Thôn 3, xã Sính Phình',
      content: C.economy,
      achievements: 'Duy tu 3 km đường liên thôn bằng ngày công của Nhân dân.',
    }),
    // 13
    row(vnTime(2026, 11, 6, 8, 45, 0), {
      unit: 'Thôn 2', type: 'Tập thể', name: 'Chi đoàn thôn 2', position: 'Thôn 2, xã Sính Phình',
      content: C.propaganda,
      achievements: 'Tổ chức 6 buổi tuyên truyền phòng chống ma túy cho thanh niên.',
    }),
    // 14 — Cần bổ sung: 'Phòng Văn hoá' (accent on the a) is not the roster's 'Phòng Văn hóa'.
    row(vnTime(2026, 11, 9, 15, 10, 0), {
      unit: 'Phòng Văn hoá - Xã hội', type: 'Cá nhân', name: 'Lò Thị Hương', position: 'Trưởng phòng Văn hóa - Xã hội',
      content: C.propaganda,
      achievements: 'Tham mưu tổ chức Ngày hội văn hóa các dân tộc xã Sính Phình.',
    }),
    // 15 — Cần bổ sung: a content that is not one of the four.
    row(vnTime(2026, 11, 10, 9, 0, 0), {
      unit: 'Trạm Y tế xã', type: 'Tập thể', name: 'Trạm Y tế xã Sính Phình', position: 'Xã Sính Phình',
      content: 'Thi đua chăm sóc sức khỏe Nhân dân',
      achievements: 'Tiêm chủng mở rộng đạt 97%.',
    }),
    // 16
    row(vnTime(2026, 11, 12, 14, 0, 0), {
      unit: 'Ủy ban MTTQ Việt Nam xã', type: 'Cá nhân', name: 'Giàng A Páo', position: 'Chủ tịch Ủy ban MTTQ Việt Nam xã',
      content: C.party,
      achievements: 'Chủ trì giám sát việc vận hành chính quyền hai cấp tại 6 thôn.',
    }),
    // 17 — on time: 23:55 on the deadline day.
    row(vnTime(2026, 11, 15, 23, 55, 0), {
      unit: 'Hội Liên hiệp Phụ nữ xã', type: 'Cá nhân', name: 'Vàng Thị Mỷ', position: 'Chi hội trưởng phụ nữ thôn 2',
      content: C.economy,
      achievements: 'Thành lập tổ thêu thổ cẩm, 15 chị em có thu nhập ổn định.',
    }),
    // 18 — Trùng lặp of row 2 (sent again after the deadline: the duplicate outranks the lateness).
    row(vnTime(2026, 11, 16, 9, 0, 0), {
      unit: 'Thôn 2', type: 'Cá nhân', name: 'VÀNG A SỬ', position: 'Trưởng thôn 2',
      content: C.economy,
      achievements: 'Vận động hiến đất làm đường (gửi lại).',
    }),
    // 19 — Vượt số lượng: Thôn 2's third valid row (Khối thôn allows 2; over quota outranks late).
    row(vnTime(2026, 11, 16, 10, 0, 0), {
      unit: 'Thôn 2', type: 'Tập thể', name: 'Tổ vệ sinh môi trường thôn 2', position: 'Thôn 2, xã Sính Phình',
      content: C.economy,
      achievements: 'Thu gom rác thải hằng tuần, thôn xanh - sạch - đẹp.',
    }),
    // 20 — Trễ hạn.
    row(vnTime(2026, 11, 17, 8, 0, 0), {
      unit: 'Hội Cựu chiến binh xã', type: 'Cá nhân', name: 'Vừ A Lử', position: 'Chủ tịch Hội Cựu chiến binh xã',
      content: C.party,
      achievements: 'Hội vững mạnh tiêu biểu; tham gia hòa giải thành 7 vụ việc.',
    }),
    // 21 — Trễ hạn.
    row(vnTime(2026, 11, 18, 16, 0, 0), {
      unit: 'Thôn 4', type: 'Cá nhân', name: 'Sùng A Lồng', position: 'Trưởng thôn 4',
      content: C.reform,
      achievements: '80% hộ trong thôn cài đặt và dùng ứng dụng định danh điện tử.',
    }),
  ],
};
