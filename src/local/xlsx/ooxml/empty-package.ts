/**
 * The smallest .xlsx package a spreadsheet program opens: content types, the package and
 * workbook relationships, a workbook with no sheet yet and one plain style. A fresh
 * workbook is written by adding every sheet of the model to it, as a run adds new sheets
 * to a user's file (write-copy.ts).
 */
import { writeZip } from '../../emulator/zip-archive';
import { EMPTY_STYLES } from './styles-part';

const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

const PARTS: Array<[string, string]> = [
  ['[Content_Types].xml', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>'],
  ['_rels/.rels', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`],
  ['xl/workbook.xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="${REL}"><bookViews><workbookView xWindow="0" yWindow="0" windowWidth="10000" windowHeight="20000" activeTab="0"/></bookViews><sheets></sheets></workbook>`],
  ['xl/_rels/workbook.xml.rels', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/styles" Target="styles.xml"/></Relationships>`],
  ['xl/styles.xml', EMPTY_STYLES],
];

/** The bytes of an empty workbook package. */
export function emptyPackage(): Buffer {
  return writeZip(PARTS.map(([name, xml]) => ({ name, data: Buffer.from(xml, 'utf8') })));
}
