/**
 * The Docs advanced service (src/local/emulator/docs-advanced.ts): what DocumentApp cannot do —
 * paragraph borders for the official formats' rules, a first page without the header — on
 * the same document model, addressed by the Docs API's indices.
 */
import { describe, expect, it } from 'vitest';
import { errorOf } from './helpers';
import { docServices, DOCUMENTS, DRIVE_FILE, type Any } from './document-helpers';

const border = { width: { magnitude: 0.75, unit: 'PT' }, padding: { magnitude: 1, unit: 'PT' }, dashStyle: 'SOLID', color: { color: { rgbColor: {} } } };

describe('documents.get', () => {
  it('gives the body with Docs indices: section break, paragraphs with their newline, tables with row and cell starts', () => {
    const { g } = docServices();
    const doc = g.DocumentApp.create('t');
    const body = doc.getBody();
    body.getChild(0).asParagraph().setText('ab');
    body.appendTable([['x']]);
    const content = g.Docs.Documents.get(doc.getId()).body.content;
    expect(content[0]).toMatchObject({ endIndex: 1 });
    expect(content[1]).toMatchObject({ startIndex: 1, endIndex: 4 });
    expect(content[1].paragraph.elements.map((e: Any) => e.textRun.content)).toEqual(['ab', '\n']);
    const table = content[2];
    expect([table.startIndex, table.endIndex]).toEqual([4, 10]);
    expect(table.table.tableRows[0].startIndex).toBe(5);
    expect(table.table.tableRows[0].tableCells[0]).toMatchObject({ startIndex: 6, endIndex: 9 });
    expect(table.table.tableRows[0].tableCells[0].content[0]).toMatchObject({ startIndex: 7, endIndex: 9 });
    expect(content[3]).toMatchObject({ startIndex: 10, endIndex: 11 });
  });

  it('a missing document is the API\'s 404', () => {
    const { g } = docServices();
    expect(errorOf(() => g.Docs.Documents.get('nope')).message).toBe('API call to docs.documents.get failed with error: Requested entity was not found.');
  });
});

describe('documents.batchUpdate', () => {
  it('updateParagraphStyle draws a bottom border on the paragraphs the range touches (the rule under a title)', () => {
    const { g, documents } = docServices();
    const doc = g.DocumentApp.create('t');
    const body = doc.getBody();
    body.getChild(0).asParagraph().setText('Độc lập - Tự do - Hạnh phúc');
    const rule = body.appendParagraph('').setIndentStart(50).setIndentEnd(50);
    const el = g.Docs.Documents.get(doc.getId()).body.content[2];
    const reply = g.Docs.Documents.batchUpdate({
      requests: [{ updateParagraphStyle: { range: { startIndex: el.startIndex, endIndex: el.endIndex }, paragraphStyle: { borderBottom: border }, fields: 'borderBottom' } }],
    }, doc.getId());
    expect(reply.replies).toEqual([{}]);
    const model = documents.get(doc.getId())!.body.children as Any[];
    expect(model[1].style.borderBottom).toEqual({ width: 0.75, padding: 1, dashStyle: 'SOLID', color: '#000000' });
    expect(model[0].style.borderBottom).toBeUndefined();
    expect(rule.getIndentStart()).toBe(50);
    expect(g.Docs.Documents.get(doc.getId()).body.content[2].paragraph.paragraphStyle.borderBottom.width).toEqual({ magnitude: 0.75, unit: 'PT' });
  });

  it('reaches paragraphs inside table cells and headers (segmentId)', () => {
    const { g, documents } = docServices();
    const doc = g.DocumentApp.create('t');
    doc.getBody().appendTable([['ỦY BAN NHÂN DÂN', '']]);
    doc.addHeader().getChild(0).asParagraph().setText('trang');
    const got = g.Docs.Documents.get(doc.getId());
    const cellPara = got.body.content[2].table.tableRows[0].tableCells[0].content[0];
    const headerId = got.documentStyle.defaultHeaderId;
    const headerPara = got.headers[headerId].content[0];
    g.Docs.Documents.batchUpdate({
      requests: [
        { updateParagraphStyle: { range: { startIndex: cellPara.startIndex, endIndex: cellPara.endIndex }, paragraphStyle: { borderBottom: border, alignment: 'CENTER' }, fields: 'borderBottom,alignment' } },
        { updateParagraphStyle: { range: { segmentId: headerId, startIndex: headerPara.startIndex, endIndex: headerPara.endIndex }, paragraphStyle: { alignment: 'CENTER' }, fields: 'alignment' } },
        { updateDocumentStyle: { documentStyle: { useFirstPageHeaderFooter: true }, fields: 'useFirstPageHeaderFooter' } },
      ],
    }, doc.getId());
    const model = documents.get(doc.getId())!;
    expect((model.body.children[1] as Any).rows[0].cells[0].children[0].style).toMatchObject({ alignment: 'CENTER', borderBottom: { width: 0.75 } });
    expect((model.header!.children[0] as Any).style.alignment).toBe('CENTER');
    expect(model.useFirstPageHeaderFooter).toBe(true);
    expect(doc.getBody().getTables()[0].getCell(0, 0).getChild(0).getAlignment()).toBe(g.DocumentApp.HorizontalAlignment.CENTER);
  });

  it('updateTextStyle and replaceAllText; createHeader', () => {
    const { g } = docServices();
    const doc = g.DocumentApp.create('t');
    const p = doc.getBody().getChild(0).asParagraph().setText('{{x}} đậm');
    g.Docs.Documents.batchUpdate({
      requests: [
        { updateTextStyle: { range: { startIndex: 7, endIndex: 10 }, textStyle: { bold: true, weightedFontFamily: { fontFamily: 'Times New Roman' } }, fields: 'bold,weightedFontFamily' } },
        { replaceAllText: { containsText: { text: '{{X}}', matchCase: false }, replaceText: 'A$1' } },
        { createHeader: { type: 'DEFAULT' } },
      ],
    }, doc.getId());
    expect(p.getText()).toBe('A$1 đậm');
    expect(p.editAsText().isBold(4)).toBe(true);
    expect(p.editAsText().getFontFamily(5)).toBe('Times New Roman');
    expect(p.editAsText().isBold(0)).toBeNull();
    expect(doc.getHeader()).not.toBeNull();
  });

  it('all or nothing: a bad request leaves the document as it was and says which request failed', () => {
    const { g, documents } = docServices();
    const doc = g.DocumentApp.create('t');
    doc.getBody().getChild(0).asParagraph().setText('ab');
    const error = errorOf(() => g.Docs.Documents.batchUpdate({
      requests: [
        { updateParagraphStyle: { range: { startIndex: 1, endIndex: 4 }, paragraphStyle: { alignment: 'CENTER' }, fields: 'alignment' } },
        { updateParagraphStyle: { range: { startIndex: 1, endIndex: 50 }, paragraphStyle: { alignment: 'END' }, fields: 'alignment' } },
      ],
    }, doc.getId()));
    expect(error.message).toBe('API call to docs.documents.batchUpdate failed with error: Invalid requests[1].updateParagraphStyle: Index 49 must be less than the end index of the referenced segment, 4.');
    expect(error.name).toBe('GoogleJsonResponseException');
    expect((documents.get(doc.getId())!.body.children[0] as Any).style.alignment).toBeUndefined();
  });

  it('needs the documents (or drive) scope; absent unless the manifest enables it', () => {
    const { g } = docServices({ scopes: [DRIVE_FILE] });
    const id = g.Drive.Files.create({ name: 'd', mimeType: 'application/vnd.google-apps.document' }).id;
    expect(errorOf(() => g.Docs.Documents.get(id)).message).toBe('API call to docs.documents.get failed with error: Request had insufficient authentication scopes.');
    const plain = docServices({ scopes: [DOCUMENTS], manifest: { oauthScopes: [DOCUMENTS] } });
    expect(plain.g.Docs).toBeUndefined();
  });
});
