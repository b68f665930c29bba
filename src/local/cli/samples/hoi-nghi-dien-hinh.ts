/**
 * The embedded run of preset `hoi-nghi-dien-hinh` (seed 004, Ngọc Trạo, delegates due
 * 31/03/2025, run day 03/04/2025, dossier milestone 10/04/2025): agencies and organisations
 * name their delegates to the conference of advanced examples (guests only from the Party and
 * government offices; at most 200 delegates, 30 % guests, 70 % examples — far from reached here).
 *
 * Expected row results (DESIGN §4, §12.2), by index:
 *   Hợp lệ: 0–7, 9, 10, 12, 13, 15, 17, 19, 20, 21, 22, 25
 *   Cần bổ sung: 8 ('Khách mời' not allowed for Khối Mặt trận, đoàn thể), 11 (Giới tính
 *     'Nữ giới' is not a choice), 14 (Năm sinh 'năm 1969' is not a number), 16 (Dân tộc
 *     missing), 18 (unit 'Hội Cựu chiến binh' not in the roster, suggestion Hội Cựu chiến binh xã)
 *   Trùng lặp: 23 (row 9 again)
 *   Vượt số lượng: 24 (Trạm Y tế xã's third delegate; its roster maximum is 2)
 *   Trễ hạn: 26, 27, 28
 * Hostile text: 12 (`=HYPERLINK(...)`), 21 (`<script>`).
 * Unit statuses: Đúng hạn VPTK, VPDU, BTG, VHXH, CAX, HND, TH, THCS, TYT; Cần bổ sung MTTQ, HPN,
 * DTN (one valid delegate, Khối Mặt trận, đoàn thể asks 2), MN; Trễ hạn QSX, TCKT;
 * Không đăng ký HCCB (its only row misspells it), DCXD, TPHT.
 */
import type { PresetSample, SampleRow, SampleValue } from './sample-types';
import { driveLink, vnTime } from './sample-time';

const H = {
  unit: 'Đơn vị giới thiệu',
  type: 'Thành phần đại biểu',
  name: 'Họ và tên',
  position: 'Chức vụ, nơi công tác',
  sex: 'Giới tính',
  born: 'Năm sinh',
  ethnicity: 'Dân tộc',
  achievements: 'Thành tích tiêu biểu giai đoạn 2020 - 2025',
  report: 'Báo cáo thành tích',
} as const;

const [GUEST, EXAMPLE] = ['Khách mời', 'Điển hình tiên tiến'] as const;

type Answers = Partial<Record<keyof typeof H, SampleValue>>;

function row(timestamp: Date, answers: Answers): SampleRow {
  const out: Record<string, SampleValue> = { 'Dấu thời gian': timestamp };
  for (const [key, value] of Object.entries({ ethnicity: 'Mường', ...answers })) {
    if (value !== undefined) out[H[key as keyof typeof H]] = value;
  }
  return out;
}

/** A guest invited by the organiser. */
function guest(timestamp: Date, name: string, position: string, sex: string, born: number, ethnicity = 'Kinh'): SampleRow {
  return row(timestamp, { unit: 'Văn phòng - Thống kê', type: GUEST, name, position, sex, born, ethnicity });
}

export const HOI_NGHI_DIEN_HINH_SAMPLE: PresetSample = {
  preset: 'hoi-nghi-dien-hinh',
  today: '2025-04-03',
  workbookTitle: 'Đại biểu Hội nghị điển hình tiên tiến xã Ngọc Trạo năm 2025',
  unitDetails: {
    'Văn phòng - Thống kê': { email: 'vanphong@ngoctrao.example', person: 'Bùi Thị Hằng' },
    'Văn phòng Đảng ủy': { email: 'vpdu@ngoctrao.example', person: 'Quách Văn Tùng' },
    'Ban Tuyên giáo Đảng ủy': { email: 'tuyengiao@ngoctrao.example', person: 'Đinh Văn Hòa' },
    'Tài chính - Kế toán': { email: 'ketoan@ngoctrao.example', person: 'Trương Thị Thủy' },
    'Văn hóa - Xã hội': { email: 'vanhoa@ngoctrao.example', person: 'Bùi Văn Thắng' },
    // No address at all.
    'Địa chính - Xây dựng': { email: '', person: 'Quách Văn Long' },
    // An address that is not one.
    'Tư pháp - Hộ tịch': { email: 'tuphap ngoctrao.example', person: 'Phạm Thị Oanh' },
    'Công an xã': { email: 'congan@ngoctrao.example', person: 'Bùi Văn Kiên' },
    'Ban Chỉ huy Quân sự xã': { email: 'quansu@ngoctrao.example', person: 'Đinh Công Tráng' },
    'Ủy ban MTTQ Việt Nam xã': { email: 'mttq@ngoctrao.example', person: 'Bùi Văn Mạnh' },
    'Hội Cựu chiến binh xã': { email: 'cuuchienbinh@ngoctrao.example', person: 'Quách Văn Thụ' },
    'Hội Nông dân xã': { email: 'nongdan@ngoctrao.example', person: 'Bùi Văn Ninh' },
    'Hội Liên hiệp Phụ nữ xã': { email: 'phunu@ngoctrao.example', person: 'Đinh Thị Sen' },
    'Đoàn Thanh niên xã': { email: 'doanthanhnien@ngoctrao.example', person: 'Quách Văn Đạt' },
    'Trường Mầm non Ngọc Trạo': { email: 'mamnon@ngoctrao.example', person: 'Bùi Thị Lụa' },
    'Trường Tiểu học Ngọc Trạo': { email: 'tieuhoc@ngoctrao.example', person: 'Lê Thị Hà' },
    'Trường THCS Ngọc Trạo': { email: 'thcs@ngoctrao.example', person: 'Nguyễn Văn Thành' },
    // A roster maximum lower than its group's: its third delegate is over quota.
    'Trạm Y tế xã': { email: 'tramyte@ngoctrao.example', person: 'Bùi Thị Mơ', max: 2 },
  },
  responses: [
    // 0–5 — the organiser's guests.
    guest(vnTime(2025, 3, 3, 8, 0, 0), 'Bùi Văn Phương', 'Chủ tịch UBND xã Ngọc Trạo', 'Nam', 1972, 'Mường'),
    guest(vnTime(2025, 3, 3, 8, 2, 0), 'Quách Thị Nhàn', 'Bí thư Đảng ủy xã Ngọc Trạo', 'Nữ', 1975, 'Mường'),
    guest(vnTime(2025, 3, 3, 8, 4, 0), 'Nguyễn Văn Hải', 'Trưởng phòng Nội vụ huyện Thạch Thành', 'Nam', 1970),
    guest(vnTime(2025, 3, 3, 8, 6, 0), 'Lê Thị Thu', 'Chuyên viên phòng Nội vụ huyện Thạch Thành', 'Nữ', 1988),
    guest(vnTime(2025, 3, 3, 8, 8, 0), 'Bùi Văn Lâm', 'Chủ tịch HĐND xã Ngọc Trạo', 'Nam', 1968, 'Mường'),
    guest(vnTime(2025, 3, 3, 8, 10, 0), 'Trịnh Văn Tuấn', 'Giám đốc Hợp tác xã dịch vụ nông nghiệp Ngọc Trạo', 'Nam', 1980),
    // 6
    row(vnTime(2025, 3, 5, 9, 0, 0), {
      unit: 'Văn phòng Đảng ủy', type: GUEST, name: 'Đinh Văn Khoa', position: 'Nguyên Bí thư Đảng ủy xã', sex: 'Nam', born: 1955,
    }),
    // 7
    row(vnTime(2025, 3, 6, 10, 0, 0), {
      unit: 'Ban Tuyên giáo Đảng ủy', type: EXAMPLE, name: 'Quách Thị Hường', position: 'Báo cáo viên Đảng ủy xã', sex: 'Nữ',
      born: 1983, achievements: 'Báo cáo viên giỏi cấp huyện 2023; 5 năm liền hoàn thành xuất sắc nhiệm vụ.',
    }),
    // 8 — Cần bổ sung: Khối Mặt trận, đoàn thể may not name guests.
    row(vnTime(2025, 3, 7, 14, 0, 0), {
      unit: 'Hội Nông dân xã', type: GUEST, name: 'Lê Văn Bình', position: 'Phó Chủ tịch Hội Nông dân huyện', sex: 'Nam',
      born: 1971, ethnicity: 'Kinh',
    }),
    // 9 — row 23 repeats it.
    row(vnTime(2025, 3, 7, 14, 30, 0), {
      unit: 'Hội Nông dân xã', type: EXAMPLE, name: 'Bùi Văn Quyết', position: 'Nông dân, thôn Đồi Ngang', sex: 'Nam',
      born: 1977, achievements: 'Sản xuất kinh doanh giỏi cấp tỉnh 2022; trang trại keo và bò thịt thu 600 triệu đồng/năm.',
    }),
    // 10
    row(vnTime(2025, 3, 7, 14, 40, 0), {
      unit: 'Hội Nông dân xã', type: EXAMPLE, name: 'Quách Thị Mai', position: 'Nông dân, thôn Muỗng', sex: 'Nữ',
      born: 1985, achievements: 'Mô hình trồng mía tím liên kết tiêu thụ cho 20 hộ.',
    }),
    // 11 — Cần bổ sung: 'Nữ giới' is not a choice of Giới tính.
    row(vnTime(2025, 3, 10, 8, 30, 0), {
      unit: 'Trường Mầm non Ngọc Trạo', type: EXAMPLE, name: 'Bùi Thị Lụa', position: 'Hiệu trưởng Trường Mầm non Ngọc Trạo',
      sex: 'Nữ giới', born: 1979, achievements: 'Trường đạt chuẩn quốc gia mức độ 2 năm 2023.',
    }),
    // 12 — hostile: a formula in the achievements.
    row(vnTime(2025, 3, 10, 15, 0, 0), {
      unit: 'Hội Liên hiệp Phụ nữ xã', type: EXAMPLE, name: 'Đinh Thị Sen', position: 'Chủ tịch Hội LHPN xã', sex: 'Nữ',
      born: 1981, achievements: '=HYPERLINK("http://x","y") Vận động thành lập 4 tổ hợp tác dệt thổ cẩm Mường.',
    }),
    // 13
    row(vnTime(2025, 3, 11, 9, 0, 0), {
      unit: 'Ủy ban MTTQ Việt Nam xã', type: EXAMPLE, name: 'Bùi Văn Mạnh', position: 'Chủ tịch Ủy ban MTTQ Việt Nam xã',
      sex: 'Nam', born: 1974, achievements: 'Vận động xóa 12 nhà tạm, nhà dột nát năm 2024.',
    }),
    // 14 — Cần bổ sung: Năm sinh is text, not a number.
    row(vnTime(2025, 3, 12, 10, 0, 0), {
      unit: 'Ủy ban MTTQ Việt Nam xã', type: EXAMPLE, name: 'Quách Văn Sáng', position: 'Trưởng ban công tác Mặt trận thôn Ngọc Lan',
      sex: 'Nam', born: 'năm 1969', achievements: 'Khu dân cư văn hóa tiêu biểu 5 năm liền.',
    }),
    // 15
    row(vnTime(2025, 3, 12, 16, 0, 0), {
      unit: 'Đoàn Thanh niên xã', type: EXAMPLE, name: 'Quách Văn Đạt', position: 'Bí thư Đoàn xã', sex: 'Nam', born: 1994,
      achievements: 'Thanh niên tiên tiến làm theo lời Bác cấp huyện 2024.',
    }),
    // 16 — Cần bổ sung: Dân tộc missing.
    row(vnTime(2025, 3, 13, 8, 0, 0), {
      unit: 'Trường Mầm non Ngọc Trạo', type: EXAMPLE, name: 'Bùi Thị Hiên', position: 'Giáo viên Trường Mầm non Ngọc Trạo',
      sex: 'Nữ', born: 1990, ethnicity: '', achievements: 'Giáo viên dạy giỏi cấp huyện 2024.',
    }),
    // 17
    row(vnTime(2025, 3, 14, 9, 0, 0), {
      unit: 'Trường Tiểu học Ngọc Trạo', type: EXAMPLE, name: 'Lê Thị Hà', position: 'Giáo viên Trường Tiểu học Ngọc Trạo',
      sex: 'Nữ', born: 1986, ethnicity: 'Kinh', achievements: 'Chiến sĩ thi đua cơ sở 3 năm liền.',
      report: driveLink('1NtBaoCaoThanhTichHa'),
    }),
    // 18 — Cần bổ sung: 'Hội Cựu chiến binh' lacks 'xã': not the roster name.
    row(vnTime(2025, 3, 17, 10, 0, 0), {
      unit: 'Hội Cựu chiến binh', type: EXAMPLE, name: 'Quách Văn Thụ', position: 'Chủ tịch Hội Cựu chiến binh xã', sex: 'Nam',
      born: 1958, achievements: 'Cựu chiến binh gương mẫu; giúp 3 hội viên thoát nghèo.',
    }),
    // 19, 20 — Trạm Y tế xã's two allowed delegates.
    row(vnTime(2025, 3, 18, 8, 0, 0), {
      unit: 'Trạm Y tế xã', type: EXAMPLE, name: 'Bùi Thị Mơ', position: 'Trạm trưởng Trạm Y tế xã', sex: 'Nữ', born: 1982,
      achievements: 'Thầy thuốc tiên tiến cấp huyện 2023.',
    }),
    row(vnTime(2025, 3, 18, 8, 15, 0), {
      unit: 'Trạm Y tế xã', type: EXAMPLE, name: 'Đinh Văn Cường', position: 'Y sĩ Trạm Y tế xã', sex: 'Nam', born: 1991,
      achievements: 'Tiêm chủng mở rộng đạt 98% ba năm liền.',
    }),
    // 21 — hostile: a script tag in the name; valid.
    row(vnTime(2025, 3, 20, 21, 0, 0), {
      unit: 'Trường THCS Ngọc Trạo', type: EXAMPLE, name: 'Nguyễn Văn Thành <script>alert(1)</script>',
      position: 'Hiệu trưởng Trường THCS Ngọc Trạo', sex: 'Nam', born: 1976, ethnicity: 'Kinh',
      achievements: 'Trường có 12 học sinh giỏi cấp huyện năm học 2023 - 2024.',
    }),
    // 22
    row(vnTime(2025, 3, 24, 9, 0, 0), {
      unit: 'Công an xã', type: EXAMPLE, name: 'Bùi Văn Kiên', position: 'Trưởng Công an xã', sex: 'Nam', born: 1984,
      achievements: 'Chiến sĩ thi đua cơ sở 2023, 2024; không để xảy ra trọng án.',
    }),
    // 23 — Trùng lặp of row 9.
    row(vnTime(2025, 3, 25, 10, 0, 0), {
      unit: 'Hội Nông dân xã', type: EXAMPLE, name: 'bùi văn  quyết', position: 'Nông dân, thôn Đồi Ngang', sex: 'Nam',
      born: 1977, achievements: 'Gửi lại.',
    }),
    // 24 — Vượt số lượng: Trạm Y tế xã already has its maximum (2).
    row(vnTime(2025, 3, 26, 8, 0, 0), {
      unit: 'Trạm Y tế xã', type: EXAMPLE, name: 'Quách Thị Nguyệt', position: 'Nhân viên y tế thôn', sex: 'Nữ', born: 1975,
      achievements: 'Cộng tác viên dân số tiêu biểu.',
    }),
    // 25 — on time: 23:58 on the deadline day.
    row(vnTime(2025, 3, 31, 23, 58, 0), {
      unit: 'Văn hóa - Xã hội', type: EXAMPLE, name: 'Bùi Thị Thơm', position: 'Chủ nhiệm câu lạc bộ cồng chiêng xã', sex: 'Nữ',
      born: 1966, achievements: 'Bảo tồn, truyền dạy cồng chiêng Mường cho 40 học sinh.',
    }),
    // 26, 27, 28 — Trễ hạn.
    row(vnTime(2025, 4, 1, 9, 0, 0), {
      unit: 'Ban Chỉ huy Quân sự xã', type: EXAMPLE, name: 'Đinh Công Tráng', position: 'Chỉ huy trưởng Ban CHQS xã', sex: 'Nam',
      born: 1983, achievements: 'Đơn vị quyết thắng 2024; giao quân đạt 100% chỉ tiêu.',
    }),
    row(vnTime(2025, 4, 1, 15, 0, 0), {
      unit: 'Tài chính - Kế toán', type: GUEST, name: 'Trương Văn Hùng', position: 'Giám đốc Quỹ tín dụng nhân dân', sex: 'Nam',
      born: 1973, ethnicity: 'Kinh',
    }),
    row(vnTime(2025, 4, 2, 8, 30, 0), {
      unit: 'Trường THCS Ngọc Trạo', type: EXAMPLE, name: 'Quách Thị Tuyết', position: 'Học sinh lớp 9A', sex: 'Nữ', born: 2010,
      achievements: 'Giải Nhất học sinh giỏi cấp huyện môn Ngữ văn.',
    }),
  ],
};
