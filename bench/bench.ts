/**
 * `npm run bench`: for 100 / 1,000 / 10,000 registration rows (30 / 300 / 1,000 units),
 * the service calls of one `checkRegistrations` run in the emulation (the cost that counts
 * on Google's servers, deterministic), its wall time here, and the share of the pure core.
 * Then the service calls of one daily run (`runDailyTasks`: re-check and reminders) for
 * 30 / 300 / 1,000 units, and of one form submission (`onRegistrationSubmit`, fired by the
 * emulated form) on sheets of 100 / 1,000 / 10,000 rows; then a plan of 10 vs 40 questions
 * (bench/questions.ts) at 1,000 and 10,000 rows; then the documents (bench/documents.ts).
 */
import { dayInZone } from '../src/core/calendar-day';
import { checkWorkbook } from '../src/core/check-workbook';
import { planRegistrationWrites } from '../src/core/plan-registration-writes';
import { planUnitWrites } from '../src/core/plan-unit-writes';
import { syntheticFormAnswers, syntheticSandbox } from './synthetic-workbook';

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

// ——— runDailyTasks: re-check, then one e-mail per unit to remind ———

const DAILY_UNITS = [30, 300, 1_000];
const DAILY_REPEATS = 3;
const pad = (v: unknown, n: number) => String(v).padEnd(n);
const lpad = (v: unknown, n: number) => String(v).padStart(n);

/** Calls per service; `other` is every service but SpreadsheetApp and MailApp. */
function perService(sb: ReturnType<typeof syntheticSandbox>) {
  const all = sb.counter.total();
  const spreadsheet = sb.counter.total('SpreadsheetApp');
  const mail = sb.counter.total('MailApp');
  const sendEmail = sb.counter.count('MailApp.sendEmail');
  const otherMethods = Object.entries(sb.counter.byMethod())
    .filter(([m]) => !/^(MailApp|Spreadsheet|SpreadsheetApp|Sheet|Range|Ui|Filter|DataValidation|TextFinder)\b/.test(m));
  const other = all - spreadsheet - mail;
  if (otherMethods.reduce((a, [, n]) => a + n, 0) !== other) otherMethods.push(['(and calls of classes not named here)', NaN]);
  return { all, spreadsheet, mail, sendEmail, other, otherMethods, withoutSends: all - sendEmail };
}

function measureDaily(units: number) {
  const wall: number[] = [];
  let first!: ReturnType<typeof perService>;
  let again!: ReturnType<typeof perService>;
  let emails = 0;
  for (let i = 0; i < DAILY_REPEATS; i++) {
    // One unit in ten has registered (some of them wrongly or late): most get a reminder.
    const sb = syntheticSandbox(units, Math.ceil(units / 10));
    sb.mail.setQuota(1_000_000);
    sb.counter.reset();
    const t0 = performance.now();
    sb.call('runDailyTasks');
    wall.push(performance.now() - t0);
    first = perService(sb);
    emails = sb.mail.sent.length;
    if (emails !== first.sendEmail) throw new Error(`runDailyTasks: ${emails} e-mails recorded, ${first.sendEmail} sendEmail calls`);
    sb.counter.reset();
    sb.call('runDailyTasks'); // the same day again: nothing left to send
    again = perService(sb);
    if (sb.mail.sent.length !== emails) throw new Error('runDailyTasks sent again the same day');
  }
  return { units, rows: Math.ceil(units / 10), emails, first, again, wallMs: median(wall) };
}

const daily = DAILY_UNITS.map(measureDaily);
console.log(`\nrunDailyTasks — one daily run on 20/12/2025 (most units not registered, quota not limiting), median of ${DAILY_REPEATS}\n`);
console.log('units  rows  e-mails  SpreadsheetApp  MailApp (sendEmail+other)  other  total  total−sendEmail  2nd run same day  wall ms');
for (const r of daily) {
  console.log(
    `${pad(r.units, 7)}${pad(r.rows, 6)}${pad(r.emails, 9)}${pad(r.first.spreadsheet, 16)}` +
    `${pad(`${r.first.mail} (${r.first.sendEmail}+${r.first.mail - r.first.sendEmail})`, 27)}${pad(r.first.other, 7)}${pad(r.first.all, 7)}` +
    `${pad(r.first.withoutSends, 17)}${pad(`${r.again.all} (${r.again.sendEmail} e-mails)`, 18)}${lpad(r.wallMs.toFixed(0), 7)}`,
  );
}
const dailyConstant = new Set(daily.map((r) => r.first.withoutSends)).size === 1;
console.log(`\n(other = ${daily[0].first.otherMethods.map(([m, n]) => `${m} ${n}`).join(', ')})`);
console.log(`Everything but one MailApp.sendEmail per e-mail: ${daily.map((r) => r.first.withoutSends).join(' / ')} calls — ${dailyConstant ? 'constant' : 'NOT CONSTANT'}.`);

// ——— onRegistrationSubmit: one response through the emulated form ———

const SUBMIT_SIZES: Array<[rows: number, units: number]> = [[100, 30], [1_000, 300], [10_000, 1_000]];
const SUBMISSIONS = 3;

function measureSubmit(rows: number, units: number) {
  const sb = syntheticSandbox(units, rows);
  sb.mail.setQuota(1_000_000);
  const created = sb.call<{ ok: boolean; message: string }>('createRegistrationForm');
  if (!created.ok) throw new Error(`createRegistrationForm: ${created.message}`);
  const formId = sb.workbook.documentProperties['thiDua.formId'];
  const calls: Array<ReturnType<typeof perService>> = [];
  const wall: number[] = [];
  let sheetRows = 0;
  for (let i = 0; i < SUBMISSIONS; i++) {
    const at = sb.clock.now() + 60_000;
    sb.clock.set(at);
    sb.counter.reset();
    const t0 = performance.now();
    const submission = sb.forms.submit(formId, syntheticFormAnswers(i, `Mô hình gửi qua biểu mẫu ${i + 1}`), { at });
    wall.push(performance.now() - t0);
    const errors = submission.runs.filter((r) => r.error).map((r) => r.error?.message);
    if (submission.runs.length !== 1 || errors.length) throw new Error(`onRegistrationSubmit did not run cleanly: ${errors.join('; ')}`);
    calls.push(perService(sb));
    sheetRows = submission.row ?? 0;
  }
  const same = calls.every((c) => JSON.stringify(c) === JSON.stringify(calls[0]));
  return { rows, units, sheetRows, calls: calls[0], same, wallMs: median(wall) };
}

const submits = SUBMIT_SIZES.map(([rows, units]) => measureSubmit(rows, units));
console.log(`\nonRegistrationSubmit — one form submission (the trigger runs inside forms.submit), ${SUBMISSIONS} in a row, median wall time\n`);
console.log('rows    units  SpreadsheetApp  MailApp (sendEmail+other)  other  total  same for each submission  wall ms');
for (const r of submits) {
  console.log(
    `${pad(r.rows, 8)}${pad(r.units, 7)}${pad(r.calls.spreadsheet, 16)}${pad(`${r.calls.mail} (${r.calls.sendEmail}+${r.calls.mail - r.calls.sendEmail})`, 27)}` +
    `${pad(r.calls.other, 7)}${pad(r.calls.all, 7)}${pad(r.same ? 'yes' : 'NO', 26)}${lpad(r.wallMs.toFixed(0), 7)}`,
  );
}
const submitConstant = new Set(submits.map((r) => JSON.stringify(r.calls))).size === 1;
console.log(`\n(other = ${submits[0].calls.otherMethods.map(([m, n]) => `${m} ${n}`).join(', ')})`);
console.log(`Calls of one submission: ${submits.map((r) => r.calls.all).join(' / ')} — ${submitConstant ? 'the same whatever the number of rows' : 'NOT CONSTANT'} (the receipt is the one sendEmail).`);

// ——— Approval notices and the summary report (bench/documents.ts) ———

const { benchDocuments } = await import('./documents');
benchDocuments();

// ——— Plans as data: 10 vs 40 questions (bench/questions.ts) ———

const { benchQuestions } = await import('./questions');
benchQuestions();

// The command line on a workbook file, at 10,000 and 50,000 rows (issue 12, item 10).
const { benchCli } = await import('./cli-workbook');
await benchCli();

// ——— Recognition: tờ trình, decision, Giấy khen (bench/recognition.ts) ———

const { benchRecognition } = await import('./recognition');
benchRecognition();
