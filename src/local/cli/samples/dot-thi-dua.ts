/**
 * The embedded run of preset `dot-thi-dua` (seed 003, Bình Chương, commitments due 31/08/2024,
 * run day 05/09/2024): each Party cell sends the one emulation commitment its secretary signed
 * at the launch ceremony (16/08/2024 in this story).
 *
 * Expected row results (DESIGN §4, §12.2), by index:
 *   Hợp lệ: 0, 1, 2, 3, 4, 6, 8, 9, 11, 14
 *   Cần bổ sung: 5 (Ngày ký cam kết 'giữa tháng 8' is not a date), 7 (Số đảng viên
 *     'hai mươi mốt' is not a number), 10 (Loại văn bản 'Đăng ký' is not a choice),
 *     12 (unit 'Chi bộ thôn An Điềm 2' not in the roster, suggestion Chi bộ thôn An Điền 2),
 *     13 (Chỉ tiêu, nhiệm vụ cam kết missing)
 *   Trùng lặp: 15 (row 1 again)
 *   Vượt số lượng: 16 (Chi bộ Công an's second commitment under another name; one per cell)
 *   Trễ hạn: 17, 18
 * Hostile text: 4 (`=HYPERLINK(...)`), 9 (`<script>`). Row 6 gives Số đảng viên as typed text '24'.
 * Unit statuses: Đúng hạn for the cells of rows 0–4, 6, 8, 9, 11 and Chi bộ thôn An Điền 2
 * (row 14, after its misspelt row 12); Cần bổ sung Chi bộ thôn 5, Chi bộ Trường THCS,
 * Chi bộ thôn 6; Trễ hạn Chi bộ thôn 7, Chi bộ Trạm Y tế; Không đăng ký Chi bộ thôn 8.
 */
import type { PresetSample, SampleRow, SampleValue } from './sample-types';
import { driveLink, vnDate, vnTime } from './sample-time';

const H = {
  unit: 'Chi bộ',
  type: 'Loại văn bản',
  name: 'Tên bản cam kết',
  content: 'Nội dung thi đua trọng tâm',
  pledges: 'Chỉ tiêu, nhiệm vụ cam kết',
  members: 'Số đảng viên của chi bộ',
  secretary: 'Bí thư chi bộ ký cam kết',
  signedOn: 'Ngày ký cam kết',
  signed: 'Bản cam kết đã ký',
} as const;

const C = {
  resolution: 'Thực hiện thắng lợi các mục tiêu, chỉ tiêu, nhiệm vụ của Nghị quyết Đại hội Đảng bộ xã lần thứ XX',
  congress: 'Chuẩn bị tổ chức thành công đại hội đảng các cấp; bầu cử đại biểu Quốc hội và Hội đồng nhân dân các cấp',
  propaganda: 'Đổi mới, sáng tạo trong công tác thông tin tuyên truyền, nhân rộng điển hình tiên tiến',
  party: 'Xây dựng, chỉnh đốn Đảng và hệ thống chính trị; phát triển kinh tế - xã hội, quốc phòng, an ninh',
  digital: 'Đẩy mạnh ứng dụng chuyển đổi số trong các cơ quan, tổ chức đảng',
  term: 'Thực hiện thắng lợi các mục tiêu, chỉ tiêu giai đoạn 2020 - 2025 của Nghị quyết Đại hội Đảng bộ xã lần thứ XX',
} as const;

/** The launch ceremony, where the secretaries sign. */
const CEREMONY = vnDate(2024, 8, 16);

type Answers = Partial<Record<keyof typeof H, SampleValue>>;

/** One commitment: type `Cam kết`, named after its cell, signed at the ceremony unless told otherwise. */
function row(timestamp: Date, answers: Answers): SampleRow {
  const unit = String(answers.unit ?? '');
  const defaults: Answers = { type: 'Cam kết', name: `Bản cam kết thi đua của ${unit}`, signedOn: CEREMONY };
  const out: Record<string, SampleValue> = { 'Dấu thời gian': timestamp };
  for (const [key, value] of Object.entries({ ...defaults, ...answers })) {
    if (value !== undefined) out[H[key as keyof typeof H]] = value;
  }
  return out;
}

export const DOT_THI_DUA_SAMPLE: PresetSample = {
  preset: 'dot-thi-dua',
  today: '2024-09-05',
  workbookTitle: 'Cam kết thi đua các chi bộ xã Bình Chương 2024 - 2026',
  unitDetails: {
    'Chi bộ thôn An Điền 1': { email: 'andien1@binhchuong.example', person: 'Nguyễn Văn Tấn' },
    'Chi bộ thôn An Điền 2': { email: 'andien2@binhchuong.example', person: 'Trần Văn Hòa' },
    'Chi bộ thôn 3': { email: 'thon3@binhchuong.example', person: 'Phạm Văn Dũng' },
    'Chi bộ thôn 4': { email: 'thon4@binhchuong.example', person: 'Võ Thị Lệ' },
    'Chi bộ thôn 5': { email: 'thon5@binhchuong.example', person: 'Huỳnh Văn Sáu' },
    'Chi bộ thôn 6': { email: 'thon6@binhchuong.example', person: 'Lê Văn Bảy' },
    // No address at all.
    'Chi bộ thôn 7': { email: '', person: 'Nguyễn Thị Tám' },
    // Never sends anything.
    'Chi bộ thôn 8': { email: 'thon8@binhchuong.example', person: 'Trương Văn Chín' },
    'Chi bộ Cơ quan Đảng - Đoàn thể': { email: 'cqdang@binhchuong.example', person: 'Lê Thị Thanh' },
    'Chi bộ Ủy ban nhân dân xã': { email: 'ubnd@binhchuong.example', person: 'Đỗ Văn Minh' },
    'Chi bộ Quân sự': { email: 'quansu@binhchuong.example', person: 'Phan Văn Lực' },
    'Chi bộ Công an': { email: 'congan@binhchuong.example', person: 'Nguyễn Văn Quang' },
    'Chi bộ Trường THCS': { email: 'thcs@binhchuong.example', person: 'Đinh Thị Hạnh' },
    'Chi bộ Trường Tiểu học': { email: 'tieuhoc@binhchuong.example', person: 'Bùi Thị Nga' },
    'Chi bộ Trường Mầm non': { email: 'mamnon@binhchuong.example', person: 'Võ Thị Hồng' },
    // An address that is not one.
    'Chi bộ Trạm Y tế': { email: 'tramyte@', person: 'Trần Thị Kim' },
  },
  responses: [
    // 0
    row(vnTime(2024, 8, 16, 15, 30, 0), {
      unit: 'Chi bộ thôn An Điền 1', content: C.resolution, members: 32, secretary: 'Nguyễn Văn Tấn',
      pledges: '100% đảng viên học tập Nghị quyết; thôn giữ vững danh hiệu khu dân cư văn hóa; phát triển 2 đảng viên mới.',
      signed: driveLink('1BcCamKetAnDien1'),
    }),
    // 1 — row 15 repeats it.
    row(vnTime(2024, 8, 16, 15, 45, 0), {
      unit: 'Chi bộ Cơ quan Đảng - Đoàn thể', content: C.congress, members: 18, secretary: 'Lê Thị Thanh',
      pledges: 'Chuẩn bị văn kiện, nhân sự Đại hội Đảng bộ xã lần thứ XXI đúng tiến độ; chi bộ hoàn thành xuất sắc nhiệm vụ.',
    }),
    // 2
    row(vnTime(2024, 8, 17, 8, 10, 0), {
      unit: 'Chi bộ Ủy ban nhân dân xã', content: C.digital, members: 21, secretary: 'Đỗ Văn Minh',
      pledges: '100% văn bản được ký số trên thiết bị di động; triển khai Nền tảng quản trị tổng thể đến các bộ phận.',
    }),
    // 3
    row(vnTime(2024, 8, 19, 9, 0, 0), {
      unit: 'Chi bộ Quân sự', content: C.party, members: 9, secretary: 'Phan Văn Lực',
      pledges: 'Hoàn thành 100% chỉ tiêu huấn luyện dân quân; giao quân đạt chỉ tiêu.',
    }),
    // 4 — hostile: a formula in the pledges.
    row(vnTime(2024, 8, 19, 14, 20, 0), {
      unit: 'Chi bộ Công an', content: C.party, members: 11, secretary: 'Nguyễn Văn Quang',
      pledges: '=HYPERLINK("http://x","y") Giữ vững an ninh chính trị; không để xảy ra điểm nóng, khiếu kiện đông người.',
    }),
    // 5 — Cần bổ sung: the signing day is not a date.
    row(vnTime(2024, 8, 20, 10, 0, 0), {
      unit: 'Chi bộ thôn 5', content: C.resolution, members: 27, secretary: 'Huỳnh Văn Sáu', signedOn: 'giữa tháng 8',
      pledges: 'Bê tông hóa 800 m đường nội đồng; 95% hộ đạt gia đình văn hóa.',
    }),
    // 6 — Số đảng viên typed as text '24': still a number.
    row(vnTime(2024, 8, 21, 8, 30, 0), {
      unit: 'Chi bộ thôn 3', content: C.term, members: '24', secretary: 'Phạm Văn Dũng',
      pledges: 'Hoàn thành chỉ tiêu thu nhập bình quân; giảm 3 hộ nghèo.',
    }),
    // 7 — Cần bổ sung: Số đảng viên is words, not a number.
    row(vnTime(2024, 8, 21, 16, 0, 0), {
      unit: 'Chi bộ Trường THCS', content: C.propaganda, members: 'hai mươi mốt', secretary: 'Đinh Thị Hạnh',
      pledges: 'Mỗi đảng viên một chuyên đề đổi mới phương pháp dạy học; 98% học sinh lên lớp.',
    }),
    // 8
    row(vnTime(2024, 8, 22, 9, 45, 0), {
      unit: 'Chi bộ Trường Tiểu học', content: C.propaganda, members: 16, secretary: 'Bùi Thị Nga',
      pledges: 'Tuyên truyền 50 năm giải phóng xã Bình Chương qua các tiết sinh hoạt dưới cờ.',
    }),
    // 9 — hostile: a script tag in the name; valid.
    row(vnTime(2024, 8, 23, 20, 0, 0), {
      unit: 'Chi bộ thôn 4', name: 'Bản cam kết thi đua <script>alert(1)</script>', content: C.resolution, members: 29,
      secretary: 'Võ Thị Lệ',
      pledges: 'Vận động Nhân dân hiến đất mở rộng đường liên thôn; thôn đạt chuẩn khu dân cư kiểu mẫu.',
    }),
    // 10 — Cần bổ sung: 'Đăng ký' is not the plan's one type (Cam kết).
    row(vnTime(2024, 8, 26, 8, 0, 0), {
      unit: 'Chi bộ thôn 6', type: 'Đăng ký', content: C.resolution, members: 25, secretary: 'Lê Văn Bảy',
      pledges: 'Phát triển 2 đảng viên mới; xây dựng mô hình thu gom rác thải.',
    }),
    // 11
    row(vnTime(2024, 8, 27, 10, 30, 0), {
      unit: 'Chi bộ Trường Mầm non', content: C.digital, members: 12, secretary: 'Võ Thị Hồng',
      pledges: 'Sổ đảng viên điện tử 100%; họp chi bộ có tài liệu số.',
    }),
    // 12 — Cần bổ sung: 'An Điềm' is not the roster's 'An Điền'.
    row(vnTime(2024, 8, 28, 9, 0, 0), {
      unit: 'Chi bộ thôn An Điềm 2', content: C.congress, members: 30, secretary: 'Trần Văn Hòa',
      pledges: 'Đại diện các chi bộ phát biểu hưởng ứng tại Lễ phát động; thôn về đích nông thôn mới.',
    }),
    // 13 — Cần bổ sung: the pledges are missing.
    row(vnTime(2024, 8, 29, 15, 0, 0), {
      unit: 'Chi bộ Trạm Y tế', content: C.term, members: 7, secretary: 'Trần Thị Kim',
    }),
    // 14 — on time: 23:45 on the deadline day, An Điền 2 sends again with its name right.
    row(vnTime(2024, 8, 31, 23, 45, 0), {
      unit: 'Chi bộ thôn An Điền 2', content: C.congress, members: 30, secretary: 'Trần Văn Hòa',
      pledges: 'Đại diện các chi bộ phát biểu hưởng ứng tại Lễ phát động; thôn về đích nông thôn mới.',
    }),
    // 15 — Trùng lặp of row 1.
    row(vnTime(2024, 9, 1, 8, 0, 0), {
      unit: 'Chi bộ Cơ quan Đảng - Đoàn thể', name: 'bản cam kết thi đua của chi bộ cơ quan đảng - đoàn thể',
      content: C.congress, members: 18, secretary: 'Lê Thị Thanh', pledges: 'Gửi lại bản đã ký.',
    }),
    // 16 — Vượt số lượng: a second commitment of Chi bộ Công an (one per cell).
    row(vnTime(2024, 9, 2, 9, 0, 0), {
      unit: 'Chi bộ Công an', name: 'Cam kết thi đua cao điểm 50 năm giải phóng xã', content: C.resolution, members: 11,
      secretary: 'Nguyễn Văn Quang', pledges: 'Bảo đảm an ninh các ngày lễ lớn năm 2025.',
    }),
    // 17, 18 — Trễ hạn (18: Chi bộ Trạm Y tế corrects row 13 after the deadline, signing day typed as text).
    row(vnTime(2024, 9, 3, 10, 0, 0), {
      unit: 'Chi bộ thôn 7', content: C.resolution, members: 26, secretary: 'Nguyễn Thị Tám',
      pledges: 'Nạo vét 2 km kênh mương; 100% hộ tham gia bảo hiểm y tế.',
    }),
    row(vnTime(2024, 9, 4, 14, 30, 0), {
      unit: 'Chi bộ Trạm Y tế', content: C.term, members: 7, secretary: 'Trần Thị Kim', signedOn: '16/08/2024',
      pledges: 'Tiêm chủng mở rộng đạt trên 95%; đảng viên gương mẫu thực hiện y đức.',
    }),
  ],
};
