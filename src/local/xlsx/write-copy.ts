/**
 * Writes the result of a run into a copy of the user's own .xlsx (issue 12, items 7 and 10):
 * the original package is opened and only what the run changed — cell values and formulas,
 * backgrounds, bold, notes, dropdowns, frozen rows, column widths, new sheets and the
 * hidden properties and lists sheets — is written into its parts, as text, row by row.
 * Everything else (merged cells, hidden rows, filters, number formats, rich text,
 * hyperlinks, other sheets, a user sheet named like the properties sheet, parts this writer
 * does not know) is byte for byte as the user left it. Nothing of the file is loaded into
 * an object model, so a 50,000-row workbook is written in seconds and little memory.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { newSheetModel, type SheetModel, type WorkbookModel } from '../emulator/workbook-model';
import { CONTENT_TYPE, OoxmlPackage, REL_TYPE, insertBeforeClose, type WorkbookSheet, isRelationship } from './ooxml/ooxml-package';
import type { CellContext } from './ooxml/cell-xml';
import { writeNotes } from './ooxml/notes-part';
import { SharedStrings } from './ooxml/shared-strings';
import { diffSheet, emptySnapshot, type SheetChanges, type SheetSnapshot } from './ooxml/sheet-diff';
import { StylesPart } from './ooxml/styles-part';
import { EMPTY_WORKSHEET, patchWorksheet } from './ooxml/worksheet-part';
import { attr, escapeXml, setAttr } from './ooxml/xml-text';
import { layoutsToStore, propertiesNeeded } from './write';
import { propertiesRows, propertiesSheetName } from './properties-sheet';
import { ListFormulas, LISTS_SHEET } from './validations';

export { snapshotModel, type SheetSnapshot } from './ooxml/sheet-diff';

/** What the reader found of the add-in's helper sheets in the original file. */
export interface HelperSheets {
  /** Name of the hidden properties sheet, when the file has one. */
  propertiesSheet?: string;
  /** The hidden lists sheet and the columns it already uses. */
  listsSheet?: { name: string; columns: number };
}

/** One sheet to write: its part (existing, or new) and its changes. */
interface SheetJob {
  part: string;
  changes: SheetChanges;
}

class CopyWriter {
  readonly pkg: OoxmlPackage;
  readonly workbookPart: string;
  readonly ctx: CellContext;
  private readonly stylesPart: string;
  private sharedStringsPart?: string;
  private drawings: number;
  /** New `<sheet>` elements, in order, to go before the helper sheets. */
  private readonly added: Array<{ name: string; part: string; hidden: boolean; helper: boolean }> = [];

  constructor(bytes: Buffer, timeZone: string) {
    this.pkg = new OoxmlPackage(bytes);
    this.workbookPart = this.pkg.workbookPart();
    const rels = this.pkg.relationships(this.workbookPart);
    this.stylesPart = rels.find((r) => isRelationship(r, REL_TYPE.styles))?.part ?? 'xl/styles.xml';
    this.sharedStringsPart = rels.find((r) => isRelationship(r, REL_TYPE.sharedStrings))?.part;
    const workbookXml = this.pkg.text(this.workbookPart);
    const date1904 = /<(?:\w+:)?workbookPr\b[^>]*\sdate1904="(1|true)"/.test(workbookXml);
    this.ctx = {
      styles: new StylesPart(this.pkg.text(this.stylesPart)),
      strings: new SharedStrings(this.sharedStringsPart ? this.pkg.text(this.sharedStringsPart) : undefined),
      timeZone, date1904, prefix: '',
    };
    // Each notes drawing gets its own block of shape ids, after those the sheets may already use.
    this.drawings = this.pkg.sheets().length;
  }

  sheets(): WorkbookSheet[] {
    return this.pkg.sheets();
  }

  /** Writes `changes` into worksheet `part` (a new part starts empty). */
  writeSheet({ part, changes }: SheetJob, formulas: ListFormulas): void {
    const legacyDrawing = writeNotes(this.pkg, part, changes.notes, ++this.drawings);
    const xml = this.pkg.text(part) || EMPTY_WORKSHEET;
    this.pkg.set(part, patchWorksheet(xml, {
      writes: changes.writes, frozenRows: changes.frozenRows, columnWidths: changes.columnWidths,
      validations: changes.validations, formulas, legacyDrawing,
    }, this.ctx));
  }

  /** A new worksheet part for a sheet named `name` (listed in the workbook when finished). */
  newSheet(name: string, hidden: boolean, helper: boolean): string {
    const part = this.pkg.freeName('xl/worksheets/sheet', '.xml');
    this.pkg.set(part, EMPTY_WORKSHEET);
    this.added.push({ name, part, hidden, helper });
    return part;
  }

  /** Makes the sheet at `index` the one the workbook opens on. */
  activate(index: number): void {
    const xml = this.pkg.text(this.workbookPart);
    this.pkg.set(this.workbookPart, xml.replace(/<(?:\w+:)?workbookView\b[^>]*>/, (tag) => setAttr(tag, 'activeTab', String(index))));
  }

  rename(from: string, to: string): void {
    const xml = this.pkg.text(this.workbookPart);
    const tag = [...xml.matchAll(/<(?:\w+:)?sheet\b[^>]*\/?>/g)].find((m) => attr(m[0], 'name') === from);
    if (tag) this.pkg.set(this.workbookPart, xml.slice(0, tag.index) + setAttr(tag[0], 'name', to) + xml.slice(tag.index + tag[0].length));
  }

  /** Lists the new sheets, drops the calculation chain, writes styles and strings; the package's bytes. */
  finish(): Buffer {
    let xml = this.pkg.text(this.workbookPart);
    const ids = [...xml.matchAll(/<(?:\w+:)?sheet\b[^>]*\ssheetId="(\d+)"/g)].map((m) => Number(m[1]));
    let nextId = Math.max(0, ...ids) + 1;
    const relPrefix = /\sxmlns:([\w.-]+)="http:\/\/schemas\.openxmlformats\.org\/officeDocument\/2006\/relationships"/.exec(xml)?.[1];
    if (!relPrefix && this.added.length) {
      xml = xml.replace(/<((?:\w+:)?)workbook\b[^>]*>/, (tag) => setAttr(tag, 'xmlns:r', 'http://schemas.openxmlformats.org/officeDocument/2006/relationships'));
    }
    const r = relPrefix ?? 'r';
    const sheetPrefix = /<((?:\w+:)?)sheets\b/.exec(xml)?.[1] ?? '';
    for (const sheet of this.added) {
      this.pkg.set(this.workbookPart, xml);
      const relId = this.pkg.addRelationship(this.workbookPart, REL_TYPE.worksheet, sheet.part);
      this.pkg.addContentType(sheet.part, CONTENT_TYPE.worksheet);
      const element = `<${sheetPrefix}sheet name="${escapeXml(sheet.name)}" sheetId="${nextId++}"${sheet.hidden ? ' state="hidden"' : ''} ${r}:id="${relId}"/>`;
      xml = this.pkg.text(this.workbookPart);
      const helper = sheet.helper ? undefined : this.firstHelperSheet(xml);
      xml = helper ? xml.replace(helper, () => element + helper) : insertBeforeClose(xml, 'sheets', element);
    }
    this.pkg.set(this.workbookPart, xml);
    this.dropCalcChain();
    if (this.ctx.styles.changed) this.pkg.set(this.stylesPart, this.ctx.styles.toXml());
    if (this.ctx.strings.changed) {
      if (!this.sharedStringsPart) {
        this.sharedStringsPart = 'xl/sharedStrings.xml';
        this.pkg.addRelationship(this.workbookPart, REL_TYPE.sharedStrings, this.sharedStringsPart);
        this.pkg.addContentType(this.sharedStringsPart, CONTENT_TYPE.sharedStrings);
      }
      this.pkg.set(this.sharedStringsPart, this.ctx.strings.toXml());
    }
    return this.pkg.toBuffer();
  }

  /** The `<sheet>` element of the first helper sheet already in the workbook (new user sheets go before it). */
  private firstHelperSheet(xml: string): string | undefined {
    for (const m of xml.matchAll(/<(?:\w+:)?sheet\b[^>]*\/?>/g)) {
      const name = attr(m[0], 'name') ?? '';
      if (attr(m[0], 'state') && /^_thidua_(properties|lists)/.test(name)) return m[0];
    }
    return undefined;
  }

  /** Formulas the run changed would be out of the calculation chain: Excel rebuilds it when it is absent. */
  private dropCalcChain(): void {
    const chain = this.pkg.relationships(this.workbookPart).find((rel) => isRelationship(rel, REL_TYPE.calcChain));
    if (!chain) return;
    this.pkg.removeRelationship(this.workbookPart, chain.id);
    this.pkg.removeContentType(chain.part);
    this.pkg.remove(chain.part);
  }
}

/** A hidden sheet of plain text rows as a model sheet (the properties and lists sheets). */
function textSheet(name: string, rows: string[][], widths: Array<[number, number]> = []): SheetModel {
  const sheet = newSheetModel(name, 0);
  sheet.hidden = true;
  sheet.values = rows.map((row) => [...row]);
  for (const [column, pixels] of widths) sheet.columnWidths.set(column, pixels);
  return sheet;
}

/**
 * Writes `after` into a copy of the .xlsx `original` at `file`: `before` is what the reader
 * made of the original (snapshotModel right after readWorkbookXlsx) and `helpers` what it
 * found of the add-in's hidden sheets.
 */
export async function writeIntoCopy(
  original: string, helpers: HelperSheets, before: readonly SheetSnapshot[], after: WorkbookModel, file: string,
): Promise<void> {
  const bytes = writeModelIntoPackage(await readFile(original), helpers, before, after);
  await mkdir(path.dirname(path.resolve(file)), { recursive: true });
  await writeFile(file, bytes);
}

/**
 * The package `original` with `after` written into it (see writeIntoCopy). A sheet of
 * `after` with no snapshot in `before` is added; `firstVisibleActive` makes the first visible
 * sheet the one the file opens on (a fresh workbook: Excel refuses a hidden active sheet).
 */
export function writeModelIntoPackage(
  original: Buffer, helpers: HelperSheets, before: readonly SheetSnapshot[], after: WorkbookModel, firstVisibleActive = false,
): Buffer {
  const writer = new CopyWriter(original, after.timeZone);
  const parts = new Map(writer.sheets().map((s) => [s.name, s.part]));
  const formulas = new ListFormulas(helpers.listsSheet?.columns ?? 0);
  const bySheet = new Map(before.map((s) => [s.sheet, s]));
  for (const sheet of after.sheets) {
    const snapshot = bySheet.get(sheet);
    const existing = snapshot ? parts.get(snapshot.name) : undefined;
    if (snapshot && existing) {
      if (snapshot.name !== sheet.name) writer.rename(snapshot.name, sheet.name);
      writer.writeSheet({ part: existing, changes: diffSheet(snapshot, sheet) }, formulas);
    } else {
      const part = writer.newSheet(sheet.name, sheet.hidden, false);
      writer.writeSheet({ part, changes: diffSheet(emptySnapshot(sheet), sheet) }, formulas);
    }
  }
  if (formulas.sheetLists.length) {
    const listsPart = helpers.listsSheet ? parts.get(helpers.listsSheet.name) : undefined;
    const rows: string[][] = [];
    formulas.sheetLists.forEach((values, i) => values.forEach((value, r) => {
      rows[r] ??= [];
      rows[r][formulas.firstColumn + i] = value;
    }));
    const lists = textSheet(LISTS_SHEET, rows.map((row) => Array.from(row, (v) => v ?? '')));
    const part = listsPart ?? writer.newSheet(LISTS_SHEET, true, true);
    writer.writeSheet({ part, changes: diffSheet(emptySnapshot(lists), lists) }, formulas);
  }
  writeProperties(writer, helpers, parts, after);
  if (firstVisibleActive) writer.activate(Math.max(0, after.sheets.findIndex((s) => !s.hidden)));
  return writer.finish();
}

/** The properties sheet rewritten in place (or added): document properties, time zone, sheet layouts. */
function writeProperties(writer: CopyWriter, helpers: HelperSheets, parts: Map<string, string>, after: WorkbookModel): void {
  const existing = helpers.propertiesSheet ? parts.get(helpers.propertiesSheet) : undefined;
  if (!existing && !propertiesNeeded(after, after.sheets)) return;
  const rows = propertiesRows({ documentProperties: after.documentProperties, timeZone: after.timeZone, layouts: layoutsToStore(after.sheets) });
  const sheet = textSheet(helpers.propertiesSheet ?? '', rows.length ? rows : [['key', 'value']], [[1, 168], [2, 420]]);
  let part = existing;
  if (part) writer.pkg.set(part, EMPTY_WORKSHEET);
  else part = writer.newSheet(propertiesSheetName([...writer.sheets().map((s) => s.name), ...after.sheets.map((s) => s.name)]), true, true);
  writer.writeSheet({ part, changes: diffSheet(emptySnapshot(sheet), sheet) }, new ListFormulas());
}
