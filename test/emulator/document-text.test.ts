/**
 * replaceText / findText (src/local/emulator/document-text.ts): RE2 patterns given as strings,
 * matched per paragraph; Java-style replacement strings; the style the new text takes.
 * And the template flow of the notices: a user template read with DocumentApp, its elements
 * copied into a new document, one table row repeated per item.
 */
import { describe, expect, it } from 'vitest';
import { newParagraph, newTable } from '../../src/local/emulator/document-model';
import { expandReplacement, quoteReplacement, re2ToRegExp } from '../../src/local/emulator/document-text';
import { errorOf } from './helpers';
import { docServices, type Any } from './document-helpers';

function bodyWith(...texts: string[]): { g: Any; body: Any } {
  const { g } = docServices();
  const body = g.DocumentApp.create('t').getBody();
  body.getChild(0).asParagraph().setText(texts[0] ?? '');
  for (const t of texts.slice(1)) body.appendParagraph(t);
  return { g, body };
}

describe('replaceText patterns', () => {
  it('the pattern is a string regex matched in each paragraph separately: ^ and $ are paragraph bounds', () => {
    const { body } = bodyWith('Số 05-TB/ĐU', 'số cũ', 'Số');
    body.replaceText('^Số', 'No.');
    expect(body.getText()).toBe('No. 05-TB/ĐU\nsố cũ\nNo.');
    body.replaceText('cũ$', 'mới');
    expect(body.getText()).toBe('No. 05-TB/ĐU\nsố mới\nNo.');
    // A match never spans two paragraphs.
    body.replaceText('mới\\s+No', 'X');
    expect(body.getText()).toBe('No. 05-TB/ĐU\nsố mới\nNo.');
  });

  it('placeholders in braces must be escaped as in any regex; Vietnamese text matches as is', () => {
    const { body } = bodyWith('Kính gửi: {{Tên đơn vị}}.', '{{Năm}} — {{Năm}}');
    body.replaceText('\\{\\{Tên đơn vị\\}\\}', 'Chi bộ thôn 1');
    body.replaceText('\\{\\{Năm\\}\\}', '2026');
    expect(body.getText()).toBe('Kính gửi: Chi bộ thôn 1.\n2026 — 2026');
  });

  it('$n inserts a group, a backslash quotes the next character, a lone $ is an error', () => {
    const { body } = bodyWith('15/12/2025', 'giá 5');
    body.replaceText('(\\d+)/(\\d+)/(\\d{4})', '$3-$2-$1');
    expect(body.getText()).toBe('2025-12-15\ngiá 5');
    body.replaceText('giá (\\d)', 'giá \\$$1');
    expect(body.getText()).toBe('2025-12-15\ngiá $5');
    expect(errorOf(() => body.replaceText('giá', 'US$')).message).toMatch(/^Invalid regular expression "US\$": Illegal group reference/);
    body.replaceText('giá \\$5', quoteReplacement('C:\\ $0'));
    expect(body.getText()).toBe('2025-12-15\nC:\\ $0');
  });

  it('RE2 syntax: leading (?i), \\Q…\\E, \\pL; look-around and back-references are rejected', () => {
    const { body } = bodyWith('ĐẢNG CỘNG SẢN VIỆT NAM', 'a.b a+b');
    body.replaceText('(?i)đảng cộng sản', 'Đảng Cộng sản');
    expect(body.getChild(0).getText()).toBe('Đảng Cộng sản VIỆT NAM');
    body.replaceText('\\Qa+b\\E', 'x');
    expect(body.getChild(1).getText()).toBe('a.b x');
    body.replaceText('\\pL+$', 'NAM!');
    expect(body.getChild(0).getText()).toBe('Đảng Cộng sản VIỆT NAM!');
    expect(errorOf(() => body.replaceText('a(?=b)', '')).message).toMatch(/^Invalid regular expression "a\(\?=b\)"/);
    expect(errorOf(() => body.replaceText('(a)\\1', '')).message).toMatch(/invalid escape sequence/);
  });

  it('the new text takes the style of the first character it replaces; the rest keeps its own', () => {
    const { g, body } = bodyWith('Người ký: {{Người ký}}');
    const text = body.getChild(0).editAsText();
    text.setBold(10, 21, true);
    body.replaceText('\\{\\{Người ký\\}\\}', 'Lê Văn Lực');
    expect(body.getText()).toBe('Người ký: Lê Văn Lực');
    expect(text.isBold(10)).toBe(true);
    expect(text.isBold(19)).toBe(true);
    expect(text.isBold(0)).toBeNull();
    expect(text.getTextAttributeIndices()).toEqual([0, 10]);
    void g;
  });

  it('replaceText reaches table cells, headers and single elements, and returns the element', () => {
    const { g } = docServices();
    const doc = g.DocumentApp.create('t');
    const body = doc.getBody();
    const table = body.appendTable([['{{a}}', 'b'], ['{{a}}', 'c']]);
    expect(table.getRow(1).replaceText('\\{\\{a\\}\\}', '2')).toBeDefined();
    expect(table.getText()).toBe('{{a}}\nb\n2\nc');
    body.replaceText('\\{\\{a\\}\\}', '1');
    expect(table.getText()).toBe('1\nb\n2\nc');
    doc.addHeader().appendParagraph('{{trang}}');
    doc.getHeader().replaceText('\\{\\{trang\\}\\}', 'Trang');
    expect(doc.getHeader().getText()).toBe('\nTrang');
  });

  it('findText finds matches in order, from a previous result on', () => {
    const { body } = bodyWith('{{a}} và {{b}}', '{{c}}');
    const found: string[] = [];
    for (let r = body.findText('\\{\\{[^}]+\\}\\}'); r !== null; r = body.findText('\\{\\{[^}]+\\}\\}', r)) {
      found.push(r.getElement().getText().slice(r.getStartOffset(), r.getEndOffsetInclusive() + 1));
      expect(r.isPartial()).toBe(true);
    }
    expect(found).toEqual(['{{a}}', '{{b}}', '{{c}}']);
    expect(body.findText('không có')).toBeNull();
  });
});

describe('translation helpers', () => {
  it('re2ToRegExp and expandReplacement', () => {
    expect(re2ToRegExp('(?i)ab').flags).toBe('gi');
    expect(re2ToRegExp('[[:digit:]]+').test('x12')).toBe(true);
    const m = /(\d)(\d)?/.exec('1')!;
    expect(expandReplacement('<$1|$2>', m)).toBe('<1|>');
    expect(() => expandReplacement('$3', m)).toThrow(/No group 3/);
  });
});

describe('templates: copying elements and repeating a row', () => {
  it("a user's template is read with DocumentApp and its paragraphs and tables are copied with their styles", () => {
    const { g, documents } = docServices();
    const template = documents.blank('Mẫu thông báo');
    const heading = newParagraph('THÔNG BÁO', { heading: 'NORMAL', alignment: 'CENTER' }, { bold: true, fontSize: 14, fontFamily: 'Times New Roman' });
    const items = newTable([['STT', 'Tên'], ['{{STT}}', '{{Tên}}']]);
    items.borderWidth = 0.5;
    template.body.children = [heading, items, newParagraph('')];
    documents.add(template);

    const source = g.DocumentApp.openById(template.id).getBody();
    const doc = g.DocumentApp.create('Thông báo 2026');
    const body = doc.getBody();
    for (let i = 0; i < source.getNumChildren(); i++) {
      const child = source.getChild(i);
      const type = child.getType();
      if (type === g.DocumentApp.ElementType.PARAGRAPH) body.appendParagraph(child.copy());
      else if (type === g.DocumentApp.ElementType.TABLE) body.appendTable(child.copy());
    }
    const title = body.getChild(1);
    expect(title.getText()).toBe('THÔNG BÁO');
    expect(title.getAlignment()).toBe(g.DocumentApp.HorizontalAlignment.CENTER);
    expect(title.editAsText().isBold()).toBe(true);
    expect(title.editAsText().getFontFamily()).toBe('Times New Roman');
    const table = body.getTables()[0];
    expect(table.getBorderWidth()).toBe(0.5);
    // The template itself is untouched.
    expect(source.getTables()[0].getText()).toBe('STT\nTên\n{{STT}}\n{{Tên}}');
  });

  it('the template row is copied and inserted once per item, filled with replaceText, then removed', () => {
    const { g } = docServices();
    const body = g.DocumentApp.create('t').getBody();
    const table = body.appendTable([['STT', 'Đơn vị'], ['{{STT}}', '{{Đơn vị}}'], ['Tổng', '']]);
    table.getRow(1).editAsText().setItalic(true);
    const units = ['Chi bộ thôn 1', 'Đoàn Thanh niên $ xã', 'Hội Phụ nữ'];
    const template = table.getRow(1);
    units.forEach((unit, i) => {
      const row = table.insertTableRow(2 + i, template.copy());
      row.replaceText('\\{\\{STT\\}\\}', String(i + 1));
      row.replaceText('\\{\\{Đơn vị\\}\\}', quoteReplacement(unit));
    });
    table.removeRow(1);
    expect(table.getNumRows()).toBe(5);
    expect(table.getText()).toBe('STT\nĐơn vị\n1\nChi bộ thôn 1\n2\nĐoàn Thanh niên $ xã\n3\nHội Phụ nữ\nTổng\n');
    expect(table.getRow(2).getCell(1).editAsText().isItalic()).toBe(true);
    expect(errorOf(() => table.insertTableRow(1, table.getRow(0))).message).toBe('Element must be detached.');
  });

  it('cells: setWidth sets the column, padding and background, vertical alignment', () => {
    const { g, documents } = docServices();
    const doc = g.DocumentApp.create('t');
    const table = doc.getBody().appendTable([['a', 'b'], ['c', 'd']]);
    table.getCell(1, 0).setWidth(187).setPaddingTop(0).setPaddingLeft(0).setBackgroundColor('#EEEEEE')
      .setVerticalAlignment(g.DocumentApp.VerticalAlignment.CENTER);
    table.setColumnWidth(1, 280).setBorderWidth(0);
    expect(table.getColumnWidth(0)).toBe(187);
    expect(table.getCell(0, 0).getWidth()).toBe(187);
    expect(table.getCell(1, 0).getPaddingTop()).toBe(0);
    expect(table.getCell(0, 0).getPaddingTop()).toBe(5);
    expect(table.getCell(1, 0).getBackgroundColor()).toBe('#eeeeee');
    const model = documents.get(doc.getId())!.body.children[1] as Any;
    expect(model.columnWidths).toEqual([187, 280]);
    expect(model.borderWidth).toBe(0);
    expect(model.rows[1].cells[0].style).toEqual({ paddingTop: 0, paddingLeft: 0, backgroundColor: '#eeeeee', verticalAlignment: 'CENTER' });
  });
});
