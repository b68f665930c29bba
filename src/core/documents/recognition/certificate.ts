/**
 * The Giấy khen certificate (vn-recognition-format.md §4, Party §2.3): A4 landscape
 * (297 × 210 mm). Full mode prints everything on plain paper — the Quốc hiệu and Tiêu ngữ
 * (Party: `ĐẢNG CỘNG SẢN VIỆT NAM`, no Tiêu ngữ), the giver in red, `TẶNG`, `GIẤY KHEN` in red,
 * the recipient, position or address, the achievement, then the decision number and date with
 * the số sổ vàng on the left and the place-and-date line and the signature on the right. It
 * never draws the Quốc huy. Overlay mode prints only the variable fields onto a bought
 * pre-printed form: the pre-printed lines become empty lines of the same height, so the fields
 * keep their places, and the page margins move by the offsets of `Cấu hình`.
 */
import { formatDayVi } from '../../calendar-day';
import type { Proposal } from '../../recognition/proposals';
import { emptyParagraph } from '../block-builders';
import { A4_PORTRAIT, MM, type BlockSpec, type DocumentSpec, type ParagraphSpec, type TextRun } from '../document-spec';
import { formatProfile } from '../format-profile';
import { issueDateLine, undatedLine } from '../issue-date';
import { communeCommittee, decisionSignature, partyCommitteeInText, type DossierInput } from './recognition-blocks';
import { decisionCodeText } from './decision';

export const RED = '#c00000';
const MARGIN_MM = 18;

type Line = { text: string; size: number; bold?: boolean; italic?: boolean; color?: string; preprinted?: boolean; spacingAfter?: number };

function paragraph(line: Line, overlay: boolean, align: ParagraphSpec['align'] = 'center'): ParagraphSpec {
  if (overlay && line.preprinted) return { ...emptyParagraph(line.size, align), spacingAfter: line.spacingAfter };
  const run: TextRun = { text: line.text, size: line.size };
  if (line.bold) run.bold = true;
  if (line.italic) run.italic = true;
  if (line.color) run.color = line.color;
  return { kind: 'paragraph', runs: [run], align, size: line.size, ...(line.spacingAfter ? { spacingAfter: line.spacingAfter } : {}) };
}

/** The recipient line: `Tập thể …`, `Hộ gia đình …`, Party `Đồng chí …`; a person's name as written. */
export function recipientLine(p: Proposal, party: boolean): string {
  if (p.kind === 'collective') return /^(tập thể|chi bộ|đảng bộ)\s/iu.test(p.recipient) ? p.recipient : `Tập thể ${p.recipient}`;
  if (p.kind === 'household') return /^hộ\s/iu.test(p.recipient) ? p.recipient : `Hộ gia đình ${p.recipient}`;
  return party && !/^đồng chí\s/iu.test(p.recipient) ? `Đồng chí ${p.recipient}` : p.recipient;
}

/** `Đã có thành tích …` (an achievement typed with its own `Đã …` is kept as typed). */
export function achievementLine(achievement: string): string {
  const a = achievement.replace(/[.\s]+$/, '');
  return /^đã\s/iu.test(a) ? a : `Đã có thành tích ${a}`;
}

/** Room for the recipient and the achievement on the one page, points (the rest of the layout is fixed). */
const TEXT_BUDGET_PT = 105;
/** Width of a landscape line between the margins, points. */
const LINE_PT = (297 - 2 * MARGIN_MM) * MM;
/** Blank lines for the signature and seal (4 lines of 14 pt ≈ 20 mm). */
const SIGNATURE_BLANK_LINES = 4;
/** Candidate sizes of the name and the achievement, largest first. */
const SIZES: ReadonlyArray<readonly [number, number]> = [
  [24, 18], [22, 16], [20, 16], [20, 14], [18, 14], [16, 13], [16, 12], [14, 12], [14, 11],
];

/** Estimated height of a text at a size: lines of Times New Roman (≈ 0.47 em a character) × 1.2. */
function heightPt(chars: number, size: number): number {
  return Math.max(1, Math.ceil((chars * size * 0.47) / LINE_PT)) * size * 1.2;
}

/**
 * The largest sizes at which the recipient and the achievement fit the page, so that a
 * certificate is always one page (the longest texts the checks allow — 200 and 600
 * characters — fit at the smallest sizes).
 */
export function fitSizes(nameChars: number, achievementChars: number): { nameSize: number; achievementSize: number } {
  for (const [nameSize, achievementSize] of SIZES) {
    if (heightPt(nameChars, nameSize) + heightPt(achievementChars, achievementSize) <= TEXT_BUDGET_PT) return { nameSize, achievementSize };
  }
  const [nameSize, achievementSize] = SIZES[SIZES.length - 1];
  return { nameSize, achievementSize };
}

export function buildCertificate(input: DossierInput, p: Proposal, goldBook: number): DocumentSpec {
  const profile = formatProfile(input.settings.documentFamily);
  const party = profile.family === 'Đảng';
  const overlay = input.recognition.overlay;
  const { settings, recognition, year } = input;
  const giver = party ? `BAN THƯỜNG VỤ ${partyCommitteeInText(settings).toLocaleUpperCase('vi')}` : `CHỦ TỊCH ${communeCommittee(settings)}`;
  const achievement = achievementLine(p.achievement);
  const { nameSize, achievementSize } = fitSizes(recipientLine(p, party).length, achievement.length);

  const top: Line[] = party
    ? [{ text: 'ĐẢNG CỘNG SẢN VIỆT NAM', size: 14, bold: true, preprinted: true, spacingAfter: 14 }]
    : [
      { text: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', size: 14, bold: true, preprinted: true },
      { text: 'Độc lập - Tự do - Hạnh phúc', size: 14, bold: true, preprinted: true },
    ];
  const blocks: BlockSpec[] = top.map((l) => paragraph(l, overlay));
  if (!party && !overlay) (blocks[blocks.length - 1] as ParagraphSpec).ruleBelow = { widthFraction: 1 };
  if (!party && overlay) (blocks[blocks.length - 1] as ParagraphSpec).spacingAfter = 8; // the rule's height
  const body: Line[] = [
    { text: giver, size: 20, bold: true, color: RED, spacingAfter: 14 },
    { text: 'TẶNG', size: 16, bold: true, preprinted: true, spacingAfter: 8 },
    { text: 'GIẤY KHEN', size: 40, bold: true, color: RED, preprinted: true, spacingAfter: 22 },
    { text: recipientLine(p, party), size: nameSize, bold: true, spacingAfter: 6 },
    ...(p.position && p.position !== p.recipient ? [{ text: p.position, size: 16, spacingAfter: 6 }] : []),
    { text: achievement, size: achievementSize, spacingAfter: 28 },
  ];
  const first = blocks.length;
  for (const l of body) blocks.push(paragraph(l, overlay));
  (blocks[first] as ParagraphSpec).spacingBefore = 24;

  const decision = `Quyết định số${decisionCodeText(profile, input)}${input.dated ? ` ngày ${formatDayVi(input.decisionDay)}` : ` ngày      /      /${year}`}`;
  const dateLine = input.dated ? issueDateLine(settings.placeName, input.decisionDay) : undatedLine(settings.placeName, year);
  const sig = decisionSignature(profile, recognition);
  const left: ParagraphSpec[] = [
    paragraph({ text: decision, size: 13, bold: true, italic: true }, false, 'left'),
    paragraph({ text: `Số sổ vàng: ${String(goldBook).padStart(2, '0')}`, size: 13, bold: true, italic: true }, false, 'left'),
  ];
  const right: ParagraphSpec[] = [
    paragraph({ text: dateLine, size: 14, bold: true, italic: true }, false),
    ...sig.map((s) => paragraph({ text: s, size: 14, bold: true }, false)),
    ...Array.from({ length: SIGNATURE_BLANK_LINES }, () => emptyParagraph(14, 'center')),
    recognition.signerName ? paragraph({ text: recognition.signerName, size: 14, bold: true }, false) : emptyParagraph(14, 'center'),
  ];
  const pageWidth = A4_PORTRAIT.height;
  const width = pageWidth - 2 * MARGIN_MM * MM;
  blocks.push({ kind: 'table', columnWidths: [width * 0.5, width * 0.5], borderWidth: 0, rows: [[{ paragraphs: left }, { paragraphs: right }]] });

  const dx = overlay ? recognition.offsetMm.x * MM : 0;
  const dy = overlay ? recognition.offsetMm.y * MM : 0;
  // The page is given portrait and turned landscape: its top margin is the landscape top.
  return {
    name: `Giấy khen - ${String(goldBook).padStart(2, '0')} - ${p.recipient.slice(0, 80)}`,
    page: {
      width: A4_PORTRAIT.width, height: A4_PORTRAIT.height,
      marginTop: Math.max(0, MARGIN_MM * MM + dy), marginBottom: Math.max(0, MARGIN_MM * MM - dy),
      marginLeft: Math.max(0, MARGIN_MM * MM + dx), marginRight: Math.max(0, MARGIN_MM * MM - dx),
    },
    fontFamily: profile.fontFamily,
    blocks,
    pageNumbersFromPage2: false,
    landscape: true,
  };
}
