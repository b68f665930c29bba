/**
 * `npm run bench`: for 100 / 1,000 / 10,000 registration rows (30 / 300 / 1,000 units),
 * the service calls of one `checkRegistrations` run in the emulation (the cost that counts
 * on Google's servers, deterministic), its wall time here, and the share of the pure core.
 */
import { dayInZone } from '../src/core/calendar-day';
import { checkWorkbook } from '../src/core/check-workbook';
import { planRegistrationWrites } from '../src/core/plan-registration-writes';
import { planUnitWrites } from '../src/core/plan-unit-writes';
import { syntheticSandbox } from './synthetic-workbook';

const DATA_METHODS = /^Range\.(get|set)(Values|Notes|Backgrounds|FontWeights|DataValidation)$|^Sheet\.appendRow$/;
const SIZES: Array<[rows: number, units: number]> = [[100, 30], [1_000, 300], [10_000, 1_000]];
const REPEATS = 5;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function sheetValues(sb: ReturnType<typeof syntheticSandbox>, name: string) {
  const s = sb.workbook.sheets.find((x) => x.name === name)!;
  return s;
}

function measure(rows: number, units: number) {
  const wall: number[] = [];
  const core: number[] = [];
  let calls: Record<string, number> = {};
  let rerunCalls = 0;
  for (let i = 0; i < REPEATS; i++) {
    const sb = syntheticSandbox(units, rows);
    sb.counter.reset();
    const t0 = performance.now();
    sb.call('checkRegistrations');
    wall.push(performance.now() - t0);
    calls = sb.counter.byMethod();
    sb.counter.reset();
    sb.call('checkRegistrations');
    rerunCalls = sb.counter.total('SpreadsheetApp');

    // The same pure work outside the sandbox: parse, check, plan.
    const get = (n: string) => sheetValues(sb, n);
    const reg = get('Đăng ký');
    const unitSheet = get('Đơn vị');
    const width = reg.values[0].length;
    const regValues = reg.values.map((r) => Array.from({ length: width }, (_, c) => r[c] ?? ''));
    const regNotes = reg.values.map((_, r) => Array.from({ length: width }, (_, c) => reg.notes[r]?.[c] ?? ''));
    const t1 = performance.now();
    const outcome = checkWorkbook({
      config: get('Cấu hình').values, groups: get('Khối').values, fields: get('Lĩnh vực').values,
      units: unitSheet.values, registrations: regValues,
    }, 'Asia/Ho_Chi_Minh', dayInZone(Date.UTC(2025, 11, 20, 1), 'Asia/Ho_Chi_Minh'));
    planRegistrationWrites(regValues, regNotes, outcome);
    planUnitWrites(unitSheet.values, unitSheet.backgrounds, outcome.units, new Date());
    core.push(performance.now() - t1);
  }
  const spreadsheetCalls = Object.entries(calls).filter(([m]) => !m.startsWith('Lock')).reduce((a, [, n]) => a + n, 0);
  const dataCalls = Object.entries(calls).filter(([m]) => DATA_METHODS.test(m)).reduce((a, [, n]) => a + n, 0);
  return { rows, units, spreadsheetCalls, dataCalls, rerunCalls, lockCalls: (calls['Lock.tryLock'] ?? 0) + (calls['Lock.releaseLock'] ?? 0) + (calls['LockService.getDocumentLock'] ?? 0), wallMs: median(wall), coreMs: median(core) };
}

const results = SIZES.map(([rows, units]) => measure(rows, units));
console.log(`checkRegistrations — median of ${REPEATS} runs in the local emulation (Node ${process.version})\n`);
console.log('rows    units  SpreadsheetApp calls  of which read/write cells  calls on re-run  wall ms  core ms  core share');
for (const r of results) {
  console.log(
    `${String(r.rows).padEnd(8)}${String(r.units).padEnd(7)}${String(r.spreadsheetCalls).padEnd(22)}${String(r.dataCalls).padEnd(27)}` +
    `${String(r.rerunCalls).padEnd(17)}${r.wallMs.toFixed(0).padStart(7)}  ${r.coreMs.toFixed(0).padStart(7)}  ${((100 * r.coreMs) / r.wallMs).toFixed(0).padStart(9)}%`,
  );
}
console.log('\n(+ 3 LockService calls per run: getDocumentLock, tryLock, releaseLock)');
