/**
 * What the summary report says about the figures (issue 11, defect 3): the table of valid
 * registrations by field and by group with their shares (in place of the former text bar
 * chart: a signer signs figures, not bars), the `Đánh giá chung` as strengths, limitations
 * and their causes — each sentence written only when the figures support it (a unit whose
 * deadline has not passed is not blamed) — and the
 * proposals of section III, addressed to the superior body named by `Cơ quan cấp trên`
 * (a report does not ask its own signer to approve), followed by what the issuer will
 * direct next. Pure.
 */
import { ROW_STATUS, UNIT_STATUS } from '../contract';
import type { Settings } from '../settings';
import { bodyParagraph, dataTable, emptyParagraph, type DataRow } from './block-builders';
import type { BlockSpec } from './document-spec';
import { DEFAULT_WORDS, DOC_TEXT, formatPercent, formatRatio , planWords, type PlanWords } from './document-text';
import type { FormatProfile } from './format-profile';
import type { ReportFigures } from './summary-report';
import { TABLE_LAYOUT } from './table-layout';

/** The table of valid registrations by field and by group: count and share of the total. */
export function figuresTable(profile: FormatProfile, f: ReportFigures, w: PlanWords = DEFAULT_WORDS): BlockSpec[] {
  const groups = f.groups.filter((g) => g.validItems > 0);
  if (!f.validItems || (!f.byField.length && !groups.length)) return [];
  const rows: DataRow[] = [];
  const line = (label: string, count: number): DataRow => ({ kind: 'item', cells: [label, String(count), formatPercent(count, f.validItems)] });
  if (f.byField.length) {
    rows.push({ kind: 'item', bold: true, cells: [DOC_TEXT.figuresByField, '', ''] });
    for (const x of f.byField) rows.push(line(x.field, x.count));
  }
  if (groups.length) {
    rows.push({ kind: 'item', bold: true, cells: [DOC_TEXT.figuresByGroup, '', ''] });
    for (const g of groups) rows.push(line(g.group, g.validItems));
  }
  rows.push({ kind: 'item', bold: true, cells: [DOC_TEXT.total, String(f.validItems), '100%'] });
  return [
    bodyParagraph(profile, DOC_TEXT.figuresTitle(w), { indent: false, align: 'center', italic: true, keepWithNext: true }),
    dataTable(profile, DOC_TEXT.figuresColumns, rows, TABLE_LAYOUT.figures),
    emptyParagraph(profile.body.size),
  ];
}

/**
 * `Đánh giá chung`: a leading verdict (the former evaluation's first sentence), then
 * strengths, limitations and causes as dashed lines under their lead words.
 */
export function assessment(
  f: ReportFigures, verdict: string, rowsChecked: number, fieldsOfPlan: number, today: string,
): Array<{ text: string; lead?: boolean }> {
  if (!f.expected) return [{ text: DOC_TEXT.evalNoUnits }];
  const out: Array<{ text: string; lead?: boolean }> = [{ text: verdict }];
  if (!rowsChecked) out.push({ text: DOC_TEXT.noRegistrationsYet });
  const late = f.unitStatus[UNIT_STATUS.late];
  const notRegistered = f.unitStatus[UNIT_STATUS.notRegistered];
  const notYet = f.unitStatus[UNIT_STATUS.notYet];
  const needsFix = f.rowStatus[ROW_STATUS.needsFix];
  const duplicate = f.rowStatus[ROW_STATUS.duplicate];
  const overQuota = f.rowStatus[ROW_STATUS.overQuota];

  const strengths: string[] = [];
  if (f.registered * 5 >= f.expected * 4) strengths.push(DOC_TEXT.strengthOverall(formatRatio(f.registered, f.expected), formatPercent(f.registered, f.expected), f.unitStatus[UNIT_STATUS.onTime]));
  const complete = f.groups.filter((g) => g.expected > 0 && g.registered === g.expected).map((g) => g.group);
  if (complete.length && complete.length < f.groups.length) strengths.push(DOC_TEXT.strengthCompleteGroups(complete));
  if (f.validItems) strengths.push(DOC_TEXT.strengthItems(f.validItems, f.byField.length, fieldsOfPlan > 0 && f.byField.length >= fieldsOfPlan));
  if (rowsChecked && !needsFix && !duplicate && !overQuota) strengths.push(DOC_TEXT.strengthQuality);
  if (strengths.length) out.push({ text: DOC_TEXT.strengthsLead, lead: true }, ...strengths.map((text) => ({ text })));

  const limitations: string[] = [];
  // Before a unit's deadline it is not behind: only units whose deadline passed count here.
  const behind = f.groups
    .filter((g) => g.expected > 0 && g.registered + g.notYet < g.expected)
    .sort((a, b) => a.registered / a.expected - b.registered / b.expected)
    .map((g) => DOC_TEXT.behindGroup(g.group, formatRatio(g.registered, g.expected), formatPercent(g.registered, g.expected)));
  if (behind.length) limitations.push(DOC_TEXT.limitationGroups(behind));
  const units = DOC_TEXT.limitationUnits(late, notRegistered);
  if (units) limitations.push(units);
  const quality = DOC_TEXT.limitationQuality(needsFix, duplicate, overQuota);
  if (quality) limitations.push(quality);
  if (limitations.length) out.push({ text: DOC_TEXT.limitationsLead, lead: true }, ...limitations.map((text) => ({ text })));
  if (notYet) out.push({ text: DOC_TEXT.notYetNote(notYet, today) });

  const causes: string[] = [];
  if (late || notRegistered) causes.push(DOC_TEXT.causeAttention);
  if (needsFix || duplicate || overQuota) causes.push(DOC_TEXT.causeGuidance);
  if (behind.length && (late || notRegistered)) causes.push(DOC_TEXT.causeFollowUp);
  if (causes.length) out.push({ text: DOC_TEXT.causesLead, lead: true }, ...causes.map((text) => ({ text })));
  return out;
}

/** Section III: proposals to the superior body, then what the issuer directs next. */
export function proposals(profile: FormatProfile, settings: Settings, f: ReportFigures, issuer: string, contact: string): BlockSpec[] {
  const superior = DOC_TEXT.superiorNoun(profile.family, settings.superiorBody);
  const w = planWords(settings.itemNoun);
  const blocks: BlockSpec[] = [
    bodyParagraph(profile, DOC_TEXT.proposalsToSuperior(superior)),
    bodyParagraph(profile, DOC_TEXT.proposalGuidance(w)),
    bodyParagraph(profile, DOC_TEXT.proposalCommend(w)),
    bodyParagraph(profile, DOC_TEXT.nextStepsLead(issuer)),
  ];
  if (f.validItems) blocks.push(bodyParagraph(profile, DOC_TEXT.nextStepSelect(f.validItems)));
  const incomplete = f.expected - f.registered;
  if (incomplete > 0) blocks.push(bodyParagraph(profile, DOC_TEXT.nextStepChase(incomplete, contact)));
  blocks.push(bodyParagraph(profile, DOC_TEXT.nextStepFollowUp(contact)));
  return blocks;
}
