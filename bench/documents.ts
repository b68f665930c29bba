/**
 * The documents section of `npm run bench` (issues 5, 6): service calls of the approval
 * notices (the consolidated notice, and per unit) and of the summary report for 30 / 300 /
 * 1,000 units, what they would cost on Google's servers under a stated per-call assumption,
 * and how many per-unit notices one 6-minute run makes — measured through the real time
 * budget by running the bundle with the emulator's `callLatencyMs`.
 */
import { createSandbox, type Sandbox } from '../src/local/emulator';
import type { NoticesResult, ReportResult } from '../src/core/dto';
import { syntheticSandbox } from './synthetic-workbook';

const pad = (v: unknown, n: number) => String(v).padEnd(n);
const lpad = (v: unknown, n: number) => String(v).padStart(n);

/**
 * Assumed cost of one call on Apps Script, ms. Opening, creating and saving a Doc are the
 * slow ones; an element call on an open document is ~50–100 ms (the low and high columns);
 * an advanced-service call is an HTTP request.
 */
const COST = {
  'DocumentApp.create': 1500, 'DocumentApp.openById': 800, 'Document.saveAndClose': 800,
  'Docs.Documents.get': 400, 'Docs.Documents.batchUpdate': 800, Drive: 300, SpreadsheetApp: 50, other: 30,
} as const;
const ELEMENT_COST = { low: 50, high: 100 };
/** The budget a notices run stops at, and the part of a run that is not documents (read the sheets, write links and log). */
const BUDGET_S = 270;

type Calls = Record<string, number>;

function estimateMs(calls: Calls, elementMs: number): number {
  let ms = 0;
  for (const [method, n] of Object.entries(calls)) {
    const fixed = (COST as Record<string, number>)[method];
    if (fixed !== undefined) ms += n * fixed;
    else if (method.startsWith('Drive.')) ms += n * COST.Drive;
    else if (/^(Document|Body|Table|TableRow|TableCell|Paragraph|Text|HeaderSection|FooterSection|DocumentApp)\./.test(method)) ms += n * elementMs;
    else if (/^(Spreadsheet|SpreadsheetApp|Sheet|Range)\./.test(method)) ms += n * COST.SpreadsheetApp;
    else ms += n * COST.other;
  }
  return ms;
}

const sum = (calls: Calls, test: (m: string) => boolean) => Object.entries(calls).filter(([m]) => test(m)).reduce((a, [, n]) => a + n, 0);
const isDocumentApp = (m: string) => /^(Document|Body|Table|TableRow|TableCell|Paragraph|Text|HeaderSection|FooterSection|DocumentApp)\./.test(m);

function approved(units: number): Sandbox {
  const sb = syntheticSandbox(units, units * 2);
  sb.call('checkRegistrations');
  sb.call('approveAllValid', { source: 'sidebar' });
  return sb;
}

function measureNotices(units: number) {
  const sb = approved(units);
  sb.counter.reset();
  const t0 = performance.now();
  const consolidated = sb.call<NoticesResult>('generateApprovalNotices', { source: 'sidebar', perUnit: false });
  const consolidatedMs = performance.now() - t0;
  const oneCalls = sb.counter.byMethod();
  sb.counter.reset();
  const t1 = performance.now();
  const all = sb.call<NoticesResult>('generateApprovalNotices', { source: 'sidebar', perUnit: true });
  const allMs = performance.now() - t1;
  const allCalls = sb.counter.byMethod();
  if (!consolidated.ok || !all.ok || !all.complete) throw new Error(`notices for ${units} units did not complete`);
  // The same again: every document updated in place (openById instead of create + move).
  sb.counter.reset();
  sb.call<NoticesResult>('generateApprovalNotices', { source: 'sidebar', perUnit: true });
  const rerunCalls = sb.counter.byMethod();
  const perUnitDocs = all.documents.length - 1;
  // Per unit notice: what the second run spent beyond the consolidated notice, shared out.
  const perUnit: Calls = {};
  for (const [m, n] of Object.entries(allCalls)) perUnit[m] = (n - (oneCalls[m] ?? 0)) / perUnitDocs;
  return { units, items: sb.workbook.sheets.find((s) => s.name === 'Đăng ký')!.values.length - 1, perUnitDocs, oneCalls, allCalls, rerunCalls, perUnit, consolidatedMs, allMs };
}

function measureReport(units: number) {
  const sb = syntheticSandbox(units, units * 2);
  sb.call('checkRegistrations');
  sb.counter.reset();
  const t0 = performance.now();
  const r = sb.call<ReportResult>('generateSummaryReport', { source: 'sidebar' });
  const ms = performance.now() - t0;
  if (!r.ok) throw new Error('report failed');
  return { units, calls: sb.counter.byMethod(), ms };
}

/**
 * The real budget at work: the bundle with every call taking the assumed time (per service,
 * as `callLatencyMs` sets it), for `units` units: how many documents each run makes.
 */
function emulatedRuns(units: number, elementMs: number): number[] {
  const base = approved(units);
  const sb = createSandbox({
    workbook: base.workbook, now: base.clock.now(),
    callLatencyMs: { DocumentApp: elementMs, Drive: COST.Drive, Docs: 600, SpreadsheetApp: COST.SpreadsheetApp, PropertiesService: 50, LockService: 30, ScriptApp: 100 },
  });
  const perRun: number[] = [];
  let r = sb.call<NoticesResult>('generateApprovalNotices', { source: 'sidebar', perUnit: true });
  perRun.push(r.documents.length);
  for (let i = 0; i < 100 && !r.complete; i++) {
    const fired = sb.triggers.runDue(sb.clock.now() + 2 * 60 * 1000);
    const last = fired[fired.length - 1]?.result as NoticesResult | undefined;
    if (!last) throw new Error('no continuation fired');
    r = last;
    perRun.push(r.documents.length);
  }
  return perRun;
}

export function benchDocuments(): void {
  console.log('\n——— Approval notices and summary report (issues 5, 6) ———\n');
  const sizes = [30, 300];
  const results = sizes.map(measureNotices);
  console.log('units  rows   consolidated notice: DocumentApp / Docs / Drive / all   per unit notice: DocumentApp / Docs / Drive / all   unit notices  wall ms (all)');
  for (const r of results) {
    const one = r.oneCalls;
    const per = r.perUnit;
    const fmt = (c: Calls) => `${lpad(sum(c, isDocumentApp).toFixed(0), 4)} / ${sum(c, (m) => m.startsWith('Docs.'))} / ${sum(c, (m) => m.startsWith('Drive.')).toFixed(1)} / ${sum(c, () => true).toFixed(0)}`;
    console.log(`${pad(r.units, 7)}${pad(r.items, 7)}${pad(fmt(one), 55)}${pad(fmt(per), 52)}${pad(r.perUnitDocs, 14)}${lpad(r.allMs.toFixed(0), 8)}`);
  }
  const [small, large] = results;
  console.log(`\nConsolidated notice, DocumentApp calls: ${sum(small.oneCalls, isDocumentApp)} for ${small.units} units, ${sum(large.oneCalls, isDocumentApp)} for ${large.units} (the table is one appendTable; only the column widths, the shaded header and group rows and the header/footer lines cost calls).`);
  const perUnitMethods = Object.entries(large.perUnit).filter(([m, n]) => n >= 0.5 && isDocumentApp(m)).map(([m, n]) => `${m} ${n.toFixed(1)}`).join(', ');
  console.log(`Per unit notice (${large.units} units), DocumentApp: ${perUnitMethods}`);

  console.log(`\nEstimated time on Apps Script, from the call counts (assumed: DocumentApp.create ${COST['DocumentApp.create']} ms, openById ${COST['DocumentApp.openById']} ms, saveAndClose ${COST['Document.saveAndClose']} ms,`);
  console.log(`other DocumentApp calls ${ELEMENT_COST.low}–${ELEMENT_COST.high} ms, Docs.get ${COST['Docs.Documents.get']} ms, Docs.batchUpdate ${COST['Docs.Documents.batchUpdate']} ms, Drive ${COST.Drive} ms, SpreadsheetApp ${COST.SpreadsheetApp} ms, other ${COST.other} ms):`);
  for (const r of results) {
    const [lo, hi] = [ELEMENT_COST.low, ELEMENT_COST.high].map((e) => estimateMs(r.perUnit, e) / 1000);
    const [allLo, allHi] = [ELEMENT_COST.low, ELEMENT_COST.high].map((e) => estimateMs(r.allCalls, e) / 1000);
    const [oneLo, oneHi] = [ELEMENT_COST.low, ELEMENT_COST.high].map((e) => estimateMs(r.oneCalls, e) / 1000);
    console.log(`  ${r.units} units: consolidated notice run ${oneLo.toFixed(0)}–${oneHi.toFixed(0)} s; one per-unit notice ${lo.toFixed(1)}–${hi.toFixed(1)} s ` +
      `(${Math.floor(BUDGET_S / hi)}–${Math.floor(BUDGET_S / lo)} per ${BUDGET_S}-s budget); all ${r.perUnitDocs + 1} notices ${(allLo / 60).toFixed(1)}–${(allHi / 60).toFixed(1)} min`);
  }

  for (const r of results) {
    const [lo, hi] = [ELEMENT_COST.low, ELEMENT_COST.high].map((e) => estimateMs(r.rerunCalls, e) / 1000);
    console.log(`  ${r.units} units, run again (all ${r.perUnitDocs + 1} updated in place): ${sum(r.rerunCalls, isDocumentApp)} DocumentApp calls, ${sum(r.rerunCalls, () => true)} in all, ${(lo / 60).toFixed(1)}–${(hi / 60).toFixed(1)} min`);
  }

  console.log('\nThe time budget at work: the bundle in the emulation with each call taking the assumed time (callLatencyMs):');
  for (const elementMs of [ELEMENT_COST.low, ELEMENT_COST.high]) {
    const runs = emulatedRuns(300, elementMs);
    console.log(`  300 units, DocumentApp ${elementMs} ms/call: ${runs.length} runs of ${runs.join(', ')} documents (the continuation trigger runs a minute after each)`);
  }

  console.log('\nSummary report (one document):');
  console.log('units  DocumentApp  Docs  Drive  all   estimated on Apps Script  wall ms');
  for (const units of [30, 300, 1_000]) {
    const r = measureReport(units);
    const [lo, hi] = [ELEMENT_COST.low, ELEMENT_COST.high].map((e) => estimateMs(r.calls, e) / 1000);
    console.log(`${pad(units, 7)}${pad(sum(r.calls, isDocumentApp), 13)}${pad(sum(r.calls, (m) => m.startsWith('Docs.')), 6)}${pad(sum(r.calls, (m) => m.startsWith('Drive.')), 7)}` +
      `${pad(sum(r.calls, () => true), 6)}${pad(`${lo.toFixed(0)}–${hi.toFixed(0)} s`, 26)}${lpad(r.ms.toFixed(0), 7)}`);
  }
}
