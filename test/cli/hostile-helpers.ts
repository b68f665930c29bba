/**
 * Hostile workbooks for the command line: the embedded demo's output, edited with exceljs the
 * way a person would edit it in a spreadsheet program.
 */
import { copyFile, mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { runJob } from '../../src/local/cli/run-job';

export const tmp = () => mkdtemp(path.join(os.tmpdir(), 'thi-dua-hostile-'));

let demo: Promise<string> | undefined;

/** The embedded demo's output workbook (made once per test file). */
export function demoWorkbook(): Promise<string> {
  demo ??= (async () => {
    const out = await tmp();
    await runJob({ outDir: out });
    return path.join(out, 'dang-ky.xlsx');
  })();
  return demo;
}

/** A copy of the demo output edited by `edit`, in a fresh folder. */
export async function editedDemo(edit: (workbook: ExcelJS.Workbook) => void | Promise<void>): Promise<{ file: string; dir: string }> {
  const dir = await tmp();
  const file = path.join(dir, 'vao.xlsx');
  await copyFile(await demoWorkbook(), file);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  await edit(workbook);
  await workbook.xlsx.writeFile(file);
  return { file, dir };
}

/** 1-based column of a header in row 1 of a worksheet. */
export function columnOf(worksheet: ExcelJS.Worksheet, header: string): number {
  let found = 0;
  worksheet.getRow(1).eachCell((cell, column) => { if (!found && String(cell.value).trim() === header) found = column; });
  if (!found) throw new Error(`no column ${header} in ${worksheet.name}`);
  return found;
}
