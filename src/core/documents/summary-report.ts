/**
 * The summary report as DocumentSpec (DESIGN.md §7, vn-document-format.md §3b, issue 6):
 * `BÁO CÁO` / `Kết quả đăng ký xây dựng mô hình, phong trào, việc làm điển hình tiên tiến
 * năm <Năm>` with I. how the registration was organised, II. the results (units registered
 * out of expected per group, on time / late / not registered / needing fixes, counts by type
 * and field, a table of valid registrations by field and group with their shares, an
 * evaluation (strengths, limitations, causes) written from the figures, the units that did not
 * register or were late), III. proposals to the superior body, the footer, and after a landscape page break an
 * annex listing every valid registration (`Hợp lệ` and `Trễ hạn`) by group.
 *
 * Every figure comes from `reportFigures`, which reads the CheckOutcome (the same one that
 * colours the sheets) and, for type and field, the `Đăng ký` values: so the report says what
 * the sheets say. `Trùng lặp`, `Vượt số lượng` and `Cần bổ sung` rows are never counted.
 */
import { DEFAULT_TIME_ZONE, REGISTRATION_TYPES, ROW_STATUS, ROW_STATUS_ORDER, UNIT_STATUS, UNIT_STATUS_ORDER, type RegistrationType, type RowStatus, type UnitStatus } from '../contract';
import { compareDays, formatDayVi, type CalendarDay } from '../calendar-day';
import type { CheckOutcome } from '../check-workbook';
import { normalizeName } from '../names';
import { isCounted } from '../rank-registrations';
import type { RegistrationColumns } from '../registration-columns';
import type { Settings } from '../settings';
import { bodyParagraph, bodyStyled, dataTable, emptyParagraph, roman, type DataRow } from './block-builders';
import type { BlockSpec, DocumentSpec } from './document-spec';
import { DOC_TEXT, formatPercent, formatRatio , planWords } from './document-text';
import { formatProfile, type FormatProfile } from './format-profile';
import {
  documentCode, footerBlock, headerBlock, issuerCodeOf, issuerNoun, officialDocument, planYear, titleBlock, withBodyEnd,
} from './official-blocks';
import { countByField, kindsText } from './item-counts';
import { planCitation } from './plan-citation';
import { recipientsOf } from './recipients';
import { assessment, figuresTable, proposals } from './report-assessment';
import { TABLE_LAYOUT } from './table-layout';
import { listColumns, listedOf, listLayout, planColumns, type ItemColumn, type ListedItem } from './item-columns';
import { readRegistrationDetails, type RegistrationDetail } from './registration-details';

/** The `Đăng ký` values (header row included) and, optionally, their located columns and zone. */
export interface RegistrationSheet {
  values: readonly (readonly unknown[])[];
  /** Defaults to the outcome's columns. */
  columns?: RegistrationColumns;
  timeZone?: string;
}

export interface GroupFigures {
  /** The `Khối` (DOC_TEXT.noGroup for units without one). */
  group: string;
  /** Roster units of the group. */
  expected: number;
  /** Units that completed their registration: `Đúng hạn` + `Trễ hạn`. */
  registered: number;
  onTime: number;
  late: number;
  needsFix: number;
  /** `Không đăng ký` (no row, deadline passed). */
  notRegistered: number;
  /** `Chưa đăng ký` (no row, deadline not passed). */
  notYet: number;
  /** Valid rows (`Hợp lệ` + `Trễ hạn`) of the group's units. */
  validItems: number;
}

/** A unit that has not completed its registration on time. */
export interface UnitBehind {
  unit: string;
  group: string;
  status: UnitStatus;
  validCount: number;
  min: number;
  deadline: CalendarDay | undefined;
  /** For a late unit: the day the registration that reached `Tối thiểu` came in. */
  reachedOn: CalendarDay | undefined;
}

export interface ReportFigures {
  /** Roster units. */
  expected: number;
  /** Units `Đúng hạn` or `Trễ hạn`. */
  registered: number;
  unitStatus: Record<UnitStatus, number>;
  /** Per `Khối`, in roster order. */
  groups: GroupFigures[];
  /** Every checked row by `Kết quả kiểm tra`. */
  rowStatus: Record<RowStatus, number>;
  /** Rows `Hợp lệ` + `Trễ hạn`. */
  validItems: number;
  /** Valid rows by type (0s when the `Đăng ký` values were not given). */
  byType: Record<RegistrationType, number>;
  /** Valid rows by field, in the order of `Lĩnh vực` (empty when the values were not given). */
  byField: Array<{ field: string; count: number }>;
  /** Units not `Đúng hạn`, worst status first, then roster order. */
  unitsBehind: UnitBehind[];
  /** Units whose `Hạn riêng` differs from `Hạn đăng ký`. */
  unitsWithOwnDeadline: number;
}

export interface ReportOptions {
  /** The report's number once the văn thư has given one; unnumbered by default. */
  number?: number;
  /** An undated draft instead of today's date. */
  undated?: boolean;
}

function details(outcome: CheckOutcome, registrations: RegistrationSheet | undefined): RegistrationDetail[] | undefined {
  if (!registrations) return undefined;
  return readRegistrationDetails(registrations.values, registrations.columns ?? outcome.columns, outcome, registrations.timeZone ?? DEFAULT_TIME_ZONE);
}

/** The figures of the report, from the outcome (and the `Đăng ký` values for type and field). */
export function reportFigures(outcome: CheckOutcome, registrations?: RegistrationSheet): ReportFigures {
  return figuresOf(outcome, details(outcome, registrations));
}

function figuresOf(outcome: CheckOutcome, rows: RegistrationDetail[] | undefined): ReportFigures {
  const unitStatus = Object.fromEntries(UNIT_STATUS_ORDER.map((s) => [s, 0])) as Record<UnitStatus, number>;
  const groups = new Map<string, GroupFigures>();
  const groupOf = (name: string): GroupFigures => {
    const key = normalizeName(name);
    let g = groups.get(key);
    if (!g) {
      g = { group: name || DOC_TEXT.noGroup, expected: 0, registered: 0, onTime: 0, late: 0, needsFix: 0, notRegistered: 0, notYet: 0, validItems: 0 };
      groups.set(key, g);
    }
    return g;
  };
  const unitsBehind: UnitBehind[] = [];
  const planDeadline = outcome.settings.registrationDeadline;
  let unitsWithOwnDeadline = 0;
  for (const u of outcome.units) {
    unitStatus[u.status]++;
    const g = groupOf(u.unit.groupName);
    g.expected++;
    g.validItems += u.validCount;
    if (u.status === UNIT_STATUS.onTime) { g.onTime++; g.registered++; }
    else if (u.status === UNIT_STATUS.late) { g.late++; g.registered++; }
    else if (u.status === UNIT_STATUS.needsFix) g.needsFix++;
    else if (u.status === UNIT_STATUS.notRegistered) g.notRegistered++;
    else g.notYet++;
    const deadline = u.unit.deadline;
    if (deadline && (!planDeadline || compareDays(deadline, planDeadline) !== 0)) unitsWithOwnDeadline++;
    if (u.status !== UNIT_STATUS.onTime) {
      const counted = u.rows.filter((r) => isCounted(r.status)).sort((a, b) => a.submittedAt - b.submittedAt || a.row - b.row);
      const reaching = u.status === UNIT_STATUS.late ? counted[Math.max(u.unit.min, 1) - 1] : undefined;
      unitsBehind.push({
        unit: u.unit.name, group: u.unit.groupName || DOC_TEXT.noGroup, status: u.status, validCount: u.validCount,
        min: u.unit.min, deadline, reachedOn: reaching?.submittedDay,
      });
    }
  }
  unitsBehind.sort((a, b) => UNIT_STATUS_ORDER.indexOf(a.status) - UNIT_STATUS_ORDER.indexOf(b.status));

  const rowStatus = Object.fromEntries(ROW_STATUS_ORDER.map((s) => [s, 0])) as Record<RowStatus, number>;
  outcome.rows.forEach((r) => rowStatus[r.status]++);
  const byType = Object.fromEntries(REGISTRATION_TYPES.map((t) => [t, 0])) as Record<RegistrationType, number>;
  const valid = (rows ?? []).filter((r) => isCounted(r.status));
  for (const r of valid) if (r.type in byType) byType[r.type as RegistrationType]++;
  return {
    expected: outcome.units.length,
    registered: unitStatus[UNIT_STATUS.onTime] + unitStatus[UNIT_STATUS.late],
    unitStatus,
    groups: [...groups.values()],
    rowStatus,
    validItems: rowStatus[ROW_STATUS.valid] + rowStatus[ROW_STATUS.late],
    byType,
    byField: countByField(valid, outcome.fields),
    unitsBehind,
    unitsWithOwnDeadline,
  };
}

function section(profile: FormatProfile, n: number, title: string): BlockSpec {
  return bodyStyled(profile, `${roman(n)}${profile.body.sectionNumberSuffix}${title}`, profile.body.sectionHeading, { keepWithNext: true });
}

function clause(profile: FormatProfile, text: string): BlockSpec {
  return bodyStyled(profile, text, profile.body.clauseHeading, { keepWithNext: true });
}

/** The verdict that opens `Đánh giá chung`, from the share of units that completed their registration. */
function verdict(f: ReportFigures, today: CalendarDay): string {
  const late = f.unitStatus[UNIT_STATUS.late];
  const ratio = formatRatio(f.registered, f.expected);
  const percent = formatPercent(f.registered, f.expected);
  const allDone = f.registered === f.expected;
  if (allDone && late === 0) return DOC_TEXT.evalAllOnTime(f.expected);
  if (allDone) return DOC_TEXT.evalAllDone(f.expected, late);
  if (f.unitStatus[UNIT_STATUS.notYet]) return DOC_TEXT.evalInProgress(formatDayVi(today), ratio, percent);
  if (f.registered * 5 >= f.expected * 4) return DOC_TEXT.evalMost(ratio, percent);
  return DOC_TEXT.evalLow(ratio, percent);
}

function noteOf(u: UnitBehind): string {
  const deadline = u.deadline ? formatDayVi(u.deadline) : '';
  switch (u.status) {
    case UNIT_STATUS.late: return DOC_TEXT.missingNote.late(u.reachedOn ? formatDayVi(u.reachedOn) : '', deadline);
    case UNIT_STATUS.notRegistered: return DOC_TEXT.missingNote.notRegistered(deadline);
    case UNIT_STATUS.notYet: return DOC_TEXT.missingNote.notYet(deadline);
    default: return DOC_TEXT.missingNote.needsFix(u.validCount, Math.max(u.min, 1));
  }
}

/**
 * The summary report. `registrations` (the `Đăng ký` values) supplies what the ranked rows do
 * not carry: type, field, implementing and partner units, scale, dates, person in charge;
 * without it those columns and the counts by type and field are left empty.
 */
export function buildSummaryReport(
  outcome: CheckOutcome,
  settings: Settings,
  today: CalendarDay,
  registrations?: RegistrationSheet,
  options: ReportOptions = {},
): DocumentSpec {
  const profile = formatProfile(settings.documentFamily);
  const year = planYear(settings, today);
  const issuer = issuerNoun(profile, settings);
  const w = planWords(settings.itemNoun);
  const planTitle = settings.planTitle.replace(/\s+/g, ' ').trim() || DOC_TEXT.defaultPlanTitle(year, w);
  const plan = planCitation(profile, settings, planTitle);
  const contact = settings.contactUnit.replace(/\s+/g, ' ').trim();
  const rows = details(outcome, registrations);
  const f = figuresOf(outcome, rows);
  const valid = (rows ?? []).filter((r) => isCounted(r.status));
  const date = options.undated ? undefined : today;

  const blocks: BlockSpec[] = [
    headerBlock(profile, settings, { typeCode: profile.typeCodes.report, number: options.number, date, year }),
    ...titleBlock(profile, DOC_TEXT.reportType, DOC_TEXT.reportSubject(year, w)),
    bodyParagraph(profile, DOC_TEXT.reportOpening(plan, issuer, year, w)),
  ];

  // I. How the registration was organised.
  blocks.push(section(profile, 1, DOC_TEXT.sectionOrganisation));
  blocks.push(bodyParagraph(profile, DOC_TEXT.organisedPlan(issuer, planCitation(profile, settings, planTitle, { omitIssuer: issuer }),
    DOC_TEXT.addressees(profile.family), year, contact, w)));
  const deadline = settings.registrationDeadline ? formatDayVi(settings.registrationDeadline) : '';
  blocks.push(bodyParagraph(profile, DOC_TEXT.organisedDeadline(deadline, f.unitsWithOwnDeadline)));
  blocks.push(bodyParagraph(profile, DOC_TEXT.organisedForm));
  blocks.push(bodyParagraph(profile, DOC_TEXT.organisedScope(f.expected, f.groups.length)));

  // II. Results.
  blocks.push(section(profile, 2, DOC_TEXT.sectionResults));
  blocks.push(clause(profile, DOC_TEXT.unitsHeading));
  if (!f.expected) blocks.push(bodyParagraph(profile, DOC_TEXT.noUnits));
  else {
    blocks.push(bodyParagraph(profile, DOC_TEXT.unitsSummary(formatRatio(f.registered, f.expected), formatPercent(f.registered, f.expected),
      f.unitStatus[UNIT_STATUS.onTime], f.unitStatus[UNIT_STATUS.late])));
    const remaining = DOC_TEXT.unitsRemaining(f.unitStatus[UNIT_STATUS.needsFix], f.unitStatus[UNIT_STATUS.notRegistered], f.unitStatus[UNIT_STATUS.notYet]);
    if (remaining) blocks.push(bodyParagraph(profile, remaining));
    blocks.push(bodyParagraph(profile, DOC_TEXT.groupTableTitle, { indent: false, align: 'center', italic: true, keepWithNext: true }));
    const groupRow = (g: GroupFigures, bold = false): DataRow => ({
      kind: 'item', bold,
      cells: [g.group, String(g.expected), formatRatio(g.registered, g.expected), formatPercent(g.registered, g.expected),
        String(g.onTime), String(g.late), String(g.needsFix), String(g.notRegistered + g.notYet), String(g.validItems)],
    });
    const total: GroupFigures = {
      group: DOC_TEXT.total, expected: f.expected, registered: f.registered, onTime: f.unitStatus[UNIT_STATUS.onTime],
      late: f.unitStatus[UNIT_STATUS.late], needsFix: f.unitStatus[UNIT_STATUS.needsFix],
      notRegistered: f.unitStatus[UNIT_STATUS.notRegistered], notYet: f.unitStatus[UNIT_STATUS.notYet],
      validItems: f.groups.reduce((n, g) => n + g.validItems, 0),
    };
    blocks.push(dataTable(profile, DOC_TEXT.groupColumns, [...f.groups.map((g) => groupRow(g)), groupRow(total, true)], {
      fractions: [0.24, 0.09, 0.09, 0.09, 0.09, 0.09, 0.1, 0.1, 0.11],
      align: ['left', 'center', 'center', 'center', 'center', 'center', 'center', 'center', 'center'],
    }));
    blocks.push(emptyParagraph(profile.body.size));
  }

  blocks.push(clause(profile, DOC_TEXT.itemsHeading(w)));
  const validOnTime = f.rowStatus[ROW_STATUS.valid];
  const validLate = f.rowStatus[ROW_STATUS.late];
  blocks.push(bodyParagraph(profile, DOC_TEXT.itemsSummary(f.validItems, validOnTime, validLate, kindsText(valid))));
  const excluded = DOC_TEXT.itemsExcluded(f.rowStatus[ROW_STATUS.needsFix], f.rowStatus[ROW_STATUS.duplicate], f.rowStatus[ROW_STATUS.overQuota]);
  if (excluded) blocks.push(bodyParagraph(profile, excluded));
  if (f.byField.length) blocks.push(bodyParagraph(profile, DOC_TEXT.itemsByField(f.byField.map((x) => DOC_TEXT.fieldPart(x.field, x.count)))));
  blocks.push(...figuresTable(profile, f));

  blocks.push(clause(profile, DOC_TEXT.evaluationHeading));
  for (const line of assessment(f, f.expected ? verdict(f, today) : '', outcome.rows.size, outcome.fields.length, formatDayVi(today))) {
    blocks.push(line.lead ? bodyParagraph(profile, line.text, { italic: true, keepWithNext: true }) : bodyParagraph(profile, line.text));
  }

  blocks.push(clause(profile, DOC_TEXT.missingHeading));
  if (!f.unitsBehind.length) blocks.push(bodyParagraph(profile, f.expected ? DOC_TEXT.missingNone : DOC_TEXT.noUnits));
  else {
    const behindRows: DataRow[] = f.unitsBehind.map((u, i) => ({ kind: 'item', cells: [String(i + 1), u.unit, u.group, u.status, noteOf(u)] }));
    blocks.push(dataTable(profile, DOC_TEXT.missingColumns, behindRows, TABLE_LAYOUT.unitsBehind));
    blocks.push(emptyParagraph(profile.body.size));
    blocks.push(bodyParagraph(profile, DOC_TEXT.rating));
  }

  // III. Proposals to the superior body, and what the issuer directs next (staff edit them in the document).
  blocks.push(section(profile, 3, DOC_TEXT.sectionProposals));
  blocks.push(...proposals(profile, settings, f, issuer, contact));
  blocks.push(bodyParagraph(profile, withBodyEnd(profile, DOC_TEXT.reportClosing(year, issuer, w))));
  blocks.push(emptyParagraph(profile.body.size));
  blocks.push(footerBlock(profile, settings, recipientsOf(settings, profile)));

  // Annex: every valid registration by Khối, on landscape pages.
  blocks.push({ kind: 'pageBreak', landscape: true });
  blocks.push(bodyStyled(profile, DOC_TEXT.annexTitle, profile.title.typeName, { indent: false, align: 'center', keepWithNext: true }));
  blocks.push(bodyStyled(profile, DOC_TEXT.annexSubject(year, w), profile.title.subject, { indent: false, align: 'center', keepWithNext: true }));
  const code = documentCode(profile, profile.typeCodes.report, issuerCodeOf(profile, settings), options.number);
  const reference = DOC_TEXT.annexReference(options.number === undefined ? `${profile.header.numberGap}${code}` : code,
    profile.citationCommaBeforeDate, date ? formatDayVi(date) : '', issuer);
  blocks.push(bodyParagraph(profile, reference, { indent: false, align: 'center', italic: true }));
  const annex = listColumns<AnnexItem>(planColumns(outcome.questions, settings), 'annex', 'TT', (i) => i.number, (i) => i.unitCell);
  const table = listLayout(annex);
  blocks.push(dataTable(profile, table.header, annexRows(valid, annex), { ...table.layout, landscape: true }));
  return officialDocument(profile, DOC_TEXT.reportName(year, formatDayVi(today)), blocks);
}

/** A row of the annex: the registration, its number and its unit cell (empty under the same unit). */
type AnnexItem = ListedItem & { number: string; unitCell: string };

function annexRows(valid: readonly RegistrationDetail[], columns: readonly ItemColumn<AnnexItem>[]): DataRow[] {
  if (!valid.length) return [{ kind: 'item', cells: ['', DOC_TEXT.annexEmpty] }];
  const groups = new Map<string, { label: string; rows: RegistrationDetail[] }>();
  for (const r of valid) {
    const key = normalizeName(r.group);
    if (!groups.has(key)) groups.set(key, { label: r.group || DOC_TEXT.noGroup, rows: [] });
    groups.get(key)!.rows.push(r);
  }
  const out: DataRow[] = [];
  let tt = 0;
  [...groups.values()].forEach((g, gi) => {
    out.push({ kind: 'group', number: roman(gi + 1), label: g.label });
    let previousUnit = '';
    for (const r of g.rows) {
      const unitKey = normalizeName(r.unit);
      const item: AnnexItem = { ...listedOf(r), number: String(++tt), unitCell: unitKey === previousUnit ? '' : r.unit };
      out.push({ kind: 'item', cells: columns.map((c) => c.cell(item)) });
      previousUnit = unitKey;
    }
  });
  return out;
}
