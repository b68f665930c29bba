/**
 * "Tạo bản cam kết thi đua" (sidebar; DESIGN.md §13–15, preset `dot-thi-dua`): one commitment
 * per unit that sent a valid `Cam kết` row, and the consolidated list, each one Drive import
 * in the year's folder, rewritten in place on a later run (same ids and links); one log line
 * per run. A plan without the `Cam kết` category gets a sentence saying so. Hundreds of
 * units outlast Apps Script's 6 minutes: the run stops between two documents and a one-off
 * trigger continues it (document-series.ts), ending with the documents of one run.
 */
import { COMMITMENT_HANDLER, DOC_PROPERTY } from '../../core/contract';
import { formatIsoDay } from '../../core/calendar-day';
import { planYear } from '../../core/documents/official-blocks';
import { buildCommitment, buildCommitmentList, commitmentItems, plansCommitments } from '../../core/documents/commitments';
import type { GeneratedDocument, ReportResult } from '../../core/dto';
import { MILESTONE_MSG, MSG } from '../../core/messages';
import { appendLog } from '../activity-log';
import { documentUrl } from '../documents/advanced-services';
import { fingerprintOf, removeContinuationTriggers } from '../documents/continuation';
import { continueSeries, runSeries, seriesPending } from '../documents/document-series';
import { documentKey, DocumentStore, unitKey } from '../documents/document-store';
import { docxFile } from '../documents/docx-upload';
import { withDocumentLock } from '../lock';
import type { Spreadsheet } from '../sheet-io';
import { UserFacingError } from '../user-facing-error';
import { NOTICE_BUDGET_MS } from './approval-notices';
import { readAndCheck } from './check-registrations';

export interface CommitmentsResult extends Omit<ReportResult, 'document' | 'newVersion'> {
  documents: GeneratedDocument[];
  /** False when the run stopped at the time budget and its continuation will make the rest. */
  complete: boolean;
  remaining: number;
}

export function generateCommitmentsAction(ss: Spreadsheet, request: { continuation: boolean } = { continuation: false }): CommitmentsResult {
  return withDocumentLock(() => {
    const started = Date.now();
    const now = new Date();
    removeContinuationTriggers(COMMITMENT_HANDLER);
    const { outcome, registrations, timeZone } = readAndCheck(ss, now);
    const year = planYear(outcome.settings, outcome.today);
    const store = new DocumentStore(year);
    if (request.continuation && !seriesPending(store, DOC_PROPERTY.commitmentProgress)) {
      return { ok: true, message: MILESTONE_MSG.commitmentsNothingToContinue, documents: [], warnings: [], links: [], complete: true, remaining: 0 };
    }
    if (!plansCommitments(outcome)) throw new UserFacingError(MILESTONE_MSG.noCommitmentPlan);
    const items = commitmentItems(outcome, registrations?.values ?? [], timeZone);
    const signed = items.filter((i) => i.row);
    if (!signed.length) {
      store.deleteProperty(DOC_PROPERTY.commitmentProgress);
      throw new UserFacingError(MILESTONE_MSG.noCommitments);
    }
    const milestones = outcome.milestones.milestones;
    const listKey = `${documentKey.report(year)}.commitments`;
    const list = buildCommitmentList(items, outcome.settings, outcome.today);
    const jobs = [
      { key: listKey, unit: '', build: () => list },
      ...signed.map((item) => ({
        key: `${documentKey.report(year)}.commitment.${unitKey(item.unit)}`, unit: item.unit,
        build: () => buildCommitment(item, outcome.settings, outcome.today, milestones),
      })),
    ];
    const fingerprint = fingerprintOf(JSON.stringify({ today: formatIsoDay(outcome.today), settings: outcome.settings, items, milestones }));
    const documents: GeneratedDocument[] = [];
    const series = runSeries(store, {
      progressKey: DOC_PROPERTY.commitmentProgress, handler: COMMITMENT_HANDLER, fingerprint, total: jobs.length, started, budgetMs: NOTICE_BUDGET_MS,
    }, (i) => {
      const job = jobs[i];
      const spec = job.build();
      const opened = store.upload(job.key, spec.name, docxFile(spec));
      documents.push({ kind: 'report', unit: job.unit, name: spec.name, id: opened.id, url: documentUrl(opened.id), status: opened.status });
    });
    const listRecord = store.record(listKey);
    const listUrl = listRecord ? documentUrl(listRecord.id) : '';
    const head = series.complete
      ? MILESTONE_MSG.commitmentsDone(signed.length, items.length - signed.length, listUrl)
      : MILESTONE_MSG.commitmentsPartial(series.next, series.total - series.next);
    const message = (series.start > 0 ? `${MILESTONE_MSG.commitmentsResumed(series.start, series.total)} ` : '') + head;
    // Every document exactly as it was and nothing to say: no line (a run over nothing new stays quiet).
    if (store.notes.length || !series.complete || series.start > 0 || documents.some((d) => d.status !== 'unchanged')) {
      appendLog(ss, [{
        action: MILESTONE_MSG.commitmentsAction,
        content: [message, ...documents.map((d) => MSG.documentLine(d.name, d.status, d.url)), ...store.notes.map((n) => n.text)].join('\n'),
        result: store.notes.some((n) => n.warning) || !series.complete ? MSG.logWarn : MSG.logOk,
      }], now);
    }
    return {
      ok: true, message, documents, warnings: store.notes.filter((n) => n.warning).map((n) => n.text),
      links: listUrl ? [{ label: list.name, url: listUrl }] : [],
      complete: series.complete, remaining: series.total - series.next,
    };
  });
}

/** The continuation trigger's run of an interrupted series of commitments. */
export function continueCommitments(ss: Spreadsheet): CommitmentsResult {
  return continueSeries(DOC_PROPERTY.commitmentProgress, COMMITMENT_HANDLER, () => generateCommitmentsAction(ss, { continuation: true }));
}
