/**
 * The embedded run of preset `dien-hinh-tien-tien` (seed 001, Y Tích, deadline 15/11/2024,
 * run day 20/11/2024): the responsible units' proposals of advanced examples.
 *
 * Expected row results (DESIGN §4, §12.2), by index:
 *   valid, on time (Hợp lệ): 0, 1, 2, 3, 4, 5, 6, 8, 10, 11, 16, 18, 20, 21, 22
 *   Cần bổ sung: 7 (movement b) is not Hội Nông dân's), 9 (Hộ gia đình not allowed for
 *     Khối Công an, Quân sự), 12 (name missing), 13 (category 'Gia đình' not a choice),
 *     14 (unit 'Trường Mầm non Y Tịch' not in the roster, suggestion Trường Mầm non Y Tích),
 *     15 (movement not in Lĩnh vực)
 *   Trùng lặp: 19 (row 0 again, name in other case and spacing)
 *   Vượt số lượng: 17 (Trạm Y tế xã's second row; its roster maximum is 1)
 *   Trễ hạn: 23, 24, 25
 * Hostile text: 5 (`=HYPERLINK(...)` in Thành tích tiêu biểu), 18 (`<script>` in the name).
 * Unit statuses: Đúng hạn BTG, DCNN, CAX, TH, TYT, DTN, HPN, VPTK; Cần bổ sung HND (2 of 3),
 * QSX, THCS, MTTQ; Trễ hạn VHXH, KTTC; Không đăng ký CDCS and MN (they never send a valid row
 * under their name).
 */
import type { PresetSample, SampleRow } from './sample-types';
import { MOVEMENT } from '../../../core/presets/dien-hinh-tien-tien';
import { driveLink, vnTime } from './sample-time';

const H = {
  unit: 'Đơn vị đề xuất',
  type: 'Loại điển hình',
  name: 'Tên tập thể, cá nhân, hộ gia đình',
  movement: 'Phong trào thi đua',
  address: 'Địa chỉ hoặc nơi công tác',
  achievements: 'Thành tích tiêu biểu',
  experience: 'Kinh nghiệm, cách làm hay',
  mentor: 'Cán bộ theo dõi, hỗ trợ',
  evidence: 'Tài liệu minh chứng',
} as const;

/** The movements, as the preset writes them into `Lĩnh vực`. */
const M = MOVEMENT;

type Answers = Partial<Record<keyof typeof H, string>>;

function row(timestamp: Date, answers: Answers): SampleRow {
  const out: Record<string, string | Date> = { 'Dấu thời gian': timestamp };
  for (const [key, value] of Object.entries(answers)) out[H[key as keyof typeof H]] = value;
  return out;
}

export const DIEN_HINH_TIEN_TIEN_SAMPLE: PresetSample = {
  preset: 'dien-hinh-tien-tien',
  today: '2024-11-20',
  workbookTitle: 'Điển hình tiên tiến xã Y Tích năm 2024',
  unitDetails: {
    'Ban Tuyên giáo Đảng ủy': { email: 'tuyengiao@ytich.example', person: 'Hoàng Văn Thái' },
    'Công chức Địa chính - Nông nghiệp - Xây dựng và Môi trường': { email: 'diachinh@ytich.example', person: 'Lăng Văn Tuấn' },
    'Công chức Kế toán - Tài chính': { email: 'ketoan@ytich.example', person: 'Nông Thị Hà' },
    'Văn phòng - Thống kê UBND xã': { email: 'vanphong@ytich.example; thiduakhenthuong@ytich.example', person: 'Vi Thị Thu' },
    'Công chức Văn hóa - Xã hội': { email: 'vanhoa@ytich.example', person: 'Hoàng Thị Liên' },
    'Ủy ban MTTQ Việt Nam xã': { email: 'mttq@ytich.example', person: 'Lộc Văn Sơn' },
    'Hội Nông dân xã': { email: 'nongdan@ytich.example', person: 'Mông Văn Quyết' },
    // No address at all.
    'Công đoàn cơ sở': { email: '', person: 'Lý Thị Nga' },
    'Đoàn Thanh niên xã': { email: 'doanthanhnien@ytich.example', person: 'Hà Văn Khánh' },
    'Hội Liên hiệp Phụ nữ xã': { email: 'phunu@ytich.example', person: 'Chu Thị Mai' },
    'Công an xã': { email: 'congan@ytich.example', person: 'Lương Văn Dũng' },
    'Ban Chỉ huy Quân sự xã': { email: 'quansu@ytich.example', person: 'Hoàng Văn Bình' },
    // An address that is not one.
    'Trường Mầm non Y Tích': { email: 'mamnon.ytich', person: 'Vy Thị Hồng' },
    'Trường Tiểu học Y Tích': { email: 'tieuhoc@ytich.example', person: 'Nông Văn Hải' },
    'Trường THCS Y Tích': { email: 'thcs@ytich.example', person: 'Triệu Thị Lan' },
    // A roster maximum lower than its own: its second proposal is over quota.
    'Trạm Y tế xã': { email: 'tramyte@ytich.example', person: 'Lăng Thị Hoa', max: 1 },
  },
  responses: [
    // 0
    row(vnTime(2024, 10, 21, 8, 5, 10), {
      unit: 'Ban Tuyên giáo Đảng ủy', type: 'Cá nhân', name: 'Hoàng Thị Duyên', movement: M.a,
      address: 'Bí thư Chi bộ thôn Nà Pàn',
      achievements: 'Gương mẫu học tập và làm theo Bác; vận động 100% hộ trong thôn tham gia sinh hoạt chuyên đề hằng quý.',
      mentor: 'Hoàng Văn Thái',
    }),
    // 1
    row(vnTime(2024, 10, 22, 9, 30, 0), {
      unit: 'Ban Tuyên giáo Đảng ủy', type: 'Tập thể', name: 'Chi bộ thôn Khòn Cuồng', movement: M.a,
      address: 'Thôn Khòn Cuồng, xã Y Tích',
      achievements: 'Chi bộ hoàn thành xuất sắc nhiệm vụ 3 năm liền; mỗi đảng viên đăng ký một việc làm theo Bác.',
      experience: 'Sinh hoạt chi bộ gắn với đối thoại trực tiếp với Nhân dân mỗi quý.',
    }),
    // 2
    row(vnTime(2024, 10, 23, 14, 10, 45), {
      unit: 'Công chức Địa chính - Nông nghiệp - Xây dựng và Môi trường', type: 'Hộ gia đình', name: 'Hộ ông Lăng Văn Páo',
      movement: M.b, address: 'Thôn Bó Củng, xã Y Tích',
      achievements: 'Hiến 320 m² đất mở rộng đường liên thôn, đóng góp 40 ngày công làm đường bê tông.',
      evidence: driveLink('1YtHienDatPao'),
    }),
    // 3
    row(vnTime(2024, 10, 24, 8, 45, 0), {
      unit: 'Công chức Địa chính - Nông nghiệp - Xây dựng và Môi trường', type: 'Cá nhân', name: 'Mông Văn Chiến',
      movement: M.b, address: 'Trưởng thôn Nà Pàn',
      achievements: 'Vận động 46 hộ hiến đất, tháo dỡ tường rào để làm 1,5 km đường trục thôn.',
    }),
    // 4
    row(vnTime(2024, 10, 25, 10, 0, 0), {
      unit: 'Công chức Địa chính - Nông nghiệp - Xây dựng và Môi trường', type: 'Tập thể', name: 'Thôn Bó Củng',
      movement: M.b, address: 'Thôn Bó Củng, xã Y Tích',
      achievements: 'Đạt chuẩn khu dân cư nông thôn mới kiểu mẫu năm 2024.',
    }),
    // 5 — hostile: a formula in Thành tích tiêu biểu (stays plain text).
    row(vnTime(2024, 10, 28, 15, 20, 0), {
      unit: 'Hội Nông dân xã', type: 'Hộ gia đình', name: 'Hộ ông Hoàng Văn Lường', movement: M.k,
      address: 'Thôn Khòn Cuồng, xã Y Tích',
      achievements: '=HYPERLINK("http://x","y") Trang trại 5 ha hồi, quế kết hợp chăn nuôi; thu nhập 450 triệu đồng/năm.',
    }),
    // 6
    row(vnTime(2024, 10, 29, 9, 15, 30), {
      unit: 'Hội Nông dân xã', type: 'Hộ gia đình', name: 'Hộ bà Lý Thị Ngân', movement: M.k,
      address: 'Thôn Nà Pàn, xã Y Tích',
      achievements: 'Mô hình trồng na, thạch đen theo VietGAP; giúp 5 hộ nghèo giống, kỹ thuật.',
    }),
    // 7 — Cần bổ sung: b) is not one of Hội Nông dân's movements.
    row(vnTime(2024, 10, 30, 16, 40, 0), {
      unit: 'Hội Nông dân xã', type: 'Cá nhân', name: 'Vi Văn Toản', movement: M.b,
      address: 'Chi hội trưởng chi hội nông dân thôn Bó Củng',
      achievements: 'Vận động hội viên hiến đất làm đường nội đồng.',
    }),
    // 8
    row(vnTime(2024, 11, 1, 8, 0, 0), {
      unit: 'Công an xã', type: 'Tập thể', name: 'Tổ bảo vệ an ninh, trật tự ở cơ sở thôn Nà Pàn', movement: M.g,
      address: 'Thôn Nà Pàn, xã Y Tích',
      achievements: 'Không để xảy ra vụ việc phức tạp; phối hợp giải quyết 12 tin báo trong năm.',
    }),
    // 9 — Cần bổ sung: Hộ gia đình is not allowed for Khối Công an, Quân sự.
    row(vnTime(2024, 11, 2, 10, 30, 0), {
      unit: 'Ban Chỉ huy Quân sự xã', type: 'Hộ gia đình', name: 'Hộ ông Chu Văn Thịnh', movement: M.g,
      address: 'Thôn Khòn Cuồng, xã Y Tích',
      achievements: 'Gia đình có 2 con hoàn thành nghĩa vụ quân sự, tích cực tham gia huấn luyện dân quân.',
    }),
    // 10
    row(vnTime(2024, 11, 4, 14, 0, 0), {
      unit: 'Trường Tiểu học Y Tích', type: 'Cá nhân', name: 'Nông Thị Thúy', movement: M.h,
      address: 'Giáo viên Trường Tiểu học Y Tích',
      achievements: 'Giáo viên dạy giỏi cấp huyện; 100% học sinh lớp chủ nhiệm hoàn thành chương trình.',
    }),
    // 11
    row(vnTime(2024, 11, 4, 14, 5, 0), {
      unit: 'Trường Tiểu học Y Tích', type: 'Tập thể', name: 'Tổ chuyên môn khối 4, 5', movement: M.h,
      address: 'Trường Tiểu học Y Tích',
      achievements: 'Tổ lao động xuất sắc; 3 sáng kiến đổi mới phương pháp dạy học được công nhận.',
    }),
    // 12 — Cần bổ sung: the name is missing.
    row(vnTime(2024, 11, 5, 9, 0, 0), {
      unit: 'Trường THCS Y Tích', type: 'Cá nhân', movement: M.h,
      address: 'Học sinh lớp 9A',
      achievements: 'Giải Nhì học sinh giỏi cấp huyện môn Toán; vượt khó vươn lên trong học tập.',
    }),
    // 13 — Cần bổ sung: 'Gia đình' is not a category of the form.
    row(vnTime(2024, 11, 6, 8, 20, 0), {
      unit: 'Ủy ban MTTQ Việt Nam xã', type: 'Gia đình', name: 'Gia đình ông Hoàng Văn Pằn', movement: M.e,
      address: 'Thôn Bó Củng, xã Y Tích',
      achievements: 'Đóng góp 20 triệu đồng xây nhà văn hóa thôn.',
    }),
    // 14 — Cần bổ sung: a unit not in the roster (near miss of Trường Mầm non Y Tích).
    row(vnTime(2024, 11, 6, 15, 0, 0), {
      unit: 'Trường Mầm non Y Tịch', type: 'Cá nhân', name: 'Vy Thị Hồng', movement: M.h,
      address: 'Hiệu trưởng Trường Mầm non Y Tích',
      achievements: 'Xây dựng trường đạt chuẩn quốc gia mức độ 1.',
    }),
    // 15 — Cần bổ sung: a movement that is not one of the plan's.
    row(vnTime(2024, 11, 7, 9, 40, 0), {
      unit: 'Công chức Văn hóa - Xã hội', type: 'Hộ gia đình', name: 'Hộ bà Triệu Thị Mến',
      movement: 'Gia đình văn hóa', address: 'Thôn Nà Pàn, xã Y Tích',
      achievements: 'Gia đình văn hóa tiêu biểu 5 năm liền.',
    }),
    // 16 — Trạm Y tế xã's one allowed row.
    row(vnTime(2024, 11, 8, 10, 10, 0), {
      unit: 'Trạm Y tế xã', type: 'Cá nhân', name: 'Lăng Thị Hoa', movement: M.i,
      address: 'Trạm trưởng Trạm Y tế xã Y Tích',
      achievements: 'Tiêm chủng mở rộng đạt 98%; không để dịch bệnh lây lan trên địa bàn.',
    }),
    // 17 — Vượt số lượng: Trạm Y tế xã already has its maximum (1).
    row(vnTime(2024, 11, 8, 10, 30, 0), {
      unit: 'Trạm Y tế xã', type: 'Tập thể', name: 'Trạm Y tế xã Y Tích', movement: M.i,
      address: 'Xã Y Tích',
      achievements: 'Giữ vững Bộ tiêu chí quốc gia về y tế xã.',
    }),
    // 18 — hostile: a script tag in the name; valid.
    row(vnTime(2024, 11, 11, 20, 15, 0), {
      unit: 'Đoàn Thanh niên xã', type: 'Cá nhân', name: 'Hà Văn Khởi <script>alert(1)</script>', movement: M.m,
      address: 'Đoàn viên chi đoàn thôn Khòn Cuồng',
      achievements: 'Khởi nghiệp hợp tác xã sấy hồi, tạo việc làm cho 8 đoàn viên.',
    }),
    // 19 — Trùng lặp: row 0 again (same unit, same name in other case and spacing).
    row(vnTime(2024, 11, 12, 8, 0, 0), {
      unit: 'Ban Tuyên giáo Đảng ủy', type: 'Cá nhân', name: '  hoàng thị  DUYÊN ', movement: M.a,
      address: 'Bí thư Chi bộ thôn Nà Pàn',
      achievements: 'Bổ sung thành tích năm 2024.',
    }),
    // 20
    row(vnTime(2024, 11, 13, 16, 0, 0), {
      unit: 'Hội Liên hiệp Phụ nữ xã', type: 'Hộ gia đình', name: 'Hộ chị Hoàng Thị Nhung', movement: M.n,
      address: 'Thôn Nà Pàn, xã Y Tích',
      achievements: 'Gia đình đạt tiêu chí 5 không, 3 sạch; tổ trưởng tổ phụ nữ tiết kiệm.',
    }),
    // 21
    row(vnTime(2024, 11, 14, 9, 0, 0), {
      unit: 'Văn phòng - Thống kê UBND xã', type: 'Tập thể', name: 'Bộ phận Tiếp nhận và trả kết quả xã', movement: M.d,
      address: 'UBND xã Y Tích',
      achievements: '100% hồ sơ được giải quyết đúng và trước hạn; không có phản ánh của người dân.',
    }),
    // 22 — on time: submitted at 23:50 on the deadline day.
    row(vnTime(2024, 11, 15, 23, 50, 0), {
      unit: 'Văn phòng - Thống kê UBND xã', type: 'Cá nhân', name: 'Vi Thị Thu', movement: M.i,
      address: 'Công chức Văn phòng - Thống kê',
      achievements: 'Phối hợp Trạm Y tế tổ chức khám sức khỏe cho 320 người cao tuổi.',
    }),
    // 23 — Trễ hạn.
    row(vnTime(2024, 11, 16, 8, 30, 0), {
      unit: 'Công chức Kế toán - Tài chính', type: 'Tập thể', name: 'Hợp tác xã Nông nghiệp Y Tích', movement: M.c,
      address: 'Thôn Khòn Cuồng, xã Y Tích',
      achievements: 'Doanh thu 2,1 tỷ đồng; nộp đủ thuế; tạo việc làm cho 25 lao động.',
    }),
    // 24, 25 — Trễ hạn: Công chức Văn hóa - Xã hội reaches its minimum (2) late.
    row(vnTime(2024, 11, 18, 10, 0, 0), {
      unit: 'Công chức Văn hóa - Xã hội', type: 'Hộ gia đình', name: 'Hộ ông Lộc Văn Tám', movement: M.dd,
      address: 'Thôn Bó Củng, xã Y Tích',
      achievements: 'Thoát nghèo bền vững từ chăn nuôi trâu sinh sản; giúp 2 hộ nghèo con giống.',
    }),
    row(vnTime(2024, 11, 19, 14, 45, 0), {
      unit: 'Công chức Văn hóa - Xã hội', type: 'Tập thể', name: 'Chi hội Chữ thập đỏ thôn Nà Pàn', movement: M.dd,
      address: 'Thôn Nà Pàn, xã Y Tích',
      achievements: 'Vận động 60 triệu đồng hỗ trợ hộ nghèo sửa nhà.',
    }),
  ],
};
