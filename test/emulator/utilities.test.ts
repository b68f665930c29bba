/** Utilities and Session (src/local/emulator/utilities.ts, format-date.ts, session.ts). */
import { describe, expect, it } from 'vitest';
import { formatDate } from '../../src/local/emulator/format-date';
import { errorOf, MONDAY_9AM_HANOI, services } from './helpers';

const HANOI = 'Asia/Ho_Chi_Minh';
/** 2025-12-14 23:30 in Hà Nội = 16:30 UTC: the day differs between the zones. */
const LATE_EVENING = new Date(Date.UTC(2025, 11, 14, 16, 30, 5, 42));

describe('Utilities.formatDate', () => {
  const { Utilities } = services().globals;

  it('formats in Asia/Ho_Chi_Minh (UTC+7), across midnight', () => {
    expect(Utilities.formatDate(LATE_EVENING, HANOI, 'dd/MM/yyyy HH:mm:ss')).toBe('14/12/2025 23:30:05');
    expect(Utilities.formatDate(new Date(Date.UTC(2025, 11, 14, 17, 0)), HANOI, 'dd/MM/yyyy HH:mm')).toBe('15/12/2025 00:00');
    expect(Utilities.formatDate(LATE_EVENING, 'UTC', 'yyyy-MM-dd')).toBe('2025-12-14');
  });

  it('implements the SimpleDateFormat letters used in practice', () => {
    expect(Utilities.formatDate(LATE_EVENING, HANOI, 'yy M d H m s')).toBe('25 12 14 23 30 5');
    expect(Utilities.formatDate(LATE_EVENING, HANOI, "EEE, d MMM yyyy 'lúc' h:mm a")).toBe('Sun, 14 Dec 2025 lúc 11:30 PM');
    expect(Utilities.formatDate(LATE_EVENING, HANOI, 'EEEE MMMM')).toBe('Sunday December');
    expect(Utilities.formatDate(LATE_EVENING, HANOI, "yyyy-MM-dd'T'HH:mm:ss.SSSXXX")).toBe('2025-12-14T23:30:05.042+07:00');
    expect(Utilities.formatDate(LATE_EVENING, HANOI, 'Z D u')).toBe('+0700 348 7');
    expect(Utilities.formatDate(LATE_EVENING, HANOI, "'it''s' ''")).toBe("it's '");
  });

  it('accepts GMT offsets; an unknown zone is GMT, as in Java', () => {
    expect(Utilities.formatDate(LATE_EVENING, 'GMT+7', 'HH:mm')).toBe('23:30');
    expect(Utilities.formatDate(LATE_EVENING, 'GMT-03:30', 'HH:mm')).toBe('13:00');
    expect(Utilities.formatDate(LATE_EVENING, 'Mars/Olympus', 'HH:mm')).toBe('16:30');
  });

  it('refuses bad arguments and letters it does not know', () => {
    expect(errorOf(() => Utilities.formatDate('2025-12-14' as never, HANOI, 'yyyy')).message)
      .toBe("The parameters (String,String,String) don't match the method signature for Utilities.formatDate.");
    expect(errorOf(() => Utilities.formatDate(LATE_EVENING, HANOI, 'yyyy q')).message).toBe("Illegal pattern character 'q'");
    expect(errorOf(() => Utilities.formatDate(LATE_EVENING, HANOI, 'YYYY')).message).toMatch(/^Not emulated/);
  });

  it('agrees with Intl for a year of instants', () => {
    const intl = new Intl.DateTimeFormat('en-GB', { timeZone: HANOI, dateStyle: 'short', timeStyle: 'medium', hourCycle: 'h23' });
    for (let ms = Date.UTC(2025, 0, 1); ms < Date.UTC(2026, 0, 1); ms += 7 * 3_600_000 + 123_457) {
      expect(formatDate(ms, HANOI, 'dd/MM/yyyy, HH:mm:ss')).toBe(intl.format(ms));
    }
  });
});

describe('Utilities, other methods', () => {
  it('getUuid gives UUIDs (or what the uuid option returns)', () => {
    expect(services().globals.Utilities.getUuid()).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    let n = 0;
    expect(services({ uuid: () => `id-${++n}` }).globals.Utilities.getUuid()).toBe('id-1');
  });

  it('sleep advances the emulated clock without waiting', () => {
    const s = services();
    const started = Date.now();
    s.globals.Utilities.sleep(60_000);
    expect(s.clock.now()).toBe(MONDAY_9AM_HANOI + 60_000);
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it('computeDigest and base64 work on Java signed bytes', () => {
    const { Utilities } = services().globals;
    const md5 = Utilities.computeDigest(Utilities.DigestAlgorithm.MD5, 'abc');
    expect(md5.slice(0, 4)).toEqual([-112, 1, 80, -104]);
    expect(Utilities.base64Encode('Thọ Lập')).toBe(Buffer.from('Thọ Lập').toString('base64'));
    expect(Utilities.base64Decode(Utilities.base64Encode([-1, 0, 1]))).toEqual([-1, 0, 1]);
    expect(Utilities.base64EncodeWebSafe([-5, -1])).toBe('-_8=');
  });
});

describe('Session', () => {
  it('the script time zone comes from the option, else the manifest, else the workbook', () => {
    expect(services().globals.Session.getScriptTimeZone()).toBe(HANOI);
    expect(services({ timeZone: 'UTC' }).globals.Session.getScriptTimeZone()).toBe('UTC');
    expect(services({ manifest: {} }).globals.Session.getScriptTimeZone()).toBe(HANOI);
    expect(services({ manifest: { timeZone: 'Europe/Paris' } }).globals.Session.getScriptTimeZone()).toBe('Europe/Paris');
  });

  it('the default user and a stable temporary key', () => {
    const a = services({ manifest: {} }).globals.Session;
    expect(a.getActiveUser().getEmail()).toBe('can.bo@tho-lap.example');
    expect(a.getTemporaryActiveUserKey()).toBe(services({ manifest: {} }).globals.Session.getTemporaryActiveUserKey());
    expect(a.getTemporaryActiveUserKey()).not.toBe(services({ manifest: {}, user: 'x@y.z' }).globals.Session.getTemporaryActiveUserKey());
  });
});
