/**
 * DocumentApp (src/local/emulator/document-app.ts, document-elements.ts): creating and opening
 * documents, the body's structure and its quirks, paragraphs and their attributes, text
 * styles, headers, saveAndClose, scopes and call counting.
 */
import { describe, expect, it } from 'vitest';
import { A4 } from '../../src/local/emulator/document-model';
import { errorOf } from './helpers';
import { docServices, DOCUMENTS, DRIVE_FILE, type Any } from './document-helpers';

describe('creating and opening', () => {
  it('a new document is an A4 page with 1-inch margins and one empty paragraph', () => {
    const { g, documents } = docServices();
    const doc = g.DocumentApp.create('Thông báo');
    const body = doc.getBody();
    expect(body.getNumChildren()).toBe(1);
    expect(body.getChild(0).getType()).toBe(g.DocumentApp.ElementType.PARAGRAPH);
    expect(body.getText()).toBe('');
    expect([body.getPageWidth(), body.getPageHeight()]).toEqual([A4.width, A4.height]);
    expect([body.getMarginTop(), body.getMarginBottom(), body.getMarginLeft(), body.getMarginRight()]).toEqual([72, 72, 72, 72]);
    expect(doc.getName()).toBe('Thông báo');
    expect(doc.getUrl()).toBe(`https://docs.google.com/open?id=${doc.getId()}`);
    expect(doc.getId()).toMatch(/^[-\w]{44}$/);
    expect(documents.get(doc.getId())?.name).toBe('Thông báo');
  });

  it('setName renames the Drive file too; ids are deterministic', () => {
    const a = docServices();
    const b = docServices();
    const docA = a.g.DocumentApp.create('x');
    expect(b.g.DocumentApp.create('y').getId()).toBe(docA.getId());
    docA.setName('Thông báo số 2');
    expect(a.drive.files()[0]!.name).toBe('Thông báo số 2');
  });

  it('openById and openByUrl reach the same document; a deleted one is missing, a trashed one opens', () => {
    const { g, drive } = docServices();
    const doc = g.DocumentApp.create('Mẫu');
    doc.getBody().appendParagraph('nội dung');
    expect(g.DocumentApp.openById(doc.getId()).getBody().getText()).toBe('\nnội dung');
    expect(g.DocumentApp.openByUrl(`https://docs.google.com/document/d/${doc.getId()}/edit`).getName()).toBe('Mẫu');
    expect(g.DocumentApp.openByUrl(doc.getUrl()).getName()).toBe('Mẫu');
    drive.trash(doc.getId());
    expect(g.DocumentApp.openById(doc.getId()).getName()).toBe('Mẫu');
    drive.delete(doc.getId());
    const error = errorOf(() => g.DocumentApp.openById(doc.getId()));
    expect(error.message).toBe(`Document ${doc.getId()} is missing (perhaps it was deleted, or you don't have read access?)`);
    expect(error.name).toBe('Exception');
    expect(errorOf(() => g.DocumentApp.openById('1nope')).message).toMatch(/^Document 1nope is missing/);
  });

  it('a document the user made (not the add-on) opens with the documents scope', () => {
    const { g, documents } = docServices();
    const template = documents.blank('Mẫu của tôi');
    documents.add(template);
    expect(g.DocumentApp.openById(template.id).getName()).toBe('Mẫu của tôi');
  });

  it('wrong argument types get the signature message; getUi is not for a spreadsheet-bound script', () => {
    const { g } = docServices();
    expect(errorOf(() => g.DocumentApp.create(5)).message).toBe("The parameters (number) don't match the method signature for DocumentApp.create.");
    expect(errorOf(() => g.DocumentApp.getUi()).message).toBe('Cannot call DocumentApp.getUi() from this context.');
    expect(g.DocumentApp.getActiveDocument()).toBeNull();
  });
});

describe('the body and its quirks', () => {
  it('appendTable leaves an empty paragraph after a table that ends the body; appendParagraph comes after it', () => {
    const { g } = docServices();
    const body = g.DocumentApp.create('t').getBody();
    const table = body.appendTable([['a', 'b'], ['c', 'd']]);
    expect(body.getNumChildren()).toBe(3);
    expect(body.getChild(1).getType()).toBe(g.DocumentApp.ElementType.TABLE);
    expect(body.getChild(2).getType()).toBe(g.DocumentApp.ElementType.PARAGRAPH);
    expect(body.getChild(2).getText()).toBe('');
    expect(table.getNumRows()).toBe(2);
    expect(table.getCell(1, 0).getText()).toBe('c');
    body.appendParagraph('sau bảng');
    expect(body.getNumChildren()).toBe(4);
    expect(body.getChild(3).getText()).toBe('sau bảng');
  });

  it('insertTable before a paragraph adds no paragraph; a table may come first', () => {
    const { g } = docServices();
    const body = g.DocumentApp.create('t').getBody();
    body.insertTable(0, [['x']]);
    expect(body.getNumChildren()).toBe(2);
    expect(body.getChild(0).getType()).toBe(g.DocumentApp.ElementType.TABLE);
  });

  it('appendTable() with no cells makes an empty table to fill row by row', () => {
    const { g } = docServices();
    const body = g.DocumentApp.create('t').getBody();
    const table = body.appendTable();
    expect(table.getNumRows()).toBe(0);
    const row = table.appendTableRow();
    row.appendTableCell('a');
    row.appendTableCell('b');
    expect(table.getText()).toBe('a\nb');
  });

  it("the body's last paragraph cannot be removed; clear() leaves one empty paragraph", () => {
    const { g } = docServices();
    const body = g.DocumentApp.create('t').getBody();
    body.appendParagraph('một');
    const last = body.getChild(1);
    expect(errorOf(() => body.removeChild(last)).message).toBe("Can't remove the last paragraph in a document section.");
    expect(errorOf(() => last.removeFromParent()).message).toBe("Can't remove the last paragraph in a document section.");
    body.removeChild(body.getChild(0));
    expect(body.getText()).toBe('một');
    body.appendTable([['x']]);
    body.clear();
    expect(body.getNumChildren()).toBe(1);
    expect(body.getText()).toBe('');
  });

  it('indices out of range and foreign children get the real messages', () => {
    const { g } = docServices();
    const doc = g.DocumentApp.create('t');
    const body = doc.getBody();
    expect(errorOf(() => body.getChild(3)).message).toBe('Child index (3) must be less than the number of child elements (1).');
    expect(errorOf(() => body.insertParagraph(5, 'x')).message).toBe('Child index (5) must be less than or equal to the number of child elements (1).');
    const other = g.DocumentApp.create('u').getBody().getChild(0);
    expect(errorOf(() => body.getChildIndex(other)).message).toBe('Element does not contain the specified child element.');
    expect(errorOf(() => body.removeChild(other)).message).toBe('Element does not contain the specified child element.');
    expect(errorOf(() => body.appendParagraph(body.getChild(0))).message).toBe('Element must be detached.');
  });

  it('getParagraphs and getTables include what is inside tables; getText joins paragraphs with newlines', () => {
    const { g } = docServices();
    const body = g.DocumentApp.create('t').getBody();
    body.getChild(0).asParagraph().setText('đầu');
    body.appendTable([['a', 'b']]).getCell(0, 1).appendTable([['trong']]);
    expect(body.getParagraphs().map((p: Any) => p.getText())).toEqual(['đầu', 'a', 'b', 'trong', '', '']);
    expect(body.getTables().length).toBe(2);
    expect(body.getText()).toBe('đầu\na\nb\ntrong\n\n');
  });

  it('margins and page size are points on the body; setAttributes takes them too', () => {
    const { g, documents } = docServices();
    const doc = g.DocumentApp.create('t');
    const body = doc.getBody();
    expect(body.setMarginTop(56.7).setMarginLeft(85.05)).toBe(body);
    const attrs: Any = {};
    attrs[g.DocumentApp.Attribute.MARGIN_RIGHT] = 42.5;
    attrs[g.DocumentApp.Attribute.PAGE_WIDTH] = 841.89;
    attrs[g.DocumentApp.Attribute.PAGE_HEIGHT] = 595.28;
    body.setAttributes(attrs);
    const page = documents.get(doc.getId())!.page;
    expect([page.marginTop, page.marginLeft, page.marginRight, page.width, page.height]).toEqual([56.7, 85.05, 42.5, 841.89, 595.28]);
    expect(body.getAttributes()[g.DocumentApp.Attribute.MARGIN_LEFT]).toBe(85.05);
  });
});

describe('paragraphs', () => {
  it('appendParagraph continues the previous paragraph: heading, alignment and the text style at its end', () => {
    const { g } = docServices();
    const body = g.DocumentApp.create('t').getBody();
    const title = body.appendParagraph('THÔNG BÁO');
    title.setHeading(g.DocumentApp.ParagraphHeading.HEADING1).setAlignment(g.DocumentApp.HorizontalAlignment.CENTER);
    title.editAsText().setBold(true).setFontSize(15);
    const next = body.appendParagraph('về việc …');
    expect(next.getHeading()).toBe(g.DocumentApp.ParagraphHeading.HEADING1);
    expect(next.getAlignment()).toBe(g.DocumentApp.HorizontalAlignment.CENTER);
    expect(next.editAsText().isBold()).toBe(true);
    expect(next.editAsText().getFontSize()).toBe(15);
    // A copy appended keeps its own attributes instead.
    const plain = g.DocumentApp.create('u').getBody().appendParagraph('thường').copy();
    expect(body.appendParagraph(plain).editAsText().isBold()).toBeNull();
  });

  it('paragraph attributes: alignment, indents, spacing, line spacing; getAttributes/setAttributes', () => {
    const { g } = docServices();
    const A = g.DocumentApp.Attribute;
    const p = g.DocumentApp.create('t').getBody().appendParagraph('Nội dung');
    p.setAlignment(g.DocumentApp.HorizontalAlignment.JUSTIFY).setIndentFirstLine(28.35).setSpacingAfter(6).setLineSpacing(1.15);
    expect([p.getIndentFirstLine(), p.getIndentStart(), p.getSpacingAfter(), p.getSpacingBefore(), p.getLineSpacing()]).toEqual([28.35, null, 6, null, 1.15]);
    const style: Any = {};
    style[A.FONT_FAMILY] = 'Times New Roman';
    style[A.FONT_SIZE] = 14;
    style[A.ITALIC] = true;
    style[A.INDENT_START] = 10;
    style[A.HORIZONTAL_ALIGNMENT] = g.DocumentApp.HorizontalAlignment.CENTER;
    p.setAttributes(style);
    const attrs = p.getAttributes();
    expect(attrs[A.FONT_FAMILY]).toBe('Times New Roman');
    expect(attrs[A.FONT_SIZE]).toBe(14);
    expect(attrs[A.ITALIC]).toBe(true);
    expect(attrs[A.BOLD]).toBeNull();
    expect(attrs[A.INDENT_START]).toBe(10);
    expect(attrs[A.HORIZONTAL_ALIGNMENT]).toBe(g.DocumentApp.HorizontalAlignment.CENTER);
    expect(attrs[A.HEADING]).toBe(g.DocumentApp.ParagraphHeading.NORMAL);
  });

  it('BORDER_* do not apply to paragraphs in DocumentApp: they are ignored (the Docs service draws paragraph borders)', () => {
    const { g, documents } = docServices();
    const doc = g.DocumentApp.create('t');
    const p = doc.getBody().appendParagraph('');
    const style: Any = {};
    style[g.DocumentApp.Attribute.BORDER_WIDTH] = 1;
    style[g.DocumentApp.Attribute.BORDER_COLOR] = '#000000';
    p.setAttributes(style);
    expect(documents.get(doc.getId())!.body.children[1]).toMatchObject({ kind: 'paragraph', style: { heading: 'NORMAL' } });
    expect((documents.get(doc.getId())!.body.children[1] as Any).style.borderBottom).toBeUndefined();
    expect(p.getAttributes()[g.DocumentApp.Attribute.BORDER_WIDTH]).toBeUndefined();
  });

  it('containers take text attributes for all their text; paragraph attributes must be set per paragraph', () => {
    const { g } = docServices();
    const A = g.DocumentApp.Attribute;
    const cell = g.DocumentApp.create('t').getBody().appendTable([['ô']]).getCell(0, 0);
    const style: Any = {};
    style[A.FONT_SIZE] = 12;
    style[A.HORIZONTAL_ALIGNMENT] = g.DocumentApp.HorizontalAlignment.CENTER;
    style[A.BACKGROUND_COLOR] = '#eeeeee';
    cell.setAttributes(style);
    const p = cell.getChild(0);
    expect(p.editAsText().getFontSize()).toBe(12);
    expect(p.getAlignment()).toBeNull();
    expect(cell.getBackgroundColor()).toBe('#eeeeee');
    expect(p.editAsText().getBackgroundColor()).toBeNull();
  });

  it("'\\n' in text is a line break inside the paragraph; page breaks and rules are children of paragraphs", () => {
    const { g } = docServices();
    const body = g.DocumentApp.create('t').getBody();
    const p = body.appendParagraph('dòng 1\ndòng 2');
    expect(p.getText()).toBe('dòng 1\rdòng 2');
    expect(body.getNumChildren()).toBe(2);
    const pageBreak = body.appendPageBreak();
    expect(pageBreak.getType()).toBe(g.DocumentApp.ElementType.PAGE_BREAK);
    expect(pageBreak.getParent().getType()).toBe(g.DocumentApp.ElementType.PARAGRAPH);
    const rule = body.appendHorizontalRule();
    expect(rule.getParent().getNumChildren()).toBe(1);
    expect(body.getNumChildren()).toBe(4);
  });

  it('siblings, parents, copy and removeFromParent', () => {
    const { g } = docServices();
    const body = g.DocumentApp.create('t').getBody();
    const a = body.appendParagraph('a');
    const b = body.appendParagraph('b');
    expect(a.getNextSibling().getText()).toBe('b');
    expect(b.getPreviousSibling().getText()).toBe('a');
    expect(a.getParent().getType()).toBe(g.DocumentApp.ElementType.BODY_SECTION);
    const copy = a.copy();
    expect(copy.getParent()).toBeNull();
    copy.setText('bản sao');
    expect(a.getText()).toBe('a');
    body.insertParagraph(1, copy);
    expect(body.getText()).toBe('\nbản sao\na\nb');
    expect(a.removeFromParent().getText()).toBe('a');
    expect(body.getText()).toBe('\nbản sao\nb');
    expect(errorOf(() => a.asTable()).message).toBe('Cannot cast Paragraph to Table.');
  });
});

describe('text', () => {
  it('styles ranges as runs; attribute indices, mixed values read null, offsets are checked', () => {
    const { g } = docServices();
    const text = g.DocumentApp.create('t').getBody().appendParagraph('Số 05-TB/ĐU').editAsText();
    text.setFontFamily('Times New Roman').setFontSize(14);
    text.setBold(0, 2, true);
    expect(text.getTextAttributeIndices()).toEqual([0, 3]);
    expect(text.isBold(0)).toBe(true);
    expect(text.isBold(4)).toBeNull();
    expect(text.isBold()).toBeNull();
    expect(text.getFontSize()).toBe(14);
    expect(errorOf(() => text.isBold(20)).message).toBe('Index (20) must be less than the content length (11).');
    expect(errorOf(() => text.setItalic(3, 40, true)).message).toBe('Index (40) must be less than the content length (11).');
    text.setItalic(true).setUnderline(4, 10, false).setForegroundColor('#FF0000');
    expect(text.isItalic()).toBe(true);
    expect(text.getForegroundColor(5)).toBe('#ff0000');
  });

  it('insertText, appendText and deleteText keep the styles around them', () => {
    const { g } = docServices();
    const p = g.DocumentApp.create('t').getBody().appendParagraph('ngày tháng');
    const text = p.editAsText();
    text.setItalic(true);
    text.insertText(4, ' 05');
    expect(text.getText()).toBe('ngày 05 tháng');
    expect(text.isItalic()).toBe(true);
    const appended = p.appendText(' năm 2026');
    expect(appended.isItalic()).toBe(true);
    text.deleteText(0, 4);
    expect(p.getText()).toBe('05 tháng năm 2026');
    expect(p.getNumChildren()).toBe(1);
    expect(p.getChild(0).getType()).toBe(g.DocumentApp.ElementType.TEXT);
  });

  it('editAsText on a container styles every paragraph, empty ones included (their mark)', () => {
    const { g, documents } = docServices();
    const doc = g.DocumentApp.create('t');
    const body = doc.getBody();
    body.appendParagraph('một');
    body.appendTable([['ô']]);
    body.editAsText().setFontFamily('Times New Roman').setFontSize(13);
    const model = documents.get(doc.getId())!;
    expect(model.body.children[0]).toMatchObject({ markStyle: { fontFamily: 'Times New Roman', fontSize: 13 } });
    expect(body.getTables()[0].getCell(0, 0).editAsText().getFontFamily()).toBe('Times New Roman');
    const row = body.getTables()[0].getRow(0);
    row.editAsText().setBold(true);
    expect(row.getCell(0).editAsText().isBold()).toBe(true);
  });
});

describe('headers, footers and closing', () => {
  it('a new document has no header; addHeader once', () => {
    const { g } = docServices();
    const doc = g.DocumentApp.create('t');
    expect(doc.getHeader()).toBeNull();
    const header = doc.addHeader();
    expect(header.getNumChildren()).toBe(1);
    header.appendParagraph('trang');
    expect(doc.getHeader().getText()).toBe('\ntrang');
    expect(errorOf(() => doc.addHeader()).message).toBe('Document tab already contains a header.');
    expect(doc.addFooter().getType()).toBe(g.DocumentApp.ElementType.FOOTER_SECTION);
  });

  it('after saveAndClose the document and its elements cannot be used; opening it again can', () => {
    const { g } = docServices();
    const doc = g.DocumentApp.create('t');
    const body = doc.getBody();
    doc.saveAndClose();
    expect(errorOf(() => body.appendParagraph('x')).message).toBe('Document is closed, its contents cannot be updated.');
    expect(errorOf(() => doc.getBody()).message).toBe('Document is closed, its contents cannot be updated.');
    g.DocumentApp.openById(doc.getId()).getBody().appendParagraph('x');
  });
});

describe('scopes and counting', () => {
  it('without the documents scope every DocumentApp call is refused', () => {
    const { g } = docServices({ scopes: [DRIVE_FILE] });
    expect(errorOf(() => g.DocumentApp.create('t')).message)
      .toBe('You do not have permission to call DocumentApp.create. Required permissions: https://www.googleapis.com/auth/documents');
  });

  it('in AuthMode.NONE DocumentApp is refused', () => {
    const s = docServices({ scopes: [DOCUMENTS] });
    expect(errorOf(() => s.execute(() => s.g.DocumentApp.create('t'), { authMode: 'NONE' })).message)
      .toMatch(/^You do not have permission to call DocumentApp.create/);
  });

  it('every call is counted under its class and method', () => {
    const { g, counter } = docServices();
    const body = g.DocumentApp.create('t').getBody();
    body.appendParagraph('a').editAsText().setBold(true);
    body.appendTable([['x']]).getRow(0).getCell(0).setWidth(100);
    expect(counter.byMethod()).toEqual({
      'Body.appendParagraph': 1, 'Body.appendTable': 1, 'Document.getBody': 1, 'DocumentApp.create': 1,
      'Paragraph.editAsText': 1, 'Table.getRow': 1, 'TableCell.setWidth': 1, 'TableRow.getCell': 1, 'Text.setBold': 1,
    });
    expect(counter.total('DocumentApp')).toBe(9);
  });
});
