/**
 * What the reader needs of `xl/styles.xml`, per cell style index: the background (a solid
 * fill's RGB colour; anything else reads as no colour, as Google reports it), bold, and
 * whether the number format shows a date (then a number cell holds a date serial). Number
 * formats are told apart as exceljs does (its table of built-in formats, its date test).
 */
import { createRequire } from 'node:module';
import { NO_COLOR } from '../../../core/contract';
import { attr, innerXml, topLevelElements } from './xml-text';

const require = createRequire(import.meta.url);
const BUILT_IN_FORMATS = require('exceljs/lib/xlsx/defaultnumformats.js') as Record<string, { f: string } | undefined>;
const { isDateFmt } = require('exceljs/lib/utils/utils.js') as { isDateFmt: (format: string) => boolean };

/** The look of one cell style, as the model keeps it. */
export interface CellLook {
  background: string;
  bold: boolean;
  date: boolean;
}

const PLAIN: CellLook = { background: NO_COLOR, bold: false, date: false };

function collection(xml: string, name: string): string[] {
  const element = new RegExp(`<(?:\\w+:)?${name}\\b[^>]*?(?:/>|>[\\s\\S]*?</(?:\\w+:)?${name}>)`).exec(xml)?.[0];
  return element ? topLevelElements(innerXml(element)).map((e) => e.xml) : [];
}

function fillBackground(fill: string | undefined): string {
  if (!fill) return NO_COLOR;
  const pattern = /<(?:\w+:)?patternFill\b[^>]*>/.exec(fill)?.[0];
  if (!pattern || attr(pattern, 'patternType') !== 'solid') return NO_COLOR;
  const fg = /<(?:\w+:)?fgColor\b[^>]*>/.exec(fill)?.[0];
  const rgb = fg ? attr(fg, 'rgb') : undefined;
  if (!rgb || !/^[0-9a-fA-F]{6}([0-9a-fA-F]{2})?$/.test(rgb)) return NO_COLOR;
  return `#${rgb.slice(-6).toLowerCase()}`;
}

function fontBold(font: string | undefined): boolean {
  const b = font ? /<(?:\w+:)?b(?:\s[^>]*)?\/?>/.exec(font)?.[0] : undefined;
  if (!b) return false;
  const val = attr(b, 'val');
  return val === undefined || val === '1' || val === 'true';
}

/** The look of every cell style index of a styles part ('' or absent: every cell plain). */
export function readCellLooks(xml: string): CellLook[] {
  if (!xml) return [];
  const formats = new Map<number, string>();
  for (const numFmt of collection(xml, 'numFmts')) formats.set(Number(attr(numFmt, 'numFmtId')), attr(numFmt, 'formatCode') ?? '');
  const fills = collection(xml, 'fills');
  const fonts = collection(xml, 'fonts');
  return collection(xml, 'cellXfs').map((xf) => {
    const formatId = Number(attr(xf, 'numFmtId') ?? 0);
    const format = formats.get(formatId) ?? BUILT_IN_FORMATS[formatId]?.f ?? '';
    return {
      background: fillBackground(fills[Number(attr(xf, 'fillId') ?? 0)]),
      bold: fontBold(fonts[Number(attr(xf, 'fontId') ?? 0)]),
      date: isDateFmt(format),
    };
  });
}

/** The look of style index `s` (missing index: plain). */
export function lookOf(looks: readonly CellLook[], s: number): CellLook {
  return looks[s] ?? PLAIN;
}
