/**
 * Display values (Range.getDisplayValues) under Sheets' automatic format, approximated:
 * text as is, booleans TRUE/FALSE, numbers with the locale's decimal separator and no
 * grouping, dates in the locale's short date form (plus H:mm:ss when not midnight) in the
 * spreadsheet's time zone. Number formats set by a script are not stored, so not applied.
 */
import { formatDate, zonedParts } from './format-date';
import type { CellValue } from './workbook-model';

const DATE_PATTERNS: Record<string, string> = { vi: 'dd/MM/yyyy', en_US: 'M/d/yyyy', en_GB: 'dd/MM/yyyy' };
const COMMA_DECIMAL = new Set(['vi', 'de', 'fr', 'es', 'it', 'pt', 'ru', 'nl', 'id', 'tr', 'pl']);

/** The text Sheets shows for a stored value. */
export function displayValue(value: CellValue, locale: string, timeZone: string): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'number') {
    const text = String(value);
    return COMMA_DECIMAL.has(language(locale)) ? text.replace('.', ',') : text;
  }
  const ms = value.getTime();
  const datePattern = DATE_PATTERNS[locale] ?? DATE_PATTERNS[language(locale)] ?? 'yyyy-MM-dd';
  const p = zonedParts(ms, timeZone);
  const midnight = p.hour === 0 && p.minute === 0 && p.second === 0;
  return formatDate(ms, timeZone, midnight ? datePattern : `${datePattern} H:mm:ss`);
}

function language(locale: string): string {
  return locale.split(/[_-]/)[0] ?? locale;
}
