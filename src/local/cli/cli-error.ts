/**
 * What the command line tells a person when it cannot go on (issue 12, item 8): one
 * Vietnamese sentence naming the file or flag and what to do, and the exit code — 2 for a
 * wrong command (unknown flag, bad --today), 1 for everything else.
 */
import { PRESET_IDS } from '../../core/contract';

export class CliError extends Error {
  constructor(message: string, readonly exitCode: 1 | 2 = 1) {
    super(message);
    this.name = 'CliError';
  }
}

/** The sentences, in one place. */
export const CLI_TEXT = {
  usage: `Cách dùng: npm start [-- --workbook TỆP.xlsx] [--today YYYY-MM-DD] [--out THƯ_MỤC] [--preset TÊN]
  (không có --workbook: chạy trên dữ liệu mẫu của kế hoạch --preset, mặc định dang-ky-mo-hinh của xã Thọ Lập;
   các kế hoạch: ${PRESET_IDS.join(', ')})`,
  unknownFlag: (flag: string) => `Không có tùy chọn "${flag}". Các tùy chọn là --workbook, --today, --out, --preset và --help.`,
  badPreset: (value: string) => `--preset "${value}" không có. Hãy chọn một trong: ${PRESET_IDS.join(', ')}.`,
  presetWithWorkbook: () => '--preset chỉ dùng cho dữ liệu mẫu; với --workbook, kế hoạch là của chính bảng tính (trang "Câu hỏi", "Cấu hình").',
  missingValue: (flag: string) => `Tùy chọn "${flag}" cần một giá trị, ví dụ ${flag === '--today' ? '--today 2025-12-20' : flag === '--out' ? '--out ket-qua' : '--workbook dang-ky.xlsx'}.`,
  badArgument: (detail: string) => `Lệnh không đúng (${detail}). Hãy xem cách dùng bên dưới.`,
  strayArgument: (arg: string) => `Không hiểu "${arg}": tên tệp phải đi sau --workbook, ví dụ --workbook ${arg}.`,
  badToday: (value: string) => `--today "${value}" không phải một ngày dạng YYYY-MM-DD từ năm 2000 đến 2100, ví dụ --today 2025-12-20.`,
  noFile: (file: string) => `Không tìm thấy tệp "${file}" (--workbook). Hãy kiểm tra tên và thư mục của tệp.`,
  isFolder: (file: string) => `"${file}" (--workbook) là một thư mục, không phải tệp. Hãy chỉ ra tệp .xlsx trong thư mục đó.`,
  oldXls: (file: string) => `Tệp "${file}" là định dạng .xls cũ. Hãy mở tệp bằng Excel hoặc Google Trang tính, lưu lại dưới dạng .xlsx rồi chạy lại với tệp mới.`,
  unreadable: (file: string, reason: string) => `Không đọc được tệp "${file}" (${reason}). Hãy kiểm tra quyền đọc tệp rồi chạy lại.`,
  notXlsx: (file: string) => `Tệp "${file}" không phải bảng tính .xlsx đọc được (có thể bị hỏng hoặc là loại tệp khác). Hãy tải lại tệp từ Google Trang tính (Tệp › Tải xuống › Microsoft Excel .xlsx).`,
  outNotWritable: (dir: string, reason: string) => `Không ghi được vào thư mục "${dir}" (--out: ${reason}). Hãy chọn một thư mục mà bạn có quyền ghi, ví dụ --out ket-qua.`,
  badTimeZone: (file: string, zone: string) => `Tệp "${file}" ghi múi giờ "${zone}" không hợp lệ (trang ẩn _thidua_properties, dòng __timeZone__). Hãy sửa thành một múi giờ như Asia/Ho_Chi_Minh hoặc xóa dòng đó.`,
  noDocumentsOnBrokenSheet: 'Không tạo thông báo, báo cáo hay hồ sơ khen thưởng nào: hãy sửa cấu trúc trang tính (xem trên) rồi chạy lại.',
  strayHeading: (n: number) => `Ô nằm lạc, cách xa bảng dữ liệu (${n}): không được đọc, được giữ nguyên trong tệp kết quả. Nếu là gõ nhầm, hãy xóa ô đó.`,
  strayCell: (sheet: string, cell: string) => `Trang "${sheet}", ô ${cell}`,
  failed: (detail: string) => `Không chạy được: ${detail}. Hãy chạy lại; nếu vẫn lỗi, hãy gửi nội dung này cho người quản trị.`,
} as const;
