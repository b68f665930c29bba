/**
 * The blocks every official document shares, laid out by a format profile
 * (vn-document-format.md §1.3, §2.3): the header (a borderless two-column table: the issuing
 * body, its separator and the number on the left; the Party title or Quốc hiệu and Tiêu ngữ
 * and the italic place-and-date line on the right, the number and the date on one row), the
 * title block (type name, subject, separator), and the footer (a borderless two-column
 * table: `Nơi nhận` with the recipients of `Cấu hình` and the archive line on the left, the
 * signature block on the right). Solid rules are `ParagraphSpec.ruleBelow`, never underlined
 * characters. Also the page geometry and the body's last sentence (`.` or `./.`).
 */
import type { CalendarDay } from '../calendar-day';
import { normalizeName } from '../names';
import type { Settings } from '../settings';
import { A4_PORTRAIT, MM, type BlockSpec, type DocumentSpec, type PageSpec, type ParagraphSpec, type TableSpec } from './document-spec';
import { DOC_TEXT, lowerFirst, upperFirst } from './document-text';
import type { FormatProfile, Separator, SigningPrefixes } from './format-profile';
import { emptyParagraph, styledParagraph, textWidth } from './block-builders';
import { issueDateLine, undatedLine } from './issue-date';
import { textWidthPt } from './text-width';

/** The A4 portrait page with the profile's margins. */
export function pageSpec(profile: FormatProfile): PageSpec {
  const m = profile.marginsMm;
  return {
    width: A4_PORTRAIT.width, height: A4_PORTRAIT.height,
    marginTop: m.top * MM, marginBottom: m.bottom * MM, marginLeft: m.left * MM, marginRight: m.right * MM,
  };
}

/** A whole document in the profile's font and page. */
export function officialDocument(profile: FormatProfile, name: string, blocks: BlockSpec[]): DocumentSpec {
  return {
    name, page: pageSpec(profile), fontFamily: profile.fontFamily, blocks,
    pageNumbersFromPage2: profile.pageNumbersFromPage2, pageNumberSize: profile.pageNumberSize,
  };
}

/** The plan year: `Năm`, else the year of `Hạn báo cáo kết quả`, else today's. */
export function planYear(settings: Settings, today: CalendarDay): number {
  return settings.year ?? settings.resultsDeadline?.year ?? today.year;
}

/** The issuer code of `Ký hiệu cơ quan` (caps), or the profile's. */
export function issuerCodeOf(profile: FormatProfile, settings: Settings): string {
  return (settings.issuerCode.trim() || profile.defaultIssuerCode).toLocaleUpperCase('vi');
}

/** Numbers below 10 take a leading zero (`05`). */
export function documentSerial(n: number): string {
  return String(Math.max(0, Math.floor(n))).padStart(2, '0');
}

/**
 * The code after `Số`: `05-TB/ĐU` (Party) or `05/TB-UBND` (State); without a number only
 * the fixed part, `-TB/ĐU` or `/TB-UBND`.
 */
export function documentCode(profile: FormatProfile, typeCode: string, issuerCode: string, number?: number): string {
  const h = profile.header;
  return `${number === undefined ? '' : documentSerial(number)}${h.numberTypeJoiner}${typeCode}${h.typeIssuerJoiner}${issuerCode}`;
}

/** `Số 05-TB/ĐU`, `Số: 05/TB-UBND`; unnumbered `Số      -TB/ĐU`, `Số:      /TB-UBND`. */
export function numberLine(profile: FormatProfile, typeCode: string, issuerCode: string, number?: number): string {
  const code = documentCode(profile, typeCode, issuerCode, number);
  return number === undefined ? `${profile.header.numberLabel}${profile.header.numberGap}${code}` : `${profile.header.numberLabel} ${code}`;
}

/** The subject in the profile's case: Party `về việc …`, State `Về việc …`. */
export function subjectText(profile: FormatProfile, subject: string): string {
  return profile.title.subjectStartsLowercase ? lowerFirst(subject) : upperFirst(subject);
}

/** The last sentence of the body, ending with the profile's end mark (`.` or `./.`). */
export function withBodyEnd(profile: FormatProfile, sentence: string): string {
  return sentence.replace(/[\s.]+$/, '') + profile.body.end;
}

const PREFIX_PATTERNS: ReadonlyArray<readonly [keyof SigningPrefixes, RegExp]> = [
  ['onBehalf', /^(?:T\s*\/\s*M|TM\.|TM(?=\s))\s*/i],
  ['deputy', /^(?:K\s*\/\s*T|KT\.|KT(?=\s))\s*/i],
  ['byOrder', /^(?:T\s*\/\s*L|TL\.|TL(?=\s))\s*/i],
];

/** A signing-authority line with the profile's prefix: `TM. ỦY BAN` ↔ `T/M ỦY BAN`, in caps. */
export function authorityLine(profile: FormatProfile, line: string): string {
  const text = line.replace(/\s+/g, ' ').trim();
  for (const [key, pattern] of PREFIX_PATTERNS) {
    if (pattern.test(text)) return `${profile.signature.prefixes[key]} ${text.replace(pattern, '')}`.trim().toLocaleUpperCase('vi');
  }
  return text.toLocaleUpperCase('vi');
}

/** The signature block's text: authority lines, position, name (from `Cấu hình`). */
export function signatureLines(profile: FormatProfile, settings: Settings): { authority: string[]; position: string; name: string } {
  const typed = settings.signingAuthority.split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
  const authority = (typed.length ? typed : profile.signature.defaultAuthority.split('\n')).map((l) => authorityLine(profile, l));
  let position = settings.signerTitle.replace(/\s+/g, ' ').trim();
  if (!position) {
    const deputy = authority.some((l) => l.startsWith(`${profile.signature.prefixes.deputy} `));
    position = deputy ? profile.signature.defaultDeputyPosition : profile.signature.defaultPosition;
  }
  return { authority, position: position.toLocaleUpperCase('vi'), name: settings.signerName.replace(/\s+/g, ' ').trim() };
}

/** The issuing collective named in running text (`Ban Thường vụ Đảng ủy`, `Ủy ban nhân dân xã`). */
export function issuerNoun(profile: FormatProfile, settings: Settings): string {
  const first = signatureLines(profile, settings).authority[0] ?? '';
  let body = first;
  for (const [, pattern] of PREFIX_PATTERNS) body = body.replace(pattern, '');
  return DOC_TEXT.issuerNoun(profile.family, body);
}

/**
 * The recipient items of `Nơi nhận` (one per line in `Cấu hình`), each `- … ,` (Party) or
 * `- … ;` (State), then the archive line. Dashes and end marks typed by staff are replaced;
 * a `Lưu …` line they typed is dropped (the profile's archive line is added), and so is a repeat.
 */
export function recipientLines(profile: FormatProfile, recipients: readonly string[]): string[] {
  const items = recipients
    .map((r) => r.replace(/\s+/g, ' ').trim().replace(/^[-–—•+*]+\s*/, '').replace(/[\s,;.]+$/, ''))
    .filter((r) => r !== '' && !/^lưu(?=[\s:]|$)/i.test(r))
    .filter((r, i, all) => all.findIndex((o) => normalizeName(o) === normalizeName(r)) === i);
  return [...items.map((r) => `${profile.recipients.itemPrefix}${r}${profile.recipients.itemEnd}`), profile.recipients.archiveLine];
}

export interface HeaderOptions {
  /** `TB`, `BC`. */
  typeCode: string;
  /** The document number; absent = unnumbered (the văn thư fills it in on issue). */
  number?: number;
  /** The issue date; absent = an undated draft (`ngày      tháng      năm …`). */
  date?: CalendarDay;
  /** The year of an undated line. */
  year: number;
}

function lines(text: string): string[] {
  return text.split(/\r?\n/).map((l) => l.replace(/\s+/g, ' ').trim()).filter(Boolean);
}

/** Paragraphs of a separator under `above` (which gets the rule when it is one). */
function separate(above: ParagraphSpec | undefined, separator: Separator): ParagraphSpec[] {
  if (separator.kind === 'rule') {
    if (above) above.ruleBelow = { widthFraction: separator.widthFraction };
    return [];
  }
  return [styledParagraph(separator.text, separator.style, 'center')];
}

/**
 * The superior body of the header's left cell. A State document names no Party body there: a
 * Party organisation typed in `Cơ quan cấp trên` (`ĐẢNG BỘ …`, `… ỦY …` of the Party) is a
 * Party document's superior, and the commune's People's Committee has no superior line since
 * 07/2025 (vn-document-format.md §1.2 #2a, §5 item 6).
 */
export function superiorLines(profile: FormatProfile, settings: Settings): string[] {
  const typed = lines(settings.superiorBody);
  if (profile.family === 'Đảng') return typed;
  // A People's Committee (of any level) is named alone: `ỦY BAN NHÂN DÂN` / `XÃ Y` (§5 item 6).
  if (/^(ỦY|UỶ) BAN NHÂN DÂN/iu.test(settings.issuingBody.trim()) || settings.issuingBody.trim() === '') return [];
  return typed.filter((l) => !/^(ĐẢNG BỘ|ĐẢNG ỦY|HUYỆN ỦY|TỈNH ỦY|THÀNH ỦY)(?=\s|$)/iu.test(l));
}

/**
 * An issuing-body line in the State format: `ỦY BAN NHÂN DÂN XÃ …` typed on one line is
 * written `ỦY BAN NHÂN DÂN` / `XÃ …` on two (NĐ 30's model), so it never wraps mid-name.
 */
export function issuingBodyLines(profile: FormatProfile, line: string): string[] {
  if (profile.family === 'Đảng') return [line];
  const match = /^(ỦY BAN NHÂN DÂN|UỶ BAN NHÂN DÂN|HỘI ĐỒNG NHÂN DÂN)\s+((?:XÃ|PHƯỜNG|THỊ TRẤN|ĐẶC KHU)\s+.+)$/iu.exec(line);
  return match ? [match[1], match[2]] : [line];
}

/**
 * The header: a borderless table of two rows so that the number and the date share a line.
 * Row 1: superior body, issuing body, `*` or rule | Party title + rule, or Quốc hiệu +
 * Tiêu ngữ + rule. Row 2: `Số …` | the italic place-and-date line.
 */
export function headerBlock(profile: FormatProfile, settings: Settings, options: HeaderOptions): TableSpec {
  const h = profile.header;
  const width = textWidth(profile);
  const left = width * h.leftColumnFraction;

  const leftTop: ParagraphSpec[] = [];
  for (const l of superiorLines(profile, settings)) leftTop.push(styledParagraph(l, h.superiorBody, 'center'));
  const issuing = lines(settings.issuingBody).flatMap((l) => issuingBodyLines(profile, l));
  const issuingLines = issuing.length ? issuing : lines(DOC_TEXT.defaultIssuingBody(profile.family, settings.communeName));
  for (const l of issuingLines) leftTop.push(styledParagraph(l, h.issuingBody, 'center'));
  leftTop.push(...separate(leftTop[leftTop.length - 1], h.underIssuingBody));

  const rightTop = h.nationalLines.map((n) => {
    const p = styledParagraph(n.text, n.style, 'center');
    if (n.ruleBelow !== undefined) p.ruleBelow = { widthFraction: n.ruleBelow };
    return p;
  });

  const number = numberLine(profile, options.typeCode, issuerCodeOf(profile, settings), options.number);
  const date = options.date ? issueDateLine(settings.placeName, options.date) : undatedLine(settings.placeName, options.year);
  const leftWidth = headerLeftWidth(width, left, leftTop, [...rightTop, styledParagraph(date, h.date, 'center')]);
  return {
    kind: 'table',
    columnWidths: [leftWidth, width - leftWidth],
    borderWidth: 0,
    rows: [
      [{ paragraphs: leftTop }, { paragraphs: rightTop }],
      [
        { paragraphs: [styledParagraph(number, h.number, 'center', { spacingBefore: 6 })] },
        { paragraphs: [styledParagraph(date, h.date, 'center', { spacingBefore: 6 })] },
      ],
    ],
  };
}

/** Room kept beside a header line so that it does not touch the other column, points. */
const HEADER_GUTTER = 12;

/**
 * The left column's width: the profile's share, widened so that no line of the issuing
 * bodies wraps (`ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN` at 12 pt does not fit 40 % of the text), as
 * long as the right column still holds its widest line (the Quốc hiệu, the date line).
 */
export function headerLeftWidth(width: number, preferred: number, left: readonly ParagraphSpec[], right: readonly ParagraphSpec[]): number {
  const widest = (ps: readonly ParagraphSpec[]) =>
    Math.max(0, ...ps.map((p) => p.runs.reduce((w, r) => w + textWidthPt(r.text, r.size ?? p.size, r.bold ?? false), 0)));
  const needLeft = widest(left) + HEADER_GUTTER;
  const maxLeft = width - widest(right) - HEADER_GUTTER;
  return Math.max(preferred, Math.min(needLeft, maxLeft));
}

/** `THÔNG BÁO` / the subject in the profile's case / `-----` or a rule. */
export function titleBlock(profile: FormatProfile, typeName: string, subject: string): ParagraphSpec[] {
  const t = profile.title;
  const type = styledParagraph(typeName, t.typeName, 'center', { spacingBefore: 18, keepWithNext: true });
  const subjectParagraph = styledParagraph(subjectText(profile, subject), t.subject, 'center', { keepWithNext: true });
  const blocks = [type, subjectParagraph, ...separate(subjectParagraph, t.underSubject)];
  blocks[blocks.length - 1].spacingAfter = 12;
  return blocks;
}

/**
 * The footer: a borderless one-row table. Left: `Nơi nhận:` (level with the first authority
 * line), the recipients and the archive line. Right: the authority lines, the position, the
 * space for the signature and seal, the signer's name.
 */
export function footerBlock(profile: FormatProfile, settings: Settings, recipients: readonly string[] = settings.recipients): TableSpec {
  const s = profile.signature;
  const r = profile.recipients;
  const width = textWidth(profile);
  const left = width * s.leftColumnFraction;
  const items = recipientLines(profile, recipients);
  const leftCell: ParagraphSpec[] = [
    styledParagraph(r.label, r.labelStyle, 'left'),
    ...items.map((text, i) => styledParagraph(text, i === items.length - 1 ? r.archiveStyle : r.itemStyle, 'left')),
  ];
  const sig = signatureLines(profile, settings);
  const rightCell: ParagraphSpec[] = [
    ...sig.authority.map((l) => styledParagraph(l, s.authority, 'center')),
    styledParagraph(sig.position, s.position, 'center'),
    ...Array.from({ length: s.blankLines }, () => emptyParagraph(s.name.size, 'center')),
    sig.name ? styledParagraph(sig.name, s.name, 'center') : emptyParagraph(s.name.size, 'center'),
  ];
  return {
    kind: 'table',
    columnWidths: [left, width - left],
    borderWidth: 0,
    rows: [[{ paragraphs: leftCell }, { paragraphs: rightCell }]],
  };
}
