/**
 * Reminder e-mails (DESIGN.md §6, issue 4) through the built bundle in the emulation:
 * the preview, the confirmed send (sidebar and menu), the daily run and its trigger, the
 * quota, failures and bad addresses. Assertions are on what the workbook (`Nhật ký`,
 * `Đơn vị`) and MailApp's record end with, as a person would check them.
 *
 * The demo on 20/12/2025 (deadline 15/12, schedule 7, 3, 1 before and 1, 3, 7 after) has
 * eleven units to remind: five never registered (two of them without a usable address),
 * two need fixes (one without an address) and four registered late.
 */
import { describe, expect, it } from 'vitest';
import { addDays, calendarDay, dayInZone, formatDayVi, type CalendarDay } from '../../src/core/calendar-day';
import {
  ReminderPreviewSchema, ReminderSendResultSchema, type ReminderPreview, type ReminderSendResult,
} from '../../src/core/dto';
import { schedulePoints, stageOn } from '../../src/core/reminder-schedule';
import { appendSampleResponses, typeUnitDetails } from '../../src/local/cli/demo-workbook';
import { SAMPLE_RESPONSES } from '../../src/local/cli/sample-data';
import type { Sandbox } from '../../src/local/emulator';
import { newWorkbookModel } from '../../src/local/emulator/workbook-model';
import { col, demoSandbox, modelSnapshot, morningOf, sandboxOn, sheet, TZ } from '../support/bundle';

const REMIND = 'Gửi nhắc nhở';
const CHECK = 'Kiểm tra và tô màu';
const CONTACT = 'bxdd@tholap.example';
const ISSUER = 'ĐẢNG ỦY XÃ THỌ LẬP';
const DEADLINE = calendarDay(2025, 12, 15);

/** The eleven units due on 20/12 in roster order, with the reason the preview shows (before its details). */
const DUE_20_12: Array<[unit: string, reason: string]> = [
  ['Văn phòng Đảng ủy', 'Không đăng ký'],
  ['Hội Cựu chiến binh', 'Trễ hạn (báo một lần)'],
  ['Hội Khuyến học', 'Không đăng ký'],
  ['Ban Văn hóa - Xã hội HĐND', 'Trễ hạn (báo một lần)'],
  ['Trung tâm Phục vụ hành chính công', 'Không đăng ký'],
  ['Trung tâm Cung ứng dịch vụ công', 'Cần bổ sung'],
  ['Chi bộ Trường Tiểu học', 'Trễ hạn (báo một lần)'],
  ['Chi bộ Trạm Y tế', 'Không đăng ký'],
  ['Chi bộ thôn 6', 'Cần bổ sung'],
  ['Chi bộ thôn 7', 'Trễ hạn (báo một lần)'],
  ['Chi bộ thôn 8', 'Không đăng ký'],
];
/** Of those, the ones without a usable address: `Email` empty, empty, `khong-phai-email`. */
const NO_ADDRESS = ['Hội Khuyến học', 'Trung tâm Phục vụ hành chính công', 'Chi bộ thôn 6'];
const WITH_ADDRESS = DUE_20_12.map(([u]) => u).filter((u) => !NO_ADDRESS.includes(u));

// ——— reading the workbook and the mail record ———

interface LogRow { day: string; at: number; action: string; unit: string; content: string; result: string }

const msOf = (v: unknown): number => (v as Date).getTime();
const dayText = (ms: number): string => formatDayVi(dayInZone(ms, TZ));

function logRows(sb: Sandbox): LogRow[] {
  return sheet(sb.workbook, 'Nhật ký').values.slice(1).map((r) => ({
    at: msOf(r[0]), day: dayText(msOf(r[0])), action: String(r[1] ?? ''), unit: String(r[2] ?? ''),
    content: String(r[3] ?? ''), result: String(r[4] ?? ''),
  }));
}

const reminderLog = (sb: Sandbox) => logRows(sb).filter((r) => r.action === REMIND);
const keyOfLine = (r: LogRow) => /^Mã nhắc: (\S+)$/.exec(r.content.split('\n')[0])?.[1] ?? '';
const resultsByUnit = (rows: LogRow[]) => Object.fromEntries(rows.map((r) => [r.unit, r.result]));

function preview(sb: Sandbox): ReminderPreview {
  return ReminderPreviewSchema.parse(JSON.parse(JSON.stringify(sb.call('previewReminders'))));
}

const keysOf = (p: ReminderPreview, units?: readonly string[]) =>
  p.reminders.filter((r) => !units || units.includes(r.unit)).map((r) => `${r.unit}|${r.key}`);

function send(sb: Sandbox, keys: readonly string[]): ReminderSendResult {
  return ReminderSendResultSchema.parse(JSON.parse(JSON.stringify(sb.call('sendReminders', { source: 'sidebar', keys }))));
}

/** The unit a sent message was for (its subject names it). */
const unitOfMail = (subject: string) => /^Nhắc đăng ký: (.*) — /.exec(subject)?.[1] ?? '';
const mailedUnits = (sb: Sandbox) => sb.mail.sent.map((m) => unitOfMail(m.subject));

// ——— typing into the roster as staff would ———

function setUnitCell(sb: Sandbox, unit: string, header: string, value: string | number): void {
  const s = sheet(sb.workbook, 'Đơn vị');
  const r = s.values.findIndex((row, i) => i > 0 && row[col(s, 'Tên đơn vị')] === unit);
  if (r < 0) throw new Error(`no unit ${unit}`);
  s.values[r][col(s, header)] = value;
}

function addUnit(sb: Sandbox, code: string, name: string, email: string): void {
  const s = sheet(sb.workbook, 'Đơn vị');
  const byHeader: Record<string, string> = { 'Mã': code, 'Tên đơn vị': name, 'Khối': 'Khối Mặt trận, đoàn thể', 'Email': email };
  s.values.push(s.values[0].map((h) => byHeader[String(h)] ?? ''));
}

function setConfig(sb: Sandbox, key: string, value: string | number): void {
  const s = sheet(sb.workbook, 'Cấu hình');
  const r = s.values.findIndex((row) => row[0] === key);
  if (r < 0) throw new Error(`no Cấu hình row ${key}`);
  s.values[r][1] = value;
}

describe('previewReminders', () => {
  it('sends nothing and writes nothing', () => {
    const sb = demoSandbox();
    const before = modelSnapshot(sb.workbook);
    const p = preview(sb);
    expect(p.reminders).toHaveLength(DUE_20_12.length);
    expect(sb.mail.sent).toHaveLength(0);
    expect(sb.counter.count('MailApp.sendEmail')).toBe(0);
    expect(modelSnapshot(sb.workbook)).toBe(before); // not a single cell, so no Nhật ký line either
    expect(reminderLog(sb)).toEqual([]);
  });

  it('lists, per unit, the reason, addresses, invalid addresses, subject and key, and the quota', () => {
    const sb = demoSandbox();
    sb.mail.setQuota(40);
    const p = preview(sb);
    expect(p.quota).toBe(40);
    expect(p.message).toBe('11 đơn vị sẽ nhận thư nhắc; hạn mức gửi thư còn 40 người nhận hôm nay.');
    expect(p.reminders.map((r) => [r.unit, r.reason.split(' — ')[0]])).toEqual(DUE_20_12);
    for (const r of p.reminders) {
      expect(r.subject.startsWith(`Nhắc đăng ký: ${r.unit} — `)).toBe(true);
      expect(r.subject).not.toMatch(/[\r\n]/);
      if (r.reason === 'Không đăng ký') {
        expect(r.key).toBe('sau-3/chua-dang-ky');
        expect(r.subject).toBe(`Nhắc đăng ký: ${r.unit} — chưa đăng ký, đã quá hạn 5 ngày`);
      } else if (r.reason.startsWith('Cần bổ sung')) {
        expect(r.key).toMatch(/^sau-3\/can-bo-sung-[0-9a-z]+$/);
      } else {
        expect(r.key).toBe('mot-lan/tre-han');
      }
    }
    const byUnit = Object.fromEntries(p.reminders.map((r) => [r.unit, r]));
    expect(byUnit['Văn phòng Đảng ủy']).toMatchObject({ addresses: ['vpdu@tholap.example'], invalidAddresses: [] });
    expect(byUnit['Hội Khuyến học']).toMatchObject({ addresses: [], invalidAddresses: [] });
    expect(byUnit['Trung tâm Phục vụ hành chính công']).toMatchObject({ addresses: [], invalidAddresses: ['khong-phai-email'] });
    expect(byUnit['Chi bộ thôn 6']).toMatchObject({ addresses: [], invalidAddresses: [] });
  });

  it('lists exactly the units whose Trạng thái calls for a reminder, with that status as the reason', () => {
    for (const today of ['2025-12-12', '2025-12-20']) {
      const sb = demoSandbox(today);
      const p = preview(sb);
      sb.call('checkRegistrations', { source: 'sidebar' });
      const units = sheet(sb.workbook, 'Đơn vị');
      const due = units.values.slice(1)
        .map((r) => [String(r[col(units, 'Tên đơn vị')]), String(r[col(units, 'Trạng thái')])])
        .filter(([, status]) => status !== 'Đúng hạn')
        .map(([unit, status]) => [unit, status === 'Trễ hạn' ? 'Trễ hạn (báo một lần)' : status]);
      expect(p.reminders.map((r) => [r.unit, r.reason.split(' — ')[0]])).toEqual(due);
      expect(due.some(([, s]) => s === (today === '2025-12-12' ? 'Chưa đăng ký' : 'Không đăng ký'))).toBe(true);
    }
  });

  it('gives a Cần bổ sung unit its rows\' reasons, as Chi tiết says them', () => {
    const sb = demoSandbox();
    const p = preview(sb);
    sb.call('checkRegistrations', { source: 'sidebar' });
    const reg = sheet(sb.workbook, 'Đăng ký');
    for (const unit of ['Trung tâm Cung ứng dịch vụ công', 'Chi bộ thôn 6']) {
      const rows = reg.values.map((r, i) => ({ r, row: i + 1 }))
        .filter(({ r }) => r[col(reg, 'Đơn vị đăng ký')] === unit && r[col(reg, 'Kết quả kiểm tra')] === 'Cần bổ sung');
      expect(rows.length).toBeGreaterThan(0);
      const expected = rows.map(({ r, row }) =>
        `"${String(r[col(reg, 'Tên mô hình, phong trào, việc làm')])}" (dòng ${row} của bảng đăng ký): ${String(r[col(reg, 'Chi tiết')]).split('\n').join(' ')}`);
      expect(p.reminders.find((x) => x.unit === unit)?.reason).toBe(`Cần bổ sung — ${expected.join(' ')}`);
    }
  });
});

describe('sendReminders from the sidebar (the confirmed preview)', () => {
  it('sends exactly what was previewed and logs each unit in Nhật ký', () => {
    const sb = demoSandbox();
    const p = preview(sb);
    const result = send(sb, keysOf(p));
    expect(result).toMatchObject({ ok: true, sent: 8, postponed: 0, skipped: 3, failed: 0 });

    const withAddress = p.reminders.filter((r) => r.addresses.length);
    expect(sb.mail.sent.map((m) => m.subject)).toEqual(withAddress.map((r) => r.subject));
    expect(sb.mail.sent.map((m) => m.recipients)).toEqual(withAddress.map((r) => r.addresses));
    for (const m of sb.mail.sent) {
      expect(m).toMatchObject({ replyTo: CONTACT, name: ISSUER });
      expect(m.body).toContain('15/12/2025');
      expect(m.htmlBody).toContain('15/12/2025');
    }

    const log = reminderLog(sb);
    expect(log.map((r) => [r.unit, ...r.content.split('\n').slice(0, 2), r.result])).toEqual(
      p.reminders.map((r) => [r.unit, `Mã nhắc: ${r.key}`, r.subject, r.addresses.length ? 'Đã gửi' : 'Bỏ qua']),
    );
    expect(log.every((r) => r.day === '20/12/2025')).toBe(true);
  });

  it('sends only the previewed keys, not what became due after the preview', () => {
    const sb = demoSandbox();
    const p = preview(sb);
    addUnit(sb, 'MOI', 'Hội Sinh viên', 'sinhvien@tholap.example'); // due too, but not previewed
    send(sb, keysOf(p, ['Văn phòng Đảng ủy', 'Chi bộ thôn 8']));
    expect(mailedUnits(sb)).toEqual(['Văn phòng Đảng ủy', 'Chi bộ thôn 8']);
    expect(reminderLog(sb).map((r) => r.unit)).toEqual(['Văn phòng Đảng ủy', 'Chi bộ thôn 8']);
    // The rest are still due, the new unit with them.
    expect(preview(sb).reminders.map((r) => r.unit)).toEqual([
      ...DUE_20_12.map(([u]) => u).filter((u) => u !== 'Văn phòng Đảng ủy' && u !== 'Chi bộ thôn 8'), 'Hội Sinh viên',
    ]);
  });

  it('rejects a malformed request and sends nothing', () => {
    const sb = demoSandbox();
    expect(sb.call('sendReminders', { source: 'sidebar', keys: 'Văn phòng Đảng ủy' })).toMatchObject({ ok: false });
    expect(sb.call('sendReminders', { source: 'sidebar' })).toMatchObject({ ok: false });
    expect(sb.mail.sent).toHaveLength(0);
    // Each refusal is an error line in Nhật ký, not a reminder.
    expect(reminderLog(sb).map((r) => [r.result, keyOfLine(r), r.content.startsWith('Yêu cầu từ bảng điều khiển không hợp lệ')]))
      .toEqual([['Thất bại', '', true], ['Thất bại', '', true]]);
  });
});

describe('no unit gets the same reminder twice', () => {
  it('a second send the same day sends nothing', () => {
    const sb = demoSandbox();
    const keys = keysOf(preview(sb));
    send(sb, keys);
    const logLength = logRows(sb).length;
    const again = send(sb, keys);
    expect(again).toMatchObject({ sent: 0, postponed: 0, skipped: 0, failed: 0, message: 'Không có thư nhắc nào cần gửi.' });
    expect(sb.mail.sent).toHaveLength(8);
    expect(logRows(sb)).toHaveLength(logLength);
    expect(preview(sb)).toMatchObject({ reminders: [], message: 'Hôm nay không có đơn vị nào cần nhắc.' });
  });

  it('the daily run after a manual send the same day sends nothing (but re-checks the sheet)', () => {
    const sb = demoSandbox();
    send(sb, keysOf(preview(sb)));
    const reminders = reminderLog(sb).length;
    sb.call('runDailyTasks');
    expect(sb.mail.sent).toHaveLength(8);
    expect(reminderLog(sb)).toHaveLength(reminders);
    expect(logRows(sb).filter((r) => r.action === CHECK)).toHaveLength(1);
  });

  it('a manual send after the daily run the same day sends nothing', () => {
    const sb = demoSandbox();
    const keys = keysOf(preview(sb));
    sb.call('runDailyTasks');
    expect(mailedUnits(sb)).toEqual(WITH_ADDRESS);
    expect(reminderLog(sb).map((r) => r.unit)).toEqual(DUE_20_12.map(([u]) => u));
    expect(preview(sb).reminders).toEqual([]);
    expect(send(sb, keys).sent).toBe(0);
    sb.uiLog.queueResponse('YES');
    sb.call('sendReminders');
    expect(sb.uiLog.alerts).toHaveLength(0); // nothing to confirm
    expect(sb.mail.sent).toHaveLength(8);
    expect(reminderLog(sb)).toHaveLength(DUE_20_12.length);
  });

  it('the next stage is a new reminder; Trễ hạn is told once', () => {
    const sb = demoSandbox();
    sb.call('runDailyTasks');
    sb.mail.clear();
    sb.clock.set(morningOf('2025-12-21')); // still stage sau-3
    sb.call('runDailyTasks');
    expect(sb.mail.sent).toHaveLength(0);
    sb.clock.set(morningOf('2025-12-22')); // sau-7
    sb.call('runDailyTasks');
    expect(mailedUnits(sb)).toEqual(['Văn phòng Đảng ủy', 'Trung tâm Cung ứng dịch vụ công', 'Chi bộ Trạm Y tế', 'Chi bộ thôn 8']);
    expect(reminderLog(sb).filter((r) => r.day === '22/12/2025').map(keyOfLine).every((k) => k.startsWith('sau-7/'))).toBe(true);
  });
});

describe('the daily mail quota', () => {
  it('quota 0: nothing is sent, every unit with an address is logged Hoãn', () => {
    const sb = demoSandbox();
    sb.mail.setQuota(0);
    const p = preview(sb);
    expect(p.quota).toBe(0);
    const result = send(sb, keysOf(p));
    expect(result).toMatchObject({ ok: true, sent: 0, postponed: 8, skipped: 3, failed: 0 });
    expect(sb.mail.sent).toHaveLength(0);
    const log = reminderLog(sb);
    expect(log.map((r) => r.unit)).toEqual(DUE_20_12.map(([u]) => u));
    for (const r of log) {
      // A unit with no usable address is not waiting for quota: it is skipped (and shown) at once.
      expect(r.result).toBe(NO_ADDRESS.includes(r.unit) ? 'Bỏ qua' : 'Hoãn');
      if (r.result === 'Hoãn') expect(r.content).toContain('Hoãn gửi: đã hết hạn mức gửi thư trong ngày');
    }
    // Postponed is not sent: the same reminders are still due today.
    expect(preview(sb).reminders.map((r) => r.unit)).toEqual(WITH_ADDRESS);
  });

  it('the next day with quota, the postponed reminders go out', () => {
    const sb = demoSandbox();
    sb.mail.setQuota(0);
    send(sb, keysOf(preview(sb)));
    sb.clock.set(morningOf('2025-12-21'));
    sb.mail.setQuota(100);
    sb.call('runDailyTasks');
    expect(mailedUnits(sb)).toEqual(WITH_ADDRESS);
    const sentToday = reminderLog(sb).filter((r) => r.day === '21/12/2025');
    expect(sentToday.map((r) => [r.unit, r.result])).toEqual(WITH_ADDRESS.map((u) => [u, 'Đã gửi']));
    expect(preview(sb).reminders).toEqual([]);
  });

  it('postponed units go first the next day, before units earlier in the roster', () => {
    const sb = demoSandbox();
    sb.mail.setQuota(0);
    send(sb, keysOf(preview(sb), ['Chi bộ thôn 7', 'Chi bộ thôn 8'])); // the last two of the roster
    expect(resultsByUnit(reminderLog(sb))).toEqual({ 'Chi bộ thôn 7': 'Hoãn', 'Chi bộ thôn 8': 'Hoãn' });

    sb.clock.set(morningOf('2025-12-21'));
    sb.mail.setQuota(2);
    expect(preview(sb).reminders.slice(0, 2).map((r) => r.unit)).toEqual(['Chi bộ thôn 7', 'Chi bộ thôn 8']);
    sb.call('runDailyTasks');
    expect(mailedUnits(sb)).toEqual(['Chi bộ thôn 7', 'Chi bộ thôn 8']);
    const today = reminderLog(sb).filter((r) => r.day === '21/12/2025');
    expect(today.slice(0, 2).map((r) => [r.unit, r.result])).toEqual([['Chi bộ thôn 7', 'Đã gửi'], ['Chi bộ thôn 8', 'Đã gửi']]);
    expect(resultsByUnit(today)['Văn phòng Đảng ủy']).toBe('Hoãn');
  });

  it('quota 3 sends 3 and postpones the rest', () => {
    const sb = demoSandbox();
    sb.mail.setQuota(3);
    const result = send(sb, keysOf(preview(sb)));
    expect(result).toMatchObject({ sent: 3, postponed: 5, skipped: 3, failed: 0 });
    expect(mailedUnits(sb)).toEqual(WITH_ADDRESS.slice(0, 3));
    expect(sb.mail.remaining()).toBe(0);
    const results = resultsByUnit(reminderLog(sb));
    expect(WITH_ADDRESS.map((u) => results[u])).toEqual(['Đã gửi', 'Đã gửi', 'Đã gửi', 'Hoãn', 'Hoãn', 'Hoãn', 'Hoãn', 'Hoãn']);
  });

  it('counts recipients: a unit with two addresses uses 2 of the 3', () => {
    const sb = demoSandbox();
    setUnitCell(sb, 'Văn phòng Đảng ủy', 'Email', 'vpdu@tholap.example; chanh.vpdu@tholap.example');
    sb.mail.setQuota(3);
    const result = send(sb, keysOf(preview(sb)));
    expect(result).toMatchObject({ sent: 2, postponed: 6, skipped: 3 });
    expect(sb.mail.sent.map((m) => m.recipients)).toEqual([
      ['vpdu@tholap.example', 'chanh.vpdu@tholap.example'], ['cuuchienbinh@tholap.example'],
    ]);
    expect(sb.mail.remaining()).toBe(0);
  });
});

describe('unit-supplied text in e-mails', () => {
  it('escapes HTML in the unit name in the HTML body, keeps it plain in the text, and subjects stay on one line', () => {
    const sb = demoSandbox();
    const htmlName = '<b>Hội</b> & "X"';
    addUnit(sb, 'HTML', htmlName, 'html@tholap.example');
    addUnit(sb, 'NL', 'Hội\nXuống dòng', 'xuongdong@tholap.example');
    const p = preview(sb);
    const html = p.reminders.find((r) => r.unit === htmlName)!;
    const broken = p.reminders.find((r) => r.unit.startsWith('Hội\n'))!;
    expect(html.subject).toBe(`Nhắc đăng ký: ${htmlName} — chưa đăng ký, đã quá hạn 5 ngày`);
    expect(broken.subject).toBe('Nhắc đăng ký: Hội Xuống dòng — chưa đăng ký, đã quá hạn 5 ngày');

    send(sb, keysOf(p));
    const mail = sb.mail.sent.find((m) => m.to === 'html@tholap.example')!;
    expect(mail.subject).toBe(html.subject);
    expect(mail.htmlBody).toContain('&lt;b&gt;Hội&lt;/b&gt; &amp; &quot;X&quot;');
    expect(mail.htmlBody).not.toContain('<b>Hội</b>');
    expect(mail.body).toContain(`Kính gửi: ${htmlName}.`);
    expect(mail.body).not.toContain('&lt;');
    const mail2 = sb.mail.sent.find((m) => m.to === 'xuongdong@tholap.example')!;
    expect(mail2.subject).toBe(broken.subject);
    for (const m of sb.mail.sent) expect(m.subject).not.toMatch(/[\r\n]/);

    // Nhật ký names them as typed, and they are not sent twice.
    const results = resultsByUnit(reminderLog(sb));
    expect(results[htmlName]).toBe('Đã gửi');
    expect(results['Hội\nXuống dòng']).toBe('Đã gửi');
    expect(preview(sb).reminders).toEqual([]);
  });
});

describe('a send that throws', () => {
  it('is logged Thất bại with its message; the others go out; nothing throws to the caller', () => {
    const sb = demoSandbox();
    sb.mail.failNext('Máy chủ thư tạm thời không phản hồi');
    const result = send(sb, keysOf(preview(sb)));
    expect(result).toMatchObject({ ok: true, sent: 7, failed: 1, skipped: 3, postponed: 0 });
    expect(mailedUnits(sb)).toEqual(WITH_ADDRESS.slice(1));
    const failed = reminderLog(sb).find((r) => r.unit === 'Văn phòng Đảng ủy')!;
    expect(failed.result).toBe('Thất bại');
    expect(failed.content).toContain('Máy chủ thư tạm thời không phản hồi');
    expect(result.results.find((r) => r.unit === 'Văn phòng Đảng ủy')).toMatchObject({ status: 'failed' });
    // A failure is not a send: it is due again.
    expect(preview(sb).reminders.map((r) => r.unit)).toEqual(['Văn phòng Đảng ủy']);
  });

  it('does not stop the daily run either', () => {
    const sb = demoSandbox();
    sb.mail.failNext();
    expect(() => sb.call('runDailyTasks')).not.toThrow();
    expect(sb.mail.sent).toHaveLength(7);
    expect(resultsByUnit(reminderLog(sb))['Văn phòng Đảng ủy']).toBe('Thất bại');
  });
});

describe('the Apps Script time limit', () => {
  it('a run that nears it stops sending, logs the rest Hoãn, and the next run goes on from there', () => {
    const sb = demoSandbox();
    // Each send takes 40 s of the 6-minute execution (the emulated clock stands still otherwise).
    const real = sb.globals.MailApp;
    (sb.globals as { MailApp: unknown }).MailApp = {
      sendEmail: (...args: unknown[]) => { sb.clock.advance(40_000); return real.sendEmail(...args); },
      getRemainingDailyQuota: () => real.getRemainingDailyQuota(),
    };
    const result = send(sb, keysOf(preview(sb)));
    expect(result).toMatchObject({ sent: 7, postponed: 1, skipped: 3 });
    const last = reminderLog(sb).find((r) => r.unit === 'Chi bộ thôn 8')!;
    expect(last.result).toBe('Hoãn');
    expect(last.content).toContain('lần chạy sắp hết thời gian cho phép');
    sb.call('runDailyTasks');
    expect(mailedUnits(sb)).toEqual(WITH_ADDRESS);
  });
});

describe('addresses', () => {
  it('an empty or invalid Email is shown and logged Bỏ qua, never thrown', () => {
    const sb = demoSandbox();
    const p = preview(sb);
    const result = send(sb, keysOf(p));
    expect(result.ok).toBe(true);
    const log = Object.fromEntries(reminderLog(sb).map((r) => [r.unit, r]));
    expect(log['Hội Khuyến học']).toMatchObject({ result: 'Bỏ qua' });
    expect(log['Hội Khuyến học'].content).toContain('đơn vị chưa có địa chỉ email');
    expect(log['Trung tâm Phục vụ hành chính công']).toMatchObject({ result: 'Bỏ qua' });
    expect(log['Trung tâm Phục vụ hành chính công'].content).toContain('địa chỉ không hợp lệ (khong-phai-email)');
    expect(result.results.filter((r) => r.status === 'no-address').map((r) => r.unit)).toEqual(NO_ADDRESS);
  });

  it('a unit with "a; b" gets one message to both; an invalid one beside a valid one is dropped and noted', () => {
    const sb = demoSandbox();
    setUnitCell(sb, 'Chi bộ thôn 8', 'Email', 'thon8@tholap.example; bithu.thon8@tholap.example');
    setUnitCell(sb, 'Chi bộ thôn 7', 'Email', 'thon7@tholap.example, sai-dia-chi');
    const p = preview(sb);
    expect(p.reminders.find((r) => r.unit === 'Chi bộ thôn 8')).toMatchObject({
      addresses: ['thon8@tholap.example', 'bithu.thon8@tholap.example'], invalidAddresses: [],
    });
    expect(p.reminders.find((r) => r.unit === 'Chi bộ thôn 7')).toMatchObject({
      addresses: ['thon7@tholap.example'], invalidAddresses: ['sai-dia-chi'],
    });
    send(sb, keysOf(p));
    const thon8 = sb.mail.sent.filter((m) => unitOfMail(m.subject) === 'Chi bộ thôn 8');
    expect(thon8).toHaveLength(1);
    expect(thon8[0].recipients).toEqual(['thon8@tholap.example', 'bithu.thon8@tholap.example']);
    const thon7 = sb.mail.sent.filter((m) => unitOfMail(m.subject) === 'Chi bộ thôn 7');
    expect(thon7.map((m) => m.recipients)).toEqual([['thon7@tholap.example']]);
    const line = reminderLog(sb).find((r) => r.unit === 'Chi bộ thôn 7')!;
    expect(line.result).toBe('Đã gửi');
    expect(line.content).toContain('Bỏ qua địa chỉ không hợp lệ: sai-dia-chi');
  });
});

describe('sendReminders from the menu', () => {
  it('shows the preview in a YES/NO dialog; NO sends nothing', () => {
    const sb = demoSandbox();
    sb.uiLog.queueResponse('NO');
    const result = sb.call<ReminderSendResult>('sendReminders');
    expect(result).toMatchObject({ ok: true, sent: 0, message: 'Đã hủy, không gửi thư nào.' });
    const [alert] = sb.uiLog.alerts;
    expect(alert).toMatchObject({ title: REMIND, buttons: 'YES_NO', response: 'NO' });
    for (const [unit] of DUE_20_12) expect(alert.prompt).toContain(unit);
    expect(alert.prompt).toContain('hạn mức còn 100');
    expect(sb.mail.sent).toHaveLength(0);
    expect(reminderLog(sb)).toEqual([]);
  });

  it('YES sends the previewed list', () => {
    const sb = demoSandbox();
    const p = preview(sb);
    sb.uiLog.queueResponse('YES');
    const result = sb.call<ReminderSendResult>('sendReminders');
    expect(result).toMatchObject({ ok: true, sent: 8, skipped: 3 });
    expect(sb.mail.sent.map((m) => m.subject)).toEqual(p.reminders.filter((r) => r.addresses.length).map((r) => r.subject));
    expect(reminderLog(sb).map((r) => [r.unit, keyOfLine(r)])).toEqual(p.reminders.map((r) => [r.unit, r.key]));
    expect(sb.uiLog.toasts.at(-1)?.message).toBe(result.message);
  });
});

describe('the daily trigger', () => {
  it('setDailyTrigger installs exactly one clock trigger for runDailyTasks at Giờ gửi nhắc, and removes it', () => {
    const sb = demoSandbox();
    setConfig(sb, 'Giờ gửi nhắc', 7);
    const daily = () => sb.triggers.list().filter((t) => t.handlerFunction === 'runDailyTasks');
    for (let i = 0; i < 2; i++) {
      expect(sb.call('setDailyTrigger', { source: 'sidebar', enabled: true })).toMatchObject({ ok: true, enabled: true });
      expect(daily()).toHaveLength(1);
    }
    expect(daily()[0]).toMatchObject({ eventType: 'CLOCK' });
    // Set up at 08:00 on 20/12: the first run is 07:00 the next morning, Vietnam time.
    expect(daily()[0].nextRunAt).toBe(morningOf('2025-12-21') - 3_600_000);
    expect(sb.triggers.list()).toHaveLength(1);

    expect(sb.call('setDailyTrigger', { source: 'sidebar', enabled: false })).toMatchObject({ ok: true, enabled: false });
    expect(daily()).toHaveLength(0);
    expect(sb.triggers.runDue(morningOf('2025-12-25'))).toEqual([]);
    expect(logRows(sb).filter((r) => r.action === 'Chạy hằng ngày')).toHaveLength(3);
  });

  it('rejects a malformed request without touching the triggers', () => {
    const sb = demoSandbox();
    expect(sb.call('setDailyTrigger', { source: 'sidebar', enabled: 'yes' })).toMatchObject({ ok: false });
    expect(sb.triggers.list()).toEqual([]);
  });

  /** A commune set up on 05/12 with its roster; the daily run on from then until 25/12. */
  function dailyFrom05to25(arrive: (sb: Sandbox, beforeMs: number) => void): Sandbox {
    const sb = sandboxOn(newWorkbookModel(), '2025-12-05');
    sb.call('setupWorkbook');
    typeUnitDetails(sb.workbook);
    sb.call('setDailyTrigger', { source: 'sidebar', enabled: true });
    for (let day = calendarDay(2025, 12, 6); day.day <= 25; day = addDays(day, 1)) {
      const at = morningOf(`2025-12-${String(day.day).padStart(2, '0')}`);
      arrive(sb, at);
      const runs = sb.triggers.runDue(at);
      expect(runs.map((r) => [r.handlerFunction, r.at, r.error])).toEqual([['runDailyTasks', at, undefined]]);
    }
    return sb;
  }

  /** The core calendar of a deadline: `dd/MM/yyyy stage` of each point. */
  const calendarOf = (deadline: CalendarDay) =>
    schedulePoints(deadline, [7, 3, 1], [1, 3, 7]).map((p) => `${formatDayVi(p.day)} ${p.stage}`);
  const OWN_DEADLINE = calendarDay(2025, 12, 18); // Hội Chữ thập đỏ's Hạn riêng
  const deadlineOf = (unit: string) => (unit === 'Hội Chữ thập đỏ' ? OWN_DEADLINE : DEADLINE);

  it('with nobody registering, sends on the schedule days of each unit\'s deadline only, re-checking every day', () => {
    const sb = dailyFrom05to25(() => {});
    const log = logRows(sb);
    expect(log.filter((r) => r.action === CHECK).map((r) => r.day))
      .toEqual(Array.from({ length: 20 }, (_, i) => formatDayVi(addDays(calendarDay(2025, 12, 6), i))));

    const byUnit = new Map<string, string[]>();
    for (const r of log.filter((x) => x.action === REMIND)) {
      const list = byUnit.get(r.unit) ?? [];
      list.push(`${r.day} ${keyOfLine(r).replace('/chua-dang-ky', '')}`);
      byUnit.set(r.unit, list);
    }
    const units = sheet(sb.workbook, 'Đơn vị').values.slice(1).map((r) => String(r[1]));
    expect([...byUnit.keys()].sort()).toEqual([...units].sort()); // every unit, none registered
    for (const unit of units) expect(byUnit.get(unit)).toEqual(calendarOf(deadlineOf(unit)));

    // Mail went out on those days only (the units with an address).
    const mailDays = new Set(sb.mail.sent.map((m) => dayText(m.sentAt.getTime())));
    const scheduleDays = new Set([...calendarOf(DEADLINE), ...calendarOf(OWN_DEADLINE)].map((s) => s.slice(0, 10)));
    expect([...mailDays].sort()).toEqual([...scheduleDays].sort());
    expect(sb.mail.sent.filter((m) => unitOfMail(m.subject) === 'Văn phòng Đảng ủy').map((m) => m.subject)).toEqual([
      'còn 7 ngày', 'còn 3 ngày', 'còn 1 ngày (hạn là ngày mai)', 'đã quá hạn 1 ngày', 'đã quá hạn 3 ngày', 'đã quá hạn 7 ngày',
    ].map((w) => `Nhắc đăng ký: Văn phòng Đảng ủy — chưa đăng ký, ${w}`));
  });

  it('with registrations arriving day by day, follows each unit\'s status on the core calendar', () => {
    let arrived = 0;
    const arrivalsBefore = (ms: number) => SAMPLE_RESPONSES.filter((r) => (r.timestamp as Date).getTime() < ms).length;
    const sb = dailyFrom05to25((s, at) => {
      const upTo = arrivalsBefore(at);
      appendSampleResponses(s.workbook, SAMPLE_RESPONSES.slice(arrived, upTo)); // the samples are in time order
      arrived = upTo;
    });
    const log = logRows(sb);
    // Each run re-checked the sheet as it stood that morning.
    const checks = log.filter((r) => r.action === CHECK);
    expect(checks.map((r) => Number(/^Đã kiểm tra (\d+) đăng ký/.exec(r.content)?.[1] ?? 0)))
      .toEqual(checks.map((r) => arrivalsBefore(r.at)));
    expect(arrived).toBe(SAMPLE_RESPONSES.length);

    const reminders = log.filter((r) => r.action === REMIND);
    const seen = new Set<string>();
    for (const r of reminders) {
      const key = keyOfLine(r);
      expect(seen.has(`${r.unit}|${key}`)).toBe(false);
      seen.add(`${r.unit}|${key}`);
      const [stage, reason] = key.split('/');
      const today = dayInZone(r.at, TZ);
      const onDay = stageOn(today, deadlineOf(r.unit), [7, 3, 1], [1, 3, 7]);
      if (reason === 'tre-han') {
        expect(stage).toBe('mot-lan');
      } else {
        expect(stage).toBe(onDay.stage); // the stage of the core calendar that day
        // "Not registered" only on the unit's schedule days; a new "needs fixing" as soon as it is seen.
        if (reason === 'chua-dang-ky') expect(onDay.scheduledToday).toBe(true);
      }
    }
    // Never registered: the whole calendar. Registered on time on 03/12: never reminded.
    for (const unit of ['Văn phòng Đảng ủy', 'Chi bộ Trạm Y tế', 'Chi bộ thôn 8']) {
      expect(reminders.filter((r) => r.unit === unit).map((r) => `${r.day} ${keyOfLine(r).split('/')[0]}`)).toEqual(calendarOf(DEADLINE));
    }
    expect(reminders.filter((r) => r.unit === 'Ban Xây dựng Đảng')).toEqual([]);
    // Late units are told once, the morning after their late registration.
    const late = reminders.filter((r) => keyOfLine(r) === 'mot-lan/tre-han').map((r) => `${r.day} ${r.unit}`);
    expect(late).toEqual([
      '17/12/2025 Hội Cựu chiến binh', '17/12/2025 Ban Văn hóa - Xã hội HĐND', '18/12/2025 Chi bộ thôn 7', '20/12/2025 Chi bộ Trường Tiểu học',
    ]);
    // Hội Chữ thập đỏ (Hạn riêng 18/12) was reminded on its own calendar until it registered on 17/12.
    expect(reminders.filter((r) => r.unit === 'Hội Chữ thập đỏ').map((r) => `${r.day} ${keyOfLine(r).split('/')[0]}`))
      .toEqual(calendarOf(OWN_DEADLINE).slice(0, 3));
    // The sheet ends checked: Trạng thái as of the last run.
    const units = sheet(sb.workbook, 'Đơn vị');
    const status = (u: string) => units.values.find((r) => r[col(units, 'Tên đơn vị')] === u)?.[col(units, 'Trạng thái')];
    expect([status('Chi bộ Trường Tiểu học'), status('Hội Chữ thập đỏ'), status('Chi bộ thôn 8')]).toEqual(['Trễ hạn', 'Đúng hạn', 'Không đăng ký']);
    expect(sheet(sb.workbook, 'Đăng ký').values.length - 1).toBe(SAMPLE_RESPONSES.length);
  });
});
