/**
 * What a run changed in one sheet, as the writes of a copy: every cell whose value,
 * formula, background or weight differs from what was read, every changed note, list rule,
 * column width and the frozen rows. A sheet the run created is diffed against nothing.
 */
import type { CellValue, DataValidationModel, SheetModel } from '../../emulator/workbook-model';
import { widthFromPixels } from '../widths';
import type { CellWrite } from './cell-xml';
import type { SheetWrites } from './sheet-data';

/** What a sheet held when it was read: the parts a run may change, and the model sheet it is of. */
export type SheetSnapshot = Pick<SheetModel,
  'name' | 'sheetId' | 'frozenRows' | 'values' | 'formulas' | 'notes' | 'backgrounds' | 'fontWeights' | 'validations' | 'columnWidths'>
  & { sheet: SheetModel };

/** A copy of every sheet as read (rows are copied, cells are shared: a run replaces cells, never mutates them). */
export function snapshotModel(model: { sheets: SheetModel[] }): SheetSnapshot[] {
  const rows = <T>(grid: T[][]) => grid.map((row) => row.slice());
  return model.sheets.map((s) => ({
    sheet: s, name: s.name, sheetId: s.sheetId, frozenRows: s.frozenRows,
    values: rows(s.values), formulas: rows(s.formulas), notes: rows(s.notes), backgrounds: rows(s.backgrounds),
    fontWeights: rows(s.fontWeights),
    validations: new Map([...s.validations].map(([k, v]) => [k, { ...v, values: [...v.values] }])),
    columnWidths: new Map(s.columnWidths),
  }));
}

/** The snapshot of a sheet that did not exist: nothing in it. */
export function emptySnapshot(sheet: SheetModel): SheetSnapshot {
  return {
    sheet, name: sheet.name, sheetId: sheet.sheetId, frozenRows: 0, values: [], formulas: [], notes: [], backgrounds: [],
    fontWeights: [], validations: new Map(), columnWidths: new Map(),
  };
}

export interface SheetChanges {
  writes: SheetWrites;
  /** 'row,column' (1-based) → the new note ('' = removed). */
  notes: Map<string, string>;
  validations: Map<string, DataValidationModel | undefined>;
  /** Excel widths by 1-based column. */
  columnWidths: Map<number, number>;
  frozenRows?: number;
}

const sameValue = (a: CellValue | undefined, b: CellValue | undefined): boolean => {
  const x = a ?? '';
  const y = b ?? '';
  if (x instanceof Date && y instanceof Date) return x.getTime() === y.getTime() || (Number.isNaN(x.getTime()) && Number.isNaN(y.getTime()));
  return x === y;
};

const sameRule = (a: DataValidationModel | undefined, b: DataValidationModel | undefined) =>
  JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/** The writes of row `r` (0-based in the model); empty when the row did not change. */
function rowWrites(before: SheetSnapshot, after: SheetModel, r: number, notes?: Map<string, string>): Map<number, CellWrite> {
  const cells = new Map<number, CellWrite>();
  const width = Math.max(before.values[r]?.length ?? 0, after.values[r]?.length ?? 0, before.notes[r]?.length ?? 0,
    after.notes[r]?.length ?? 0, before.backgrounds[r]?.length ?? 0, after.backgrounds[r]?.length ?? 0,
    before.fontWeights[r]?.length ?? 0, after.fontWeights[r]?.length ?? 0, before.formulas[r]?.length ?? 0, after.formulas[r]?.length ?? 0);
  for (let c = 0; c < width; c++) {
    const value = after.values[r]?.[c];
    const formula = after.formulas[r]?.[c] ?? '';
    const valueChanged = !sameValue(before.values[r]?.[c], value) || (before.formulas[r]?.[c] ?? '') !== formula;
    if (notes) {
      const note = after.notes[r]?.[c] ?? '';
      if ((before.notes[r]?.[c] ?? '') !== note) notes.set(`${r + 1},${c + 1}`, note);
    }
    const background = after.backgrounds[r]?.[c] ?? '#ffffff';
    const backgroundChanged = (before.backgrounds[r]?.[c] ?? '#ffffff') !== background;
    const bold = after.fontWeights[r]?.[c] === 'bold';
    const boldChanged = (before.fontWeights[r]?.[c] === 'bold') !== bold;
    if (!valueChanged && !backgroundChanged && !boldChanged) continue;
    const write: CellWrite = { row: r + 1, column: c + 1 };
    if (valueChanged) write.content = { value, formula };
    if (backgroundChanged || boldChanged) {
      write.style = {};
      if (backgroundChanged) write.style.background = background;
      if (boldChanged) write.style.bold = bold;
    }
    cells.set(c + 1, write);
  }
  return cells;
}

/**
 * The changes of a sheet. The cell writes are listed by row and made when a row is written
 * (a 50,000-row sheet of row colours never holds a million write objects at once).
 */
export function diffSheet(before: SheetSnapshot, after: SheetModel): SheetChanges {
  const notes = new Map<string, string>();
  const rows: number[] = [];
  let maxColumn = 0;
  const rowCount = Math.max(before.values.length, after.values.length, before.notes.length, after.notes.length,
    before.backgrounds.length, after.backgrounds.length, before.fontWeights.length, after.fontWeights.length,
    before.formulas.length, after.formulas.length);
  for (let r = 0; r < rowCount; r++) {
    const cells = rowWrites(before, after, r, notes);
    if (!cells.size) continue;
    rows.push(r + 1);
    for (const c of cells.keys()) maxColumn = Math.max(maxColumn, c);
  }
  const writes: SheetWrites = { rows, maxColumn, cellsOf: (row) => rowWrites(before, after, row - 1) };
  const validations = new Map<string, DataValidationModel | undefined>();
  for (const key of new Set([...before.validations.keys(), ...after.validations.keys()])) {
    const rule = after.validations.get(key);
    if (!sameRule(before.validations.get(key), rule)) validations.set(key, rule);
  }
  const columnWidths = new Map<number, number>();
  for (const [column, pixels] of after.columnWidths) {
    if (before.columnWidths.get(column) !== pixels) columnWidths.set(column, widthFromPixels(pixels));
  }
  return { writes, notes, validations, columnWidths, frozenRows: before.frozenRows !== after.frozenRows ? after.frozenRows : undefined };
}
