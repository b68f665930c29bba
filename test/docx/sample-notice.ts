/**
 * A small notice in the State format (Nghị định 30/2020), built the way an Apps Script renderer
 * would: DocumentApp for the content, the Docs advanced service for what DocumentApp cannot do
 * (the rules as paragraph bottom borders, no header on page 1). Used by the exporter's tests
 * and to render a page to look at.
 */
import { docServices, type Any } from '../emulator/document-helpers';
import type { Services } from '../../src/local/emulator/services';

/** mm to points. */
export const mm = (value: number): number => (value * 72) / 25.4;

const RULE = '{{rule}}';

function styled(p: Any, g: Any, options: { size: number; bold?: boolean; italic?: boolean; align?: string; after?: number; before?: number }): Any {
  const A = g.DocumentApp.Attribute;
  const attrs: Any = {};
  attrs[A.FONT_FAMILY] = 'Times New Roman';
  attrs[A.FONT_SIZE] = options.size;
  attrs[A.BOLD] = options.bold === true;
  attrs[A.ITALIC] = options.italic === true;
  attrs[A.HORIZONTAL_ALIGNMENT] = g.DocumentApp.HorizontalAlignment[options.align ?? 'CENTER'];
  attrs[A.SPACING_BEFORE] = options.before ?? 0;
  attrs[A.SPACING_AFTER] = options.after ?? 0;
  attrs[A.LINE_SPACING] = 1;
  attrs[A.INDENT_FIRST_LINE] = 0;
  attrs[A.INDENT_START] = 0;
  attrs[A.INDENT_END] = 0;
  p.setAttributes(attrs);
  return p;
}

/** An empty paragraph whose bottom border (added later with the Docs service) is a centred rule `length` wide. */
function rule(container: Any, g: Any, width: number, length: number): void {
  const p = styled(container.appendParagraph(RULE), g, { size: 4 });
  const side = Math.max(0, (width - length) / 2);
  p.setIndentStart(side).setIndentEnd(side);
}

/** Fills the first paragraph of a cell, then appends the others. */
function lines(cell: Any, g: Any, specs: Array<[string, Parameters<typeof styled>[2]]>): void {
  specs.forEach(([text, options], i) => {
    const p = i === 0 ? cell.getChild(0).asParagraph().setText(text) : cell.appendParagraph(text);
    styled(p, g, options);
  });
}

function borderless(table: Any, widths: number[]): void {
  table.setBorderWidth(0);
  widths.forEach((w, c) => table.setColumnWidth(c, w));
  for (let r = 0; r < table.getNumRows(); r++) {
    for (let c = 0; c < table.getRow(r).getNumCells(); c++) {
      table.getCell(r, c).setPaddingTop(0).setPaddingBottom(0).setPaddingLeft(0).setPaddingRight(0);
    }
  }
}

export interface SampleNotice {
  services: Services & { g: Any };
  id: string;
}

/** Builds the sample notice; returns the services (documents.get(id) is its model). */
export function buildSampleNotice(): SampleNotice {
  const services = docServices();
  const { g } = services;
  const doc = g.DocumentApp.create('Thông báo phê duyệt 2026');
  const body = doc.getBody();
  body.setMarginTop(mm(20)).setMarginBottom(mm(20)).setMarginLeft(mm(30)).setMarginRight(mm(15));
  const textWidth = body.getPageWidth() - body.getMarginLeft() - body.getMarginRight();
  const left = Math.round(textWidth * 0.4);
  const right = textWidth - left;

  // Header: a borderless two-column table; row 2 puts the number and the date on one line.
  const header = body.insertTable(0, [['', ''], ['', '']]);
  borderless(header, [left, right]);
  lines(header.getCell(0, 0), g, [['ỦY BAN NHÂN DÂN', { size: 12, bold: true }], ['XÃ THỌ LẬP', { size: 12, bold: true }]]);
  rule(header.getCell(0, 0), g, left, left / 3);
  lines(header.getCell(0, 1), g, [['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', { size: 12, bold: true }], ['Độc lập - Tự do - Hạnh phúc', { size: 13, bold: true }]]);
  rule(header.getCell(0, 1), g, right, 165);
  lines(header.getCell(1, 0), g, [['Số:      /TB-UBND', { size: 13, before: 6 }]]);
  lines(header.getCell(1, 1), g, [['Thọ Lập, ngày 05 tháng 02 năm 2026', { size: 13, italic: true, before: 6 }]]);

  // Title, subject and its rule.
  const first = body.getChild(1).asParagraph().setText('THÔNG BÁO');
  styled(first, g, { size: 14, bold: true, before: 18 });
  styled(body.appendParagraph('Về việc thống nhất lựa chọn mô hình, phong trào, việc làm điển hình tiên tiến năm 2026'), g, { size: 14, bold: true });
  rule(body, g, textWidth, textWidth / 3);

  // Grounds (italic) and body (justified, first-line indent 1 cm, 6 pt after).
  const para = (text: string, italic = false): Any => {
    const p = styled(body.appendParagraph(text), g, { size: 14, italic, align: 'JUSTIFY', after: 6 });
    return p.setIndentFirstLine(mm(10)).setLineSpacing(1.15);
  };
  para('Căn cứ Kế hoạch đăng ký xây dựng và tổ chức thực hiện mô hình, phong trào, việc làm điển hình tiên tiến năm 2026;', true).setSpacingBefore(12);
  para('Trên cơ sở đăng ký của các chi bộ, cơ quan, đơn vị, Ủy ban nhân dân xã thống nhất lựa chọn 03 mô hình, phong trào, việc làm điển hình tiên tiến năm 2026 như sau:');

  // The items: a bordered table, header row bold.
  const items = body.appendTable([
    ['STT', 'Đơn vị', 'Tên mô hình, phong trào, việc làm', 'Lĩnh vực'],
    ['1', 'Chi bộ thôn 1', 'Mô hình "Camera an ninh"', 'Quốc phòng - an ninh'],
    ['2', 'Hội Phụ nữ xã', 'Phong trào "Năm không, ba sạch"', 'Văn hóa - xã hội'],
    ['3', 'Văn phòng Đảng ủy', 'Số hóa hồ sơ đảng viên', 'Xây dựng Đảng'],
  ]);
  items.setBorderWidth(0.5).setBorderColor('#000000');
  [34, 110, 190].forEach((w, c) => items.setColumnWidth(c, w));
  for (let r = 0; r < items.getNumRows(); r++) {
    for (let c = 0; c < 4; c++) {
      const cell = items.getCell(r, c);
      styled(cell.getChild(0).asParagraph(), g, { size: 12, bold: r === 0, align: c === 0 || r === 0 ? 'CENTER' : 'LEFT' });
      cell.setVerticalAlignment(g.DocumentApp.VerticalAlignment.CENTER);
    }
  }
  const afterTable = body.getChild(body.getNumChildren() - 1).asParagraph();
  styled(afterTable.setText('Các đơn vị xây dựng kế hoạch trước ngày 15/01/2026 và báo cáo kết quả trước ngày 15/11/2026./.'), g, { size: 14, align: 'JUSTIFY', before: 6, after: 6 })
    .setIndentFirstLine(mm(10));

  // Signature block: borderless, Nơi nhận on the left.
  const sign = body.appendTable([['', '']]);
  borderless(sign, [Math.round(textWidth * 0.45), textWidth - Math.round(textWidth * 0.45)]);
  lines(sign.getCell(0, 0), g, [
    ['Nơi nhận:', { size: 12, bold: true, italic: true, align: 'LEFT', before: 12 }],
    ['- Thường trực Đảng ủy;', { size: 11, align: 'LEFT' }],
    ['- Các chi bộ trực thuộc;', { size: 11, align: 'LEFT' }],
    ['- Lưu: VT, VP.', { size: 11, align: 'LEFT' }],
  ]);
  lines(sign.getCell(0, 1), g, [
    ['TM. ỦY BAN NHÂN DÂN', { size: 14, bold: true, before: 12 }],
    ['KT. CHỦ TỊCH', { size: 14, bold: true }],
    ['PHÓ CHỦ TỊCH', { size: 14, bold: true }],
    ['', { size: 14 }], ['', { size: 14 }], ['', { size: 14 }],
    ['Lê Văn Lực', { size: 14, bold: true }],
  ]);

  // Page numbers from page 2: a header the Docs service keeps off page 1.
  const pageHeader = doc.addHeader();
  styled(pageHeader.getChild(0).asParagraph(), g, { size: 13 });

  // The rules: bottom borders on the marked paragraphs, through the Docs advanced service.
  const id = doc.getId();
  const requests: Any[] = [];
  const walk = (content: Any[]): void => {
    for (const el of content) {
      if (el.paragraph !== undefined) {
        const text = el.paragraph.elements.map((e: Any) => e.textRun?.content ?? '').join('');
        if (text === `${RULE}\n`) {
          requests.push({
            updateParagraphStyle: {
              range: { startIndex: el.startIndex, endIndex: el.endIndex },
              paragraphStyle: { borderBottom: { width: { magnitude: 0.75, unit: 'PT' }, padding: { magnitude: 0, unit: 'PT' }, dashStyle: 'SOLID', color: { color: { rgbColor: {} } } } },
              fields: 'borderBottom',
            },
          });
        }
      }
      if (el.table !== undefined) for (const row of el.table.tableRows) for (const cell of row.tableCells) walk(cell.content);
    }
  };
  walk(g.Docs.Documents.get(id).body.content);
  requests.push({ replaceAllText: { containsText: { text: RULE, matchCase: true }, replaceText: '' } });
  requests.push({ updateDocumentStyle: { documentStyle: { useFirstPageHeaderFooter: true }, fields: 'useFirstPageHeaderFooter' } });
  g.Docs.Documents.batchUpdate({ requests }, id);
  doc.saveAndClose();

  // No API inserts a page-number field (Docs has them only when typed in the editor, or copied
  // from a template that has one): the model gets it directly, as a template would bring it.
  const model = services.documents.get(id)!;
  const headerPara = model.header!.children[0] as Any;
  headerPara.inlines.push({ kind: 'autoText', autoTextType: 'PAGE_NUMBER', style: { fontFamily: 'Times New Roman', fontSize: 13 } });
  return { services, id };
}
