/**
 * The official layout of both families against vn-document-format.md: page, header, title,
 * footer and body end, element by element (texts, sizes, bold/italic/underline, rules).
 */
import { describe, expect, it } from 'vitest';
import { calendarDay } from '../../../src/core/calendar-day';
import { MM, type ParagraphSpec, type TableSpec } from '../../../src/core/documents/document-spec';
import { formatProfile, PARTY_PROFILE, STATE_PROFILE } from '../../../src/core/documents/format-profile';
import {
  authorityLine, footerBlock, headerBlock, numberLine, pageSpec, recipientLines, titleBlock, withBodyEnd,
} from '../../../src/core/documents/official-blocks';
import { textWidth } from '../../../src/core/documents/block-builders';
import { settingsFor, FEB_5 } from './support';
import { text } from './spec-walk';

const cell = (t: TableSpec, r: number, c: number) => t.rows[r][c].paragraphs;
const texts = (ps: ParagraphSpec[]) => ps.map(text);
const style = (p: ParagraphSpec) => ({
  size: p.runs[0]?.size ?? p.size, bold: !!p.runs[0]?.bold, italic: !!p.runs[0]?.italic, underline: !!p.runs[0]?.underline,
});
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

describe('page geometry (both families)', () => {
  it.each([PARTY_PROFILE, STATE_PROFILE])('A4 with margins 20/20/30/15 mm, Times New Roman, page numbers from page 2 ($family)', (profile) => {
    const page = pageSpec(profile);
    expect(page.width).toBeCloseTo(595.3, 0);
    expect(page.height).toBeCloseTo(841.9, 0);
    expect([page.marginTop, page.marginBottom, page.marginLeft, page.marginRight].map((v) => Math.round(v / MM))).toEqual([20, 20, 30, 15]);
    expect(profile.fontFamily).toBe('Times New Roman');
    expect(profile.pageNumbersFromPage2).toBe(true);
    expect(textWidth(profile) / MM).toBeCloseTo(165, 5);
    expect(textWidth(profile, true) / MM).toBeCloseTo(252, 5);
  });

  it('picks the profile from Khối văn bản', () => {
    expect(formatProfile('Đảng')).toBe(PARTY_PROFILE);
    expect(formatProfile('Chính quyền')).toBe(STATE_PROFILE);
  });
});

describe('Party header (HD 36)', () => {
  const settings = settingsFor('Đảng');
  const header = headerBlock(PARTY_PROFILE, settings, { typeCode: 'TB', date: calendarDay(2026, 2, 20), year: 2026 });

  it('is a borderless two-column table spanning the text width', () => {
    expect(header.borderWidth).toBe(0);
    expect(header.rows).toHaveLength(2);
    expect(header.rows.every((r) => r.length === 2)).toBe(true);
    expect(sum(header.columnWidths)).toBeCloseTo(textWidth(PARTY_PROFILE), 5);
  });

  it('left: superior body (14, regular), issuing body (14, bold), then "*" and no rule', () => {
    const left = cell(header, 0, 0);
    expect(texts(left)).toEqual(['ĐẢNG BỘ TỈNH THANH HÓA', 'ĐẢNG ỦY XÃ THỌ LẬP', '*']);
    expect(left.map(style)).toEqual([
      { size: 14, bold: false, italic: false, underline: false },
      { size: 14, bold: true, italic: false, underline: false },
      { size: 14, bold: false, italic: false, underline: false },
    ]);
    expect(left.every((p) => p.ruleBelow === undefined && p.align === 'center')).toBe(true);
  });

  it('right: ĐẢNG CỘNG SẢN VIỆT NAM (15, bold) with a rule as long as the title', () => {
    const right = cell(header, 0, 1);
    expect(texts(right)).toEqual(['ĐẢNG CỘNG SẢN VIỆT NAM']);
    expect(style(right[0])).toMatchObject({ size: 15, bold: true });
    expect(right[0].ruleBelow).toEqual({ widthFraction: 1 });
  });

  it('number (no colon, hyphen then slash, 14) and the italic date (14) share the second row', () => {
    expect(texts(cell(header, 1, 0))).toEqual(['Số      -TB/ĐU']);
    expect(style(cell(header, 1, 0)[0])).toEqual({ size: 14, bold: false, italic: false, underline: false });
    expect(texts(cell(header, 1, 1))).toEqual(['Thọ Lập, ngày 20 tháng 02 năm 2026']);
    expect(style(cell(header, 1, 1)[0])).toEqual({ size: 14, bold: false, italic: true, underline: false });
  });

  it('numbers documents Số 05-TB/ĐU, Số 12-BC/ĐU', () => {
    expect(numberLine(PARTY_PROFILE, 'TB', 'ĐU', 5)).toBe('Số 05-TB/ĐU');
    expect(numberLine(PARTY_PROFILE, 'BC', 'ĐU', 12)).toBe('Số 12-BC/ĐU');
    expect(numberLine(PARTY_PROFILE, 'TB', 'ĐU')).not.toContain(':');
    const numbered = headerBlock(PARTY_PROFILE, settings, { typeCode: 'TB', number: 5, date: FEB_5, year: 2026 });
    expect(texts(cell(numbered, 1, 0))).toEqual(['Số 05-TB/ĐU']);
    expect(texts(cell(numbered, 1, 1))).toEqual(['Thọ Lập, ngày 05 tháng 02 năm 2026']);
  });

  it('an undated draft leaves the day and month to the văn thư', () => {
    const draft = headerBlock(PARTY_PROFILE, settings, { typeCode: 'TB', year: 2026 });
    expect(text(cell(draft, 1, 1)[0])).toMatch(/^Thọ Lập, ngày +tháng +năm 2026$/);
  });

  it('uses ĐU and the commune name when Ký hiệu cơ quan and Cơ quan ban hành are empty', () => {
    const bare = headerBlock(PARTY_PROFILE, settingsFor('Đảng', { 'Ký hiệu cơ quan': '', 'Cơ quan ban hành': '', 'Cơ quan cấp trên': '' }),
      { typeCode: 'TB', year: 2026 });
    expect(texts(cell(bare, 0, 0))).toEqual(['ĐẢNG ỦY XÃ THỌ LẬP', '*']);
    expect(text(cell(bare, 1, 0)[0])).toBe('Số      -TB/ĐU');
  });
});

describe('State header (NĐ 30)', () => {
  const settings = settingsFor('Chính quyền');
  const header = headerBlock(STATE_PROFILE, settings, { typeCode: 'TB', date: calendarDay(2026, 3, 9), year: 2026 });

  it('left: the issuing body (12, bold, caps) on its lines, a rule of 1/3–1/2 under it, no "*"', () => {
    const left = cell(header, 0, 0);
    expect(texts(left)).toEqual(['ỦY BAN NHÂN DÂN', 'XÃ THỌ LẬP']);
    expect(left.map(style)).toEqual([
      { size: 12, bold: true, italic: false, underline: false },
      { size: 12, bold: true, italic: false, underline: false },
    ]);
    const rule = left[1].ruleBelow!.widthFraction;
    expect(rule).toBeGreaterThanOrEqual(1 / 3);
    expect(rule).toBeLessThanOrEqual(1 / 2);
    expect(left[0].ruleBelow).toBeUndefined();
  });

  it('a superior body is regular 12 caps above the issuing body', () => {
    const withSuperior = headerBlock(STATE_PROFILE, settingsFor('Chính quyền', { 'Cơ quan cấp trên': 'UBND XÃ THỌ LẬP', 'Cơ quan ban hành': 'VĂN PHÒNG HĐND VÀ UBND XÃ' }),
      { typeCode: 'TB', year: 2026 });
    const left = cell(withSuperior, 0, 0);
    expect(text(left[0])).toBe('UBND XÃ THỌ LẬP');
    expect(style(left[0])).toEqual({ size: 12, bold: false, italic: false, underline: false });
  });

  it('right: Quốc hiệu (12, bold), Tiêu ngữ (13, bold) with a rule as long as its text', () => {
    const right = cell(header, 0, 1);
    expect(texts(right)).toEqual(['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc']);
    expect(style(right[0])).toMatchObject({ size: 12, bold: true });
    expect(style(right[1])).toMatchObject({ size: 13, bold: true });
    expect(right[0].ruleBelow).toBeUndefined();
    expect(right[1].ruleBelow).toEqual({ widthFraction: 1 });
  });

  it('number `Số:      /TB-UBND` (13, regular) and the italic date (13) on one row; months from 3 on without a zero', () => {
    expect(texts(cell(header, 1, 0))).toEqual(['Số:      /TB-UBND']);
    expect(style(cell(header, 1, 0)[0])).toEqual({ size: 13, bold: false, italic: false, underline: false });
    expect(texts(cell(header, 1, 1))).toEqual(['Thọ Lập, ngày 09 tháng 3 năm 2026']);
    expect(style(cell(header, 1, 1)[0])).toEqual({ size: 13, bold: false, italic: true, underline: false });
    expect(numberLine(STATE_PROFILE, 'TB', 'UBND', 5)).toBe('Số: 05/TB-UBND');
    expect(numberLine(STATE_PROFILE, 'BC', 'UBND', 3)).toBe('Số: 03/BC-UBND');
  });
});

describe('title block', () => {
  it('Party: THÔNG BÁO (15, bold), the subject lowercase (14, bold), then "-----" and no rule', () => {
    const [type, subject, sep, ...rest] = titleBlock(PARTY_PROFILE, 'THÔNG BÁO', 'Về việc thống nhất lựa chọn mô hình');
    expect(rest).toEqual([]);
    expect(text(type)).toBe('THÔNG BÁO');
    expect(style(type)).toMatchObject({ size: 15, bold: true });
    expect(text(subject)).toBe('về việc thống nhất lựa chọn mô hình');
    expect(style(subject)).toMatchObject({ size: 14, bold: true, italic: false });
    expect(subject.ruleBelow).toBeUndefined();
    expect(text(sep)).toBe('-----');
    expect(style(sep)).toMatchObject({ size: 14, bold: false });
    expect([type, subject, sep].every((p) => p.align === 'center')).toBe(true);
  });

  it('State: THÔNG BÁO (14, bold), the subject with a capital V (14, bold) and a rule of 1/3–1/2 under it', () => {
    const blocks = titleBlock(STATE_PROFILE, 'THÔNG BÁO', 'về việc thống nhất lựa chọn mô hình');
    expect(blocks.map(text)).toEqual(['THÔNG BÁO', 'Về việc thống nhất lựa chọn mô hình']);
    expect(style(blocks[0])).toMatchObject({ size: 14, bold: true });
    expect(style(blocks[1])).toMatchObject({ size: 14, bold: true });
    expect(blocks[1].ruleBelow!.widthFraction).toBeGreaterThanOrEqual(1 / 3);
    expect(blocks[1].ruleBelow!.widthFraction).toBeLessThanOrEqual(1 / 2);
  });
});

describe('footer: Nơi nhận and the signature block', () => {
  it('Party: label underlined, items end with ",", archive "- Lưu Văn phòng Đảng ủy.", T/M … with a regular position line', () => {
    const footer = footerBlock(PARTY_PROFILE, settingsFor('Đảng'));
    expect(footer.borderWidth).toBe(0);
    expect(footer.rows).toHaveLength(1);
    expect(sum(footer.columnWidths)).toBeCloseTo(textWidth(PARTY_PROFILE), 5);
    const left = cell(footer, 0, 0);
    expect(texts(left)).toEqual([
      'Nơi nhận:',
      '- Thường trực Tỉnh ủy (B/c),',
      '- Thường trực Đảng ủy, HĐND, UBND, Ủy ban MTTQ xã,',
      '- Các Đảng bộ, chi bộ trực thuộc,',
      '- Lưu Văn phòng Đảng ủy.',
    ]);
    expect(style(left[0])).toEqual({ size: 14, bold: false, italic: false, underline: true });
    expect(left.slice(1).every((p) => style(p).size === 12 && !style(p).bold && !style(p).italic && p.align === 'left')).toBe(true);

    const right = cell(footer, 0, 1);
    expect(texts(right)).toEqual(['T/M BAN THƯỜNG VỤ', 'PHÓ BÍ THƯ THƯỜNG TRỰC', '', '', '', '', '', 'Lê Văn Lực']);
    expect(style(right[0])).toMatchObject({ size: 14, bold: true });
    expect(style(right[1])).toMatchObject({ size: 14, bold: false });
    expect(style(right[7])).toMatchObject({ size: 14, bold: true });
    expect(right.every((p) => p.align === 'center')).toBe(true);
  });

  it('State: label bold italic 12, items 11 ending with ";", archive "- Lưu: VT, VP.", TM./KT. lines all bold', () => {
    const footer = footerBlock(STATE_PROFILE, settingsFor('Chính quyền'));
    const left = cell(footer, 0, 0);
    expect(texts(left)).toEqual([
      'Nơi nhận:', '- Thường trực Đảng ủy;', '- Thường trực HĐND xã;', '- Các cơ quan, đơn vị;', '- Lưu: VT, VP.',
    ]);
    expect(style(left[0])).toEqual({ size: 12, bold: true, italic: true, underline: false });
    expect(left.slice(1).every((p) => style(p).size === 11 && !style(p).bold && !style(p).italic)).toBe(true);
    const right = cell(footer, 0, 1);
    expect(texts(right)).toEqual(['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', '', '', '', '', '', 'Nguyễn Văn A']);
    expect([0, 1, 2, 8].every((i) => style(right[i]).bold && style(right[i]).size === 14)).toBe(true);
  });

  it('puts `Nơi nhận:` level with the first signing-authority line (first paragraph of each cell)', () => {
    for (const [profile, family] of [[PARTY_PROFILE, 'Đảng'], [STATE_PROFILE, 'Chính quyền']] as const) {
      const footer = footerBlock(profile, settingsFor(family));
      expect(text(cell(footer, 0, 0)[0])).toBe('Nơi nhận:');
      expect(text(cell(footer, 0, 1)[0])).toMatch(/^(T\/M|TM\.) /);
    }
  });

  it('writes each family its own signing prefixes, whatever was typed', () => {
    expect(authorityLine(PARTY_PROFILE, 'TM. Ban Thường vụ')).toBe('T/M BAN THƯỜNG VỤ');
    expect(authorityLine(PARTY_PROFILE, 'KT. BÍ THƯ')).toBe('K/T BÍ THƯ');
    expect(authorityLine(PARTY_PROFILE, 'TL BAN THƯỜNG VỤ')).toBe('T/L BAN THƯỜNG VỤ');
    expect(authorityLine(STATE_PROFILE, 'T/M ỦY BAN NHÂN DÂN')).toBe('TM. ỦY BAN NHÂN DÂN');
    expect(authorityLine(STATE_PROFILE, 'K/T CHỦ TỊCH')).toBe('KT. CHỦ TỊCH');
    expect(authorityLine(STATE_PROFILE, 'TUQ. CHỦ TỊCH')).toBe('TUQ. CHỦ TỊCH');
    expect(authorityLine(STATE_PROFILE, 'TMX ỦY BAN')).toBe('TMX ỦY BAN');
    const footer = footerBlock(STATE_PROFILE, settingsFor('Chính quyền', { 'Thẩm quyền ký': 'T/M ỦY BAN NHÂN DÂN', 'Chức vụ người ký': 'chủ tịch' }));
    expect(texts(cell(footer, 0, 1)).slice(0, 2)).toEqual(['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH']);
  });

  it('falls back to the family default signing block, and leaves the name line empty when there is no name', () => {
    const party = footerBlock(PARTY_PROFILE, settingsFor('Đảng', { 'Thẩm quyền ký': '', 'Chức vụ người ký': '', 'Người ký': '' }));
    expect(texts(cell(party, 0, 1))).toEqual(['T/M BAN THƯỜNG VỤ', 'BÍ THƯ', '', '', '', '', '', '']);
    const state = footerBlock(STATE_PROFILE, settingsFor('Chính quyền', { 'Chức vụ người ký': '' }));
    expect(texts(cell(state, 0, 1))[2]).toBe('PHÓ CHỦ TỊCH');
  });

  it('cleans recipients typed with dashes and end marks, drops a typed archive line and repeats', () => {
    expect(recipientLines(STATE_PROFILE, ['- Thường trực Đảng ủy,', '  Các  chi bộ;', 'Lưu: VT', 'thường trực đảng ủy', ''])).toEqual([
      '- Thường trực Đảng ủy;', '- Các chi bộ;', '- Lưu: VT, VP.',
    ]);
    expect(recipientLines(PARTY_PROFILE, [])).toEqual(['- Lưu Văn phòng Đảng ủy.']);
  });
});

describe('end of the body', () => {
  it('Party ends with "." and State with "./."', () => {
    expect(withBodyEnd(PARTY_PROFILE, 'biết, thực hiện.')).toBe('biết, thực hiện.');
    expect(withBodyEnd(STATE_PROFILE, 'biết, thực hiện.')).toBe('biết, thực hiện./.');
    expect(withBodyEnd(STATE_PROFILE, 'biết, thực hiện')).toBe('biết, thực hiện./.');
  });
});
