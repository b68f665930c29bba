/**
 * The product contract of DESIGN.md: sheet names, headers, status words, colours and menu
 * labels. These strings are the interface users and their spreadsheets depend on — never
 * rename them. Pure data, no Apps Script globals.
 */

/** Sheet names (DESIGN.md §3). */
export const SHEET = {
  config: 'Cấu hình',
  groups: 'Khối',
  units: 'Đơn vị',
  fields: 'Lĩnh vực',
  registrations: 'Đăng ký',
  log: 'Nhật ký',
  /** The plan's questions (DESIGN.md §12.1); absent = the questions of §3.5. */
  questions: 'Câu hỏi',
  /** The plan's milestones after the deadline (DESIGN.md §13). */
  milestones: 'Mốc thời gian',
} as const;

/** `Cấu hình` headers and keys (DESIGN.md §3.1). */
export const CONFIG_HEADERS = ['Mục', 'Giá trị'] as const;
export const CONFIG_KEY = {
  communeName: 'Tên địa phương',
  placeName: 'Địa danh',
  documentFamily: 'Khối văn bản',
  superiorBody: 'Cơ quan cấp trên',
  issuingBody: 'Cơ quan ban hành',
  issuerCode: 'Ký hiệu cơ quan',
  year: 'Năm',
  planTitle: 'Tên kế hoạch',
  registrationDeadline: 'Hạn đăng ký',
  earliestStart: 'Ngày bắt đầu thực hiện',
  planDeadline: 'Hạn xây dựng kế hoạch',
  resultsDeadline: 'Hạn báo cáo kết quả',
  contactUnit: 'Đơn vị đầu mối',
  contactEmail: 'Email đầu mối',
  signingAuthority: 'Thẩm quyền ký',
  signerTitle: 'Chức vụ người ký',
  signerName: 'Người ký',
  recipients: 'Nơi nhận',
  onlyNewItems: 'Chỉ nhận đăng ký mới',
  remindBeforeDays: 'Nhắc trước hạn (ngày)',
  remindAfterDays: 'Nhắc sau hạn (ngày)',
  reminderHour: 'Giờ gửi nhắc',
  /** Written by "Tạo biểu mẫu đăng ký": the form's public link (issue 3). */
  formUrl: 'Đường dẫn biểu mẫu',
  /** The preset the plan started from (DESIGN.md §12.3). */
  planPreset: 'Mẫu kế hoạch',
  /** What one row is, in the plan's words: `mô hình, phong trào, việc làm` (DESIGN.md §12.3). */
  itemNoun: 'Tên gọi',
  /** A cap on valid rows for the whole plan (DESIGN.md §12.2). */
  totalMax: 'Tổng số tối đa',
  /** Shares of `Tổng số tối đa` per category, e.g. `Khách mời 30%, Điển hình tiên tiến 70%`. */
  categoryShares: 'Cơ cấu theo loại',
  /** Questions (comma list of titles) shown as columns of the documents' lists, after unit, name, category, field, period. */
  listedColumns: 'Cột trong danh sách',
  /**
   * How the documents cite the plan (vn-document-format.md §4.2): its number as issued
   * (`05-KH/ĐU`, `80/KH-UBND`, or only `05`), its date, and the body that issued it
   * (`Ban Thường vụ Đảng ủy`). Optional: without them the plan is cited by `Tên kế hoạch` alone.
   */
  planNumber: 'Số kế hoạch',
  planDate: 'Ngày kế hoạch',
  planIssuer: 'Cơ quan ban hành kế hoạch',
  /** Days a unit asked to complete its registration has, counted from the notice's date (default 7). */
  completionDays: 'Hạn bổ sung (ngày)',
  // ——— Recognition (DESIGN.md §14, vn-recognition-format.md): optional, setup never adds them to an existing plan ———
  /** The forms staff may choose in `Hình thức khen thưởng`, one per line (default `Giấy khen`). */
  recognitionForms: 'Hình thức khen thưởng',
  /** The decision's date: it chooses the base salary and the legal frame (default: the day of the run). */
  decisionDate: 'Ngày quyết định khen thưởng',
  /** Who signs the decision: `Chủ tịch` / `Phó Chủ tịch` (State), `Bí thư` / `Phó Bí thư` (Party). */
  decisionSignerTitle: 'Chức vụ người ký quyết định khen thưởng',
  decisionSignerName: 'Người ký quyết định khen thưởng',
  /** The code after `QĐ-` (default `UBND` / `ĐU`; `CT` only where the commune's rules define it). */
  decisionIssuerCode: 'Ký hiệu quyết định khen thưởng',
  /** The code of `Đơn vị đầu mối` after `TTr-` (default from its initials, e.g. `VHXH`). */
  contactUnitCode: 'Ký hiệu đơn vị đầu mối',
  submissionSignerTitle: 'Chức vụ người ký tờ trình',
  submissionSignerName: 'Người ký tờ trình',
  /** Extra grounds of the decision, one per line (the province's regulation, the plan, the council's minutes). */
  recognitionGrounds: 'Căn cứ khen thưởng',
  /** What a `Loại` means for the recipient, one per line: `Điển hình tiên tiến: Cá nhân`. */
  recipientKinds: 'Đối tượng khen thưởng theo loại',
  /** `Có`: the certificates print only the variable fields onto a bought pre-printed form. */
  certificateOverlay: 'Giấy khen in trên phôi',
  /** Offsets of the overlay print, mm: `ngang, dọc` (e.g. `3, -2`). */
  certificateOffset: 'Lề phôi Giấy khen (mm)',
  /** Extra base-salary periods, one per line: `01/07/2026 - : 2.530.000`. */
  baseSalary: 'Mức lương cơ sở',
} as const;

/**
 * An optional `Cấu hình` row staff add themselves (setup does not add it, so it is not in
 * CONFIG_KEY): the link of a Google Doc used as the template of the approval notices
 * (issue 5). Absent or empty: the built-in layout.
 */
export const NOTICE_TEMPLATE_KEY = 'Mẫu thông báo (Google Docs)';

/** `Khối` headers (DESIGN.md §3.2). */
export const GROUP_HEADER = {
  name: 'Khối',
  allowedTypes: 'Loại được đăng ký',
  min: 'Tối thiểu',
  max: 'Tối đa',
} as const;

/** `Đơn vị` headers (DESIGN.md §3.3): typed by staff, then owned by the add-in. */
export const UNIT_HEADER = {
  code: 'Mã',
  name: 'Tên đơn vị',
  group: 'Khối',
  email: 'Email',
  person: 'Người phụ trách',
  min: 'Tối thiểu',
  max: 'Tối đa',
  ownDeadline: 'Hạn riêng',
  /** Optional comma list of the fields or movements a unit answers for (DESIGN.md §12.2). */
  assignedFields: 'Lĩnh vực được giao',
  validCount: 'Số đăng ký hợp lệ',
  status: 'Trạng thái',
  formLink: 'Đường dẫn đăng ký',
  updatedAt: 'Cập nhật lúc',
} as const;
export const UNIT_INPUT_HEADERS = [
  UNIT_HEADER.code, UNIT_HEADER.name, UNIT_HEADER.group, UNIT_HEADER.email,
  UNIT_HEADER.person, UNIT_HEADER.min, UNIT_HEADER.max, UNIT_HEADER.ownDeadline,
] as const;
export const UNIT_OWNED_HEADERS = [
  UNIT_HEADER.validCount, UNIT_HEADER.status, UNIT_HEADER.formLink, UNIT_HEADER.updatedAt,
] as const;

/** `Câu hỏi` headers (DESIGN.md §12.1). */
export const QUESTION_HEADER = {
  title: 'Câu hỏi',
  role: 'Vai trò',
  kind: 'Kiểu',
  required: 'Bắt buộc',
  choices: 'Lựa chọn',
  help: 'Hướng dẫn',
} as const;

/** `Vai trò` values of `Câu hỏi` (DESIGN.md §12.1); a plain question has an empty role. */
export const QUESTION_ROLE = {
  unit: 'Đơn vị',
  category: 'Loại',
  name: 'Tên',
  field: 'Lĩnh vực',
  start: 'Bắt đầu',
  end: 'Hoàn thành',
  pledge: 'Cam kết mới',
  evidence: 'Minh chứng',
} as const;
export type QuestionRole = keyof typeof QUESTION_ROLE;

/** `Kiểu` values of `Câu hỏi` (DESIGN.md §12.1). */
export const QUESTION_KIND = {
  text: 'Văn bản',
  paragraph: 'Đoạn văn',
  date: 'Ngày',
  number: 'Số',
  email: 'Email',
  link: 'Đường dẫn',
  choice: 'Lựa chọn',
  list: 'Danh sách',
  checkbox: 'Hộp kiểm',
} as const;
export type QuestionKindKey = keyof typeof QUESTION_KIND;

/** `Bắt buộc` values: `Có`, `Không`, or `Sau <Mốc>` (DESIGN.md §12.1). */
export const REQUIRED_WORD = { yes: 'Có', no: 'Không', afterPrefix: 'Sau' } as const;

/** `Mốc thời gian` headers (DESIGN.md §13). */
export const MILESTONE_HEADER = {
  name: 'Mốc',
  deadline: 'Hạn',
  column: 'Cột phải nộp',
  remindBefore: 'Nhắc trước hạn (ngày)',
  remindAfter: 'Nhắc sau hạn (ngày)',
} as const;

/**
 * Milestones (DESIGN.md §13): the owned column `Tiến độ` (of `Đăng ký` and of `Đơn vị`), the
 * staff column `Đánh giá kết quả` (dropdown, never written by the add-in), the progress words
 * and their colours, the sheet `Năm trước`.
 */
export const PROGRESS_HEADER = 'Tiến độ';
export const EVALUATION_HEADER = 'Đánh giá kết quả';
export const EVALUATIONS = ['Xuất sắc', 'Tốt', 'Đạt', 'Không đạt'] as const;
export type Evaluation = (typeof EVALUATIONS)[number];
export const PROGRESS = { done: 'Đã nộp', late: 'Nộp trễ', pending: 'Chưa nộp', overdue: 'Quá hạn' } as const;
export type ProgressState = (typeof PROGRESS)[keyof typeof PROGRESS];
export const PROGRESS_COLOR: Record<ProgressState, string> = {
  'Đã nộp': '#d9ead3',
  'Nộp trễ': '#fce5cd',
  'Chưa nộp': '#fff2cc',
  'Quá hạn': '#ea9999',
};
export const PREVIOUS_YEAR_SHEET = 'Năm trước';
/** Subject prefix of milestone reminders (DESIGN.md §13). */
export const MILESTONE_REMINDER_PREFIX = 'Nhắc báo cáo:';

/** The five presets of DESIGN.md §12.3 (`--preset` names and `Mẫu kế hoạch` values). */
export const PRESET_IDS = ['dang-ky-mo-hinh', 'dien-hinh-tien-tien', 'phong-trao-nhiem-ky', 'dot-thi-dua', 'hoi-nghi-dien-hinh'] as const;
export type PresetId = (typeof PRESET_IDS)[number];
export const DEFAULT_PRESET: PresetId = 'dang-ky-mo-hinh';

/** `Lĩnh vực` header (DESIGN.md §3.4). */
export const FIELD_HEADER = 'Lĩnh vực';

/** `Đăng ký` answer headers (DESIGN.md §3.5), in form-question order. */
export const ANSWER = {
  timestamp: 'Dấu thời gian',
  unit: 'Đơn vị đăng ký',
  type: 'Loại đăng ký',
  title: 'Tên mô hình, phong trào, việc làm',
  field: 'Lĩnh vực',
  content: 'Nội dung, mục tiêu',
  scale: 'Quy mô',
  start: 'Thời gian bắt đầu',
  end: 'Thời gian hoàn thành',
  leadUnit: 'Đơn vị lãnh đạo',
  implementingUnit: 'Đơn vị tổ chức thực hiện',
  partnerUnits: 'Đơn vị phối hợp',
  responsiblePerson: 'Người phụ trách',
  newItemPledge: 'Cam kết đăng ký mới',
  registrationFile: 'Văn bản đăng ký',
  planFile: 'Kế hoạch thực hiện',
} as const;
export type AnswerKey = keyof typeof ANSWER;
export const ANSWER_KEYS = Object.keys(ANSWER) as AnswerKey[];
/** Google writes `Timestamp` in an English-locale sheet: accepted as `Dấu thời gian`. */
export const TIMESTAMP_ALIASES = ['Timestamp'] as const;

/** `Đăng ký` columns owned by the add-in (created at the right when missing). */
export const OWNED = {
  result: 'Kết quả kiểm tra',
  details: 'Chi tiết',
  approval: 'Trạng thái phê duyệt',
  approvalComment: 'Ý kiến phê duyệt',
  notice: 'Thông báo',
  registrationId: 'Mã đăng ký',
} as const;
export const OWNED_HEADERS = Object.values(OWNED);

/** `Nhật ký` headers (DESIGN.md §3.6). */
export const LOG_HEADERS = ['Thời gian', 'Thao tác', 'Đơn vị', 'Nội dung', 'Kết quả'] as const;

/** Registration types (DESIGN.md §3.5). */
export const REGISTRATION_TYPES = ['Mô hình', 'Phong trào', 'Việc làm'] as const;
export type RegistrationType = (typeof REGISTRATION_TYPES)[number];

/** Approval dropdown (DESIGN.md §3.5). */
export const APPROVAL = {
  pending: 'Chờ duyệt',
  approved: 'Đã duyệt',
  needsMore: 'Yêu cầu bổ sung',
  rejected: 'Không duyệt',
} as const;
export const APPROVAL_VALUES = Object.values(APPROVAL);

/** Row results, highest first, with colours (DESIGN.md §4). */
export const ROW_STATUS = {
  needsFix: 'Cần bổ sung',
  duplicate: 'Trùng lặp',
  overQuota: 'Vượt số lượng',
  late: 'Trễ hạn',
  valid: 'Hợp lệ',
} as const;
export type RowStatus = (typeof ROW_STATUS)[keyof typeof ROW_STATUS];
export const ROW_STATUS_COLOR: Record<RowStatus, string> = {
  'Cần bổ sung': '#f4cccc',
  'Trùng lặp': '#d9d9d9',
  'Vượt số lượng': '#d9d9d9',
  'Trễ hạn': '#fce5cd',
  'Hợp lệ': '#d9ead3',
};
export const ROW_STATUS_ORDER: RowStatus[] = ['Cần bổ sung', 'Trùng lặp', 'Vượt số lượng', 'Trễ hạn', 'Hợp lệ'];

/** Unit statuses with colours (DESIGN.md §4). */
export const UNIT_STATUS = {
  notRegistered: 'Không đăng ký',
  notYet: 'Chưa đăng ký',
  needsFix: 'Cần bổ sung',
  late: 'Trễ hạn',
  onTime: 'Đúng hạn',
} as const;
export type UnitStatus = (typeof UNIT_STATUS)[keyof typeof UNIT_STATUS];
export const UNIT_STATUS_COLOR: Record<UnitStatus, string> = {
  'Không đăng ký': '#ea9999',
  'Chưa đăng ký': '#fff2cc',
  'Cần bổ sung': '#f4cccc',
  'Trễ hạn': '#fce5cd',
  'Đúng hạn': '#d9ead3',
};
export const UNIT_STATUS_ORDER: UnitStatus[] = ['Không đăng ký', 'Chưa đăng ký', 'Cần bổ sung', 'Trễ hạn', 'Đúng hạn'];

/** The background of a cell nobody coloured. */
export const NO_COLOR = '#ffffff';

/** Add-on menu (DESIGN.md §10). Items whose feature is not built are absent. */
export const MENU_TITLE = 'Thi đua';
export const MENU_ITEMS: ReadonlyArray<{ label: string; functionName: string }> = [
  { label: 'Mở bảng điều khiển', functionName: 'showSidebar' },
  { label: 'Khởi tạo bảng tính', functionName: 'setupWorkbook' },
  { label: 'Kiểm tra và tô màu', functionName: 'checkRegistrations' },
  { label: 'Tạo biểu mẫu đăng ký', functionName: 'createRegistrationForm' },
  { label: 'Gửi nhắc nhở', functionName: 'sendReminders' },
  { label: 'Tạo thông báo phê duyệt', functionName: 'generateApprovalNotices' },
  { label: 'Tạo báo cáo tổng hợp', functionName: 'generateSummaryReport' },
  { label: 'Tạo hồ sơ khen thưởng', functionName: 'generateCommendations' },
  { label: 'Chuyển sang năm mới', functionName: 'startNewYear' },
];

/**
 * `Đăng ký` columns of recognition (DESIGN.md §14): two staff columns (created when missing,
 * never written by the add-in) and the owned column of each row's document links.
 */
export const RECOGNITION_COLUMN = {
  form: 'Hình thức khen thưởng',
  achievement: 'Thành tích khen thưởng',
  dossier: 'Hồ sơ khen thưởng',
} as const;
export const RECOGNITION_HEADERS = Object.values(RECOGNITION_COLUMN);

/** The handler of `Tạo hồ sơ khen thưởng` (menu, sidebar, and its continuation trigger). */
export const COMMENDATION_HANDLER = 'generateCommendations';

/** The handler of `Tạo bản cam kết thi đua` (sidebar, and its continuation trigger). */
export const COMMITMENT_HANDLER = 'generateCommitments';

/** Document properties the add-in keeps (per spreadsheet). */
export const DOC_PROPERTY = {
  formId: 'thiDua.formId',
  formUrl: 'thiDua.formUrl',
  formEditUrl: 'thiDua.formEditUrl',
  /** Prefix of the per-registration receipt records: `thiDua.receipt.DK-2026-0001`. */
  receiptPrefix: 'thiDua.receipt.',
  /**
   * Prefix of the generated documents of a year (issues 5, 6): `thiDua.doc.2026.folder` (the
   * Drive folder), `thiDua.doc.2026.notice` (the consolidated notice), `thiDua.doc.2026.unit.<key>`
   * (a unit's notice), `thiDua.doc.2026.report` (the latest report, with its day).
   */
  documentPrefix: 'thiDua.doc.',
  /** Where an interrupted `Tạo thông báo phê duyệt` stopped (JSON), until the run that finishes it. */
  noticeProgress: 'thiDua.notices.progress',
  /** Where an interrupted `Tạo hồ sơ khen thưởng` stopped (JSON). */
  commendationProgress: 'thiDua.commendations.progress',
  /** Where an interrupted `Tạo bản cam kết thi đua` stopped (JSON). */
  commitmentProgress: 'thiDua.commitments.progress',
  /** Where "Chuyển sang năm mới" stands (JSON, DESIGN.md §13): the year moved and the steps done. */
  newYear: 'thiDua.newYear',
} as const;

/** The handler of the approval notices (menu, sidebar, and its one-off continuation trigger). */
export const NOTICE_HANDLER = 'generateApprovalNotices';

/** The Drive folder of a year's documents. */
export const documentFolderName = (year: number): string => `Thi đua ${year}`;

/**
 * Placeholders a notice template may hold besides every `Mục` of `Cấu hình` (`{{Tên địa
 * phương}}`, `{{Người ký}}`…). Document-wide figures, and the item fields of the table row
 * that repeats once per registration.
 */
export const TEMPLATE_FIELD = {
  date: 'Ngày',
  dateLine: 'Dòng ngày tháng',
  numberLine: 'Số văn bản',
  unitCount: 'Số đơn vị',
  itemCount: 'Số đăng ký',
  modelCount: 'Số mô hình',
  movementCount: 'Số phong trào',
  deedCount: 'Số việc làm',
  /** The unit a per-unit notice is addressed to ('' in the consolidated notice). */
  unitName: 'Tên đơn vị',
} as const;
export const TEMPLATE_ITEM_FIELD = {
  number: 'STT',
  unit: 'Đơn vị',
  group: 'Khối',
  title: 'Tên',
  type: 'Loại',
  field: 'Lĩnh vực',
  period: 'Thời gian thực hiện',
  approval: 'Trạng thái phê duyệt',
  comment: 'Ý kiến phê duyệt',
} as const;

/** The handler of the installable form-submit trigger. */
export const SUBMIT_HANDLER = 'onRegistrationSubmit';

/** The handler of the daily time-driven trigger. */
export const DAILY_HANDLER = 'runDailyTasks';

/** Spreadsheet time zone used when the file has none (DESIGN.md §4). */
export const DEFAULT_TIME_ZONE = 'Asia/Ho_Chi_Minh';
