/**
 * `onRegistrationSubmit`, the installable form-submit trigger (DESIGN.md §8): under the
 * document lock it runs the same check as `Kiểm tra và tô màu` (so the sheet ends exactly
 * as after a full run), then e-mails the unit a receipt with its row's result. A second
 * firing for the same response sends nothing; an edited response gets a receipt that says
 * which answers changed. Every outcome is a line in `Nhật ký`.
 */
import { DOC_PROPERTY, type AnswerKey } from '../../core/contract';
import { formatDateTimeVi } from '../../core/calendar-day';
import { changedAnswers, fingerprintRow, fingerprintTitles, sameFingerprint, type ReceiptRecord } from '../../core/answer-fingerprint';
import { MSG } from '../../core/messages';
import { planReceipt } from '../../core/receipt';
import { cellText } from '../../core/table';
import { appendLog, type LogLine } from '../activity-log';
import { openStoredForm } from '../form-store';
import { withDocumentLock } from '../lock';
import { remainingQuota, sendEmail, type SendOutcome } from '../mailer';
import type { Spreadsheet } from '../sheet-io';
import { UserFacingError } from '../user-facing-error';
import { checkAndWrite } from './check-registrations';

/** The parts of the documented spreadsheet form-submit event this handler reads. */
export interface SubmitEvent {
  range?: { getRow(): number };
  namedValues?: Record<string, string[]>;
}

const RESPONDENT_EMAIL_HEADERS = ['Địa chỉ email', 'Email Address', 'Email'];

export function onRegistrationSubmitAction(ss: Spreadsheet, event: SubmitEvent | undefined): void {
  const row = event?.range?.getRow() ?? 0;
  try {
    withDocumentLock(() => handle(ss, row, event?.namedValues ?? {}));
  } catch (error) {
    // A trigger has no one to show an error to: it goes to Nhật ký, in Vietnamese.
    const locked = error instanceof UserFacingError;
    const content = locked ? MSG.submitLocked(row) : MSG.unexpected(error instanceof Error ? error.message : String(error));
    appendLog(ss, [{ action: MSG.logSubmit, content, result: locked ? MSG.logPostponed : MSG.logFailed }], new Date());
  }
}

function handle(ss: Spreadsheet, row: number, namedValues: Record<string, string[]>): void {
  const now = new Date();
  const run = checkAndWrite(ss, now, false);
  const result = run.outcome.rows.get(row);
  const lines: LogLine[] = [];
  if (!result || !run.outcome.columns) {
    appendLog(ss, [{ action: MSG.logSubmit, content: MSG.submitChecked(row, '—'), result: MSG.logSkipped }], now);
    return;
  }
  const timeZone = ss.getSpreadsheetTimeZone();
  const id = run.idByRow.get(row) ?? '';
  const values = run.registrationValues[row - 1];
  const fingerprint = fingerprintRow(values, run.outcome.columns, timeZone);
  const props = PropertiesService.getDocumentProperties();
  const key = DOC_PROPERTY.receiptPrefix + id;
  const previous = parseRecord(props.getProperty(key));
  const unitName = result.unit?.name ?? cellText(answer(values, run.outcome.columns.answers, 'unit'));
  if (previous && sameFingerprint(previous.f, fingerprint)) {
    appendLog(ss, [{ action: MSG.logSubmit, unit: unitName, content: MSG.submitDuplicateEvent(row), result: MSG.logSkipped }], now);
    return;
  }
  lines.push({ action: MSG.logSubmit, unit: unitName, content: `${MSG.submitChecked(row, result.status)} ${result.reasons.join(' ')}`.trim(), result: MSG.logOk });

  const submittedAt = formatDateTimeVi(timestampOf(values, run.outcome.columns.answers, now), timeZone);
  const editUrl = editUrlOf(timestampOf(values, run.outcome.columns.answers, now));
  const content = planReceipt({
    unitName, title: result.title, registrationId: id, status: result.status, reasons: result.reasons,
    editUrl, changed: previous ? changedAnswers(previous.f, fingerprint, fingerprintTitles(run.outcome.columns)) : [],
    isEdit: Boolean(previous), contactUnit: run.outcome.settings.contactUnit, submittedAt,
  });
  const addresses = [...(result.unit?.emails ?? []), ...respondentEmail(namedValues)];
  const sent = sendEmail(content, addresses, {
    name: run.outcome.settings.issuingBody || run.outcome.settings.contactUnit, replyTo: run.outcome.settings.contactEmail,
  }, { left: remainingQuota() });
  lines.push(receiptLogLine(unitName, content.subject, sent));
  // The edit link is kept too: the milestone reminders (§13) give it for each row still missing a report.
  props.setProperty(key, JSON.stringify({ f: fingerprint, ...(editUrl ? { e: editUrl } : {}) } satisfies ReceiptRecord));
  appendLog(ss, lines, now);
}

function answer(values: readonly unknown[], answers: Partial<Record<AnswerKey, number>>, key: AnswerKey): unknown {
  const c = answers[key];
  return c === undefined ? '' : values[c];
}

/** The row's `Dấu thời gian` as Google wrote it (a Date), or `fallback`. */
function timestampOf(values: readonly unknown[], answers: Partial<Record<AnswerKey, number>>, fallback: Date): Date {
  const v = answer(values, answers, 'timestamp');
  return Object.prototype.toString.call(v) === '[object Date]' ? (v as Date) : fallback;
}

/** The edit link of the response submitted at `timestamp` (a few responses read, not all). */
function editUrlOf(timestamp: Date): string | undefined {
  const opened = openStoredForm();
  if (!opened) return undefined;
  const responses = opened.form.getResponses(new Date(timestamp.getTime() - 1000));
  const match = responses.find((r) => Math.abs(r.getTimestamp().getTime() - timestamp.getTime()) < 1000)
    ?? responses[responses.length - 1];
  return match?.getEditResponseUrl();
}

function respondentEmail(namedValues: Record<string, string[]>): string[] {
  for (const header of RESPONDENT_EMAIL_HEADERS) {
    const v = namedValues[header]?.[0];
    if (v && v.trim()) return [v.trim()];
  }
  return [];
}

function parseRecord(text: string | null): ReceiptRecord | undefined {
  if (!text) return undefined;
  try {
    const parsed = JSON.parse(text) as ReceiptRecord;
    return Array.isArray(parsed.f) ? parsed : undefined;
  } catch {
    return undefined;
  }
}

function receiptLogLine(unit: string, subject: string, sent: SendOutcome): LogLine {
  const invalidNote = sent.invalid.length && sent.status === 'sent' ? ` ${MSG.mailInvalidSome(sent.invalid)}` : '';
  switch (sent.status) {
    case 'sent': return { action: MSG.logReceipt, unit, content: `${subject}\n${MSG.mailSent(sent.to)}${invalidNote}`, result: MSG.logSent };
    case 'no-address': return { action: MSG.logReceipt, unit, content: `${subject}\n${MSG.mailNoAddress(sent.invalid)}`, result: MSG.logSkipped };
    case 'postponed': return { action: MSG.logReceipt, unit, content: `${subject}\n${MSG.mailPostponed()}`, result: MSG.logPostponed };
    default: return { action: MSG.logReceipt, unit, content: `${subject}\n${MSG.mailFailed(sent.error ?? '')}`, result: MSG.logFailed };
  }
}
