/** Every Vietnamese sentence the sidebar shows itself (the server's replies bring their own). */

export const SIDEBAR_TEXT = {
  noDeadline: 'Chưa đặt hạn đăng ký',
  deadline: (deadline: string, daysLeft: number | null) => {
    if (daysLeft === null) return `Hạn đăng ký ${deadline}`;
    if (daysLeft > 0) return `Hạn đăng ký ${deadline} — còn ${daysLeft} ngày`;
    if (daysLeft === 0) return `Hạn đăng ký ${deadline} — hôm nay là hạn cuối`;
    return `Hạn đăng ký ${deadline} — đã quá ${-daysLeft} ngày`;
  },
  subtitle: (commune: string, year: number | null, deadline: string) =>
    `${commune ? `Xã ${commune}` : ''}${year ? ` · năm ${year}` : ''} · ${deadline}`,
  progress: (withRows: number, total: number, percent: number) => `${withRows}/${total} đơn vị đã gửi đăng ký (${percent}%)`,
  counts: (units: number, rows: number) => `${units} đơn vị, ${rows} đăng ký.`,
  goToRow: (row: number) => `Đến dòng ${row} trang Đơn vị`,
  missingHeading: (n: number) => `Chưa đăng ký (${n})`,
  fixHeading: (n: number) => `Cần bổ sung (${n})`,
  dailyLabel: (hour: number) => `Tự động kiểm tra và gửi thư nhắc hằng ngày lúc khoảng ${hour} giờ`,
  noForm: 'Chưa có biểu mẫu. Tạo biểu mẫu để các đơn vị đăng ký trực tuyến.',
  createForm: 'Tạo biểu mẫu đăng ký',
  updateForm: 'Cập nhật biểu mẫu',
  triggerOn: 'Đã bật tự động kiểm tra và gửi thư xác nhận khi có đăng ký mới.',
  triggerOff: 'Chưa bật tự động kiểm tra khi có đăng ký mới: bấm Cập nhật biểu mẫu để bật.',
  openForm: 'Mở biểu mẫu',
  editForm: 'Sửa biểu mẫu',
  previewing: 'Đang lập danh sách thư nhắc…',
  noAddress: 'Không có địa chỉ email hợp lệ',
  badAddresses: (list: readonly string[]) => `Địa chỉ sai: ${list.join(', ')}`,
  sendN: (n: number) => `Gửi ${n} thư nhắc`,
  sending: 'Đang gửi thư nhắc…',
  checking: 'Đang kiểm tra…',
  creatingForm: 'Đang tạo biểu mẫu…',
  updatingForm: 'Đang cập nhật biểu mẫu…',
  approving: 'Đang duyệt các dòng hợp lệ…',
  makingNotices: 'Đang tạo thông báo phê duyệt…',
  makingReport: 'Đang tạo báo cáo tổng hợp…',
  planLine: (noun: string, title: string) => (title ? `${title} (${noun})` : `Kế hoạch: ${noun}`),
  settingUp: 'Đang khởi tạo bảng tính theo mẫu đã chọn…',
  structureTotal: (valid: number, max: number | null, noun: string) =>
    max === null ? `${valid} ${noun} hợp lệ.` : `${valid}/${max} ${noun} hợp lệ (tổng số tối đa ${max}).`,
  structureItem: (count: number, percent: number, cap: number | null, target: number | null) =>
    `${count} (${percent}%)${cap === null ? '' : ` / tối đa ${cap}${target === null ? '' : ` (${target}%)`}`}`,
  makingCommendations: 'Đang tạo tờ trình, quyết định và giấy khen…',
  phase: (milestone: string, deadline: string, daysLeft: number, rowsDone: number, rowsTotal: number, unitsDone: number, unitsTotal: number) =>
    `${milestone} — hạn ${deadline}${daysLeft > 0 ? ` (còn ${daysLeft} ngày)` : daysLeft === 0 ? ' (hôm nay)' : ` (đã quá ${-daysLeft} ngày)`}: ${rowsDone}/${rowsTotal} mục đã nộp, ${unitsDone}/${unitsTotal} đơn vị đủ.`,
  newYearConfirm: 'Chuyển sang năm mới? Các dòng của trang "Đăng ký" (kèm kết quả) sẽ được chép sang trang "Năm trước" rồi xóa khỏi "Đăng ký"; các ngày trong "Cấu hình" và "Mốc thời gian" lùi sang năm sau. Không mất dữ liệu nào đã nhập.',
  makingCommitments: 'Đang tạo các bản cam kết thi đua…',
  startingNewYear: 'Đang chuyển sang năm mới…',
  noConnection: (detail: string) => `Không kết nối được với máy chủ: ${detail}. Vui lòng thử lại.`,
} as const;
