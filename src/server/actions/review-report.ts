/**
 * The review report of a milestone (DESIGN.md §13): `Tạo báo cáo tổng hợp` after a
 * milestone's date writes that milestone's báo cáo sơ kết / tổng kết instead of the
 * registration report — one document, one Drive import, in the year's folder; the same day
 * updates it in place, another day makes a new dated version (as the summary report does).
 */
import { formatDayVi, formatIsoDay } from '../../core/calendar-day';
import type { CheckOutcome } from '../../core/check-workbook';
import { planYear } from '../../core/documents/official-blocks';
import { buildReviewReport } from '../../core/documents/review-report';
import type { GeneratedDocument, ReportResult } from '../../core/dto';
import { MILESTONE_MSG, MSG } from '../../core/messages';
import { milestoneKeyPart } from '../../core/milestones/milestone-reminders';
import type { Milestone } from '../../core/milestones/milestone-sheet';
import { appendLog } from '../activity-log';
import { documentUrl } from '../documents/advanced-services';
import { documentKey, DocumentStore } from '../documents/document-store';
import { docxFile } from '../documents/docx-upload';
import type { Spreadsheet } from '../sheet-io';

/** Call under the document lock. */
export function generateReviewReport(ss: Spreadsheet, outcome: CheckOutcome, milestone: Milestone, values: unknown[][], now: Date): ReportResult {
  const { settings, today } = outcome;
  const year = planYear(settings, today);
  const spec = buildReviewReport(outcome, settings, today, milestone, values);
  const store = new DocumentStore(year);
  const key = `${documentKey.report(year)}.${milestoneKeyPart(milestone.name)}`;
  const day = formatIsoDay(today);
  const sameDay = store.record(key)?.day === day;
  const opened = store.upload(key, spec.name, docxFile(spec), { fresh: !sameDay, record: { day } });
  const label = MILESTONE_MSG.reviewLabel(milestone.name, formatDayVi(today));
  const document: GeneratedDocument = { kind: 'report', unit: '', name: spec.name, id: opened.id, url: documentUrl(opened.id), status: opened.status };
  const newVersion = opened.status === 'created' || opened.status === 'recreated';
  const notes = store.notes.map((n) => n.text);
  const warnings = store.notes.filter((n) => n.warning).map((n) => n.text);
  const head = MILESTONE_MSG.reviewDone(newVersion, label, document.url);
  // The same report as earlier today is not logged again.
  if (opened.status !== 'unchanged') appendLog(ss, [{
    action: MSG.logReport,
    content: `${MSG.documentLine(label, document.status, document.url)}${notes.length ? `\n${notes.join('\n')}` : ''}`,
    result: warnings.length ? MSG.logWarn : MSG.logOk,
  }], now);
  return { ok: true, message: [head, ...notes].join(' '), links: [{ label, url: document.url }], document, newVersion, warnings };
}
