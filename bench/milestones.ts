/**
 * `npm run bench` (issue 13): one daily run with milestones — synthetic workbooks of 30 / 300
 * / 1,000 units with two registrations each, checked and approved on 20/12/2025, then on
 * 18/01/2026 (three days after `Hạn xây dựng kế hoạch`) half of the units have sent their
 * plans: `runDailyTasks` re-checks (writing `Tiến độ`) and sends one `Nhắc báo cáo:` to each
 * unit still missing one. Everything but one `sendEmail` per e-mail must be constant.
 */
import { SHEET } from '../src/core/contract';
import { syntheticSandbox } from './synthetic-workbook';

const UNITS = [30, 300, 1_000];
const pad = (v: unknown, n: number) => String(v).padEnd(n);
const vn = (y: number, m: number, d: number, h = 8) => Date.UTC(y, m - 1, d, h - 7);

function measure(units: number) {
  const sb = syntheticSandbox(units, units * 2);
  sb.mail.setQuota(1_000_000);
  sb.call('checkRegistrations');
  sb.call('approveAllValid', { source: 'sidebar' });
  const reg = sb.workbook.sheets.find((s) => s.name === SHEET.registrations)!;
  const planCol = reg.values[0].indexOf('Kế hoạch thực hiện');
  const unitCol = reg.values[0].indexOf('Đơn vị đăng ký');
  reg.values.slice(1).forEach((row) => {
    const n = Number(/(\d+)$/.exec(String(row[unitCol]))?.[1] ?? 0);
    if (n % 2 === 0) row[planCol] = `https://drive.google.com/file/d/plan-${n}`;
  });
  sb.clock.set(vn(2026, 1, 18));
  // Registration reminders of the day before, so that only the milestone ones are due today.
  const sentBefore = sb.mail.sent.length;
  sb.counter.reset();
  sb.call('runDailyTasks');
  const all = sb.counter.total();
  const sendEmail = sb.counter.count('MailApp.sendEmail');
  const mails = sb.mail.sent.slice(sentBefore);
  const milestoneMails = mails.filter((m) => m.subject.startsWith('Nhắc báo cáo:')).length;
  if (mails.length !== sendEmail) throw new Error('e-mails and sendEmail calls differ');
  sb.counter.reset();
  sb.call('runDailyTasks');
  const again = sb.counter.total();
  const againMails = sb.mail.sent.length - sentBefore - mails.length;
  return { units, rows: units * 2, mails: mails.length, milestoneMails, all, sendEmail, withoutSends: all - sendEmail, again, againMails,
    spreadsheet: sb.counter.total('SpreadsheetApp') };
}

const results = UNITS.map(measure);
console.log('\nrunDailyTasks with milestones — 18/01/2026, three days after the plan deadline, half of the units missing their plans\n');
console.log('units  rows   e-mails (Nhắc báo cáo)  total calls  total−sendEmail  2nd run same day');
for (const r of results) {
  console.log(`${pad(r.units, 7)}${pad(r.rows, 7)}${pad(`${r.mails} (${r.milestoneMails})`, 24)}${pad(r.all, 13)}${pad(r.withoutSends, 17)}${r.again} (${r.againMails} e-mails)`);
}
const constant = new Set(results.map((r) => r.withoutSends)).size === 1;
console.log(`Everything but one MailApp.sendEmail per e-mail: ${results.map((r) => r.withoutSends).join(' / ')} calls — ${constant ? 'constant' : 'NOT CONSTANT'}.`);
if (!constant) process.exitCode = 1;
