/**
 * `Tạo biểu mẫu đăng ký` and `Cập nhật biểu mẫu` (DESIGN.md §8): build the Google Form
 * from the sheets (never a second one), make its response sheet `Đăng ký`, keep its links,
 * write each unit's pre-filled link and install the form-submit trigger once.
 */
import { formatDayVi } from '../../core/calendar-day';
import type { FormResult } from '../../core/dto';
import { planForm } from '../../core/form-plan';
import { MSG } from '../../core/messages';
import { appendLog } from '../activity-log';
import { createForm, syncForm } from '../form-builder';
import { ensureSubmitTrigger, openStoredForm, rememberForm } from '../form-store';
import { withDocumentLock } from '../lock';
import { adoptResponseSheet, findResponseSheet } from '../response-sheet';
import type { Spreadsheet } from '../sheet-io';
import { UserFacingError } from '../user-facing-error';
import { writeUnitLinks } from '../unit-links';
import { checkAndWrite, readAndCheck } from './check-registrations';

function currentPlan(ss: Spreadsheet, now: Date) {
  const { outcome } = readAndCheck(ss, now);
  if (outcome.questionsBroken) throw new UserFacingError(outcome.problems.join('\n'));
  const plan = planForm(outcome.settings, outcome.roster.units.map((u) => u.name), outcome.fields, outcome.questions);
  const unitTitle = outcome.questions.find((q) => q.role === 'unit')!.title;
  return { plan, today: outcome.today, unitTitle };
}

export function createRegistrationFormAction(ss: Spreadsheet): FormResult {
  return withDocumentLock(() => {
    const now = new Date();
    const existing = openStoredForm();
    if (existing) {
      const sync = syncExisting(ss, existing.form, now);
      const message = MSG.formExists(existing.stored.url, sync.added, sync.updated);
      appendLog(ss, [{ action: MSG.logCreateForm, content: message, result: MSG.logOk }], now);
      return { ok: true, message, formUrl: existing.stored.url, formEditUrl: existing.stored.editUrl, created: false };
    }
    const { plan, today, unitTitle } = currentPlan(ss, now);
    const form = createForm(plan);
    form.setDestination(FormApp.DestinationType.SPREADSHEET, ss.getId());
    const responses = findResponseSheet(ss, form.getId());
    if (!responses) throw new UserFacingError(MSG.responseSheetMissing());
    const adopted = adoptResponseSheet(ss, responses, formatDayVi(today).replace(/\//g, '-'));
    const stored = { id: form.getId(), url: form.getPublishedUrl(), editUrl: form.getEditUrl() };
    rememberForm(ss, stored);
    writeUnitLinks(ss, form, unitTitle);
    ensureSubmitTrigger(ss);
    checkAndWrite(ss, now, false);
    const message = MSG.formCreated(stored.url, adopted.copiedRows, adopted.keptAs);
    appendLog(ss, [{ action: MSG.logCreateForm, content: message, result: MSG.logOk }], now);
    return { ok: true, message, formUrl: stored.url, formEditUrl: stored.editUrl, created: true };
  });
}

export function updateRegistrationFormAction(ss: Spreadsheet): FormResult {
  return withDocumentLock(() => {
    const now = new Date();
    const existing = openStoredForm();
    if (!existing) throw new UserFacingError(MSG.noForm());
    const sync = syncExisting(ss, existing.form, now);
    const message = MSG.formUpdated(sync.added, sync.updated, sync.links);
    appendLog(ss, [{ action: MSG.logUpdateForm, content: message, result: MSG.logOk }], now);
    return { ok: true, message, formUrl: existing.stored.url, formEditUrl: existing.stored.editUrl, created: false };
  });
}

/** Brings the stored form in line with the sheets; call under the lock. */
export function syncExisting(ss: Spreadsheet, form: GoogleAppsScript.Forms.Form, now: Date) {
  const { plan, unitTitle } = currentPlan(ss, now);
  const result = syncForm(form, plan);
  const links = writeUnitLinks(ss, form, unitTitle);
  ensureSubmitTrigger(ss);
  return { added: result.added.length, updated: result.updated.length, links };
}
