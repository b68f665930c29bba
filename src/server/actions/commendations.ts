/**
 * `Tạo hồ sơ khen thưởng` (DESIGN.md §14, issue 14): the valid rows of `Đăng ký` that carry a
 * `Hình thức khen thưởng` become the tờ trình of `Đơn vị đầu mối`, one decision per form with
 * its annex, and one Giấy khen per recipient, in the year's Drive folder, each made with ONE
 * Drive call by the .docx renderer (docx-upload.ts). Missing recognition columns are appended
 * first (the two staff columns and `Hồ sơ khen thưởng`); the check runs and writes each
 * refused row's reason into `Chi tiết`; the other rows' documents are still made.
 *
 * Same rules as the notices (approval-notices.ts): documents are remembered by a key of what
 * they are (the tờ trình, the decision of a form, the certificate of a recipient), so a
 * second run updates them in place (same ids and links); a run stops starting documents at
 * NOTICE_BUDGET_MS, records where, and a one-off trigger continues; each document is a line of
 * `Nhật ký`; each row's links go to `Hồ sơ khen thưởng` in one write.
 */
import { COMMENDATION_HANDLER, DOC_PROPERTY, RECOGNITION_COLUMN, RECOGNITION_HEADERS, SHEET } from '../../core/contract';
import { formatIsoDay } from '../../core/calendar-day';
import { buildCertificate } from '../../core/documents/recognition/certificate';
import { buildDecision } from '../../core/documents/recognition/decision';
import { goldBookNumbers, type DossierInput } from '../../core/documents/recognition/recognition-blocks';
import { buildSubmission, proposalsByForm } from '../../core/documents/recognition/submission';
import { planYear } from '../../core/documents/official-blocks';
import type { DocumentSpec } from '../../core/documents/document-spec';
import { MSG } from '../../core/messages';
import { normalizeName } from '../../core/names';
import { readProposals, type Proposal } from '../../core/recognition/proposals';
import type { CommendationDocument, CommendationsResult } from '../../core/recognition/recognition-dto';
import { readRecognitionSettings } from '../../core/recognition/recognition-settings';
import { RECOGNITION_MSG } from '../../core/recognition/recognition-text';
import { baseSalaryOn, legalFrameOn } from '../../core/recognition/rule-table';
import { formatDayVi } from '../../core/calendar-day';
import { indexHeaders } from '../../core/table';
import { appendLog, type LogLine } from '../activity-log';
import { documentUrl } from '../documents/advanced-services';
import { fingerprintOf, parseProgress, removeContinuationTriggers } from '../documents/continuation';
import { continueSeries, runSeries } from '../documents/document-series';
import { unitKey, DocumentStore } from '../documents/document-store';
import { docxFile } from '../documents/docx-upload';
import { withDocumentLock } from '../lock';
import { readSheet, type Sheet, type Spreadsheet } from '../sheet-io';
import { checkAndWrite } from './check-registrations';
import { NOTICE_BUDGET_MS } from './approval-notices';

/** Stop starting documents after this much of the 6 minutes (the notices' budget; tests lower it). */
export const COMMENDATION_BUDGET_MS = NOTICE_BUDGET_MS;

interface Job {
  kind: CommendationDocument['kind'];
  key: string;
  subject: string;
  build: () => DocumentSpec;
  /** The rows whose `Hồ sơ khen thưởng` links to this document. */
  rows: number[];
}

/** Property keys of a year's recognition documents. */
export const recognitionKey = {
  submission: (year: number) => `${DOC_PROPERTY.documentPrefix}${year}.khenthuong.totrinh`,
  decision: (year: number, form: string) => `${DOC_PROPERTY.documentPrefix}${year}.khenthuong.qd.${unitKey(form)}`,
  certificate: (year: number, p: Proposal) =>
    `${DOC_PROPERTY.documentPrefix}${year}.khenthuong.gk.${unitKey(`${p.form}|${p.kind}|${p.recipient}|${p.unit}`)}`,
};

function emptyResult(message: string, warnings: string[] = [], excluded = 0): CommendationsResult {
  return { ok: true, message, links: [], documents: [], complete: true, remaining: 0, proposals: 0, excluded, warnings };
}

/**
 * Appends the recognition columns `Đăng ký` lacks (one write of the header cells) and puts the
 * dropdown of `Cấu hình` › `Hình thức khen thưởng` on a new `Hình thức khen thưởng`. Returns the headers added.
 */
function ensureColumns(sheet: Sheet, header: readonly unknown[], forms: readonly string[]): string[] {
  const index = indexHeaders(header);
  const missing = RECOGNITION_HEADERS.filter((h) => index.columnOf(h) === undefined);
  if (!missing.length) return [];
  let width = header.length;
  while (width > 0 && String(header[width - 1] ?? '').trim() === '') width--;
  if (sheet.getMaxColumns() < width + missing.length) sheet.insertColumnsAfter(sheet.getMaxColumns(), width + missing.length - sheet.getMaxColumns());
  sheet.getRange(1, width + 1, 1, missing.length).setValues([missing]).setFontWeight('bold');
  const formAt = missing.indexOf(RECOGNITION_COLUMN.form);
  const rows = sheet.getMaxRows() - 1;
  if (formAt >= 0 && rows >= 1) {
    const rule = SpreadsheetApp.newDataValidation().requireValueInList([...forms], true).setAllowInvalid(true).build();
    sheet.getRange(2, width + 1 + formAt, rows, 1).setDataValidation(rule);
  }
  return missing;
}

/** Writes each row's links into `Hồ sơ khen thưởng` in one setValues, only when something changed. */
function writeLinks(sheet: Sheet, values: readonly (readonly unknown[])[], column: number, links: Map<number, string[]>): void {
  if (values.length < 2) return;
  let changed = false;
  const block = values.slice(1).map((row, i) => {
    const current = String(row[column] ?? '');
    const next = (links.get(i + 2) ?? []).join('\n');
    if (next !== current) changed = true;
    return [next];
  });
  if (changed) sheet.getRange(2, column + 1, block.length, 1).setValues(block);
}

export function generateCommendationsAction(ss: Spreadsheet, request: { continuation: boolean }): CommendationsResult {
  return withDocumentLock(() => {
    const started = Date.now();
    const now = new Date();
    removeContinuationTriggers(COMMENDATION_HANDLER);
    const config = readSheet(ss, SHEET.config);
    const timeZone = ss.getSpreadsheetTimeZone();
    const familyProbe = readRecognitionSettings(config?.values, timeZone, 'Chính quyền');
    const registrations = readSheet(ss, SHEET.registrations);
    const added = registrations && registrations.values.length
      ? ensureColumns(registrations.sheet, registrations.values[0], familyProbe.forms) : [];

    // The check (writes `Chi tiết` with the reasons of recognition, and the add-in's columns).
    const run = checkAndWrite(ss, now, false);
    const { outcome } = run;
    const values = run.registrationValues;
    if (outcome.structureBroken || outcome.questionsBroken) {
      appendLog(ss, [{ action: RECOGNITION_MSG.log, content: RECOGNITION_MSG.structureBroken, result: MSG.logWarn }], now);
      return emptyResult(RECOGNITION_MSG.structureBroken);
    }
    const { settings, today } = outcome;
    const recognition = readRecognitionSettings(config?.values, timeZone, settings.documentFamily);
    const reading = readProposals(values, outcome, recognition);
    const year = planYear(settings, today);
    const store = new DocumentStore(year);
    const warnings = [...recognition.problems];
    const decisionDay = reading.decisionDay;
    if (reading.proposals.length && !baseSalaryOn(decisionDay, undefined, recognition.extraSalary)) warnings.push(RECOGNITION_MSG.noBaseSalary(formatDayVi(decisionDay)));
    const progress = parseProgress(store.property(DOC_PROPERTY.commendationProgress));
    if (request.continuation && !progress) return emptyResult(RECOGNITION_MSG.nothingToContinue);
    if (!reading.proposals.length) {
      store.deleteProperty(DOC_PROPERTY.commendationProgress);
      const message = [added.length ? RECOGNITION_MSG.missingColumnsAdded(added) : RECOGNITION_MSG.nothing, ...warnings].join(' ');
      appendLog(ss, [{ action: RECOGNITION_MSG.log, content: message, result: MSG.logWarn }], now);
      if (registrations && reading.columns.dossier !== undefined) writeLinks(registrations.sheet, values, reading.columns.dossier, new Map());
      return emptyResult(message, warnings, reading.excludedRows.length);
    }

    const input: DossierInput = {
      settings, recognition, proposals: reading.proposals, decisionDay, dated: recognition.decisionDate !== undefined,
      frame: legalFrameOn(decisionDay), year,
    };
    const gold = goldBookNumbers(reading.proposals);
    const jobs: Job[] = [{
      kind: 'submission', key: recognitionKey.submission(year), subject: '', build: () => buildSubmission(input),
      rows: reading.proposals.map((p) => p.row),
    }];
    for (const { form, proposals } of proposalsByForm(input)) {
      jobs.push({ kind: 'decision', key: recognitionKey.decision(year, form), subject: form, build: () => buildDecision(input, form, proposals), rows: proposals.map((p) => p.row) });
    }
    const certified = reading.proposals.filter((p) => normalizeName(p.form) === normalizeName('Giấy khen'));
    for (const p of [...certified].sort((a, b) => gold.get(a.row)! - gold.get(b.row)!)) {
      jobs.push({ kind: 'certificate', key: recognitionKey.certificate(year, p), subject: p.recipient, build: () => buildCertificate(input, p, gold.get(p.row)!), rows: [p.row] });
    }

    const fingerprint = fingerprintOf(JSON.stringify({ today: formatIsoDay(today), settings, recognition: { ...recognition, kindByCategory: [...recognition.kindByCategory] }, proposals: reading.proposals }));
    const documents: CommendationDocument[] = [];
    const lines: LogLine[] = [];
    const { start, next, complete } = runSeries(store, {
      progressKey: DOC_PROPERTY.commendationProgress, handler: COMMENDATION_HANDLER, fingerprint, total: jobs.length, started,
      budgetMs: COMMENDATION_BUDGET_MS,
    }, (i) => {
      const job = jobs[i];
      const spec = job.build();
      const uploaded = store.upload(job.key, spec.name, docxFile(spec));
      const doc: CommendationDocument = { kind: job.kind, subject: job.subject, name: spec.name, id: uploaded.id, url: documentUrl(uploaded.id), status: uploaded.status };
      documents.push(doc);
      if (doc.status !== 'unchanged') {
        lines.push({ action: RECOGNITION_MSG.log, unit: job.subject, content: MSG.documentLine(labelOf(job), doc.status, doc.url), result: MSG.logOk });
      }
    });

    // `Hồ sơ khen thưởng`: the links of every document of the row that exists (made now or by an earlier run).
    const dossierColumn = indexHeaders(values[0] ?? []).columnOf(RECOGNITION_COLUMN.dossier);
    if (registrations && dossierColumn !== undefined) {
      const links = new Map<number, string[]>();
      for (const job of jobs) {
        const record = store.record(job.key);
        if (!record) continue;
        for (const row of job.rows) links.set(row, [...(links.get(row) ?? []), documentUrl(record.id)]);
      }
      writeLinks(registrations.sheet, values, dossierColumn, links);
    }

    warnings.unshift(...store.notes.filter((n) => n.warning).map((n) => n.text));
    const news = store.notes.filter((n) => !n.warning).map((n) => n.text);
    const head = complete
      ? RECOGNITION_MSG.done(jobs.length, reading.proposals.length, reading.excludedRows.length)
      : RECOGNITION_MSG.partial(next, jobs.length - next);
    const resumed = start > 0 ? `${RECOGNITION_MSG.resumed(start, jobs.length)} ` : '';
    const message = [resumed + head, ...news, ...warnings].join(' ');
    // Nothing new (every document as it was, nothing to warn about): no line, as for the notices.
    const quiet = complete && !warnings.length && start === 0 && documents.every((d) => d.status === 'unchanged');
    if (!quiet) lines.push({ action: RECOGNITION_MSG.log, content: message, result: warnings.length || !complete ? MSG.logWarn : MSG.logOk });
    if (lines.length) appendLog(ss, lines, now);
    return {
      ok: true, message, links: documents.map((d) => ({ label: labelOf(d), url: d.url })), documents, complete,
      remaining: jobs.length - next, proposals: reading.proposals.length, excluded: reading.excludedRows.length, warnings,
    };
  });
}

function labelOf(d: { kind: CommendationDocument['kind']; subject: string }): string {
  if (d.kind === 'submission') return RECOGNITION_MSG.submissionLabel;
  if (d.kind === 'decision') return RECOGNITION_MSG.decisionLabel(d.subject);
  return RECOGNITION_MSG.certificateLabel(d.subject);
}

/** The continuation trigger's run; if the lock is busy, a new continuation is scheduled first. */
export function continueCommendations(ss: Spreadsheet): CommendationsResult {
  return continueSeries(DOC_PROPERTY.commendationProgress, COMMENDATION_HANDLER, () => generateCommendationsAction(ss, { continuation: true }));
}
