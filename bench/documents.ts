/**
 * The documents section of `npm run bench` (issues 5, 6, 11): service calls of the approval
 * notices (the consolidated notice, and per unit) and of the summary report for 30 / 300 /
 * 1,000 units, new and updated in place, what they would cost on Google's servers under a
 * stated per-call assumption, and how many per-unit notices one 6-minute run makes —
 * measured through the real time budget by running the bundle with `callLatencyMs`.
 *
 * "Service calls" are the calls that leave the script: Drive, Docs, DocumentApp (and the
 * PropertiesService write that remembers a new document). Utilities.newBlob/zip and the Blob
 * calls that build the .docx run in the script's process and are listed apart.
 */
import { createSandbox, type Sandbox } from '../src/local/emulator';
import type { NoticesResult, ReportResult } from '../src/core/dto';
import { syntheticSandbox } from './synthetic-workbook';

const pad = (v: unknown, n: number) => String(v).padEnd(n);

/**
 * Assumed cost of one call on Apps Script, ms — not measured on Google here. A Drive import
 * (files.create/update with a .docx and conversion to a Google Doc) is an upload plus a
 * conversion: 1.5–3 s, the range community reports give for small Office files; a Drive
 * metadata call 300 ms; a PropertiesService write 50 ms; an in-process Utilities/Blob call 5 ms.
 */
const COST = { importLow: 1500, importHigh: 3000, drive: 300, property: 50, utilities: 5 } as const;
/** A run stops starting documents after 4.5 of Apps Script's 6 minutes. */
const BUDGET_S = 270;

type Calls = Record<string, number>;
const sum = (c: Calls, pick: (m: string) => boolean) => Object.entries(c).filter(([m]) => pick(m)).reduce((a, [, n]) => a + n, 0);
const isImport = (m: string) => m === 'Drive.Files.create' || m === 'Drive.Files.update';
const isService = (m: string) => /^(Drive|Docs|DocumentApp|Document|Body)\./.test(m);
const isUtilities = (m: string) => m.startsWith('Utilities.') || m.startsWith('Blob.');

function estimateMs(calls: Calls, importMs: number): number {
  let ms = 0;
  for (const [m, n] of Object.entries(calls)) {
    if (isImport(m)) ms += n * importMs;
    else if (m.startsWith('Drive.')) ms += n * COST.drive;
    else if (m === 'Properties.setProperty') ms += n * COST.property;
    else if (isUtilities(m)) ms += n * COST.utilities;
  }
  return ms;
}

function approved(units: number): Sandbox {
  const sb = syntheticSandbox(units, units * 2);
  sb.call('checkRegistrations');
  sb.call('approveAllValid', { source: 'sidebar' });
  return sb;
}

function run(sb: Sandbox, perUnit: boolean): { calls: Calls; result: NoticesResult } {
  sb.counter.reset();
  const result = sb.call<NoticesResult>('generateApprovalNotices', { source: 'sidebar', perUnit });
  if (!result.ok || !result.complete) throw new Error('notices did not complete');
  return { calls: sb.counter.byMethod(), result };
}

function measureNotices(units: number) {
  const sb = approved(units);
  const one = run(sb, false); // new: folder + consolidated notice
  const all = run(sb, true); // consolidated updated, every unit notice new
  const again = run(sb, true); // every document updated in place
  const unitDocs = all.result.documents.length - 1;
  // A per-unit notice (new): what the second run spent beyond updating the consolidated notice.
  const consolidatedUpdate = sum(again.calls, isService) / again.result.documents.length;
  const perUnitNew = (sum(all.calls, isService) - consolidatedUpdate) / unitDocs;
  const perUnitCalls: Calls = {};
  for (const [m, n] of Object.entries(all.calls)) perUnitCalls[m] = n / all.result.documents.length;
  return { units, unitDocs, one, all, again, perUnitNew, perUnitCalls };
}

function measureReport(units: number) {
  const sb = syntheticSandbox(units, units * 2);
  sb.call('checkRegistrations');
  const calls: Calls[] = [];
  for (let i = 0; i < 2; i++) {
    sb.counter.reset();
    const r = sb.call<ReportResult>('generateSummaryReport', { source: 'sidebar' });
    if (!r.ok) throw new Error('report failed');
    calls.push(sb.counter.byMethod());
  }
  return { units, created: calls[0], updated: calls[1] };
}

/** The real budget at work: every Drive call takes `driveMs`; how many documents each run makes. */
function emulatedRuns(units: number, driveMs: number): number[] {
  const base = approved(units);
  const sb = createSandbox({
    workbook: base.workbook, now: base.clock.now(),
    callLatencyMs: { Drive: driveMs, Utilities: COST.utilities, SpreadsheetApp: 50, PropertiesService: COST.property, LockService: 30, ScriptApp: 100 },
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
  console.log('\n## Approval notices and summary report (synthetic: 2 registrations per unit, all valid approved)\n');
  const rows = [30, 300, 1000].map(measureNotices);
  console.log('units  documents  service calls per document: new / updated  (Drive + Docs + DocumentApp)   in-process Utilities+Blob per document');
  for (const r of rows) {
    const docs = r.all.result.documents.length;
    const updated = sum(r.again.calls, isService) / docs;
    console.log(`${pad(r.units, 7)}${pad(docs, 11)}${pad(`${r.perUnitNew.toFixed(2)} / ${updated.toFixed(2)}`, 62)}${(sum(r.all.calls, isUtilities) / docs).toFixed(1)}`);
  }
  const first = rows[0];
  console.log(`\nConsolidated notice, first run (folder made): ${JSON.stringify(Object.fromEntries(Object.entries(first.one.calls).filter(([m]) => isService(m))))}`);
  console.log(`Consolidated notice, run again: ${JSON.stringify(Object.fromEntries(Object.entries(rows[1].again.calls).filter(([m]) => isService(m)).map(([m, n]) => [m, n / rows[1].again.result.documents.length])))} per document`);

  console.log(`\nEstimated time on Apps Script (assumed: a Drive import ${COST.importLow}–${COST.importHigh} ms, other Drive ${COST.drive} ms, setProperty ${COST.property} ms, Utilities/Blob ${COST.utilities} ms):`);
  for (const r of rows) {
    const [lo, hi] = [COST.importLow, COST.importHigh].map((ms) => estimateMs(r.perUnitCalls, ms) / 1000);
    console.log(`  ${r.units} units: a notice ${lo.toFixed(1)}–${hi.toFixed(1)} s, ${Math.floor(BUDGET_S / hi)}–${Math.floor(BUDGET_S / lo)} per ${BUDGET_S}-s run; all ${r.unitDocs + 1} notices ${((lo * (r.unitDocs + 1)) / 60).toFixed(1)}–${((hi * (r.unitDocs + 1)) / 60).toFixed(1)} min`);
  }
  for (const ms of [COST.importLow, COST.importHigh]) {
    const runs = emulatedRuns(300, ms);
    console.log(`  300 units, every Drive call ${ms} ms (callLatencyMs): ${runs.length} runs of ${runs.join(', ')} documents`);
  }

  console.log('\nSummary report: service calls (new / updated in place), estimated time');
  for (const units of [30, 300, 1000]) {
    const r = measureReport(units);
    const [lo, hi] = [COST.importLow, COST.importHigh].map((ms) => estimateMs(r.updated, ms) / 1000);
    console.log(`  ${pad(units, 6)}${sum(r.created, isService)} / ${sum(r.updated, isService)}   ${JSON.stringify(Object.fromEntries(Object.entries(r.updated).filter(([m]) => isService(m))))}   ${lo.toFixed(1)}–${hi.toFixed(1)} s`);
  }
}
