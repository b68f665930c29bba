/**
 * The Drive import of a .docx (docx-import.ts) and the validation of every Docs and Drive
 * request against Google's discovery documents (discovery-check.ts): a .docx written by the
 * product's writer, zipped with the emulated Utilities.zip and uploaded with Drive.Files.create,
 * becomes the Google Doc DocumentApp and Docs.Documents.get read; an update replaces it in
 * place; malformed requests fail with Google's 400.
 */
import { describe, expect, it } from 'vitest';
import { DOCX_MIME, docxParts } from '../../src/core/documents/docx/docx-parts';
import { A4_PORTRAIT, MM, type DocumentSpec } from '../../src/core/documents/document-spec';
import { errorOf } from './helpers';
import { docServices, type Any } from './document-helpers';

const DOC_MIME = 'application/vnd.google-apps.document';
const page = { ...A4_PORTRAIT, marginTop: 20 * MM, marginBottom: 20 * MM, marginLeft: 30 * MM, marginRight: 15 * MM };
const p = (text: string, extra: Record<string, unknown> = {}) => ({ kind: 'paragraph' as const, runs: [{ text, bold: true, size: 14 }], align: 'center' as const, size: 14, ...extra });

function spec(title: string): DocumentSpec {
  return {
    name: 'Thông báo', page, fontFamily: 'Times New Roman', pageNumbersFromPage2: true, pageNumberSize: 13,
    blocks: [
      p(title, { keepWithNext: true, ruleBelow: { widthFraction: 0.4 } }),
      { kind: 'pageBreak', landscape: true },
      {
        kind: 'table', borderWidth: 0.5, headerRows: 1, columnWidths: [100, 300, 200],
        rows: [
          [{ paragraphs: [p('STT')] }, { paragraphs: [p('Tên')] }, { paragraphs: [p('Loại')] }],
          [{ paragraphs: [p('I')], background: '#f2f2f2' }, { paragraphs: [p('Khối Đảng')], columnSpan: 2, background: '#f2f2f2' }],
          [{ paragraphs: [p('1')] }, { paragraphs: [p('Mô hình <a> & "b"\u0001')] }, { paragraphs: [p('Mô hình')] }],
        ],
      },
    ],
  };
}

function upload(g: Any, s: DocumentSpec): Any {
  const blobs = docxParts(s).map((part) => g.Utilities.newBlob(part.xml, 'application/xml', part.path));
  return g.Utilities.zip(blobs, 'x.docx').setContentType(DOCX_MIME);
}

describe('Drive import of a .docx', () => {
  it('builds the Google Doc: fonts, page, page number from page 2, landscape section, header row, merged group cell', () => {
    const { g, documents } = docServices();
    const folder = g.Drive.Files.create({ name: 'Thi đua 2026', mimeType: 'application/vnd.google-apps.folder' }, null, { fields: 'id' });
    const file = g.Drive.Files.create({ name: 'Thông báo', mimeType: DOC_MIME, parents: [folder.id] }, upload(g, spec('THÔNG BÁO')), { fields: 'id,parents' });
    expect(file.parents).toEqual([folder.id]);
    const doc = documents.get(file.id)!;
    expect(doc.page.width).toBeCloseTo(595.3, 0);
    expect(doc.page.marginLeft).toBeCloseTo(30 * MM, 0);
    expect(doc.useFirstPageHeaderFooter).toBe(true);
    expect(doc.header!.children[0]).toMatchObject({ kind: 'paragraph', inlines: [{ kind: 'autoText', autoTextType: 'PAGE_NUMBER' }] });
    expect(doc.firstPageHeader!.children[0]).toMatchObject({ inlines: [] });
    const [title, rule, brk] = doc.body.children as Any[];
    expect(title.inlines[0].style).toMatchObject({ fontFamily: 'Times New Roman', fontSize: 14, bold: true });
    expect(title.style.keepWithNext).toBe(true);
    expect(rule.style.borderBottom.width).toBeGreaterThan(0);
    expect(brk.sectionBreakAfter).toEqual({ flipPageOrientation: true });
    const table = doc.body.children.find((b: Any) => b.kind === 'table') as Any;
    expect(table.rows[0].tableHeader).toBe(true);
    expect(table.rows[1].cells).toHaveLength(3);
    expect(table.rows[1].cells[1].style.columnSpan).toBe(2);
    expect(table.rows[1].cells[1].style.backgroundColor).toBe('#f2f2f2');
    // XML-special text arrives as typed; the control character is dropped.
    expect(g.DocumentApp.openById(file.id).getBody().getText()).toContain('Mô hình <a> & "b"');
    // Docs.Documents.get shows the section break, the header row and the merged cell.
    const content = g.Docs.Documents.get(file.id).body.content;
    expect(content.find((e: Any) => e.sectionBreak && e.startIndex > 0).sectionBreak.sectionStyle).toMatchObject({ flipPageOrientation: true });
    const rows = content.find((e: Any) => e.table).table.tableRows;
    expect(rows[0].tableRowStyle).toMatchObject({ tableHeader: true, preventOverflow: true });
    expect(rows[1].tableCells[1].tableCellStyle.columnSpan).toBe(2);
  });

  it('replaces the content of the same Google Doc on update (same id), and refuses what it cannot import', () => {
    const { g, documents } = docServices();
    const file = g.Drive.Files.create({ name: 'a', mimeType: DOC_MIME }, upload(g, spec('MỘT')), { fields: 'id' });
    g.Drive.Files.update({ name: 'b', mimeType: DOC_MIME }, file.id, upload(g, spec('HAI')), { fields: 'id' });
    expect(documents.list()).toHaveLength(1);
    expect(documents.get(file.id)!.name).toBe('b');
    expect(g.DocumentApp.openById(file.id).getBody().getText()).toMatch(/^HAI/);
    const text = g.Utilities.newBlob('hello', 'text/csv', 'a.csv');
    expect(errorOf(() => g.Drive.Files.create({ name: 'c', mimeType: DOC_MIME }, text)).message).toMatch(/^API call to drive.files.create failed with error: Bad Request/);
    const broken = g.Utilities.newBlob('not a zip', DOCX_MIME, 'x.docx');
    expect(errorOf(() => g.Drive.Files.update({ mimeType: DOC_MIME }, file.id, broken)).message).toMatch(/cannot be imported/);
  });

  it('zips and unzips blobs with their names (folders included)', () => {
    const { g } = docServices();
    const zip = g.Utilities.zip([g.Utilities.newBlob('<a/>', 'application/xml', 'word/document.xml')], 'x.zip');
    expect(zip.getContentType()).toBe('application/zip');
    const back = g.Utilities.unzip(zip);
    expect(back.map((b: Any) => [b.getName(), b.getDataAsString()])).toEqual([['word/document.xml', '<a/>']]);
    expect(errorOf(() => g.Utilities.zip([g.Utilities.newBlob('x')])).message).toBe('Blob object must have non-null name for this operation.');
  });
});

describe('requests checked against the discovery documents', () => {
  it('fails an unknown field, a bad enum value and a wrong type in a Docs batchUpdate as Google\'s 400', () => {
    const { g } = docServices();
    const doc = g.DocumentApp.create('t');
    doc.getBody().getChild(0).asParagraph().setText('ab');
    const id = doc.getId();
    const range = { startIndex: 1, endIndex: 3 };
    const send = (request: object) => errorOf(() => g.Docs.Documents.batchUpdate({ requests: [request] }, id));
    expect(send({ updateParagraphStyle: { range, paragraphStyle: { alignmnt: 'CENTER' }, fields: 'alignment' } }).message)
      .toBe('API call to docs.documents.batchUpdate failed with error: Invalid JSON payload received. Unknown name "alignmnt" at \'requests[0].update_paragraph_style.paragraph_style\': Cannot find field.');
    expect(send({ updateParagraphStyle: { range, paragraphStyle: { alignment: 'MIDDLE' }, fields: 'alignment' } }).message)
      .toMatch(/Invalid value at 'requests\[0\]\.update_paragraph_style\.paragraph_style\.alignment' \(.*\), "MIDDLE"$/);
    expect(send({ updateTextStyle: { range, textStyle: { bold: 'yes' }, fields: 'bold' } }).message)
      .toMatch(/Invalid value at 'requests\[0\]\.update_text_style\.text_style\.bold' \(TYPE_BOOL\), "yes"$/);
    expect(send({ insertKitten: {} }).message).toMatch(/Unknown name "insertKitten" at 'requests\[0\]'/);
    expect((send({ updateTextStyle: { range, textStyle: { bold: 'yes' }, fields: 'bold' } }) as Any).details).toMatchObject({ code: 400 });
  });

  it('fails an unknown Drive parameter, a bad field selection and a wrong type in a file resource', () => {
    const { g } = docServices();
    const f = g.Drive.Files.create({ name: 'x', mimeType: 'application/vnd.google-apps.folder' });
    expect(errorOf(() => g.Drive.Files.get(f.id, { feilds: 'id' })).message)
      .toBe('API call to drive.files.get failed with error: Invalid JSON payload received. Unknown name "feilds": Cannot bind query parameter. Field \'feilds\' could not be found in request message.');
    expect(errorOf(() => g.Drive.Files.get(f.id, { fields: 'id,colour' })).message).toBe('API call to drive.files.get failed with error: Invalid field selection colour');
    expect(errorOf(() => g.Drive.Files.list({ fields: 'files(id,nom)' })).message).toMatch(/Invalid field selection nom$/);
    expect(errorOf(() => g.Drive.Files.update({ trashed: 'no' }, f.id)).message).toMatch(/Invalid value at 'trashed' \(TYPE_BOOL\), "no"$/);
    expect(errorOf(() => g.Drive.Files.create({ title: 'v2 name' })).message).toMatch(/Unknown name "title": Cannot find field\.$/);
    expect(g.Drive.Files.get(f.id, { fields: 'id,name,trashed,parents' }).name).toBe('x');
  });
});
