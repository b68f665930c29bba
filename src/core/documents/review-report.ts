/**
 * The review report of a milestone (DESIGN.md §13, vn-recognition-format.md §7): after a
 * milestone's date, `Tạo báo cáo tổng hợp` writes its báo cáo sơ kết / tổng kết in the plan's
 * official format — I. results: who reported on time, late, not at all (rows and units, by
 * group and by field), the counts by `Đánh giá kết quả`, the rows judged `Xuất sắc`, the units
 * that did not report; II. what comes next; III. proposals; the footer. Every figure comes from
 * the same ProgressOutcome that writes `Tiến độ`, so the report says what the sheet says.
 */
import { EVALUATIONS, PROGRESS, type Evaluation } from '../contract';
import { compareDays, formatDayVi, type CalendarDay } from '../calendar-day';
import type { CheckOutcome } from '../check-workbook';
import type { Milestone } from '../milestones/milestone-sheet';
import type { RowProgress } from '../milestones/progress';
import { normalizeName } from '../names';
import type { Settings } from '../settings';
import { cellText } from '../table';
import { bodyParagraph, bodyStyled, dataTable, emptyParagraph, roman, type DataRow } from './block-builders';
import type { BlockSpec, DocumentSpec } from './document-spec';
import { DOC_TEXT, formatCount, formatPercent } from './document-text';
import { formatProfile, type FormatProfile } from './format-profile';
import { footerBlock, headerBlock, issuerNoun, officialDocument, planYear, titleBlock, withBodyEnd } from './official-blocks';

const NOT_JUDGED = 'Chưa đánh giá';

export const REVIEW_TEXT = {
  /** `Sơ kết …`, `Tổng kết …`, or the results of another milestone. */
  subject: (milestone: string, plan: string) => {
    const m = /^(sơ kết|tổng kết)/i.exec(milestone.trim());
    return m ? `${upper(m[1])} ${lowerPlan(plan)}` : `Kết quả thực hiện mốc "${milestone}" theo ${lowerPlan(plan)}`;
  },
  name: (milestone: string, date: string) => `${/^báo cáo\b/i.test(milestone.trim()) ? milestone.trim() : `Báo cáo ${milestone.trim().toLowerCase()}`} - ${date}`,
  opening: (plan: string, issuer: string, milestone: string, deadline: string) =>
    `Thực hiện ${plan}, căn cứ báo cáo của các đơn vị gửi về đến hạn ${deadline} (mốc "${milestone}"), ${issuer} báo cáo như sau:`,
  sectionResults: 'KẾT QUẢ TRIỂN KHAI, THỰC HIỆN',
  sectionNext: 'PHƯƠNG HƯỚNG, NHIỆM VỤ',
  sectionProposals: 'ĐỀ XUẤT, KIẾN NGHỊ',
  reportingHeading: '1. Tình hình gửi báo cáo',
  reportingSummary: (total: number, onTime: number, late: number, missing: number, column: string) =>
    `Tổng số ${formatCount(total)} nội dung đã được duyệt phải nộp "${column}": ${formatCount(onTime)} nội dung nộp đúng hạn, ${formatCount(late)} nội dung nộp trễ hạn, ${formatCount(missing)} nội dung chưa nộp (đã nộp ${formatPercent(onTime + late, total)}).`,
  unitsSummary: (units: number, done: number, missingUnits: number) =>
    `Số đơn vị phải báo cáo: ${formatCount(units)}; đã nộp đủ: ${formatCount(done)}; còn thiếu: ${formatCount(missingUnits)}.`,
  groupTitle: 'Tình hình gửi báo cáo theo khối',
  groupColumns: ['Khối', 'Số nội dung', 'Đúng hạn', 'Trễ hạn', 'Chưa nộp', 'Tỷ lệ đã nộp'],
  unitTitle: 'Tình hình gửi báo cáo của từng đơn vị',
  unitColumns: ['TT', 'Đơn vị', 'Khối', 'Đúng hạn', 'Trễ hạn', 'Chưa nộp'],
  evaluationHeading: '2. Kết quả đánh giá',
  evaluationSummary: (parts: string[], notJudged: number) =>
    `Kết quả đánh giá các nội dung: ${parts.join('; ')}${notJudged ? `; ${formatCount(notJudged)} nội dung chưa đánh giá` : ''}.`,
  evaluationPart: (label: string, n: number, total: number) => `${label.toLowerCase()} ${formatCount(n)} (${formatPercent(n, total)})`,
  evaluationColumns: ['Đánh giá', 'Số nội dung', 'Tỷ lệ'],
  fieldTitle: 'Kết quả theo lĩnh vực',
  fieldColumns: ['Lĩnh vực', 'Số nội dung', 'Đã nộp', 'Xuất sắc', 'Tốt', 'Đạt', 'Không đạt'],
  excellentHeading: '3. Các nội dung được đánh giá xuất sắc',
  excellentNone: 'Chưa có nội dung nào được đánh giá xuất sắc.',
  excellentColumns: ['TT', 'Đơn vị', 'Tên', 'Lĩnh vực'],
  missingHeading: '4. Các đơn vị chưa gửi báo cáo',
  missingNone: 'Tất cả các đơn vị đã gửi báo cáo.',
  missingColumns: ['TT', 'Đơn vị', 'Khối', 'Số nội dung chưa nộp'],
  missingNote: 'Việc chậm hoặc không gửi báo cáo được xem xét khi đánh giá, phân loại, bình xét thi đua cuối năm.',
  nextMilestone: (name: string, deadline: string, column: string) =>
    `- Các đơn vị tiếp tục tổ chức thực hiện, gửi "${column}" cho mốc "${name}" trước ngày ${deadline}.`,
  nextNone: '- Các đơn vị tiếp tục duy trì, nhân rộng các nội dung đạt kết quả tốt; khắc phục hạn chế đã chỉ ra.',
  nextFollow: (contact: string) => `- ${contact || 'Đơn vị đầu mối'} theo dõi, đôn đốc, tổng hợp kết quả, tham mưu sơ kết, tổng kết theo kế hoạch.`,
  proposalsIntro: 'Trên cơ sở kết quả trên, đề xuất:',
  proposalCommend: (n: number) => `- Xem xét biểu dương, khen thưởng ${formatCount(n)} nội dung được đánh giá xuất sắc (mục I.3).`,
  proposalChase: (n: number, contact: string) =>
    `- Yêu cầu ${formatCount(n)} đơn vị chưa gửi báo cáo khẩn trương hoàn thành${contact ? `, gửi về ${contact}` : ''}.`,
  proposalNoEvaluation: (n: number) => `- Hoàn thành đánh giá ${formatCount(n)} nội dung chưa được đánh giá.`,
  closing: (milestone: string, issuer: string) => `Trên đây là báo cáo ${milestone.toLowerCase().replace(/^báo cáo\s+/, '')} của ${issuer}.`,
} as const;

function upper(s: string): string { return s.charAt(0).toUpperCase() + s.slice(1).toLowerCase(); }
function lowerPlan(plan: string): string { return plan.charAt(0).toLowerCase() + plan.slice(1); }

export interface ReviewFigures {
  milestone: Milestone;
  total: number;
  onTime: number;
  late: number;
  missing: number;
  units: Array<{ unit: string; group: string; onTime: number; late: number; missing: number }>;
  groups: Array<{ group: string; total: number; onTime: number; late: number; missing: number }>;
  evaluations: Record<Evaluation | typeof NOT_JUDGED, number>;
  byField: Array<{ field: string; total: number; done: number } & Record<Evaluation, number>>;
  excellent: Array<{ unit: string; title: string; field: string; row: number }>;
}

/** The milestone to review on `today`: the latest one whose date has passed (undefined before the first). */
export function milestoneToReview(outcome: CheckOutcome, today: CalendarDay): Milestone | undefined {
  if (!outcome.progress.tracked) return undefined;
  const passed = outcome.progress.summaries.map((s) => s.milestone).filter((m) => compareDays(today, m.deadline) > 0);
  return passed[passed.length - 1];
}

export function reviewFigures(outcome: CheckOutcome, milestone: Milestone, values: readonly (readonly unknown[])[]): ReviewFigures {
  const i = outcome.progress.summaries.findIndex((s) => s.milestone.key === milestone.key);
  const rows = [...outcome.progress.rows.values()].sort((a, b) => a.row - b.row);
  const fieldColumn = outcome.columns?.roles.field;
  const fieldOf = (r: RowProgress) => (fieldColumn === undefined ? '' : cellText(values[r.row - 1]?.[fieldColumn]));
  const stateOf = (r: RowProgress) => r.states[i].state;
  const count = (list: RowProgress[]) => ({
    onTime: list.filter((r) => stateOf(r) === PROGRESS.done).length,
    late: list.filter((r) => stateOf(r) === PROGRESS.late).length,
    missing: list.filter((r) => stateOf(r) === PROGRESS.pending || stateOf(r) === PROGRESS.overdue).length,
  });
  const units: ReviewFigures['units'] = [];
  for (const u of outcome.units) {
    const own = rows.filter((r) => r.ranked.unit?.row === u.unit.row);
    if (own.length) units.push({ unit: u.unit.name, group: u.unit.groupName || DOC_TEXT.noGroup, ...count(own) });
  }
  const groupMap = new Map<string, RowProgress[]>();
  for (const r of rows) {
    const g = r.ranked.unit?.groupName || DOC_TEXT.noGroup;
    groupMap.set(g, [...(groupMap.get(g) ?? []), r]);
  }
  const evaluations = Object.fromEntries([...EVALUATIONS, NOT_JUDGED].map((e) => [e, 0])) as ReviewFigures['evaluations'];
  for (const r of rows) evaluations[r.evaluation ?? NOT_JUDGED]++;
  const fieldOrder = outcome.fields.length ? outcome.fields : [];
  const fieldMap = new Map<string, RowProgress[]>();
  for (const r of rows) {
    const typed = fieldOf(r);
    const known = fieldOrder.find((f) => normalizeName(f) === normalizeName(typed)) ?? (typed || DOC_TEXT.noGroup);
    fieldMap.set(known, [...(fieldMap.get(known) ?? []), r]);
  }
  const orderedFields = [...fieldOrder.filter((f) => fieldMap.has(f)), ...[...fieldMap.keys()].filter((f) => !fieldOrder.includes(f))];
  return {
    milestone,
    total: rows.length,
    ...count(rows),
    units,
    groups: [...groupMap.entries()].map(([group, list]) => ({ group, total: list.length, ...count(list) })),
    evaluations,
    byField: fieldColumn === undefined ? [] : orderedFields.map((field) => {
      const list = fieldMap.get(field)!;
      const c = count(list);
      const byEval = Object.fromEntries(EVALUATIONS.map((e) => [e, list.filter((r) => r.evaluation === e).length])) as Record<Evaluation, number>;
      return { field, total: list.length, done: c.onTime + c.late, ...byEval };
    }),
    excellent: rows.filter((r) => r.evaluation === 'Xuất sắc').map((r) => ({
      unit: r.ranked.unit?.name ?? '', title: r.ranked.title, field: fieldOf(r), row: r.row,
    })),
  };
}

function section(profile: FormatProfile, n: number, title: string): BlockSpec {
  return bodyStyled(profile, `${roman(n)}${profile.body.sectionNumberSuffix}${title}`, profile.body.sectionHeading, { keepWithNext: true });
}
function clause(profile: FormatProfile, text: string): BlockSpec {
  return bodyStyled(profile, text, profile.body.clauseHeading, { keepWithNext: true });
}
function caption(profile: FormatProfile, text: string): BlockSpec {
  return bodyParagraph(profile, text, { indent: false, align: 'center', italic: true, keepWithNext: true });
}

export function buildReviewReport(
  outcome: CheckOutcome, settings: Settings, today: CalendarDay, milestone: Milestone, values: readonly (readonly unknown[])[],
): DocumentSpec {
  const profile = formatProfile(settings.documentFamily);
  const year = planYear(settings, today);
  const issuer = issuerNoun(profile, settings);
  const plan = settings.planTitle.replace(/\s+/g, ' ').trim() || DOC_TEXT.defaultPlanTitle(year);
  const contact = settings.contactUnit.replace(/\s+/g, ' ').trim();
  const f = reviewFigures(outcome, milestone, values);
  const T = REVIEW_TEXT;
  const blocks: BlockSpec[] = [
    headerBlock(profile, settings, { typeCode: profile.typeCodes.report, date: today, year }),
    ...titleBlock(profile, DOC_TEXT.reportType, T.subject(milestone.name, plan)),
    bodyParagraph(profile, T.opening(plan, issuer, milestone.name, formatDayVi(milestone.deadline))),
    section(profile, 1, T.sectionResults),
    clause(profile, T.reportingHeading),
    bodyParagraph(profile, T.reportingSummary(f.total, f.onTime, f.late, f.missing, milestone.column)),
    bodyParagraph(profile, T.unitsSummary(f.units.length, f.units.filter((u) => u.missing === 0).length, f.units.filter((u) => u.missing > 0).length)),
    caption(profile, T.groupTitle),
    dataTable(profile, T.groupColumns, [
      ...f.groups.map((g): DataRow => ({ kind: 'item', cells: [g.group, String(g.total), String(g.onTime), String(g.late), String(g.missing), formatPercent(g.onTime + g.late, g.total)] })),
      { kind: 'item', bold: true, cells: [DOC_TEXT.total, String(f.total), String(f.onTime), String(f.late), String(f.missing), formatPercent(f.onTime + f.late, f.total)] },
    ], { fractions: [0.34, 0.13, 0.13, 0.13, 0.13, 0.14], align: ['left', 'center', 'center', 'center', 'center', 'center'] }),
    emptyParagraph(profile.body.size),
    caption(profile, T.unitTitle),
    dataTable(profile, T.unitColumns, f.units.map((u, n): DataRow => ({
      kind: 'item', cells: [String(n + 1), u.unit, u.group, String(u.onTime), String(u.late), String(u.missing)],
    })), { fractions: [0.07, 0.33, 0.27, 0.11, 0.11, 0.11], align: ['center', 'left', 'left', 'center', 'center', 'center'] }),
    emptyParagraph(profile.body.size),
    clause(profile, T.evaluationHeading),
    bodyParagraph(profile, T.evaluationSummary(EVALUATIONS.map((e) => T.evaluationPart(e, f.evaluations[e], f.total)), f.evaluations[NOT_JUDGED])),
    dataTable(profile, T.evaluationColumns, [...EVALUATIONS, NOT_JUDGED].map((e): DataRow => ({
      kind: 'item', cells: [e, String(f.evaluations[e as Evaluation]), formatPercent(f.evaluations[e as Evaluation], f.total)],
    })), { fractions: [0.5, 0.25, 0.25], align: ['left', 'center', 'center'] }),
    emptyParagraph(profile.body.size),
  ];
  if (f.byField.length) {
    blocks.push(caption(profile, T.fieldTitle));
    blocks.push(dataTable(profile, T.fieldColumns, f.byField.map((x): DataRow => ({
      kind: 'item', cells: [x.field, String(x.total), String(x.done), ...EVALUATIONS.map((e) => String(x[e]))],
    })), { fractions: [0.34, 0.11, 0.11, 0.11, 0.11, 0.11, 0.11], align: ['left', 'center', 'center', 'center', 'center', 'center', 'center'] }));
    blocks.push(emptyParagraph(profile.body.size));
  }
  blocks.push(clause(profile, T.excellentHeading));
  if (!f.excellent.length) blocks.push(bodyParagraph(profile, T.excellentNone));
  else {
    blocks.push(dataTable(profile, T.excellentColumns, f.excellent.map((x, n): DataRow => ({ kind: 'item', cells: [String(n + 1), x.unit, x.title, x.field] })),
      { fractions: [0.07, 0.28, 0.4, 0.25], align: ['center', 'left', 'left', 'left'] }));
    blocks.push(emptyParagraph(profile.body.size));
  }
  blocks.push(clause(profile, T.missingHeading));
  const missingUnits = f.units.filter((u) => u.missing > 0);
  if (!missingUnits.length) blocks.push(bodyParagraph(profile, T.missingNone));
  else {
    blocks.push(dataTable(profile, T.missingColumns, missingUnits.map((u, n): DataRow => ({ kind: 'item', cells: [String(n + 1), u.unit, u.group, String(u.missing)] })),
      { fractions: [0.07, 0.38, 0.35, 0.2], align: ['center', 'left', 'left', 'center'] }));
    blocks.push(emptyParagraph(profile.body.size));
    blocks.push(bodyParagraph(profile, T.missingNote));
  }
  blocks.push(section(profile, 2, T.sectionNext));
  const next = outcome.progress.summaries.map((s) => s.milestone).find((m) => compareDays(m.deadline, milestone.deadline) > 0);
  blocks.push(bodyParagraph(profile, next ? T.nextMilestone(next.name, formatDayVi(next.deadline), next.column) : T.nextNone));
  blocks.push(bodyParagraph(profile, T.nextFollow(contact)));
  blocks.push(section(profile, 3, T.sectionProposals));
  blocks.push(bodyParagraph(profile, T.proposalsIntro));
  if (f.excellent.length) blocks.push(bodyParagraph(profile, T.proposalCommend(f.excellent.length)));
  if (missingUnits.length) blocks.push(bodyParagraph(profile, T.proposalChase(missingUnits.length, contact)));
  if (f.evaluations[NOT_JUDGED]) blocks.push(bodyParagraph(profile, T.proposalNoEvaluation(f.evaluations[NOT_JUDGED])));
  blocks.push(bodyParagraph(profile, withBodyEnd(profile, T.closing(milestone.name, issuer))));
  blocks.push(emptyParagraph(profile.body.size));
  blocks.push(footerBlock(profile, settings));
  return officialDocument(profile, T.name(milestone.name, formatDayVi(today)), blocks);
}
