/**
 * Every Vietnamese sentence the add-in shows or writes, in one place. Functions take the
 * facts and return the sentence; nothing else in the code base spells user-facing text.
 * User-typed text is quoted through `quote()` (shortened, one line) so a 50,000-character
 * answer never makes a 50,000-character message.
 */
import { formatDayVi, type CalendarDay } from './calendar-day';

/** Quotes user text for a message: one line, at most 60 characters. */
export function quote(text: unknown): string {
  const oneLine = String(text ?? '').replace(/\s+/g, ' ').trim();
  const short = oneLine.length > 60 ? `${oneLine.slice(0, 57)}…` : oneLine;
  return `"${short}"`;
}

/** The noun of the plan of §3.5 (`Tên gọi` when none is written). */
export const DEFAULT_NOUN = 'mô hình, phong trào, việc làm';

export function isDefaultNoun(noun: string | undefined): boolean {
  return !noun || noun.trim().toLowerCase() === DEFAULT_NOUN;
}

/** How sentences name what units send: the plan of §3.5 says "… điển hình tiên tiến". */
export function nounPhrase(noun: string | undefined): string {
  return isDefaultNoun(noun) ? `${DEFAULT_NOUN} điển hình tiên tiến` : noun!.trim();
}

/** Where a problem is: `Trang "Đăng ký", dòng 5, cột "Quy mô"`. */
export function place(sheet: string, row?: number, column?: string): string {
  let text = `Trang "${sheet}"`;
  if (row !== undefined) text += `, dòng ${row}`;
  if (column !== undefined) text += `, cột "${column}"`;
  return text;
}

const day = (d: CalendarDay) => formatDayVi(d);

export const MSG = {
  // ——— Row reasons (Chi tiết: "<column>: <reason>") ———
  missingAnswer: (column: string) => `${column}: chưa điền.`,
  missingColumn: (column: string, sheet: string) => `${column}: trang "${sheet}" không có cột này.`,
  unitNotInRoster: (suggestion?: string, column = 'Đơn vị đăng ký') =>
    `${column}: Không có trong danh sách đơn vị.${suggestion ? ` Có phải "${suggestion}"?` : ''}`,
  unknownType: (value: unknown, allowed: readonly string[], column = 'Loại đăng ký') =>
    `${column}: ${quote(value)} không phải ${joinOr(allowed)}.`,
  typeNotAllowed: (group: string, allowed: readonly string[], column = 'Loại đăng ký') =>
    allowed.length ? `${column}: ${group} chỉ được đăng ký ${joinOr(allowed)}.` : `${column}: ${group} không được đăng ký loại nào.`,
  unknownField: (value: unknown, sheet: string, column = 'Lĩnh vực') => `${column}: ${quote(value)} không có trong trang "${sheet}".`,
  fieldNotAssigned: (column: string, unit: string, allowed: readonly string[]) =>
    `${column}: ${unit} chỉ phụ trách ${joinOr(allowed.map((a) => `"${a}"`))} (cột "Lĩnh vực được giao" của trang "Đơn vị").`,
  notAChoice: (column: string, value: unknown, choices: readonly string[]) =>
    `${column}: ${quote(value)} không có trong các lựa chọn (${choices.slice(0, 8).join('; ')}${choices.length > 8 ? '; …' : ''}).`,
  notANumber: (column: string, value: unknown) => `${column}: ${quote(value)} không phải một số.`,
  notAnEmail: (column: string, value: unknown) => `${column}: ${quote(value)} không phải địa chỉ email hợp lệ.`,
  notALink: (column: string, value: unknown) =>
    `${column}: ${quote(value)} không phải đường dẫn (cần bắt đầu bằng https://, ví dụ đường dẫn Google Drive).`,
  errorValue: (column: string, value: unknown) =>
    `${column}: ô đang báo lỗi ${quote(value)} của bảng tính, không phải câu trả lời; hãy nhập lại giá trị.`,
  pledgeRefused: (column: string, value: unknown, noun: string) =>
    `${column}: trả lời ${quote(value)} — kế hoạch chỉ nhận ${noun} mới; cần đánh dấu cam kết.`,
  totalCapReached: (cap: number) =>
    `Kế hoạch đã đủ ${cap} dòng hợp lệ trước đó (mục "Tổng số tối đa" của trang "Cấu hình").`,
  categoryCapReached: (category: string, cap: number, share: number, total: number) =>
    `Loại "${category}" đã đủ ${cap} dòng hợp lệ trước đó (${share}% của ${total}, mục "Cơ cấu theo loại" của trang "Cấu hình").`,
  badDate: (column: string, value: unknown) =>
    `${column}: ${quote(value)} không phải ngày hợp lệ (ghi theo ngày/tháng/năm, ví dụ 15/12/2025).`,
  badTimestamp: (column: string, value: unknown) => `${column}: không đọc được thời gian ${quote(value)}.`,
  startTooEarly: (column: string, start: CalendarDay, earliest: CalendarDay, earliestLabel: string) =>
    `${column}: ${day(start)} sớm hơn ${earliestLabel.toLowerCase()} ${day(earliest)}.`,
  endBeforeStart: (column: string, end: CalendarDay, start: CalendarDay) =>
    `${column}: ${day(end)} trước thời gian bắt đầu ${day(start)}.`,
  endTooLate: (column: string, end: CalendarDay, latest: CalendarDay, latestLabel: string) =>
    `${column}: ${day(end)} sau ${latestLabel.toLowerCase()} ${day(latest)}.`,
  pledgeMissing: (column: string, noun = DEFAULT_NOUN) =>
    `${column}: chưa đánh dấu cam kết đây là ${noun} mới.`,
  duplicateOf: (row: number) => `Trùng với đăng ký ở dòng ${row} (cùng đơn vị, cùng tên).`,
  overQuota: (count: number, max: number) =>
    `Đơn vị đã có ${count} đăng ký hợp lệ trước đó (tối đa ${max}).`,
  lateBy: (submitted: CalendarDay, deadline: CalendarDay, days: number) =>
    `Nộp ngày ${day(submitted)}, sau hạn ${day(deadline)} ${days} ngày.`,
  planMissingWarning: (column: string, deadline: CalendarDay) =>
    `Lưu ý — ${column}: chưa nộp, hạn ${day(deadline)} đã qua.`,

  // ——— Sheet-level problems ———
  missingSheet: (sheet: string) =>
    `Không tìm thấy trang "${sheet}". Hãy chạy Thi đua › Khởi tạo bảng tính để tạo lại (dữ liệu đang có không bị thay đổi).`,
  emptySheet: (sheet: string) => `Trang "${sheet}" chưa có dữ liệu.`,
  missingHeader: (sheet: string, header: string) =>
    `Trang "${sheet}" thiếu cột "${header}". Hãy thêm cột có đúng tiêu đề này vào dòng 1, hoặc chạy Khởi tạo bảng tính.`,
  requiredColumnMissing: (sheet: string, header: string, closest?: string, letter?: string) =>
    `Trang "${sheet}" thiếu cột bắt buộc "${header}"${closest ? ` (tiêu đề gần giống nhất: ${quote(closest)} ở cột ${letter})` : ''}. Các dòng của trang này chưa được kiểm tra và không thư nhắc nào được gửi cho đến khi tiêu đề ở dòng 1 được sửa đúng thành "${header}".`,
  headerRowBelow: (sheet: string, row: number) =>
    `Trang "${sheet}": dòng tiêu đề cột đang ở dòng ${row}, không phải dòng 1. Hãy xóa các dòng phía trên để tiêu đề nằm ở dòng 1. Các dòng của trang này chưa được kiểm tra, không thêm cột nào và không thư nhắc nào được gửi.`,
  remindersBlocked: (problems: readonly string[]) =>
    `Không gửi thư nhắc nào: cấu trúc trang tính chưa đúng. ${problems.join(' ')}`,
  setupNotTouched: (sheet: string) =>
    `Trang "${sheet}" có dữ liệu nhưng thiếu cột bắt buộc: không thêm cột trả lời nào vào trang này (để không tạo cột trống thay cho cột bị gõ sai tên).`,
  duplicateHeader: (sheet: string, header: string, letters: string[]) =>
    `Trang "${sheet}" có ${letters.length} cột cùng tiêu đề "${header}" (cột ${letters.join(', ')}). Đang dùng cột ${letters[0]}; hãy đổi tên hoặc xóa cột thừa.`,
  configMissing: (key: string) =>
    `${place('Cấu hình')}: chưa có mục "${key}". Hãy thêm một dòng "${key}" và điền cột "Giá trị".`,
  configInvalid: (row: number, key: string, value: unknown, expected: string) =>
    `${place('Cấu hình', row, 'Giá trị')}: "${key}" = ${quote(value)} không hợp lệ; cần ${expected}.`,
  noDeadline: () =>
    'Chưa có "Hạn đăng ký" hợp lệ trong trang "Cấu hình": chưa xác định được đơn vị nào trễ hạn.',
  groupInvalid: (row: number, column: string, value: unknown, expected: string) =>
    `${place('Khối', row, column)}: ${quote(value)} không hợp lệ; cần ${expected}.`,
  groupUnknownType: (row: number, value: string, allowed: readonly string[] = ['Mô hình', 'Phong trào', 'Việc làm']) =>
    `${place('Khối', row, 'Loại được đăng ký')}: ${quote(value)} không phải ${joinOr(allowed)}.`,
  groupMinAboveMax: (row: number, min: number, max: number) =>
    `${place('Khối', row)}: "Tối thiểu" (${min}) lớn hơn "Tối đa" (${max}).`,
  unitUnknownGroup: (row: number, value: unknown) =>
    `${place('Đơn vị', row, 'Khối')}: ${quote(value)} không có trong trang "Khối"; tạm áp dụng 1–2 đăng ký, mọi loại.`,
  unitMissingGroup: (row: number) =>
    `${place('Đơn vị', row, 'Khối')}: chưa chọn khối; tạm áp dụng 1–2 đăng ký, mọi loại.`,
  unitInvalid: (row: number, column: string, value: unknown, expected: string) =>
    `${place('Đơn vị', row, column)}: ${quote(value)} không hợp lệ; cần ${expected}. Tạm dùng quy định của khối.`,
  unitDuplicate: (row: number, firstRow: number) =>
    `${place('Đơn vị', row, 'Tên đơn vị')}: trùng tên với dòng ${firstRow}; chỉ dòng ${firstRow} được dùng.`,
  unitMinAboveMax: (row: number, min: number, max: number) =>
    `${place('Đơn vị', row)}: "Tối thiểu" (${min}) lớn hơn "Tối đa" (${max}); tạm dùng tối đa = ${min}.`,
  groupDuplicate: (row: number, firstRow: number, name: string) =>
    `${place('Khối', row, 'Khối')}: ${quote(name)} đã có ở dòng ${firstRow}; chỉ dòng ${firstRow} được dùng. Hãy xóa hoặc đổi tên dòng ${row}.`,
  unitNoName: (row: number) =>
    `${place('Đơn vị', row, 'Tên đơn vị')}: dòng có dữ liệu nhưng chưa có tên đơn vị; dòng này không được tính. Hãy điền tên hoặc xóa dòng.`,
  registrationIdRepeated: (row: number, firstRow: number, id: string) =>
    `${place('Đăng ký', row, 'Mã đăng ký')}: mã ${quote(id)} trùng với dòng ${firstRow}. Mỗi đăng ký phải có một mã riêng: hãy xóa mã ở dòng ${row} (mã mới sẽ được cấp ở lần kiểm tra sau).`,
  configKeyRepeated: (row: number, firstRow: number, key: string) =>
    `${place('Cấu hình', row, 'Mục')}: mục ${quote(key)} đã có ở dòng ${firstRow}; chỉ giá trị ở dòng ${firstRow} được dùng. Hãy xóa dòng thừa.`,
  contactEmailInvalid: (row: number, value: string) =>
    `${place('Cấu hình', row, 'Giá trị')}: "Email đầu mối" = ${quote(value)} không phải địa chỉ email hợp lệ; thư gửi đi sẽ không có địa chỉ trả lời cho đến khi sửa.`,
  noUnits: () => 'Trang "Đơn vị" chưa có đơn vị nào: hãy nhập danh sách đơn vị phải đăng ký.',
  noFields: () => 'Trang "Lĩnh vực" chưa có lĩnh vực nào: mọi câu trả lời ở cột "Lĩnh vực" sẽ bị coi là không hợp lệ.',

  // ——— Run results ———
  lockBusy: () =>
    'Một thao tác khác đang cập nhật bảng tính (ví dụ biểu mẫu vừa nhận đăng ký). Vui lòng đợi một phút rồi chạy lại.',
  unexpected: (detail: string) =>
    `Có lỗi không mong muốn: ${detail}. Vui lòng chạy lại; nếu vẫn lỗi, hãy gửi nội dung này cho người quản trị.`,
  checkDone: (rows: number, valid: number, late: number, needsFix: number, other: number) =>
    `Đã kiểm tra ${rows} đăng ký: ${valid} hợp lệ, ${late} trễ hạn, ${needsFix} cần bổ sung, ${other} trùng lặp hoặc vượt số lượng.`,
  checkUnits: (units: number, onTime: number, late: number, needsFix: number, missing: number) =>
    `${units} đơn vị: ${onTime} đúng hạn, ${late} trễ hạn, ${needsFix} cần bổ sung, ${missing} chưa/không đăng ký.`,
  problemsFound: (n: number) => `Có ${n} vấn đề về dữ liệu, xem chi tiết trong trang "Nhật ký".`,
  setupDone: (created: string[], headers: number) =>
    created.length || headers
      ? `Đã tạo ${created.length ? `các trang: ${created.join(', ')}` : 'không trang nào'}; thêm ${headers} tiêu đề cột còn thiếu. Dữ liệu đang có được giữ nguyên.`
      : 'Bảng tính đã đủ các trang và cột cần thiết; không có gì thay đổi.',

  // ——— Form (issue 3) ———
  oldRegistrationsSheet: (date: string) => `Đăng ký cũ ${date}`,
  formCreated: (url: string, copied: number, keptAs?: string) =>
    `Đã tạo biểu mẫu đăng ký: ${url}` + (copied ? `. ${copied} đăng ký đã có được chép sang trang "Đăng ký" mới; trang cũ được giữ lại với tên "${keptAs}".` : '.'),
  formExists: (url: string, added: number, updated: number) =>
    `Biểu mẫu đã có (${url}); ${added || updated ? `đã cập nhật ${updated} câu hỏi, thêm ${added} câu hỏi` : 'không cần thay đổi'}. Không tạo biểu mẫu thứ hai.`,
  formUpdated: (added: number, updated: number, links: number) =>
    `Đã cập nhật biểu mẫu: ${updated} câu hỏi đổi lựa chọn, ${added} câu hỏi mới; ${links} đường dẫn đăng ký của đơn vị.`,
  noForm: () => 'Chưa có biểu mẫu đăng ký (hoặc biểu mẫu đã bị xóa). Hãy chạy Thi đua › Tạo biểu mẫu đăng ký.',
  responseSheetMissing: () =>
    'Google chưa tạo trang nhận câu trả lời cho biểu mẫu. Vui lòng chạy lại Tạo biểu mẫu đăng ký sau ít phút.',
  triggerInstalled: 'Đã bật tự động kiểm tra khi có đăng ký mới.',
  submitChecked: (row: number, status: string) => `Dòng ${row}: ${status}.`,
  submitDuplicateEvent: (row: number) => `Dòng ${row}: đã xử lý câu trả lời này, bỏ qua lần kích hoạt lặp lại.`,
  submitLocked: (row: number) =>
    `Dòng ${row}: không chờ được khóa tài liệu; dòng này sẽ được kiểm tra ở lần Kiểm tra và tô màu sau.`,
  mailSent: (to: readonly string[]) => `Đã gửi tới ${to.join(', ')}.`,
  mailNoAddress: (invalid: readonly string[]) =>
    invalid.length ? `Không gửi được: địa chỉ không hợp lệ (${invalid.join(', ')}). Hãy sửa cột "Email" trong trang "Đơn vị".`
      : 'Không gửi được: đơn vị chưa có địa chỉ email trong trang "Đơn vị".',
  mailInvalidSome: (invalid: readonly string[]) => `Bỏ qua địa chỉ không hợp lệ: ${invalid.join(', ')}.`,
  mailPostponed: () => 'Hoãn gửi: đã hết hạn mức gửi thư trong ngày của Google; thư sẽ được gửi vào lần sau.',
  mailFailed: (error: string) => `Gửi thất bại: ${error}.`,
  logReceipt: 'Thư xác nhận',
  logReminder: 'Gửi nhắc nhở',
  logDaily: 'Chạy hằng ngày',
  reminderPreview: (n: number, quota: number) =>
    n === 0 ? 'Hôm nay không có đơn vị nào cần nhắc.'
      : `${n} đơn vị sẽ nhận thư nhắc; hạn mức gửi thư còn ${quota} người nhận hôm nay.`,
  reminderConfirm: (lines: readonly string[], quota: number) =>
    `Sẽ gửi ${lines.length} thư nhắc (hạn mức còn ${quota}):\n\n${lines.join('\n')}\n\nGửi ngay?`,
  reminderConfirmLine: (unit: string, reason: string, hasAddress: boolean) =>
    `• ${unit} — ${reason}${hasAddress ? '' : ' (không có địa chỉ hợp lệ)'}`,
  reminderNone: 'Không có thư nhắc nào cần gửi.',
  reminderCancelled: 'Đã hủy, không gửi thư nào.',
  reminderDone: (sent: number, postponed: number, skipped: number, failed: number) =>
    `Đã gửi ${sent} thư nhắc${postponed ? `, hoãn ${postponed} (hết hạn mức hoặc thời gian)` : ''}${skipped ? `, bỏ qua ${skipped} (không có địa chỉ hợp lệ)` : ''}${failed ? `, ${failed} thư gửi lỗi` : ''}. Chi tiết trong trang "Nhật ký".`,
  reminderReason: (reason: string) =>
    reason === 'can-bo-sung' ? 'Cần bổ sung' : reason === 'tre-han' ? 'Trễ hạn (báo một lần)' : 'Chưa đăng ký',
  mailOutOfTime: () => 'Hoãn gửi: lần chạy sắp hết thời gian cho phép của Google; thư sẽ được gửi vào lần sau.',
  dailyOn: (hour: number) => `Đã bật chạy hằng ngày lúc khoảng ${hour} giờ: kiểm tra lại bảng và gửi thư nhắc theo lịch.`,
  dailyOff: 'Đã tắt chạy hằng ngày.',
  dailyDone: (summary: string, reminders: string) => `${summary} ${reminders}`,
  logSubmit: 'Nhận đăng ký từ biểu mẫu',
  logCreateForm: 'Tạo biểu mẫu đăng ký',
  logUpdateForm: 'Cập nhật biểu mẫu',
  logSent: 'Đã gửi',
  logSkipped: 'Bỏ qua',
  logPostponed: 'Hoãn',

  badRequest: 'Yêu cầu từ bảng điều khiển không hợp lệ. Hãy đóng và mở lại bảng điều khiển rồi thử lại.',

  // ——— Log (Nhật ký) ———
  logCheck: 'Kiểm tra và tô màu',
  logSetup: 'Khởi tạo bảng tính',
  logError: 'Lỗi',
  logOk: 'Thành công',
  logWarn: 'Có cảnh báo',
  logFailed: 'Thất bại',

  // ——— Sidebar ———
  sidebarTitle: 'Thi đua — Bảng điều khiển',

  // ——— Approval notices and the summary report (issues 5, 6) ———
  logApproveAll: 'Duyệt tất cả dòng hợp lệ',
  logNotices: 'Tạo thông báo phê duyệt',
  logReport: 'Tạo báo cáo tổng hợp',
  approveAllDone: (n: number) =>
    n ? `Đã chuyển ${n} đăng ký hợp lệ từ "Chờ duyệt" sang "Đã duyệt".`
      : 'Không có đăng ký hợp lệ (hoặc trễ hạn) nào đang "Chờ duyệt": không có gì thay đổi.',
  approveAllRows: (rows: readonly number[]) => `Dòng ${rows.join(', ')} của trang "Đăng ký".`,
  noticeLabel: 'Thông báo tổng hợp',
  unitNoticeLabel: (unit: string) => `Thông báo gửi ${unit}`,
  reportLabel: (day: string) => `Báo cáo tổng hợp ngày ${day}`,
  documentStatus: (status: 'created' | 'updated' | 'recreated' | 'unchanged') =>
    status === 'created' ? 'tạo mới' : status === 'updated' ? 'cập nhật (cùng văn bản)'
      : status === 'unchanged' ? 'không thay đổi (nội dung như lần trước)'
        : 'tạo lại (văn bản cũ đã bị xóa hoặc ở trong thùng rác)',
  documentLine: (label: string, status: 'created' | 'updated' | 'recreated' | 'unchanged', url: string) =>
    `${label}: ${MSG.documentStatus(status)} — ${url}`,
  noticesDone: (n: number, created: number, updated: number, recreated: number, unchanged = 0) =>
    `Đã tạo ${n} thông báo (${created} mới, ${updated} cập nhật${recreated ? `, ${recreated} tạo lại` : ''}${unchanged ? `, ${unchanged} không thay đổi` : ''}). Đường dẫn đã ghi vào cột "Thông báo" của trang "Đăng ký" và trang "Nhật ký".`,
  noticesPartial: (done: number, remaining: number) =>
    `Lần chạy gần hết thời gian Google cho phép: đã xong ${done} văn bản, còn ${remaining} văn bản sẽ được tạo tiếp tự động sau khoảng 1 phút (hoặc chạy lại Tạo thông báo phê duyệt để tiếp tục ngay).`,
  noticesResumed: (from: number, total: number) => `Tiếp tục lần chạy trước từ văn bản thứ ${from + 1}/${total}.`,
  noticesPerUnitPrompt:
    'Tạo thêm một thông báo riêng cho từng đơn vị (kèm các đăng ký "Yêu cầu bổ sung" và ý kiến phê duyệt)?\n\nCó: thông báo tổng hợp và thông báo từng đơn vị.\nKhông: chỉ thông báo tổng hợp.',
  noticesCancelled: 'Đã hủy, không tạo văn bản nào.',
  noticesBlocked: (problems: readonly string[]) =>
    `Chưa tạo thông báo nào: cấu trúc trang tính chưa đúng. ${problems.join(' ')}`,
  noticesNothingToContinue: 'Không còn thông báo nào chờ tạo tiếp.',
  folderCreated: (name: string) => `Đã tạo thư mục "${name}" trên Google Drive để lưu các văn bản.`,
  folderRecreated: (name: string) =>
    `Thư mục "${name}" trên Google Drive đã bị xóa hoặc chuyển vào thùng rác: đã tạo thư mục mới và tạo lại các văn bản trong đó.`,
  templateBadLink: (value: unknown) =>
    `Mục "Mẫu thông báo (Google Docs)" của trang "Cấu hình" không phải đường dẫn Google Docs (${quote(value)}): đã dùng mẫu có sẵn.`,
  templateMissing: (link: string) =>
    `Không mở được mẫu thông báo ${quote(link)} (có thể đã bị xóa hoặc bạn không còn quyền xem): đã dùng mẫu có sẵn. Hãy sửa mục "Mẫu thông báo (Google Docs)" trong trang "Cấu hình".`,
  templateUsed: (name: string) => `Dùng mẫu thông báo "${name}".`,
  templateUnknown: (names: readonly string[]) =>
    `Mẫu thông báo có ${names.length} chỗ trống không khớp với mục nào: ${names.join(', ')}. Các chỗ này được giữ nguyên trong văn bản; hãy sửa mẫu (tên phải đúng như cột "Mục" của trang "Cấu hình" hoặc các tên trong hướng dẫn).`,
  templateSkipped: (what: string) => `Mẫu thông báo có thành phần không sao chép được (${what}); phần này được bỏ qua.`,
  reportCreated: (day: string, url: string) =>
    `Đã tạo báo cáo tổng hợp ngày ${day} (phiên bản mới; các báo cáo của ngày khác được giữ nguyên): ${url}`,
  reportUpdated: (day: string, url: string) => `Đã cập nhật báo cáo tổng hợp ngày ${day} (cùng văn bản): ${url}`,
  advancedServiceMissing: (service: string) =>
    `Dịch vụ nâng cao ${service} của Apps Script chưa được bật cho tiện ích. Hãy báo người quản trị cài đặt lại tiện ích.`,
} as const;

/** Problems of the plan's own sheets: `Câu hỏi` (§12.1), the quotas of `Cấu hình` and `Đơn vị` (§12.2). */
export const QUESTION_MSG = {
  missingHeader: (header: string) =>
    `Trang "Câu hỏi" thiếu cột "${header}" ở dòng 1. Các cột cần có: Câu hỏi, Vai trò, Kiểu, Bắt buộc, Lựa chọn, Hướng dẫn.`,
  noTitle: (row: number) => `${place('Câu hỏi', row, 'Câu hỏi')}: chưa ghi câu hỏi (đây là tiêu đề cột trong trang "Đăng ký").`,
  reservedTitle: (row: number, title: string) =>
    `${place('Câu hỏi', row, 'Câu hỏi')}: ${quote(title)} là tên cột do tiện ích quản lý; hãy đặt câu hỏi tên khác.`,
  duplicateTitle: (row: number, title: string, first: number) =>
    `${place('Câu hỏi', row, 'Câu hỏi')}: ${quote(title)} trùng với câu hỏi ở dòng ${first}.`,
  unknownRole: (row: number, value: string) =>
    `${place('Câu hỏi', row, 'Vai trò')}: ${quote(value)} không phải vai trò hợp lệ; chọn một trong: Đơn vị, Loại, Tên, Lĩnh vực, Bắt đầu, Hoàn thành, Cam kết mới, Minh chứng, hoặc để trống.`,
  twoOfRole: (row: number, role: string, first: number) =>
    `${place('Câu hỏi', row, 'Vai trò')}: đã có câu hỏi vai trò "${role}" ở dòng ${first}; mỗi vai trò chỉ một câu hỏi.`,
  unknownKind: (row: number, value: string) =>
    `${place('Câu hỏi', row, 'Kiểu')}: ${quote(value)} không phải kiểu hợp lệ; chọn một trong: Văn bản, Đoạn văn, Ngày, Số, Email, Đường dẫn, Lựa chọn, Danh sách, Hộp kiểm.`,
  roleNeedsKind: (row: number, role: string, kind: string) =>
    `${place('Câu hỏi', row, 'Kiểu')}: câu hỏi vai trò "${role}" phải có kiểu "${kind}".`,
  badRequired: (row: number, value: unknown) =>
    `${place('Câu hỏi', row, 'Bắt buộc')}: ${quote(value)} không hợp lệ; ghi "Có", "Không" hoặc "Sau <tên mốc>".`,
  unknownMilestone: (row: number, name: string) =>
    `${place('Câu hỏi', row, 'Bắt buộc')}: không có mốc ${quote(name)} trong trang "Mốc thời gian".`,
  noChoices: (row: number, kind: string) =>
    `${place('Câu hỏi', row, 'Lựa chọn')}: câu hỏi kiểu "${kind}" cần các lựa chọn, cách nhau bởi dấu phẩy.`,
  noUnitQuestion: () =>
    'Trang "Câu hỏi" chưa có câu hỏi nào có vai trò "Đơn vị" (đơn vị gửi); cần đúng một câu hỏi như vậy.',
  broken: (n: number) =>
    `Trang "Câu hỏi" có ${n} lỗi nên chưa kiểm tra, chưa ghi gì vào bảng tính. Hãy sửa các lỗi dưới đây rồi chạy lại.`,
  totalMaxInvalid: (row: number, value: unknown) =>
    `${place('Cấu hình', row, 'Giá trị')}: "Tổng số tối đa" = ${quote(value)} không hợp lệ; cần một số nguyên dương. Tạm không giới hạn tổng số.`,
  sharesInvalid: (row: number, value: unknown) =>
    `${place('Cấu hình', row, 'Giá trị')}: "Cơ cấu theo loại" = ${quote(value)} không đọc được; ghi như "Khách mời 30%, Điển hình tiên tiến 70%". Tạm không áp dụng cơ cấu.`,
  sharesOver100: (row: number, sum: number) =>
    `${place('Cấu hình', row, 'Giá trị')}: "Cơ cấu theo loại" cộng lại ${sum}%, vượt 100%. Tạm không áp dụng cơ cấu.`,
  sharesUnknownCategory: (row: number, category: string, allowed: readonly string[]) =>
    `${place('Cấu hình', row, 'Giá trị')}: "Cơ cấu theo loại" có loại ${quote(category)} không phải ${joinOr(allowed)}. Tạm không áp dụng cơ cấu.`,
  sharesWithoutTotal: (row: number) =>
    `${place('Cấu hình', row, 'Giá trị')}: có "Cơ cấu theo loại" nhưng chưa có "Tổng số tối đa"; cơ cấu chỉ áp dụng khi có tổng số.`,
  assignedUnknown: (row: number, value: string, sheet: string) =>
    `${place('Đơn vị', row, 'Lĩnh vực được giao')}: ${quote(value)} không có trong trang "${sheet}"; bỏ qua mục này.`,
} as const;

/** Choosing a plan when the spreadsheet has none (DESIGN.md §12.3). */
export const PRESET_MSG = {
  promptTitle: 'Chọn kế hoạch thi đua',
  prompt: (labels: readonly string[]) =>
    `Bảng tính chưa có kế hoạch. Nhập số của kế hoạch cần dùng (để trống = 1):\n\n${labels.map((l, i) => `${i + 1}. ${l}`).join('\n')}\n\nCác trang sẽ được điền sẵn theo mẫu; sau đó có thể sửa tùy ý.`,
  badChoice: (text: string, n: number) => `${quote(text)} không phải số từ 1 đến ${n}. Hãy chạy lại Khởi tạo bảng tính và nhập một số trong danh sách.`,
  unknown: (name: string, ids: readonly string[]) => `Không có mẫu kế hoạch ${quote(name)}. Các mẫu có sẵn: ${ids.join(', ')}.`,
  cancelled: 'Đã hủy, bảng tính không thay đổi.',
  filled: (label: string) => `Đã điền các trang theo mẫu "${label}".`,
} as const;

/** The texts of emails (DESIGN.md §6, §8). Subjects start with the filterable prefixes. */
export const EMAIL_TEXT = {
  receiptPrefix: 'Xác nhận đăng ký:',
  reminderPrefix: 'Nhắc đăng ký:',
  receiptSubject: (unit: string, status: string, isEdit: boolean) =>
    `Xác nhận đăng ký: ${unit} — ${isEdit ? 'đã sửa, ' : ''}${status.toLowerCase()}`,
  greeting: (unit: string) => `Kính gửi: ${unit}.`,
  received: (title: string, id: string, at: string) =>
    `Đã nhận đăng ký "${title}"${id ? ` (mã ${id})` : ''} lúc ${at}.`,
  receivedEdit: (title: string, id: string, at: string) =>
    `Đã nhận nội dung sửa của đăng ký "${title}"${id ? ` (mã ${id})` : ''} lúc ${at}.`,
  result: (status: string) => `Kết quả kiểm tra: ${status}.`,
  changed: (columns: readonly string[]) => `Các mục đã thay đổi: ${columns.join(', ')}.`,
  reasonsIntro: (status: string) =>
    status === 'Cần bổ sung' ? 'Cần sửa hoặc bổ sung:' : 'Ghi chú:',
  editLink: 'Để xem hoặc sửa đăng ký, mở đường dẫn:',
  editLinkLabel: 'Sửa đăng ký',
  contact: (unit: string) => (unit ? `Mọi thắc mắc xin liên hệ ${unit}.` : ''),
  signature: (unit: string) => (unit ? `${unit} (thư gửi tự động từ bảng tính đăng ký thi đua)` : 'Thư gửi tự động từ bảng tính đăng ký thi đua'),
} as const;

/** Days left or overdue, in words a person would use. */
export function daysInWords(daysLeft: number): string {
  if (daysLeft > 1) return `còn ${daysLeft} ngày`;
  if (daysLeft === 1) return 'còn 1 ngày (hạn là ngày mai)';
  if (daysLeft === 0) return 'hôm nay là ngày cuối cùng';
  return `đã quá hạn ${-daysLeft} ngày`;
}

/** The texts of reminder e-mails (DESIGN.md §6). */
export const REMINDER_TEXT = {
  subject: (unit: string, reason: string, daysLeft: number) =>
    `Nhắc đăng ký: ${unit} — ${reason === 'can-bo-sung' ? 'cần bổ sung đăng ký' : reason === 'tre-han' ? 'đăng ký trễ hạn' : `chưa đăng ký, ${daysInWords(daysLeft)}`}`,
  greeting: (unit: string) => `Kính gửi: ${unit}.`,
  body: (reason: string, planTitle: string, valid: number, min: number, noun?: string) => {
    const plan = planTitle ? ` theo ${planTitle}` : '';
    if (reason === 'can-bo-sung') return `Đơn vị đã gửi đăng ký${plan} nhưng mới có ${valid}/${min} đăng ký hợp lệ. Các đăng ký dưới đây cần sửa hoặc bổ sung:`;
    if (reason === 'tre-han') return `Đơn vị đã hoàn thành đăng ký${plan}, nhưng sau hạn.`;
    return `Đến nay đơn vị chưa gửi đăng ký ${nounPhrase(noun)}${plan}.`;
  },
  when: (deadline: string, daysLeft: number) => `Hạn đăng ký của đơn vị: ${deadline} (${daysInWords(daysLeft)}).`,
  rowHead: (row: number, title: string) => `"${title || '(chưa có tên)'}" (dòng ${row} của bảng đăng ký):`,
  lateNote: 'Việc đăng ký trễ hạn được ghi nhận và sẽ được xem xét khi đánh giá, phân loại đơn vị cuối năm.',
  linkIntro: (reason: string) =>
    reason === 'tre-han' ? 'Đường dẫn đăng ký của đơn vị:' : reason === 'can-bo-sung'
      ? 'Đơn vị sửa bằng đường dẫn trong thư xác nhận, hoặc gửi lại đăng ký đã sửa tại:' : 'Đơn vị đăng ký tại:',
  linkLabel: 'Mở biểu mẫu đăng ký của đơn vị',
  contact: (unit: string) => (unit ? `Mọi thắc mắc xin liên hệ ${unit}.` : ''),
  signature: (unit: string) => (unit ? `${unit} (thư nhắc gửi tự động từ bảng tính đăng ký thi đua)` : 'Thư nhắc gửi tự động từ bảng tính đăng ký thi đua'),
} as const;

/** The texts of the registration form (DESIGN.md §8). */
export const FORM_TEXT = {
  defaultTitle: (year: number | undefined, noun?: string) =>
    `${isDefaultNoun(noun) ? `Đăng ký xây dựng ${nounPhrase(noun)}` : `Đăng ký ${nounPhrase(noun)}`}${year ? ` năm ${year}` : ''}`,
  description: (commune: string, deadline: string | undefined, contact: string, noun?: string) =>
    [
      isDefaultNoun(noun)
        ? `Mỗi đơn vị đăng ký từ 1 đến 2 mô hình, phong trào hoặc việc làm mới${commune ? ` với xã ${commune}` : ''}; mỗi lần gửi là một đăng ký.`
        : `Biểu mẫu để các cơ quan, đơn vị${commune ? ` xã ${commune}` : ''} gửi ${noun}; mỗi lần gửi là một ${noun}.`,
      deadline ? `Hạn đăng ký: ${deadline}.` : '',
      'Có thể sửa câu trả lời bằng đường dẫn trong thư xác nhận.',
      contact ? `Thắc mắc xin liên hệ ${contact}.` : '',
    ].filter(Boolean).join('\n'),
  confirmation: 'Đã nhận đăng ký. Kết quả kiểm tra sẽ được gửi vào hộp thư của đơn vị.',
  pledge: 'Tôi cam kết đây là mô hình, phong trào, việc làm mới',
  help: {
    unit: 'Chọn đúng tên đơn vị trong danh sách.',
    type: 'Mô hình, Phong trào hoặc Việc làm, theo quy định của khối.',
    start: 'Không sớm hơn ngày bắt đầu thực hiện của kế hoạch.',
    end: 'Không muộn hơn hạn báo cáo kết quả của kế hoạch.',
    responsiblePerson: 'Đồng chí Ủy viên Ban Thường vụ phụ trách, ký xác nhận.',
    registrationFile: 'Dán đường dẫn Google Drive của văn bản đăng ký (nếu có).',
    planFile: 'Dán đường dẫn Google Drive của kế hoạch thực hiện (có thể nộp sau).',
  } as Partial<Record<string, string>>,
} as const;

/** What each row status means, for the legend. */
export const ROW_MEANING: Record<string, string> = {
  'Cần bổ sung': 'Thiếu hoặc sai câu trả lời bắt buộc',
  'Trùng lặp': 'Cùng đơn vị, cùng tên với một đăng ký trước',
  'Vượt số lượng': 'Đơn vị đã đủ số đăng ký tối đa',
  'Trễ hạn': 'Hợp lệ nhưng nộp sau hạn',
  'Hợp lệ': 'Hợp lệ và đúng hạn',
};

/** What each unit status means, for the legend. */
export const UNIT_MEANING: Record<string, string> = {
  'Không đăng ký': 'Chưa có đăng ký nào, đã quá hạn',
  'Chưa đăng ký': 'Chưa có đăng ký nào, còn hạn',
  'Cần bổ sung': 'Chưa đủ số đăng ký hợp lệ tối thiểu',
  'Trễ hạn': 'Đủ số đăng ký nhưng nộp sau hạn',
  'Đúng hạn': 'Đủ số đăng ký, đúng hạn',
};

function joinOr(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} hoặc ${items[items.length - 1]}`;
}

/** Milestones after the deadline (DESIGN.md §13): `Mốc thời gian`, `Tiến độ`, reminders, reviews, the new year. */
export const MILESTONE_MSG = {
  noName: (row: number) => `${place('Mốc thời gian', row, 'Mốc')}: chưa ghi tên mốc; bỏ qua dòng này.`,
  duplicateName: (row: number, name: string, first: number) =>
    `${place('Mốc thời gian', row, 'Mốc')}: mốc ${quote(name)} trùng với mốc ở dòng ${first}; bỏ qua dòng này.`,
  noDate: (row: number, name: string) =>
    `${place('Mốc thời gian', row, 'Hạn')}: mốc ${quote(name)} chưa có hạn; chưa theo dõi mốc này. Hãy ghi ngày dạng dd/MM/yyyy.`,
  badDate: (row: number, name: string, value: unknown) =>
    `${place('Mốc thời gian', row, 'Hạn')}: ${quote(value)} của mốc ${quote(name)} không phải ngày hợp lệ; chưa theo dõi mốc này. Hãy ghi ngày dạng dd/MM/yyyy.`,
  noColumn: (row: number, name: string) =>
    `${place('Mốc thời gian', row, 'Cột phải nộp')}: mốc ${quote(name)} chưa ghi cột phải nộp; chưa theo dõi mốc này.`,
  unknownColumn: (row: number, name: string, column: string) =>
    `${place('Mốc thời gian', row, 'Cột phải nộp')}: trang "Đăng ký" không có cột ${quote(column)} mà mốc ${quote(name)} cần; chưa theo dõi mốc này. Hãy thêm câu hỏi này vào trang "Câu hỏi" rồi chạy Khởi tạo bảng tính, hoặc sửa tên cột.`,
  sameColumn: (row: number, name: string, column: string, first: number) =>
    `${place('Mốc thời gian', row, 'Cột phải nộp')}: mốc ${quote(name)} dùng cột ${quote(column)} đã dùng cho mốc ở dòng ${first}; mỗi mốc cần một cột riêng. Chưa theo dõi mốc này.`,
  badDays: (row: number, header: string, value: unknown) =>
    `${place('Mốc thời gian', row, header)}: ${quote(value)} không đọc được; dùng số ngày trong "Cấu hình". Ghi các số ngày cách nhau bởi dấu phẩy, ví dụ 7, 3, 1.`,
  requiredAfter: (column: string, milestone: string, due: CalendarDay) =>
    `${column}: chưa nộp; bắt buộc từ sau mốc "${milestone}" (hạn ${day(due)}).`,
  progressLine: (milestone: string, state: string) => `${milestone}: ${state}`,
  unitProgress: (milestone: string, state: string, done: number, total: number) =>
    `${milestone}: ${state} (${done}/${total} đã nộp)`,
  // ——— Reminders ———
  reminderSubject: (unit: string, milestone: string, missing: number, daysLeft: number) =>
    `Nhắc báo cáo: ${unit} — ${milestone}, ${missing} mục chưa nộp, ${daysInWords(daysLeft)}`,
  reminderBody: (milestone: string, column: string, planTitle: string) =>
    `Theo ${planTitle || 'kế hoạch'}, mỗi ${'mục'} đã được duyệt của đơn vị cần nộp "${column}" cho mốc "${milestone}". Các mục dưới đây chưa nộp:`,
  reminderWhen: (deadline: string, daysLeft: number) => `Hạn nộp: ${deadline} (${daysInWords(daysLeft)}).`,
  reminderRow: (row: number, title: string) => `"${title || '(chưa có tên)'}" (dòng ${row} của bảng đăng ký)`,
  reminderEditLink: 'Sửa câu trả lời để nộp',
  reminderNoEditLink: 'Đơn vị gửi đường dẫn cho cán bộ đầu mối để ghi vào bảng.',
  reminderHow: (column: string) => `Đơn vị mở đường dẫn sửa câu trả lời của từng mục, điền "${column}" (đường dẫn tới tệp trên Drive) rồi gửi lại.`,
  reminderReason: (milestone: string, missing: number) => `Chưa nộp ${milestone} (${missing} mục)`,
  // ——— Năm trước and the new year ———
  previousMissingColumn: (header: string) =>
    `Trang "Năm trước" thiếu cột "${header}" ở dòng 1 (trang này có thể đã bị sửa tay); chưa dùng được để nhận ra đăng ký trùng năm trước.`,
  previousBadYear: (row: number, value: unknown) =>
    `${place('Năm trước', row, 'Năm')}: ${quote(value)} không phải một năm; bỏ qua dòng này khi so với năm trước.`,
  sameAsLastYear: (column: string, title: string, year: number, row: number) =>
    `${column}: trùng với ${quote(title)} năm ${year} (trang "Năm trước", dòng ${row}); chỉ nhận đăng ký mới.`,
  newYearConfirm: (from: number, to: number, rows: number) =>
    `Chuyển sang năm ${to}?\n\n- ${rows} dòng của trang "Đăng ký" (kèm kết quả) được chép sang trang "Năm trước" rồi xóa khỏi "Đăng ký";\n- các ngày trong "Cấu hình" và "Mốc thời gian" lùi sang năm ${to};\n- các cột do tiện ích quản lý trong "Đơn vị" được xóa để bắt đầu năm mới.\n\nKhông mất dữ liệu nào đã nhập. Năm đang chuyển: ${from}.`,
  newYearCancelled: 'Đã hủy, bảng tính không thay đổi.',
  newYearNoYear: 'Chưa có "Năm" trong trang "Cấu hình" (dòng Mục "Năm"). Hãy ghi năm của kế hoạch (ví dụ 2026) rồi chạy lại.',
  newYearAlready: (to: number) =>
    `Đã chuyển sang năm ${to} và trang "Đăng ký" chưa có đăng ký mới: không có gì để chuyển thêm. Lần chạy này không thay đổi gì.`,
  newYearBusy: (from: number, to: number) =>
    `Đang chuyển từ năm ${from} sang năm ${to} nhưng lần chạy trước dừng giữa chừng; lần này tiếp tục từ chỗ đã dừng.`,
  newYearStopped: (to: number) =>
    `Việc chuyển sang năm ${to} chưa xong vì lần chạy sắp hết thời gian cho phép của Google. Hãy chạy lại "Chuyển sang năm mới" để hoàn tất (các bước đã làm không bị làm lại).`,
  newYearRowsChanged: (rows: number) =>
    `Trang "Đăng ký" đã thay đổi kể từ khi bắt đầu chuyển năm (${rows} dòng đã được chép sang "Năm trước"): chưa xóa dòng nào khỏi "Đăng ký". Hãy kiểm tra trang "Năm trước", xóa tay các dòng đã chép rồi chạy lại.`,
  newYearMarkerBroken: (year: number) =>
    `Không hiểu được dấu vết lần chuyển năm trước (năm trong "Cấu hình" là ${year}). Hãy kiểm tra "Năm" trong "Cấu hình" và trang "Năm trước" rồi chạy lại.`,
  newYearDone: (from: number, to: number, moved: number, already: number) =>
    `Đã chuyển sang năm ${to}: ${moved} dòng năm ${from} được chép sang trang "Năm trước"${already ? ` (${already} dòng đã có từ lần chạy trước)` : ''}, các ngày đã lùi một năm, trang "Đăng ký" sẵn sàng nhận đăng ký năm ${to}.`,
  // ——— Commitments (preset dot-thi-dua) ———
  commitmentsAction: 'Tạo bản cam kết thi đua',
  noCommitmentPlan: 'Kế hoạch này không có loại "Cam kết" trong trang "Câu hỏi" (câu hỏi vai trò "Loại"), nên không có bản cam kết nào để tạo.',
  noCommitments: 'Chưa có đơn vị nào gửi bản cam kết hợp lệ. Hãy chạy Kiểm tra và tô màu, sửa các dòng cần bổ sung rồi thử lại.',
  commitmentsDone: (signed: number, missing: number, listUrl: string) =>
    `Đã tạo ${signed} bản cam kết thi đua và danh sách tổng hợp${missing ? ` (${missing} đơn vị chưa gửi cam kết)` : ''}: ${listUrl}`,
  commitmentsPartial: (done: number, left: number) =>
    `Đã tạo ${done} văn bản cam kết, còn ${left} văn bản sẽ được tạo tiếp tự động sau khoảng 1 phút (giới hạn thời gian của Apps Script).`,
  commitmentsResumed: (from: number, total: number) => `Tiếp tục từ văn bản thứ ${from + 1}/${total}.`,
  commitmentsNothingToContinue: 'Không còn bản cam kết nào đang chờ tạo tiếp.',
  // ——— Review reports ———
  reviewLabel: (milestone: string, date: string) =>
    `${/^báo cáo\b/i.test(milestone.trim()) ? milestone.trim() : `Báo cáo ${milestone.trim().toLowerCase()}`} ngày ${date}`,
  reviewDone: (created: boolean, label: string, url: string) => `${created ? 'Đã tạo' : 'Đã cập nhật'} ${label}: ${url}`,
} as const;
