/**
 * Reads an .xlsx file (exported by Google Sheets, written by writeWorkbookXlsx or by a run
 * into a copy) into a WorkbookModel: every sheet in order with its values, formulas, notes,
 * backgrounds, bold, list validations, column widths, frozen rows and hidden state. The
 * package is read as text, part by part (ooxml/), with no spreadsheet object model: a
 * 50,000-row workbook is read in a few seconds and little more memory than its model. The
 * hidden helper sheets are taken out: `_thidua_properties` fills documentProperties, the
 * time zone and the sheets' ids and grid sizes; `_thidua_lists` only backs list validations.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { DEFAULT_TIME_ZONE } from '../../core/contract';
import { newWorkbookModel, type SheetModel, type WorkbookModel } from '../emulator/workbook-model';
import { coveredExtent } from './grid';
import { REL_TYPE, OoxmlPackage, type WorkbookSheet, isRelationship } from './ooxml/ooxml-package';
import { readNotes } from './ooxml/notes-read';
import { readCellLooks } from './ooxml/styles-read';
import { readSharedStrings } from './ooxml/text-runs';
import { readWorksheet, type RawWorksheet } from './ooxml/worksheet-read';
import { isPropertiesSheet, parsePropertiesRows, PROPERTIES_SHEET, type SheetLayout } from './properties-sheet';
import { cellValue, readSheet, type ReadContext } from './read-sheet';
import { LISTS_SHEET, type RangeReader } from './validations';
import type { HelperSheets } from './write-copy';

/** Options of readWorkbookXlsx. */
export interface ReadOptions {
  /** Time zone of the file's wall times when the file does not store one (default Asia/Ho_Chi_Minh). */
  timeZone?: string;
  /** Receives `{ sheet, cell }` for every stray cell far from the data, left out of the model. */
  strayCells?: Array<{ sheet: string; cell: string }>;
  /** Receives what the file holds of the add-in's hidden sheets, for a run that writes into a copy of it. */
  helpers?: HelperSheets;
}

/**
 * Applies stored ids and grid sizes (never smaller than what the sheet covers). A sheet
 * renamed since (no layout of its name) whose positional id another sheet now holds gets a
 * fresh id: two sheets never share one.
 */
function applyLayouts(sheets: SheetModel[], layouts: SheetLayout[] | undefined): void {
  const laidOut = new Set<SheetModel>();
  for (const layout of layouts ?? []) {
    const sheet = sheets.find((s) => s.name === layout.name);
    if (!sheet) continue;
    const covered = coveredExtent(sheet);
    sheet.sheetId = layout.sheetId;
    sheet.maxRows = Math.max(layout.maxRows, covered.rows);
    sheet.maxColumns = Math.max(layout.maxColumns, covered.columns);
    laidOut.add(sheet);
  }
  const taken = new Set([...laidOut].map((s) => s.sheetId));
  let next = Math.max(-1, ...sheets.map((s) => s.sheetId)) + 1;
  for (const sheet of sheets) {
    if (laidOut.has(sheet)) continue;
    if (taken.has(sheet.sheetId)) sheet.sheetId = next++;
    taken.add(sheet.sheetId);
  }
}

/** The hidden lists sheet that backs long dropdown lists (a visible sheet of that name is the user's). */
const isListsSheet = (sheet: WorkbookSheet) => sheet.name === LISTS_SHEET && sheet.state !== 'visible';

/** The package, its sheets and the context a cell is read in; worksheets parsed once, when asked for. */
class PackageReader {
  readonly pkg: OoxmlPackage;
  readonly sheets: WorkbookSheet[];
  readonly ctx: Omit<ReadContext, 'timeZone'>;
  private readonly parsed = new Map<string, RawWorksheet>();

  constructor(bytes: Buffer) {
    this.pkg = new OoxmlPackage(bytes);
    const workbook = this.pkg.workbookPart();
    const rels = this.pkg.relationships(workbook);
    const strings = rels.find((r) => isRelationship(r, REL_TYPE.sharedStrings))?.part;
    const styles = rels.find((r) => isRelationship(r, REL_TYPE.styles))?.part;
    this.sheets = this.pkg.sheets().filter((s) => s.part && this.pkg.has(s.part));
    this.ctx = {
      strings: strings ? readSharedStrings(this.pkg.text(strings)) : [],
      looks: styles ? readCellLooks(this.pkg.text(styles)) : [],
      date1904: /<(?:\w+:)?workbookPr\b[^>]*\sdate1904="(1|true)"/.test(this.pkg.text(workbook)),
    };
  }

  worksheet(sheet: WorkbookSheet): RawWorksheet {
    let raw = this.parsed.get(sheet.part);
    if (!raw) {
      raw = readWorksheet(this.pkg.text(sheet.part));
      this.parsed.set(sheet.part, raw);
    }
    return raw;
  }

  /** Frees a sheet's parsed cells once its model is built (parsed again if a later list rule reads it). */
  release(sheet: WorkbookSheet): void {
    this.parsed.delete(sheet.part);
  }

  /** The values of a range of a sheet, as text (for a list rule that reads its items from cells). */
  rangeReader(current: WorkbookSheet, timeZone: string): RangeReader {
    return (sheetName, top, left, bottom, right) => {
      const sheet = sheetName === undefined ? current : this.sheets.find((s) => s.name === sheetName);
      if (!sheet) return [];
      const values: string[] = [];
      for (const cell of this.worksheet(sheet).cells) {
        if (cell.row < top || cell.row > bottom || cell.column < left || cell.column > right) continue;
        const value = cellValue(cell, { ...this.ctx, timeZone });
        if (value !== '') values.push(value instanceof Date ? value.toISOString() : String(value));
      }
      return values;
    };
  }

  /** The first row's first two values of a sheet, as text. */
  firstRow(sheet: WorkbookSheet): unknown[] {
    const cells = this.worksheet(sheet).cells.filter((c) => c.row === 1 && c.column <= 2);
    return [1, 2].map((column) => {
      const cell = cells.find((c) => c.column === column);
      return cell ? cellValue(cell, { ...this.ctx, timeZone: DEFAULT_TIME_ZONE }) : null;
    });
  }

  /** The rows of the properties sheet as text (key, value). */
  textRows(sheet: WorkbookSheet): string[][] {
    const rows: string[][] = [];
    for (const cell of this.worksheet(sheet).cells) {
      if (cell.column > 2) continue;
      const value = cellValue(cell, { ...this.ctx, timeZone: DEFAULT_TIME_ZONE });
      (rows[cell.row - 1] ??= ['', ''])[cell.column - 1] = value instanceof Date ? value.toISOString() : String(value);
    }
    return Array.from(rows, (row) => row ?? ['', '']).filter((row) => row[0] !== '' || row[1] !== '');
  }
}

/**
 * Reads the .xlsx `file` into a WorkbookModel. Dates are wall times in the stored time zone,
 * else in `options.timeZone`, else Asia/Ho_Chi_Minh; they become instants in the model.
 */
export async function readWorkbookXlsx(file: string, options: ReadOptions = {}): Promise<WorkbookModel> {
  const reader = new PackageReader(await readFile(file));
  // Only a hidden sheet of the properties sheet's name is opened to look at its first row.
  const propertiesSheet = reader.sheets.find((s) => s.state !== 'visible' && s.name.startsWith(PROPERTIES_SHEET)
    && isPropertiesSheet(s.name, true, reader.firstRow(s)));
  const listsSheet = reader.sheets.find(isListsSheet);
  if (options.helpers) {
    options.helpers.propertiesSheet = propertiesSheet?.name;
    options.helpers.listsSheet = listsSheet
      ? { name: listsSheet.name, columns: Math.max(0, ...reader.worksheet(listsSheet).cells.filter((c) => c.type !== '').map((c) => c.column)) }
      : undefined;
  }
  const stored = propertiesSheet ? parsePropertiesRows(reader.textRows(propertiesSheet)) : { documentProperties: {} };
  const timeZone = stored.timeZone || options.timeZone || DEFAULT_TIME_ZONE;
  const ctx: ReadContext = { ...reader.ctx, timeZone };

  const model = newWorkbookModel(path.basename(file).replace(/\.xlsx$/i, ''), timeZone);
  model.documentProperties = stored.documentProperties;
  const userSheets = reader.sheets.filter((s) => s !== propertiesSheet && !isListsSheet(s));
  model.sheets = userSheets.map((s, index) => {
    const stray: string[] = [];
    const sheet = readSheet(s.name, s.state !== 'visible', reader.worksheet(s), readNotes(reader.pkg, s.part), index, ctx,
      reader.rangeReader(s, timeZone), stray);
    options.strayCells?.push(...stray.map((cell) => ({ sheet: s.name, cell })));
    reader.release(s);
    return sheet;
  });
  applyLayouts(model.sheets, stored.layouts);
  return model;
}
