/**
 * The sandbox (src/local/emulator/sandbox.ts, realm.ts): only Apps Script globals, Dates and
 * errors of the script's realm, the emulated clock, calling entry points, logs.
 */
import os from 'node:os';
import { mkdtempSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createSandbox } from '../../src/local/emulator/sandbox';
import { BASIC_DIST, errorOf, MONDAY_9AM_HANOI } from './helpers';

const NODE_ONLY = ['setTimeout', 'setInterval', 'setImmediate', 'URL', 'URLSearchParams', 'TextEncoder', 'TextDecoder',
  'fetch', 'Buffer', 'process', 'require', 'module', 'structuredClone', 'queueMicrotask', 'global', 'exports'];

function sandbox() {
  return createSandbox({ distDir: BASIC_DIST, now: MONDAY_9AM_HANOI });
}

describe('globals', () => {
  it('Node globals Apps Script lacks are undefined inside the sandbox', () => {
    const types = sandbox().call<Record<string, string>>('probeGlobals', NODE_ONLY);
    for (const name of NODE_ONLY) expect(types[name], name).toBe('undefined');
  });

  it('the services, console, Logger and the ECMAScript builtins are there', () => {
    const names = ['SpreadsheetApp', 'Session', 'Utilities', 'PropertiesService', 'LockService', 'HtmlService',
      'ScriptApp', 'Logger', 'console', 'JSON', 'Intl', 'Map', 'Promise'];
    const types = sandbox().call<Record<string, string>>('probeGlobals', names);
    for (const name of names) expect(types[name], name).not.toBe('undefined');
  });

  it('the global object holds only services, console, Logger, Date and the bundle\'s declarations', () => {
    const keys = sandbox().call<string[]>('globalKeys');
    const services = ['SpreadsheetApp', 'Session', 'Utilities', 'PropertiesService', 'LockService', 'HtmlService', 'ScriptApp', 'Logger', 'console', 'Date'];
    expect(keys.slice(0, services.length)).toEqual(services);
    expect(keys).toContain('onOpen');
  });
});

describe('Date and the clock', () => {
  it('new Date() and Date.now() read the emulated clock; the rest of Date works', () => {
    const probe = sandbox().call<Record<string, unknown>>('clockProbe');
    expect(probe).toEqual({
      nowIso: '2025-12-15T02:00:00.000Z',
      dateNow: MONDAY_9AM_HANOI,
      fixedIso: '2025-12-15T03:00:00.000Z',
      parsed: Date.UTC(2025, 11, 15),
      instanceofDate: true,
      tag: '[object Date]',
      constructorIsDate: true,
      asFunction: 'string',
    });
  });

  it('the clock moves only when set, advanced or slept on', () => {
    const sb = sandbox();
    sb.clock.advance(60_000);
    expect(sb.call<Record<string, unknown>>('clockProbe').dateNow).toBe(MONDAY_9AM_HANOI + 60_000);
    sb.clock.set(new Date(Date.UTC(2026, 0, 15)));
    expect(sb.call<Record<string, unknown>>('clockProbe').nowIso).toBe('2026-01-15T00:00:00.000Z');
    expect(sb.call('sleepAndNow', 1500)).toBe(1500);
  });

  it('cells hand Dates of the sandbox realm to the script and take them back', () => {
    const sb = sandbox();
    expect(sb.call('dateCellProbe')).toEqual({
      isDate: true, tag: '[object Date]', iso: '2025-12-15T01:02:03.000Z', singleIsDate: true, rowsAreArrays: true,
    });
    const stored = sb.workbook.sheets[0]!.values[0]![0];
    expect(stored).toBeInstanceOf(Date);
    expect((stored as Date).toISOString()).toBe('2025-12-15T01:02:03.000Z');
  });

  it('host data passed to call() arrives as data of the sandbox realm', () => {
    const echoed = sandbox().call<{ isDate: boolean; isArray: boolean }>('echo', new Date(0));
    expect(echoed.isDate).toBe(true);
    expect(sandbox().call<{ isArray: boolean }>('echo', [1, 2]).isArray).toBe(true);
  });
});

describe('errors and entry points', () => {
  it('service errors are Errors of the sandbox realm named Exception', () => {
    expect(sandbox().call('errorProbe')).toEqual({
      isError: true,
      name: 'Exception',
      message: 'The number of rows in the data does not match the number of rows in the range. The data has 1 but the range has 2.',
      text: 'Exception: The number of rows in the data does not match the number of rows in the range. The data has 1 but the range has 2.',
    });
  });

  it('calls top-level functions; an unknown one is "Script function not found"', () => {
    const sb = sandbox();
    expect(sb.call('writeRows', [['a', 1], ['b', 2]])).toBe(2);
    expect(sb.call('readAll')).toEqual([['a', 1], ['b', 2]]);
    expect(sb.hasFunction('onOpen')).toBe(true);
    expect(sb.hasFunction('MENU_ITEMS')).toBe(false);
    expect(errorOf(() => sb.call('nope')).message).toBe('Script function not found: nope');
  });

  it('a missing bundle tells to run the build', () => {
    const empty = mkdtempSync(path.join(os.tmpdir(), 'no-bundle-'));
    expect(errorOf(() => createSandbox({ distDir: empty })).message).toMatch(/run `npm run build` first/);
  });
});

describe('logs', () => {
  it('console and Logger are captured, not printed', () => {
    const sb = sandbox();
    expect(sb.call('logSomething')).toBe('legacy 42');
    expect(sb.logs.entries).toEqual([
      { level: 'log', message: 'hello world' },
      { level: 'warn', message: '{ a: 1 }' },
      { level: 'Logger', message: 'legacy 42' },
    ]);
  });
});
