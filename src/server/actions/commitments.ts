/**
 * "Tạo bản cam kết thi đua" (sidebar; DESIGN.md §13–15, preset `dot-thi-dua`): one commitment
 * per unit that sent a valid `Cam kết` row, and the consolidated list, each one Drive import
 * in the year's folder, rewritten in place on a later run (same ids and links); one log line
 * per run. A plan without the `Cam kết` category gets a sentence saying so.
 */
import { planYear } from '../../core/documents/official-blocks';
import { buildCommitment, buildCommitmentList, commitmentItems, plansCommitments } from '../../core/documents/commitments';
import type { GeneratedDocument, ReportResult } from '../../core/dto';
import { MILESTONE_MSG, MSG } from '../../core/messages';
import { appendLog } from '../activity-log';
import { documentUrl } from '../documents/advanced-services';
import { documentKey, DocumentStore, unitKey } from '../documents/document-store';
import { docxFile } from '../documents/docx-upload';
import { withDocumentLock } from '../lock';
import type { Spreadsheet } from '../sheet-io';
import { UserFacingError } from '../user-facing-error';
import { readAndCheck } from './check-registrations';

export interface CommitmentsResult extends Omit<ReportResult, 'document' | 'newVersion'> { documents: GeneratedDocument[] }

export function generateCommitmentsAction(ss: Spreadsheet): CommitmentsResult {
  return withDocumentLock(() => {
    const now = new Date();
    const { outcome, registrations, timeZone } = readAndCheck(ss, now);
    if (!plansCommitments(outcome)) throw new UserFacingError(MILESTONE_MSG.noCommitmentPlan);
    const items = commitmentItems(outcome, registrations?.values ?? [], timeZone);
    const signed = items.filter((i) => i.row);
    if (!signed.length) throw new UserFacingError(MILESTONE_MSG.noCommitments);
    const year = planYear(outcome.settings, outcome.today);
    const store = new DocumentStore(year);
    const milestones = outcome.milestones.milestones;
    const documents: GeneratedDocument[] = [];
    const upload = (key: string, spec: ReturnType<typeof buildCommitment>, unit: string) => {
      const opened = store.upload(key, spec.name, docxFile(spec));
      documents.push({ kind: 'report', unit, name: spec.name, id: opened.id, url: documentUrl(opened.id), status: opened.status });
    };
    const list = buildCommitmentList(items, outcome.settings, outcome.today);
    upload(`${documentKey.report(year)}.commitments`, list, '');
    for (const item of signed) upload(`${documentKey.report(year)}.commitment.${unitKey(item.unit)}`, buildCommitment(item, outcome.settings, outcome.today, milestones), item.unit);
    const message = MILESTONE_MSG.commitmentsDone(signed.length, items.length - signed.length, documents[0].url);
    // Every document exactly as it was and nothing to say: no line (a run over nothing new stays quiet).
    if (store.notes.length || documents.some((d) => d.status !== 'unchanged')) {
      appendLog(ss, [{
        action: MILESTONE_MSG.commitmentsAction,
        content: [message, ...documents.map((d) => MSG.documentLine(d.name, d.status, d.url)), ...store.notes.map((n) => n.text)].join('\n'),
        result: store.notes.some((n) => n.warning) ? MSG.logWarn : MSG.logOk,
      }], now);
    }
    return {
      ok: true, message, documents, warnings: store.notes.filter((n) => n.warning).map((n) => n.text),
      links: documents.slice(0, 1).map((d) => ({ label: d.name, url: d.url })),
    };
  });
}
