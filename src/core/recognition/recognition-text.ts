/**
 * Every Vietnamese sentence of recognition (DESIGN.md §14): the reasons written to `Chi tiết`,
 * the messages of `Tạo hồ sơ khen thưởng`, and the wording of the tờ trình, the decision and
 * the Giấy khen (vn-recognition-format.md §1–§4). User text is quoted through `quote()`.
 */
import { RECOGNITION_COLUMN, SHEET } from '../contract';
import { place, quote } from '../messages';

const FORM = RECOGNITION_COLUMN.form;
const ACH = RECOGNITION_COLUMN.achievement;

export const RECOGNITION_MSG = {
  // ——— Reasons in `Chi tiết` (one line each, naming the column) ———
  rowNotValid: `${FORM}: dòng chưa hợp lệ nên chưa đưa vào hồ sơ khen thưởng.`,
  formUnknown: (form: string, allowed: readonly string[]) =>
    `${FORM}: ${quote(form)} không có trong Cấu hình › Hình thức khen thưởng (${allowed.join('; ')}).`,
  formOutsideAuthority: (form: string, signer: string) =>
    `${FORM}: ${quote(form)} không thuộc thẩm quyền của ${signer}; cần tờ trình đề nghị cấp trên (Chủ tịch UBND tỉnh), không ra quyết định của xã.`,
  achievementMissing: `${ACH}: chưa điền (nội dung ghi trên Giấy khen sau "Đã có thành tích").`,
  achievementTooLong: (n: number, max: number) => `${ACH}: dài ${n} ký tự, quá ${max} ký tự để in trên Giấy khen; hãy rút gọn.`,
  recipientMissing: (column: string) => `${column}: chưa ghi tên người hoặc tập thể được khen thưởng.`,
  recipientTooLong: (column: string, n: number, max: number) =>
    `${column}: tên dài ${n} ký tự, quá ${max} ký tự; hãy ghi đúng họ tên hoặc tên tập thể.`,
  duplicateRecipient: (name: string, row: number) =>
    `${FORM}: ${quote(name)} đã được đề nghị cùng hình thức ở dòng ${row}; mỗi đối tượng chỉ ghi một lần trong một quyết định.`,
  sameAchievementTwice: (name: string, row: number) =>
    `Lưu ý — ${FORM}: ${quote(name)} cũng được đề nghị ở dòng ${row}. Luật Thi đua, khen thưởng (Điều 5 k2): không khen thưởng nhiều lần, nhiều hình thức cho một thành tích.`,
  noAmount: (form: string, day: string) =>
    `Lưu ý — ${FORM}: không có mức tiền thưởng cho ${quote(form)} vào ngày ${day} trong bảng mức thưởng; quyết định không ghi tiền cho đối tượng này.`,

  // ——— Problems of `Cấu hình` (sheet, row, column) ———
  configMissing: (key: string) => `${place(SHEET.config)}: chưa có mục "${key}" (cần cho hồ sơ khen thưởng); hãy thêm dòng này và điền giá trị.`,
  configEmpty: (row: number, key: string) => `${place(SHEET.config, row, 'Giá trị')}: mục "${key}" còn trống (cần cho hồ sơ khen thưởng).`,
  configBad: (row: number, key: string, value: unknown, expected: string) =>
    `${place(SHEET.config, row, 'Giá trị')}: mục "${key}" = ${quote(value)} không đọc được; cần ${expected}.`,
  salaryGap: (row: number, from: string, to: string) =>
    `${place(SHEET.config, row, 'Giá trị')}: bảng "Mức lương cơ sở" bị hở từ ${from} đến trước ${to}; các khoảng thời gian phải nối liền nhau.`,
  salaryOverlap: (row: number, line: number, other: number) =>
    `${place(SHEET.config, row, 'Giá trị')}: bảng "Mức lương cơ sở" có dòng ${line} trùng thời gian với dòng ${other}; mỗi ngày chỉ có một mức lương cơ sở.`,
  salaryBadLine: (row: number, line: number, text: string) =>
    `${place(SHEET.config, row, 'Giá trị')}: dòng ${line} của "Mức lương cơ sở" ${quote(text)} không đọc được; ghi dạng 01/07/2026 - : 2.530.000 (từ ngày - đến ngày: số tiền).`,
  noBaseSalary: (day: string) => `Không có mức lương cơ sở cho ngày quyết định ${day}; quyết định không ghi số tiền. Hãy thêm vào Cấu hình › Mức lương cơ sở.`,
  missingColumnsAdded: (headers: readonly string[]) =>
    `Đã thêm cột ${headers.map((h) => `"${h}"`).join(', ')} vào trang "Đăng ký". Hãy chọn hình thức khen thưởng và ghi thành tích cho các dòng được đề nghị, rồi chạy lại.`,

  // ——— Results ———
  nothing: `Chưa có dòng hợp lệ nào được chọn "${FORM}" trong trang "Đăng ký": chưa tạo hồ sơ khen thưởng.`,
  structureBroken: 'Trang "Đăng ký" đang lỗi cấu trúc (xem Nhật ký): chưa tạo hồ sơ khen thưởng.',
  done: (docs: number, proposals: number, excluded: number) =>
    `Đã tạo hồ sơ khen thưởng: ${docs} văn bản cho ${proposals} đối tượng${excluded ? `; ${excluded} dòng chưa đủ điều kiện (xem cột Chi tiết)` : ''}.`,
  partial: (done: number, left: number) =>
    `Đã tạo ${done} văn bản, còn ${left} văn bản sẽ được tạo tiếp tự động sau khoảng 1 phút (giới hạn thời gian của Apps Script).`,
  resumed: (from: number, total: number) => `Tiếp tục từ văn bản thứ ${from + 1}/${total}.`,
  nothingToContinue: 'Không còn hồ sơ khen thưởng nào đang chờ tạo tiếp.',
  log: 'Tạo hồ sơ khen thưởng',
  submissionLabel: 'Tờ trình đề nghị khen thưởng',
  decisionLabel: (form: string) => `Quyết định khen thưởng (${form})`,
  certificateLabel: (name: string) => `Giấy khen: ${name.length > 60 ? `${name.slice(0, 57)}…` : name}`,
} as const;
