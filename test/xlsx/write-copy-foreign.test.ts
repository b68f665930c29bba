/**
 * Writing into a package another program wrote by hand, not exceljs: a 1904 date system, inline
 * strings, a shared formula, a calculation chain, a bordered style and a part this writer
 * does not know. The run's dates land on the right day in the 1904 system, the formula
 * cells and the unknown part come back byte for byte, the chain Excel would find stale is
 * dropped, and a coloured cell keeps its border.
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readZip, writeZip } from '../../src/local/emulator/zip-archive';
import { readWorkbookXlsx, snapshotModel, writeIntoCopy, type HelperSheets } from '../../src/local/xlsx';
import { tempDir } from './helpers';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';
const SHEET_ROWS = '<row r="1"><c r="A1" t="inlineStr"><is><t>Đơn vị</t></is></c><c r="B1" t="inlineStr"><is><t>Hạn</t></is></c><c r="C1" t="inlineStr"><is><t>Số</t></is></c><c r="D1" t="inlineStr"><is><t>Gấp đôi</t></is></c></row>'
  + '<row r="2"><c r="A2" s="1" t="inlineStr"><is><t>Chi bộ thôn 1</t></is></c><c r="C2"><v>2</v></c><c r="D2"><f t="shared" ref="D2:D3" si="0">C2*2</f><v>4</v></c><c r="E2" t="d"><v>2026-01-16T07:30:00</v></c></row>'
  + '<row r="3" ht="30" customHeight="1"><c r="A3" t="inlineStr"><is><t>Chi bộ thôn 2</t></is></c><c r="C3"><v>5</v></c><c r="D3"><f t="shared" si="0"/><v>10</v></c></row>';

const PARTS: Record<string, string> = {
  '[Content_Types].xml': `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/><Override PartName="/xl/calcChain.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.calcChain+xml"/></Types>`,
  '_rels/.rels': `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
  'xl/workbook.xml': `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${MAIN}" xmlns:r="${REL}"><workbookPr date1904="1"/><sheets><sheet name="Đăng ký" sheetId="1" r:id="rId1"/></sheets></workbook>`,
  'xl/_rels/workbook.xml.rels': `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${REL}/styles" Target="styles.xml"/><Relationship Id="rId3" Type="${REL}/calcChain" Target="calcChain.xml"/></Relationships>`,
  'xl/styles.xml': `<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="${MAIN}"><fonts count="1"><font><sz val="11"/><name val="Arial"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="2"><border><left/><right/><top/><bottom/><diagonal/></border><border><left style="thin"><color auto="1"/></left><right style="thin"><color auto="1"/></right><top style="thin"><color auto="1"/></top><bottom style="thin"><color auto="1"/></bottom><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="0" fillId="0" borderId="1" xfId="0" applyBorder="1"><alignment wrapText="1"/></xf></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>`,
  'xl/calcChain.xml': `<?xml version="1.0" encoding="UTF-8"?><calcChain xmlns="${MAIN}"><c r="D2" i="1"/><c r="D3"/></calcChain>`,
  'xl/worksheets/sheet1.xml': `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${MAIN}" xmlns:r="${REL}"><sheetData>${SHEET_ROWS}</sheetData><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>`,
  'customXml/item1.xml': '<?xml version="1.0"?><b:Sources xmlns:b="urn:x" SelectedStyle="Ghi chú của tôi"/>',
};

describe('writing into a package another program wrote', () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  beforeEach(async () => ({ dir, cleanup } = await tempDir()));
  afterEach(async () => cleanup());

  it('keeps the 1904 dates, the shared formula, unknown parts and borders; drops the stale calculation chain', async () => {
    const original = path.join(dir, 'vao.xlsx');
    await writeFile(original, writeZip(Object.entries(PARTS).map(([name, xml]) => ({ name, data: Buffer.from(xml) }))));
    const helpers: HelperSheets = {};
    const model = await readWorkbookXlsx(original, { helpers });
    const before = snapshotModel(model);
    const sheet = model.sheets[0];
    expect(sheet.values[1][0]).toBe('Chi bộ thôn 1');
    // An ISO date cell (t="d") is a wall time whatever the date system: 16/01/2026 07:30 in Vietnam.
    expect((sheet.values[1][4] as Date).toISOString()).toBe('2026-01-16T00:30:00.000Z');
    // The shared formula's other cell reads as the master's formula moved down one row.
    expect(sheet.formulas[2][3]).toBe('=C3*2');
    const deadline = new Date(Date.UTC(2026, 0, 15, 17)); // 16/01/2026 00:00 in Vietnam
    sheet.values[1] = ['Chi bộ thôn 1', deadline, 2, 4, sheet.values[1][4]];
    sheet.backgrounds[1] = ['#f4cccc'];
    const out = path.join(dir, 'ra.xlsx');
    await writeIntoCopy(original, helpers, before, model, out);

    const parts = new Map(readZip(await readFile(out)).map((e) => [e.name, e.data.toString('utf8')]));
    expect(parts.get('customXml/item1.xml')).toBe(PARTS['customXml/item1.xml']);
    expect(parts.has('xl/calcChain.xml')).toBe(false);
    expect(parts.get('[Content_Types].xml')).not.toContain('calcChain');
    expect(parts.get('xl/_rels/workbook.xml.rels')).not.toContain('calcChain');
    const sheetXml = parts.get('xl/worksheets/sheet1.xml')!;
    // The untouched formula cells and the row of the second unit, character for character.
    expect(sheetXml).toContain('<c r="D2"><f t="shared" ref="D2:D3" si="0">C2*2</f><v>4</v></c>');
    expect(sheetXml).toContain(SHEET_ROWS.slice(SHEET_ROWS.indexOf('<row r="3"')));
    // 16/01/2026 in the 1904 system: days since 1 January 1904.
    const serial = (Date.UTC(2026, 0, 16) - Date.UTC(1904, 0, 1)) / 86_400_000;
    expect(sheetXml).toContain(`<c r="B2" s="`);
    expect(sheetXml).toMatch(new RegExp(`<c r="B2" s="\\d+"><v>${serial}</v></c>`));

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const ws = wb.getWorksheet('Đăng ký')!;
    expect(ws.getCell('A2').border?.left?.style).toBe('thin');
    expect(ws.getCell('A2').alignment?.wrapText).toBe(true);
    expect(ws.getCell('A2').fill).toMatchObject({ type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF4CCCC' } });
    expect(ws.getRow(3).height).toBe(30);

    const again = await readWorkbookXlsx(out);
    expect((again.sheets[0].values[1][1] as Date).toISOString()).toBe(deadline.toISOString());
    expect(again.sheets[0].values[2]).toEqual(['Chi bộ thôn 2', '', 5, 10, '']);
  });

  it('reuses the styles an earlier run derived: a row going red, green, red again adds no style the third time', async () => {
    let file = path.join(dir, 'vao.xlsx');
    await writeFile(file, writeZip(Object.entries(PARTS).map(([name, xml]) => ({ name, data: Buffer.from(xml) }))));
    const counts: number[] = [];
    for (const [i, colour] of ['#f4cccc', '#d9ead3', '#f4cccc'].entries()) {
      const helpers: HelperSheets = {};
      const model = await readWorkbookXlsx(file, { helpers });
      const before = snapshotModel(model);
      model.sheets[0].backgrounds[1] = [colour, colour, colour, colour];
      const out = path.join(dir, `ra-${i}.xlsx`);
      await writeIntoCopy(file, helpers, before, model, out);
      const styles = readZip(await readFile(out)).find((e) => e.name === 'xl/styles.xml')!.data.toString('utf8');
      counts.push(Number(/<cellXfs count="(\d+)"/.exec(styles)![1]));
      file = out;
    }
    expect(counts[2]).toBe(counts[1]);
    expect(counts[1]).toBeLessThanOrEqual(counts[0] + 2);
  });
});
