/**
 * The service-call counter (src/local/emulator/counter.ts, instrument.ts): every method of
 * every emulated object counts once, by service and by Class.method; internal work does not.
 */
import { describe, expect, it } from 'vitest';
import { createSandbox } from '../../src/local/emulator/sandbox';
import { BASIC_DIST, MONDAY_9AM_HANOI, services } from './helpers';

describe('ServiceCounter', () => {
  it('counts by service and by Class.method', () => {
    const s = services({ manifest: {} });
    const g = s.globals;
    const sheet = g.SpreadsheetApp.getActiveSpreadsheet().getActiveSheet();
    sheet.getRange('A1:B2').setValues([[1, 2], [3, 4]]);
    sheet.getRange('A1:B2').getValues();
    g.PropertiesService.getDocumentProperties().getProperty('x');
    g.LockService.getDocumentLock().tryLock(0);
    g.Session.getScriptTimeZone();
    g.Utilities.getUuid();
    g.HtmlService.createHtmlOutput('x').getContent();
    g.SpreadsheetApp.getUi().createMenu('M').addItem('a', 'b');
    expect(s.counter.byMethod()).toEqual({
      'HtmlOutput.getContent': 1,
      'HtmlService.createHtmlOutput': 1,
      'Lock.tryLock': 1,
      'LockService.getDocumentLock': 1,
      'Menu.addItem': 1,
      'Properties.getProperty': 1,
      'PropertiesService.getDocumentProperties': 1,
      'Range.getValues': 1,
      'Range.setValues': 1,
      'Session.getScriptTimeZone': 1,
      'Sheet.getRange': 2,
      'Spreadsheet.getActiveSheet': 1,
      'SpreadsheetApp.getActiveSpreadsheet': 1,
      'SpreadsheetApp.getUi': 1,
      'Ui.createMenu': 1,
      'Utilities.getUuid': 1,
    });
    expect(s.counter.total('SpreadsheetApp')).toBe(7);
    expect(s.counter.total('Ui')).toBe(2);
    expect(s.counter.total('PropertiesService')).toBe(2);
    expect(s.counter.total('LockService')).toBe(2);
    expect(s.counter.total('HtmlService')).toBe(2);
    expect(s.counter.total('Session')).toBe(1);
    expect(s.counter.total('Utilities')).toBe(1);
    expect(s.counter.total()).toBe(17);
    s.counter.reset();
    expect(s.counter.total()).toBe(0);
    expect(s.counter.byMethod()).toEqual({});
  });

  it('a method that reuses another counts once (setValue, setBackground, clear, appendRow)', () => {
    const s = services();
    const sheet = s.globals.SpreadsheetApp.getActiveSheet();
    s.counter.reset();
    sheet.getRange('A1:C3').setValue('x').setBackground('red').clear();
    sheet.appendRow([1, 2]);
    sheet.clear();
    expect(s.counter.byMethod()).toEqual({
      'Range.clear': 1, 'Range.setBackground': 1, 'Range.setValue': 1, 'Sheet.appendRow': 1, 'Sheet.clear': 1, 'Sheet.getRange': 1,
    });
  });

  it('counts calls made by the bundle; batch reads and writes cost the same for 10 or 1,000 rows', () => {
    const countFor = (n: number): number => {
      const sandbox = createSandbox({ distDir: BASIC_DIST, now: MONDAY_9AM_HANOI });
      const rows = Array.from({ length: n }, (_, i) => [`row ${i}`, i, i % 2 === 0]);
      sandbox.call('writeRows', rows);
      sandbox.call('readAll');
      return sandbox.counter.total('SpreadsheetApp');
    };
    expect(countFor(10)).toBe(countFor(1000));
  });
});
