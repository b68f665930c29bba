/**
 * The Tờ trình đề nghị khen thưởng of `Đơn vị đầu mối` (vn-recognition-format.md §3): State
 * (NĐ 30 Mẫu 1.4): `ỦY BAN NHÂN DÂN XÃ A` / `PHÒNG VĂN HÓA - XÃ HỘI`, `Số:      /TTr-VHXH`,
 * `Kính gửi: Chủ tịch Ủy ban nhân dân xã A.`; Party: `ĐẢNG ỦY XÃ Y` / `BAN XÂY DỰNG ĐẢNG`,
 * `Kính gửi: Ban Thường vụ Đảng ủy xã Y`. Body: grounds, the results, the request by form, the
 * estimated cost, the closing request; `Nơi nhận` `- Như trên; - Lưu: VT, VHXH.`; signature
 * of the unit's head; then the list `DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG` in a landscape section.
 */
import { formatDayVi } from '../../calendar-day';
import { amountInWords, formatDong } from '../../recognition/amount-words';
import type { Proposal } from '../../recognition/proposals';
import { bodyParagraph, dataTable, styledParagraph } from '../block-builders';
import type { BlockSpec, DocumentSpec } from '../document-spec';
import { oneLine } from '../document-text';
import { formatProfile } from '../format-profile';
import { documentCode, headerBlock, officialDocument, titleBlock } from '../official-blocks';
import { planCitation } from '../plan-citation';
import { movementText, totalAmount } from './decision';
import {
  annexRows, committeeInText, communeCommittee, contactCode, countsText, inAnnexOrder, partyCommitteeInText, signedFooter,
  submissionSignature, type DossierInput,
} from './recognition-blocks';

/** The forms in the order of `Cấu hình` › `Hình thức khen thưởng`, with their proposals. */
export function proposalsByForm(input: DossierInput): Array<{ form: string; proposals: Proposal[] }> {
  const order = new Map(input.recognition.forms.map((f, i) => [f, i]));
  const forms = [...new Set(input.proposals.map((p) => p.form))];
  forms.sort((a, b) => (order.get(a) ?? 99) - (order.get(b) ?? 99));
  return forms.map((form) => ({ form, proposals: input.proposals.filter((p) => p.form === form) }));
}

export function buildSubmission(input: DossierInput): DocumentSpec {
  const profile = formatProfile(input.settings.documentFamily);
  const party = profile.family === 'Đảng';
  const { settings, recognition, year } = input;
  const code = contactCode(settings, recognition);
  const unit = oneLine(settings.contactUnit) || (party ? 'Ban Xây dựng Đảng' : 'Văn phòng');
  const headerSettings = {
    ...settings,
    superiorBody: party ? oneLine(settings.issuingBody) || `ĐẢNG ỦY XÃ ${settings.communeName}` : communeCommittee(settings),
    issuingBody: unit.toLocaleUpperCase('vi'),
    issuerCode: code,
  };
  const header = headerBlock(profile, headerSettings, { typeCode: 'TTr', year, ...(input.dated ? { date: input.decisionDay } : {}) });
  const movement = movementText(input);
  const subject = party
    ? `Về việc đề nghị khen thưởng tổ chức đảng, đảng viên năm ${year}`
    : `Về việc đề nghị khen thưởng cho các tập thể, cá nhân có thành tích xuất sắc trong ${movement}`;
  const addressee = party ? `Ban Thường vụ ${partyCommitteeInText(settings)}` : `Chủ tịch ${committeeInText(settings)}`;
  const blocks: BlockSpec[] = [header, ...titleBlock(profile, 'TỜ TRÌNH', subject)];
  blocks.push(styledParagraph(`Kính gửi: ${addressee}${party ? '' : '.'}`, { size: 14, bold: false, italic: false, underline: false, caps: false }, 'center', { spacingBefore: 6, spacingAfter: 12 }));

  for (const g of recognition.grounds) {
    const text = g.replace(/^[-–•]\s*/, '').replace(/[;,.]+$/, '');
    blocks.push(bodyParagraph(profile, `${/^(căn cứ|theo|xét|thực hiện)\s/iu.test(text) ? text : `Căn cứ ${text}`};`));
  }
  const plan = oneLine(settings.planTitle) ? planCitation(profile, settings, oneLine(settings.planTitle)) : '';
  const all = inAnnexOrder(input.proposals);
  blocks.push(bodyParagraph(profile, `${plan ? `Thực hiện ${plan}; ` : ''}trên cơ sở đề nghị của các cơ quan, đơn vị và kết quả bình xét, ${unit} đã tổng hợp ${countsText(all, party)} đủ điều kiện đề nghị khen thưởng.`));
  const requests = proposalsByForm(input).map(({ form, proposals }) =>
    `${/^giấy khen/iu.test(form) ? `tặng ${form}` : `công nhận danh hiệu “${form}”`} cho ${countsText(proposals, party)}`);
  blocks.push(bodyParagraph(profile, `${unit} kính trình ${addressee} xem xét, ${requests.join('; ')} (có danh sách và báo cáo thành tích kèm theo).`));
  const total = totalAmount(all);
  if (total > 0) blocks.push(bodyParagraph(profile, `Dự kiến kinh phí khen thưởng: ${formatDong(total)} đồng (Bằng chữ: ${amountInWords(total)}).`));
  blocks.push(bodyParagraph(profile, `Kính trình ${addressee} xem xét, quyết định${profile.body.end}`));

  const archive = party ? `- Lưu ${unit}.` : `- Lưu: VT, ${code}.`;
  blocks.push(signedFooter(profile, ['Như trên'], archive, submissionSignature(profile, settings, recognition), recognition.submissionSignerName));

  blocks.push({ kind: 'pageBreak', landscape: true });
  blocks.push(styledParagraph('DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG', profile.title.typeName, 'center', { keepWithNext: true }));
  const date = input.dated ? `ngày ${formatDayVi(input.decisionDay)}` : `ngày      /      /${year}`;
  const along = styledParagraph(`(Kèm theo Tờ trình số      ${documentCode(profile, 'TTr', code)}${party ? ',' : ''} ${date} của ${unit})`, { size: 14, bold: false, italic: true, underline: false, caps: false }, 'center');
  along.ruleBelow = { widthFraction: 0.25 };
  along.spacingAfter = 12;
  blocks.push(along);
  const rows = annexRows(all, (p, tt) => [String(tt), p.recipient, p.position || (p.recipient === p.unit ? '' : p.unit), p.form, p.achievement, p.unit], party);
  blocks.push(dataTable(profile, ['TT', 'Tên tập thể / Họ và tên', 'Chức vụ, đơn vị / địa chỉ', 'Hình thức đề nghị', 'Tóm tắt thành tích', 'Đơn vị đề nghị'], rows, {
    fractions: [0.05, 0.2, 0.2, 0.12, 0.29, 0.14], align: ['center', 'left', 'left', 'left', 'left', 'left'], landscape: true, size: 13,
  }));
  return officialDocument(profile, `Tờ trình đề nghị khen thưởng năm ${year}`, blocks);
}
