/**
 * The approval notices as DocumentSpec (DESIGN.md §5, vn-document-format.md §3a): the
 * consolidated notice `THÔNG BÁO` / `Về việc thống nhất lựa chọn mô hình, phong trào, việc
 * làm điển hình tiên tiến năm <Năm>` listing every row whose `Trạng thái phê duyệt` is
 * `Đã duyệt`, grouped by `Khối` then unit, with the counts by type and by field, the
 * follow-up duties and the footer; and the optional per-unit notice that also lists the
 * unit's `Yêu cầu bổ sung` rows with the reason from `Ý kiến phê duyệt`. Nothing to notify
 * gives `{ empty: true, message }`, never an empty document. Issued unnumbered by default
 * (the văn thư writes the number), dated `today`.
 */
import { APPROVAL, DEFAULT_TIME_ZONE } from '../contract';
import { formatDayVi, type CalendarDay } from '../calendar-day';
import type { CheckOutcome } from '../check-workbook';
import { normalizeName } from '../names';
import type { RegistrationColumns } from '../registration-columns';
import type { Settings } from '../settings';
import { bodyParagraph, bodyStyled, dataTable, emptyParagraph, roman, type DataRow } from './block-builders';
import type { BlockSpec, DocumentSpec } from './document-spec';
import { DOC_TEXT, formatCount , planWords } from './document-text';
import { formatProfile, type FormatProfile } from './format-profile';
import {
  footerBlock, headerBlock, issuerNoun, officialDocument, planYear, titleBlock, withBodyEnd,
} from './official-blocks';
import { countByField, kindsText } from './item-counts';
import { buildCompletionNotice, completionDeadline, completionTable } from './completion-notice';
import { planCitation } from './plan-citation';
import { recipientsOf } from './recipients';
import { DEFAULT_PLAN_COLUMNS, listColumns, listedOf, listLayout, type ListedItem, type PlanColumns } from './item-columns';
import { readRegistrationDetails } from './registration-details';

/** One registration as the notices need it (the server reads the approval columns). */
export interface ApprovalItem {
  /** 1-based sheet row of `Đăng ký`. */
  row: number;
  registrationId: string;
  unit: string;
  /** `Khối` of the unit ('' when unknown). */
  group: string;
  title: string;
  type: string;
  field: string;
  start: CalendarDay | undefined;
  end: CalendarDay | undefined;
  /** `Trạng thái phê duyệt`: `Đã duyệt`, `Yêu cầu bổ sung`, … */
  approval: string;
  /** `Ý kiến phê duyệt`. */
  comment: string;
  /** The text of the plan's own questions, by normalised title (the columns of `Cột trong danh sách`). */
  extra?: Record<string, string>;
}

export interface NoticeInput {
  /** The plan's list columns (item-columns.ts); default: those of DESIGN §3.5. */
  columns?: PlanColumns;
  settings: Settings;
  /** The rows, in the order the notice lists them (approvalItems gives roster order). */
  items: readonly ApprovalItem[];
  /** The issue date of the date line. */
  today: CalendarDay;
  /** The order of `Lĩnh vực` for the counts by field (first appearance otherwise). */
  fields?: readonly string[];
  /** The document number once the văn thư has given one; unnumbered by default. */
  number?: number;
  /** An undated draft (`ngày      tháng      năm …`) instead of today's date. */
  undated?: boolean;
}

/** No document: nothing to notify, with the Vietnamese sentence to show. */
export interface EmptyNotice {
  empty: true;
  message: string;
}

export type NoticeResult = DocumentSpec | EmptyNotice;

export function isEmptyNotice(result: NoticeResult): result is EmptyNotice {
  return (result as EmptyNotice).empty === true;
}

/**
 * The approval items of `Đăng ký`: `values` with the header row, `columns` from
 * `locateRegistrationColumns`, `outcome` from `checkWorkbook` on the same values. Every
 * checked row, whatever its approval; in roster order, a unit's rows in sheet order.
 */
export function approvalItems(
  values: readonly (readonly unknown[])[],
  columns: RegistrationColumns | undefined,
  outcome: CheckOutcome,
  timeZone: string = DEFAULT_TIME_ZONE,
): ApprovalItem[] {
  return readRegistrationDetails(values, columns, outcome, timeZone).map((d) => ({
    row: d.row, registrationId: d.registrationId, unit: d.unit, group: d.group, title: d.title, type: d.type,
    field: d.field, start: d.start, end: d.end, approval: d.approval, comment: d.comment, extra: d.extra,
  }));
}

const isApproved = (item: ApprovalItem) => normalizeName(item.approval) === normalizeName(APPROVAL.approved);
const needsMore = (item: ApprovalItem) => normalizeName(item.approval) === normalizeName(APPROVAL.needsMore);

/** The units that get a per-unit notice (approved or `Yêu cầu bổ sung` rows), in item order. */
export function noticeUnits(items: readonly ApprovalItem[]): string[] {
  const seen = new Map<string, string>();
  for (const item of items) {
    if ((isApproved(item) || needsMore(item)) && !seen.has(normalizeName(item.unit))) seen.set(normalizeName(item.unit), item.unit);
  }
  return [...seen.values()];
}

/** An item as a list shows it, with its number and (in the consolidated list) its unit cell. */
interface Listed extends ListedItem {
  number: string;
  unitCell: string;
}


/** Items grouped by `Khối` then unit, both in order of first appearance. */
function groupByGroupAndUnit(items: readonly ApprovalItem[]): Array<{ group: string; units: Array<{ unit: string; items: ApprovalItem[] }> }> {
  const groups = new Map<string, { group: string; units: Map<string, { unit: string; items: ApprovalItem[] }> }>();
  for (const item of items) {
    const gKey = normalizeName(item.group);
    if (!groups.has(gKey)) groups.set(gKey, { group: item.group || DOC_TEXT.noGroup, units: new Map() });
    const units = groups.get(gKey)!.units;
    const uKey = normalizeName(item.unit);
    if (!units.has(uKey)) units.set(uKey, { unit: item.unit, items: [] });
    units.get(uKey)!.items.push(item);
  }
  return [...groups.values()].map((g) => ({ group: g.group, units: [...g.units.values()] }));
}

function header(profile: FormatProfile, input: NoticeInput, year: number): BlockSpec {
  return headerBlock(profile, input.settings, {
    typeCode: profile.typeCodes.notice, number: input.number, date: input.undated ? undefined : input.today, year,
  });
}

function planOf(settings: Settings, year: number): string {
  return settings.planTitle.replace(/\s+/g, ' ').trim() || DOC_TEXT.defaultPlanTitle(year, planWords(settings.itemNoun));
}

/** What both notices derive from the settings: format profile, plan year, issuer, plan, contact unit. */
function noticeContext(input: NoticeInput) {
  const { settings } = input;
  const profile = formatProfile(settings.documentFamily);
  const year = planYear(settings, input.today);
  return {
    settings, profile, year,
    issuer: issuerNoun(profile, settings),
    plan: planCitation(profile, settings, planOf(settings, year)),
    contact: settings.contactUnit.replace(/\s+/g, ' ').trim(),
    w: planWords(settings.itemNoun),
  };
}

/** The consolidated notice of every `Đã duyệt` row, or a message when there is none. */
export function buildApprovalNotice(input: NoticeInput): NoticeResult {
  const approved = input.items.filter(isApproved);
  if (!approved.length) return { empty: true, message: DOC_TEXT.noApprovedItems(APPROVAL.approved) };
  const { settings, profile, year, issuer, plan, contact, w } = noticeContext(input);
  const addressees = DOC_TEXT.addressees(profile.family);

  const blocks: BlockSpec[] = [header(profile, input, year), ...titleBlock(profile, DOC_TEXT.noticeType, DOC_TEXT.noticeSubject(year, w))];
  if (!profile.body.groundsAsLines) {
    blocks.push(bodyParagraph(profile, DOC_TEXT.noticeOpeningParty(plan, addressees, contact, issuer)));
  } else {
    blocks.push(bodyStyled(profile, DOC_TEXT.groundsPlan(plan), profile.body.grounds));
    blocks.push(bodyStyled(profile, DOC_TEXT.groundsRegistrations(contact), profile.body.grounds));
    blocks.push(bodyParagraph(profile, DOC_TEXT.decides(issuer)));
  }

  // 1. The selection: counts by type and by field, then the table by Khối and unit.
  const grouped = groupByGroupAndUnit(approved);
  const unitCount = grouped.reduce((n, g) => n + g.units.length, 0);
  blocks.push(bodyParagraph(profile, DOC_TEXT.selected(formatCount(approved.length), formatCount(unitCount), year, kindsText(approved), w)));
  const byField = countByField(approved, input.fields);
  if (byField.length) {
    blocks.push(bodyParagraph(profile, DOC_TEXT.byFieldIntro, { keepWithNext: true }));
    byField.forEach((f, i) => blocks.push(bodyParagraph(profile, DOC_TEXT.fieldCount(f.field, formatCount(f.count), i === byField.length - 1))));
  }
  blocks.push(bodyParagraph(profile, DOC_TEXT.selectedTableTitle(year, w), { indent: false, align: 'center', bold: true, keepWithNext: true }));
  const rows: DataRow[] = [];
  let stt = 0;
  const columns = listColumns<Listed>(input.columns ?? DEFAULT_PLAN_COLUMNS, 'notice', 'STT', (i) => i.number, (i) => i.unitCell);
  grouped.forEach((g, gi) => {
    rows.push({ kind: 'group', number: roman(gi + 1), label: g.group });
    for (const u of g.units) {
      u.items.forEach((item, i) => {
        const listed: Listed = { ...listedOf(item), number: String(++stt), unitCell: i === 0 ? u.unit : '' };
        rows.push({ kind: 'item', cells: columns.map((c) => c.cell(listed)) });
      });
    }
  });
  const table = listLayout(columns);
  blocks.push(dataTable(profile, table.header, rows, table.layout));
  blocks.push(emptyParagraph(profile.body.size));

  // 2. What the units do next: the plan's later deadlines (a plan without them has no such duties).
  const duties: string[] = [];
  if (settings.planDeadline || w.isDefault) duties.push(DOC_TEXT.dutyPlan(settings.planDeadline ? formatDayVi(settings.planDeadline) : '', issuer, contact, w));
  if (settings.resultsDeadline || w.isDefault) duties.push(DOC_TEXT.dutyReport(settings.resultsDeadline ? formatDayVi(settings.resultsDeadline) : '', issuer, contact));
  if (contact) duties.push(DOC_TEXT.dutyFollowUp(contact, w));
  if (duties.length) {
    blocks.push(bodyParagraph(profile, DOC_TEXT.dutiesHeading(2), { keepWithNext: true }));
    duties.forEach((d) => blocks.push(bodyParagraph(profile, d)));
  }

  blocks.push(bodyParagraph(profile, withBodyEnd(profile, DOC_TEXT.noticeClosing(issuer, addressees))));
  blocks.push(emptyParagraph(profile.body.size));
  blocks.push(footerBlock(profile, settings, recipientsOf(settings, profile)));
  return officialDocument(profile, DOC_TEXT.noticeName(year), blocks);
}

/**
 * The notice to one unit: its `Đã duyệt` rows and its `Yêu cầu bổ sung` rows with the reason
 * from `Ý kiến phê duyệt`; a message when the unit has neither.
 */
export function buildUnitNotice(input: NoticeInput, unit: string): NoticeResult {
  const own = input.items.filter((i) => normalizeName(i.unit) === normalizeName(unit));
  const approved = own.filter(isApproved);
  const toComplete = own.filter(needsMore);
  const unitName = own[0]?.unit ?? unit.replace(/\s+/g, ' ').trim();
  if (!approved.length && !toComplete.length) {
    return { empty: true, message: DOC_TEXT.noUnitItems(unitName, APPROVAL.approved, APPROVAL.needsMore) };
  }
  const { settings, profile, year, issuer, plan, contact, w } = noticeContext(input);
  if (!approved.length) {
    // Nothing to agree yet: a request to complete the registration, to that unit only.
    return buildCompletionNotice({ settings, profile, year, issuer, plan, contact, header: header(profile, input, year), today: input.today, columns: input.columns },
      unitName, toComplete);
  }

  const blocks: BlockSpec[] = [
    header(profile, input, year),
    ...titleBlock(profile, DOC_TEXT.noticeType, DOC_TEXT.unitNoticeSubject(year, unitName, w)),
  ];
  if (!profile.body.groundsAsLines) {
    blocks.push(bodyParagraph(profile, DOC_TEXT.unitNoticeOpeningParty(plan, unitName, contact, issuer)));
  } else {
    blocks.push(bodyStyled(profile, DOC_TEXT.groundsPlan(plan), profile.body.grounds));
    blocks.push(bodyStyled(profile, DOC_TEXT.groundsUnitRegistration(unitName, contact), profile.body.grounds));
    blocks.push(bodyParagraph(profile, DOC_TEXT.decides(issuer)));
  }

  let clause = 0;
  if (approved.length) {
    blocks.push(bodyParagraph(profile, DOC_TEXT.unitSelected(++clause, unitName, formatCount(approved.length), year, w), { keepWithNext: true }));
    const columns = listColumns<Listed>(input.columns ?? DEFAULT_PLAN_COLUMNS, 'unitApproved', 'STT', (i) => i.number, undefined);
    const table = listLayout(columns);
    blocks.push(dataTable(profile, table.header,
      approved.map((item, i) => ({ kind: 'item' as const, cells: columns.map((c) => c.cell({ ...listedOf(item), number: String(i + 1), unitCell: '' })) })),
      table.layout));
    blocks.push(emptyParagraph(profile.body.size));
  }
  if (toComplete.length) {
    const deadline = formatDayVi(completionDeadline(settings, input.today));
    blocks.push(bodyParagraph(profile, DOC_TEXT.unitNeedsMore(++clause, unitName, formatCount(toComplete.length), issuer, contact, deadline),
      { keepWithNext: true }));
    blocks.push(completionTable(profile, toComplete));
    blocks.push(emptyParagraph(profile.body.size));
  }
  const unitDuties: string[] = [];
  if (settings.planDeadline || w.isDefault) unitDuties.push(DOC_TEXT.unitDutyPlan(settings.planDeadline ? formatDayVi(settings.planDeadline) : '', issuer, contact));
  if (settings.resultsDeadline || w.isDefault) unitDuties.push(DOC_TEXT.unitDutyReport(settings.resultsDeadline ? formatDayVi(settings.resultsDeadline) : '', issuer, contact));
  if (approved.length && unitDuties.length) {
    blocks.push(bodyParagraph(profile, DOC_TEXT.dutiesHeading(++clause), { keepWithNext: true }));
    unitDuties.forEach((d) => blocks.push(bodyParagraph(profile, d)));
  }
  blocks.push(bodyParagraph(profile, withBodyEnd(profile, DOC_TEXT.noticeClosing(issuer, unitName))));
  blocks.push(emptyParagraph(profile.body.size));
  blocks.push(footerBlock(profile, settings, [unitName, ...settings.recipients]));
  return officialDocument(profile, DOC_TEXT.unitNoticeName(year, unitName), blocks);
}
