/**
 * The public surface of the add-in: every export here becomes a top-level Apps Script
 * function (the build adds `function name() {}` wrappers). Menu callbacks, triggers and
 * `google.script.run` targets must all be listed here — and nothing else.
 */
import type { ActionError, CheckResult, Dashboard, FormResult, SetupResult } from './core/dto';
import { MSG } from './core/messages';
import { checkRegistrationsAction } from './server/actions/check-registrations';
import { dashboardAction } from './server/actions/dashboard';
import { createRegistrationFormAction, updateRegistrationFormAction } from './server/actions/registration-form';
import { onRegistrationSubmitAction, type SubmitEvent } from './server/actions/registration-submit';
import { buildMenu } from './server/actions/menu';
import { setupWorkbookAction } from './server/actions/setup-workbook';
import { showSidebarAction } from './server/actions/sidebar';
import { runAction } from './server/run-action';

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
  return runAction(MSG.logSetup, arg, setupWorkbookAction);
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
