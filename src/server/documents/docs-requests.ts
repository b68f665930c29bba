/**
 * The Docs API requests that style a rendered document in one `batchUpdate`: the page
 * (size, margins), then every paragraph's style (alignment, indents, spacing, line spacing,
 * and the bottom border of the rule lines) and every run's text style (font, size, bold,
 * italic, underline), each attribute set explicitly so nothing is inherited from what
 * DocumentApp appended or from an earlier version of the document. The most frequent style
 * is set over the whole body in one request, then only what differs, neighbours with the
 * same style sharing one request whose range spans them. The indices come
 * from one `Docs.Documents.get` of the document DocumentApp built; the planned paragraphs
 * are matched to the actual ones in order (an empty line DocumentApp added and the plan did
 * not foresee is styled as a 2 pt filler). Pure: no Apps Script globals.
 */
import type { Alignment, PageSpec } from '../../core/documents/document-spec';
import type { DocsDocument, DocsElement } from './advanced-services';
import { fillerParagraph, RULE_WIDTH, type ParaStyle, type PlannedParagraph, type RunStyle } from './document-plan';

/** A paragraph of the document as `documents.get` gives it. */
export interface ActualParagraph {
  start: number;
  end: number;
  text: string;
}

/** Every paragraph of the body, in document order (inside tables too). */
export function actualParagraphs(doc: DocsDocument): ActualParagraph[] {
  const out: ActualParagraph[] = [];
  const walk = (content: readonly DocsElement[] | undefined): void => {
    for (const el of content ?? []) {
      if (el.paragraph) {
        const text = (el.paragraph.elements ?? []).map((e) => e.textRun?.content ?? '').join('');
        out.push({ start: el.startIndex ?? 0, end: el.endIndex ?? 0, text: text.replace(/\n$/, '').replace(/\u000b/g, '\n') });
      } else if (el.table) {
        for (const row of el.table.tableRows ?? []) for (const cell of row.tableCells ?? []) walk(cell.content);
      } else if (el.tableOfContents) {
        walk(el.tableOfContents.content);
      }
    }
  };
  walk(doc.body?.content);
  return out;
}

/** Thrown when the document does not hold what was just written (someone edited it meanwhile). */
export class PlanMismatchError extends Error {}

/** Pairs the planned paragraphs with the actual ones. */
export function matchParagraphs(planned: readonly PlannedParagraph[], actual: readonly ActualParagraph[], font: string): Array<{ at: ActualParagraph; plan: PlannedParagraph }> {
  const out: Array<{ at: ActualParagraph; plan: PlannedParagraph }> = [];
  let j = 0;
  for (const at of actual) {
    // A planned empty line the document does not have (DocumentApp added no line after a
    // table, or an earlier empty line took its place) is skipped.
    while (j < planned.length && planned[j].text === '' && at.text !== '') j++;
    const plan = planned[j];
    if (plan && plan.text === at.text) {
      out.push({ at, plan });
      j++;
    } else if (at.text === '') {
      out.push({ at, plan: fillerParagraph(font) });
    } else {
      throw new PlanMismatchError(`Unexpected paragraph "${at.text.slice(0, 40)}" (expected "${(plan?.text ?? '').slice(0, 40)}")`);
    }
  }
  while (j < planned.length && planned[j].text === '') j++;
  if (j < planned.length) throw new PlanMismatchError(`Missing paragraph "${planned[j].text.slice(0, 40)}"`);
  return out;
}

const pt = (magnitude: number) => ({ magnitude: Math.round(magnitude * 100) / 100, unit: 'PT' });
const BLACK = { color: { rgbColor: { red: 0, green: 0, blue: 0 } } };
const ALIGN: Record<Alignment, string> = { left: 'START', center: 'CENTER', right: 'END', justify: 'JUSTIFIED' };

const PARAGRAPH_FIELDS = 'namedStyleType,alignment,indentStart,indentEnd,indentFirstLine,spaceAbove,spaceBelow,lineSpacing,borderBottom';
const TEXT_FIELDS = 'bold,italic,underline,strikethrough,fontSize,weightedFontFamily,foregroundColor,backgroundColor';

function paragraphStyle(s: ParaStyle): Record<string, unknown> {
  const style: Record<string, unknown> = {
    namedStyleType: 'NORMAL_TEXT',
    alignment: ALIGN[s.alignment],
    indentStart: pt(s.indentStart),
    indentEnd: pt(s.indentEnd),
    indentFirstLine: pt(s.indentFirstLine),
    spaceAbove: pt(s.spaceAbove),
    spaceBelow: pt(s.spaceBelow),
    lineSpacing: s.lineSpacing,
  };
  // borderBottom is in the field mask either way: left out of the style, it is reset.
  if (s.rule) style.borderBottom = { color: BLACK, width: pt(RULE_WIDTH), padding: pt(0), dashStyle: 'SOLID' };
  return style;
}

function textStyle(s: RunStyle): Record<string, unknown> {
  // strikethrough and the colours are in the field mask and left unset: reset to the default.
  return {
    bold: s.bold, italic: s.italic, underline: s.underline, fontSize: pt(s.size),
    weightedFontFamily: { fontFamily: s.font, weight: 400 },
  };
}

const paragraphKey = (s: ParaStyle): string =>
  [s.alignment, s.indentStart, s.indentEnd, s.indentFirstLine, s.spaceAbove, s.spaceBelow, s.lineSpacing, s.rule].join('|');

const runKey = (s: RunStyle): string => [s.bold, s.italic, s.underline, s.size, s.font].join('|');

type Ranged<T> = { start: number; end: number; value: T };

/**
 * The ranges to send for values given in document order: first the most frequent value over
 * the whole span, then only the items that differ from it, neighbours with an equal value
 * merged (an item with the base value between them breaks the merge). Later requests win,
 * so the result is exact with far fewer requests (a data table's left-aligned cells, its
 * regular text, cost nothing beyond the base).
 */
export function baseAndOverrides<T>(items: ReadonlyArray<Ranged<T>>, key: (value: T) => string): Array<Ranged<T>> {
  if (!items.length) return [];
  const counts = new Map<string, { n: number; value: T }>();
  for (const item of items) {
    const k = key(item.value);
    const entry = counts.get(k) ?? { n: 0, value: item.value };
    entry.n += item.end - item.start;
    counts.set(k, entry);
  }
  const base = [...counts.entries()].reduce((a, b) => (b[1].n > a[1].n ? b : a));
  const out: Array<Ranged<T>> = [{ start: items[0].start, end: items[items.length - 1].end, value: base[1].value }];
  let run: Ranged<T> | undefined;
  for (const item of items) {
    const k = key(item.value);
    if (k === base[0]) {
      if (run) out.push(run);
      run = undefined;
    } else if (run && key(run.value) === k) run.end = item.end;
    else {
      if (run) out.push(run);
      run = { ...item };
    }
  }
  if (run) out.push(run);
  return out;
}

/** The page of the spec: size and margins. */
export function pageRequest(page: PageSpec): object {
  return {
    updateDocumentStyle: {
      documentStyle: {
        pageSize: { width: pt(page.width), height: pt(page.height) },
        marginTop: pt(page.marginTop), marginBottom: pt(page.marginBottom),
        marginLeft: pt(page.marginLeft), marginRight: pt(page.marginRight),
      },
      fields: 'pageSize,marginTop,marginBottom,marginLeft,marginRight',
    },
  };
}

/** Every request that styles the matched paragraphs (after the page request). */
export function styleRequests(matched: ReadonlyArray<{ at: ActualParagraph; plan: PlannedParagraph }>): object[] {
  const paragraphs = baseAndOverrides(matched.map(({ at, plan }) => ({ start: at.start, end: at.end, value: plan.style })), paragraphKey);
  const runs: Array<{ start: number; end: number; value: RunStyle }> = [];
  for (const { at, plan } of matched) {
    if (!plan.runs.length) {
      runs.push({ start: at.start, end: at.end, value: plan.mark });
      continue;
    }
    plan.runs.forEach((run, k) => {
      const last = k === plan.runs.length - 1;
      runs.push({ start: at.start + run.start, end: last ? at.end : at.start + run.end, value: run.style });
    });
  }
  const requests: object[] = [];
  for (const p of paragraphs) {
    requests.push({
      updateParagraphStyle: { range: { startIndex: p.start, endIndex: p.end }, paragraphStyle: paragraphStyle(p.value), fields: PARAGRAPH_FIELDS },
    });
  }
  for (const r of baseAndOverrides(runs, runKey)) {
    if (r.end <= r.start) continue;
    requests.push({ updateTextStyle: { range: { startIndex: r.start, endIndex: r.end }, textStyle: textStyle(r.value), fields: TEXT_FIELDS } });
  }
  return requests;
}
