/**
 * The Quyết định khen thưởng (vn-recognition-format.md §1 State, §2 Party) of one form:
 * header (`Số:      /QĐ-UBND`), `QUYẾT ĐỊNH` / subject, the authority line
 * `CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ A` (State), the grounds of the legal frame in force on the
 * decision date (State italic, `;` then `.`; Party `- Căn cứ …;`), the enacting line, Điều 1
 * (who, with the annex), Điều 2 (the amounts of the rule table, the total in figures and
 * words, the fund), Điều 3 (who executes), `Nơi nhận`, the signature (never `TM.` for the
 * State decision: the Chủ tịch decides personally), and the annex list in a landscape
 * section: TT (the số sổ vàng), name, position or address, achievement, amount, note.
 */
import { formatDayVi } from '../../calendar-day';
import { amountInWords, formatDong } from '../../recognition/amount-words';
import type { Proposal } from '../../recognition/proposals';
import { DECREE_129_FORMS, DECREE_129_GROUND, isTitle, RECIPIENT_KINDS } from '../../recognition/rule-table';
import { bodyParagraph, bodyStyled, dataTable, styledParagraph } from '../block-builders';
import type { BlockSpec, DocumentSpec, ParagraphSpec } from '../document-spec';
import { lowerFirst, oneLine } from '../document-text';
import { formatProfile, type FormatProfile } from '../format-profile';
import { documentCode, headerBlock, officialDocument, titleBlock } from '../official-blocks';
import { planCitation } from '../plan-citation';
import {
  annexRows, committeeInText, communeCommittee, contactCode, countsText, decisionSignature, headOfUnit, inAnnexOrder, KIND_LABEL,
  partyCommitteeInText, signedFooter, type DossierInput,
} from './recognition-blocks';

/** The movement as it follows "thành tích xuất sắc trong": the plan's title without `Kế hoạch`. */
export function movementText(input: DossierInput): string {
  const title = oneLine(input.settings.planTitle).replace(/^kế hoạch\s+/iu, '');
  return title ? `thực hiện ${lowerFirst(title)}` : `năm ${input.year}`;
}

export function decisionIssuerCode(profile: FormatProfile, input: DossierInput): string {
  return input.recognition.decisionIssuerCode || (profile.family === 'Đảng' ? 'ĐU' : 'UBND');
}

/** `Số      /QĐ-UBND` as text after `Quyết định số` (unnumbered: the văn thư numbers it). */
export function decisionCodeText(profile: FormatProfile, input: DossierInput): string {
  return `      ${documentCode(profile, 'QĐ', decisionIssuerCode(profile, input))}`;
}

function article(profile: FormatProfile, n: number, text: string): ParagraphSpec {
  const p = bodyParagraph(profile, '');
  p.runs = [{ text: `Điều ${n}. `, bold: true }, { text }];
  return p;
}

function groundLines(profile: FormatProfile, input: DossierInput, form: string): string[] {
  const { settings, recognition, frame } = input;
  const typed = recognition.grounds.map((g) => g.replace(/^[-–•]\s*/, '').replace(/[;,.]+$/, ''))
    .map((g) => (/^(căn cứ|theo|xét)\s/iu.test(g) ? g : `Căn cứ ${g}`));
  if (profile.family === 'Đảng') {
    const lines = [
      'Căn cứ Điều lệ Đảng Cộng sản Việt Nam',
      ...(frame?.partyGrounds ?? []).map((g) => `Căn cứ ${g}`),
      ...typed,
    ];
    const proposer = settings.contactUnit ? `${settings.contactUnit} ${partyCommitteeInText(settings)}` : partyCommitteeInText(settings);
    return [...lines.map((l) => `- ${l};`), `- Xét đề nghị của ${proposer},`];
  }
  // [REC §1.3] order: the laws and decrees, the province's and the commune's rules (typed), the plan, the rest (minutes…).
  const rules = typed.filter((g) => /^căn cứ (quyết định|quy định|quy chế)/iu.test(g));
  const plan = oneLine(settings.planTitle) ? [`Căn cứ ${planCitation(profile, settings, oneLine(settings.planTitle))}`] : [];
  const lines = [
    ...(frame ? [`Căn cứ ${frame.localGovernmentLaw}`] : []),
    'Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022',
    ...(frame ? [`Căn cứ ${frame.decree}`] : []),
    ...(frame?.citeDecree129 && DECREE_129_FORMS.includes(form) ? [`Căn cứ ${DECREE_129_GROUND}`] : []),
    ...rules,
    ...plan,
    ...typed.filter((g) => !rules.includes(g)),
  ];
  // No-break spaces for the number and a word joiner after the hyphen: `số … /TTr-VHXH` never breaks.
  const ttr = `${'\u00a0'.repeat(6)}/TTr-\u2060${contactCode(settings, recognition)}`;
  return [...lines.map((l) => `${l};`), `Theo đề nghị của ${headOfUnit(settings.contactUnit)} tại Tờ trình số${ttr}.`];
}

/** Amount sentence of Điều 2: `tập thể 1.410.000 đồng; cá nhân 710.000 đồng`. */
function amountParts(proposals: readonly Proposal[], party: boolean): string[] {
  const parts: string[] = [];
  for (const kind of RECIPIENT_KINDS) {
    const of = proposals.filter((p) => p.kind === kind && p.amount);
    if (!of.length) continue;
    const amounts = [...new Set(of.map((p) => p.amount!.amount))];
    parts.push(`${party ? KIND_LABEL[kind].partyNoun : KIND_LABEL[kind].noun} ${amounts.map(formatDong).join(' hoặc ')} đồng`);
  }
  return parts;
}

export function totalAmount(proposals: readonly Proposal[]): number {
  return proposals.reduce((sum, p) => sum + (p.amount?.amount ?? 0), 0);
}

export function buildDecision(input: DossierInput, form: string, proposals: readonly Proposal[]): DocumentSpec {
  const profile = formatProfile(input.settings.documentFamily);
  const party = profile.family === 'Đảng';
  const { settings, year } = input;
  const ordered = inAnnexOrder(proposals);
  const title = isTitle(form);
  const issuerSettings = { ...settings, issuerCode: decisionIssuerCode(profile, input) };
  const header = headerBlock(profile, issuerSettings, { typeCode: 'QĐ', year, ...(input.dated ? { date: input.decisionDay } : {}) });
  const movement = movementText(input);
  const subject = title
    ? `Về việc công nhận danh hiệu “${form}” năm ${year}`
    : party
      ? `Về việc tặng Giấy khen cho tổ chức đảng, đảng viên có thành tích xuất sắc trong ${movement}`
      : `Về việc tặng ${form} cho các tập thể, cá nhân có thành tích xuất sắc trong ${movement}`;
  const blocks: BlockSpec[] = [header, ...titleBlock(profile, 'QUYẾT ĐỊNH', subject)];
  if (!party) {
    blocks.push(styledParagraph(`CHỦ TỊCH ${communeCommittee(settings)}`, profile.title.typeName, 'center', { spacingBefore: 6, spacingAfter: 6 }));
  }
  const groundStyle = party ? { ...profile.body.grounds, italic: false } : profile.body.grounds;
  for (const line of groundLines(profile, input, form)) blocks.push(bodyStyled(profile, line, groundStyle));
  blocks.push(styledParagraph(party ? 'BAN THƯỜNG VỤ ĐẢNG ỦY QUYẾT ĐỊNH' : 'QUYẾT ĐỊNH:', profile.title.typeName, 'center', {
    spacingBefore: 6, spacingAfter: 6, keepWithNext: true,
  }));

  const who = countsText(ordered, party);
  const giver = party ? `Ban Thường vụ ${partyCommitteeInText(settings)}` : `Chủ tịch ${committeeInText(settings)}`;
  blocks.push(article(profile, 1, title
    ? `Công nhận danh hiệu “${form}” năm ${year} cho ${who} (có danh sách kèm theo).`
    : `Tặng ${form} của ${giver} cho ${who} đã có thành tích xuất sắc trong ${movement} (có danh sách kèm theo).`));

  const total = totalAmount(ordered);
  const parts = amountParts(ordered, party);
  const basis = ordered.find((p) => p.amount)?.amount?.rate;
  const decree = party ? basis?.article ?? '' : `${basis?.article ?? ''} ${input.frame?.decreeShort ?? ''}`.trim();
  const fund = party ? `kinh phí hoạt động của ${partyCommitteeInText(settings)} năm ${year}` : `Quỹ thi đua, khen thưởng của xã năm ${year}`;
  const a2 = total > 0
    ? `${party ? 'Tổ chức đảng, đảng viên' : 'Tập thể, cá nhân'} có tên tại Điều 1 được ${title ? 'hưởng' : `tặng ${form}, khung và`} tiền thưởng theo ${decree}: ${parts.join('; ')}. Tổng số tiền: ${formatDong(total)} đồng (Bằng chữ: ${amountInWords(total)}). Nguồn kinh phí: ${fund}.`
    : `${party ? 'Tổ chức đảng, đảng viên' : 'Tập thể, cá nhân'} có tên tại Điều 1 được ${title ? 'công nhận danh hiệu' : `tặng ${form}`} theo quy định; không kèm tiền thưởng.`;
  blocks.push(article(profile, 2, a2));
  const executor = party
    ? `Văn phòng Đảng ủy, ${settings.contactUnit || 'các ban của Đảng ủy'}, các chi bộ trực thuộc và các đồng chí có tên tại Điều 1 thi hành Quyết định này.`
    : `Quyết định này có hiệu lực kể từ ngày ký. Chánh Văn phòng HĐND và UBND xã, ${headOfUnit(settings.contactUnit)}, Trưởng phòng Kinh tế và các tập thể, cá nhân có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này./.`;
  blocks.push(article(profile, 3, executor));

  const code = contactCode(settings, input.recognition);
  const recipients = party ? ['Như Điều 3'] : ['Như Điều 3', 'Thường trực Đảng ủy xã (b/c)', 'Thường trực HĐND xã', 'Chủ tịch, các PCT UBND xã'];
  const archive = party ? profile.recipients.archiveLine : `- Lưu: VT, ${code}.`;
  blocks.push(signedFooter(profile, recipients, archive, decisionSignature(profile, input.recognition), input.recognition.signerName));

  // The annex: a landscape section.
  const date = input.dated ? `ngày ${formatDayVi(input.decisionDay)}` : `ngày      /      /${year}`;
  const listTitle = title
    ? `DANH SÁCH ${party ? 'TỔ CHỨC ĐẢNG, ĐẢNG VIÊN' : 'TẬP THỂ, CÁ NHÂN'} ĐƯỢC CÔNG NHẬN DANH HIỆU “${form.toLocaleUpperCase('vi')}” NĂM ${year}`
    : `DANH SÁCH ${party ? 'TỔ CHỨC ĐẢNG, ĐẢNG VIÊN' : 'TẬP THỂ, CÁ NHÂN'} ĐƯỢC TẶNG ${form.toLocaleUpperCase('vi')}`;
  blocks.push({ kind: 'pageBreak', landscape: true });
  blocks.push(styledParagraph('Phụ lục', { ...profile.title.subject, size: 14 }, 'center', { keepWithNext: true }));
  blocks.push(styledParagraph(listTitle, profile.title.typeName, 'center', { keepWithNext: true, spacingBefore: 6 }));
  const along = styledParagraph(
    `(Kèm theo Quyết định số${decisionCodeText(profile, input)}${party ? ',' : ''} ${date} của ${giver})`,
    { size: 14, bold: false, italic: true, underline: false, caps: false }, 'center', { keepWithNext: true },
  );
  along.ruleBelow = { widthFraction: 0.25 };
  along.spacingAfter = 12;
  blocks.push(along);
  const header2 = ['TT', party ? 'Tên tổ chức đảng / Họ và tên' : 'Tên tập thể / Họ và tên', party ? 'Chi bộ, chức vụ' : 'Chức vụ, đơn vị công tác / Địa chỉ', 'Thành tích', 'Số tiền (đồng)', 'Ghi chú'];
  const rows = annexRows(ordered, (p, tt) => [String(tt), p.recipient, p.position || (p.recipient === p.unit ? '' : p.unit), p.achievement, p.amount ? formatDong(p.amount.amount) : '', ''], party);
  if (total > 0) rows.push({ kind: 'item', cells: ['', `Tổng cộng: ${ordered.length}`, '', '', formatDong(total), ''], bold: true });
  blocks.push(dataTable(profile, header2, rows, {
    fractions: [0.05, 0.22, 0.22, 0.31, 0.11, 0.09], align: ['center', 'left', 'left', 'left', 'right', 'left'], landscape: true, size: 13,
  }));
  return officialDocument(profile, `Quyết định khen thưởng - ${form} - năm ${year}`, blocks);
}
