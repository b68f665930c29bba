/**
 * `Tạo báo cáo tổng hợp` (DESIGN.md §7, issue 6): one click, one Google Doc in the official
 * format of `Khối văn bản`, built from the same check the sheets show, in the year's Drive
 * folder; its link goes back to the sidebar and to `Nhật ký`.
 *
 * Versions: a report states the figures of its day. Running it again on the same day updates
 * that day's report in place (same document, same link); on another day it makes a new
 * document named with that day, and the earlier reports stay as they were (a dated record
 * of how registration went). Only the latest report is remembered, in the document
 * properties with its day.
 */
import { formatDayVi, formatIsoDay } from '../../core/calendar-day';
import { planYear } from '../../core/documents/official-blocks';
import { buildSummaryReport } from '../../core/documents/summary-report';
import type { GeneratedDocument, ReportResult } from '../../core/dto';
import { MSG } from '../../core/messages';
import { appendLog } from '../activity-log';
import { documentUrl } from '../documents/advanced-services';
import { documentKey, DocumentStore } from '../documents/document-store';
import { docxFile } from '../documents/docx-upload';
import { withDocumentLock } from '../lock';
import type { Spreadsheet } from '../sheet-io';
import { readAndCheck } from './check-registrations';
import { milestoneToReview } from '../../core/documents/review-report';
import { generateReviewReport } from './review-report';

export function generateSummaryReportAction(ss: Spreadsheet): ReportResult {
  return withDocumentLock(() => {
    const now = new Date();
    const { outcome, registrations, timeZone } = readAndCheck(ss, now);
    const { settings, today } = outcome;
    // After a milestone's date: that milestone's review report (DESIGN.md §13).
    const reviewed = milestoneToReview(outcome, today);
    if (reviewed && registrations) return generateReviewReport(ss, outcome, reviewed, registrations.values, now);
    const year = planYear(settings, today);
    const spec = buildSummaryReport(outcome, settings, today,
      registrations ? { values: registrations.values, columns: outcome.columns, timeZone } : undefined);

    const store = new DocumentStore(year);
    const key = documentKey.report(year);
    const day = formatIsoDay(today);
    const sameDay = store.record(key)?.day === day;
    const opened = store.upload(key, spec.name, docxFile(spec), { fresh: !sameDay, record: { day } });

    const document: GeneratedDocument = {
      kind: 'report', unit: '', name: spec.name, id: opened.id, url: documentUrl(opened.id), status: opened.status,
    };
    const dayText = formatDayVi(today);
    const newVersion = opened.status === 'created' || opened.status === 'recreated';
    const head = newVersion ? MSG.reportCreated(dayText, document.url) : MSG.reportUpdated(dayText, document.url);
    const warnings = store.notes.filter((n) => n.warning).map((n) => n.text);
    const notes = store.notes.map((n) => n.text);
    const message = [head, ...notes].join(' ');
    // The same report as earlier today is not logged again.
    if (opened.status !== 'unchanged') appendLog(ss, [{
      action: MSG.logReport,
      content: `${MSG.documentLine(MSG.reportLabel(dayText), document.status, document.url)}${notes.length ? `\n${notes.join('\n')}` : ''}`,
      result: warnings.length ? MSG.logWarn : MSG.logOk,
    }], now);
    return { ok: true, message, links: [{ label: MSG.reportLabel(dayText), url: document.url }], document, newVersion, warnings };
  });
}
