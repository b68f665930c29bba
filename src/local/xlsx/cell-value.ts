/**
 * One model cell written through exceljs (the embedded demo's fresh workbook): values
 * (strings, numbers, booleans, dates as wall times in the workbook's time zone with a date
 * format) and formulas with their cached result. Reading is ooxml/worksheet-read.ts.
 */
import type ExcelJS from 'exceljs';
import type { CellValue } from '../emulator/workbook-model';
import { DATE_FORMAT, DATE_TIME_FORMAT } from './ooxml/cell-xml';
import { instantToWallTime } from './wall-time';

/** The .xlsx value of a model value: dates become wall times; '' stays empty. */
function excelValue(value: CellValue | undefined, timeZone: string): number | string | boolean | Date | undefined {
  if (value === undefined || value === '') return undefined;
  if (value instanceof Date) return instantToWallTime(value, timeZone);
  return value;
}

/** Writes a model cell into `cell`: a formula with its result, or the plain value. */
export function writeCell(cell: ExcelJS.Cell, value: CellValue | undefined, formula: string | undefined, timeZone: string): void {
  const written = excelValue(value, timeZone);
  if (written instanceof Date) {
    if (Number.isNaN(written.getTime())) {
      cell.value = formula ? { formula: formula.replace(/^=/, '') } : null;
      return;
    }
    cell.numFmt = written.getTime() % 86_400_000 === 0 ? DATE_FORMAT : DATE_TIME_FORMAT;
  }
  if (formula) {
    cell.value = { formula: formula.replace(/^=/, ''), result: written };
  } else if (written !== undefined) {
    cell.value = written;
  }
}
