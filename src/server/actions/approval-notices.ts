/**
 * `Tạo thông báo phê duyệt` (DESIGN.md §5, issue 5): the rows marked `Đã duyệt` become one
 * consolidated notice and, on request, one notice per unit (its approved rows and its
 * `Yêu cầu bổ sung` rows with the reason), in the official format of `Khối văn bản` or in
 * the staff's template. Documents live in the year's Drive folder and are updated in place
 * on every run. Each row's links go to `Thông báo` (one write), each document to `Nhật ký`.
 * No approved row: a clear message and no document.
 *
 * A run stops starting documents once NOTICE_BUDGET_MS of Apps Script's 6 minutes are used,
 * records where it stopped and schedules a one-off trigger that continues (continuation.ts).
 */
import { planColumns } from '../../core/documents/item-columns';
import { APPROVAL, DOC_PROPERTY, NOTICE_HANDLER, NOTICE_TEMPLATE_KEY, SHEET } from '../../core/contract';
import { formatIsoDay } from '../../core/calendar-day';
import {
  approvalItems, buildApprovalNotice, buildUnitNotice, isEmptyNotice, noticeUnits, type ApprovalItem, type NoticeInput,
} from '../../core/documents/approval-notice';
import { planYear } from '../../core/documents/official-blocks';
import type { GeneratedDocument, NoticesResult } from '../../core/dto';
import { MSG } from '../../core/messages';
import { normalizeName } from '../../core/names';
import { appendLog, type LogLine } from '../activity-log';
import { documentUrl } from '../documents/advanced-services';
import { fingerprintOf, parseProgress, removeContinuationTriggers } from '../documents/continuation';
import { continueSeries, runSeries } from '../documents/document-series';
import { documentKey, DocumentStore } from '../documents/document-store';
import { configValues, documentValues, itemValues, type PlaceholderValues } from '../documents/placeholders';
import { docxFile } from '../documents/docx-upload';
import { loadTemplate, renderTemplate, unknownPlaceholders, type LoadedTemplate } from '../documents/template';
import { withDocumentLock } from '../lock';
import { readSheet, type Spreadsheet } from '../sheet-io';
import { checkAndWrite, readAndCheck } from './check-registrations';

/** Stop starting documents when this much of Apps Script's 6-minute limit is used. */
export const NOTICE_BUDGET_MS = 4.5 * 60 * 1000;

export interface NoticeRequest {
  /** Also one notice per unit. */
  perUnit: boolean;
  /** Run by the continuation trigger: continue the recorded series (with its choices). */
  continuation: boolean;
}

interface Job {
  kind: 'notice' | 'unitNotice';
  key: string;
  unit: string;
}

const isApproved = (i: ApprovalItem) => normalizeName(i.approval) === normalizeName(APPROVAL.approved);
const needsMore = (i: ApprovalItem) => normalizeName(i.approval) === normalizeName(APPROVAL.needsMore);
const sameUnit = (a: string, b: string) => normalizeName(a) === normalizeName(b);

function emptyResult(message: string, warnings: string[] = []): NoticesResult {
  return { ok: true, message, links: [], documents: [], complete: true, remaining: 0, warnings, unknownPlaceholders: [], template: false };
}

/** The items a document lists: every approved row (consolidated), or a unit's approved and `Yêu cầu bổ sung` rows. */
function itemsOf(job: Job, items: readonly ApprovalItem[]): ApprovalItem[] {
  if (job.kind === 'notice') return items.filter(isApproved);
  return items.filter((i) => sameUnit(i.unit, job.unit) && (isApproved(i) || needsMore(i)));
}

/** `Thông báo` of each row: the consolidated notice for approved rows, the unit's notice when there is one. */
function noticeLinks(items: readonly ApprovalItem[], store: DocumentStore, year: number, perUnit: boolean): Map<number, string> {
  const consolidated = store.record(documentKey.notice(year));
  const links = new Map<number, string>();
  for (const item of items) {
    const lines: string[] = [];
    if (isApproved(item) && consolidated) lines.push(documentUrl(consolidated.id));
    if (perUnit && (isApproved(item) || needsMore(item))) {
      const own = store.record(documentKey.unitNotice(year, item.unit));
      if (own) lines.push(documentUrl(own.id));
    }
    links.set(item.row, lines.join('\n'));
  }
  return links;
}

/** Writes the links into `Thông báo` in one setValues, only when something changed. */
function writeLinks(sheet: GoogleAppsScript.Spreadsheet.Sheet, values: readonly (readonly unknown[])[], column: number, links: Map<number, string>): void {
  if (values.length < 2) return;
  let changed = false;
  const block = values.slice(1).map((row, i) => {
    const current = row[column] ?? '';
    const next = links.has(i + 2) ? links.get(i + 2)! : current;
    if (String(next) !== String(current)) changed = true;
    return [next];
  });
  if (changed) sheet.getRange(2, column + 1, block.length, 1).setValues(block);
}

/** `Cấu hình` as placeholder values, and the staff's template when it names one (or why it cannot be used). */
function staffTemplate(ss: Spreadsheet, timeZone: string): { config: PlaceholderValues; template?: LoadedTemplate; warnings: string[] } {
  const warnings: string[] = [];
  const config = configValues(readSheet(ss, SHEET.config)?.values, timeZone);
  const link = config.get(normalizeName(NOTICE_TEMPLATE_KEY)) ?? '';
  if (!link.trim()) return { config, warnings };
  const { template, warning } = loadTemplate(link);
  if (warning) warnings.push(warning);
  if (template?.skipped.length) warnings.push(MSG.templateSkipped(template.skipped.join(', ')));
  return { config, template, warnings };
}

export function generateApprovalNoticesAction(ss: Spreadsheet, request: NoticeRequest): NoticesResult {
  return withDocumentLock(() => {
    const started = Date.now();
    const now = new Date();
    removeContinuationTriggers();
    let read = readAndCheck(ss, now);
    if (read.outcome.columns?.owned.notice === undefined && read.registrations?.values.length) {
      checkAndWrite(ss, now, false); // creates the add-in's missing columns, `Thông báo` among them
      read = readAndCheck(ss, now);
    }
    const { outcome, registrations, timeZone } = read;
    // A required column missing: the approvals cannot be read right, so nothing is made (and
    // the reason is the structure, not "no approved row").
    if (outcome.structureBroken) {
      const message = MSG.noticesBlocked(outcome.structureProblems);
      appendLog(ss, [{ action: MSG.logNotices, content: message, result: MSG.logWarn }], now);
      return emptyResult(message);
    }
    const { settings, today } = outcome;
    const year = planYear(settings, today);
    const items = registrations ? approvalItems(registrations.values, outcome.columns, outcome, timeZone) : [];
    const store = new DocumentStore(year);
    const progress = parseProgress(store.property(DOC_PROPERTY.noticeProgress));
    if (request.continuation && !progress) return emptyResult(MSG.noticesNothingToContinue);
    const perUnit = request.continuation && progress ? progress.perUnit : request.perUnit;

    const input: NoticeInput = { settings, items, today, fields: outcome.fields, columns: planColumns(outcome.questions, settings) };
    const consolidated = buildApprovalNotice(input);
    if (isEmptyNotice(consolidated)) {
      store.deleteProperty(DOC_PROPERTY.noticeProgress);
      appendLog(ss, [{ action: MSG.logNotices, content: consolidated.message, result: MSG.logWarn }], now);
      return emptyResult(consolidated.message);
    }

    const { config, template, warnings } = staffTemplate(ss, timeZone);

    const jobs: Job[] = [
      { kind: 'notice', key: documentKey.notice(year), unit: '' },
      ...(perUnit ? noticeUnits(items) : []).map((unit): Job => ({ kind: 'unitNotice', key: documentKey.unitNotice(year, unit), unit })),
    ];
    const fingerprint = fingerprintOf(JSON.stringify({
      perUnit, today: formatIsoDay(today), settings, template: template?.id ?? '', config: template ? [...config] : [],
      items: items.filter((i) => isApproved(i) || needsMore(i)),
    }));
    const documents: GeneratedDocument[] = [];
    const docLinks: Array<{ label: string; url: string }> = [];
    const unknown = new Set<string>();
    const lines: LogLine[] = [];
    const { start, next, complete } = runSeries(store, {
      progressKey: DOC_PROPERTY.noticeProgress, handler: NOTICE_HANDLER, fingerprint, total: jobs.length, started, budgetMs: NOTICE_BUDGET_MS, perUnit,
    }, (i) => {
      const job = jobs[i];
      const spec = job.kind === 'notice' ? consolidated : buildUnitNotice(input, job.unit);
      if (isEmptyNotice(spec)) return;
      const record = { ...(template ? { template: true } : {}), ...(job.unit ? { unit: job.unit } : {}) };
      let opened: { id: string; status: GeneratedDocument['status'] };
      if (template) {
        const doc = store.open(job.key, spec.name, { record });
        const listed = itemsOf(job, items);
        const values: PlaceholderValues = documentValues(config, { settings, today, items: listed, unit: job.unit || undefined });
        for (const u of unknownPlaceholders(template, values)) unknown.add(u);
        renderTemplate(doc.doc, doc.id, template, values, listed.map(itemValues));
        store.remember(job.key, { id: doc.id, ...record });
        opened = doc;
      } else {
        opened = store.upload(job.key, spec.name, docxFile(spec), { record });
      }
      const document: GeneratedDocument = {
        kind: job.kind, unit: job.unit, name: spec.name, id: opened.id, url: documentUrl(opened.id), status: opened.status,
      };
      documents.push(document);
      const label = job.kind === 'notice' ? MSG.noticeLabel : MSG.unitNoticeLabel(job.unit);
      docLinks.push({ label, url: document.url });
      // A document exactly as it was is not logged again: a second run over nothing new adds no line.
      if (document.status !== 'unchanged') {
        lines.push({ action: MSG.logNotices, unit: job.unit, content: MSG.documentLine(label, document.status, document.url), result: MSG.logOk });
      }
    });

    const column = outcome.columns?.owned.notice;
    if (registrations && column !== undefined) writeLinks(registrations.sheet, registrations.values, column, noticeLinks(items, store, year, perUnit));

    warnings.unshift(...store.notes.filter((n) => n.warning).map((n) => n.text));
    const news = store.notes.filter((n) => !n.warning).map((n) => n.text);
    const unknownList = [...unknown];
    if (unknownList.length) warnings.push(MSG.templateUnknown(unknownList));
    const count = (status: GeneratedDocument['status']) => documents.filter((d) => d.status === status).length;
    const head = complete
      ? MSG.noticesDone(documents.length, count('created'), count('updated'), count('recreated'), count('unchanged'))
      : MSG.noticesPartial(next, jobs.length - next);
    const resumed = start > 0 ? `${MSG.noticesResumed(start, jobs.length)} ` : '';
    const message = [resumed + head, ...news, ...(template ? [MSG.templateUsed(template.name)] : []), ...warnings].join(' ');
    const quiet = complete && !warnings.length && start === 0 && documents.every((d) => d.status === 'unchanged');
    if (!quiet) lines.push({ action: MSG.logNotices, content: message, result: warnings.length || !complete ? MSG.logWarn : MSG.logOk });
    if (lines.length) appendLog(ss, lines, now);
    return {
      ok: true, message, links: docLinks, documents, complete, remaining: jobs.length - next, warnings, unknownPlaceholders: unknownList,
      template: template !== undefined,
    };
  });
}

/**
 * The continuation trigger's run. If it cannot run (another action holds the lock), the
 * series is not left stalled: a new continuation is scheduled before the error is reported.
 */
export function continueNotices(ss: Spreadsheet): NoticesResult {
  return continueSeries(DOC_PROPERTY.noticeProgress, NOTICE_HANDLER, () => generateApprovalNoticesAction(ss, { perUnit: false, continuation: true }));
}

/** Menu `Tạo thông báo phê duyệt`: asks whether to add one notice per unit, then runs. */
export function generateNoticesFromMenu(ss: Spreadsheet): NoticesResult {
  const ui = SpreadsheetApp.getUi();
  const answer = ui.alert(MSG.logNotices, MSG.noticesPerUnitPrompt, ui.ButtonSet.YES_NO_CANCEL);
  if (answer === ui.Button.CANCEL || answer === ui.Button.CLOSE) return emptyResult(MSG.noticesCancelled);
  return generateApprovalNoticesAction(ss, { perUnit: answer === ui.Button.YES, continuation: false });
}
