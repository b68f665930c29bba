/**
 * MailApp (src/local/emulator/mail-app.ts, mail-log.ts): recording, the call forms, the
 * recipient quota, Google's errors, the failing-send hook, the scope.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createSandbox } from '../../src/local/emulator/sandbox';
import { createServices } from '../../src/local/emulator/services';
import { errorOf, FIXTURES, MONDAY_9AM_HANOI, services } from './helpers';

const FORMS_DIST = path.join(FIXTURES, 'forms');

function mailServices(mailQuota?: number) {
  return createServices({ distDir: FORMS_DIST, now: MONDAY_9AM_HANOI, mailQuota });
}

describe('sending', () => {
  it('records the object form with every field', () => {
    const s = mailServices();
    s.globals.MailApp.sendEmail({
      to: 'bithu@thon1.example, Trưởng thôn <truong@thon1.example>',
      cc: 'vp@tho-lap.example',
      bcc: 'luu@tho-lap.example',
      subject: 'Nhắc đăng ký: Chi bộ thôn 1',
      body: 'Kính gửi Chi bộ thôn 1',
      htmlBody: '<p>Kính gửi <b>Chi bộ thôn 1</b></p>',
      name: 'Ban Thường vụ Đảng ủy xã Thọ Lập',
      replyTo: 'bxd@tho-lap.example',
      noReply: false,
    });
    expect(s.mail.sent).toHaveLength(1);
    expect(s.mail.sent[0]).toEqual({
      to: 'bithu@thon1.example, Trưởng thôn <truong@thon1.example>',
      cc: 'vp@tho-lap.example',
      bcc: 'luu@tho-lap.example',
      recipients: ['bithu@thon1.example', 'Trưởng thôn <truong@thon1.example>', 'vp@tho-lap.example', 'luu@tho-lap.example'],
      subject: 'Nhắc đăng ký: Chi bộ thôn 1',
      body: 'Kính gửi Chi bộ thôn 1',
      htmlBody: '<p>Kính gửi <b>Chi bộ thôn 1</b></p>',
      name: 'Ban Thường vụ Đảng ủy xã Thọ Lập',
      replyTo: 'bxd@tho-lap.example',
      noReply: false,
      from: 'can.bo@tho-lap.example',
      sentAt: new Date(MONDAY_9AM_HANOI),
    });
    expect(s.globals.MailApp.getRemainingDailyQuota()).toBe(96);
  });

  it('records the (recipient, subject, body, options) and (to, replyTo, subject, body) forms', () => {
    const s = mailServices();
    s.globals.MailApp.sendEmail('a@x.example', 'S1', 'B1');
    s.globals.MailApp.sendEmail('a@x.example', 'S2', 'B2', { htmlBody: '<i>B2</i>', name: 'Văn phòng' });
    s.globals.MailApp.sendEmail('a@x.example', 'reply@x.example', 'S3', 'B3');
    expect(s.mail.sent.map((m) => [m.subject, m.htmlBody, m.name, m.replyTo])).toEqual([
      ['S1', null, null, null], ['S2', '<i>B2</i>', 'Văn phòng', null], ['S3', null, null, 'reply@x.example'],
    ]);
    expect(errorOf(() => s.globals.MailApp.sendEmail(1 as never)).message).toBe("The parameters (number) don't match the method signature for MailApp.sendEmail.");
  });

  it('works from a script in the sandbox and counts under MailApp', () => {
    const sb = createSandbox({ distDir: FORMS_DIST, now: MONDAY_9AM_HANOI });
    sb.call('evaluate', "MailApp.sendEmail({ to: 'a@x.example', subject: 'Xác nhận đăng ký: A', body: 'b' })");
    expect(sb.call('evaluate', 'MailApp.getRemainingDailyQuota()')).toBe(99);
    expect(sb.mail.sent.map((m) => m.subject)).toEqual(['Xác nhận đăng ký: A']);
    expect(sb.counter.total('MailApp')).toBe(2);
  });
});

describe('quota', () => {
  it('defaults to 100 recipients a day; each recipient counts; over it throws the real message and sends nothing', () => {
    const s = mailServices();
    expect(s.globals.MailApp.getRemainingDailyQuota()).toBe(100);
    s.mail.setQuota(3);
    s.globals.MailApp.sendEmail({ to: 'a@x.example, b@x.example', subject: 's', body: 'b' });
    expect(s.mail.remaining()).toBe(1);
    const error = errorOf(() => s.globals.MailApp.sendEmail({ to: 'c@x.example', cc: 'd@x.example', subject: 's', body: 'b' }));
    expect(error.name).toBe('Exception');
    expect(error.message).toBe('Service invoked too many times for one day: email.');
    expect(s.mail.sent).toHaveLength(1);
    s.globals.MailApp.sendEmail({ to: 'c@x.example', subject: 's', body: 'b' });
    expect(s.globals.MailApp.getRemainingDailyQuota()).toBe(0);
  });

  it('quota 0 refuses everything; the quota comes back 24 hours after the first send', () => {
    const s = mailServices(2);
    s.globals.MailApp.sendEmail('a@x.example', 's', 'b');
    s.clock.advance(3_600_000);
    s.globals.MailApp.sendEmail('a@x.example', 's', 'b');
    expect(() => s.globals.MailApp.sendEmail('a@x.example', 's', 'b')).toThrow('Service invoked too many times for one day: email.');
    s.clock.advance(23 * 3_600_000);
    expect(s.globals.MailApp.getRemainingDailyQuota()).toBe(2);
    s.mail.setQuota(0);
    expect(() => s.globals.MailApp.sendEmail('a@x.example', 's', 'b')).toThrow('Service invoked too many times for one day: email.');
  });
});

describe('errors', () => {
  it('no recipient, invalid address, too many recipients, long subject, large body', () => {
    const { MailApp } = mailServices().globals;
    expect(errorOf(() => MailApp.sendEmail({ to: '', subject: 's', body: 'b' })).message).toBe('Failed to send email: no recipient');
    expect(errorOf(() => MailApp.sendEmail({ to: ' , ', subject: 's', body: 'b' })).message).toBe('Failed to send email: no recipient');
    expect(errorOf(() => MailApp.sendEmail('thon1.example', 's', 'b')).message).toBe('Invalid email: thon1.example');
    expect(errorOf(() => MailApp.sendEmail('a@x.example, b c@x.example', 's', 'b')).message).toBe('Invalid email: b c@x.example');
    const many = Array.from({ length: 51 }, (_, i) => `u${i}@x.example`).join(',');
    expect(errorOf(() => MailApp.sendEmail(many, 's', 'b')).message).toBe('Limit Exceeded: Email Recipients Per Message.');
    expect(errorOf(() => MailApp.sendEmail('a@x.example', 'x'.repeat(251), 'b')).message).toBe('Argument too large: subject');
    expect(() => MailApp.sendEmail('a@x.example', 'x'.repeat(250), 'b')).not.toThrow();
    expect(errorOf(() => MailApp.sendEmail('a@x.example', 's', 'x'.repeat(200 * 1024 + 1))).message).toBe('Limit Exceeded: Email Body Size.');
  });

  it('failNext makes the next send throw (then sending works again); nothing is recorded or charged', () => {
    const s = mailServices();
    s.mail.failNext();
    s.mail.failNext('Custom failure');
    expect(errorOf(() => s.globals.MailApp.sendEmail('a@x.example', 's', 'b')).message).toBe("We're sorry, a server error occurred. Please wait a bit and try again.");
    expect(errorOf(() => s.globals.MailApp.sendEmail('a@x.example', 's', 'b')).message).toBe('Custom failure');
    s.globals.MailApp.sendEmail('a@x.example', 's', 'b');
    expect(s.mail.sent).toHaveLength(1);
    expect(s.mail.remaining()).toBe(99);
  });

  it('attachments are not emulated; a manifest without script.send_mail gets the permission error', () => {
    const s = mailServices();
    expect(errorOf(() => s.globals.MailApp.sendEmail({ to: 'a@x.example', subject: 's', body: 'b', attachments: [{}] })).message).toMatch(/^Not emulated/);
    expect(errorOf(() => services().globals.MailApp.sendEmail('a@x.example', 's', 'b')).message)
      .toBe('You do not have permission to call MailApp.sendEmail. Required permissions: https://www.googleapis.com/auth/script.send_mail');
  });
});
