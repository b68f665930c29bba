/**
 * A DocumentSpec as the parts of a .docx package (path + XML text), ready to be zipped: the
 * content types, the relationships, `word/document.xml`, the styles (Times New Roman, the
 * body size, Vietnamese), the settings, the core properties (title), and — when the spec
 * wants page numbers from page 2 — a default header holding a centred PAGE field and an
 * empty first-page header (`titlePg`), so page 1 has no number (NĐ 30). Drive imports a PAGE
 * field in a header as a Google Docs page number: the one thing no Docs API request can insert.
 * Pure: the server zips these with `Utilities.zip`; locally the same bytes are written to disk.
 */
import type { DocumentSpec } from '../document-spec';
import { bodyXml, twips } from './body-xml';
import { el, escapeXml, XML_HEADER } from './xml';

export const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export interface DocxPart {
  path: string;
  xml: string;
}

const NS_W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const NS_R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';
const CT = 'application/vnd.openxmlformats-officedocument.wordprocessingml';

/** Distance of the page-number header from the top edge, points (10 mm: inside the 20 mm margin). */
const HEADER_DISTANCE = 10 * (72 / 25.4);

function contentTypes(withHeaders: boolean): string {
  const overrides = [
    ['/word/document.xml', `${CT}.document.main+xml`],
    ['/word/styles.xml', `${CT}.styles+xml`],
    ['/word/settings.xml', `${CT}.settings+xml`],
    ['/docProps/core.xml', 'application/vnd.openxmlformats-package.core-properties+xml'],
    ...(withHeaders ? [['/word/header1.xml', `${CT}.header+xml`], ['/word/header2.xml', `${CT}.header+xml`]] : []),
  ];
  return `${XML_HEADER}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">`
    + '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    + '<Default Extension="xml" ContentType="application/xml"/>'
    + overrides.map(([part, type]) => el('Override', { PartName: part, ContentType: type })).join('')
    + '</Types>';
}

function packageRels(): string {
  return `${XML_HEADER}<Relationships xmlns="${PKG_REL}">`
    + el('Relationship', { Id: 'rId1', Type: `${REL}/officeDocument`, Target: 'word/document.xml' })
    + el('Relationship', { Id: 'rId2', Type: 'http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties', Target: 'docProps/core.xml' })
    + '</Relationships>';
}

function documentRels(withHeaders: boolean): string {
  return `${XML_HEADER}<Relationships xmlns="${PKG_REL}">`
    + el('Relationship', { Id: 'rId1', Type: `${REL}/styles`, Target: 'styles.xml' })
    + el('Relationship', { Id: 'rId2', Type: `${REL}/settings`, Target: 'settings.xml' })
    + (withHeaders
      ? el('Relationship', { Id: 'rId3', Type: `${REL}/header`, Target: 'header1.xml' })
        + el('Relationship', { Id: 'rId4', Type: `${REL}/header`, Target: 'header2.xml' })
      : '')
    + '</Relationships>';
}

function styles(spec: DocumentSpec, bodySize: number): string {
  const f = escapeXml(spec.fontFamily);
  const sz = Math.round(bodySize * 2);
  return `${XML_HEADER}<w:styles xmlns:w="${NS_W}"><w:docDefaults><w:rPrDefault><w:rPr>`
    + `<w:rFonts w:ascii="${f}" w:hAnsi="${f}" w:cs="${f}" w:eastAsia="${f}"/><w:sz w:val="${sz}"/><w:szCs w:val="${sz}"/>`
    + '<w:lang w:val="vi-VN" w:eastAsia="vi-VN" w:bidi="ar-SA"/></w:rPr></w:rPrDefault>'
    + '<w:pPrDefault><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>'
    + '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>'
    + '<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:uiPriority w:val="99"/>'
    + '<w:semiHidden/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/>'
    + '<w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>'
    + '</w:styles>';
}

function settings(): string {
  return `${XML_HEADER}<w:settings xmlns:w="${NS_W}"><w:defaultTabStop w:val="720"/><w:characterSpacingControl w:val="doNotCompress"/>`
    + '<w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat>'
    + '</w:settings>';
}

function coreProperties(title: string): string {
  return `${XML_HEADER}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" `
    + 'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
    + 'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
    + `<dc:title>${escapeXml(title)}</dc:title><dc:language>vi-VN</dc:language></cp:coreProperties>`;
}

/** A header part: a centred PAGE field in the page-number size, or an empty line. */
function header(spec: DocumentSpec, withNumber: boolean, size: number): string {
  const f = escapeXml(spec.fontFamily);
  const rPr = `<w:rPr><w:rFonts w:ascii="${f}" w:hAnsi="${f}" w:cs="${f}" w:eastAsia="${f}"/><w:sz w:val="${size * 2}"/><w:szCs w:val="${size * 2}"/></w:rPr>`;
  const field = withNumber
    ? `<w:r>${rPr}<w:fldChar w:fldCharType="begin"/></w:r><w:r>${rPr}<w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>`
      + `<w:r>${rPr}<w:fldChar w:fldCharType="separate"/></w:r><w:r>${rPr}<w:t>2</w:t></w:r><w:r>${rPr}<w:fldChar w:fldCharType="end"/></w:r>`
    : '';
  return `${XML_HEADER}<w:hdr xmlns:w="${NS_W}" xmlns:r="${NS_R}"><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/>`
    + `<w:jc w:val="center"/>${rPr}</w:pPr>${field}</w:p></w:hdr>`;
}

/** Every part of the .docx of `spec`. */
export function docxParts(spec: DocumentSpec): DocxPart[] {
  const withHeaders = spec.pageNumbersFromPage2;
  const bodySize = spec.blocks.find((b) => b.kind === 'paragraph')?.kind === 'paragraph'
    ? (spec.blocks.find((b) => b.kind === 'paragraph') as { size: number }).size : 14;
  const page = spec.page;
  const sectPr = (landscape: boolean, first: boolean): string => {
    const [w, h] = landscape ? [page.height, page.width] : [page.width, page.height];
    const refs = withHeaders
      ? '<w:headerReference w:type="default" r:id="rId3"/>' + (first ? '<w:headerReference w:type="first" r:id="rId4"/>' : '')
      : '';
    return `<w:sectPr>${refs}<w:type w:val="nextPage"/>`
      + el('w:pgSz', { 'w:w': twips(w), 'w:h': twips(h), 'w:orient': landscape ? 'landscape' : undefined })
      + el('w:pgMar', {
        'w:top': twips(page.marginTop), 'w:right': twips(page.marginRight), 'w:bottom': twips(page.marginBottom),
        'w:left': twips(page.marginLeft), 'w:header': twips(HEADER_DISTANCE), 'w:footer': twips(HEADER_DISTANCE), 'w:gutter': 0,
      })
      + (withHeaders && first ? '<w:titlePg/>' : '')
      + '</w:sectPr>';
  };
  const document = `${XML_HEADER}<w:document xmlns:w="${NS_W}" xmlns:r="${NS_R}">${bodyXml(spec, { sectPr })}</w:document>`;
  const numberSize = spec.pageNumberSize ?? bodySize;
  return [
    { path: '[Content_Types].xml', xml: contentTypes(withHeaders) },
    { path: '_rels/.rels', xml: packageRels() },
    { path: 'docProps/core.xml', xml: coreProperties(spec.name) },
    { path: 'word/_rels/document.xml.rels', xml: documentRels(withHeaders) },
    { path: 'word/document.xml', xml: document },
    { path: 'word/styles.xml', xml: styles(spec, bodySize) },
    { path: 'word/settings.xml', xml: settings() },
    ...(withHeaders ? [
      { path: 'word/header1.xml', xml: header(spec, true, numberSize) },
      { path: 'word/header2.xml', xml: header(spec, false, numberSize) },
    ] : []),
  ];
}
