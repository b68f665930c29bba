/**
 * One `<c>` element written by the run: a new value (text as a shared string, number,
 * boolean, date as a serial with a date format, formula with its cached result) and/or a
 * new background or weight, over the cell as it was (its other attributes kept). A cell
 * whose value did not change keeps its content exactly.
 */
import type { CellValue } from '../../emulator/workbook-model';
import { instantToWallTime } from '../wall-time';
import type { SharedStrings } from './shared-strings';
import type { StyleChange, StylesPart } from './styles-part';
import { escapeXml, parseAttributes, startTagOf } from './xml-text';

/** Number formats of written dates: with the time only when it is not midnight (as the full writer). */
export const DATE_FORMAT = 'dd/mm/yyyy';
export const DATE_TIME_FORMAT = 'dd/mm/yyyy hh:mm:ss';

/** What the run writes into one cell (1-based row and column). */
export interface CellWrite {
  row: number;
  column: number;
  /** The new content, when the value or formula changed. */
  content?: { value: CellValue | undefined; formula: string };
  /** The background or weight, when changed. */
  style?: StyleChange;
}

/** What building a cell needs from the workbook. */
export interface CellContext {
  styles: StylesPart;
  strings: SharedStrings;
  timeZone: string;
  /** The workbook counts days from 1904 (`workbookPr date1904`). */
  date1904: boolean;
  /** Element name prefix of the sheet ('' or 'x:'). */
  prefix: string;
}

/** The serial number of a model instant, as the wall time in the time zone. */
export function serialOfInstant(instant: Date, timeZone: string, date1904: boolean): number | undefined {
  const wall = instantToWallTime(instant, timeZone).getTime();
  if (Number.isNaN(wall)) return undefined;
  return wall / 86_400_000 + (date1904 ? 24_107 : 25_569);
}

interface Content {
  type?: string;
  inner: string;
  numberFormat?: string;
}

function valueContent(value: CellValue | undefined, formula: string, ctx: CellContext): Content {
  const p = ctx.prefix;
  const f = formula ? `<${p}f>${escapeXml(formula.replace(/^=/, ''))}</${p}f>` : '';
  const v = (text: string) => `<${p}v>${text}</${p}v>`;
  if (value instanceof Date) {
    const serial = serialOfInstant(value, ctx.timeZone, ctx.date1904);
    if (serial === undefined) return { inner: f };
    const numberFormat = Math.round(serial * 86_400_000) % 86_400_000 === 0 ? DATE_FORMAT : DATE_TIME_FORMAT;
    return { inner: f + v(String(serial)), numberFormat };
  }
  if (value === undefined || value === '') return { inner: f };
  if (typeof value === 'boolean') return { type: 'b', inner: f + v(value ? '1' : '0') };
  if (typeof value === 'number' && Number.isFinite(value)) return { inner: f + v(String(value)) };
  const text = String(value);
  if (formula) return { type: 'str', inner: f + v(escapeXml(text)) };
  return { type: 's', inner: v(String(ctx.strings.indexOf(text))) };
}

/**
 * The `<c>` of `write` over `original` (the cell's element, or undefined when the sheet had
 * none; `inheritedStyle` is then the row's or column's style index).
 */
export function cellXml(original: string | undefined, ref: string, write: CellWrite, inheritedStyle: number, ctx: CellContext): string {
  const p = ctx.prefix;
  const tag = original ? startTagOf(original) : '';
  const attributes = original ? parseAttributes(tag).filter(([name]) => name !== 'r') : [];
  const styleAt = attributes.findIndex(([name]) => name === 's');
  const baseStyle = original ? (styleAt >= 0 ? Number(attributes[styleAt][1]) : 0) : inheritedStyle;
  let inner = original && !tag.endsWith('/>') ? original.slice(tag.length, original.lastIndexOf('</')) : '';
  let kept = attributes;
  let type: string | undefined;
  let numberFormat: string | undefined;
  if (write.content) {
    const content = valueContent(write.content.value, write.content.formula, ctx);
    kept = attributes.filter(([name]) => name !== 't' && name !== 'cm' && name !== 'vm');
    type = content.type;
    inner = content.inner;
    numberFormat = content.numberFormat;
  }
  const change: StyleChange | undefined = write.style || numberFormat ? { ...write.style, ...(numberFormat ? { numberFormat } : {}) } : undefined;
  const style = change ? ctx.styles.derive(baseStyle, change) : baseStyle;
  let open = `<${p}c r="${ref}"`;
  for (const [name, value] of kept) if (name !== 's') open += ` ${name}="${value}"`;
  if (style) open += ` s="${style}"`;
  if (type) open += ` t="${type}"`;
  return inner ? `${open}>${inner}</${p}c>` : `${open}/>`;
}
