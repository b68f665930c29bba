/**
 * Column widths of a data table: scaled to the width available, and no column narrower than
 * its longest word (so a word is never cut mid-syllable), the missing width taken from the
 * other columns in proportion to what they have to spare. Pure, no Apps Script globals.
 */
import type { ParagraphSpec } from './document-spec';
import { textWidthPt } from './text-width';

/** Left and right padding of a bordered table's cells, points (docx/body-xml.ts writes it). */
export const CELL_PADDING_SIDE_PT = 5;

/**
 * The width a column needs so that none of its cells' lines wraps: the widest line (lines
 * split at `\n`) plus the padding, at most `cap`.
 */
export function keepWholeWidth(cells: readonly string[], size: number, cap: number): number {
  let widest = 0;
  for (const text of cells) for (const line of text.split('\n')) widest = Math.max(widest, textWidthPt(line.trim(), size));
  return Math.min(cap, widest ? widest + 2 * CELL_PADDING_SIDE_PT + 2 : 0);
}

/** Column widths that fit `available` (scaled down in proportion when wider). */
export function fitColumns(widths: readonly number[], available: number): number[] {
  const total = widths.reduce((a, b) => a + b, 0);
  if (total <= available + 0.5 || total <= 0) return [...widths];
  return widths.map((w) => (w * available) / total);
}

/**
 * Widths where no column is narrower than its minimum: the missing width is taken from the
 * other columns in proportion to what they have to spare. When the minimums do not fit at
 * all, the widths follow the minimums.
 */
export function rebalanceColumns(widths: readonly number[], minimums: readonly number[]): number[] {
  const total = widths.reduce((a, b) => a + b, 0);
  const needed = minimums.reduce((a, b) => a + b, 0);
  if (needed >= total) return minimums.map((m) => (m * total) / (needed || 1));
  let out = [...widths];
  for (let pass = 0; pass < widths.length; pass++) {
    const short = out.map((w, i) => Math.max(0, minimums[i] - w));
    const deficit = short.reduce((a, b) => a + b, 0);
    if (deficit < 0.01) break;
    const slack = out.map((w, i) => (short[i] > 0 ? 0 : Math.max(0, w - minimums[i])));
    const spare = slack.reduce((a, b) => a + b, 0);
    out = out.map((w, i) => (short[i] > 0 ? minimums[i] : w - (deficit * slack[i]) / (spare || 1)));
  }
  return out;
}

/** The width of the longest word of a paragraph, points (a word longer than 40 letters may break). */
export function longestWord(p: ParagraphSpec): number {
  let widest = 0;
  for (const run of p.runs) {
    for (const word of run.text.split(/\s+/)) {
      if (word.length > 40) continue;
      widest = Math.max(widest, textWidthPt(word, run.size ?? p.size, run.bold ?? false));
    }
  }
  return widest;
}
