/**
 * The two official document formats as configuration data: the Party format (Hướng dẫn
 * 36-HD/VPTW, 2018) and the State format (Nghị định 30/2020/NĐ-CP, Phụ lục I). Every size,
 * style, separator, prefix and punctuation mark the builders use comes from here, so a new
 * rule (HD 05-HD/VPTW may replace HD 36 for the Party) is a change of data, not of code.
 *
 * Reliability follows shared/vn-document-format.md: values marked [UNVERIFIED] are
 * taken from practice or third-party tools and must be checked by a văn thư with the
 * original text before release. Everything else is [NĐ30] or [HD36-PL3]/[HD36-other].
 *
 * Sizes are in points; margins in millimetres. Pure data, no Apps Script globals.
 */
import type { DocumentFamily } from '../settings';

/** How one element is written: size and style ("caps" = the text is upper-cased). */
export interface ElementStyle {
  size: number;
  bold: boolean;
  italic: boolean;
  underline: boolean;
  caps: boolean;
}

/** What separates two header or title lines: a line of text (`*`, `-----`) or a solid rule. */
export type Separator =
  | { kind: 'text'; text: string; style: ElementStyle }
  /** A solid rule under the previous line, as a fraction of that line's text width. */
  | { kind: 'rule'; widthFraction: number };

/** One line of the header's right cell (Party title, or Quốc hiệu and Tiêu ngữ). */
export interface NationalLine {
  text: string;
  style: ElementStyle;
  /** A solid rule under this line, as a fraction of its text width. */
  ruleBelow?: number;
}

/** Signing-authority prefixes (NĐ 30 II.7.b; HD 36 uses a slash). */
export interface SigningPrefixes {
  /** On behalf of a collective: `T/M` (Party) or `TM.` (State). */
  onBehalf: string;
  /** For the head (a deputy signs): `K/T` or `KT.`. */
  deputy: string;
  /** By order: `T/L` or `TL.`. */
  byOrder: string;
}

export interface FormatProfile {
  family: DocumentFamily;
  /** Short name for comments and logs. */
  rule: 'HD 36-HD/VPTW' | 'NĐ 30/2020/NĐ-CP';
  fontFamily: string;
  /** Page margins (mm), A4. */
  marginsMm: { top: number; bottom: number; left: number; right: number };
  /** Page numbers centred in the top margin from page 2 on. */
  pageNumbersFromPage2: boolean;
  pageNumberSize: number;

  header: {
    /** Share of the text width taken by the left cell (the rest is the right cell). */
    leftColumnFraction: number;
    superiorBody: ElementStyle;
    issuingBody: ElementStyle;
    /** Under the issuing body: `*` (Party) or a rule of 1/3–1/2 of the text (State). */
    underIssuingBody: Separator;
    /** Right cell, top: `ĐẢNG CỘNG SẢN VIỆT NAM` + rule, or Quốc hiệu + Tiêu ngữ + rule. */
    nationalLines: NationalLine[];
    /** `Số` (Party) or `Số:` (State). */
    numberLabel: string;
    /** Between the number and the type code: `-` (Party `05-TB`) or `/` (State `05/TB`). */
    numberTypeJoiner: string;
    /** Between the type code and the issuer code: `/` (Party `TB/ĐU`) or `-` (State `TB-UBND`). */
    typeIssuerJoiner: string;
    /** The blank left for the văn thư in an unnumbered document (`Số      -TB/ĐU`). */
    numberGap: string;
    number: ElementStyle;
    date: ElementStyle;
  };

  /** Type codes of the documents built here (both tables agree on TB and BC). */
  typeCodes: { notice: string; report: string };
  /** Issuer code when `Ký hiệu cơ quan` is empty. */
  defaultIssuerCode: string;

  title: {
    typeName: ElementStyle;
    subject: ElementStyle;
    /** Party subjects start lowercase (`về việc …`); State ones with a capital (`Về việc …`). */
    subjectStartsLowercase: boolean;
    /** Under the subject: `-----` (Party) or a solid rule (State). */
    underSubject: Separator;
  };

  body: {
    size: number;
    /** First-line indent of body paragraphs (mm). */
    indentFirstLineMm: number;
    spacingAfter: number;
    lineSpacing: number;
    /**
     * How the body opens: State `Căn cứ …;` grounds, one per line, then `<issuer> thống nhất
     * như sau:`; Party one sentence `Thực hiện …; trên cơ sở …, <issuer> thống nhất như sau:`.
     */
    groundsAsLines: boolean;
    /** `Căn cứ …` grounds: italic in the State format. */
    grounds: ElementStyle;
    /** Section headings `I. …` (caps, bold) and clause headings `1. …` (bold). */
    sectionHeading: ElementStyle;
    clauseHeading: ElementStyle;
    /** Between a Roman section number and its heading: `I. ` (both; older Party texts `I- `). */
    sectionNumberSuffix: string;
    /** The end of the body: `.` (Party) or `./.` (State). */
    end: string;
  };

  /** Data tables inside the body and in annexes. */
  table: {
    size: number;
    borderWidth: number;
    headerBackground: string;
    groupRowBackground: string;
  };

  signature: {
    /** Share of the text width taken by the `Nơi nhận` cell (the rest is the signature cell). */
    leftColumnFraction: number;
    prefixes: SigningPrefixes;
    authority: ElementStyle;
    position: ElementStyle;
    name: ElementStyle;
    /** Empty lines left for the signature and seal. */
    blankLines: number;
    /** When `Thẩm quyền ký` / `Chức vụ người ký` are empty. */
    defaultAuthority: string;
    defaultPosition: string;
    /** The position when it is empty and the authority lines sign for the head (`KT.`). */
    defaultDeputyPosition: string;
  };

  recipients: {
    label: string;
    labelStyle: ElementStyle;
    itemStyle: ElementStyle;
    /** Each item starts with this (`- `). */
    itemPrefix: string;
    /** Each item but the archive line ends with this: `,` (Party) or `;` (State). */
    itemEnd: string;
    /** The last line. */
    archiveLine: string;
    archiveStyle: ElementStyle;
  };

  /** Citing a document: Party writes a comma before `ngày` (`số 05-TB/ĐU, ngày …`), State does not. */
  citationCommaBeforeDate: boolean;
}

const style = (size: number, flags: Partial<Omit<ElementStyle, 'size'>> = {}): ElementStyle => ({
  size, bold: false, italic: false, underline: false, caps: false, ...flags,
});

/** Party documents: Hướng dẫn 36-HD/VPTW (2018). Check against HD 05-HD/VPTW before release. */
export const PARTY_PROFILE: FormatProfile = {
  family: 'Đảng',
  rule: 'HD 36-HD/VPTW',
  fontFamily: 'Times New Roman',
  // [UNVERIFIED] 20/20/30/15 as implemented in practice (older handbooks: 25/25/35/15).
  marginsMm: { top: 20, bottom: 20, left: 30, right: 15 },
  // [UNVERIFIED] page numbers from page 2, size 14.
  pageNumbersFromPage2: true,
  pageNumberSize: 14,
  header: {
    // Not set by HD 36; the spec sketches ≈ 42 %. 45 % keeps `ĐẢNG BỘ TỈNH THANH HÓA` (14 pt) on one line.
    leftColumnFraction: 0.45,
    superiorBody: style(14, { caps: true }), // [HD36-PL3]
    issuingBody: style(14, { bold: true, caps: true }), // [HD36-PL3]
    underIssuingBody: { kind: 'text', text: '*', style: style(14) }, // [HD36-other]; size 14 is practice
    nationalLines: [
      // [HD36-PL3] 15, caps, bold; rule as long as the title [HD36-other].
      { text: 'ĐẢNG CỘNG SẢN VIỆT NAM', style: style(15, { bold: true, caps: true }), ruleBelow: 1 },
    ],
    numberLabel: 'Số', // [HD36-PL3] no colon: `Số 05-TB/ĐU`
    numberTypeJoiner: '-',
    typeIssuerJoiner: '/',
    numberGap: '      ',
    number: style(14), // [HD36-PL3]
    date: style(14, { italic: true }), // [HD36-PL3]
  },
  // [UNVERIFIED] Party type codes (TB, BC), recollection of HD 36.
  typeCodes: { notice: 'TB', report: 'BC' },
  defaultIssuerCode: 'ĐU', // [UNVERIFIED] also used for documents of the Ban Thường vụ
  title: {
    typeName: style(15, { bold: true, caps: true }), // [HD36-PL3] 15–16
    subject: style(14, { bold: true }), // [HD36-PL3] 14–15
    subjectStartsLowercase: true, // [HD36-PL3] model "về quy hoạch cán bộ …"
    // Five hyphens, not a rule: real documents; the exact text is [UNVERIFIED].
    underSubject: { kind: 'text', text: '-----', style: style(14) },
  },
  body: {
    size: 14, // [HD36-PL3] 14–15
    indentFirstLineMm: 10, // [UNVERIFIED] about 1–1.27 cm
    spacingAfter: 6, // [UNVERIFIED] practice
    lineSpacing: 1.15, // [UNVERIFIED] practice: 1–1.5 lines
    groundsAsLines: false, // practice (spec §3a): "Thực hiện …; trên cơ sở …"
    grounds: style(14), // [UNVERIFIED] Party grounds ("Thực hiện …") are written as body text
    sectionHeading: style(14, { bold: true, caps: true }), // practice
    clauseHeading: style(14, { bold: true }),
    sectionNumberSuffix: '. ', // practice: recent documents `I.`; older `I-`
    end: '.', // [UNVERIFIED] the Party does not use `./.`
  },
  table: { size: 12, borderWidth: 0.5, headerBackground: '#f2f2f2', groupRowBackground: '#f2f2f2' },
  signature: {
    leftColumnFraction: 0.45,
    prefixes: { onBehalf: 'T/M', deputy: 'K/T', byOrder: 'T/L' }, // HD 36: slash prefixes
    authority: style(14, { bold: true, caps: true }), // [UNVERIFIED] size and style
    position: style(14, { caps: true }), // [UNVERIFIED] regular, not bold
    name: style(14, { bold: true }), // [UNVERIFIED]
    blankLines: 5, // practice: 25–30 mm for the signature and seal (5 lines of 14 pt ≈ 28 mm)
    defaultAuthority: 'T/M BAN THƯỜNG VỤ',
    defaultPosition: 'BÍ THƯ',
    defaultDeputyPosition: 'PHÓ BÍ THƯ',
  },
  recipients: {
    label: 'Nơi nhận:',
    labelStyle: style(14, { underline: true }), // [UNVERIFIED] underlined, 14 (some tools 12), not italic
    itemStyle: style(12), // [UNVERIFIED]
    itemPrefix: '- ',
    itemEnd: ',', // practice; configurable
    archiveLine: '- Lưu Văn phòng Đảng ủy.', // [UNVERIFIED] no colon, no VT
    archiveStyle: style(12),
  },
  citationCommaBeforeDate: true,
};

/** State documents: Nghị định 30/2020/NĐ-CP, Phụ lục I (Ủy ban nhân dân xã). */
export const STATE_PROFILE: FormatProfile = {
  family: 'Chính quyền',
  rule: 'NĐ 30/2020/NĐ-CP',
  fontFamily: 'Times New Roman',
  // [NĐ30] top 20–25, bottom 20–25, left 30–35, right 15–20: the low end, equal to the Party values.
  marginsMm: { top: 20, bottom: 20, left: 30, right: 15 },
  pageNumbersFromPage2: true, // [NĐ30] page 1 is not numbered
  pageNumberSize: 13,
  header: {
    leftColumnFraction: 0.4, // practice (§1.3): ≈ 40 / 60 %
    superiorBody: style(12, { caps: true }), // [NĐ30] 12–13, caps, not bold
    issuingBody: style(12, { bold: true, caps: true }), // [NĐ30] 12–13, caps, bold
    underIssuingBody: { kind: 'rule', widthFraction: 0.4 }, // [NĐ30] 1/3–1/2 of the text, centred
    nationalLines: [
      { text: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', style: style(12, { bold: true, caps: true }) }, // [NĐ30] 12–13
      { text: 'Độc lập - Tự do - Hạnh phúc', style: style(13, { bold: true }), ruleBelow: 1 }, // [NĐ30] 13–14; rule = text
    ],
    numberLabel: 'Số:', // [NĐ30] `Số: 05/TB-UBND`
    numberTypeJoiner: '/',
    typeIssuerJoiner: '-',
    numberGap: '      ',
    number: style(13), // [NĐ30] 13
    date: style(13, { italic: true }), // [NĐ30] 13–14, italic
  },
  typeCodes: { notice: 'TB', report: 'BC' }, // [NĐ30] Phụ lục III
  defaultIssuerCode: 'UBND',
  title: {
    typeName: style(14, { bold: true, caps: true }), // [NĐ30] 13–14
    subject: style(14, { bold: true }), // [NĐ30] 13–14, bold, sentence case
    subjectStartsLowercase: false,
    underSubject: { kind: 'rule', widthFraction: 0.4 }, // [NĐ30] 1/3–1/2, centred
  },
  body: {
    size: 14, // [NĐ30] 13–14
    indentFirstLineMm: 10, // [NĐ30] 1 cm or 1.27 cm
    spacingAfter: 6, // [NĐ30] at least 6 pt
    lineSpacing: 1.15, // [NĐ30] single to 1.5 lines
    groundsAsLines: true, // [NĐ30] `Căn cứ …;` one per line
    grounds: style(14, { italic: true }), // [NĐ30] grounds italic
    sectionHeading: style(14, { bold: true, caps: true }), // [NĐ30] Phụ lục I, V.6.b
    clauseHeading: style(14, { bold: true }),
    sectionNumberSuffix: '. ',
    end: './.', // [NĐ30] Mẫu 1.4
  },
  table: { size: 12, borderWidth: 0.5, headerBackground: '#f2f2f2', groupRowBackground: '#f2f2f2' },
  signature: {
    leftColumnFraction: 0.45, // practice (§1.3)
    prefixes: { onBehalf: 'TM.', deputy: 'KT.', byOrder: 'TL.' }, // [NĐ30] II.7.b
    authority: style(14, { bold: true, caps: true }), // [NĐ30] 13–14, caps, bold
    position: style(14, { bold: true, caps: true }), // [NĐ30] bold
    name: style(14, { bold: true }), // [NĐ30]
    blankLines: 5, // practice: 25–30 mm for the signature and seal (5 lines of 14 pt ≈ 28 mm)
    defaultAuthority: 'TM. ỦY BAN NHÂN DÂN',
    defaultPosition: 'CHỦ TỊCH',
    defaultDeputyPosition: 'PHÓ CHỦ TỊCH',
  },
  recipients: {
    label: 'Nơi nhận:',
    labelStyle: style(12, { bold: true, italic: true }), // [NĐ30] 12, bold italic
    itemStyle: style(11), // [NĐ30] 11
    itemPrefix: '- ',
    itemEnd: ';', // [NĐ30]
    archiveLine: '- Lưu: VT, VP.', // [NĐ30] `- Lưu: VT, <drafting unit>.`
    archiveStyle: style(11),
  },
  citationCommaBeforeDate: false, // [NĐ30] II.6.b: no comma before "ngày"
};

/** The profile of a `Khối văn bản`. */
export function formatProfile(family: DocumentFamily): FormatProfile {
  return family === 'Chính quyền' ? STATE_PROFILE : PARTY_PROFILE;
}
