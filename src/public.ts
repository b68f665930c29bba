/**
 * The public surface of the add-in: every export here becomes a top-level Apps Script
 * function (the build adds `function name() {}` wrappers). Menu callbacks, triggers and
 * `google.script.run` targets must all be listed here — and nothing else.
 */
import {
  DailyTriggerRequestSchema, SendRemindersRequestSchema, ShowUnitRowRequestSchema,
  type ActionError, type CheckResult, type DailyTriggerResult, type Dashboard, type FormResult, type ReminderPreview,
  type ReminderSendResult, type SetupResult,
} from './core/dto';
import {
  GenerateNoticesRequestSchema, type ApproveAllResult, type NoticesResult, type ReportResult,
} from './core/dto';
import { approveAllValidAction } from './server/actions/approve-all';
import { continueNotices, generateApprovalNoticesAction, generateNoticesFromMenu } from './server/actions/approval-notices';
import { generateSummaryReportAction } from './server/actions/summary-report';
import { isTriggerEvent } from './server/documents/continuation';
import { MILESTONE_MSG, MSG } from './core/messages';
import { continueCommitments, generateCommitmentsAction, type CommitmentsResult } from './server/actions/commitments';
import { checkRegistrationsAction } from './server/actions/check-registrations';
import { dashboardAction } from './server/actions/dashboard';
import { createRegistrationFormAction, updateRegistrationFormAction } from './server/actions/registration-form';
import { onRegistrationSubmitAction, type SubmitEvent } from './server/actions/registration-submit';
import { buildMenu } from './server/actions/menu';
import { setupWorkbookAction } from './server/actions/setup-workbook';
import { showSidebarAction } from './server/actions/sidebar';
import { previewRemindersAction, sendRemindersAction, sendRemindersFromMenu } from './server/actions/reminders';
import { runDailyTasksAction, setDailyTriggerAction } from './server/actions/daily-run';
import { showUnitRowAction } from './server/actions/show-unit-row';
import { fromSidebar, runAction } from './server/run-action';
import { UserFacingError } from './server/user-facing-error';
import { continueCommendations, generateCommendationsAction } from './server/actions/commendations';
import type { CommendationsResult } from './core/recognition/recognition-dto';
import { RECOGNITION_MSG } from './core/recognition/recognition-text';
import { NewYearRequestSchema, type NewYearResult } from './core/dto';
import { LOG_ACTION as NEW_YEAR_LOG, newYearFromMenu, startNewYearAction } from './server/actions/new-year';

/** Simple trigger: builds the add-on menu (may run in AuthMode.NONE). */
export function onOpen(_e?: GoogleAppsScript.Events.SheetsOnOpen): void {
  buildMenu();
}

/** Runs when the add-on is installed from the Marketplace: same menu right away. */
export function onInstall(e?: GoogleAppsScript.Events.AddonOnInstall): void {
  onOpen(e as unknown as GoogleAppsScript.Events.SheetsOnOpen);
}

/** Menu `Mở bảng điều khiển`. */
export function showSidebar(): void {
  showSidebarAction();
}

/** Menu `Khởi tạo bảng tính`; the sidebar passes `{ source: 'sidebar' }`. */
export function setupWorkbook(arg?: unknown): SetupResult | ActionError {
  return runAction(MSG.logSetup, arg, (ss) => setupWorkbookAction(ss, arg));
}

/** Menu `Kiểm tra và tô màu`; the sidebar passes `{ source: 'sidebar' }`. */
export function checkRegistrations(arg?: unknown): CheckResult | ActionError {
  return runAction(MSG.logCheck, arg, checkRegistrationsAction);
}

/** Sidebar: the dashboard figures and legend. */
export function getDashboard(): Dashboard | ActionError {
  return runAction(MSG.sidebarTitle, { source: 'sidebar' }, dashboardAction);
}

/** Menu `Tạo biểu mẫu đăng ký`; the sidebar passes `{ source: 'sidebar' }`. */
export function createRegistrationForm(arg?: unknown): FormResult | ActionError {
  return runAction(MSG.logCreateForm, arg, createRegistrationFormAction);
}

/** Sidebar `Cập nhật biểu mẫu` (also run by `setupWorkbook` when a form exists). */
export function updateRegistrationForm(arg?: unknown): FormResult | ActionError {
  return runAction(MSG.logUpdateForm, arg, updateRegistrationFormAction);
}

/** Installable trigger: a unit submitted or edited a response. */
export function onRegistrationSubmit(e?: GoogleAppsScript.Events.SheetsOnFormSubmit): void {
  onRegistrationSubmitAction(SpreadsheetApp.getActive(), e as unknown as SubmitEvent);
}

/** Sidebar: who would get a reminder now, with addresses and subjects. Sends nothing. */
export function previewReminders(): ReminderPreview | ActionError {
  return runAction(MSG.logReminder, { source: 'sidebar' }, previewRemindersAction);
}

/**
 * Menu `Gửi nhắc nhở`: a preview dialog, then the confirmed send. From the sidebar:
 * `{ source: 'sidebar', keys }` sends exactly the previewed reminders still due.
 */
export function sendReminders(arg?: unknown): ReminderSendResult | ActionError {
  if (!fromSidebar(arg)) return runAction(MSG.logReminder, arg, sendRemindersFromMenu);
  return runAction(MSG.logReminder, arg, (ss) => {
    const request = SendRemindersRequestSchema.safeParse(arg);
    if (!request.success) throw new UserFacingError(MSG.badRequest);
    return sendRemindersAction(ss, request.data.keys);
  });
}

/** Time-driven trigger at `Giờ gửi nhắc`: re-check, then the reminders due today. */
export function runDailyTasks(_e?: unknown): void {
  runAction(MSG.logDaily, { source: 'trigger' }, runDailyTasksAction);
}

/** Sidebar: switch the daily run on or off (`{ source: 'sidebar', enabled }`). */
export function setDailyTrigger(arg?: unknown): DailyTriggerResult | ActionError {
  return runAction(MSG.logDaily, arg, (ss) => {
    const request = DailyTriggerRequestSchema.safeParse(arg);
    if (!request.success) throw new UserFacingError(MSG.badRequest);
    return setDailyTriggerAction(ss, request.data.enabled);
  });
}

/** Sidebar: select a unit's row in `Đơn vị` (`{ source: 'sidebar', row }`). */
export function showUnitRow(arg?: unknown): { ok: true; message: string } | ActionError {
  return runAction(MSG.sidebarTitle, arg, (ss) => {
    const request = ShowUnitRowRequestSchema.safeParse(arg);
    if (!request.success) throw new UserFacingError(MSG.badRequest);
    return showUnitRowAction(ss, request.data.row);
  });
}

/** Sidebar `Duyệt tất cả dòng hợp lệ`: `Chờ duyệt` rows that are `Hợp lệ`/`Trễ hạn` become `Đã duyệt`. */
export function approveAllValid(arg?: unknown): ApproveAllResult | ActionError {
  return runAction(MSG.logApproveAll, arg, approveAllValidAction);
}

/**
 * Menu `Tạo thông báo phê duyệt` (asks whether to add one notice per unit); from the sidebar
 * `{ source: 'sidebar', perUnit }`; from its one-off continuation trigger, the trigger's event.
 */
export function generateApprovalNotices(arg?: unknown): NoticesResult | ActionError {
  if (isTriggerEvent(arg)) {
    return runAction(MSG.logNotices, { source: 'trigger' }, continueNotices);
  }
  if (!fromSidebar(arg)) return runAction(MSG.logNotices, arg, generateNoticesFromMenu);
  return runAction(MSG.logNotices, arg, (ss) => {
    const request = GenerateNoticesRequestSchema.safeParse(arg);
    if (!request.success) throw new UserFacingError(MSG.badRequest);
    return generateApprovalNoticesAction(ss, { perUnit: request.data.perUnit ?? false, continuation: false });
  });
}

/** Menu and sidebar `Tạo báo cáo tổng hợp`: one document, its link returned and logged. */
export function generateSummaryReport(arg?: unknown): ReportResult | ActionError {
  return runAction(MSG.logReport, arg, generateSummaryReportAction);
}

/**
 * Menu and sidebar `Tạo hồ sơ khen thưởng` (DESIGN.md §14): the tờ trình, the decisions and the
 * Giấy khen of the valid rows that carry a `Hình thức khen thưởng`; from its one-off
 * continuation trigger, the trigger's event.
 */
export function generateCommendations(arg?: unknown): CommendationsResult | ActionError {
  if (isTriggerEvent(arg)) return runAction(RECOGNITION_MSG.log, { source: 'trigger' }, continueCommendations);
  return runAction(RECOGNITION_MSG.log, arg, (ss) => generateCommendationsAction(ss, { continuation: false }));
}

/** "Chuyển sang năm mới" (DESIGN.md §10, §13): menu (after a dialog) and sidebar (after its own confirmation). */
export function startNewYear(arg?: unknown): NewYearResult | ActionError {
  if (!fromSidebar(arg)) return runAction(NEW_YEAR_LOG, arg, newYearFromMenu);
  return runAction(NEW_YEAR_LOG, arg, (ss) => {
    const request = NewYearRequestSchema.safeParse(arg);
    if (!request.success) throw new UserFacingError(MSG.badRequest);
    return startNewYearAction(ss);
  });
}

/** "Tạo bản cam kết thi đua" (sidebar; DESIGN.md §15, preset dot-thi-dua): one commitment per unit and the list. */
export function generateCommitments(arg?: unknown): CommitmentsResult | ActionError {
  if (isTriggerEvent(arg)) return runAction(MILESTONE_MSG.commitmentsAction, { source: 'trigger' }, continueCommitments);
  return runAction(MILESTONE_MSG.commitmentsAction, arg, (ss) => generateCommitmentsAction(ss));
}
