/**
 * One cell's content between exceljs and the model: values (strings, numbers, booleans,
 * dates), formulas with their text and cached result, rich text and hyperlinks (read as
 * their plain text) and error values (read as their '#…' text). Dates are converted
 * between model instants and .xlsx wall times in the workbook's time zone.
 */
import ExcelJS from 'exceljs';
import type { CellValue } from '../emulator/workbook-model';
import { isReadableDate, serialOf } from './serial-dates';
import { instantToWallTime, wallTimeToInstant } from './wall-time';

/** Number format given to written date cells: with the time only when it is not midnight. */
const DATE_FORMAT = 'dd/mm/yyyy';
const DATE_TIME_FORMAT = 'dd/mm/yyyy hh:mm:ss';

/** What a cell holds in the model: its value and its formula ('' when none). */
export interface ModelCell {
  value: CellValue;
  formula: string;
}

type RawValue = ExcelJS.CellValue | { text?: unknown } | undefined;

/** The plain model value of an exceljs value that is not a formula. */
function plainValue(raw: RawValue, timeZone: string): CellValue {
  if (raw === null || raw === undefined) return '';
  if (raw instanceof Date) {
    if (isReadableDate(raw)) return wallTimeToInstant(raw, timeZone);
    // A number in a date-formatted cell that is no date: keep the number the user typed.
    return serialOf(raw) ?? (Number.isNaN(raw.getTime()) ? '' : raw.getTime() / 86_400_000 + 25_569);
  }
  if (typeof raw === 'string' || typeof raw === 'number' || typeof raw === 'boolean') return raw;
  if (typeof raw !== 'object') return String(raw);
  if ('richText' in raw && Array.isArray(raw.richText)) return raw.richText.map((run) => run.text ?? '').join('');
  if ('error' in raw && typeof raw.error === 'string') return raw.error;
  if ('hyperlink' in raw || 'text' in raw) {
    const text = (raw as { text?: unknown }).text;
    return text === undefined ? '' : String(plainValue(text as RawValue, timeZone));
  }
  return '';
}

/** Reads a cell: merged-away cells are empty; a formula keeps its text and cached result. */
export function readCell(cell: ExcelJS.Cell, timeZone: string): ModelCell {
  if (cell.type === ExcelJS.ValueType.Merge) return { value: '', formula: '' };
  if (cell.type === ExcelJS.ValueType.Formula) {
    const text = cell.formula;
    const result = (cell.value as ExcelJS.CellFormulaValue).result;
    return { value: plainValue(result, timeZone), formula: text ? `=${text}` : '' };
  }
  return { value: plainValue(cell.value, timeZone), formula: '' };
}

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
