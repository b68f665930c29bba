/**
 * The .docx exporter (src/local/docx/export.ts): a notice built through the emulated DocumentApp
 * (and the Docs service for its rules) is exported, read back, and its XML checked for what
 * the official format needs. To look at it: scripts/render-docx.sh on the file this test can
 * write (set DOCX_OUT=dir).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { exportDocx, resolveColumnWidths } from '../../src/local/docx';
import { newDocumentModel, newParagraph, newTable } from '../../src/local/emulator/document-model';
import { docServices } from '../emulator/document-helpers';
import { paragraph, paragraphsOf, readDocxXml, tablesOf } from './read-docx';
import { buildSampleNotice } from './sample-notice';

let xml = '';
let header = '';
let styles = '';

beforeAll(async () => {
  const { services, id } = buildSampleNotice();
  const docx = await exportDocx(services.documents.get(id)!);
  if (process.env.DOCX_OUT !== undefined) {
    mkdirSync(process.env.DOCX_OUT, { recursive: true });
    writeFileSync(path.join(process.env.DOCX_OUT, 'sample-notice.docx'), docx);
  }
  xml = (await readDocxXml(docx))!;
  styles = (await readDocxXml(docx, 'word/styles.xml'))!;
  const rels = (await readDocxXml(docx, 'word/_rels/document.xml.rels'))!;
  const sect = /<w:sectPr>[\s\S]*<\/w:sectPr>/.exec(xml)![0];
  const defaultId = /<w:headerReference w:type="default" r:id="(\w+)"/.exec(sect)![1];
  const target = new RegExp(`Id="${defaultId}"[^>]*Target="([^"]+)"`).exec(rels)![1];
  header = (await readDocxXml(docx, `word/${target}`))!;
});

const TNR = '<w:rFonts w:ascii="Times New Roman" w:cs="Times New Roman" w:eastAsia="Times New Roman" w:hAnsi="Times New Roman"/>';

describe('page', () => {
  it('A4 portrait, margins top/bottom 20, left 30, right 15 mm in twips; a first page without the header', () => {
    const sect = /<w:sectPr>[\s\S]*<\/w:sectPr>/.exec(xml)![0];
    expect(sect).toContain('<w:pgSz w:w="11906" w:h="16838" w:orient="portrait"/>');
    expect(sect).toMatch(/<w:pgMar w:top="1134" w:right="850" w:bottom="1134" w:left="1701" w:header="720" w:footer="720"/);
    expect(sect).toContain('<w:titlePg/>');
    expect(sect).toMatch(/<w:headerReference w:type="first"/);
  });

  it('the header carries a PAGE field in Times New Roman 13', () => {
    expect(header).toMatch(/<w:instrText xml:space="preserve">PAGE<\/w:instrText>/);
    expect(header).toContain(TNR);
    expect(header).toContain('<w:sz w:val="26"/>');
  });

  it("text nobody styled falls back to Docs' defaults: Arial 11, line spacing 1.15", () => {
    expect(styles).toContain('<w:rFonts w:ascii="Arial" w:cs="Arial" w:eastAsia="Arial" w:hAnsi="Arial"/><w:sz w:val="22"/>');
    expect(styles).toContain('<w:spacing w:after="0" w:before="0" w:line="276" w:lineRule="auto"/>');
  });
});

describe('the header table', () => {
  it('is borderless, 40/60 % of the 165 mm text width, with zero cell margins', () => {
    const table = tablesOf(xml)[0]!;
    expect(table).toContain('<w:tblW w:type="dxa" w:w="9354"/>');
    for (const side of ['top', 'left', 'bottom', 'right', 'insideH', 'insideV']) {
      expect(table).toContain(`<w:${side} w:val="none" w:color="auto" w:sz="0"/>`);
    }
    expect(table).toContain('<w:gridCol w:w="3740"/><w:gridCol w:w="5614"/>');
    expect(table).toContain('<w:tcMar><w:top w:type="dxa" w:w="0"/><w:left w:type="dxa" w:w="0"/><w:bottom w:type="dxa" w:w="0"/><w:right w:type="dxa" w:w="0"/></w:tcMar>');
  });

  it('Quốc hiệu bold 12, Tiêu ngữ bold 13, centred, and a rule under each title as a paragraph bottom border', () => {
    const qh = paragraph(xml, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(qh).toContain('<w:jc w:val="center"/>');
    expect(qh).toMatch(new RegExp(`${TNR}<w:b/><w:bCs/><w:i w:val="false"/><w:iCs w:val="false"/><w:sz w:val="24"/>`));
    expect(paragraph(xml, 'Độc lập - Tự do - Hạnh phúc')).toContain('<w:sz w:val="26"/>');
    const rules = paragraphsOf(xml).filter((p) => p.xml.includes('<w:pBdr><w:bottom w:val="single" w:color="000000" w:sz="6" w:space="0"/></w:pBdr>'));
    expect(rules.map((r) => r.text)).toEqual(['', '', '']);
    // The Tiêu ngữ's rule is 165 pt long, centred in its 280.7 pt cell: (280.7 - 165) / 2 pt of indent each side.
    expect(rules[1]!.xml).toContain('<w:ind w:left="1157" w:right="1157"/>');
    expect(xml).not.toContain('{{rule}}');
  });

  it('the number and the italic date share a row', () => {
    const row2 = /<w:tr>(?:(?!<w:tr>)[\s\S])*Số: {6}\/TB-UBND(?:(?!<w:tr>)[\s\S])*<\/w:tr>/.exec(tablesOf(xml)[0]!)![0];
    const date = paragraph(row2, 'Thọ Lập, ngày 05 tháng 02 năm 2026');
    expect(date).toContain('<w:i/>');
    expect(date).toContain('<w:sz w:val="26"/>');
  });
});

describe('title and body', () => {
  it('THÔNG BÁO bold 14 centred, after 18 pt', () => {
    const title = paragraph(xml, 'THÔNG BÁO');
    expect(title).toContain('<w:jc w:val="center"/>');
    expect(title).toContain('<w:spacing w:after="0" w:before="360"');
    expect(title).toMatch(new RegExp(`${TNR}<w:b/><w:bCs/><w:i w:val="false"/><w:iCs w:val="false"/><w:sz w:val="28"/>`));
  });

  it('grounds italic; body justified, first-line indent 1 cm, 6 pt after, line spacing 1.15', () => {
    const grounds = paragraph(xml, 'Căn cứ Kế hoạch đăng ký xây dựng và tổ chức thực hiện mô hình, phong trào, việc làm điển hình tiên tiến năm 2026;');
    expect(grounds).toContain('<w:i/>');
    const body = paragraph(xml, 'Trên cơ sở đăng ký của các chi bộ, cơ quan, đơn vị, Ủy ban nhân dân xã thống nhất lựa chọn 03 mô hình, phong trào, việc làm điển hình tiên tiến năm 2026 như sau:');
    expect(body).toContain('<w:jc w:val="both"/>');
    expect(body).toContain('<w:ind w:left="0" w:right="0" w:firstLine="567"/>');
    expect(body).toContain('<w:spacing w:after="120" w:before="0" w:line="276" w:lineRule="auto"/>');
    expect(body).toContain('<w:b w:val="false"/>');
  });
});

describe('tables', () => {
  it('the items table has single 0.5 pt black borders and the widths set per column', () => {
    const table = tablesOf(xml)[1]!;
    for (const side of ['top', 'left', 'bottom', 'right', 'insideH', 'insideV']) {
      expect(table).toContain(`<w:${side} w:val="single" w:color="000000" w:sz="4"/>`);
    }
    // 34, 110 and 190 pt set; the fourth column takes the rest of 467.7 pt.
    expect(table).toContain('<w:gridCol w:w="680"/><w:gridCol w:w="2200"/><w:gridCol w:w="3800"/><w:gridCol w:w="2674"/>');
    expect(paragraph(table, 'STT')).toContain('<w:b/>');
    expect(paragraph(table, 'Chi bộ thôn 1')).toContain('<w:jc w:val="left"/>');
    expect(table).toContain('<w:vAlign w:val="center"/>');
  });

  it('the signature block: Nơi nhận bold italic 12, recipients 11, authority bold 14', () => {
    const table = tablesOf(xml)[2]!;
    expect(table).toContain('<w:insideV w:val="none"');
    const label = paragraph(table, 'Nơi nhận:');
    expect(label).toMatch(/<w:b\/><w:bCs\/><w:i\/><w:iCs\/><w:sz w:val="24"\/>/);
    expect(label).toContain('<w:jc w:val="left"/>');
    expect(paragraph(table, '- Lưu: VT, VP.')).toContain('<w:sz w:val="22"/>');
    expect(paragraph(table, 'TM. ỦY BAN NHÂN DÂN')).toMatch(/<w:b\/><w:bCs\/><w:i w:val="false"\/><w:iCs w:val="false"\/><w:sz w:val="28"\/>/);
    expect(paragraph(table, 'Lê Văn Lực')).toContain('<w:b/>');
  });

  it('column widths: set ones kept, the rest share what is left', () => {
    const table = newTable([['a', 'b', 'c']]);
    table.columnWidths = [100, null, null];
    expect(resolveColumnWidths(table, 400)).toEqual([100, 150, 150]);
  });
});

describe('other elements', () => {
  it('landscape when the page is wider than high; page breaks; line breaks; links; empty tables are left out', async () => {
    const doc = newDocumentModel('x', 'Phụ lục');
    doc.page.width = 841.89;
    doc.page.height = 595.276;
    const p = newParagraph('dòng 1\rdòng 2');
    p.inlines.push({ kind: 'pageBreak' }, { kind: 'text', text: 'liên kết', style: { linkUrl: 'https://example.org/', underline: true } });
    const empty = newTable([]);
    doc.body.children = [p, empty, newParagraph('')];
    const out = (await readDocxXml(await exportDocx(doc)))!;
    expect(out).toContain('<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/>');
    expect(out).toContain('<w:br w:type="page"/>');
    expect(out).toMatch(/<w:br\/><w:t xml:space="preserve">dòng 2<\/w:t>/);
    expect(out).toContain('<w:hyperlink');
    expect(out).toContain('<w:u w:val="single"/>');
    expect(out).not.toContain('<w:tbl>');
  });

  it('a document straight from DocumentApp exports with its defaults (Letter when the locale is en_US)', async () => {
    const s = docServices();
    s.workbook.locale = 'en_US';
    const doc = s.g.DocumentApp.create('Trống');
    doc.getBody().appendHorizontalRule();
    const out = (await readDocxXml(await exportDocx(s.documents.get(doc.getId())!)))!;
    expect(out).toContain('<w:pgSz w:w="12240" w:h="15840" w:orient="portrait"/>');
    expect(out).toContain('<w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440"');
    expect(out).toContain('<w:pBdr><w:bottom w:val="single" w:color="A0A0A0" w:sz="6" w:space="1"/></w:pBdr>');
  });
});
