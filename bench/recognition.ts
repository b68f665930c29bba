/**
 * `Tạo hồ sơ khen thưởng` (issue 14): service calls per document and per run for 10, 100 and
 * 500 recipients (the tờ trình, one decision, one Giấy khen each), new and updated in place,
 * and the documents each run makes when every Drive call takes 1.5–3 s (the run stops at the
 * time budget and its continuation trigger finishes the series). Synthetic: the seed 000
 * workbook of bench/synthetic-workbook.ts, the first N valid rows marked `Giấy khen`.
 */
import { createSandbox, type Sandbox } from '../src/local/emulator';
import type { CommendationsResult } from '../src/core/recognition/recognition-dto';
import { syntheticSandbox } from './synthetic-workbook';

type Calls = Record<string, number>;
const isService = (m: string) => m.startsWith('Drive.') || m.startsWith('Docs.') || m.startsWith('DocumentApp.');
const sum = (c: Calls, f: (m: string) => boolean) => Object.entries(c).filter(([m]) => f(m)).reduce((a, [, n]) => a + n, 0);
const pad = (v: unknown, n: number) => String(v).padEnd(n);

function marked(recipients: number): Sandbox {
  const sb = syntheticSandbox(Math.ceil(recipients * 1.8), Math.ceil(recipients * 1.8));
  const cfg = sb.workbook.sheets.find((s) => s.name === 'Cấu hình')!;
  cfg.values.push(['Chức vụ người ký quyết định khen thưởng', 'Bí thư'], ['Người ký quyết định khen thưởng', 'Lê Văn Lực']);
  sb.call('checkRegistrations');
  const reg = sb.workbook.sheets.find((s) => s.name === 'Đăng ký')!;
  const result = reg.values[0].indexOf('Kết quả kiểm tra');
  reg.values[0].push('Hình thức khen thưởng', 'Thành tích khen thưởng');
  let n = 0;
  for (const row of reg.values.slice(1)) {
    const mark = n < recipients && ['Hợp lệ', 'Trễ hạn'].includes(String(row[result]));
    row.push(mark ? 'Giấy khen' : '', mark ? 'xuất sắc trong thực hiện mô hình năm 2025' : '');
    if (mark) n++;
  }
  if (n < recipients) throw new Error(`only ${n} valid rows`);
  return sb;
}

function run(sb: Sandbox): { calls: Calls; result: CommendationsResult } {
  sb.counter.reset();
  const result = sb.call<CommendationsResult>('generateCommendations', { source: 'sidebar' });
  if (!result.ok || !result.complete) throw new Error(`commendations did not complete: ${(result as { message?: string }).message}`);
  return { calls: sb.counter.byMethod(), result };
}

function emulatedRuns(recipients: number, driveMs: number): number[] {
  const base = marked(recipients);
  const sb = createSandbox({
    workbook: base.workbook, now: base.clock.now(),
    callLatencyMs: { Drive: driveMs, Utilities: 5, SpreadsheetApp: 50, PropertiesService: 50, LockService: 30, ScriptApp: 100 },
  });
  const perRun: number[] = [];
  let r = sb.call<CommendationsResult>('generateCommendations', { source: 'sidebar' });
  perRun.push(r.documents.length);
  for (let i = 0; i < 200 && !r.complete; i++) {
    const fired = sb.triggers.runDue(sb.clock.now() + 2 * 60 * 1000);
    const last = fired[fired.length - 1]?.result as CommendationsResult | undefined;
    if (!last) throw new Error('no continuation fired');
    r = last;
    perRun.push(r.documents.length);
  }
  return perRun;
}

export function benchRecognition(): void {
  console.log('\n## Recognition: tờ trình, decision, one Giấy khen per recipient (synthetic, Party format)\n');
  console.log('recipients  documents  service calls per run: new / updated (Drive + Docs + DocumentApp)  per document: new / updated  SpreadsheetApp per run  Utilities+Blob per document');
  for (const n of [10, 100, 500]) {
    const sb = marked(n);
    const first = run(sb);
    const again = run(sb);
    const docs = first.result.documents.length;
    const [s1, s2] = [sum(first.calls, isService), sum(again.calls, isService)];
    const sheet = sum(again.calls, (m) => m.startsWith('SpreadsheetApp.') || m.startsWith('Spreadsheet.') || m.startsWith('Sheet.') || m.startsWith('Range.'));
    const util = sum(again.calls, (m) => m.startsWith('Utilities.') || m.startsWith('Blob.')) / docs;
    console.log(`${pad(n, 12)}${pad(docs, 11)}${pad(`${s1} / ${s2}`, 67)}${pad(`${(s1 / docs).toFixed(2)} / ${(s2 / docs).toFixed(2)}`, 30)}${pad(sheet, 24)}${util.toFixed(1)}`);
    if (n === 10) console.log(`  first run, by method: ${JSON.stringify(Object.fromEntries(Object.entries(first.calls).filter(([m]) => isService(m))))}`);
  }
  for (const ms of [1500, 3000]) {
    const runs = emulatedRuns(500, ms);
    console.log(`  500 recipients, every Drive call ${ms} ms (callLatencyMs): ${runs.length} runs of ${runs.join(', ')} documents`);
  }
}

if (process.argv[1]?.endsWith('recognition.ts')) benchRecognition();
