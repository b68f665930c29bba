/**
 * What the tờ trình, the decision and the Giấy khen share (vn-recognition-format.md §1–§4):
 * the input of a dossier, the counts by kind of recipient, the signature blocks (the decision
 * is the Chủ tịch's own: `CHỦ TỊCH`, or `KT. CHỦ TỊCH` / `PHÓ CHỦ TỊCH`, never `TM.`), the
 * names in running text, and the annex tables grouped `I. TẬP THỂ`, `II. CÁ NHÂN`,
 * `III. HỘ GIA ĐÌNH` with the TT numbered continuously (the số sổ vàng).
 */
import type { CalendarDay } from '../../calendar-day';
import { normalizeName } from '../../names';
import type { RecognitionSettings } from '../../recognition/recognition-settings';
import { unitInitials } from '../../recognition/recognition-settings';
import type { Proposal } from '../../recognition/proposals';
import { RECIPIENT_KINDS, type LegalFrame, type RecipientKind } from '../../recognition/rule-table';
import type { Settings } from '../../settings';
import { emptyParagraph, roman, styledParagraph, textWidth, type DataRow } from '../block-builders';
import type { ParagraphSpec, TableSpec } from '../document-spec';
import { formatCount, lowerFirst, oneLine } from '../document-text';
import type { FormatProfile } from '../format-profile';
import { recipientLines } from '../official-blocks';

export interface DossierInput {
  settings: Settings;
  recognition: RecognitionSettings;
  proposals: Proposal[];
  /** The decision's date (amounts, legal frame); shown only when `dated`. */
  decisionDay: CalendarDay;
  dated: boolean;
  frame: LegalFrame | undefined;
  year: number;
}

export const KIND_LABEL: Record<RecipientKind, { group: string; noun: string; partyNoun: string }> = {
  collective: { group: 'TẬP THỂ', noun: 'tập thể', partyNoun: 'tổ chức đảng' },
  individual: { group: 'CÁ NHÂN', noun: 'cá nhân', partyNoun: 'đảng viên' },
  household: { group: 'HỘ GIA ĐÌNH', noun: 'hộ gia đình', partyNoun: 'hộ gia đình' },
};

/** Proposals in annex order: collectives, individuals, households; the sheet's order inside. */
export function inAnnexOrder(proposals: readonly Proposal[]): Proposal[] {
  return RECIPIENT_KINDS.flatMap((k) => proposals.filter((p) => p.kind === k));
}

/** `02 tập thể, 05 cá nhân và 01 hộ gia đình` (kinds without anyone left out). */
export function countsText(proposals: readonly Proposal[], party: boolean): string {
  const parts = RECIPIENT_KINDS
    .map((k) => ({ k, n: proposals.filter((p) => p.kind === k).length }))
    .filter((x) => x.n > 0)
    .map((x) => `${formatCount(x.n)} ${party ? KIND_LABEL[x.k].partyNoun : KIND_LABEL[x.k].noun}`);
  if (parts.length <= 1) return parts.join('');
  return `${parts.slice(0, -1).join(', ')} và ${parts[parts.length - 1]}`;
}

/** The commune's People's Committee as in `ỦY BAN NHÂN DÂN XÃ A` (from `Cơ quan ban hành`). */
export function communeCommittee(settings: Settings): string {
  const typed = oneLine(settings.issuingBody.replace(/\r?\n/g, ' '));
  if (/^(ỦY|UỶ) BAN NHÂN DÂN\s+\S/iu.test(typed)) return typed.toLocaleUpperCase('vi');
  return `ỦY BAN NHÂN DÂN XÃ ${settings.communeName}`.trim().toLocaleUpperCase('vi');
}

/** `Ủy ban nhân dân xã A` in running text. */
export function committeeInText(settings: Settings): string {
  const upper = communeCommittee(settings);
  const m = /^(?:ỦY|UỶ) BAN NHÂN DÂN\s+(XÃ|PHƯỜNG|THỊ TRẤN|ĐẶC KHU)\s+(.+)$/u.exec(upper);
  const place = settings.communeName || (m ? titleCase(m[2]) : '');
  const level = m ? m[1].toLocaleLowerCase('vi') : 'xã';
  return `Ủy ban nhân dân ${level}${place ? ` ${place}` : ''}`;
}

/** The Party committee as in `Đảng ủy xã Y`. */
export function partyCommitteeInText(settings: Settings): string {
  return `Đảng ủy xã${settings.communeName ? ` ${settings.communeName}` : ''}`;
}

function titleCase(s: string): string {
  return s.toLocaleLowerCase('vi').replace(/(^|\s)(\S)/gu, (_, a: string, b: string) => a + b.toLocaleUpperCase('vi'));
}

/** The head of `Đơn vị đầu mối` in running text: `Trưởng phòng Văn hóa - Xã hội`, `Trưởng Ban Xây dựng Đảng`. */
export function headOfUnit(unit: string): string {
  const u = oneLine(unit);
  if (/^văn phòng/iu.test(u)) return `Chánh ${u}`;
  if (/^phòng /iu.test(u)) return `Trưởng ${lowerFirst(u)}`;
  if (/^ban /iu.test(u)) return `Trưởng ${u}`;
  return u ? `Thủ trưởng ${u}` : 'Thủ trưởng đơn vị đầu mối';
}

/** The code of `Đơn vị đầu mối` (`VHXH`): `Ký hiệu đơn vị đầu mối`, else its initials. */
export function contactCode(settings: Settings, recognition: RecognitionSettings): string {
  return recognition.contactUnitCode || unitInitials(settings.contactUnit || 'Văn phòng');
}

/** The decision's signature lines: State `CHỦ TỊCH` or `KT. CHỦ TỊCH` / `PHÓ CHỦ TỊCH`; Party `T/M BAN THƯỜNG VỤ` / `BÍ THƯ`. */
export function decisionSignature(profile: FormatProfile, recognition: RecognitionSettings): string[] {
  const deputy = recognition.signerRank === 'deputy';
  if (profile.family === 'Đảng') return ['T/M BAN THƯỜNG VỤ', deputy ? 'PHÓ BÍ THƯ' : 'BÍ THƯ'];
  return deputy ? ['KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH'] : ['CHỦ TỊCH'];
}

/** The tờ trình's signature lines: `TRƯỞNG PHÒNG`, or `KT. TRƯỞNG PHÒNG` / `PHÓ TRƯỞNG PHÒNG`. */
export function submissionSignature(profile: FormatProfile, settings: Settings, recognition: RecognitionSettings): string[] {
  const typed = recognition.submissionSignerTitle;
  const unit = normalizeName(settings.contactUnit);
  const headTitle = unit.startsWith('ban ') ? 'TRƯỞNG BAN' : unit.startsWith('văn phòng') ? 'CHÁNH VĂN PHÒNG' : 'TRƯỞNG PHÒNG';
  if (!typed) return [headTitle];
  const upper = typed.toLocaleUpperCase('vi');
  if (upper.startsWith('PHÓ ')) return [`${profile.signature.prefixes.deputy} ${upper.slice(4)}`, upper];
  return [upper];
}

/** The footer: `Nơi nhận` and its items on the left, the signature lines, space and name on the right. */
export function signedFooter(
  profile: FormatProfile, recipients: readonly string[], archiveLine: string, signature: readonly string[], name: string,
): TableSpec {
  const s = profile.signature;
  const r = profile.recipients;
  const width = textWidth(profile);
  const left = width * s.leftColumnFraction;
  const items = recipientLines({ ...profile, recipients: { ...r, archiveLine } }, recipients);
  const leftCell: ParagraphSpec[] = [
    styledParagraph(r.label, r.labelStyle, 'left'),
    ...items.map((text, i) => styledParagraph(text, i === items.length - 1 ? r.archiveStyle : r.itemStyle, 'left')),
  ];
  const rightCell: ParagraphSpec[] = [
    ...signature.map((l, i) => styledParagraph(l, i === signature.length - 1 && signature.length > 1 ? s.position : s.authority, 'center')),
    ...Array.from({ length: s.blankLines }, () => emptyParagraph(s.name.size, 'center')),
    name ? styledParagraph(name, s.name, 'center') : emptyParagraph(s.name.size, 'center'),
  ];
  return { kind: 'table', columnWidths: [left, width - left], borderWidth: 0, rows: [[{ paragraphs: leftCell }, { paragraphs: rightCell }]] };
}

/** Annex rows grouped by kind (`I. TẬP THỂ (02)`), the TT continuous across groups. */
export function annexRows(proposals: readonly Proposal[], cells: (p: Proposal, tt: number) => string[], party: boolean): DataRow[] {
  const rows: DataRow[] = [];
  let tt = 0;
  let group = 0;
  for (const kind of RECIPIENT_KINDS) {
    const of = proposals.filter((p) => p.kind === kind);
    if (!of.length) continue;
    group++;
    const label = party ? KIND_LABEL[kind].partyNoun.toLocaleUpperCase('vi') : KIND_LABEL[kind].group;
    rows.push({ kind: 'group', number: roman(group), label: `${label} (${formatCount(of.length)})` });
    for (const p of of) rows.push({ kind: 'item', cells: cells(p, ++tt) });
  }
  return rows;
}

/** The số sổ vàng of each proposal: its TT in the decision's annex (by row). */
export function goldBookNumbers(proposals: readonly Proposal[]): Map<number, number> {
  return new Map(inAnnexOrder(proposals).map((p, i) => [p.row, i + 1]));
}
