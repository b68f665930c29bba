/**
 * Programs spell the same workbook differently: Excel and Google write shared strings, some
 * tools inline strings; the OpenXML SDK prefixes every element (`x:row`); the format lets
 * cells and rows leave out `r` when they follow on; attributes may be single-quoted; some
 * writers indent; Excel's "Strict Open XML" names every namespace and relationship type
 * under purl.oclc.org. Property (fast-check): for any mix of these spellings of one workbook,
 * the reader gives the same model, and writing a run's changes into that spelling gives the
 * same model as writing them into the plain one.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readZip, writeZip } from '../../src/local/emulator/zip-archive';
import { newSheetModel, newWorkbookModel, type WorkbookModel } from '../../src/local/emulator/workbook-model';
import { readWorkbookXlsx, snapshotModel, writeIntoCopy, writeWorkbookXlsx, type HelperSheets } from '../../src/local/xlsx';
import { readSharedStrings } from '../../src/local/xlsx/ooxml/text-runs';
import { escapeXml } from '../../src/local/xlsx/ooxml/xml-text';
import { columnNumber } from '../../src/local/xlsx/validations';

const vn = (y: number, m: number, d: number, h = 0, min = 0) => new Date(Date.UTC(y, m - 1, d, h - 7, min));

function model(): WorkbookModel {
  const wb = newWorkbookModel('Thi đua');
  const reg = newSheetModel('Đăng ký', 0);
  reg.frozenRows = 1;
  reg.values = [
    ['Dấu thời gian', 'Đơn vị đăng ký', 'Tên mô hình', 'Số', 'Có', 'Gấp đôi'],
    [vn(2025, 12, 15, 9, 30), 'Chi bộ thôn 1', 'Mô hình "sạch" & <đẹp>', 3, true, 6],
    [vn(2025, 12, 16), 'Hội Nông dân', "Vườn mẫu 'xanh'", 0, false, 0],
    ['', '', '', '', '', ''],
    [vn(2025, 12, 17, 23, 59), 'Đoàn Thanh niên', 'Thắp sáng đường quê', 12.5, true, 25],
  ];
  reg.formulas = [[], ['', '', '', '', '', '=D2*2'], ['', '', '', '', '', '=D3*2'], [], ['', '', '', '', '', '=D5*2']];
  reg.notes = [[], ['', 'Đã gọi điện'], [], [], ['', '', 'Ghi chú [Thi đua] dòng 5']];
  reg.backgrounds = [[], ['#d9ead3', '#d9ead3', '#d9ead3'], [], ['#f4cccc'], []];
  reg.fontWeights = [['bold', 'bold', 'bold', 'bold', 'bold', 'bold']];
  reg.validations.set('2,5', { kind: 'list', values: ['Có', 'Không'], showDropdown: true, allowInvalid: false });
  reg.validations.set('3,5', { kind: 'list', values: ['Có', 'Không'], showDropdown: true, allowInvalid: false });
  reg.columnWidths.set(3, 280);
  const units = newSheetModel('Đơn vị', 1);
  units.values = [['Tên đơn vị', 'Email'], ['Chi bộ thôn 1', 'cb1@xa.example'], ['Hội Nông dân', '']];
  wb.sheets = [reg, units];
  wb.documentProperties = { 'thiDua.formId': 'abc' };
  return wb;
}

type Spelling = { prefix: boolean; noRefs: boolean; inline: boolean; singleQuotes: boolean; indent: boolean; strict: boolean };

const cellRef = /\sr="([A-Z]+)(\d+)"/;

/** The worksheet part spelt another way (same content). */
function respell(xml: string, strings: string[], s: Spelling): string {
  let out = xml;
  if (s.inline) {
    out = out.replace(/<c\b([^>]*?)\st="s"([^>]*)><v>(\d+)<\/v><\/c>/g,
      (_, a: string, b: string, i: string) => `<c${a} t="inlineStr"${b}><is><t xml:space="preserve">${escapeXml(strings[Number(i)])}</t></is></c>`);
  }
  if (s.noRefs) {
    // Leave out `r` where it follows on: a row right after the previous one, a cell right after the previous one (from A).
    let previousRow = 0;
    out = out.replace(/<row\b([^>]*?)(\/>|>([\s\S]*?)<\/row>)/g, (whole: string, attrs: string, _end: string, inner?: string) => {
      const r = Number(/\sr="(\d+)"/.exec(attrs)?.[1]);
      const rowAttrs = r === previousRow + 1 ? attrs.replace(/\sr="\d+"/, '') : attrs;
      previousRow = r;
      if (inner === undefined) return `<row${rowAttrs}/>`;
      let previousColumn = 0;
      const cells = inner.replace(/<c\b[^>]*?(?:\/>|>[\s\S]*?<\/c>)/g, (cell: string) => {
        const m = cellRef.exec(cell);
        if (!m) return cell;
        const column = columnNumber(m[1]);
        const drop = column === previousColumn + 1;
        previousColumn = column;
        return drop ? cell.replace(cellRef, '') : cell;
      });
      return `<row${rowAttrs}>${cells}</row>`;
    });
  }
  if (s.singleQuotes) out = out.replace(/<[^>?!]+>/g, (tag) => tag.replace(/="([^"']*)"/g, "='$1'"));
  if (s.indent) out = out.replace(/<(row|c)\b/g, '\n  <$1').replace(/<\/sheetData>/g, '\n</sheetData>');
  if (s.prefix) {
    out = out.replace(/<(\/?)([A-Za-z][\w]*)(?=[\s>/])/g, '<$1x:$2')
      .replace(/<x:worksheet\b([^>]*?)\sxmlns=(["'])/, '<x:worksheet$1 xmlns:x=$2');
  }
  return out;
}

/** Excel's "Strict Open XML": the same parts under purl.oclc.org namespaces and relationship types. */
function strict(xml: string): string {
  return xml.replace(/http:\/\/schemas\.openxmlformats\.org\/officeDocument\/2006\/relationships/g, 'http://purl.oclc.org/ooxml/officeDocument/relationships')
    .replace(/http:\/\/schemas\.openxmlformats\.org\/spreadsheetml\/2006\/main/g, 'http://purl.oclc.org/ooxml/spreadsheetml/main');
}

async function respelt(file: string, s: Spelling, out: string): Promise<void> {
  const entries = readZip(await readFile(file));
  const strings = readSharedStrings(entries.find((e) => e.name === 'xl/sharedStrings.xml')?.data.toString('utf8') ?? '');
  await writeFile(out, writeZip(entries.map((e) => {
    let xml = e.data.toString('utf8');
    if (/^xl\/worksheets\/[^/]+\.xml$/.test(e.name)) xml = respell(xml, strings, s);
    if (s.strict && /\.(xml|rels)$/.test(e.name)) xml = strict(xml);
    return { name: e.name, data: Buffer.from(xml, 'utf8') };
  })));
}

const view = (m: WorkbookModel) => JSON.parse(JSON.stringify(m.sheets.map((s) => ({
  ...s, validations: [...s.validations].sort(), columnWidths: [...s.columnWidths].sort(),
}))));

/** A run's changes: a status written, a row coloured, a note, a new rule. */
function change(m: WorkbookModel): void {
  const reg = m.sheets[0];
  reg.values[1][2] = 'Đã sửa & kiểm tra';
  reg.values[4][3] = 13;
  (reg.backgrounds[4] ??= [])[1] = '#fff2cc';
  (reg.notes[2] ??= [])[0] = '[Thi đua] Cần bổ sung';
  reg.validations.set('5,5', { kind: 'list', values: ['Có', 'Không', 'Chưa rõ'], showDropdown: true, allowInvalid: true });
}

describe('one workbook, many spellings (property)', () => {
  it('reads to the same model, and takes a run\'s changes to the same model', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'thidua-spelling-'));
    try {
      const plain = path.join(dir, 'plain.xlsx');
      await writeWorkbookXlsx(model(), plain);
      const expected = await readWorkbookXlsx(plain);
      const changedPlain = path.join(dir, 'plain-changed.xlsx');
      {
        const helpers: HelperSheets = {};
        const m = await readWorkbookXlsx(plain, { helpers });
        const before = snapshotModel(m);
        change(m);
        await writeIntoCopy(plain, helpers, before, m, changedPlain);
      }
      const expectedChanged = view(await readWorkbookXlsx(changedPlain));
      let n = 0;
      await fc.assert(fc.asyncProperty(
        fc.record({ prefix: fc.boolean(), noRefs: fc.boolean(), inline: fc.boolean(), singleQuotes: fc.boolean(), indent: fc.boolean(), strict: fc.boolean() }),
        async (spelling) => {
          const file = path.join(dir, `v${n++}.xlsx`);
          await respelt(plain, spelling, file);
          const read = await readWorkbookXlsx(file);
          expect(view(read)).toEqual(view(expected));
          const helpers: HelperSheets = {};
          const m = await readWorkbookXlsx(file, { helpers });
          const before = snapshotModel(m);
          change(m);
          const out = path.join(dir, `v${n}-changed.xlsx`);
          await writeIntoCopy(file, helpers, before, m, out);
          expect(view(await readWorkbookXlsx(out))).toEqual(expectedChanged);
          if (spelling.prefix) {
            // What the run added to a prefixed sheet is prefixed too (the sheet declares no default namespace).
            const sheetXml = readZip(await readFile(out)).find((e) => e.name === 'xl/worksheets/sheet1.xml')!.data.toString('utf8');
            expect(sheetXml).not.toMatch(/<\/?(?:row|c|v|f|is|t|dataValidations?|formula1|cols?|pane|selection|legacyDrawing)\b/);
            expect(sheetXml).not.toMatch(/\sxmlns="[^"]*spreadsheetml[^"]*"/);
          }
        },
      ), { numRuns: 48, seed: 5 });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
