/** Helpers of the .xlsx tests: temp files and a dense, trimmed view of a sheet for comparisons. */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { NO_COLOR } from '../../src/core/contract';
import type { CellValue, SheetModel } from '../../src/local/emulator/workbook-model';
import { usedExtent } from '../../src/local/xlsx/grid';

/** A fresh temp folder; `cleanup` removes it. */
export async function tempDir(): Promise<{ dir: string; cleanup: () => Promise<void> }> {
  const dir = await mkdtemp(path.join(tmpdir(), 'thidua-xlsx-'));
  return { dir, cleanup: () => rm(dir, { recursive: true, force: true }) };
}

/** The sheet's cell arrays cut to the used extent, missing cells filled with the defaults. */
export function denseView(sheet: SheetModel): {
  values: CellValue[][]; formulas: string[][]; notes: string[][]; backgrounds: string[][]; fontWeights: string[][];
} {
  const { rows, columns } = usedExtent(sheet);
  const cut = <T>(array: T[][], empty: T): T[][] =>
    Array.from({ length: rows }, (_, r) => Array.from({ length: columns }, (_, c) => array[r]?.[c] ?? empty));
  return {
    values: cut<CellValue>(sheet.values, ''),
    formulas: cut(sheet.formulas, ''),
    notes: cut(sheet.notes, ''),
    backgrounds: cut(sheet.backgrounds, NO_COLOR),
    fontWeights: cut(sheet.fontWeights, 'normal'),
  };
}
