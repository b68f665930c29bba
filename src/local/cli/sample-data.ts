/**
 * The embedded demo of `npm start`: the seed 000 roster's contact details and ~50 form
 * responses as Google Forms would have written them into `Đăng ký`, covering every case
 * the checker must handle (on time, late, invalid of every kind, duplicate, over quota,
 * hostile text, units that never registered). Node side only; the unit names are those
 * of DEFAULT_UNITS (src/core/defaults.ts).
 */
import type { AnswerKey } from '../../core/contract';

/** The fixed "today" of the demo: after the 15/12/2025 deadline, before 15/01/2026. */
export const SAMPLE_TODAY = '2025-12-20';

/** An instant given as wall time in Asia/Ho_Chi_Minh (UTC+7, no daylight saving). */
function vnTime(year: number, month: number, day: number, hour = 0, minute = 0, second = 0): Date {
  return new Date(Date.UTC(year, month - 1, day, hour - 7, minute, second));
}

/** A date answer as Google holds it: the instant of local midnight. */
function vnDate(year: number, month: number, day: number): Date {
  return vnTime(year, month, day);
}

/** The text of the form's "new item" checkbox. */
const PLEDGE = 'Tôi cam kết đây là mô hình, phong trào, việc làm mới';

/** A made-up Drive link, as a "Văn bản đăng ký"/"Kế hoạch thực hiện" answer. */
function driveLink(id: string): string {
  return `https://drive.google.com/open?id=${id}`;
}

/**
 * A very long `Nội dung, mục tiêu`: 32,000 characters, the most an Excel cell holds, so
 * out/dang-ky.xlsx opens without a repair prompt. Google's own limit (50,000) is covered
 * by the bundle tests.
 */
export const LONG_CONTENT_LENGTH = 32_000;
const CONTENT_LONG = (() => {
  const paragraph =
    'Vận động người cao tuổi gương mẫu chấp hành chủ trương của Đảng, chính sách, pháp luật của Nhà nước; ' +
    'tham gia hòa giải ở cơ sở, giữ gìn an ninh trật tự, vệ sinh môi trường khu dân cư; ' +
    'mỗi chi hội có ít nhất một tổ tự quản hoạt động thường xuyên, sinh hoạt định kỳ hằng tháng. ';
  return paragraph.repeat(Math.ceil(LONG_CONTENT_LENGTH / paragraph.length)).slice(0, LONG_CONTENT_LENGTH);
})();

type SampleResponse = Partial<Record<AnswerKey, string | number | boolean | Date>>;

/** One response with the pledge ticked unless the answers say otherwise. */
function response(answers: SampleResponse): SampleResponse {
  return { newItemPledge: PLEDGE, ...answers };
}

/**
 * Per-unit extras for the demo roster (keyed by the unit name of DEFAULT_UNITS): email(s),
 * the person in charge, and a few overrides of the group rule or of the deadline.
 */
export const SAMPLE_UNIT_DETAILS: Record<
  string,
  { email: string; person: string; min?: number; max?: number; ownDeadline?: string }
> = {
  'Ban Xây dựng Đảng': { email: 'bxdd@tholap.example', person: 'Nguyễn Văn Hùng' },
  'Ủy ban Kiểm tra Đảng ủy': { email: 'ubkt@tholap.example', person: 'Trần Thị Hương' },
  'Văn phòng Đảng ủy': { email: 'vpdu@tholap.example', person: 'Lê Minh Tuấn' },

  // Two addresses in one cell.
  'Ủy ban MTTQ xã': {
    email: 'mttq@tholap.example; chutich.mttq@tholap.example',
    person: 'Phạm Văn Long',
  },
  'Đoàn Thanh niên': { email: 'doanthanhnien@tholap.example', person: 'Hoàng Đức Anh' },
  'Hội Liên hiệp Phụ nữ': { email: 'phunu@tholap.example', person: 'Nguyễn Thị Lan' },
  'Hội Nông dân': { email: 'nongdan@tholap.example', person: 'Lê Văn Bình' },
  'Hội Cựu chiến binh': { email: 'cuuchienbinh@tholap.example', person: 'Trịnh Văn Sơn' },
  'Hội Người cao tuổi': { email: 'nguoicaotuoi@tholap.example', person: 'Đỗ Văn Thành' },
  // Its own deadline, later than the commune's: its 17/12 registration is on time.
  'Hội Chữ thập đỏ': { email: 'chuthapdo@tholap.example', person: 'Vũ Thị Hoa', ownDeadline: '18/12/2025' },
  // No email at all.
  'Hội Khuyến học': { email: '', person: 'Mai Văn Đức' },

  'Ban Kinh tế - Ngân sách HĐND': { email: 'bktns.hdnd@tholap.example', person: 'Lê Thị Thu' },
  'Ban Văn hóa - Xã hội HĐND': { email: 'bvhxh.hdnd@tholap.example', person: 'Nguyễn Văn Quang' },
  'Văn phòng HĐND và UBND': { email: 'vanphong@tholap.example', person: 'Trần Văn Nam' },
  'Phòng Kinh tế': { email: 'phongkinhte@tholap.example', person: 'Lê Đình Khoa' },
  'Phòng Văn hóa - Xã hội': { email: 'phongvhxh@tholap.example', person: 'Phạm Thị Ngọc' },
  // An address that is not one.
  'Trung tâm Phục vụ hành chính công': { email: 'khong-phai-email', person: 'Hà Văn Tú' },
  'Trung tâm Cung ứng dịch vụ công': { email: 'ttdvc@tholap.example', person: 'Bùi Thị Yến' },

  'Chi bộ Quân sự': { email: 'quansu@tholap.example', person: 'Lê Văn Cường' },
  'Chi bộ Công an': { email: 'congan@tholap.example', person: 'Nguyễn Đức Thắng' },
  'Chi bộ Trường THCS': { email: 'thcs@tholap.example', person: 'Lê Thị Hằng' },
  'Chi bộ Trường Tiểu học': { email: 'tieuhoc@tholap.example', person: 'Trần Thị Dung' },
  'Chi bộ Trường Mầm non': { email: 'mamnon@tholap.example', person: 'Nguyễn Thị Thảo' },
  'Chi bộ Trạm Y tế': { email: 'tramyte@tholap.example', person: 'Lê Văn Hải' },

  'Chi bộ thôn 1': { email: 'thon1@tholap.example', person: 'Lê Văn Tâm' },
  'Chi bộ thôn 2': { email: 'thon2@tholap.example', person: 'Nguyễn Văn Toàn' },
  'Chi bộ thôn 3': { email: 'thon3@tholap.example', person: 'Lê Thị Mai' },
  'Chi bộ thôn 4': { email: 'thon4@tholap.example', person: 'Trịnh Xuân Hòa' },
  // A per-unit maximum lower than the group's.
  'Chi bộ thôn 5': { email: 'thon5@tholap.example', person: 'Phạm Văn Lâm', max: 1 },
  // No email at all.
  'Chi bộ thôn 6': { email: '', person: 'Lê Văn Thịnh' },
  'Chi bộ thôn 7': { email: 'thon7@tholap.example', person: 'Đào Văn Kiên' },
  'Chi bộ thôn 8': { email: 'thon8@tholap.example', person: 'Nguyễn Văn Chiến' },
};

/**
 * ~50 form responses in submission order. Keys are the ANSWER keys of contract.ts;
 * values are raw cell values as Google holds them: timestamps are instants, date
 * answers mostly instants of local midnight, some typed text in the other accepted
 * forms, one spreadsheet serial number. Units that never register: Văn phòng Đảng ủy,
 * Hội Khuyến học, Trung tâm Phục vụ hành chính công, Chi bộ Trạm Y tế, Chi bộ thôn 8.
 */
export const SAMPLE_RESPONSES: ReadonlyArray<SampleResponse> = [
  // 0 — valid, on time (Khối Ban Đảng: only 'Việc làm').
  response({
    timestamp: vnTime(2025, 12, 3, 8, 12, 5),
    unit: 'Ban Xây dựng Đảng',
    type: 'Việc làm',
    title: 'Việc làm: số hóa hồ sơ đảng viên',
    field: 'Xây dựng Đảng và hệ thống chính trị',
    content: 'Số hóa, cập nhật đầy đủ hồ sơ đảng viên lên phần mềm quản lý cơ sở dữ liệu đảng viên; tra cứu nhanh, chính xác.',
    scale: '100% hồ sơ của 412 đảng viên trong Đảng bộ xã',
    start: vnDate(2026, 1, 5),
    end: vnDate(2026, 10, 30),
    leadUnit: 'Ban Xây dựng Đảng',
    implementingUnit: 'Ban Xây dựng Đảng',
    partnerUnits: 'Văn phòng Đảng ủy; các chi bộ trực thuộc',
    responsiblePerson: 'Đ/c Nguyễn Văn Hùng - Ủy viên BTV, Trưởng Ban Xây dựng Đảng',
    registrationFile: driveLink('1BxDdSoHoaHoSoDangVien'),
  }),
  // 1 — valid, on time (Khối chi bộ thôn: 'Phong trào').
  response({
    timestamp: vnTime(2025, 12, 3, 9, 40, 12),
    unit: 'Chi bộ thôn 3',
    type: 'Phong trào',
    title: 'Phong trào hiến đất mở rộng đường giao thông nông thôn',
    field: 'Xây dựng nông thôn mới',
    content: 'Vận động các hộ hiến đất, tháo dỡ tường rào để mở rộng 1,2 km đường trục thôn lên 5 m mặt đường.',
    scale: 'Toàn thôn, 215 hộ',
    start: vnDate(2026, 1, 10),
    end: vnDate(2026, 9, 30),
    leadUnit: 'Chi ủy chi bộ thôn 3',
    implementingUnit: 'Ban phát triển thôn 3',
    partnerUnits: 'Ban công tác Mặt trận, Chi hội Phụ nữ, Chi đoàn thôn 3',
    responsiblePerson: 'Đ/c Lê Thị Mai - Ủy viên BCH Đảng bộ xã',
  }),
  // 2 — valid, on time (Khối chi bộ thôn: 'Mô hình'); row 33 duplicates it.
  response({
    timestamp: vnTime(2025, 12, 4, 7, 55, 40),
    unit: 'Chi bộ thôn 2',
    type: 'Mô hình',
    title: 'Mô hình nhà sạch vườn đẹp',
    field: 'Xây dựng nông thôn mới',
    content: 'Mỗi hộ chỉnh trang nhà ở, cải tạo vườn tạp, phân loại rác tại nguồn; bình chọn 30 hộ tiêu biểu.',
    scale: 'Toàn thôn, 186 hộ',
    start: vnDate(2026, 2, 1),
    end: vnDate(2026, 10, 31),
    leadUnit: 'Chi ủy chi bộ thôn 2',
    implementingUnit: 'Ban phát triển thôn 2',
    partnerUnits: 'Chi hội Phụ nữ, Chi hội Nông dân thôn 2',
    responsiblePerson: 'Đ/c Nguyễn Văn Toàn - Bí thư chi bộ thôn 2',
  }),
  // 3 — valid, on time; hostile text: `Nội dung, mục tiêu` starts with a formula (plain text).
  response({
    timestamp: vnTime(2025, 12, 4, 14, 20, 3),
    unit: 'Hội Liên hiệp Phụ nữ',
    type: 'Mô hình',
    title: 'Mô hình “Phụ nữ Thọ Lập nói không với túi ni lông”',
    field: 'Văn hóa - xã hội',
    content: '=HYPERLINK("http://x","y") Vận động hội viên dùng làn, túi vải khi đi chợ; giảm 50% túi ni lông dùng một lần.',
    scale: '12 chi hội, 1.350 hội viên',
    start: vnDate(2026, 1, 15),
    end: vnDate(2026, 11, 10),
    leadUnit: 'Ban Thường vụ Hội Liên hiệp Phụ nữ xã',
    implementingUnit: 'Các chi hội phụ nữ thôn',
    responsiblePerson: 'Đ/c Trần Thị Hương - Ủy viên BTV, Chủ nhiệm Ủy ban Kiểm tra',
  }),
  // 4 — valid, on time (Khối Ban Đảng).
  response({
    timestamp: vnTime(2025, 12, 5, 8, 30, 21),
    unit: 'Ủy ban Kiểm tra Đảng ủy',
    type: 'Việc làm',
    title: 'Việc làm: giám sát chuyên đề việc nêu gương của cấp ủy viên chi bộ thôn',
    field: 'Xây dựng Đảng và hệ thống chính trị',
    content: 'Giám sát chuyên đề việc thực hiện trách nhiệm nêu gương của cấp ủy viên tại 8 chi bộ thôn.',
    scale: '8 chi bộ thôn',
    start: vnDate(2026, 3, 1),
    end: vnDate(2026, 10, 15),
    leadUnit: 'Ủy ban Kiểm tra Đảng ủy',
    implementingUnit: 'Ủy ban Kiểm tra Đảng ủy',
    partnerUnits: 'Ban Xây dựng Đảng',
    responsiblePerson: 'Đ/c Trần Thị Hương - Ủy viên BTV, Chủ nhiệm Ủy ban Kiểm tra',
  }),
  // 5 — valid, on time (Khối chi bộ cơ quan: any type, exactly 1).
  response({
    timestamp: vnTime(2025, 12, 5, 10, 5, 48),
    unit: 'Chi bộ Quân sự',
    type: 'Mô hình',
    title: 'Mô hình “Dân quân tự vệ giúp dân xây dựng nông thôn mới”',
    field: 'Quốc phòng - an ninh',
    content: 'Mỗi quý tổ chức một đợt ra quân giúp các thôn làm đường, nạo vét kênh mương, phát quang đường làng.',
    scale: 'Trung đội dân quân cơ động, 32 đồng chí',
    start: vnDate(2026, 1, 12),
    end: vnDate(2026, 11, 5),
    leadUnit: 'Chi ủy Chi bộ Quân sự',
    implementingUnit: 'Ban Chỉ huy Quân sự xã',
    partnerUnits: 'Đoàn Thanh niên',
    responsiblePerson: 'Đ/c Lê Văn Cường - Ủy viên BTV, Chỉ huy trưởng Quân sự',
  }),
  // 6 — valid, on time; start typed as text '01.02.2026'.
  response({
    timestamp: vnTime(2025, 12, 5, 15, 45, 9),
    unit: 'Đoàn Thanh niên',
    type: 'Mô hình',
    title: 'Mô hình Tổ công nghệ số cộng đồng do đoàn viên làm nòng cốt',
    field: 'Xây dựng nông thôn mới',
    content: 'Hướng dẫn người dân cài đặt VNeID, dịch vụ công trực tuyến, thanh toán không dùng tiền mặt.',
    scale: '8 thôn, 40 đoàn viên',
    start: '01.02.2026',
    end: vnDate(2026, 10, 31),
    leadUnit: 'Ban Chấp hành Đoàn xã',
    implementingUnit: 'Các chi đoàn thôn',
    partnerUnits: 'Trung tâm Phục vụ hành chính công',
    responsiblePerson: 'Đ/c Phạm Văn Long - Ủy viên BTV, Chủ tịch Ủy ban MTTQ xã',
    registrationFile: driveLink('1DtnToCongNgheSo'),
  }),
  // 7 — valid, on time; unit typed with odd case and spaces; start typed as '2026-03-01'.
  response({
    timestamp: vnTime(2025, 12, 6, 9, 10, 33),
    unit: '  hội nông dân ',
    type: 'Mô hình',
    title: 'Mô hình trồng rau an toàn trong nhà lưới',
    field: 'Phát triển kinh tế',
    content: 'Xây dựng 2 ha rau an toàn trong nhà lưới theo tiêu chuẩn VietGAP, liên kết tiêu thụ với hợp tác xã.',
    scale: '2 ha, 25 hộ hội viên',
    start: '2026-03-01',
    end: vnDate(2026, 11, 1),
    leadUnit: 'Ban Thường vụ Hội Nông dân xã',
    implementingUnit: 'Chi hội Nông dân thôn 4, thôn 5',
    partnerUnits: 'Phòng Kinh tế',
    responsiblePerson: 'Đ/c Nguyễn Văn Hùng - Ủy viên BTV',
  }),
  // 8 — valid, on time (Khối HĐND, UBND: only 'Việc làm').
  response({
    timestamp: vnTime(2025, 12, 6, 16, 22, 17),
    unit: 'Ban Kinh tế - Ngân sách HĐND',
    type: 'Việc làm',
    title: 'Việc làm: giám sát việc sử dụng vốn xây dựng nông thôn mới nâng cao',
    field: 'Phát triển kinh tế',
    content: 'Giám sát chuyên đề việc quản lý, sử dụng nguồn vốn đầu tư công cho các công trình nông thôn mới nâng cao.',
    scale: '6 công trình',
    start: vnDate(2026, 4, 1),
    end: vnDate(2026, 9, 30),
    leadUnit: 'Thường trực HĐND xã',
    implementingUnit: 'Ban Kinh tế - Ngân sách HĐND',
    responsiblePerson: 'Đ/c Lê Thị Thu - Phó Chủ tịch HĐND',
  }),
  // 9 — valid, on time; end typed as '15-10-2026'.
  response({
    timestamp: vnTime(2025, 12, 8, 8, 5, 0),
    unit: 'Phòng Văn hóa - Xã hội',
    type: 'Việc làm',
    title: 'Việc làm: số hóa di tích, thiết chế văn hóa thôn trên bản đồ số',
    field: 'Văn hóa - xã hội',
    content: 'Gắn mã QR, thuyết minh cho 5 di tích và 8 nhà văn hóa thôn; đưa lên Trang thông tin điện tử của xã.',
    scale: '5 di tích, 8 nhà văn hóa',
    start: vnDate(2026, 2, 15),
    end: '15-10-2026',
    leadUnit: 'UBND xã',
    implementingUnit: 'Phòng Văn hóa - Xã hội',
    partnerUnits: 'Trung tâm Cung ứng dịch vụ công, Đoàn Thanh niên',
    responsiblePerson: 'Đ/c Phạm Thị Ngọc - Phó Chủ tịch UBND',
  }),
  // 10 — valid, on time: Chi bộ Công an's one allowed row (row 32 is over quota).
  response({
    timestamp: vnTime(2025, 12, 8, 9, 30, 44),
    unit: 'Chi bộ Công an',
    type: 'Mô hình',
    title: 'Mô hình camera an ninh kết nối cộng đồng',
    field: 'Quốc phòng - an ninh',
    content: 'Lắp 24 camera tại các tuyến đường liên thôn, kết nối về Công an xã; nhân dân cùng giám sát.',
    scale: '24 camera, 8 thôn',
    start: vnDate(2026, 1, 20),
    end: vnDate(2026, 8, 31),
    leadUnit: 'Chi ủy Chi bộ Công an',
    implementingUnit: 'Công an xã',
    partnerUnits: 'Ban công tác Mặt trận các thôn',
    responsiblePerson: 'Đ/c Nguyễn Đức Thắng - Ủy viên BTV, Trưởng Công an xã',
  }),
  // 11 — invalid: a type not allowed for the group (Khối Ban Đảng registers 'Mô hình').
  response({
    timestamp: vnTime(2025, 12, 8, 11, 11, 11),
    unit: 'Ban Xây dựng Đảng',
    type: 'Mô hình',
    title: 'Mô hình chi bộ thôn sinh hoạt chuyên đề kiểu mẫu',
    field: 'Xây dựng Đảng và hệ thống chính trị',
    content: 'Chọn 2 chi bộ thôn làm điểm sinh hoạt chuyên đề, rút kinh nghiệm nhân rộng.',
    scale: '2 chi bộ thôn',
    start: vnDate(2026, 3, 1),
    end: vnDate(2026, 10, 31),
    leadUnit: 'Ban Xây dựng Đảng',
    implementingUnit: 'Chi bộ thôn 2, Chi bộ thôn 5',
    responsiblePerson: 'Đ/c Nguyễn Văn Hùng - Ủy viên BTV, Trưởng Ban Xây dựng Đảng',
  }),
  // 12 — valid, on time; end given as a spreadsheet serial number (46295 = 30/09/2026).
  response({
    timestamp: vnTime(2025, 12, 8, 14, 0, 27),
    unit: 'Phòng Kinh tế',
    type: 'Việc làm',
    title: 'Việc làm: hướng dẫn hộ kinh doanh thanh toán không dùng tiền mặt',
    field: 'Phát triển kinh tế',
    content: 'Hướng dẫn 100% hộ kinh doanh tại chợ xã mở tài khoản, niêm yết mã QR thanh toán.',
    scale: '120 hộ kinh doanh',
    start: vnDate(2026, 1, 5),
    end: 46295,
    leadUnit: 'UBND xã',
    implementingUnit: 'Phòng Kinh tế',
    partnerUnits: 'Đoàn Thanh niên, Hội Liên hiệp Phụ nữ',
    responsiblePerson: 'Đ/c Lê Đình Khoa - Ủy viên BTV, Phó Chủ tịch UBND',
  }),
  // 13 — invalid: a unit not in the roster, close to one ('Chi bo thon 1' → 'Chi bộ thôn 1').
  response({
    timestamp: vnTime(2025, 12, 9, 7, 48, 2),
    unit: 'Chi bo thon 1',
    type: 'Mô hình',
    title: 'Mô hình khu dân cư không có ma túy',
    field: 'Quốc phòng - an ninh',
    content: 'Tuyên truyền phòng chống ma túy đến từng hộ; không để phát sinh người nghiện mới.',
    scale: 'Toàn thôn, 198 hộ',
    start: vnDate(2026, 1, 15),
    end: vnDate(2026, 11, 10),
    leadUnit: 'Chi ủy chi bộ thôn 1',
    implementingUnit: 'Ban an ninh trật tự thôn 1',
    responsiblePerson: 'Đ/c Nguyễn Đức Thắng - Ủy viên BTV',
  }),
  // 14 — valid, on time (the same registration, now with the roster name).
  response({
    timestamp: vnTime(2025, 12, 9, 8, 20, 51),
    unit: 'Chi bộ thôn 1',
    type: 'Mô hình',
    title: 'Mô hình khu dân cư không có ma túy',
    field: 'Quốc phòng - an ninh',
    content: 'Tuyên truyền phòng chống ma túy đến từng hộ; không để phát sinh người nghiện mới.',
    scale: 'Toàn thôn, 198 hộ',
    start: vnDate(2026, 1, 15),
    end: vnDate(2026, 11, 10),
    leadUnit: 'Chi ủy chi bộ thôn 1',
    implementingUnit: 'Ban an ninh trật tự thôn 1',
    partnerUnits: 'Công an xã',
    responsiblePerson: 'Đ/c Nguyễn Đức Thắng - Ủy viên BTV',
  }),
  // 15 — invalid: the pledge is missing (row 35 corrects it with the same title).
  response({
    timestamp: vnTime(2025, 12, 9, 10, 0, 15),
    unit: 'Chi bộ Trường Mầm non',
    type: 'Việc làm',
    title: 'Việc làm: mỗi đảng viên nhận phụ trách một góc thư viện xanh',
    field: 'Văn hóa - xã hội',
    content: 'Xây dựng 10 góc thư viện xanh trong các lớp học; mỗi đảng viên phụ trách một góc.',
    scale: '10 lớp, 14 đảng viên',
    start: vnDate(2026, 1, 5),
    end: vnDate(2026, 5, 29),
    leadUnit: 'Chi ủy Chi bộ Trường Mầm non',
    implementingUnit: 'Trường Mầm non Thọ Lập',
    responsiblePerson: 'Đ/c Lê Thị Hằng - Đảng ủy viên',
    newItemPledge: '',
  }),
  // 16 — valid, on time; `Nội dung, mục tiêu` of exactly 50,000 characters.
  response({
    timestamp: vnTime(2025, 12, 9, 15, 30, 38),
    unit: 'Hội Người cao tuổi',
    type: 'Phong trào',
    title: 'Phong trào người cao tuổi tham gia tự quản khu dân cư',
    field: 'Văn hóa - xã hội',
    content: CONTENT_LONG,
    scale: '8 chi hội, 1.120 hội viên',
    start: vnDate(2026, 1, 1),
    end: vnDate(2026, 11, 15),
    leadUnit: 'Ban Chấp hành Hội Người cao tuổi xã',
    implementingUnit: 'Các chi hội người cao tuổi thôn',
    responsiblePerson: 'Đ/c Phạm Văn Long - Ủy viên BTV, Chủ tịch Ủy ban MTTQ xã',
  }),
  // 17 — invalid: a field not in `Lĩnh vực` ('Môi trường').
  response({
    timestamp: vnTime(2025, 12, 10, 8, 45, 56),
    unit: 'Hội Cựu chiến binh',
    type: 'Mô hình',
    title: 'Mô hình cựu chiến binh thu gom rác thải nhựa',
    field: 'Môi trường',
    content: 'Mỗi chi hội tổ chức thu gom, phân loại rác thải nhựa hằng tháng.',
    scale: '8 chi hội, 265 hội viên',
    start: vnDate(2026, 2, 1),
    end: vnDate(2026, 10, 31),
    leadUnit: 'Ban Thường vụ Hội Cựu chiến binh xã',
    implementingUnit: 'Các chi hội cựu chiến binh thôn',
    responsiblePerson: 'Đ/c Lê Văn Cường - Ủy viên BTV',
  }),
  // 18 — invalid: a required answer missing (no `Quy mô`).
  response({
    timestamp: vnTime(2025, 12, 10, 9, 15, 4),
    unit: 'Chi bộ thôn 6',
    type: 'Mô hình',
    title: 'Mô hình cải tạo vườn tạp, xây dựng vườn mẫu',
    field: 'Phát triển kinh tế',
    content: 'Cải tạo vườn tạp trồng cây ăn quả có giá trị kinh tế; xây dựng 10 vườn mẫu.',
    scale: '',
    start: vnDate(2026, 2, 1),
    end: vnDate(2026, 11, 1),
    leadUnit: 'Chi ủy chi bộ thôn 6',
    implementingUnit: 'Ban phát triển thôn 6',
    responsiblePerson: 'Đ/c Lê Thị Mai - Ủy viên BCH Đảng bộ xã',
  }),
  // 19 — invalid: a nonsense date ('31/02/2026').
  response({
    timestamp: vnTime(2025, 12, 10, 10, 40, 29),
    unit: 'Trung tâm Cung ứng dịch vụ công',
    type: 'Việc làm',
    title: 'Việc làm: chuyên mục “Người tốt - việc tốt” trên hệ thống truyền thanh',
    field: 'Văn hóa - xã hội',
    content: 'Mở chuyên mục phát hằng tuần trên truyền thanh xã và Trang thông tin điện tử.',
    scale: '48 số phát thanh',
    start: '31/02/2026',
    end: vnDate(2026, 11, 10),
    leadUnit: 'UBND xã',
    implementingUnit: 'Trung tâm Cung ứng dịch vụ công',
    responsiblePerson: 'Đ/c Phạm Thị Ngọc - Phó Chủ tịch UBND',
  }),
  // 20 — invalid: a month-first date ('12/31/2026').
  response({
    timestamp: vnTime(2025, 12, 10, 14, 10, 50),
    unit: 'Hội Liên hiệp Phụ nữ',
    type: 'Phong trào',
    title: 'Phong trào “Phụ nữ khởi nghiệp, phát triển kinh tế”',
    field: 'Phát triển kinh tế',
    content: 'Hỗ trợ 15 hội viên khởi nghiệp, tiếp cận vốn vay ưu đãi.',
    scale: '15 hội viên',
    start: vnDate(2026, 3, 8),
    end: '12/31/2026',
    leadUnit: 'Ban Thường vụ Hội Liên hiệp Phụ nữ xã',
    implementingUnit: 'Hội Liên hiệp Phụ nữ xã',
    responsiblePerson: 'Đ/c Trần Thị Hương - Ủy viên BTV',
  }),
  // 21 — invalid: start before 01/01/2026.
  response({
    timestamp: vnTime(2025, 12, 11, 8, 0, 7),
    unit: 'Chi bộ thôn 7',
    type: 'Phong trào',
    title: 'Phong trào xây dựng gia đình văn hóa, dòng họ hiếu học',
    field: 'Văn hóa - xã hội',
    content: 'Phấn đấu 92% hộ đạt gia đình văn hóa; mỗi dòng họ lập quỹ khuyến học.',
    scale: 'Toàn thôn, 240 hộ',
    start: vnDate(2025, 12, 15),
    end: vnDate(2026, 11, 1),
    leadUnit: 'Chi ủy chi bộ thôn 7',
    implementingUnit: 'Ban công tác Mặt trận thôn 7',
    responsiblePerson: 'Đ/c Nguyễn Văn Hùng - Ủy viên BTV',
  }),
  // 22 — invalid: end after 15/11/2026.
  response({
    timestamp: vnTime(2025, 12, 11, 9, 25, 33),
    unit: 'Phòng Văn hóa - Xã hội',
    type: 'Việc làm',
    title: 'Việc làm: rà soát, cập nhật hộ nghèo trên phần mềm',
    field: 'Văn hóa - xã hội',
    content: 'Cập nhật dữ liệu hộ nghèo, cận nghèo lên phần mềm quản lý; theo dõi hỗ trợ kịp thời.',
    scale: '86 hộ nghèo, cận nghèo',
    start: vnDate(2026, 1, 15),
    end: vnDate(2026, 12, 31),
    leadUnit: 'UBND xã',
    implementingUnit: 'Phòng Văn hóa - Xã hội',
    responsiblePerson: 'Đ/c Phạm Thị Ngọc - Phó Chủ tịch UBND',
  }),
  // 23 — invalid: end before start.
  response({
    timestamp: vnTime(2025, 12, 11, 13, 50, 19),
    unit: 'Ban Kinh tế - Ngân sách HĐND',
    type: 'Việc làm',
    title: 'Việc làm: tiếp xúc cử tri chuyên đề về thu, chi ngân sách',
    field: 'Phát triển kinh tế',
    content: 'Tổ chức 2 buổi tiếp xúc cử tri chuyên đề về công khai ngân sách xã.',
    scale: '2 buổi, 8 thôn',
    start: vnDate(2026, 6, 1),
    end: vnDate(2026, 4, 30),
    leadUnit: 'Thường trực HĐND xã',
    implementingUnit: 'Ban Kinh tế - Ngân sách HĐND',
    responsiblePerson: 'Đ/c Lê Thị Thu - Phó Chủ tịch HĐND',
  }),
  // 24 — invalid: an unknown type ('Dự án').
  response({
    timestamp: vnTime(2025, 12, 11, 15, 5, 42),
    unit: 'Phòng Kinh tế',
    type: 'Dự án',
    title: 'Dự án cánh đồng mẫu lớn sản xuất lúa chất lượng cao',
    field: 'Phát triển kinh tế',
    content: 'Dồn điền đổi thửa, xây dựng 50 ha cánh đồng mẫu lớn.',
    scale: '50 ha',
    start: vnDate(2026, 1, 20),
    end: vnDate(2026, 10, 30),
    leadUnit: 'UBND xã',
    implementingUnit: 'Phòng Kinh tế',
    responsiblePerson: 'Đ/c Lê Đình Khoa - Ủy viên BTV, Phó Chủ tịch UBND',
  }),
  // 25 — valid, on time (Khối chi bộ cơ quan: 'Việc làm').
  response({
    timestamp: vnTime(2025, 12, 12, 8, 35, 26),
    unit: 'Chi bộ Trường THCS',
    type: 'Việc làm',
    title: 'Việc làm: mỗi đảng viên kèm cặp một học sinh có hoàn cảnh khó khăn',
    field: 'Văn hóa - xã hội',
    content: 'Mỗi đảng viên nhận kèm cặp, giúp đỡ một học sinh có hoàn cảnh khó khăn vươn lên trong học tập.',
    scale: '18 đảng viên, 18 học sinh',
    start: vnDate(2026, 1, 5),
    end: vnDate(2026, 5, 31),
    leadUnit: 'Chi ủy Chi bộ Trường THCS',
    implementingUnit: 'Trường THCS Thọ Lập',
    partnerUnits: 'Hội Khuyến học',
    responsiblePerson: 'Đ/c Lê Thị Hằng - Đảng ủy viên',
  }),
  // 26 — valid, on time (Khối chi bộ thôn).
  response({
    timestamp: vnTime(2025, 12, 12, 9, 50, 3),
    unit: 'Chi bộ thôn 4',
    type: 'Mô hình',
    title: 'Mô hình tuyến đường sáng - xanh - sạch - đẹp',
    field: 'Xây dựng nông thôn mới',
    content: 'Lắp 60 bóng đèn chiếu sáng, trồng 500 m hàng rào xanh dọc đường trục thôn.',
    scale: '1,5 km đường trục thôn',
    start: vnDate(2026, 2, 10),
    end: vnDate(2026, 8, 30),
    leadUnit: 'Chi ủy chi bộ thôn 4',
    implementingUnit: 'Ban phát triển thôn 4',
    partnerUnits: 'Chi đoàn thôn 4',
    responsiblePerson: 'Đ/c Lê Văn Cường - Ủy viên BTV',
  }),
  // 27 — valid, on time: Chi bộ thôn 5 (its roster maximum is 1).
  response({
    timestamp: vnTime(2025, 12, 12, 14, 15, 58),
    unit: 'Chi bộ thôn 5',
    type: 'Mô hình',
    title: 'Mô hình vệ sinh môi trường trong chăn nuôi',
    field: 'Phát triển kinh tế',
    content: 'Hướng dẫn 40 hộ chăn nuôi làm hầm biogas, đệm lót sinh học; không xả thải ra kênh mương.',
    scale: '40 hộ chăn nuôi',
    start: vnDate(2026, 3, 1),
    end: vnDate(2026, 10, 31),
    leadUnit: 'Chi ủy chi bộ thôn 5',
    implementingUnit: 'Chi hội Nông dân thôn 5',
    responsiblePerson: 'Đ/c Nguyễn Văn Hùng - Ủy viên BTV',
  }),
  // 28 — valid, on time (Khối Mặt trận, đoàn thể: 'Phong trào').
  response({
    timestamp: vnTime(2025, 12, 12, 16, 40, 31),
    unit: 'Ủy ban MTTQ xã',
    type: 'Phong trào',
    title: 'Phong trào toàn dân đoàn kết xây dựng khu dân cư văn hóa kiểu mẫu',
    field: 'Văn hóa - xã hội',
    content: 'Phấn đấu 3 thôn đạt khu dân cư văn hóa kiểu mẫu; 90% hộ đạt gia đình văn hóa.',
    scale: '8 khu dân cư',
    start: vnDate(2026, 1, 15),
    end: vnDate(2026, 11, 10),
    leadUnit: 'Ban Thường trực Ủy ban MTTQ xã',
    implementingUnit: 'Ban công tác Mặt trận các thôn',
    partnerUnits: 'Các tổ chức chính trị - xã hội xã',
    responsiblePerson: 'Đ/c Phạm Văn Long - Ủy viên BTV, Chủ tịch Ủy ban MTTQ xã',
    registrationFile: driveLink('1MttqKhuDanCuVanHoa'),
    planFile: driveLink('1MttqKeHoach2026'),
  }),
  // 29 — valid, on time; hostile text: a title containing an HTML script tag.
  response({
    timestamp: vnTime(2025, 12, 13, 8, 10, 45),
    unit: 'Đoàn Thanh niên',
    type: 'Phong trào',
    title: 'Phong trào “Ngày thứ Bảy tình nguyện” <script>alert(1)</script>',
    field: 'Xây dựng nông thôn mới',
    content: 'Mỗi tháng một ngày thứ Bảy ra quân dọn vệ sinh, trồng cây xanh tại các tuyến đường.',
    scale: '12 đợt, 300 lượt đoàn viên',
    start: vnDate(2026, 1, 10),
    end: vnDate(2026, 11, 14),
    leadUnit: 'Ban Chấp hành Đoàn xã',
    implementingUnit: 'Các chi đoàn thôn',
    responsiblePerson: 'Đ/c Phạm Văn Long - Ủy viên BTV',
  }),
  // 30 — valid, on time: Chi bộ thôn 3's second row (group maximum 2).
  response({
    timestamp: vnTime(2025, 12, 13, 9, 0, 16),
    unit: 'Chi bộ thôn 3',
    type: 'Mô hình',
    title: 'Mô hình thôn thông minh, khu dân cư số',
    field: 'Xây dựng nông thôn mới',
    content: 'Lập nhóm Zalo của thôn, loa truyền thanh thông minh, 80% hộ dùng dịch vụ công trực tuyến.',
    scale: 'Toàn thôn, 215 hộ',
    start: vnDate(2026, 4, 1),
    end: vnDate(2026, 11, 1),
    leadUnit: 'Chi ủy chi bộ thôn 3',
    implementingUnit: 'Tổ công nghệ số cộng đồng thôn 3',
    partnerUnits: 'Đoàn Thanh niên',
    responsiblePerson: 'Đ/c Lê Thị Mai - Ủy viên BCH Đảng bộ xã',
  }),
  // 31 — valid, on time: Chi bộ thôn 1's second row.
  response({
    timestamp: vnTime(2025, 12, 13, 10, 5, 2),
    unit: 'Chi bộ thôn 1',
    type: 'Phong trào',
    title: 'Phong trào đóng góp xây dựng sân thể thao thôn',
    field: 'Văn hóa - xã hội',
    content: 'Vận động nhân dân, con em xa quê đóng góp kinh phí, ngày công xây dựng sân thể thao thôn.',
    scale: 'Toàn thôn, 198 hộ',
    start: vnDate(2026, 3, 1),
    end: vnDate(2026, 9, 2),
    leadUnit: 'Chi ủy chi bộ thôn 1',
    implementingUnit: 'Ban phát triển thôn 1',
    responsiblePerson: 'Đ/c Nguyễn Đức Thắng - Ủy viên BTV',
  }),
  // 32 — over quota: Chi bộ Công an's second valid row (agency cells allow exactly 1).
  response({
    timestamp: vnTime(2025, 12, 13, 15, 20, 8),
    unit: 'Chi bộ Công an',
    type: 'Phong trào',
    title: 'Phong trào toàn dân bảo vệ an ninh Tổ quốc',
    field: 'Quốc phòng - an ninh',
    content: 'Xây dựng 8 tổ an ninh trật tự cơ sở; tiếp nhận tin báo qua đường dây nóng.',
    scale: '8 thôn',
    start: vnDate(2026, 2, 1),
    end: vnDate(2026, 10, 31),
    leadUnit: 'Chi ủy Chi bộ Công an',
    implementingUnit: 'Công an xã',
    responsiblePerson: 'Đ/c Nguyễn Đức Thắng - Ủy viên BTV, Trưởng Công an xã',
  }),
  // 33 — duplicate of row 2: same unit, same title but for case and spaces, submitted later.
  response({
    timestamp: vnTime(2025, 12, 13, 16, 30, 55),
    unit: 'Chi bộ thôn 2',
    type: 'Mô hình',
    title: '  mô hình nhà sạch  vườn ĐẸP ',
    field: 'Xây dựng nông thôn mới',
    content: 'Đăng ký bổ sung: mỗi hộ chỉnh trang nhà ở, cải tạo vườn tạp.',
    scale: 'Toàn thôn, 186 hộ',
    start: vnDate(2026, 2, 1),
    end: vnDate(2026, 10, 31),
    leadUnit: 'Chi ủy chi bộ thôn 2',
    implementingUnit: 'Ban phát triển thôn 2',
    responsiblePerson: 'Đ/c Nguyễn Văn Toàn - Bí thư chi bộ thôn 2',
  }),
  // 34 — valid, on time; unit typed with a double space ('Hội  Nông dân').
  response({
    timestamp: vnTime(2025, 12, 14, 8, 25, 37),
    unit: 'Hội  Nông dân',
    type: 'Phong trào',
    title: 'Phong trào nông dân thi đua sản xuất, kinh doanh giỏi gắn với chuyển đổi số',
    field: 'Phát triển kinh tế',
    content: 'Hỗ trợ hội viên đưa sản phẩm OCOP, nông sản lên sàn thương mại điện tử.',
    scale: '8 chi hội, 60 hộ sản xuất giỏi',
    start: vnDate(2026, 2, 1),
    end: vnDate(2026, 11, 5),
    leadUnit: 'Ban Thường vụ Hội Nông dân xã',
    implementingUnit: 'Các chi hội nông dân thôn',
    responsiblePerson: 'Đ/c Nguyễn Văn Hùng - Ủy viên BTV',
  }),
  // 35 — valid, on time: the corrected row 15 (same title, pledge ticked) — not a duplicate.
  response({
    timestamp: vnTime(2025, 12, 14, 9, 45, 20),
    unit: 'Chi bộ Trường Mầm non',
    type: 'Việc làm',
    title: 'Việc làm: mỗi đảng viên nhận phụ trách một góc thư viện xanh',
    field: 'Văn hóa - xã hội',
    content: 'Xây dựng 10 góc thư viện xanh trong các lớp học; mỗi đảng viên phụ trách một góc.',
    scale: '10 lớp, 14 đảng viên',
    start: vnDate(2026, 1, 5),
    end: vnDate(2026, 5, 29),
    leadUnit: 'Chi ủy Chi bộ Trường Mầm non',
    implementingUnit: 'Trường Mầm non Thọ Lập',
    responsiblePerson: 'Đ/c Lê Thị Hằng - Đảng ủy viên',
  }),
  // 36 — valid, on time; start typed as '15/03/2026'.
  response({
    timestamp: vnTime(2025, 12, 14, 14, 0, 0),
    unit: 'Ủy ban MTTQ xã',
    type: 'Mô hình',
    title: 'Mô hình Ban công tác Mặt trận tự quản vệ sinh môi trường khu dân cư',
    field: 'Xây dựng nông thôn mới',
    content: 'Mỗi khu dân cư có tổ tự quản vệ sinh môi trường, tổng vệ sinh vào ngày chủ nhật cuối tháng.',
    scale: '8 khu dân cư',
    start: '15/03/2026',
    end: vnDate(2026, 11, 10),
    leadUnit: 'Ban Thường trực Ủy ban MTTQ xã',
    implementingUnit: 'Ban công tác Mặt trận các thôn',
    responsiblePerson: 'Đ/c Phạm Văn Long - Ủy viên BTV, Chủ tịch Ủy ban MTTQ xã',
  }),
  // 37 — valid, on time: Hội Người cao tuổi's second row.
  response({
    timestamp: vnTime(2025, 12, 15, 9, 30, 12),
    unit: 'Hội Người cao tuổi',
    type: 'Mô hình',
    title: 'Mô hình Câu lạc bộ liên thế hệ tự giúp nhau',
    field: 'Văn hóa - xã hội',
    content: 'Thành lập 2 câu lạc bộ liên thế hệ; chăm sóc sức khỏe, tạo sinh kế cho người cao tuổi.',
    scale: '2 câu lạc bộ, 70 thành viên',
    start: vnDate(2026, 2, 15),
    end: vnDate(2026, 11, 15),
    leadUnit: 'Ban Chấp hành Hội Người cao tuổi xã',
    implementingUnit: 'Chi hội người cao tuổi thôn 2, thôn 6',
    responsiblePerson: 'Đ/c Phạm Văn Long - Ủy viên BTV',
  }),
  // 38 — valid, on time: submitted at 23:59 on the deadline day (15/12/2025).
  response({
    timestamp: vnTime(2025, 12, 15, 23, 59, 45),
    unit: 'Văn phòng HĐND và UBND',
    type: 'Việc làm',
    title: 'Việc làm: xử lý văn bản điện tử có ký số trên môi trường mạng',
    field: 'Xây dựng Đảng và hệ thống chính trị',
    content: '100% văn bản đi, đến (trừ văn bản mật) được xử lý và ký số trên hệ thống quản lý văn bản.',
    scale: '100% văn bản của UBND, HĐND xã',
    start: vnDate(2026, 1, 2),
    end: vnDate(2026, 11, 13),
    leadUnit: 'UBND xã',
    implementingUnit: 'Văn phòng HĐND và UBND',
    responsiblePerson: 'Đ/c Lê Đình Khoa - Ủy viên BTV, Phó Chủ tịch UBND',
  }),
  // 39 — late (16/12/2025).
  response({
    timestamp: vnTime(2025, 12, 16, 8, 15, 30),
    unit: 'Hội Cựu chiến binh',
    type: 'Mô hình',
    title: 'Mô hình cựu chiến binh giúp nhau phát triển kinh tế',
    field: 'Phát triển kinh tế',
    content: 'Lập tổ hợp tác, giúp nhau vốn, giống, kỹ thuật; giảm 2 hộ hội viên nghèo.',
    scale: '8 chi hội, 265 hội viên',
    start: vnDate(2026, 2, 1),
    end: vnDate(2026, 10, 31),
    leadUnit: 'Ban Thường vụ Hội Cựu chiến binh xã',
    implementingUnit: 'Các chi hội cựu chiến binh thôn',
    responsiblePerson: 'Đ/c Lê Văn Cường - Ủy viên BTV',
  }),
  // 40 — late (16/12/2025).
  response({
    timestamp: vnTime(2025, 12, 16, 14, 30, 5),
    unit: 'Ban Văn hóa - Xã hội HĐND',
    type: 'Việc làm',
    title: 'Việc làm: giám sát việc thực hiện chính sách bảo hiểm y tế học sinh',
    field: 'Văn hóa - xã hội',
    content: 'Giám sát việc tham gia bảo hiểm y tế học sinh tại 3 trường trên địa bàn.',
    scale: '3 trường học',
    start: vnDate(2026, 3, 1),
    end: vnDate(2026, 6, 30),
    leadUnit: 'Thường trực HĐND xã',
    implementingUnit: 'Ban Văn hóa - Xã hội HĐND',
    responsiblePerson: 'Đ/c Lê Thị Thu - Phó Chủ tịch HĐND',
  }),
  // 41 — late (17/12/2025).
  response({
    timestamp: vnTime(2025, 12, 17, 9, 5, 48),
    unit: 'Chi bộ thôn 7',
    type: 'Phong trào',
    title: 'Phong trào xây dựng dòng họ hiếu học, gia đình văn hóa',
    field: 'Văn hóa - xã hội',
    content: 'Phấn đấu 92% hộ đạt gia đình văn hóa; mỗi dòng họ lập quỹ khuyến học.',
    scale: 'Toàn thôn, 240 hộ',
    start: vnDate(2026, 1, 15),
    end: vnDate(2026, 11, 1),
    leadUnit: 'Chi ủy chi bộ thôn 7',
    implementingUnit: 'Ban công tác Mặt trận thôn 7',
    responsiblePerson: 'Đ/c Nguyễn Văn Hùng - Ủy viên BTV',
  }),
  // 42 — valid, on time by its own deadline (Hội Chữ thập đỏ, Hạn riêng 18/12/2025).
  response({
    timestamp: vnTime(2025, 12, 17, 10, 30, 14),
    unit: 'Hội Chữ thập đỏ',
    type: 'Phong trào',
    title: 'Phong trào “Mỗi tổ chức, mỗi cá nhân gắn với một địa chỉ nhân đạo”',
    field: 'Văn hóa - xã hội',
    content: 'Kết nối 30 địa chỉ nhân đạo với các cơ quan, doanh nghiệp, nhà hảo tâm.',
    scale: '30 địa chỉ nhân đạo',
    start: vnDate(2026, 1, 15),
    end: vnDate(2026, 11, 1),
    leadUnit: 'Ban Thường vụ Hội Chữ thập đỏ xã',
    implementingUnit: 'Các chi hội chữ thập đỏ thôn',
    responsiblePerson: 'Đ/c Trần Thị Hương - Ủy viên BTV',
  }),
  // 43 — late (18/12/2025): Chi bộ thôn 4's second row.
  response({
    timestamp: vnTime(2025, 12, 18, 10, 20, 36),
    unit: 'Chi bộ thôn 4',
    type: 'Phong trào',
    title: 'Phong trào đóng góp xây dựng nhà văn hóa thôn',
    field: 'Văn hóa - xã hội',
    content: 'Vận động đóng góp kinh phí, ngày công nâng cấp nhà văn hóa thôn 4.',
    scale: 'Toàn thôn, 172 hộ',
    start: vnDate(2026, 4, 1),
    end: vnDate(2026, 10, 15),
    leadUnit: 'Chi ủy chi bộ thôn 4',
    implementingUnit: 'Ban phát triển thôn 4',
    responsiblePerson: 'Đ/c Lê Văn Cường - Ủy viên BTV',
  }),
  // 44 — late (19/12/2025).
  response({
    timestamp: vnTime(2025, 12, 19, 16, 45, 3),
    unit: 'Chi bộ Trường Tiểu học',
    type: 'Phong trào',
    title: 'Phong trào “Mỗi thầy cô giáo là một tấm gương đạo đức, tự học và sáng tạo”',
    field: 'Văn hóa - xã hội',
    content: 'Mỗi đảng viên đăng ký một chuyên đề đổi mới phương pháp dạy học, ứng dụng công nghệ thông tin.',
    scale: '22 cán bộ, giáo viên',
    start: vnDate(2026, 1, 5),
    end: vnDate(2026, 5, 25),
    leadUnit: 'Chi ủy Chi bộ Trường Tiểu học',
    implementingUnit: 'Trường Tiểu học Thọ Lập',
    responsiblePerson: 'Đ/c Lê Thị Hằng - Đảng ủy viên',
  }),
];
