/**
 * Local time inside the sandbox (src/local/emulator/local-time.ts): Apps Script runs V8 in
 * the script's time zone, so the sandbox's Date must behave exactly as Node's Date does when
 * the process runs with TZ set to that zone — whatever the host's own zone. The same battery
 * of Date operations runs in the sandbox and in a child `node` with TZ set, and must agree.
 */
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { createSandbox } from '../../src/local/emulator/sandbox';
import { BASIC_DIST, MONDAY_9AM_HANOI } from './helpers';

const BATTERY = String.raw`(function () {
  var out = [];
  var instants = [
    Date.UTC(2025, 11, 14, 16, 30, 5, 42), Date.UTC(2025, 11, 14, 17, 0), Date.UTC(2026, 0, 1, 0, 0),
    Date.UTC(2025, 2, 30, 0, 59, 59), Date.UTC(2025, 2, 30, 1, 0), Date.UTC(2025, 9, 26, 0, 30), Date.UTC(2025, 9, 26, 1, 30),
    Date.UTC(2025, 2, 9, 6, 59), Date.UTC(2025, 2, 9, 7, 0), Date.UTC(2025, 10, 2, 5, 30), Date.UTC(2025, 10, 2, 6, 30),
    Date.UTC(1969, 6, 20, 20, 17), Date.UTC(2000, 1, 29, 12), 0, -1, 8.64e15,
  ];
  instants.forEach(function (t) {
    var d = new Date(t);
    out.push([t, d.getFullYear(), d.getMonth(), d.getDate(), d.getDay(), d.getHours(), d.getMinutes(), d.getSeconds(),
      d.getMilliseconds(), d.getTimezoneOffset(), d.getYear(), d.toString(), d.toDateString(), d.toTimeString(),
      d.toLocaleString('en-US'), d.toLocaleDateString('vi-VN'), d.toLocaleTimeString('en-GB'), String(d)]);
  });
  var components = [[2025, 11, 15], [2025, 11, 15, 9, 30], [2025, 2, 30, 2, 30], [2025, 9, 26, 2, 30], [2025, 2, 9, 2, 30],
    [2025, 10, 2, 1, 30], [99, 0, 1], [2025, 0, 32], [2025, 12, 1], [2025, 0, 1, 24, 60, 60, 1000], [NaN, 1]];
  components.forEach(function (c) {
    out.push(['new', c.join(','), new (Function.prototype.bind.apply(Date, [null].concat(c)))().getTime()]);
  });
  ['2025-12-15', '2025-12-15T09:00', '2025-12-15T09:00:00.000', '2025-12-15T09:00:00Z', '2025-12-15T09:00:00+07:00',
    'Dec 15, 2025', 'Dec 15, 2025 09:00:00', '12/15/2025', 'Mon Dec 15 2025 09:00:00 GMT+0700', '2025-03-30T02:30',
    'not a date'].forEach(function (s) {
    out.push(['parse', s, Date.parse(s), new Date(s).getTime()]);
  });
  var base = Date.UTC(2025, 9, 25, 22, 0);
  var setters = [
    function (d) { return d.setHours(25); }, function (d) { return d.setHours(2, 30); }, function (d) { return d.setDate(0); },
    function (d) { return d.setMonth(13, 31); }, function (d) { return d.setFullYear(2024, 1, 29); },
    function (d) { return d.setMinutes(-1); }, function (d) { return d.setSeconds(3600); }, function (d) { return d.setMilliseconds(1.5e9); },
    function (d) { return d.setYear(99); }, function (d) { return d.setHours(); },
    function (d) { d.setTime(NaN); return d.setFullYear(2025); }, function (d) { d.setTime(NaN); return d.setHours(1); },
  ];
  setters.forEach(function (set, i) { var d = new Date(base); out.push(['set', i, set(d), d.getTime()]); });
  out.push(['intl', Intl.DateTimeFormat().resolvedOptions().timeZone, new Intl.DateTimeFormat('en-US', { hour: 'numeric', minute: 'numeric' }).format(new Date(base))]);
  out.push(['invalid', String(new Date(NaN)), new Date(NaN).getHours(), new Date(NaN).toDateString()]);
  return JSON.stringify(out);
})()`;

/**
 * Before 1970, V8 names some zones from ICU's raw/daylight split of historic offsets (Paris in
 * July 1969: "Central European Summer Time" at GMT+0100), which Intl does not expose; the
 * emulation gives the current name for that offset. Names of pre-1970 instants are not
 * compared; every number and the rest of every string is.
 */
function comparable(entry: unknown): unknown {
  if (!Array.isArray(entry) || typeof entry[0] !== 'number' || entry[0] >= 0) return entry;
  return entry.map((v) => (typeof v === 'string' ? v.replace(/\([^)]*\)/g, '(zone name)') : v));
}

function native(zone: string): unknown {
  const text = execFileSync(process.execPath, ['-e', `process.stdout.write(${BATTERY})`], { env: { ...process.env, TZ: zone }, encoding: 'utf8' });
  return JSON.parse(text);
}

function emulated(zone: string): unknown {
  const sandbox = createSandbox({ distDir: BASIC_DIST, now: MONDAY_9AM_HANOI, timeZone: zone });
  return JSON.parse(sandbox.call<string>('evaluate', BATTERY));
}

describe('the sandbox keeps local time in the script time zone', () => {
  for (const zone of ['Asia/Ho_Chi_Minh', 'Europe/Paris', 'America/New_York', 'UTC']) {
    it(`behaves as Node does with TZ=${zone}`, () => {
      const expected = native(zone) as unknown[];
      const actual = emulated(zone) as unknown[];
      expect(actual.length).toBe(expected.length);
      for (let i = 0; i < expected.length; i++) expect(comparable(actual[i]), JSON.stringify(expected[i])).toEqual(comparable(expected[i]));
    });
  }

  it('new Date() is the emulated now, shown in the script zone', () => {
    const sandbox = createSandbox({ distDir: BASIC_DIST, now: MONDAY_9AM_HANOI });
    expect(sandbox.call('evaluate', 'new Date().getHours() + ":" + new Date().getDate()')).toBe('9:15');
    expect(sandbox.call('evaluate', 'String(new Date())')).toBe('Mon Dec 15 2025 09:00:00 GMT+0700 (Indochina Time)');
  });
});
