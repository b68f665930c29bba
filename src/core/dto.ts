/**
 * The plain, JSON-safe objects that cross `google.script.run` between the server and the
 * sidebar, as zod schemas (the sidebar validates what it receives; tests validate what the
 * bundle returns). Dates cross as strings.
 */
import * as z from 'zod/mini';
import { ROW_STATUS_ORDER, UNIT_STATUS_ORDER } from './contract';

const rowCounts = z.object(Object.fromEntries(ROW_STATUS_ORDER.map((s) => [s, z.number().check(z.int(), z.minimum(0))])));
const unitCounts = z.object(Object.fromEntries(UNIT_STATUS_ORDER.map((s) => [s, z.number().check(z.int(), z.minimum(0))])));

export const ActionErrorSchema = z.object({ ok: z.literal(false), message: z.string() });
export type ActionError = z.infer<typeof ActionErrorSchema>;

export const CheckResultSchema = z.object({
  ok: z.literal(true),
  message: z.string(),
  rowCounts,
  unitCounts,
  problems: z.array(z.string()),
  /** Set when `Đăng ký` cannot be judged (a required column missing): shown in a dialog from the menu. */
  alert: z.optional(z.string()),
  structureProblems: z.optional(z.array(z.string())),
});
export type CheckResult = z.infer<typeof CheckResultSchema>;

export const SetupResultSchema = z.object({
  ok: z.literal(true),
  message: z.string(),
  createdSheets: z.array(z.string()),
  addedHeaders: z.number().check(z.int(), z.minimum(0)),
  /** Sheets whose structure setup would not guess at (a required column missing, a header row below row 1). */
  problems: z.optional(z.array(z.string())),
  alert: z.optional(z.string()),
});
export type SetupResult = z.infer<typeof SetupResultSchema>;

export const FormResultSchema = z.object({
  ok: z.literal(true),
  message: z.string(),
  formUrl: z.string(),
  formEditUrl: z.string(),
  created: z.boolean(),
});
export type FormResult = z.infer<typeof FormResultSchema>;

export const ReminderPreviewSchema = z.object({
  ok: z.literal(true),
  message: z.string(),
  quota: z.number(),
  reminders: z.array(z.object({
    unit: z.string(), key: z.string(), reason: z.string(), addresses: z.array(z.string()),
    invalidAddresses: z.array(z.string()), subject: z.string(),
  })),
});
export type ReminderPreview = z.infer<typeof ReminderPreviewSchema>;

export const ReminderSendResultSchema = z.object({
  ok: z.literal(true),
  message: z.string(),
  sent: z.number(), postponed: z.number(), skipped: z.number(), failed: z.number(),
  results: z.array(z.object({ unit: z.string(), status: z.string(), detail: z.string() })),
});
export type ReminderSendResult = z.infer<typeof ReminderSendResultSchema>;

export const DailyTriggerResultSchema = z.object({ ok: z.literal(true), message: z.string(), enabled: z.boolean() });
export type DailyTriggerResult = z.infer<typeof DailyTriggerResultSchema>;
export const DailyTriggerRequestSchema = z.object({ source: z.literal('sidebar'), enabled: z.boolean() });

/** A sidebar request to show a row of `Đơn vị`. */
export const ShowUnitRowRequestSchema = z.object({ source: z.literal('sidebar'), row: z.number().check(z.int(), z.minimum(2)) });
export const PlainResultSchema = z.object({ ok: z.literal(true), message: z.string() });
export const PlainResponseSchema = z.union([PlainResultSchema, ActionErrorSchema]);

/** A sidebar request to send exactly the previewed reminders. */
export const SendRemindersRequestSchema = z.object({
  source: z.literal('sidebar'),
  keys: z.array(z.string()),
});

const legendEntry = z.object({ status: z.string(), color: z.string().check(z.regex(/^#[0-9a-f]{6}$/)), meaning: z.string() });

const count0 = z.number().check(z.int(), z.minimum(0));

export const DashboardSchema = z.object({
  ok: z.literal(true),
  communeName: z.string(),
  year: z.nullable(z.number().check(z.int())),
  /** `dd/MM/yyyy` of `Hạn đăng ký`, or null when it is not set. */
  deadline: z.nullable(z.string()),
  /** Days from today to the deadline (negative once passed), or null. */
  daysLeft: z.nullable(z.number().check(z.int())),
  totalUnits: z.number().check(z.int(), z.minimum(0)),
  unitCounts,
  rowCounts,
  totalRows: z.number().check(z.int(), z.minimum(0)),
  problems: z.array(z.string()),
  legend: z.object({ rows: z.array(legendEntry), units: z.array(legendEntry) }),
  /** The registration form's links, or null before `Tạo biểu mẫu đăng ký`. */
  form: z.nullable(z.object({ url: z.string(), editUrl: z.string() })),
  submitTriggerInstalled: z.boolean(),
  dailyTriggerInstalled: z.boolean(),
  /** Units to chase: no registration yet, or too few valid ones (sheet row to jump to). */
  unitsToChase: z.array(z.object({ name: z.string(), status: z.string(), row: z.number().check(z.int()) })),
  /** Units with at least one registration row, for the progress bar. */
  unitsWithRows: z.number().check(z.int(), z.minimum(0)),
  reminderHour: z.number(),
  /** The plan (DESIGN.md §12): its preset, `Tên gọi` and title; null when the spreadsheet has none yet. */
  plan: z.nullable(z.object({ preset: z.string(), noun: z.string(), title: z.string() })),
  /** The presets to choose from when there is no plan yet ([] otherwise). */
  presets: z.array(z.object({ id: z.string(), label: z.string(), description: z.string() })),
  /** Valid rows per category of the `Loại` question, with the caps of `Cơ cấu theo loại` (§12.2). */
  structure: z.array(z.object({
    category: z.string(), count: count0, percent: count0, cap: z.nullable(count0), targetPercent: z.nullable(z.number()),
  })),
  /** `Tổng số tối đa`, or null. */
  totalMax: z.nullable(count0),
  /** Whether the plan collects commitments (a `Loại` choice `Cam kết`): the sidebar then offers them. */
  commitments: z.optional(z.boolean()),
  /** The current milestone phase (DESIGN.md §13), or null while no approved row is followed. */
  phase: z.optional(z.nullable(z.object({
    milestone: z.string(),
    deadline: z.string(),
    daysLeft: z.number().check(z.int()),
    column: z.string(),
    rowsDone: z.number().check(z.int(), z.minimum(0)),
    rowsTotal: z.number().check(z.int(), z.minimum(0)),
    unitsDone: z.number().check(z.int(), z.minimum(0)),
    unitsTotal: z.number().check(z.int(), z.minimum(0)),
    /** Rows by progress word, in the order of the contract, with their colours. */
    counts: z.array(z.object({ status: z.string(), color: z.string(), count: z.number().check(z.int(), z.minimum(0)) })),
    /** Approved rows by `Đánh giá kết quả` (and `Chưa đánh giá`). */
    evaluations: z.array(z.object({ status: z.string(), count: z.number().check(z.int(), z.minimum(0)) })),
  }))),
});
export type Dashboard = z.infer<typeof DashboardSchema>;

export const DashboardResponseSchema = z.union([DashboardSchema, ActionErrorSchema]);
export const CheckResponseSchema = z.union([CheckResultSchema, ActionErrorSchema]);
export const SetupResponseSchema = z.union([SetupResultSchema, ActionErrorSchema]);
export const FormResponseSchema = z.union([FormResultSchema, ActionErrorSchema]);
export const ReminderPreviewResponseSchema = z.union([ReminderPreviewSchema, ActionErrorSchema]);
export const ReminderSendResponseSchema = z.union([ReminderSendResultSchema, ActionErrorSchema]);
export const DailyTriggerResponseSchema = z.union([DailyTriggerResultSchema, ActionErrorSchema]);

// ——— Approval notices and the summary report (issues 5, 6) ———

const count = z.number().check(z.int(), z.minimum(0));

/** Sidebar `Duyệt tất cả dòng hợp lệ`: `Chờ duyệt` rows that are `Hợp lệ`/`Trễ hạn` became `Đã duyệt`. */
export const ApproveAllResultSchema = z.object({
  ok: z.literal(true),
  message: z.string(),
  approved: count,
  /** 1-based rows of `Đăng ký` that were approved. */
  rows: z.array(z.number().check(z.int(), z.minimum(2))),
});
export type ApproveAllResult = z.infer<typeof ApproveAllResultSchema>;

/** A sidebar request for the notices; `perUnit` adds one notice per unit. */
export const GenerateNoticesRequestSchema = z.object({ source: z.literal('sidebar'), perUnit: z.optional(z.boolean()) });

/**
 * What a run did to a document: `created` the first time, `updated` in place, `recreated` when
 * the earlier one was deleted, `unchanged` when its content is the one already uploaded.
 */
export const DocumentStatusSchema = z.enum(['created', 'updated', 'recreated', 'unchanged']);

/** One generated Google Doc. */
export const GeneratedDocumentSchema = z.object({
  kind: z.enum(['notice', 'unitNotice', 'report']),
  /** The unit of a per-unit notice ('' otherwise). */
  unit: z.string(),
  name: z.string(),
  id: z.string(),
  url: z.string(),
  status: DocumentStatusSchema,
});
export type GeneratedDocument = z.infer<typeof GeneratedDocumentSchema>;

/** A link the sidebar shows under the message. */
const documentLink = z.object({ label: z.string(), url: z.string() });

export const NoticesResultSchema = z.object({
  ok: z.literal(true),
  message: z.string(),
  /** The documents of this run as links for the sidebar (label, url). */
  links: z.array(documentLink),
  /** The documents this run generated (an interrupted run lists those it finished). */
  documents: z.array(GeneratedDocumentSchema),
  /** False when the run stopped near the time limit; a continuation is scheduled. */
  complete: z.boolean(),
  /** Documents left for the continuation. */
  remaining: count,
  /** Folder or template problems, said in Vietnamese (also in `Nhật ký`). */
  warnings: z.array(z.string()),
  /** `{{…}}` of the template that match nothing (left in the document, reported). */
  unknownPlaceholders: z.array(z.string()),
  /** Whether the staff's template was used (else the built-in layout). */
  template: z.boolean(),
});
export type NoticesResult = z.infer<typeof NoticesResultSchema>;

export const ReportResultSchema = z.object({
  ok: z.literal(true),
  message: z.string(),
  /** The report as a link for the sidebar. */
  links: z.array(documentLink),
  document: GeneratedDocumentSchema,
  /** True when this run made a new dated version (the last one was of another day, or gone). */
  newVersion: z.boolean(),
  warnings: z.array(z.string()),
});
export type ReportResult = z.infer<typeof ReportResultSchema>;

export const ApproveAllResponseSchema = z.union([ApproveAllResultSchema, ActionErrorSchema]);
export const NoticesResponseSchema = z.union([NoticesResultSchema, ActionErrorSchema]);
export const ReportResponseSchema = z.union([ReportResultSchema, ActionErrorSchema]);

/** `startNewYear` from the sidebar: the sidebar has asked for confirmation itself (DESIGN.md §13). */
export const NewYearRequestSchema = z.object({ source: z.literal('sidebar'), confirmed: z.literal(true) });
export const NewYearResultSchema = z.object({ ok: z.literal(true), message: z.string(), done: z.boolean(), moved: z.number().check(z.int(), z.minimum(0)) });
export type NewYearResult = z.infer<typeof NewYearResultSchema>;
export const NewYearResponseSchema = z.union([NewYearResultSchema, ActionErrorSchema]);
