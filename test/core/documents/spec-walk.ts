/**
 * Walking a DocumentSpec in tests: every paragraph (in body order, table cells included)
 * and every text run, plus a plain-text dump to read a document at a glance.
 */
import type { BlockSpec, DocumentSpec, ParagraphSpec, TableSpec, TextRun } from '../../../src/core/documents/document-spec';

/** Every paragraph of the blocks, cells row by row, left to right. */
export function paragraphs(blocks: readonly BlockSpec[]): ParagraphSpec[] {
  const out: ParagraphSpec[] = [];
  for (const b of blocks) {
    if (b.kind === 'paragraph') out.push(b);
    else if (b.kind === 'table') for (const row of b.rows) for (const cell of row) out.push(...cell.paragraphs);
  }
  return out;
}

export function runs(blocks: readonly BlockSpec[]): TextRun[] {
  return paragraphs(blocks).flatMap((p) => p.runs);
}

/** The text of a paragraph. */
export function text(p: ParagraphSpec): string {
  return p.runs.map((r) => r.text).join('');
}

/** The tables of a document. */
export function tables(doc: DocumentSpec): TableSpec[] {
  return doc.blocks.filter((b): b is TableSpec => b.kind === 'table');
}

/** The texts of a cell. */
export function cellTexts(table: TableSpec, row: number, column: number): string[] {
  return table.rows[row][column].paragraphs.map(text);
}

/** All texts of a table's rows, one array of cell texts per column (a merged cell's other columns read ''). */
export function rowTexts(table: TableSpec): string[][] {
  return table.rows.map((row) => row.flatMap((cell) => [
    cell.paragraphs.map(text).join('\n'), ...Array.from({ length: (cell.columnSpan ?? 1) - 1 }, () => ''),
  ]));
}

/** The paragraph whose text is exactly `t` (throws when there is none). */
export function find(doc: DocumentSpec, t: string): ParagraphSpec {
  const p = paragraphs(doc.blocks).find((x) => text(x) === t);
  if (!p) throw new Error(`No paragraph "${t}"`);
  return p;
}

/** The top-level paragraphs' texts (body text outside tables). */
export function bodyTexts(doc: DocumentSpec): string[] {
  return doc.blocks.filter((b): b is ParagraphSpec => b.kind === 'paragraph').map(text);
}

/** A readable dump: paragraphs as lines, tables as ` | `-joined rows. */
export function dump(doc: DocumentSpec): string {
  const lines: string[] = [];
  for (const b of doc.blocks) {
    if (b.kind === 'paragraph') lines.push(text(b));
    else if (b.kind === 'pageBreak') lines.push(`——— page break${b.landscape ? ' (landscape)' : ''} ———`);
    else for (const row of rowTexts(b)) lines.push(`| ${row.map((c) => c.replace(/\n/g, ' / ')).join(' | ')} |`);
  }
  return lines.join('\n');
}

/**
 * Every text of the document is clean: no template placeholder, no `undefined`/`NaN`/`null`
 * leaking from a missing value, no line break inside a run; every size and width finite.
 * Returns the offending texts (empty when clean).
 */
export function uncleanTexts(doc: DocumentSpec): string[] {
  const bad: string[] = [];
  const check = (t: string) => { if (/\{\{|\}\}|undefined|NaN|\bnull\b|\[object/.test(t) || /[\r\n]/.test(t)) bad.push(t); };
  check(doc.name);
  for (const b of doc.blocks) {
    if (b.kind === 'table') {
      if (!b.columnWidths.every((w) => Number.isFinite(w) && w > 0)) bad.push(`column widths ${b.columnWidths.join(',')}`);
      for (const row of b.rows) {
        const spanned = row.reduce((n, c) => n + (c.columnSpan ?? 1), 0);
        if (spanned !== b.columnWidths.length) bad.push(`row of ${spanned} cells`);
      }
    }
  }
  for (const p of paragraphs(doc.blocks)) {
    if (!Number.isFinite(p.size)) bad.push(`size ${p.size}`);
    for (const r of p.runs) {
      check(r.text);
      if (r.size !== undefined && !Number.isFinite(r.size)) bad.push(`run size ${r.size}`);
    }
  }
  return bad;
}
