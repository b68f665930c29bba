/**
 * Authorization: AuthMode.NONE (onOpen of an add-on not yet authorised) allows only the menu;
 * a service call at module scope fails when the bundle loads; a call whose scope the
 * manifest does not declare fails as in Apps Script.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createSandbox } from '../../src/local/emulator/sandbox';
import { BASIC_DIST, errorOf, FIXTURES, MONDAY_9AM_HANOI, services } from './helpers';

const SHEETS_PERMISSION = 'Required permissions: (https://www.googleapis.com/auth/spreadsheets.currentonly || https://www.googleapis.com/auth/spreadsheets)';

describe('AuthMode.NONE', () => {
  it('onOpen builds the add-on menu and calls nothing else', () => {
    const sandbox = createSandbox({ distDir: BASIC_DIST, now: MONDAY_9AM_HANOI });
    expect(sandbox.run('onOpen', { authMode: 'NONE' })).toBe('NONE');
    expect(sandbox.uiLog.addonMenu()!.items.map((i) => (i.kind === 'item' ? i.caption : ''))).toEqual(['Mở bảng điều khiển', 'Kiểm tra và tô màu']);
    expect(sandbox.counter.byMethod()).toEqual({
      'Menu.addItem': 2, 'Menu.addToUi': 1, 'SpreadsheetApp.getUi': 1, 'Ui.createAddonMenu': 1,
    });
  });

  it('touching the spreadsheet in NONE throws the permission error', () => {
    const sandbox = createSandbox({ distDir: BASIC_DIST, now: MONDAY_9AM_HANOI });
    const error = errorOf(() => sandbox.run('onOpenTouchingTheSheet', { authMode: 'NONE' }));
    expect(error.message).toBe(`You do not have permission to call SpreadsheetApp.getActiveSpreadsheet. ${SHEETS_PERMISSION}`);
    expect(error.name).toBe('Exception');
    expect(sandbox.run('onOpenTouchingTheSheet', { authMode: 'FULL' })).toBe('Bảng tính không có tiêu đề');
  });

  it('blocks properties, locks, session and dialogs too; Utilities needs no authorization', () => {
    const s = services();
    const g = s.globals;
    s.execute(() => {
      expect(errorOf(() => g.PropertiesService.getDocumentProperties()).message).toBe('You do not have permission to call PropertiesService.getDocumentProperties.');
      expect(errorOf(() => g.LockService.getDocumentLock()).message).toMatch(/^You do not have permission to call LockService.getDocumentLock/);
      expect(errorOf(() => g.SpreadsheetApp.getUi().alert('x')).message)
        .toBe('You do not have permission to call Ui.alert. Required permissions: https://www.googleapis.com/auth/script.container.ui');
      expect(g.Utilities.formatDate(new Date(0), 'UTC', 'yyyy')).toBe('1970');
    }, { authMode: 'NONE' });
    expect(g.PropertiesService.getDocumentProperties().getKeys()).toEqual([]);
  });

  it('the event object carries ScriptApp.AuthMode values and, when authorised, the source', () => {
    const sandbox = createSandbox({ distDir: BASIC_DIST, now: MONDAY_9AM_HANOI });
    expect(sandbox.run('onOpen', { authMode: 'LIMITED' })).toBe('LIMITED');
    expect(sandbox.globals.ScriptApp.AuthMode.NONE.toString()).toBe('NONE');
  });
});

describe('module scope', () => {
  it('a service call at module scope fails when the bundle loads (it would fail in onOpen)', () => {
    const error = errorOf(() => createSandbox({ distDir: path.join(FIXTURES, 'module-scope-call') }));
    expect(error.message).toBe(`You do not have permission to call SpreadsheetApp.getActiveSpreadsheet. ${SHEETS_PERMISSION}`);
  });
});

describe('manifest scopes', () => {
  it('reading the user\'s email needs userinfo.email, which the fixture manifest lacks', () => {
    const s = services();
    expect(errorOf(() => s.globals.Session.getActiveUser()).message)
      .toBe('You do not have permission to call Session.getActiveUser. Required permissions: https://www.googleapis.com/auth/userinfo.email');
  });

  it('without explicit oauthScopes every scope is granted (Apps Script infers them)', () => {
    const s = services({ manifest: {}, user: 'ai.do@example.com' });
    expect(s.globals.Session.getActiveUser().getEmail()).toBe('ai.do@example.com');
    expect(s.globals.Session.getEffectiveUser().getEmail()).toBe('ai.do@example.com');
  });
});
