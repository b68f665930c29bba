/**
 * Commitments to sign (DESIGN.md §13–15, vn-recognition-format.md §5; preset `dot-thi-dua`):
 * one "Bản cam kết thi đua" per unit from its valid row of category `Cam kết`, for its
 * secretary to sign at the launch — the Party header with the unit under its Đảng bộ and no
 * number, `BẢN CAM KẾT THI ĐUA` and the movement, the plan quoted, one numbered item per
 * answer of the row (the content, the targets …), the reports it promises for the plan's
 * milestones, and three signatures (two witnesses, the unit) — and the consolidated list of
 * the units that signed and those that have not sent theirs.
 */
import { formatDayVi, type CalendarDay } from '../calendar-day';
import type { CheckOutcome } from '../check-workbook';
import type { Milestone } from '../milestones/milestone-sheet';
import { normalizeName } from '../names';
import { isCounted, type RankedRow } from '../rank-registrations';
import { readDateCell } from '../date-parsing';
import type { Settings } from '../settings';
import { cellText } from '../table';
import { bodyParagraph, dataTable, emptyParagraph, styledParagraph, textWidth, type DataRow } from './block-builders';
import type { BlockSpec, CellSpec, DocumentSpec, TableSpec } from './document-spec';
import { DOC_TEXT } from './document-text';
import { formatProfile, type FormatProfile } from './format-profile';
import { footerBlock, headerBlock, issuerNoun, officialDocument, planYear, titleBlock } from './official-blocks';

export const COMMITMENT_CATEGORY = 'Cam kết';

export const COMMITMENT_TEXT = {
  type: 'BẢN CAM KẾT THI ĐUA',
  subject: (plan: string) => {
    const at = plan.toLowerCase().indexOf('lập thành tích');
    return at >= 0 ? plan.slice(at) : `thực hiện ${plan.charAt(0).toLowerCase()}${plan.slice(1)}`;
  },
  opening: (plan: string, issuer: string, unit: string) => `Thực hiện ${plan} của ${issuer}; ${unit} cam kết:`,
  reports: (unit: string, parts: string[]) =>
    `${unit} cam kết tổ chức thực hiện${parts.length ? `, báo cáo kết quả phục vụ ${parts.join(' và ')}` : ''}.`,
  reportPart: (milestone: string, deadline: string) => `${milestone.toLowerCase()} (${deadline})`,
  witnessParty: ['ĐẠI DIỆN', 'THƯỜNG TRỰC', 'ĐẢNG ỦY', '(chứng kiến)'],
  witnessState: ['ĐẠI DIỆN', 'ỦY BAN', 'NHÂN DÂN XÃ', '(chứng kiến)'],
  unitParty: (unit: string) => ['T/M ' + unit.toUpperCase(), 'BÍ THƯ'],
  unitState: (unit: string) => ['T/M ' + unit.toUpperCase(), 'THỦ TRƯỞNG ĐƠN VỊ'],
  name: (unit: string) => `Bản cam kết thi đua - ${unit}`,
  listName: (date: string) => `Danh sách ký cam kết thi đua - ${date}`,
  listType: 'DANH SÁCH',
  listSubject: 'các đơn vị ký cam kết thi đua',
  listOpening: (plan: string, signed: number, total: number) =>
    `Thực hiện ${plan}, đến nay ${signed}/${total} đơn vị đã gửi bản cam kết thi đua, cụ thể như sau:`,
  listColumns: ['TT', 'Đơn vị', 'Người ký cam kết', 'Nội dung trọng tâm', 'Ngày ký', 'Ghi chú'],
  notSent: 'Chưa gửi cam kết',
} as const;

export interface CommitmentItem {
  unit: string;
  unitRow: number;
  group: string;
  row: RankedRow | undefined;
  /** [question title, answer] of every plain question answered, in the plan's order. */
  items: Array<[string, string]>;
  signer: string;
  signedOn: string;
  field: string;
}

/** Whether the plan collects commitments (a `Loại` choice `Cam kết`). */
export function plansCommitments(outcome: CheckOutcome): boolean {
  return outcome.categories.some((c) => normalizeName(c) === normalizeName(COMMITMENT_CATEGORY));
}

/** Each roster unit with its first valid commitment row (or none), read from the `Đăng ký` values. */
export function commitmentItems(outcome: CheckOutcome, values: readonly (readonly unknown[])[], timeZone: string): CommitmentItem[] {
  const columns = outcome.columns;
  return outcome.units.map((u) => {
    const row = u.rows.filter((r) => isCounted(r.status) && normalizeName(r.category) === normalizeName(COMMITMENT_CATEGORY))
      .sort((a, b) => a.submittedAt - b.submittedAt || a.row - b.row)[0];
    const line = row ? values[row.row - 1] ?? [] : [];
    const items: Array<[string, string]> = [];
    let signer = '';
    let signedOn = '';
    let field = '';
    for (const { question, column } of columns?.questions ?? []) {
      if (!row || column === undefined) continue;
      const raw = line[column];
      const text = cellText(raw);
      if (!text) continue;
      if (question.role === 'field') { field = text; items.push([question.title, text]); continue; }
      if (question.role) continue;
      if (question.kind === 'date') { const d = readDateCell(raw, timeZone); signedOn = d.ok ? formatDayVi(d.day) : text; continue; }
      if (question.kind === 'link') continue;
      if (/(^|\s)ký(\s|$)/iu.test(question.title) && question.kind === 'text' && !signer) { signer = text; continue; }
      items.push([question.title, text]);
    }
    return { unit: u.unit.name, unitRow: u.unit.row, group: u.unit.groupName, row, items, signer, signedOn, field };
  });
}

function partyBody(settings: Settings): string {
  const body = settings.issuingBody.replace(/\s+/g, ' ').trim();
  return body.replace(/^ĐẢNG ỦY/i, 'ĐẢNG BỘ') || `ĐẢNG BỘ XÃ ${settings.communeName.toUpperCase()}`;
}

function signatureTable(profile: FormatProfile, columns: string[][], names: string[]): TableSpec {
  const s = profile.signature;
  const width = textWidth(profile);
  const cell = (lines: string[], name: string): CellSpec => ({
    paragraphs: [
      ...lines.map((l) => styledParagraph(l, /^\(/.test(l) ? { ...s.position, italic: true, caps: false } : s.authority, 'center')),
      ...Array.from({ length: s.blankLines }, () => emptyParagraph(s.name.size, 'center')),
      name ? styledParagraph(name, s.name, 'center') : emptyParagraph(s.name.size, 'center'),
    ],
  });
  return { kind: 'table', columnWidths: columns.map(() => width / columns.length), borderWidth: 0, rows: [columns.map((c, i) => cell(c, names[i] ?? ''))] };
}

export function buildCommitment(
  item: CommitmentItem, settings: Settings, today: CalendarDay, milestones: readonly Milestone[],
): DocumentSpec {
  const profile = formatProfile(settings.documentFamily);
  const year = planYear(settings, today);
  const plan = settings.planTitle.replace(/\s+/g, ' ').trim() || DOC_TEXT.defaultPlanTitle(year);
  const party = profile.family === 'Đảng';
  // The unit under its Đảng bộ, no number line, the date left for the ceremony.
  const header = headerBlock(profile, { ...settings, superiorBody: party ? partyBody(settings) : settings.issuingBody, issuingBody: item.unit.toUpperCase() },
    { typeCode: '', year });
  header.rows[1][0] = { paragraphs: [emptyParagraph(profile.body.size)] };
  const blocks: BlockSpec[] = [
    header,
    ...titleBlock(profile, COMMITMENT_TEXT.type, COMMITMENT_TEXT.subject(plan)),
    bodyParagraph(profile, COMMITMENT_TEXT.opening(plan, issuerNoun(profile, settings), item.unit)),
  ];
  item.items.forEach(([title, value], i) => {
    const lines = value.split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
    blocks.push(bodyParagraph(profile, `${i + 1}. ${title}: ${lines.length > 1 ? '' : lines[0] ?? ''}`.trimEnd()));
    if (lines.length > 1) for (const l of lines) blocks.push(bodyParagraph(profile, /^[-–•+]/.test(l) ? l : `- ${l}`));
  });
  blocks.push(bodyParagraph(profile, COMMITMENT_TEXT.reports(item.unit, milestones.map((m) => COMMITMENT_TEXT.reportPart(m.name, formatDayVi(m.deadline))))));
  blocks.push(emptyParagraph(profile.body.size));
  blocks.push(signatureTable(profile,
    [[...COMMITMENT_TEXT.witnessParty], [...COMMITMENT_TEXT.witnessState], party ? COMMITMENT_TEXT.unitParty(item.unit) : COMMITMENT_TEXT.unitState(item.unit)],
    ['', '', item.signer]));
  return officialDocument(profile, COMMITMENT_TEXT.name(item.unit), blocks);
}

export function buildCommitmentList(items: readonly CommitmentItem[], settings: Settings, today: CalendarDay): DocumentSpec {
  const profile = formatProfile(settings.documentFamily);
  const year = planYear(settings, today);
  const plan = settings.planTitle.replace(/\s+/g, ' ').trim() || DOC_TEXT.defaultPlanTitle(year);
  const signed = items.filter((i) => i.row);
  const rows: DataRow[] = items.map((i, n) => ({
    kind: 'item', cells: [String(n + 1), i.unit, i.signer, i.field, i.signedOn, i.row ? '' : COMMITMENT_TEXT.notSent],
  }));
  const blocks: BlockSpec[] = [
    headerBlock(profile, settings, { typeCode: profile.typeCodes.report, date: today, year }),
    ...titleBlock(profile, COMMITMENT_TEXT.listType, COMMITMENT_TEXT.listSubject),
    bodyParagraph(profile, COMMITMENT_TEXT.listOpening(plan, signed.length, items.length)),
    dataTable(profile, COMMITMENT_TEXT.listColumns, rows, {
      fractions: [0.06, 0.22, 0.17, 0.33, 0.11, 0.11], align: ['center', 'left', 'left', 'left', 'center', 'left'],
    }),
    emptyParagraph(profile.body.size),
    footerBlock(profile, settings),
  ];
  return officialDocument(profile, COMMITMENT_TEXT.listName(formatDayVi(today)), blocks);
}
